#pragma once
// The fixed vocabularies of entity-name matching (docs/entity-matching.md): legal forms and
// stopwords that normalisation drops, spelling variants that count as one term, and generic
// business words that never carry a match alone.
#include <span>
#include <string_view>

namespace chainrisk::entity {

// "and", "of", "the": dropped, so "Cotton & Linen" and "Cotton and Linen" agree.
bool is_stopword(std::string_view folded_word);

// Legal forms written in Han characters ("股份有限公司"), longest first: they end a run of
// Han characters and are cut out of it before it becomes bigrams.
std::span<const std::string_view> han_legal_forms();

// The spelling a token is compared and weighed under: "tech" → "technology",
// "aluminium" → "aluminum"; any other token is its own term.
std::string_view canonical_term(std::string_view token);

// Company-name boilerplate ("industry", "trading", "technology", "group", "china"...): such a
// word weighs at most the generic weight, wherever it appears in the entity lists.
bool is_generic_word(std::string_view term);

}  // namespace chainrisk::entity
