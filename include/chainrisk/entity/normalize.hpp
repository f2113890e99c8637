#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace chainrisk::entity {

// One word of a company name as matching compares it.
struct NameToken {
  std::string text;         // folded: "hoshine", "silicon", "4", a Han bigram "新疆"
  bool qualifier = false;   // written in parentheses: "(Shanshan)", "(Group)"

  bool operator==(const NameToken&) const = default;
};

// Split a company name into the tokens matching compares (docs/entity-matching.md):
// case, accents and punctuation folded with text::fold after common Latin letters
// (pinyin tone marks, Vietnamese, full-width forms) are transliterated; legal forms
// ("Co., Ltd.", "GmbH", "S.A.", "有限公司") and the words "and", "of", "the" dropped;
// single letters in a row joined ("G&G" → "gg"); English plurals made singular; runs of
// Han characters cut into overlapping bigrams. Words in parentheses stay, marked as
// qualifiers. Order is kept. Never throws; any bytes give some (maybe empty) list.
std::vector<NameToken> normalize_name(std::string_view name);

// The tokens written back as one name, qualifiers in parentheses: "hoshine silicon
// industry (shanshan)". normalize_name of the result gives `tokens` back.
std::string join_tokens(const std::vector<NameToken>& tokens);

// True when `folded_word` (one token as normalize_name makes them, before dropping) is a
// legal form ("ltd", "gmbh", "sa", "有限公司") that normalisation removes.
bool is_legal_form(std::string_view folded_word);

}  // namespace chainrisk::entity
