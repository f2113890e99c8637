#include <catch2/catch.hpp>

#include <string>

#include "chainrisk/report/escape.hpp"

using namespace chainrisk;

namespace {

std::string csv_field(std::string_view value) {
  std::string out;
  report::append_csv_field(out, value);
  return out;
}

}  // namespace

TEST_CASE("escape: csv_neutralise prefixes a quote to values a spreadsheet reads as formulas", "[report][escape]") {
  CHECK(report::csv_neutralise("=1+1") == "'=1+1");
  CHECK(report::csv_neutralise("+1") == "'+1");
  CHECK(report::csv_neutralise("-2") == "'-2");
  CHECK(report::csv_neutralise("@SUM(A1)") == "'@SUM(A1)");
  CHECK(report::csv_neutralise("\tx") == "'\tx");
  CHECK(report::csv_neutralise("\rx") == "'\rx");
  CHECK(report::csv_neutralise("'=already quoted") == "'=already quoted");
}

TEST_CASE("escape: csv_neutralise leaves every other value as it is", "[report][escape]") {
  CHECK(report::csv_neutralise("").empty());
  CHECK(report::csv_neutralise("A=1") == "A=1");
  CHECK(report::csv_neutralise(" =1") == " =1");
  CHECK(report::csv_neutralise("72.0") == "72.0");
  CHECK(report::csv_neutralise("1-2") == "1-2");
  CHECK(report::csv_neutralise("\nx") == "\nx");
  CHECK(report::csv_neutralise("Côte d'Ivoire") == "Côte d'Ivoire");
}

TEST_CASE("escape: CSV fields are quoted only when RFC 4180 needs it", "[report][escape]") {
  CHECK(csv_field("Example Mining SARL") == "Example Mining SARL");
  CHECK(csv_field("").empty());
  CHECK(csv_field("a,b") == "\"a,b\"");
  CHECK(csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(csv_field("two\nlines") == "\"two\nlines\"");
  CHECK(csv_field("cr\rhere") == "\"cr\rhere\"");
  CHECK(csv_field("semi;colon\ttab") == "semi;colon\ttab");
}

TEST_CASE("escape: CSV fields are neutralised before they are quoted", "[report][escape]") {
  CHECK(csv_field("=HYPERLINK(\"http://x\")") == "\"'=HYPERLINK(\"\"http://x\"\")\"");
  CHECK(csv_field("\rCR first") == "\"'\rCR first\"");
  CHECK(csv_field("\ttab first") == "'\ttab first");
  CHECK(csv_field("-2,5") == "\"'-2,5\"");
}

TEST_CASE("escape: markdown_escape makes input literal text", "[report][escape]") {
  CHECK(report::markdown_escape("<script>alert(1)</script>") == "\\<script\\>alert(1)\\</script\\>");
  CHECK(report::markdown_escape("a|b") == "a\\|b");
  CHECK(report::markdown_escape("*bold* _em_ `code` ~del~") == "\\*bold\\* \\_em\\_ \\`code\\` \\~del\\~");
  CHECK(report::markdown_escape("[x](http://evil)") == "\\[x\\](http:\u200B//evil)");
  CHECK(report::markdown_escape("&lt; $x$ back\\slash") == "\\&lt; \\$x\\$ back\\\\slash");
  CHECK(report::markdown_escape("Example Mining S.A.R.L. (Kolwezi)") == "Example Mining S.A.R.L. (Kolwezi)");
}

TEST_CASE("escape: markdown_escape makes no GitHub mention or issue reference", "[report][escape]") {
  CHECK(report::markdown_escape("@SUM(A1) @org/team") == "@\u200BSUM(A1) @\u200Borg/team");
  CHECK(report::markdown_escape("Lot #12") == "Lot \\#\u200B12");
}

TEST_CASE("escape: markdown_escape makes no link of a bare URL", "[report][escape]") {
  CHECK(report::markdown_escape("http://evil.example/x") == "http:\u200B//evil.example/x");
  CHECK(report::markdown_escape("see HTTPS://evil.example") == "see HTTPS:\u200B//evil.example");
  CHECK(report::markdown_escape("www.evil.example WWW.x") == "www\u200B.evil.example WWW\u200B.x");
  CHECK(report::markdown_escape("mailto:a@evil.example") == "mailto:a@\u200Bevil.example");
  CHECK(report::markdown_escape("Ratio 2:1, ww.x, www") == "Ratio 2:1, ww.x, www");
}

TEST_CASE("escape: markdown_escape keeps a value on one line and drops control bytes", "[report][escape]") {
  CHECK(report::markdown_escape("two\nlines\r\nand\ttab") == "two lines  and tab");
  CHECK(report::markdown_escape("\x1b[31mred") == "?\\[31mred");
  CHECK(report::markdown_escape("新疆 Côte") == "新疆 Côte");
  CHECK(report::markdown_escape("bad \xff byte") == "bad \xEF\xBF\xBD byte");
}
