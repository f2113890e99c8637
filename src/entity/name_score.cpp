#include "name_score_internal.hpp"

#include <algorithm>
#include <tuple>
#include <unordered_set>

#include "word_lists_internal.hpp"

namespace chainrisk::entity {
namespace {

double link_similarity(const std::vector<TermLink>& links, std::uint32_t term) {
  for (const auto& l : links) {
    if (l.term == term) return l.similarity;
  }
  return 0.0;
}

// Running totals of one query-name comparison.
struct Alignment {
  std::vector<char> query_used, name_used;
  double matched = 0;      // Σ similarity × weight over paired units
  double unit_weight = 0;  // Σ weight of the listed words paired
  std::size_t units = 0;
  bool distinctive = false;
  bool all_equal = true;

  void pair(double similarity, double weight, bool is_distinctive) {
    matched += similarity * weight;
    unit_weight += weight;
    ++units;
    distinctive = distinctive || is_distinctive;
    all_equal = all_equal && similarity >= 1.0;
  }
};

// Single words, the most similar pairs first; among equals, heavier listed words first.
void pair_words(const std::vector<QueryToken>& q, const IndexedName& n, Alignment& a) {
  std::vector<std::tuple<double, double, std::size_t, std::size_t>> pairs;
  for (std::size_t i = 0; i < std::min(q.size(), kMaxLinkedWords); ++i) {
    for (std::size_t j = 0; j < n.tokens.size(); ++j) {
      double s = link_similarity(q[i].links, n.tokens[j].term);
      if (s > 0) pairs.emplace_back(-s, -n.tokens[j].weight, i, j);
    }
  }
  std::sort(pairs.begin(), pairs.end());
  for (const auto& [neg_s, neg_w, i, j] : pairs) {
    if (a.query_used[i] || a.name_used[j]) continue;
    a.query_used[i] = a.name_used[j] = 1;
    a.pair(-neg_s, n.tokens[j].weight, n.tokens[j].distinctive);
  }
}

// Pinyin syllables are written apart or together: "Zhong Tai" for "Zhongtai", "Putech" for
// "Pu-Tech". Two free neighbours on one side may pair with one free word on the other that
// spells them joined, exactly.
void pair_joined_words(const std::vector<QueryToken>& q, const IndexedName& n, Alignment& a) {
  std::size_t linked = std::min(q.size(), kMaxLinkedWords);
  for (std::size_t i = 0; i + 1 < linked; ++i) {
    if (a.query_used[i] || a.query_used[i + 1]) continue;
    for (std::size_t j = 0; j < n.tokens.size(); ++j) {
      double s = a.name_used[j] ? 0.0 : link_similarity(q[i].next_links, n.tokens[j].term);
      if (s <= 0) continue;
      a.query_used[i] = a.query_used[i + 1] = a.name_used[j] = 1;
      a.pair(s, n.tokens[j].weight, n.tokens[j].distinctive);
      break;
    }
  }
  for (std::size_t j = 0; j + 1 < n.tokens.size(); ++j) {
    if (a.name_used[j] || a.name_used[j + 1]) continue;
    std::string joined = n.tokens[j].surface + n.tokens[j + 1].surface;
    for (std::size_t i = 0; i < linked; ++i) {
      if (a.query_used[i] || q[i].surface != joined) continue;
      a.query_used[i] = a.name_used[j] = a.name_used[j + 1] = 1;
      a.pair(1.0, n.tokens[j].weight + n.tokens[j + 1].weight,
             n.tokens[j].distinctive || n.tokens[j + 1].distinctive);
      break;
    }
  }
}

}  // namespace

std::vector<QueryToken> prepare_query(const NameIndex& index, const std::vector<NameToken>& tokens) {
  std::vector<QueryToken> out;
  std::unordered_set<std::string_view> seen;  // views into `tokens` or the synonym table
  const auto& vocabulary = index.vocabulary();
  for (const auto& t : tokens) {
    std::string_view term = canonical_term(t.text);
    if (!seen.insert(term).second) continue;
    auto id = vocabulary.find(term);
    double weight = id ? vocabulary.weight(*id) : vocabulary.unseen_weight(term);
    bool linked = out.size() < kMaxLinkedWords;
    out.push_back({t.text, t.qualifier ? weight / 2 : weight, linked ? index.similar_terms(term) : std::vector<TermLink>{}, {}});
  }
  // Joined neighbours must spell a listed word exactly: a typo and a split in one word are
  // rare, and typo keys of the long joined spellings would cost most of the matching time.
  for (std::size_t i = 0; i + 1 < std::min(out.size(), kMaxLinkedWords); ++i) {
    if (auto id = vocabulary.find(canonical_term(out[i].surface + out[i + 1].surface))) {
      out[i].next_links.push_back({*id, 1.0});
    }
  }
  return out;
}

double score_name(const std::vector<QueryToken>& query, const IndexedName& name) {
  Alignment a{std::vector<char>(query.size()), std::vector<char>(name.tokens.size())};
  pair_words(query, name, a);
  pair_joined_words(query, name, a);
  if (a.units == 0) return 0.0;
  double free_query = 0;
  std::size_t free_query_words = 0, free_name_words = 0;
  for (std::size_t i = 0; i < query.size(); ++i) {
    if (a.query_used[i]) continue;
    free_query += query[i].weight;
    ++free_query_words;
  }
  for (char used : a.name_used) {
    if (!used) ++free_name_words;
  }
  if (a.all_equal && free_query_words == 0 && free_name_words == 0) return 1.0;
  // A paired query word weighs as the listed word it stands for, so a typo in the query
  // changes the score only through its similarity.
  double score = 2 * a.matched / (name.total_weight + a.unit_weight + free_query);
  if (!a.distinctive) {
    double units = static_cast<double>(a.units);
    score = std::min(score, 2 * units / (2 * units + static_cast<double>(free_query_words + free_name_words)));
  }
  return std::clamp(score, 0.0, 1.0);
}

}  // namespace chainrisk::entity
