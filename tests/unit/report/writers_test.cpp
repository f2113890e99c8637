#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <sstream>

#include "chainrisk/report/escape.hpp"
#include "chainrisk/report/writers.hpp"
#include "report/json_lines.hpp"

using namespace chainrisk;
using score::Level;

namespace {

score::Report sample_report() {
  score::Report rep;
  rep.tool_version = "1.2.3";
  rep.datasets.push_back({"dol-tvpra-goods", "2024", "2024-09-05", "US DOL", "List of Goods", "https://dol", "PD"});
  score::LineReport a;
  a.file = "bom.csv";
  a.line = 2;
  a.id = "P-1";
  a.description = "Cobalt hydroxide \x1b[31mred\x1b[0m";
  a.material = "cobalt hydroxide";
  a.commodity = "cobalt";
  a.origin = "CD";
  a.supplier = "Example Mining SARL";
  a.score = 72.00000001;
  a.level = Level::high;
  score::Signal s;
  s.kind = "finding";
  s.severity = Level::high;
  s.labor = 1;
  s.commodity = "cobalt";
  s.country = "CD";
  s.weight = 0.6;
  s.path = {"cobalt"};
  s.sources = {"dol-tvpra-goods:2024"};
  s.message = "cobalt from CD";
  a.evidence = score::make_evidence(std::vector<score::Signal>{s});
  a.extra = {{"plant", "Kolwezi"}};
  score::LineReport b;
  b.file = "bom.csv";
  b.line = 3;
  b.description = "Steel bracket";
  b.commodity = "steel";
  b.origin = "DE";
  rep.lines = {a, b};
  rep.summary.files = 1;
  rep.summary.lines = 2;
  rep.summary.scored = 2;
  rep.summary.level = Level::high;
  rep.summary.score = 72;
  rep.summary.counts = {1, 0, 0, 1, 0};
  return rep;
}

std::string render(std::string_view format, const score::Report& rep, report::WriteOptions o = {}) {
  std::ostringstream out;
  report::render(rep, *report::find_writer(format), o, out);
  return out.str();
}

}  // namespace

TEST_CASE("report: JSON has the fields of cli.md", "[report][json]") {
  auto j = nlohmann::json::parse(render("json", sample_report()));
  CHECK(j["schema"] == "chainrisk.report/v1");
  CHECK(j["tool"] == nlohmann::json({{"name", "chainrisk"}, {"version", "1.2.3"}}));
  CHECK(j["datasets"][0]["id"] == "dol-tvpra-goods");
  CHECK(j["summary"]["counts"] == nlohmann::json({{"none", 1}, {"low", 0}, {"medium", 0}, {"high", 1}, {"critical", 0}}));
  const auto& l = j["lines"][0];
  for (const char* key : {"file", "line", "id", "description", "material", "commodity", "origin", "region",
                          "supplier", "supplier_country", "score", "level", "suppressed", "signals"}) {
    CHECK(l.contains(key));
  }
  CHECK(l["score"] == 72.0);
  CHECK(l["region"].is_null());
  CHECK(l["supplier_country"].is_null());
  CHECK(l["extra"]["plant"] == "Kolwezi");
  const auto& s = l["signals"][0];
  CHECK(s["labor"] == nlohmann::json::array({"child"}));
  CHECK(s["path"] == nlohmann::json::array({"cobalt"}));
  CHECK(s["sources"] == nlohmann::json::array({"dol-tvpra-goods:2024"}));
  CHECK(j["lines"][1]["id"].is_null());
}

TEST_CASE("report: JSON lines written as text equal the line objects, for any text", "[report][json]") {
  auto rep = sample_report();
  auto& l = rep.lines[1];
  l.id = "quote \" backslash \\ tab \t nl \n cr \r bell \x07 del \x7f";
  l.description = "Côte d'Ivoire 新疆 \xF0\x9F\x98\x80";
  l.certifications = {"Copper Mark", "RMAP; conformant"};
  l.extra = {{"plant", "A"}, {"note", ""}, {"plant", "B"}};
  l.spend = 1234.5;
  l.level_from_child = "P-9";
  std::ostringstream out;
  report::render(rep, *report::find_writer("json"), {}, out);
  auto parsed = nlohmann::ordered_json::parse(out.str());
  REQUIRE(parsed["lines"].size() == 2);
  CHECK(parsed["lines"][0] == report::line_json(rep.lines[0]));
  CHECK(parsed["lines"][1] == report::line_json(rep.lines[1]));
  // And laid out as the DOM prints it compactly, one line object per text line.
  std::string nested = "\n    " + report::line_json(rep.lines[1]).dump() + "\n";
  CHECK(out.str().find(nested) != std::string::npos);
}

TEST_CASE("report: JSON line text matches dump() for numbers and invalid UTF-8", "[report][json]") {
  auto rep = sample_report();
  auto& l = rep.lines[1];
  l.description = "bad \xC3\x28 byte";  // readers reject it; the writer still must not throw
  for (double spend : {0.1 + 0.2, 1e20, 1e-7, 1268.01, 15.0, -0.0, 123456789012345.67}) {
    l.spend = spend;
    std::ostringstream out;
    report::render(rep, *report::find_writer("json"), {}, out);
    std::string line = report::line_json(l).dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
    CHECK(out.str().find("\n    " + line + "\n") != std::string::npos);
  }
}

TEST_CASE("report: --min-level hides lines but not the summary", "[report][json]") {
  report::WriteOptions o;
  o.min_level = Level::medium;
  auto j = nlohmann::json::parse(render("json", sample_report(), o));
  CHECK(j["lines"].size() == 1);
  CHECK(j["summary"]["lines"] == 2);
  auto table = render("table", sample_report(), o);
  CHECK_THAT(table, Catch::Contains("(1 lines below medium hidden)"));
  CHECK_THAT(table, !Catch::Contains("Steel bracket"));
}

TEST_CASE("report: table escapes terminal control sequences from input", "[report][table]") {
  auto table = render("table", sample_report());
  CHECK(table.find('\x1b') == std::string::npos);
  CHECK_THAT(table, Catch::Contains("Cobalt hydroxide ?[31mred?[0m"));
}

TEST_CASE("report: table colors only when asked", "[report][table]") {
  report::WriteOptions o;
  o.color = true;
  CHECK_THAT(render("table", sample_report(), o), Catch::Contains("\x1b[31mhigh\x1b[0m"));
}

TEST_CASE("report: table fits the terminal width", "[report][table]") {
  report::WriteOptions o;
  o.width = 60;
  std::istringstream lines(render("table", sample_report(), o));
  std::size_t rows = 0;
  for (std::string line; std::getline(lines, line);) {
    bool table_row = line.rfind("LINE", 0) == 0 || line.rfind("2     ", 0) == 0 || line.rfind("    ", 0) == 0;
    if (table_row) {
      CHECK(report::display_width(line) <= 60);
      ++rows;
    }
  }
  CHECK(rows >= 3);
  CHECK_THAT(render("table", sample_report(), o), !Catch::Contains("SUPPLIER"));
}

TEST_CASE("report: table ends with the summary and the sources cited", "[report][table]") {
  auto table = render("table", sample_report());
  CHECK_THAT(table, Catch::Contains("2 lines in 1 file: 0 critical, 1 high, 0 medium, 0 low, 1 none; 0 unresolved, 0 suppressed, 0 errors\n"
                                    "highest score 72.0, level high\n"));
  CHECK_THAT(table, Catch::Contains("Sources:\n  dol-tvpra-goods List of Goods, US DOL (2024-09-05, https://dol)\n"));
}

TEST_CASE("report: the registry lists every format", "[report]") {
  CHECK(report::writer_names().rfind("table, json", 0) == 0);  // table first: the default
  for (const auto& w : report::writers()) CHECK(report::find_writer(w.name) == &w);
  CHECK(report::find_writer("yaml") == nullptr);
}

TEST_CASE("report: terminal_safe and truncation", "[report]") {
  CHECK(report::terminal_safe("a\tb\nc\x07") == "a b c?");
  CHECK(report::terminal_safe("ok \xff") == "ok \xEF\xBF\xBD");
  CHECK(report::display_width("mm²") == 3);
  CHECK(report::truncate_to_width("abcdef", 4) == "abc\u2026");
  CHECK(report::truncate_to_width("abc", 4) == "abc");
  CHECK(report::truncate_to_width("Côte d'Ivoire", 5) == "Côte\u2026");
}
