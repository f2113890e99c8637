#include <catch2/catch.hpp>

#include "chainrisk/diagnostics.hpp"

using namespace chainrisk;

namespace {

// GCC 12 warns (-Wrestrict, a false positive) on "literal" + std::to_string(n) here.
std::string message(const char* prefix, std::size_t n) {
  std::string s = prefix;
  s += std::to_string(n);
  return s;
}

// The messages kept, in their order.
std::vector<std::string> messages(const Diagnostics& d) {
  std::vector<std::string> out;
  for (const auto& i : d.items()) out.push_back(i.message);
  return out;
}

}  // namespace

TEST_CASE("diagnostics: sorted by file in first-reported order, then line and column", "[diagnostics]") {
  Diagnostics d;
  d.warning("b.csv", {4, 1}, "b4");
  d.error("a.csv", {9, 2}, "a9");
  d.warning("b.csv", {2, 1}, "b2");
  d.warning("a.csv", {9, 1}, "a9.1");
  d.sort_by_position();
  CHECK(messages(d) == std::vector<std::string>{"b2", "b4", "a9.1", "a9"});
}

TEST_CASE("diagnostics: keep_first keeps the first problems in reading order and counts all", "[diagnostics]") {
  Diagnostics d;
  d.keep_first(3);
  // Reported in passes (as a scan does): late lines first, then early ones.
  for (std::size_t line = 1000; line > 0; --line) d.warning("a.csv", {line, 1}, message("w", line));
  d.error("a.csv", {500, 1}, "bad row");
  d.error("b.csv", {7, 3}, "b.csv cannot be read");
  d.error("b.csv", {8, 1}, "a second error of b.csv");
  d.sort_by_position();
  auto kept = messages(d);
  // The first three of a.csv, then a.csv's first error and b.csv's (why a file failed is
  // never dropped); the rest is counted.
  CHECK(kept == std::vector<std::string>{"w1", "w2", "w3", "bad row", "b.csv cannot be read"});
  CHECK(d.errors() == 3);
  CHECK(d.warnings() == 1000);
  CHECK(d.dropped() == 1003 - kept.size());
}

TEST_CASE("diagnostics: memory stays bounded under keep_first", "[diagnostics]") {
  Diagnostics d;
  d.keep_first(10);
  for (std::size_t i = 0; i < 100000; ++i) d.error("x.csv", {i + 1, 1}, message("row ", i));
  CHECK(d.items().size() <= 15);  // pruned whenever it passes one and a half times the cap
  CHECK(d.errors() == 100000);
  d.sort_by_position();
  CHECK(d.items().front().message == "row 0");
}

TEST_CASE("diagnostics: merge adds the other list's problems and counts what it dropped", "[diagnostics]") {
  Diagnostics main, part;
  main.keep_first(2);
  part.keep_first(2);
  main.warning("a.csv", {1, 1}, "first");
  for (std::size_t i = 10; i < 20; ++i) part.error("a.csv", {i, 1}, message("e", i));
  main.merge(std::move(part));
  CHECK(main.errors() == 10);
  CHECK(main.warnings() == 1);
  main.keep_first(2);
  CHECK(main.items().size() == 2);
  CHECK(main.dropped() == 9);
  CHECK(main.items()[1].message == "e10");
}
