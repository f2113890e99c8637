#include <catch2/catch.hpp>

#include <cmath>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "chainrisk/entity/matcher.hpp"
#include "test_support.hpp"

using namespace chainrisk;

namespace {

std::string trim(const std::string& s) {
  auto b = s.find_first_not_of(' ');
  auto e = s.find_last_not_of(' ');
  return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

// The cells of one Markdown table row: "| a | b |" → {"a", "b"}.
std::vector<std::string> cells(const std::string& row) {
  std::vector<std::string> out;
  std::stringstream in(row.substr(1));
  for (std::string cell; std::getline(in, cell, '|');) out.push_back(trim(cell));
  return out;
}

}  // namespace

// docs/entity-matching.md §6 quotes real results; this keeps them true.
TEST_CASE("entity matching doc: the examples table is what the matcher returns", "[entity][docs]") {
  std::ifstream in(std::string(CHAINRISK_SOURCE_DIR) + "/docs/entity-matching.md");
  REQUIRE(in);
  std::stringstream ss;
  ss << in.rdbuf();
  std::string doc = ss.str();
  auto begin = doc.find("<!-- entity-examples:begin -->");
  auto end = doc.find("<!-- entity-examples:end -->");
  REQUIRE(begin != std::string::npos);
  REQUIRE(end != std::string::npos);
  std::stringstream table(doc.substr(begin, end - begin));
  const auto& g = test::default_graph();
  entity::EntityMatcher matcher(g);
  int rows = 0;
  for (std::string line; std::getline(table, line);) {
    if (line.rfind("| `", 0) != 0) continue;
    auto c = cells(line);
    REQUIRE(c.size() == 4);
    std::string query = c[0].substr(1, c[0].size() - 2);
    INFO(query);
    auto m = matcher.match(query, 1);
    ++rows;
    if (c[3] == "none") {
      CHECK(m.empty());
      continue;
    }
    REQUIRE(m.size() == 1);
    std::string shown = g.entities[m[0].entity].id + " " + m[0].matched + (m[0].alias ? " (alias)" : "");
    CHECK(c[1] == shown);
    char score[16];
    std::snprintf(score, sizeof score, "%.2f", std::floor(m[0].score * 100) / 100);
    CHECK(c[2] == score);
    CHECK(c[3] == to_string(m[0].kind));
  }
  CHECK(rows >= 10);
}
