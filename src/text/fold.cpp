#include "chainrisk/text/fold.hpp"

#include "chainrisk/text/utf8.hpp"

namespace chainrisk::text {
namespace {

// ASCII base letters of U+00C0..U+017F (Latin-1 Supplement and Latin Extended-A), lowercase.
// An empty entry is a symbol (× ÷) and becomes a separator.
struct Range {
  char32_t first, last;
  const char* base;
};
constexpr Range kLatin[] = {
    {0xC0, 0xC5, "a"},   {0xC6, 0xC6, "ae"},  {0xC7, 0xC7, "c"},   {0xC8, 0xCB, "e"},
    {0xCC, 0xCF, "i"},   {0xD0, 0xD0, "d"},   {0xD1, 0xD1, "n"},   {0xD2, 0xD6, "o"},
    {0xD7, 0xD7, ""},    {0xD8, 0xD8, "o"},   {0xD9, 0xDC, "u"},   {0xDD, 0xDD, "y"},
    {0xDE, 0xDE, "th"},  {0xDF, 0xDF, "ss"},  {0xE0, 0xE5, "a"},   {0xE6, 0xE6, "ae"},
    {0xE7, 0xE7, "c"},   {0xE8, 0xEB, "e"},   {0xEC, 0xEF, "i"},   {0xF0, 0xF0, "d"},
    {0xF1, 0xF1, "n"},   {0xF2, 0xF6, "o"},   {0xF7, 0xF7, ""},    {0xF8, 0xF8, "o"},
    {0xF9, 0xFC, "u"},   {0xFD, 0xFD, "y"},   {0xFE, 0xFE, "th"},  {0xFF, 0xFF, "y"},
    {0x100, 0x105, "a"}, {0x106, 0x10D, "c"}, {0x10E, 0x111, "d"}, {0x112, 0x11B, "e"},
    {0x11C, 0x123, "g"}, {0x124, 0x127, "h"}, {0x128, 0x131, "i"}, {0x132, 0x133, "ij"},
    {0x134, 0x135, "j"}, {0x136, 0x138, "k"}, {0x139, 0x142, "l"}, {0x143, 0x14B, "n"},
    {0x14C, 0x151, "o"}, {0x152, 0x153, "oe"}, {0x154, 0x159, "r"}, {0x15A, 0x161, "s"},
    {0x162, 0x167, "t"}, {0x168, 0x173, "u"}, {0x174, 0x175, "w"}, {0x176, 0x178, "y"},
    {0x179, 0x17E, "z"}, {0x17F, 0x17F, "s"},
};

const char* latin_base(char32_t cp) {
  for (const auto& r : kLatin) {
    if (cp >= r.first && cp <= r.last) return r.base;
  }
  return nullptr;
}

bool is_apostrophe(char32_t cp) {
  return cp == U'\'' || cp == U'`' || cp == 0xB4 || cp == 0x2018 || cp == 0x2019 ||
         cp == 0x02BC;
}

// Combining marks of decomposed input ("e" + U+0301) disappear with the accent.
bool is_combining(char32_t cp) { return cp >= 0x300 && cp <= 0x36F; }

// Punctuation and spaces outside ASCII that separate words.
bool is_separator(char32_t cp) {
  return (cp >= 0x80 && cp <= 0xBF) || (cp >= 0x2000 && cp <= 0x206F) || cp == 0x3000 ||
         (cp >= 0x3001 && cp <= 0x3003) || (cp >= 0xFF01 && cp <= 0xFF0F) || cp == 0xFFFD;
}

}  // namespace

std::string fold(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool pending_space = false;
  auto emit = [&](std::string_view piece) {
    if (pending_space && !out.empty()) out += ' ';
    pending_space = false;
    out += piece;
  };
  std::size_t i = 0;
  while (i < s.size()) {
    char32_t cp = next_code_point(s, i);
    if (cp < 0x80) {
      char c = static_cast<char>(cp);
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        emit(std::string_view(&c, 1));
      } else if (!is_apostrophe(cp)) {
        pending_space = true;
      }
    } else if (const char* base = latin_base(cp)) {
      if (*base == '\0') {
        pending_space = true;
      } else {
        emit(base);
      }
    } else if (is_apostrophe(cp) || is_combining(cp)) {
      // dropped: "d’Ivoire" folds like "dIvoire"
    } else if (is_separator(cp)) {
      pending_space = true;
    } else {
      std::string utf8;
      append_utf8(utf8, cp);
      emit(utf8);
    }
  }
  return out;
}

std::string singular(std::string_view w) {
  auto ends = [&](std::string_view suffix) {
    return w.size() > suffix.size() && w.substr(w.size() - suffix.size()) == suffix;
  };
  if (w.size() <= 3) return std::string(w);
  if (ends("ies")) return std::string(w.substr(0, w.size() - 3)) + "y";
  if (ends("sses") || ends("shes") || ends("ches") || ends("xes") || ends("zes")) {
    return std::string(w.substr(0, w.size() - 2));
  }
  if (ends("oes") && w.size() > 5) return std::string(w.substr(0, w.size() - 2));
  if (ends("ss") || ends("us") || ends("is")) return std::string(w);
  if (ends("s")) return std::string(w.substr(0, w.size() - 1));
  return std::string(w);
}

}  // namespace chainrisk::text
