#pragma once

#include <string>
#include <vector>

#include "chainrisk/io/bom.hpp"
#include "chainrisk/model/graph.hpp"
#include "chainrisk/resolve/resolve_bom.hpp"
#include "chainrisk/score/policy.hpp"
#include "chainrisk/score/report.hpp"

namespace chainrisk::score {

// Finds the signals of one resolved line and combines them (methodology.md): `finding`,
// `region`, `tier` and `unresolved`.
class Scorer {
 public:
  Scorer(const model::Graph& graph, const Policy& policy) : graph_(graph), policy_(policy) {}

  // Signals, score and level of `r`, written into `out`.
  void score_line(const resolve::ResolvedLine& r, LineReport& out) const;

 private:
  void add_findings(const resolve::ResolvedLine& r, std::vector<Signal>& out) const;
  void add_region(const resolve::ResolvedLine& r, std::vector<Signal>& out) const;
  void add_tier(const resolve::ResolvedLine& r, std::vector<Signal>& out) const;
  std::string source_of(model::DatasetId d, int edition) const;

  const model::Graph& graph_;
  const Policy& policy_;
};

// `100 × (1 − Π (1 − w))` over `signals`, rounded to 1e-6 so thresholds compare exactly.
double combine(const std::vector<Signal>& signals);

// One scanned input: what was read and how it resolved (index-aligned).
struct ScannedFile {
  const io::BomFile* bom = nullptr;
  const std::vector<resolve::ResolvedLine>* resolved = nullptr;
};

// Score every line of `files`, apply the assembly roll-up and total the summary.
Report build_report(const model::Graph& graph, const Policy& policy,
                    const std::vector<ScannedFile>& files, const std::string& tool_version);

}  // namespace chainrisk::score
