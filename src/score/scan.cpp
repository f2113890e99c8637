#include "chainrisk/score/scan.hpp"

#include <algorithm>

#include "chainrisk/resolve/resolver.hpp"
#include "chainrisk/score/scorer.hpp"

namespace chainrisk::score {

ScanResult scan_paths(const model::Graph& graph, const Policy& policy,
                      const std::vector<std::string>& paths, const std::string& tool_version,
                      const waiver::WaiverSet& waivers) {
  ScanResult r;
  r.boms.reserve(paths.size());
  for (const auto& p : paths) {
    r.boms.push_back(io::load_bom_file(p, r.diag));
    r.fatal = r.fatal || r.boms.back().fatal;
  }
  // A file that cannot be read stays in the report with its error; the others are scored.
  resolve::Resolver resolver(graph);
  std::vector<ScannedFile> files;
  r.resolved.reserve(r.boms.size());
  for (const auto& bom : r.boms) r.resolved.push_back(resolve::resolve_bom(resolver, bom, r.diag));
  for (std::size_t i = 0; i < r.boms.size(); ++i) files.push_back({&r.boms[i], &r.resolved[i]});
  r.report = build_report(graph, policy, files, tool_version, waivers);
  r.diag.sort_by_position();
  for (const auto& d : r.diag.items()) {
    r.report.problems.push_back({d.file, d.pos.line, d.pos.col, d.severity == Severity::error, d.message});
  }
  for (std::size_t i = 0; i < r.boms.size(); ++i) {
    if (!r.boms[i].fatal) continue;
    for (const auto& d : r.diag.items()) {
      if (d.file == r.boms[i].name && d.severity == Severity::error) {
        r.report.files[i].error = d.message;
        break;
      }
    }
  }
  return r;
}

bool fails_at(const Report& report, Level level) {
  return std::any_of(report.lines.begin(), report.lines.end(), [&](const LineReport& l) {
    return !l.suppressed && l.level >= level;
  });
}

}  // namespace chainrisk::score
