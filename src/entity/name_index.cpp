#include "name_index_internal.hpp"

#include <algorithm>

#include "chainrisk/entity/normalize.hpp"
#include "typos_internal.hpp"
#include "word_lists_internal.hpp"

namespace chainrisk::entity {
namespace {

void sort_unique(std::vector<std::uint32_t>& ids) {
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
}

}  // namespace

NameIndex::NameIndex(const model::Graph& graph) : vocabulary_(graph) {
  for (std::uint32_t e = 0; e < graph.entities.size(); ++e) {
    const auto& entity = graph.entities[e];
    std::vector<std::uint32_t> entity_terms;
    add_name(e, -1, entity.name, entity_terms);
    for (std::size_t a = 0; a < entity.aliases.size(); ++a) {
      add_name(e, static_cast<std::int32_t>(a), entity.aliases[a], entity_terms);
    }
    // A term counts once per entity, however many of its aliases repeat it.
    sort_unique(entity_terms);
    vocabulary_.count_entity(entity_terms);
  }
  vocabulary_.finish();
  for (auto& name : names_) {
    for (auto& t : name.tokens) {
      double base = vocabulary_.weight(t.term);
      t.distinctive = vocabulary_.is_distinctive(base);
      t.weight *= base;  // holds the qualifier factor until now
      name.total_weight += t.weight;
    }
  }
  build_postings();
}

// Qualifiers weigh half: "(Shanshan)" names a branch's place, "(Group)" a holding; part of
// the name, but a supplier often leaves them out.
void NameIndex::add_name(std::uint32_t entity, std::int32_t alias, const std::string& text,
                         std::vector<std::uint32_t>& entity_terms) {
  IndexedName name{entity, alias, {}, 0};
  for (auto& token : normalize_name(text)) {
    std::uint32_t term = vocabulary_.add(canonical_term(token.text));
    bool seen = std::any_of(name.tokens.begin(), name.tokens.end(), [&](const IndexedToken& t) { return t.term == term; });
    if (seen) continue;  // a token set: "China Cotton Group Xinjiang Cotton" has cotton once
    name.tokens.push_back({term, std::move(token.text), token.qualifier ? 0.5 : 1.0, false});
    entity_terms.push_back(term);
  }
  if (!name.tokens.empty()) names_.push_back(std::move(name));
}

void NameIndex::build_postings() {
  postings_.assign(vocabulary_.size(), {});
  for (std::uint32_t n = 0; n < names_.size(); ++n) {
    const auto& tokens = names_[n].tokens;
    for (const auto& t : tokens) postings_[t.term].push_back(n);
    for (std::size_t j = 0; j + 1 < tokens.size(); ++j) {
      joined_[tokens[j].surface + tokens[j + 1].surface].push_back(n);
    }
  }
  for (std::uint32_t term = 0; term < vocabulary_.size(); ++term) {
    for (auto& key : deletion_keys(vocabulary_.text(term))) deletion_keys_[std::move(key)].push_back(term);
  }
  for (auto& [key, ids] : joined_) sort_unique(ids);
  for (auto& [key, ids] : deletion_keys_) sort_unique(ids);
}

std::span<const std::uint32_t> NameIndex::names_with(std::uint32_t term) const { return postings_[term]; }

std::vector<TermLink> NameIndex::similar_terms(std::string_view word) const {
  std::vector<std::uint32_t> terms;
  for_each_deletion_key(word, [&](std::string_view key) {
    if (auto it = deletion_keys_.find(key); it != deletion_keys_.end()) {
      terms.insert(terms.end(), it->second.begin(), it->second.end());
    }
  });
  sort_unique(terms);
  std::vector<TermLink> links;
  for (auto term : terms) {
    double similarity = typo_similarity(word, vocabulary_.text(term));
    if (similarity > 0) links.push_back({term, similarity});
  }
  return links;
}

std::span<const std::uint32_t> NameIndex::names_with_joined(std::string_view word) const {
  auto it = joined_.find(word);
  if (it == joined_.end()) return {};
  return it->second;
}

}  // namespace chainrisk::entity
