#include "chainrisk/model/graph.hpp"

#include <algorithm>
#include <unordered_set>

namespace chainrisk::model {
namespace {

template <typename Map>
auto lookup(const Map& map, std::string_view key) -> std::optional<typename Map::mapped_type> {
  auto it = map.find(std::string(key));
  if (it == map.end()) return std::nullopt;
  return it->second;
}

std::span<const std::uint32_t> at(const std::vector<std::vector<std::uint32_t>>& v,
                                  std::size_t i) {
  if (i >= v.size()) return {};
  return v[i];
}

// Graph::earlier_forms of `m`, walked over the relation index.
std::vector<FormPath> walk_forms(const Graph& g, CommodityId m) {
  std::vector<FormPath> out{{m, {g.commodities[m].id}}};
  std::unordered_set<CommodityId> seen{m};
  for (std::size_t i = 0; i < out.size(); ++i) {
    for (auto rel : g.relations_into(out[i].commodity)) {
      const auto& r = g.relations[rel];
      if (r.kind != RelationKind::form || !seen.insert(r.input).second) continue;
      auto path = out[i].path;
      path.push_back(g.commodities[r.input].id);
      out.push_back({r.input, std::move(path)});
    }
  }
  return out;
}

}  // namespace

std::string labor_text(std::uint8_t labor, bool forced_child) {
  std::string out;
  if (labor & kChild) out = "child labor";
  if (labor & kForced) out += out.empty() ? "forced labor" : " and forced labor";
  if (forced_child) out += " (including forced child labor)";
  return out;
}

std::string_view to_string(RelationKind k) {
  switch (k) {
    case RelationKind::form: return "form";
    case RelationKind::input: return "input";
    case RelationKind::byproduct: return "byproduct";
  }
  return "input";
}

std::optional<RelationKind> parse_relation_kind(std::string_view s) {
  if (s == "form") return RelationKind::form;
  if (s == "input") return RelationKind::input;
  if (s == "byproduct") return RelationKind::byproduct;
  return std::nullopt;
}

std::string_view to_string(Tier t) {
  switch (t) {
    case Tier::tier1: return "1";
    case Tier::tier2: return "2";
    case Tier::watch_list: return "2WL";
    case Tier::tier3: return "3";
    case Tier::special: return "special";
  }
  return "1";
}

std::optional<Tier> parse_tier(std::string_view s) {
  if (s == "1") return Tier::tier1;
  if (s == "2") return Tier::tier2;
  if (s == "2WL") return Tier::watch_list;
  if (s == "3") return Tier::tier3;
  if (s == "special") return Tier::special;
  return std::nullopt;
}

std::string_view tier_label(Tier t) {
  switch (t) {
    case Tier::tier1: return "Tier 1";
    case Tier::tier2: return "Tier 2";
    case Tier::watch_list: return "Tier 2 Watch List";
    case Tier::tier3: return "Tier 3";
    case Tier::special: return "a Special Case";
  }
  return "Tier 1";
}

std::string_view to_string(TradeFlow f) {
  switch (f) {
    case TradeFlow::production: return "production";
    case TradeFlow::export_: return "export";
    case TradeFlow::import_: return "import";
  }
  return "production";
}

std::optional<TradeFlow> parse_trade_flow(std::string_view s) {
  if (s == "production") return TradeFlow::production;
  if (s == "export") return TradeFlow::export_;
  if (s == "import") return TradeFlow::import_;
  return std::nullopt;
}

std::optional<CountryId> Graph::country_by_code(std::string_view alpha2) const {
  return lookup(country_codes_, alpha2);
}
std::optional<RegionId> Graph::region_by_code(std::string_view code) const {
  return lookup(region_codes_, code);
}
std::optional<CommodityId> Graph::commodity_by_id(std::string_view id) const {
  return lookup(commodity_ids_, id);
}

void Graph::add_country_index(CountryId id) { country_codes_.emplace(countries[id].code, id); }
void Graph::add_region_index(RegionId id) { region_codes_.emplace(regions[id].code, id); }
void Graph::add_commodity_index(CommodityId id) {
  commodity_ids_.emplace(commodities[id].id, id);
}

std::span<const std::uint32_t> Graph::findings_for(CommodityId m, CountryId c) const {
  auto it = findings_by_pair_.find(pair_key(m, c));
  if (it == findings_by_pair_.end()) return {};
  return it->second;
}
std::span<const std::uint32_t> Graph::findings_for(CommodityId m) const {
  return at(findings_by_commodity_, m);
}
std::span<const std::uint32_t> Graph::relations_into(CommodityId m) const {
  return at(relations_into_, m);
}
std::span<const std::uint32_t> Graph::relations_from(CommodityId m) const {
  return at(relations_from_, m);
}
std::span<const std::uint32_t> Graph::tier_history(CountryId c) const {
  return at(tiers_by_country_, c);
}

const TierPlacement* Graph::latest_tier(CountryId c) const {
  auto history = tier_history(c);
  return history.empty() ? nullptr : &tiers[history.back()];
}

void Graph::build_indexes() {
  findings_by_pair_.clear();
  findings_by_commodity_.assign(commodities.size(), {});
  for (std::uint32_t i = 0; i < findings.size(); ++i) {
    findings_by_pair_[pair_key(findings[i].commodity, findings[i].country)].push_back(i);
    findings_by_commodity_[findings[i].commodity].push_back(i);
  }
  relations_into_.assign(commodities.size(), {});
  relations_from_.assign(commodities.size(), {});
  for (std::uint32_t i = 0; i < relations.size(); ++i) {
    relations_into_[relations[i].output].push_back(i);
    relations_from_[relations[i].input].push_back(i);
  }
  tiers_by_country_.assign(countries.size(), {});
  for (std::uint32_t i = 0; i < tiers.size(); ++i) tiers_by_country_[tiers[i].country].push_back(i);
  // Oldest first; for one year, the later dataset (an overlay) wins by coming last.
  for (auto& history : tiers_by_country_) {
    std::stable_sort(history.begin(), history.end(),
                     [&](auto a, auto b) { return tiers[a].year < tiers[b].year; });
  }
  forms_.clear();
  forms_.reserve(commodities.size());
  for (CommodityId m = 0; m < commodities.size(); ++m) forms_.push_back(walk_forms(*this, m));
}

}  // namespace chainrisk::model
