#include "chainrisk/entity/normalize.hpp"

#include <algorithm>

#include "chainrisk/text/fold.hpp"
#include "chainrisk/text/utf8.hpp"
#include "transliterate_internal.hpp"
#include "word_lists_internal.hpp"

namespace chainrisk::entity {
namespace {

struct Segment {
  std::string_view text;
  bool qualifier = false;
};

// Cut at parentheses: what is inside them is a qualifier ("(Shanshan)", "(Group)"). An
// unbalanced ")" is ignored; an unclosed "(" runs to the end.
std::vector<Segment> split_parentheses(std::string_view s) {
  std::vector<Segment> out;
  int depth = 0;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= s.size(); ++i) {
    if (i < s.size() && s[i] != '(' && s[i] != ')') continue;
    if (i > start) out.push_back({s.substr(start, i - start), depth > 0});
    if (i < s.size()) depth = s[i] == '(' ? depth + 1 : std::max(0, depth - 1);
    start = i + 1;
  }
  return out;
}

bool is_han(char32_t cp) {
  return (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) ||
         (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x2FA1F);
}

// A run of Han characters has no spaces between words: legal forms are cut out of it, then
// each piece becomes its overlapping bigrams ("大全新能源" → 大全 全新 新能 能源), which keep
// the local order a set of single characters would lose. A one-character piece stays whole.
void add_han_run(std::string_view run, bool qualifier, std::vector<NameToken>& out) {
  auto add_piece = [&](std::string_view piece) {
    std::vector<std::size_t> starts;  // byte offset of each character
    for (std::size_t i = 0; i < piece.size();) {
      starts.push_back(i);
      text::next_code_point(piece, i);
    }
    starts.push_back(piece.size());
    if (starts.size() == 2) out.push_back({std::string(piece), qualifier});
    for (std::size_t c = 0; c + 2 < starts.size(); ++c) {
      out.push_back({std::string(piece.substr(starts[c], starts[c + 2] - starts[c])), qualifier});
    }
  };
  auto forms = han_legal_forms();
  std::size_t piece_start = 0, i = 0;
  while (i < run.size()) {
    auto form = std::find_if(forms.begin(), forms.end(), [&](std::string_view f) { return run.substr(i).starts_with(f); });
    if (form == forms.end()) {
      text::next_code_point(run, i);
      continue;
    }
    if (i > piece_start) add_piece(run.substr(piece_start, i - piece_start));
    i += form->size();
    piece_start = i;
  }
  if (i > piece_start) add_piece(run.substr(piece_start, i - piece_start));
}

// One folded word: Han runs and the text between them ("abc新疆" → "abc", 新疆).
void add_word(std::string_view word, bool qualifier, std::vector<NameToken>& out) {
  auto flush = [&](std::string_view run, bool han) {
    if (han) add_han_run(run, qualifier, out);
    else if (!run.empty()) out.push_back({std::string(run), qualifier});
  };
  std::size_t run_start = 0, i = 0;
  bool run_han = false;
  while (i < word.size()) {
    std::size_t at = i;
    bool han = is_han(text::next_code_point(word, i));
    if (at > run_start && han != run_han) {
      flush(word.substr(run_start, at - run_start), run_han);
      run_start = at;
    }
    run_han = han;
  }
  flush(word.substr(run_start), run_han);
}

std::size_t code_points(std::string_view s) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size(); ++n) text::next_code_point(s, i);
  return n;
}

// "G&G", "S.A.", "О.О.О." fold to single letters in a row: join them into one word.
bool is_single_letter(const NameToken& t) {
  if (t.text.empty() || code_points(t.text) != 1) return false;
  std::size_t i = 0;
  char32_t cp = text::next_code_point(t.text, i);
  return !(cp >= U'0' && cp <= U'9') && !is_han(cp);
}

// Drop legal forms and stopwords, join single letters; repeat, since dropping "Co" between
// two letters ("A Co B") makes them neighbours and joining may spell a legal form ("S A").
void drop_and_join(std::vector<NameToken>& tokens) {
  std::size_t before = 0;
  do {
    before = tokens.size();
    std::erase_if(tokens, [](const NameToken& t) { return is_legal_form(t.text) || is_stopword(t.text); });
    std::vector<NameToken> joined;
    bool last_single = false;
    for (auto& t : tokens) {
      bool single = is_single_letter(t);
      if (single && last_single && joined.back().qualifier == t.qualifier) {
        joined.back().text += t.text;
      } else {
        joined.push_back(std::move(t));
        last_single = single;
      }
    }
    tokens = std::move(joined);
  } while (tokens.size() != before);
}

bool is_ascii_word(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// Plurals of English words ("Shoes", "Materials") meet their singulars, unless the singular
// would be a legal form or stopword ("Corps" must not become "Corp" and vanish).
void make_singular(std::vector<NameToken>& tokens) {
  for (auto& t : tokens) {
    if (!is_ascii_word(t.text)) continue;
    std::string s = text::singular(t.text);
    if (!is_legal_form(s) && !is_stopword(s)) t.text = std::move(s);
  }
}

}  // namespace

std::vector<NameToken> normalize_name(std::string_view name) {
  std::string plain = transliterate(name);
  std::vector<NameToken> tokens;
  for (const auto& segment : split_parentheses(plain)) {
    std::string folded = text::fold(segment.text);
    std::size_t start = 0;
    while (start < folded.size()) {
      std::size_t end = std::min(folded.find(' ', start), folded.size());
      add_word(std::string_view(folded).substr(start, end - start), segment.qualifier, tokens);
      start = end + 1;
    }
  }
  drop_and_join(tokens);
  make_singular(tokens);
  return tokens;
}

std::string join_tokens(const std::vector<NameToken>& tokens) {
  std::string out;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    bool opens = tokens[i].qualifier && (i == 0 || !tokens[i - 1].qualifier);
    bool closes = tokens[i].qualifier && (i + 1 == tokens.size() || !tokens[i + 1].qualifier);
    if (i > 0) out += ' ';
    if (opens) out += '(';
    out += tokens[i].text;
    if (closes) out += ')';
  }
  return out;
}

}  // namespace chainrisk::entity
