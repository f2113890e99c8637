#include <catch2/catch.hpp>

#include "chainrisk/score/scorer.hpp"
#include "graph_fixture.hpp"

using namespace chainrisk;

namespace {

model::Graph graph_with_entity() {
  model::Graph g = test::fixture_graph();
  model::Entity e;
  e.id = "test-001";
  e.list = "uflpa";
  e.name = "Aland Metal Smelting Group Co., Ltd";
  e.country = g.country_by_code("AA");
  e.region = g.region_by_code("AA-PR");
  e.added = "2024-01-02";
  e.source = "test";
  g.entities.push_back(e);
  return g;
}

score::LineReport scan_supplier(const model::Graph& g, const score::Policy& policy, const std::string& supplier) {
  resolve::Resolver resolver(g);
  io::BomFile bom;
  bom.name = "bom.csv";
  io::BomLine line;
  line.line = 2;
  line.cell(io::Field::material).value = "gem";
  line.cell(io::Field::origin).value = "EE";
  line.cell(io::Field::supplier).value = supplier;
  bom.lines.push_back(line);
  Diagnostics diag;
  auto resolved = resolve::resolve_bom(resolver, bom, diag);
  score::LineReport out;
  score::Scorer(g, policy).score_line(resolved[0], out);
  return out;
}

}  // namespace

TEST_CASE("entity: a supplier on the list forces critical, a near miss is a possible match", "[score][entity]") {
  model::Graph g = graph_with_entity();
  score::Policy policy;

  auto exact = scan_supplier(g, policy, "ALAND METAL SMELTING GROUP CO LTD");
  REQUIRE(exact.signals().size() == 1);
  CHECK(exact.signals()[0].kind == "entity");
  CHECK(exact.signals()[0].forcing);
  CHECK(exact.signals()[0].weight == 1.0);
  CHECK(exact.signals()[0].entity_id == "test-001");
  CHECK(exact.signals()[0].region == "AA-PR");
  CHECK(exact.level == score::Level::critical);

  auto possible = scan_supplier(g, policy, "Aland Metal Smelting");
  REQUIRE(possible.signals().size() == 1);
  CHECK_FALSE(possible.signals()[0].forcing);
  CHECK(possible.signals()[0].weight == Approx(0.6));
  CHECK(possible.signals()[0].entity_score >= policy.entity_review_at);
  CHECK(possible.signals()[0].entity_score < policy.entity_exact_at);
  CHECK(possible.level == score::Level::high);

  // Shared generic words alone are no match.
  CHECK(scan_supplier(g, policy, "Metal Group Co., Ltd").signals().empty());
  CHECK(scan_supplier(g, policy, "-").signals().empty());

  SECTION("the policy's thresholds decide") {
    policy.entity_exact_at = 0.5;
    auto raised = scan_supplier(g, policy, "Aland Metal Smelting");
    REQUIRE(raised.signals().size() == 1);
    CHECK(raised.signals()[0].forcing);
  }
}
