#pragma once

#include <ostream>
#include <vector>

#include "chainrisk/model/graph.hpp"

namespace chainrisk::report {

// `data info`: one row per loaded dataset (id, version, published, records, publisher,
// source, sha256 prefix).
void write_datasets_table(const std::vector<model::DatasetInfo>& datasets, std::ostream& out);
// `data info --format json`: a list of {id, version, published, publisher, records, source,
// sha256}, plus kind, license and location.
void write_datasets_json(const std::vector<model::DatasetInfo>& datasets, std::ostream& out);

}  // namespace chainrisk::report
