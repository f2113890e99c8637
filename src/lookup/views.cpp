#include "views.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace chainrisk::lookup {

FindingView finding_view(const model::Graph& g, const model::Finding& f) {
  FindingView v;
  v.good = f.good;
  v.commodity = g.commodities[f.commodity].id;
  v.country = g.countries[f.country].code;
  v.country_name = g.countries[f.country].name;
  v.labor = f.labor;
  v.forced_child = f.forced_child;
  v.edition = f.latest_edition();
  v.sources = {fmt::format("{}:{}", g.datasets[f.dataset].id, v.edition)};
  v.source_refs = {f.source};
  v.publication = f.publication;
  v.dataset = g.datasets[f.dataset].id;
  v.removed_in = f.removed ? f.removed_in : 0;
  if (f.derived_commodity && f.derived_country) {
    v.derived_from = fmt::format("{} from {}", g.commodities[*f.derived_commodity].id,
                                 g.countries[*f.derived_country].code);
  }
  return v;
}

std::optional<TierView> latest_tier_view(const model::Graph& g, model::CountryId c) {
  const auto* t = g.latest_tier(c);
  if (!t) return std::nullopt;
  return TierView{std::string(model::to_string(t->tier)), t->year, t->source, g.datasets[t->dataset].id};
}

ShareView share_view(const model::Graph& g, const model::TradeShare& t) {
  ShareView v;
  v.commodity = g.commodities[t.commodity].id;
  v.country = g.countries[t.country].code;
  v.country_name = g.countries[t.country].name;
  if (t.region) v.region = g.regions[*t.region].code;
  v.share = t.share;
  v.rank = t.rank;
  v.year = t.year;
  v.of_country = t.of_country;
  v.source = t.source;
  v.dataset = g.datasets[t.dataset].id;
  return v;
}

std::vector<ShareView> top_shares(const model::Graph& g, model::CommodityId m, model::TradeFlow flow,
                                  std::size_t limit) {
  std::vector<const model::TradeShare*> rows;
  int latest = 0;
  for (const auto& t : g.trade) {
    if (t.commodity != m || t.flow != flow || t.region || t.partner) continue;
    rows.push_back(&t);
    latest = std::max(latest, t.year);
  }
  std::erase_if(rows, [&](const auto* t) { return t->year != latest; });
  // Ranked lists (a report's top 10) first by rank; shares by size; ties by country code.
  std::sort(rows.begin(), rows.end(), [&](const auto* a, const auto* b) {
    if ((a->rank > 0) != (b->rank > 0)) return a->rank > 0;
    if (a->rank != b->rank) return a->rank < b->rank;
    if (a->share.value_or(0) != b->share.value_or(0)) return a->share.value_or(0) > b->share.value_or(0);
    return g.countries[a->country].code < g.countries[b->country].code;
  });
  std::vector<ShareView> out;
  for (const auto* t : rows) {
    if (out.size() == limit) break;
    out.push_back(share_view(g, *t));
  }
  return out;
}

std::vector<SourceView> cited_sources(const model::Graph& g, const std::set<model::DatasetId>& ids) {
  std::vector<SourceView> out;
  for (auto id : ids) {
    const auto& d = g.datasets[id];
    out.push_back({d.id, d.title, d.publisher, d.published, d.source, d.version});
  }
  return out;
}

}  // namespace chainrisk::lookup
