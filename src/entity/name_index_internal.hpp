#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "chainrisk/model/graph.hpp"
#include "vocabulary_internal.hpp"

namespace chainrisk::entity {

// One word of a listed name: its term in the vocabulary, its spelling (before synonyms, so
// "pu" + "tech" still spells "putech"), and its weight (halved for a qualifier).
struct IndexedToken {
  std::uint32_t term = 0;
  std::string surface;
  double weight = 0;
  bool distinctive = false;
};

// A listed name or alias, its words in order, each term once.
struct IndexedName {
  std::uint32_t entity = 0;
  std::int32_t alias = -1;  // index in Entity::aliases, or -1 for the name
  std::vector<IndexedToken> tokens;
  double total_weight = 0;
};

// A vocabulary term a query word may stand for, and how similar the two spellings are.
struct TermLink {
  std::uint32_t term = 0;
  double similarity = 0;
};

// Every name and alias of the graph's entities, normalised once, with the indexes that give
// a query its candidates without looking at any other name: names by term, terms by
// deletion key (for typos), and names by the spelling of two neighbouring words joined.
class NameIndex {
 public:
  explicit NameIndex(const model::Graph& graph);

  const Vocabulary& vocabulary() const { return vocabulary_; }
  const std::vector<IndexedName>& names() const { return names_; }
  // Indexes into names() of the names that have `term`, ascending.
  std::span<const std::uint32_t> names_with(std::uint32_t term) const;
  // The terms `word` may be: itself if listed (similarity 1), and listed words within typo
  // tolerance (typos_internal.hpp), each once.
  std::vector<TermLink> similar_terms(std::string_view word) const;
  // Names with two neighbouring words that, joined, spell `word` exactly ("Pu-Tech" for
  // "putech").
  std::span<const std::uint32_t> names_with_joined(std::string_view word) const;

 private:
  void add_name(std::uint32_t entity, std::int32_t alias, const std::string& text,
                std::vector<std::uint32_t>& entity_terms);
  void build_postings();

  Vocabulary vocabulary_;
  std::vector<IndexedName> names_;
  std::vector<std::vector<std::uint32_t>> postings_;  // by term
  std::unordered_map<std::string, std::vector<std::uint32_t>, StringHash, std::equal_to<>> deletion_keys_;
  std::unordered_map<std::string, std::vector<std::uint32_t>, StringHash, std::equal_to<>> joined_;
};

}  // namespace chainrisk::entity
