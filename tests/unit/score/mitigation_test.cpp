#include <catch2/catch.hpp>

#include "chainrisk/score/scorer.hpp"
#include "graph_fixture.hpp"

using namespace chainrisk;

namespace {

// The fixture graph plus a scheme covering metal.
model::Graph graph_with_scheme() {
  model::Graph g = test::fixture_graph();
  model::Certification c;
  c.id = "metal-mark";
  c.name = "The Metal Mark";
  c.aliases = {"Metal Mark", "MM certified"};
  c.kind = "site-assurance";
  c.commodities = {*g.commodity_by_id("metal")};
  c.labor = model::kChild;
  c.source = "test";
  g.certifications.push_back(c);
  return g;
}

}  // namespace

TEST_CASE("mitigation: a recognised certification halves non-forcing weights", "[score][mitigation]") {
  model::Graph g = graph_with_scheme();
  score::Policy policy;
  resolve::ResolvedLine r;
  r.commodity = resolve::CommodityMatch{*g.commodity_by_id("metal"), resolve::CommodityVia::material, "metal"};
  r.origin = g.country_by_code("AA");  // child-labor finding 0.6, Watch List 0.3
  r.certifications = {0};
  score::LineReport l;
  score::Scorer(g, policy).score_line(r, l);
  REQUIRE(l.signals().size() == 3);
  CHECK(l.signals()[0].kind == "finding");
  CHECK(l.signals()[0].weight == Approx(0.3));
  CHECK(l.signals()[0].weight_before_mitigation == Approx(0.6));
  CHECK(l.signals()[1].kind == "tier");
  CHECK(l.signals()[1].weight == Approx(0.15));
  CHECK(l.signals()[2].kind == "mitigation");
  CHECK(l.signals()[2].weight == 0.0);
  CHECK(l.signals()[2].message == "Certified: The Metal Mark (site-assurance) covers Metal; 2 non-forcing weights × 0.50");
  CHECK(l.score == Approx(100 * (1 - 0.7 * 0.85)));

  SECTION("a forcing presumption stands") {
    r.region = g.region_by_code("AA-PR");
    score::LineReport forced;
    score::Scorer(g, policy).score_line(r, forced);
    CHECK(forced.signals()[0].kind == "region");
    CHECK(forced.signals()[0].weight == 1.0);
    CHECK(forced.level == score::Level::critical);
  }
}

TEST_CASE("mitigation: the resolver names schemes by alias and checks coverage", "[score][mitigation]") {
  model::Graph g = graph_with_scheme();
  resolve::Resolver resolver(g);
  CHECK(resolver.certification("mm CERTIFIED") == 0u);
  CHECK(resolver.certification("metal-mark") == 0u);
  CHECK_FALSE(resolver.certification("Metal"));

  io::BomFile bom;
  bom.name = "bom.csv";
  io::BomLine line;
  line.line = 2;
  line.cell(io::Field::material).value = "metal";
  line.cell(io::Field::certifications) = {"Metal Mark; Acme audit", {2, 30}};
  bom.lines.push_back(line);
  line.line = 3;
  line.cell(io::Field::material).value = "gem";
  line.cell(io::Field::certifications) = {"MM certified", {3, 20}};
  bom.lines.push_back(line);
  Diagnostics diag;
  auto resolved = resolve::resolve_bom(resolver, bom, diag);
  CHECK(resolved[0].certifications == std::vector<std::uint32_t>{0});
  CHECK(resolved[1].certifications.empty());
  REQUIRE(diag.items().size() == 2);
  CHECK(diag.items()[0].message == "certification 'Acme audit' is not a scheme chainrisk knows; it lowers nothing (see 'chainrisk data info')");
  CHECK(diag.items()[1].message == "certification 'MM certified' (The Metal Mark) does not cover gem; it lowers nothing");
}
