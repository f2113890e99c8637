#include <catch2/catch.hpp>

#include "chainrisk/model/graph.hpp"
#include "graph_fixture.hpp"

using namespace chainrisk::model;

TEST_CASE("model: tiers, relation kinds and flows parse from their dataset strings", "[model]") {
  for (auto t : {Tier::tier1, Tier::tier2, Tier::watch_list, Tier::tier3, Tier::special}) {
    CHECK(parse_tier(to_string(t)) == t);
  }
  CHECK_FALSE(parse_tier("Tier 1"));
  CHECK(tier_label(Tier::watch_list) == "Tier 2 Watch List");
  for (auto k : {RelationKind::form, RelationKind::input, RelationKind::byproduct}) {
    CHECK(parse_relation_kind(to_string(k)) == k);
  }
  for (auto f : {TradeFlow::production, TradeFlow::export_, TradeFlow::import_}) {
    CHECK(parse_trade_flow(to_string(f)) == f);
  }
}

TEST_CASE("model: indexes find findings, relations and the latest tier", "[model]") {
  auto g = chainrisk::test::fixture_graph();
  auto metal = *g.commodity_by_id("metal");
  auto aa = *g.country_by_code("AA");
  CHECK(g.findings_for(metal, aa).size() == 1);
  CHECK(g.findings_for(metal).size() == 2);
  CHECK(g.findings_for(*g.commodity_by_id("gem"), aa).empty());
  REQUIRE(g.relations_into(metal).size() == 1);
  CHECK(g.relations[g.relations_into(metal)[0]].kind == RelationKind::form);
  CHECK(g.relations_from(metal).size() == 1);
  REQUIRE(g.latest_tier(aa));
  CHECK(g.latest_tier(aa)->year == 2025);
  CHECK(g.latest_tier(aa)->tier == Tier::watch_list);
  CHECK(g.tier_history(aa).size() == 2);
  CHECK(g.latest_tier(*g.country_by_code("EE")) == nullptr);
  CHECK_FALSE(g.country_by_code("ZZ"));
}
