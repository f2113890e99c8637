#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "chainrisk/model/graph.hpp"

namespace chainrisk::score {

// A country a commodity likely comes from, with the share the data gives it.
struct LikelyOrigin {
  model::CountryId country = 0;
  double share = 0;            // in [0, 1]
  std::string basis;           // "world production 2023", "imports of US 2024"
  model::DatasetId dataset = 0;
  int year = 0;
};

// A presumption region's share of a country's output of a commodity (CN-XJ: 90% of
// China's cotton), and of the world's where the data says so.
struct RegionShare {
  model::RegionId region = 0;
  double of_country = 0;
  std::optional<double> of_world;
  std::string basis;           // "CN-XJ share of CN production 2022"
  model::DatasetId dataset = 0;
  int year = 0;
};

// Likely origins and presumption-region shares from the trade datasets (methodology.md
// `p(c)`), precomputed once per graph; lookups are const and thread-safe. A commodity
// without shares of its own uses those of its closest earlier form (copper ore for
// copper concentrate). The latest year of the data is used.
class OriginModel {
 public:
  explicit OriginModel(const model::Graph& graph);

  // The importer's import shares by partner when the data has them, else the world
  // production shares, else the world export shares; empty when the data has none.
  const std::vector<LikelyOrigin>& likely(model::CommodityId m, std::optional<model::CountryId> importer) const;

  // The share of a presumption region (a region with a legal presumption) in `c`'s output of
  // `m`, when the data gives one, directly or as the region's share of world output over
  // the country's.
  std::optional<RegionShare> presumption_share(model::CommodityId m, model::CountryId c) const;

 private:
  static std::uint64_t key(std::uint32_t a, std::uint32_t b) { return (static_cast<std::uint64_t>(a) << 32) | b; }
  void index_commodity(model::CommodityId m);

  const model::Graph& graph_;
  std::vector<std::vector<LikelyOrigin>> world_;                    // by commodity
  std::unordered_map<std::uint64_t, std::vector<LikelyOrigin>> imports_;  // (commodity, importer)
  std::unordered_map<std::uint64_t, RegionShare> regions_;          // (commodity, country)
  std::vector<LikelyOrigin> none_;
};

}  // namespace chainrisk::score
