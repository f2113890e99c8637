// text::find_invalid_utf8, next_code_point and append_utf8 (include/chainrisk/text/utf8.hpp):
// RFC 3629 validation that the readers use to report bad bytes at their position.
#include <catch2/catch.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "chainrisk/text/utf8.hpp"

using namespace std::string_literals;
using chainrisk::text::append_utf8;
using chainrisk::text::find_invalid_utf8;
using chainrisk::text::next_code_point;

TEST_CASE("utf8: valid text has no invalid offset", "[text][utf8]") {
  for (std::string_view s : {"", "plain ASCII", "Côte d’Ivoire €", "𝄞 中国",
                             "\xC2\x80",               // U+0080, the smallest 2-byte value
                             "\xDF\xBF",               // U+07FF
                             "\xE0\xA0\x80",           // U+0800, the smallest 3-byte value
                             "\xED\x9F\xBF",           // U+D7FF, just below the surrogates
                             "\xEE\x80\x80",           // U+E000, just above them
                             "\xEF\xBF\xBD",           // U+FFFD itself
                             "\xF0\x90\x80\x80",       // U+10000
                             "\xF4\x8F\xBF\xBF"}) {    // U+10FFFF, the largest
    CAPTURE(s);
    CHECK(find_invalid_utf8(s) == std::nullopt);
  }
  CHECK(find_invalid_utf8("a\0b"s) == std::nullopt);  // NUL is valid UTF-8
}

TEST_CASE("utf8: overlong encodings are invalid at their first byte", "[text][utf8]") {
  CHECK(find_invalid_utf8("\xC0\xAF") == 0u);            // '/' in 2 bytes
  CHECK(find_invalid_utf8("\xC1\xBF") == 0u);
  CHECK(find_invalid_utf8("ab\xE0\x80\xAF") == 2u);      // '/' in 3 bytes
  CHECK(find_invalid_utf8("\xE0\x9F\xBF") == 0u);        // U+07FF in 3 bytes
  CHECK(find_invalid_utf8("x\xF0\x80\x80\xAF") == 1u);   // '/' in 4 bytes
  CHECK(find_invalid_utf8("\xF0\x8F\xBF\xBF") == 0u);    // U+FFFF in 4 bytes
}

TEST_CASE("utf8: surrogates and code points above U+10FFFF are invalid", "[text][utf8]") {
  CHECK(find_invalid_utf8("\xED\xA0\x80") == 0u);        // U+D800
  CHECK(find_invalid_utf8("ok \xED\xBF\xBF") == 3u);     // U+DFFF
  CHECK(find_invalid_utf8("\xED\xA0\xBD\xED\xB8\x80") == 0u);  // CESU-8 pair
  CHECK(find_invalid_utf8("\xF4\x90\x80\x80") == 0u);    // U+110000
  CHECK(find_invalid_utf8("\xF5\x80\x80\x80") == 0u);
  CHECK(find_invalid_utf8("\xF8\x88\x80\x80\x80") == 0u);
  CHECK(find_invalid_utf8("\xFE") == 0u);
  CHECK(find_invalid_utf8("\xFF") == 0u);
}

TEST_CASE("utf8: truncated sequences and stray continuation bytes", "[text][utf8]") {
  CHECK(find_invalid_utf8("abc\xE2\x82") == 3u);   // '€' cut at the end
  CHECK(find_invalid_utf8("\xF0\x9F\x98") == 0u);
  CHECK(find_invalid_utf8("\xC3") == 0u);
  CHECK(find_invalid_utf8("\xE2\x82" "A") == 0u);  // cut by an ASCII byte
  CHECK(find_invalid_utf8("\xC3\xC3\xA9") == 0u);  // cut by another lead byte
  CHECK(find_invalid_utf8("a\x80") == 1u);
  CHECK(find_invalid_utf8("é\xBF") == 2u);
  // Latin-1 text, the usual mistake: the first non-ASCII byte.
  CHECK(find_invalid_utf8("Pa\xEDs: M\xE9xico") == 2u);
  // Only the first problem is reported.
  CHECK(find_invalid_utf8("é€\xFF\xFE") == 5u);
}

TEST_CASE("utf8: a bad byte is found wherever it falls in a long ASCII run", "[text][utf8]") {
  // ASCII is skipped eight bytes at a time: every offset and length around a word boundary.
  for (std::size_t before = 0; before < 20; ++before) {
    for (std::size_t after = 0; after < 10; ++after) {
      std::string s(before, 'a');
      s += "\xFF";
      s.append(after, 'b');
      CAPTURE(before, after);
      CHECK(find_invalid_utf8(s) == before);
      std::string ok(before, 'a');
      ok += "é";
      ok.append(after, 'b');
      CHECK(find_invalid_utf8(ok) == std::nullopt);
      ok += "\xC3";  // cut at the very end, after ASCII
      CHECK(find_invalid_utf8(ok) == before + 2 + after);
    }
  }
}

TEST_CASE("utf8: next_code_point decodes and always makes progress", "[text][utf8]") {
  std::string_view s = "Aé€𝄞";
  std::size_t i = 0;
  CHECK(next_code_point(s, i) == U'A');
  CHECK(i == 1);
  CHECK(next_code_point(s, i) == U'\u00E9');
  CHECK(i == 3);
  CHECK(next_code_point(s, i) == U'\u20AC');
  CHECK(i == 6);
  CHECK(next_code_point(s, i) == U'\U0001D11E');
  CHECK(i == 10);

  // Invalid bytes decode as U+FFFD one byte at a time.
  std::string_view bad = "\xE2\x82" "A\xFF";
  std::vector<char32_t> got;
  std::size_t j = 0;
  while (j < bad.size()) got.push_back(next_code_point(bad, j));
  CHECK(got == std::vector<char32_t>{0xFFFD, 0xFFFD, U'A', 0xFFFD});
  CHECK(j == bad.size());
}

TEST_CASE("utf8: append_utf8 encodes every length and round-trips", "[text][utf8]") {
  const std::vector<std::pair<char32_t, std::string_view>> cases = {
      {0x41, "A"},
      {0x7F, "\x7F"},
      {0x80, "\xC2\x80"},
      {0xE9, "é"},
      {0x7FF, "\xDF\xBF"},
      {0x800, "\xE0\xA0\x80"},
      {0x20AC, "€"},
      {0xFFFF, "\xEF\xBF\xBF"},
      {0x10000, "\xF0\x90\x80\x80"},
      {0x1F600, "\xF0\x9F\x98\x80"},
      {0x10FFFF, "\xF4\x8F\xBF\xBF"},
  };
  for (const auto& [cp, want] : cases) {
    CAPTURE(static_cast<std::uint32_t>(cp));
    std::string out = "x";
    append_utf8(out, cp);
    CHECK(out.substr(1) == want);
    CHECK(find_invalid_utf8(out) == std::nullopt);
    std::size_t i = 1;
    CHECK(next_code_point(out, i) == cp);
    CHECK(i == out.size());
  }
}
