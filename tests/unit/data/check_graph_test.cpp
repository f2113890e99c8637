#include <catch2/catch.hpp>

#include "chainrisk/data/check.hpp"
#include "graph_fixture.hpp"
#include "test_support.hpp"

using namespace chainrisk;

namespace {

model::TradeShare share(const model::Graph& g, const char* cc, double s, std::uint32_t record) {
  model::TradeShare t;
  t.commodity = *g.commodity_by_id("metal");
  t.flow = model::TradeFlow::production;
  t.country = *g.country_by_code(cc);
  t.year = 2023;
  t.share = s;
  t.dataset = 1;
  t.record = record;
  return t;
}

std::vector<std::string> messages(const model::Graph& g) {
  std::vector<std::string> out;
  for (const auto& p : data::check_graph(g)) out.push_back(data::format_problem(p));
  return out;
}

}  // namespace

TEST_CASE("data check: the embedded datasets pass every check", "[data][check]") {
  for (const auto& p : data::check_graph(test::default_graph())) {
    INFO(data::format_problem(p));
    CHECK(p.severity != Severity::error);
  }
}

TEST_CASE("data check: a clean fixture has no problems", "[data][check]") {
  CHECK(messages(test::fixture_graph()).empty());
}

TEST_CASE("data check: world shares above 1 are errors; rounding is tolerated", "[data][check]") {
  auto g = test::fixture_graph();
  g.datasets[1].file = "trade.json";
  g.datasets[1].location = "embedded";
  g.trade = {share(g, "AA", 0.6, 0), share(g, "BB", 0.403, 1)};
  CHECK(messages(g).empty());  // 1.003: within rounding
  g.trade.push_back(share(g, "CC", 0.2, 2));
  CHECK(messages(g) == std::vector<std::string>{
                           "data/trade.json: /records/2: error: production shares of the world for metal in 2023 "
                           "sum to 1.203; expected at most 1"});
}

TEST_CASE("data check: regional shares count against their country, not the world", "[data][check]") {
  auto g = test::fixture_graph();
  g.datasets[1].file = "shares.json";
  g.datasets[1].location = "/tmp/d";
  auto region = share(g, "AA", 0.9, 0);
  region.region = g.region_by_code("AA-PR");
  region.of_country = true;
  g.trade = {share(g, "AA", 0.7, 1), region};
  CHECK(messages(g).empty());
  auto second = region;
  second.record = 2;
  g.trade.push_back(second);
  CHECK(messages(g) == std::vector<std::string>{
                           "/tmp/d/shares.json: /records/2: error: production shares of AA's output by region for "
                           "metal in 2023 sum to 1.800; expected at most 1"});
}

TEST_CASE("data check: duplicate placements, ids and HS prefixes", "[data][check]") {
  auto g = test::fixture_graph();
  for (auto& d : g.datasets) {
    d.file = d.id + ".json";
    d.location = "embedded";
  }
  g.datasets[0].kind = "commodities";
  auto t = g.tiers.back();
  t.record = 9;
  g.tiers.push_back(t);
  g.findings.push_back(g.findings.front());
  g.findings.back().record = 7;
  g.commodities[*g.commodity_by_id("gem")].hs = {"74"};
  g.build_indexes();
  auto m = messages(g);
  REQUIRE(m.size() == 3);
  CHECK(m[0] == "data/test-tiers.json: /records/9: error: DD has a second placement for 2025");
  CHECK(m[1] == "data/test-findings.json: /records/7: error: duplicate finding id \"metal-AA\" (also in test-findings)");
  CHECK(m[2] == "data/test-geo.json: /records: error: HS prefix 74 belongs to both \"metal\" and \"gem\"");
}
