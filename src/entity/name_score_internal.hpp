#pragma once

#include <string>
#include <vector>

#include "chainrisk/entity/normalize.hpp"
#include "name_index_internal.hpp"

namespace chainrisk::entity {

// A company name has a few words. A longer query (a description pasted into a supplier
// field, up to 1 MiB) links only its first kMaxLinkedWords words, so one value costs
// bounded time; the others still weigh in the score as words that pair with nothing.
inline constexpr std::size_t kMaxLinkedWords = 64;

// A query word with the listed terms it may stand for.
struct QueryToken {
  std::string surface;
  double weight = 0;
  std::vector<TermLink> links;       // the word itself, or with a typo
  std::vector<TermLink> next_links;  // the word joined with the next one ("zhong" + "tai"), exactly
};

// The query's tokens (each term once) linked to the vocabulary of `index`; words past
// kMaxLinkedWords get no links.
std::vector<QueryToken> prepare_query(const NameIndex& index, const std::vector<NameToken>& tokens);

// Similarity in [0, 1] of a query and one listed name (docs/entity-matching.md "Score"):
// words are paired best first (equal, then typos), then two neighbouring words may pair
// with one word that spells them joined exactly; the score is the weighted Dice coefficient
// 2·matched / (query weight + name weight). When no distinctive word is paired, the score
// is at most the unweighted Dice over word counts, so generic words never decide a match.
// Exactly 1 when every word of both pairs without a typo.
double score_name(const std::vector<QueryToken>& query, const IndexedName& name);

}  // namespace chainrisk::entity
