#include "transliterate_internal.hpp"

#include "chainrisk/text/utf8.hpp"

namespace chainrisk::entity {
namespace {

struct Range {
  char32_t first, last;
  const char* base;
};

// Latin Extended-B letters in use (pinyin, Vietnamese, Romanian, Azerbaijani, digraphs) and
// Latin Extended Additional, whose letters run in alphabetical blocks.
constexpr Range kLatin[] = {
    {0x018F, 0x018F, "e"},  {0x0192, 0x0192, "f"},  {0x01A0, 0x01A1, "o"},
    {0x01AF, 0x01B0, "u"},  {0x01C4, 0x01C6, "dz"}, {0x01C7, 0x01C9, "lj"},
    {0x01CA, 0x01CC, "nj"}, {0x01CD, 0x01CE, "a"},  {0x01CF, 0x01D0, "i"},
    {0x01D1, 0x01D2, "o"},  {0x01D3, 0x01DC, "u"},  {0x01DE, 0x01E1, "a"},
    {0x01E2, 0x01E3, "ae"}, {0x01E4, 0x01E7, "g"},  {0x01E8, 0x01E9, "k"},
    {0x01EA, 0x01ED, "o"},  {0x01F0, 0x01F0, "j"},  {0x01F1, 0x01F3, "dz"},
    {0x01F4, 0x01F5, "g"},  {0x01F8, 0x01F9, "n"},  {0x01FA, 0x01FB, "a"},
    {0x01FC, 0x01FD, "ae"}, {0x01FE, 0x01FF, "o"},  {0x0200, 0x0203, "a"},
    {0x0204, 0x0207, "e"},  {0x0208, 0x020B, "i"},  {0x020C, 0x020F, "o"},
    {0x0210, 0x0213, "r"},  {0x0214, 0x0217, "u"},  {0x0218, 0x0219, "s"},
    {0x021A, 0x021B, "t"},  {0x0259, 0x0259, "e"},  {0x1E00, 0x1E01, "a"},
    {0x1E02, 0x1E07, "b"},  {0x1E08, 0x1E09, "c"},  {0x1E0A, 0x1E13, "d"},
    {0x1E14, 0x1E1D, "e"},  {0x1E1E, 0x1E1F, "f"},  {0x1E20, 0x1E21, "g"},
    {0x1E22, 0x1E2B, "h"},  {0x1E2C, 0x1E2F, "i"},  {0x1E30, 0x1E35, "k"},
    {0x1E36, 0x1E3D, "l"},  {0x1E3E, 0x1E43, "m"},  {0x1E44, 0x1E4B, "n"},
    {0x1E4C, 0x1E53, "o"},  {0x1E54, 0x1E57, "p"},  {0x1E58, 0x1E5F, "r"},
    {0x1E60, 0x1E69, "s"},  {0x1E6A, 0x1E71, "t"},  {0x1E72, 0x1E7B, "u"},
    {0x1E7C, 0x1E7F, "v"},  {0x1E80, 0x1E89, "w"},  {0x1E8A, 0x1E8D, "x"},
    {0x1E8E, 0x1E8F, "y"},  {0x1E90, 0x1E95, "z"},  {0x1E96, 0x1E96, "h"},
    {0x1E97, 0x1E97, "t"},  {0x1E98, 0x1E98, "w"},  {0x1E99, 0x1E99, "y"},
    {0x1E9A, 0x1E9A, "a"},  {0x1E9B, 0x1E9B, "s"},  {0x1E9E, 0x1E9E, "ss"},
    {0x1EA0, 0x1EB7, "a"},  {0x1EB8, 0x1EC7, "e"},  {0x1EC8, 0x1ECB, "i"},
    {0x1ECC, 0x1EE3, "o"},  {0x1EE4, 0x1EF1, "u"},  {0x1EF2, 0x1EF9, "y"},
};

const char* latin_base(char32_t cp) {
  if (cp < kLatin[0].first || cp > 0x1EF9) return nullptr;
  for (const auto& r : kLatin) {
    if (cp >= r.first && cp <= r.last) return r.base;
  }
  return nullptr;
}

// Simple case mapping of the scripts whose capitals are one block away from the small letters.
char32_t lowercase(char32_t cp) {
  if (cp >= 0x0410 && cp <= 0x042F) return cp + 0x20;  // Cyrillic А..Я
  if (cp >= 0x0400 && cp <= 0x040F) return cp + 0x50;  // Cyrillic Ѐ..Џ
  if (cp >= 0x0391 && cp <= 0x03A9 && cp != 0x03A2) return cp + 0x20;  // Greek Α..Ω
  return cp;
}

}  // namespace

std::string transliterate(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  std::size_t i = 0;
  while (i < s.size()) {
    char32_t cp = text::next_code_point(s, i);
    if (cp >= 0xFF01 && cp <= 0xFF5E) {
      out += static_cast<char>(cp - 0xFEE0);  // full-width ！..～ are ASCII ! .. ~
    } else if (const char* base = latin_base(cp)) {
      out += base;
    } else {
      text::append_utf8(out, lowercase(cp));
    }
  }
  return out;
}

}  // namespace chainrisk::entity
