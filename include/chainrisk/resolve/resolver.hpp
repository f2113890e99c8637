#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "chainrisk/entity/matcher.hpp"
#include "chainrisk/model/graph.hpp"

namespace chainrisk::resolve {

using model::CommodityId;
using model::CountryId;
using model::RegionId;

// Which BOM value identified the commodity.
enum class CommodityVia { material, hs_code, description };
std::string_view to_string(CommodityVia v);

struct CommodityMatch {
  CommodityId id = 0;
  CommodityVia via = CommodityVia::material;
  std::string matched;  // the alias or HS prefix that matched
};

// A region lookup: the region, or the candidates when a name is ambiguous.
struct RegionMatch {
  std::optional<RegionId> id;
  std::vector<RegionId> candidates;
};

// Maps the free text of BOM values to graph ids. Built once per graph; lookups are const
// and thread-safe. Matching folds case, accents and punctuation (text::fold) and accepts
// plural words for commodity names.
class Resolver {
 public:
  explicit Resolver(const model::Graph& graph);

  const model::Graph& graph() const { return graph_; }

  // ISO alpha-2/alpha-3 code, name or alias of a country.
  std::optional<CountryId> country(std::string_view text) const;
  // ISO 3166-2 code, name or alias of a region; names are looked up in `country` if known.
  RegionMatch region(std::string_view text, std::optional<CountryId> country) const;
  // A commodity named exactly by `text` (its id, name or an alias).
  std::optional<CommodityId> commodity_by_name(std::string_view text) const;
  // The longest commodity name found as whole words in `text` (leftmost on ties).
  std::optional<CommodityMatch> commodity_in_text(std::string_view text, CommodityVia via) const;
  // The commodity of the longest HS prefix of `code` (dots and spaces ignored).
  std::optional<CommodityMatch> commodity_by_hs(std::string_view code) const;

  // The entity-list matcher over this graph, built on first use (most BOMs name suppliers,
  // but `commodity` and `country` lookups never need it).
  const entity::EntityMatcher& entity_matcher() const;

  // A certification scheme named by `text` (its id, name or an alias: "RMAP conformant").
  std::optional<std::uint32_t> certification(std::string_view text) const;

  // The closest country or commodity name to `text`, for "did you mean" hints.
  std::optional<std::string> suggest_country(std::string_view text) const;
  std::optional<std::string> suggest_commodity(std::string_view text) const;

 private:
  std::optional<CommodityId> commodity_by_key(const std::string& folded) const;

  const model::Graph& graph_;
  std::unordered_map<std::string, CountryId> countries_;
  std::unordered_map<std::string, RegionId> region_codes_;
  std::unordered_map<std::string, std::vector<RegionId>> region_names_;
  std::unordered_map<std::string, CommodityId> commodities_;
  std::unordered_map<std::string, CommodityId> hs_prefixes_;
  std::unordered_map<std::string, std::uint32_t> certifications_;
  mutable std::once_flag matcher_once_;
  mutable std::unique_ptr<entity::EntityMatcher> matcher_;
  std::size_t max_name_words_ = 1;
  // Every spelling, folded once, with the name a hint displays (suggest.cpp).
  struct Spelling {
    std::string folded;
    std::string display;
  };
  std::vector<Spelling> country_spellings_;
  std::vector<Spelling> commodity_spellings_;
  void index_spellings();
};

// True when `text` says "no value" ("", "-", "N/A", "unknown", "various"...): such a
// value is treated as not given, not as unresolved.
bool is_placeholder(std::string_view text);

}  // namespace chainrisk::resolve
