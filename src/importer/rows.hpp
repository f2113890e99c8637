#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "chainrisk/diagnostics.hpp"
#include "chainrisk/io/bom.hpp"

namespace chainrisk::importer {

// One input row: named fields with their positions, whatever the file's format.
struct Row {
  std::size_t line = 0;
  std::map<std::string, io::Cell> fields;
  const std::string& get(const std::string& field) const;
  TextPos pos(const std::string& field) const;
};

// A field of an import kind and the column names that may hold it.
struct FieldSpec {
  std::string field;
  std::vector<std::string_view> columns;
  bool required = false;
};

// Rows of a CSV publication; a required column missing from the header is an error at 1:1.
std::vector<Row> csv_rows(std::string_view text, const std::string& name, const std::vector<FieldSpec>& spec,
                          Diagnostics& diag);
// Rows of the DOL List of Goods XML (<Good><Good_Name/><Good_Sector/><Countries><Country>...).
std::vector<Row> dol_xml_rows(std::string_view text, const std::string& name, Diagnostics& diag);

}  // namespace chainrisk::importer
