#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <sstream>
#include <string>
#include <vector>

#include "chainrisk/batch/batch.hpp"

using namespace chainrisk;
using batch::BomEntry;
using batch::Status;
using score::Level;

namespace {

BomEntry screened(std::string input, Level level, double score, std::size_t lines) {
  BomEntry e;
  e.input = std::move(input);
  e.stem = e.input;
  e.format = "csv";
  e.summary.level = level;
  e.summary.score = score;
  e.summary.lines = lines;
  e.summary.counts[static_cast<std::size_t>(level)] = lines;
  e.reports = {{"json", e.input + ".json"}};
  return e;
}

BomEntry failed(std::string input, std::string error) {
  BomEntry e;
  e.input = std::move(input);
  e.status = Status::failed;
  e.error = std::move(error);
  e.error_count = 1;
  return e;
}

std::vector<std::string> inputs(const std::vector<BomEntry>& entries) {
  std::vector<std::string> out;
  for (const auto& e : entries) out.push_back(e.input);
  return out;
}

batch::Index sample_index() {
  batch::Index index;
  index.tool_version = "0.1.0";
  index.formats = {"json"};
  index.fail_on = Level::high;
  index.entries = {screened("low.csv", Level::low, 20, 3), failed("broken.csv", "broken.csv:2:1: error: bad row"),
                   screened("crit.csv", Level::critical, 100, 5)};
  index.entries[2].fails = true;
  batch::rank_entries(index.entries);
  index.totals = batch::compute_totals(index.entries);
  return index;
}

}  // namespace

TEST_CASE("batch index: ranked by level, then score, then path; unread inputs last", "[batch][index]") {
  std::vector<BomEntry> entries = {
      screened("b.csv", Level::high, 60, 1),   failed("z-broken.csv", "x"),
      screened("z.csv", Level::critical, 100, 1), screened("a.csv", Level::high, 80, 1),
      failed("a-broken.csv", "y"),             screened("a2.csv", Level::high, 60, 1),
      screened("m.csv", Level::medium, 79, 1),
  };
  entries[6].status = Status::errors;  // read with row errors: ranked like the others
  batch::rank_entries(entries);
  CHECK(inputs(entries) == std::vector<std::string>{"z.csv", "a.csv", "a2.csv", "b.csv", "m.csv", "a-broken.csv",
                                                    "z-broken.csv"});
}

TEST_CASE("batch index: equal level and score rank more lines at the worst levels first", "[batch][index]") {
  auto few = screened("a.csv", Level::critical, 100, 1);
  auto many = screened("b.csv", Level::critical, 100, 3);
  auto more_high = screened("c.csv", Level::critical, 100, 1);
  more_high.summary.counts[static_cast<std::size_t>(Level::high)] = 5;
  std::vector<BomEntry> entries = {few, more_high, many};
  batch::rank_entries(entries);
  CHECK(inputs(entries) == std::vector<std::string>{"b.csv", "c.csv", "a.csv"});
}

TEST_CASE("batch index: totals count files, lines, levels and failures", "[batch][index]") {
  auto t = sample_index().totals;
  CHECK(t.files == 3);
  CHECK(t.screened == 2);
  CHECK(t.failed == 1);
  CHECK(t.lines == 8);
  CHECK(t.level == Level::critical);
  CHECK(t.score == 100);
  CHECK(t.counts[static_cast<std::size_t>(Level::critical)] == 5);
  CHECK(t.counts[static_cast<std::size_t>(Level::low)] == 3);
  CHECK(t.boms[static_cast<std::size_t>(Level::critical)] == 1);
  CHECK(t.boms[static_cast<std::size_t>(Level::low)] == 1);
  CHECK(t.failing == 1);
}

TEST_CASE("batch index: JSON lists every BOM in rank order with its reports", "[batch][index]") {
  std::ostringstream out;
  batch::write_index_json(sample_index(), out);
  auto j = nlohmann::json::parse(out.str());
  CHECK(j["schema"] == "chainrisk.batch-index/v1");
  CHECK(j["fail_on"] == "high");
  CHECK(j["totals"]["files"] == 3);
  CHECK(j["totals"]["failed"] == 1);
  CHECK(j["totals"]["counts"]["critical"] == 5);
  CHECK(j["totals"]["boms_by_level"]["low"] == 1);
  REQUIRE(j["boms"].size() == 3);
  CHECK(j["boms"][0]["input"] == "crit.csv");
  CHECK(j["boms"][0]["rank"] == 1);
  CHECK(j["boms"][0]["level"] == "critical");
  CHECK(j["boms"][0]["fails"] == true);
  CHECK(j["boms"][0]["reports"]["json"] == "crit.csv.json");
  CHECK(j["boms"][2]["input"] == "broken.csv");
  CHECK(j["boms"][2]["status"] == "failed");
  CHECK(j["boms"][2]["rank"].is_null());
  CHECK(j["boms"][2]["level"].is_null());
  CHECK(j["boms"][2]["error"] == "broken.csv:2:1: error: bad row");
  CHECK(j["boms"][2]["reports"].empty());
}

TEST_CASE("batch index: JSON survives paths that are not UTF-8", "[batch][index]") {
  batch::Index index;
  index.entries = {failed("bad\xff.csv", "bad\xff.csv: error: cannot open")};
  std::ostringstream out;
  batch::write_index_json(index, out);
  auto j = nlohmann::json::parse(out.str());
  CHECK(j["boms"][0]["input"] == "bad\xef\xbf\xbd.csv");
}

TEST_CASE("batch index: HTML escapes every value from the inputs", "[batch][index]") {
  batch::Index index = sample_index();
  index.entries.push_back(screened("<script>alert(\"x\")</script>&'.csv", Level::high, 50, 1));
  index.entries.back().reports = {{"html", "\"><script>x.html"}};
  index.entries.push_back(failed("<img src=x onerror=alert(1)>.csv", "<b>error</b>"));
  index.totals = batch::compute_totals(index.entries);
  std::ostringstream out;
  batch::write_index_html(index, out);
  auto html = out.str();
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("<img") == std::string::npos);
  CHECK(html.find("<b>") == std::string::npos);
  CHECK(html.find("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;.csv") != std::string::npos);
  CHECK(html.find("href=\"&quot;&gt;&lt;script&gt;x.html\"") != std::string::npos);
  CHECK(html.find("&lt;b&gt;error&lt;/b&gt;") != std::string::npos);
}

TEST_CASE("batch index: HTML is self-contained", "[batch][index]") {
  std::ostringstream out;
  batch::write_index_html(sample_index(), out);
  auto html = out.str();
  CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
  for (const char* external : {"<script", "<link", "src=", "@import", "url(", "http:", "https:"}) {
    INFO(external);
    CHECK(html.find(external) == std::string::npos);
  }
  CHECK(html.find("<a href=\"crit.csv.json\">crit.csv</a>") != std::string::npos);
  CHECK(html.find("Inputs not screened (1)") != std::string::npos);
}

TEST_CASE("batch index: HTML marks the BOMs that fail --fail-on, only when it is given", "[batch][index]") {
  std::ostringstream with;
  batch::write_index_html(sample_index(), with);
  CHECK(with.str().find("<th title=\"a line at or above high\">fails</th>") != std::string::npos);
  CHECK(with.str().find("<tr class=\"fails\"><td class=\"n\">1</td><td class=\"path\">") != std::string::npos);
  auto index = sample_index();
  index.fail_on.reset();
  for (auto& e : index.entries) e.fails = false;
  std::ostringstream without;
  batch::write_index_html(index, without);
  CHECK(without.str().find(">fails</th>") == std::string::npos);
  CHECK(without.str().find("<tr class=\"fails\">") == std::string::npos);
}
