#include <algorithm>
#include <map>
#include <set>

#include "chainrisk/lookup/profile.hpp"
#include "views.hpp"

namespace chainrisk::lookup {

std::optional<CountryProfile> country_profile(const model::Graph& g, const resolve::Resolver& r,
                                              std::string_view name_or_code) {
  auto c = r.country(name_or_code);
  if (!c) return std::nullopt;
  const auto& country = g.countries[*c];
  CountryProfile p;
  std::set<model::DatasetId> cited;
  p.code = country.code;
  p.alpha3 = country.alpha3;
  p.name = country.name;
  p.aliases = country.aliases;
  for (auto i : g.tier_history(*c)) {
    const auto& t = g.tiers[i];
    p.tiers.push_back({std::string(model::to_string(t.tier)), t.year, t.source, g.datasets[t.dataset].id});
    cited.insert(t.dataset);
  }
  for (const auto& f : g.findings) {
    if (f.country != *c) continue;
    (f.removed ? p.removed_findings : p.findings).push_back(finding_view(g, f));
    cited.insert(f.dataset);
  }
  auto by_good = [](const FindingView& a, const FindingView& b) {
    return a.good != b.good ? a.good < b.good : a.sources < b.sources;
  };
  std::sort(p.findings.begin(), p.findings.end(), by_good);
  std::sort(p.removed_findings.begin(), p.removed_findings.end(), by_good);
  for (const auto& region : g.regions) {
    if (region.country == *c && region.presumption) {
      p.regions.push_back({region.code, region.name, region.presumption->law, region.presumption->text,
                           region.presumption->source});
      cited.insert(region.presumption->dataset);
    }
  }
  for (const auto& e : g.entities) {
    if (e.country != c) continue;
    p.entities.push_back({e.id, e.name, e.region ? g.regions[*e.region].code : "", e.sector, e.added,
                          e.source, e.aliases});
    cited.insert(e.dataset);
  }
  // World production shares of this country, the latest year of each commodity.
  std::map<model::CommodityId, const model::TradeShare*> latest;
  for (const auto& t : g.trade) {
    if (t.country != *c || t.flow != model::TradeFlow::production || t.region || !t.share) continue;
    auto& slot = latest[t.commodity];
    if (!slot || t.year > slot->year) slot = &t;
  }
  for (const auto& [m, t] : latest) {
    p.production.push_back(share_view(g, *t));
    cited.insert(t->dataset);
  }
  std::sort(p.production.begin(), p.production.end(),
            [](const ShareView& a, const ShareView& b) { return a.share > b.share; });
  p.cited = cited_sources(g, cited);
  return p;
}

}  // namespace chainrisk::lookup
