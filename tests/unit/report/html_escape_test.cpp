#include <catch2/catch.hpp>

#include "chainrisk/report/escape.hpp"

using chainrisk::report::html_escape;

TEST_CASE("html_escape: markup characters become references", "[report][html]") {
  CHECK(html_escape("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;");
  CHECK(html_escape("\"><img src=x onerror=alert(1)>") == "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
  CHECK(html_escape("</style>") == "&lt;/style&gt;");
  CHECK(html_escape("it's") == "it&#39;s");
}

TEST_CASE("html_escape: an entity in the input prints as typed", "[report][html]") {
  // A supplier literally named "A &amp; B" must not show as "A & B".
  CHECK(html_escape("A &amp; B") == "A &amp;amp; B");
  CHECK(html_escape("Smith & Sons") == "Smith &amp; Sons");
}

TEST_CASE("html_escape: text without markup is unchanged", "[report][html]") {
  CHECK(html_escape("") == "");
  CHECK(html_escape("Côte d’Ivoire, 有限公司, mm²") == "Côte d’Ivoire, 有限公司, mm²");
  CHECK(html_escape("a\tb\nc\r\n") == "a\tb\nc\r\n");
}

TEST_CASE("html_escape: control characters and invalid UTF-8 become U+FFFD", "[report][html]") {
  CHECK(html_escape(std::string_view("a\0b", 3)) == "a\xEF\xBF\xBD" "b");
  CHECK(html_escape("esc \x1b[31m") == "esc \xEF\xBF\xBD[31m");
  CHECK(html_escape("\x7f") == "\xEF\xBF\xBD");
  CHECK(html_escape("\xC2\x85") == "\xEF\xBF\xBD");  // C1 control NEL
  CHECK(html_escape("bad \xff<") == "bad \xEF\xBF\xBD&lt;");
  // An overlong '<' (0xC0 0xBC) must not survive as bytes a lax decoder reads as '<'.
  CHECK(html_escape("\xC0\xBC") == "\xEF\xBF\xBD\xEF\xBF\xBD");
}
