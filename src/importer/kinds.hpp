#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "chainrisk/resolve/resolver.hpp"
#include "rows.hpp"

namespace chainrisk::importer {

using Json = nlohmann::ordered_json;

// What a converter needs and produces.
struct Conversion {
  const resolve::Resolver& resolver;
  const std::string& file;     // for messages
  const std::string& dataset;  // the new dataset's id, prefix of record ids
  const std::string& edition;  // --version, the edition year for findings
  Diagnostics& diag;
  Json records = Json::array();
  Json new_commodities = Json::array();  // goods the data did not know
};

// The field specs of each kind's CSV columns.
const std::vector<FieldSpec>& dol_fields();
const std::vector<FieldSpec>& tier_fields();
const std::vector<FieldSpec>& uflpa_fields();
const std::vector<FieldSpec>& findings_fields();

// Each turns rows into records of the project's format, reporting bad values at their
// position (dataset-format.md: findings, tiers, entities).
void convert_dol(const std::vector<Row>& rows, Conversion& c);
void convert_tiers(const std::vector<Row>& rows, Conversion& c);
void convert_uflpa(const std::vector<Row>& rows, Conversion& c);
void convert_findings(const std::vector<Row>& rows, Conversion& c);

}  // namespace chainrisk::importer
