#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace chainrisk::model {

// Interned ids: indexes into the graph's tables, stable for the life of the graph.
using CountryId = std::uint32_t;
using RegionId = std::uint32_t;
using CommodityId = std::uint32_t;
using DatasetId = std::uint32_t;

// Labor kinds of a finding, as bits.
enum Labor : std::uint8_t { kChild = 1, kForced = 2 };

// "child labor", "forced labor", "child labor and forced labor", with
// " (including forced child labor)" when `forced_child`.
std::string labor_text(std::uint8_t labor, bool forced_child);

// One loaded dataset, with its manifest entry (dataset-format.md).
struct DatasetInfo {
  std::string id, kind, file, version, publisher, title, published, source, license, sha256,
      notes;
  std::size_t records = 0;
  std::string location;  // "embedded" or the directory it was loaded from
};

struct Country {
  std::string code, alpha3, name;
  std::vector<std::string> aliases;
};

// A legal presumption of forced labor attached to a region (UFLPA for CN-XJ).
struct Presumption {
  std::string law;
  std::uint8_t labor = kForced;
  std::string text, source;
  DatasetId dataset = 0;
};

struct Region {
  std::string code;
  CountryId country = 0;
  std::string name, type;
  std::vector<std::string> aliases;
  std::optional<Presumption> presumption;
};

struct Commodity {
  std::string id, name, sector;
  std::vector<std::string> aliases;
  std::vector<std::string> hs;
};

enum class RelationKind { form, input, byproduct };
std::string_view to_string(RelationKind k);
std::optional<RelationKind> parse_relation_kind(std::string_view s);

// `input` goes into (or is an earlier form of, or co-produces) `output`.
struct Relation {
  CommodityId output = 0, input = 0;
  RelationKind kind = RelationKind::input;
  std::optional<double> share;
  std::string source, note;
  DatasetId dataset = 0;
  std::uint32_t record = 0;  // index in its dataset's records, for messages
};

struct Finding {
  std::string id, good;
  CommodityId commodity = 0;
  CountryId country = 0;
  std::uint8_t labor = 0;
  bool forced_child = false;
  std::vector<int> editions;  // ascending
  std::string publication;    // "dol-tvpra" or "tip-report"
  bool removed = false;
  int removed_in = 0;
  std::optional<CommodityId> derived_commodity;
  std::optional<CountryId> derived_country;
  std::string source, note;
  DatasetId dataset = 0;
  std::uint32_t record = 0;  // index in its dataset's records, for messages

  int latest_edition() const { return editions.empty() ? 0 : editions.back(); }
};

enum class Tier { tier1, tier2, watch_list, tier3, special };
// "1", "2", "2WL", "3", "special" as in the datasets.
std::string_view to_string(Tier t);
std::optional<Tier> parse_tier(std::string_view s);
// "Tier 2 Watch List" and friends, for messages.
std::string_view tier_label(Tier t);

struct TierPlacement {
  CountryId country = 0;
  int year = 0;
  Tier tier = Tier::tier1;
  std::string source;
  DatasetId dataset = 0;
  std::uint32_t record = 0;  // index in its dataset's records, for messages
};

enum class TradeFlow { production, export_, import_ };
std::string_view to_string(TradeFlow f);
std::optional<TradeFlow> parse_trade_flow(std::string_view s);

// A production or trade share (dataset-format.md "trade"): a likely origin of a commodity.
struct TradeShare {
  CommodityId commodity = 0;
  TradeFlow flow = TradeFlow::production;
  CountryId country = 0;
  std::optional<RegionId> region;    // a region's share (CN-XJ), of its country or the world
  std::optional<CountryId> partner;  // imports of `country` coming from `partner`
  bool of_country = false;           // share of `country`'s output, not the world's
  int year = 0;
  std::optional<double> share;       // null when only the rank is known
  int rank = 0;                      // 1 = largest; 0 = not given
  std::string source, note;
  DatasetId dataset = 0;
  std::uint32_t record = 0;  // index in its dataset's records, for messages
};

struct Entity {
  std::string id, list, name;
  std::vector<std::string> aliases;
  std::optional<CountryId> country;
  std::optional<RegionId> region;
  std::string sector, added, section, source, note;
  DatasetId dataset = 0;
  std::uint32_t record = 0;  // index in its dataset's records, for messages
};

// A responsible-sourcing scheme (Copper Mark, RMAP, Fairtrade...) and the commodities it
// covers: a BOM line certified under it for its commodity earns the `mitigation` signal.
struct Certification {
  std::string id, name;
  std::vector<std::string> aliases;
  std::string kind;  // site-assurance, smelter-audit, chain-of-custody, product-certification
  std::vector<CommodityId> commodities;
  std::uint8_t labor = 0;  // labor risks its standard addresses (may be none)
  std::string publisher, source, as_of, note;
  DatasetId dataset = 0;
  std::uint32_t record = 0;  // index in its dataset's records, for messages
};

// A commodity reached from another through `form` relations, with the path of ids.
struct FormPath {
  CommodityId commodity = 0;
  std::vector<std::string> path;  // from the start commodity to `commodity`
};

// The in-memory knowledge graph. Built once by data::load_graph, read-only afterwards.
class Graph {
 public:
  std::vector<DatasetInfo> datasets;
  std::vector<Country> countries;
  std::vector<Region> regions;
  std::vector<Commodity> commodities;
  std::vector<Relation> relations;
  std::vector<Finding> findings;
  std::vector<TierPlacement> tiers;
  std::vector<TradeShare> trade;
  std::vector<Entity> entities;
  std::vector<Certification> certifications;

  std::optional<CountryId> country_by_code(std::string_view alpha2) const;
  std::optional<RegionId> region_by_code(std::string_view code) const;
  std::optional<CommodityId> commodity_by_id(std::string_view id) const;

  // Findings (listed or removed) for a commodity in a country, in dataset order.
  std::span<const std::uint32_t> findings_for(CommodityId m, CountryId c) const;
  // Findings for a commodity in any country.
  std::span<const std::uint32_t> findings_for(CommodityId m) const;
  // Relations where `m` is the output (its inputs and forms) / the input (its outputs).
  std::span<const std::uint32_t> relations_into(CommodityId m) const;
  std::span<const std::uint32_t> relations_from(CommodityId m) const;
  // The placement of the latest TIP report year for `c`, or nullptr.
  const TierPlacement* latest_tier(CountryId c) const;
  // Every placement of `c`, oldest first.
  std::span<const std::uint32_t> tier_history(CountryId c) const;
  // `m` itself, then its earlier forms (copper ← copper ore), breadth-first, each commodity
  // once, so cycles in the data are harmless. Findings on any of them count for `m`.
  // Made for every commodity by build_indexes(): the scorer and resolver ask on every line.
  const std::vector<FormPath>& earlier_forms(CommodityId m) const { return forms_.at(m); }

  // Register ids and build the indexes above. Call after each table is filled; the loader
  // calls it once all datasets are in.
  void add_country_index(CountryId id);
  void add_region_index(RegionId id);
  void add_commodity_index(CommodityId id);
  void build_indexes();

 private:
  static std::uint64_t pair_key(CommodityId m, CountryId c) {
    return (static_cast<std::uint64_t>(m) << 32) | c;
  }
  std::unordered_map<std::string, CountryId> country_codes_;
  std::unordered_map<std::string, RegionId> region_codes_;
  std::unordered_map<std::string, CommodityId> commodity_ids_;
  std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> findings_by_pair_;
  std::vector<std::vector<std::uint32_t>> findings_by_commodity_;
  std::vector<std::vector<std::uint32_t>> relations_into_, relations_from_;
  std::vector<std::vector<std::uint32_t>> tiers_by_country_;
  std::vector<std::vector<FormPath>> forms_;  // by commodity
};

}  // namespace chainrisk::model
