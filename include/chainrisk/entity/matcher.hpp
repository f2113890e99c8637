#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <shared_mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "chainrisk/model/graph.hpp"

namespace chainrisk::entity {

// Where a match score lands (methodology.md "Signals"; the values and why in
// docs/entity-matching.md "Thresholds").
struct Thresholds {
  double exact = 0.93;   // at or above: the listed entity (`entity`, weight 1.0, forces critical)
  double review = 0.75;  // at or above, below exact: a possible match (`entity` possible, 0.6)
  double floor = 0.5;    // the lowest score match() returns; below review it is only a hint
};

// `exact` and `possible` are the two `entity` signals; `weak` is below the review threshold.
enum class MatchKind { exact, possible, weak };
std::string_view to_string(MatchKind k);
std::optional<MatchKind> parse_match_kind(std::string_view s);
// The kind of `score` under `t`.
MatchKind classify(double score, const Thresholds& t);

struct EntityMatch {
  std::uint32_t entity = 0;  // index into Graph::entities
  std::string matched;       // the listed name or alias that scored best, as the data writes it
  bool alias = false;        // `matched` is one of the entity's aliases
  double score = 0;          // in [0, 1]; exactly 1 when the normalized token sets are equal
  MatchKind kind = MatchKind::weak;

  bool exact() const { return kind == MatchKind::exact; }
};

class NameIndex;  // src/entity/name_index_internal.hpp

// Matches supplier names against the names and aliases of the graph's entities (UFLPA Entity
// List and any --data entity list). Built once per graph, which must outlive it; match() is
// const and safe to call from many threads at once.
class EntityMatcher {
 public:
  explicit EntityMatcher(const model::Graph& graph, Thresholds thresholds = {});
  ~EntityMatcher();
  EntityMatcher(EntityMatcher&&) noexcept;
  EntityMatcher& operator=(EntityMatcher&&) = delete;

  // The entities whose name or an alias is most similar to `supplier`: one match per entity
  // (its best-scoring name), score at least thresholds().floor, best first (ties by entity
  // order), at most `limit`. Looks only at names that share a word, a near-spelling or a
  // joined spelling with `supplier`, never at every name. Never throws for any input.
  std::vector<EntityMatch> match(std::string_view supplier, std::size_t limit = 5) const;

  const Thresholds& thresholds() const { return thresholds_; }
  const model::Graph& graph() const { return graph_; }

 private:
  const model::Graph& graph_;
  Thresholds thresholds_;
  std::unique_ptr<const NameIndex> index_;
};

// Remembers the matches of each distinct supplier string, so a BOM that names one supplier on
// 10,000 lines matches it once. Safe to use from many threads at once.
class MatchCache {
 public:
  // `matcher` must outlive the cache; each lookup keeps at most `limit` matches.
  explicit MatchCache(const EntityMatcher& matcher, std::size_t limit = 3);

  // The matches of `supplier` (EntityMatcher::match), computed on first use. The reference
  // stays valid for the life of the cache.
  const std::vector<EntityMatch>& match(std::string_view supplier);
  // Distinct supplier strings matched so far.
  std::size_t size() const;

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  const EntityMatcher& matcher_;
  std::size_t limit_;
  mutable std::shared_mutex mutex_;
  std::unordered_map<std::string, std::vector<EntityMatch>, Hash, std::equal_to<>> memo_;
};

}  // namespace chainrisk::entity
