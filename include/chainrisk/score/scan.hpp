#pragma once

#include <string>
#include <vector>

#include "chainrisk/diagnostics.hpp"
#include "chainrisk/io/bom.hpp"
#include "chainrisk/model/graph.hpp"
#include "chainrisk/resolve/resolve_bom.hpp"
#include "chainrisk/score/policy.hpp"
#include "chainrisk/score/report.hpp"
#include "chainrisk/waiver/waivers.hpp"

namespace chainrisk::score {

// Everything one `scan` produced: the inputs as read, every problem, and the report.
struct ScanResult {
  std::vector<io::BomFile> boms;
  std::vector<std::vector<resolve::ResolvedLine>> resolved;
  Diagnostics diag;
  bool fatal = false;  // a file could not be read at all; the report lists it with its error
  Report report;
};

// Read, resolve and score the BOM files at `paths` ("-" is stdin): the whole pipeline of
// product.md. Problems land in `diag`; nothing throws for bad input. Lines a rule of
// `waivers` matches are reported suppressed.
ScanResult scan_paths(const model::Graph& graph, const Policy& policy,
                      const std::vector<std::string>& paths, const std::string& tool_version,
                      const waiver::WaiverSet& waivers = {});

// True when an unsuppressed line is at or above `level` (`--fail-on`, exit 1).
bool fails_at(const Report& report, Level level);

}  // namespace chainrisk::score
