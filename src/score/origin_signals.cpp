// Signals inferred from likely origins when the BOM does not say where a material comes
// from (methodology.md): `origin-unknown`, and the expected `region` of a line from a
// country with a presumption region but no region given.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

#include "chainrisk/score/scorer.hpp"
#include "signal_text.hpp"

namespace chainrisk::score {

// `origin-unknown`: Σ p(c) × w_finding(M, c) over the likely origins of M, plus the
// traceability gap when M (or an earlier form) has a finding anywhere.
void Scorer::add_origin_unknown(const resolve::ResolvedLine& r, std::vector<Signal>& out) const {
  if (!r.commodity || r.origin) return;
  model::CommodityId m = r.commodity->id;
  bool anywhere = false;
  for (const auto& form : graph_.earlier_forms(m)) {
    for (auto idx : graph_.findings_for(form.commodity)) anywhere = anywhere || !graph_.findings[idx].removed;
  }
  Signal s;
  s.kind = "origin-unknown";
  s.expected = true;
  s.commodity = graph_.commodities[m].id;
  s.path = {s.commodity};
  double expected = 0;
  std::vector<std::string> parts;
  for (const auto& o : origins_.likely(m, r.supplier_country)) {
    const FindingEvidence& ev = findings_in(m, o.country);
    if (ev.labor == 0) continue;
    double w = finding_weight(ev.labor) * o.share;
    expected += w;
    s.labor |= ev.labor;
    const std::string& cc = graph_.countries[o.country].code;
    std::string src = source_of(o.dataset, o.year);
    s.origins.push_back({cc, "", o.share, o.basis, src});
    for (auto& x : ev.sources) add_unique(s.sources, std::move(x));
    add_unique(s.sources, src);
    parts.push_back(fmt::format("{} ({:.0f}% {}; {})", cc, 100 * o.share, o.basis,
                                model::labor_text(ev.labor, false)));
  }
  double gap = anywhere ? policy_.traceability_gap : 0.0;
  if (expected + gap <= 0) return;
  s.weight = std::min(1.0, expected + gap);
  s.severity = policy_.level_for(100.0 * s.weight);
  std::string name = graph_.commodities[m].name;
  if (parts.empty()) {
    s.message = fmt::format("Origin not given; {} has labor findings in some producing countries: traceability "
                            "gap {:.2f}", name, gap);
  } else {
    s.message = fmt::format("Origin not given; likely origins of {} with findings: {}: expected {:.2f}{}", name,
                            fmt::join(parts, ", "), expected,
                            gap > 0 ? fmt::format(" + traceability gap {:.2f}", gap) : "");
  }
  out.push_back(std::move(s));
}

// Expected `region`: O holds a presumption region with a known share s of O's output of
// M, and the line names no region: weight s, not forcing (the line may not come from it).
void Scorer::add_expected_region(const resolve::ResolvedLine& r, std::vector<Signal>& out) const {
  if (!r.commodity || !r.origin || r.region) return;
  auto rs = origins_.presumption_share(r.commodity->id, *r.origin);
  if (!rs || rs->of_country <= 0) return;
  const auto& region = graph_.regions[rs->region];
  const auto& p = *region.presumption;
  Signal s;
  s.kind = "region";
  s.expected = true;
  s.labor = p.labor;
  s.region = region.code;
  s.country = graph_.countries[*r.origin].code;
  s.commodity = graph_.commodities[r.commodity->id].id;
  s.path = {s.commodity};
  s.weight = std::min(1.0, rs->of_country);
  s.severity = policy_.level_for(100.0 * s.weight);
  std::string src = source_of(rs->dataset, rs->year);
  s.sources = {src, source_of(p.dataset, 0)};
  s.origins.push_back({s.country, region.code, rs->of_country, rs->basis, src});
  s.message = fmt::format("No region given: {} ({}) makes {:.0f}% of {}'s {} ({}) and is under the {} presumption "
                          "of forced labor", region.code, region.name, 100 * rs->of_country, s.country,
                          graph_.commodities[r.commodity->id].name, rs->basis, p.law);
  out.push_back(std::move(s));
}

}  // namespace chainrisk::score
