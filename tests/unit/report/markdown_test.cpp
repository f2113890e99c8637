#include "chainrisk/report/markdown.hpp"

#include <catch2/catch.hpp>
#include <sstream>

using namespace chainrisk;

namespace {

// The cells of a GitHub table row: split at '|' not escaped by a backslash, as GFM does
// before any inline parsing.
std::vector<std::string> cells(const std::string& row) {
  std::vector<std::string> out;
  std::string cell;
  for (std::size_t i = 0; i < row.size(); ++i) {
    if (row[i] == '\\' && i + 1 < row.size()) {
      cell += row.substr(i, 2);
      ++i;
    } else if (row[i] == '|') {
      out.push_back(cell);
      cell.clear();
    } else {
      cell += row[i];
    }
  }
  out.push_back(cell);
  return {out.begin() + 1, out.end() - 1};  // drop what lies outside the outer pipes
}

// True when `text` has a '<' not escaped by a backslash (one that could open raw HTML).
bool has_raw_angle(const std::string& text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\\')
      ++i;
    else if (text[i] == '<')
      return true;
  }
  return false;
}

std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

}  // namespace

TEST_CASE("markdown: markup characters in data are escaped", "[report]") {
  CHECK(report::markdown_escape("a|b") == "a\\|b");
  CHECK(report::markdown_escape("<script>alert(1)</script>") == "\\<script\\>alert(1)\\</script\\>");
  CHECK(report::markdown_escape("*bold* _it_ `code` [link](x) ~s~ #h &amp; $x$") ==
        "\\*bold\\* \\_it\\_ \\`code\\` \\[link\\](x) \\~s\\~ \\#\u200Bh \\&amp; \\$x\\$");
  CHECK(report::markdown_escape("back\\slash") == "back\\\\slash");
  // A value stays on its line: line breaks and tabs become spaces, controls '?'.
  CHECK(report::markdown_escape("two\nlines\r\tand\x1b[31m") == "two lines  and?\\[31m");
  CHECK(report::markdown_escape("Türkiye, Côte d’Ivoire") == "Türkiye, Côte d’Ivoire");
}

TEST_CASE("markdown: a hostile value cannot break a table", "[report]") {
  std::vector<std::string> hostile{"a | b | c", "<script>alert(1)</script>", "line\n| x | y |\n|---|", "`|`",
                                   "trailing \\"};
  std::vector<std::vector<std::string>> rows;
  for (const auto& h : hostile) rows.push_back({report::markdown_escape(h), "ok"});
  std::ostringstream out;
  report::write_markdown_table(out, {"Value", "Other"}, rows);
  auto table = lines(out.str());
  REQUIRE(table.size() == hostile.size() + 2);  // header, delimiter, one line per row
  CHECK(table[1] == "|---|---|");
  for (const auto& line : table) {
    INFO(line);
    CHECK(cells(line).size() == 2);
    CHECK_FALSE(has_raw_angle(line));
  }
  CHECK(cells(table[2])[0] == " a \\| b \\| c ");
  CHECK(cells(table[6])[1] == " ok ");  // the trailing backslash did not eat the separator
}

TEST_CASE("markdown: only http(s) URLs become links, encoded to stay in one cell", "[report]") {
  CHECK(report::markdown_url("https://www.trademap.org") == "<https://www.trademap.org>");
  CHECK(report::markdown_url("HTTPS://a.org/x y|z<>\"") == "<HTTPS://a.org/x%20y%7Cz%3C%3E%22>");
  CHECK(report::markdown_url("javascript:alert(1)") == "javascript:alert(1)");  // plain text, no link
  CHECK(report::markdown_url("<b>") == "\\<b\\>");
}

TEST_CASE("markdown: URLs in free text are linked, the rest escaped", "[report]") {
  CHECK(report::markdown_text_with_links("https://coppermark.org/zh/standards/ (and each record's own source)") ==
        "<https://coppermark.org/zh/standards/> (and each record's own source)");
  CHECK(report::markdown_text_with_links("USGS (https://doi.org/10.5066/P9WCYUI6), table_1.") ==
        "USGS (<https://doi.org/10.5066/P9WCYUI6>), table\\_1.");
  CHECK(report::markdown_text_with_links("a ; https://a.org ; https://b.org.") ==
        "a ; <https://a.org> ; <https://b.org>.");
  CHECK(report::markdown_text_with_links("xhttps://not.a.link <i>") == "xhttps:\u200B//not.a.link \\<i\\>");
  CHECK(report::markdown_text_with_links("http") == "http");
}
