#include "chainrisk/score/origins.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace chainrisk::score {
namespace {

using model::TradeFlow;
using model::TradeShare;

// The records of the latest year among `records` that pass `keep`, one per country.
template <typename Keep>
std::vector<const TradeShare*> latest(const model::Graph& g, const std::vector<std::uint32_t>& records, Keep keep) {
  int year = 0;
  for (auto i : records) {
    if (keep(g.trade[i])) year = std::max(year, g.trade[i].year);
  }
  std::vector<const TradeShare*> out;
  for (auto i : records) {
    const auto& t = g.trade[i];
    if (t.year != year || !keep(t)) continue;
    bool seen = std::any_of(out.begin(), out.end(), [&](const TradeShare* o) {
      return o->country == t.country && o->partner == t.partner && o->region == t.region;
    });
    if (!seen) out.push_back(&t);
  }
  return out;
}

std::string_view flow_noun(TradeFlow f) {
  return f == TradeFlow::production ? "production" : f == TradeFlow::export_ ? "exports" : "imports";
}

}  // namespace

OriginModel::OriginModel(const model::Graph& graph) : graph_(graph), world_(graph.commodities.size()) {
  for (model::CommodityId m = 0; m < graph.commodities.size(); ++m) index_commodity(m);
}

void OriginModel::index_commodity(model::CommodityId m) {
  const auto& g = graph_;
  std::vector<std::uint32_t> records;
  auto records_of = [&](model::CommodityId c) {
    records.clear();
    for (std::uint32_t i = 0; i < g.trade.size(); ++i) {
      if (g.trade[i].commodity == c && g.trade[i].share) records.push_back(i);
    }
  };
  auto to_origins = [&](const std::vector<const TradeShare*>& shares, bool by_partner) {
    std::vector<LikelyOrigin> out;
    for (const auto* t : shares) {
      std::string basis = by_partner ? fmt::format("share of {}'s imports {}", g.countries[t->country].code, t->year)
                                     : fmt::format("share of world {} {}", flow_noun(t->flow), t->year);
      out.push_back({by_partner ? *t->partner : t->country, *t->share, std::move(basis), t->dataset, t->year});
    }
    std::sort(out.begin(), out.end(), [](const LikelyOrigin& a, const LikelyOrigin& b) { return a.share > b.share; });
    return out;
  };

  for (const auto& form : g.earlier_forms(m)) {
    records_of(form.commodity);
    if (records.empty()) continue;
    if (world_[m].empty()) {
      for (TradeFlow flow : {TradeFlow::production, TradeFlow::export_}) {
        auto shares = latest(g, records, [&](const TradeShare& t) {
          return t.flow == flow && !t.region && !t.partner && !t.of_country;
        });
        if (!shares.empty()) {
          world_[m] = to_origins(shares, false);
          break;
        }
      }
    }
    // Import shares by partner, per importer: the closest form with data wins.
    std::vector<model::CountryId> importers;
    for (auto i : records) {
      const auto& t = g.trade[i];
      if (t.flow == TradeFlow::import_ && t.partner) importers.push_back(t.country);
    }
    for (auto importer : importers) {
      if (imports_.count(key(m, importer))) continue;
      imports_[key(m, importer)] = to_origins(latest(g, records, [&](const TradeShare& t) {
        return t.flow == TradeFlow::import_ && t.partner && t.country == importer;
      }), true);
    }
    // Presumption regions: a share of the country's output, or of the world's.
    for (auto i : records) {
      const auto& t = g.trade[i];
      if (t.flow != TradeFlow::production || !t.region || !g.regions[*t.region].presumption) continue;
      if (regions_.count(key(m, t.country))) continue;
      auto in_region = [&](bool of_country) {
        return latest(g, records, [&](const TradeShare& r) {
          return r.flow == TradeFlow::production && r.region == t.region && r.of_country == of_country;
        });
      };
      auto of_country = in_region(true), of_world = in_region(false);
      RegionShare rs;
      rs.region = *t.region;
      const std::string& code = g.regions[*t.region].code;
      const std::string& cc = g.countries[t.country].code;
      if (!of_world.empty()) rs.of_world = *of_world.front()->share;
      if (!of_country.empty()) {
        const auto* r = of_country.front();
        rs.of_country = *r->share;
        rs.basis = fmt::format("{} share of {} production {}", code, cc, r->year);
        rs.dataset = r->dataset;
        rs.year = r->year;
      } else {
        // Only the region's share of the world: divide by the country's world share.
        const auto& world = world_[m];
        auto c = std::find_if(world.begin(), world.end(), [&](const LikelyOrigin& o) { return o.country == t.country; });
        if (c == world.end() || c->share <= 0) continue;
        const auto* r = of_world.front();
        rs.of_country = std::min(1.0, *r->share / c->share);
        rs.basis = fmt::format("{} share of world production {} over {}'s {}", code, r->year, cc, c->year);
        rs.dataset = r->dataset;
        rs.year = r->year;
      }
      regions_[key(m, t.country)] = std::move(rs);
    }
  }
}

const std::vector<LikelyOrigin>& OriginModel::likely(model::CommodityId m,
                                                     std::optional<model::CountryId> importer) const {
  if (importer) {
    if (auto it = imports_.find(key(m, *importer)); it != imports_.end() && !it->second.empty()) return it->second;
  }
  return m < world_.size() ? world_[m] : none_;
}

std::optional<RegionShare> OriginModel::presumption_share(model::CommodityId m, model::CountryId c) const {
  if (auto it = regions_.find(key(m, c)); it != regions_.end()) return it->second;
  return std::nullopt;
}

}  // namespace chainrisk::score
