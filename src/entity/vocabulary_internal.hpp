#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "chainrisk/model/graph.hpp"

namespace chainrisk::entity {

// Hash for maps keyed by std::string that are looked up with a std::string_view.
struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

// The terms of the listed names and their weights (docs/entity-matching.md "Weights"): a
// term weighs ln(1 + N / n) for N entities of which n have it in a name or alias, so a
// word in many listed names ("xinjiang") says less than one in a single name ("hoshine").
// Generic words (the curated list, and any one-word name of a country, region or commodity
// of the graph) and short words ("hy", "ja") weigh at most the generic weight, a third of
// the highest weight.
class Vocabulary {
 public:
  explicit Vocabulary(const model::Graph& graph);

  // Building: the id of `term`, added if new; then count each entity's distinct terms once.
  std::uint32_t add(std::string_view term);
  void count_entity(const std::vector<std::uint32_t>& distinct_terms);
  // Compute the weights once every entity is counted.
  void finish();

  std::optional<std::uint32_t> find(std::string_view term) const;
  std::size_t size() const { return terms_.size(); }
  std::string_view text(std::uint32_t id) const { return terms_[id].text; }
  double weight(std::uint32_t id) const { return terms_[id].weight; }
  // The weight of a word no listed name has: the highest, unless generic or short.
  double unseen_weight(std::string_view term) const;
  // A weight above the generic weight: the word can carry a match on its own.
  bool is_distinctive(double weight) const { return weight > generic_weight_; }

 private:
  struct Term {
    std::string text;
    std::uint32_t entities = 0;
    double weight = 0;
  };
  double capped(std::string_view term, double idf) const;

  std::vector<Term> terms_;
  std::unordered_map<std::string, std::uint32_t, StringHash, std::equal_to<>> ids_;
  std::unordered_set<std::string, StringHash, std::equal_to<>> graph_generic_;
  std::uint32_t entity_count_ = 0;
  double max_weight_ = 0, generic_weight_ = 0;
};

}  // namespace chainrisk::entity
