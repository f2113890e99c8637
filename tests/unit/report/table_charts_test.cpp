#include <catch2/catch.hpp>

#include <sstream>

#include "chainrisk/report/writers.hpp"

using namespace chainrisk;
using score::Level;

namespace {

score::Report report_of(std::initializer_list<std::pair<const char*, Level>> lines) {
  score::Report r;
  r.summary.files = 1;
  std::size_t n = 2;
  for (const auto& [origin, level] : lines) {
    score::LineReport l;
    l.file = "bom.csv";
    l.line = n++;
    if (*origin) l.origin = origin;
    l.level = level;
    r.lines.push_back(l);
    ++r.summary.counts[static_cast<std::size_t>(level)];
  }
  return r;
}

std::string table(const score::Report& r, bool terminal) {
  report::WriteOptions o;
  o.terminal = terminal;
  o.width = 80;
  std::ostringstream out;
  report::render(r, *report::find_writer("table"), o, out);
  return out.str();
}

}  // namespace

TEST_CASE("table charts: on a terminal the table ends with bars by level and by origin", "[report][table]") {
  auto r = report_of({{"CN", Level::critical}, {"CN", Level::medium}, {"DE", Level::high}, {"", Level::none}});
  std::string text = table(r, true);
  CHECK_THAT(text, Catch::Contains("lines by level\n  critical         1  "));
  CHECK_THAT(text, Catch::Contains("  low              0  \n"));
  CHECK_THAT(text, Catch::Contains("lines by origin (3 of 3 countries, most severe first)\n"));
  // Most severe first: CN (a critical line), then DE (high), then the unknown origin.
  auto cn = text.find("  CN               2  "), de = text.find("  DE               1  "),
       unknown = text.find("  unknown          1  ");
  REQUIRE(cn != std::string::npos);
  REQUIRE(de != std::string::npos);
  REQUIRE(unknown != std::string::npos);
  CHECK(cn < de);
  CHECK(de < unknown);
  // CN's bar: full blocks for its critical line, medium shade for its medium one.
  std::string cn_bar = text.substr(cn, text.find('\n', cn) - cn);
  CHECK_THAT(cn_bar, Catch::Contains("\u2588"));
  CHECK_THAT(cn_bar, Catch::Contains("\u2592"));
}

TEST_CASE("table charts: none when stdout is not a terminal", "[report][table]") {
  auto r = report_of({{"CN", Level::critical}});
  CHECK_THAT(table(r, false), !Catch::Contains("lines by level"));
}
