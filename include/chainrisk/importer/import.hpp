#pragma once

#include <string>
#include <vector>

#include "chainrisk/diagnostics.hpp"
#include "chainrisk/model/graph.hpp"

namespace chainrisk::importer {

// `data import KIND FILE`: what to convert and the manifest fields of the new dataset.
struct ImportOptions {
  std::string kind;     // dol, tip-tiers, uflpa, findings
  std::string file;     // the publication: CSV (any kind) or XML (dol)
  std::string out_dir;  // receives <id>.json and manifest.json
  std::string id, version, published, publisher, title, source, license;  // "" = kind default
};

struct ImportResult {
  std::string dataset_id;
  std::size_t records = 0;
  std::size_t new_commodities = 0;     // goods the data did not know, written to <id>-commodities.json
  std::vector<std::string> written;    // files written, manifest last
};

// The import kinds, for help and messages: "dol, tip-tiers, uflpa, findings".
std::string import_kinds();

// Convert the publication into the project's dataset format, resolving countries,
// regions and goods against `graph`, and write it with its manifest entry (an existing
// manifest in out_dir keeps its other entries). Row problems go to `diag` with file, line
// and column; when any is an error nothing is written. Throws UsageError for bad options
// and InputError for an unreadable file.
ImportResult import_publication(const model::Graph& graph, const ImportOptions& options, Diagnostics& diag);

}  // namespace chainrisk::importer
