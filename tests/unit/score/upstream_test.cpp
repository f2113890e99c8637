#include <catch2/catch.hpp>

#include "chainrisk/score/scorer.hpp"
#include "graph_fixture.hpp"

using namespace chainrisk;
using score::Level;

namespace {

// The fixture graph plus production shares of metal (AA 50%, BB 30%, DD 20%) and the
// presumption region AA-PR's 40% of AA's metal.
model::Graph graph_with_shares() {
  model::Graph g = test::fixture_graph();
  model::DatasetInfo d;
  d.id = "test-trade";
  d.version = "2023";
  g.datasets.push_back(d);
  auto dataset = static_cast<model::DatasetId>(g.datasets.size() - 1);
  auto share = [&](const char* country, double s, std::optional<model::RegionId> region = std::nullopt) {
    model::TradeShare t;
    t.commodity = *g.commodity_by_id("metal");
    t.country = *g.country_by_code(country);
    t.region = region;
    t.of_country = region.has_value();
    t.year = 2023;
    t.share = s;
    t.dataset = dataset;
    g.trade.push_back(t);
  };
  share("AA", 0.5);
  share("BB", 0.3);
  share("DD", 0.2);
  share("AA", 0.4, g.region_by_code("AA-PR"));
  g.build_indexes();
  return g;
}

struct Fixture {
  model::Graph g = graph_with_shares();
  score::Policy policy;

  resolve::ResolvedLine line(const char* commodity, const char* origin) {
    resolve::ResolvedLine r;
    r.commodity = resolve::CommodityMatch{*g.commodity_by_id(commodity), resolve::CommodityVia::material, commodity};
    if (origin) r.origin = g.country_by_code(origin);
    return r;
  }

  score::LineReport score(const resolve::ResolvedLine& r, const std::vector<score::DeclaredOrigin>& declared = {}) {
    score::LineReport out;
    score::Scorer(g, policy).score_line(r, out, declared);
    return out;
  }
};

std::vector<const score::Signal*> of_kind(const score::LineReport& l, const std::string& kind) {
  std::vector<const score::Signal*> out;
  for (const auto& s : l.signals()) {
    if (s.kind == kind) out.push_back(&s);
  }
  return out;
}

}  // namespace

TEST_CASE("upstream: an input's findings weighted by origin share and decayed by depth", "[score][upstream]") {
  Fixture f;
  auto l = f.score(f.line("wire", "DD"));  // DD: Tier 1, no finding on wire
  auto up = of_kind(l, "upstream");
  REQUIRE(up.size() == 3);
  // Strongest first: metal/AA child 0.6 × 0.5 × 0.8, metal/BB forced 0.7 × 0.3 × 0.8, and
  // AA-PR's 40% of AA's half: 0.4 × 0.5 × 0.8.
  CHECK(up[0]->country == "AA");
  CHECK(up[0]->weight == Approx(0.24));
  CHECK(up[0]->path == std::vector<std::string>{"wire", "metal"});
  CHECK(up[0]->labor == model::kChild);
  CHECK(up[0]->expected);
  REQUIRE(up[0]->origins.size() == 1);
  CHECK(up[0]->origins[0].share == Approx(0.5));
  CHECK(up[0]->origins[0].basis == "share of world production 2023");
  CHECK(up[0]->origins[0].source == "test-trade:2023");
  CHECK(up[1]->country == "BB");
  CHECK(up[1]->weight == Approx(0.168));
  CHECK(up[2]->region == "AA-PR");
  CHECK(up[2]->weight == Approx(0.16));
  CHECK_FALSE(up[2]->forcing);
  CHECK(l.score == Approx(100 * (1 - (1 - 0.24) * (1 - 0.168) * (1 - 0.16))).epsilon(1e-6));
}

TEST_CASE("upstream: origins declared below the line win over world shares", "[score][upstream]") {
  Fixture f;
  // A child line says the metal comes from CC: ore/CC (a form of metal) has child labor.
  std::vector<score::DeclaredOrigin> declared{{*f.g.commodity_by_id("metal"), *f.g.country_by_code("CC"), false, 7}};
  auto l = f.score(f.line("wire", "DD"), declared);
  auto up = of_kind(l, "upstream");
  REQUIRE(up.size() == 1);
  CHECK(up[0]->country == "CC");
  CHECK(up[0]->commodity == "ore");
  CHECK(up[0]->path == std::vector<std::string>{"wire", "metal", "ore"});
  CHECK(up[0]->weight == Approx(0.6 * 1.0 * 0.8));
  CHECK(up[0]->origins[0].basis == "declared on BOM line 7");
}

TEST_CASE("upstream: a declared region suppresses the expected region share", "[score][upstream]") {
  Fixture f;
  std::vector<score::DeclaredOrigin> declared{{*f.g.commodity_by_id("metal"), *f.g.country_by_code("AA"), true, 3}};
  auto l = f.score(f.line("wire", "DD"), declared);
  auto up = of_kind(l, "upstream");
  REQUIRE(up.size() == 1);  // the child line carries its own region signal
  CHECK(up[0]->region.empty());
}

TEST_CASE("upstream: one scorer gives each line what a fresh scorer gives it", "[score][upstream]") {
  // The scorer keeps the upstream signals of lines without declared origins by commodity,
  // origin (else supplier country) and region named: lines that differ in any of these, or
  // that declare origins below them, must not get another line's signals.
  Fixture f;
  // BB imports all its metal from CC (ore there has child labor): wire made in BB, or
  // supplied from BB without an origin, has another upstream signal than wire from DD.
  model::TradeShare imports;
  imports.commodity = *f.g.commodity_by_id("metal");
  imports.flow = model::TradeFlow::import_;
  imports.country = *f.g.country_by_code("BB");
  imports.partner = f.g.country_by_code("CC");
  imports.year = 2023;
  imports.share = 1.0;
  imports.dataset = static_cast<model::DatasetId>(f.g.datasets.size() - 1);
  f.g.trade.push_back(imports);
  f.g.build_indexes();
  auto with = [&](const char* commodity, const char* origin, const char* supplier_country, const char* region) {
    auto r = f.line(commodity, origin);
    if (supplier_country) r.supplier_country = f.g.country_by_code(supplier_country);
    if (region) r.region = f.g.region_by_code(region);
    return r;
  };
  std::vector<resolve::ResolvedLine> lines = {
      with("wire", "DD", nullptr, nullptr),   with("wire", "AA", nullptr, nullptr),
      with("wire", nullptr, "BB", nullptr),   with("wire", nullptr, "CC", nullptr),
      with("wire", "DD", "BB", nullptr),      with("wire", "AA", nullptr, "AA-PR"),
      with("metal", "DD", nullptr, nullptr),  with("wire", nullptr, nullptr, nullptr),
      with("wire", "DD", nullptr, nullptr),
  };
  std::vector<score::DeclaredOrigin> declared{{*f.g.commodity_by_id("metal"), *f.g.country_by_code("CC"), false, 7}};
  score::Scorer shared(f.g, f.policy);
  auto upstream_of = [&](const resolve::ResolvedLine& r) {
    score::LineReport l;
    score::Scorer(f.g, f.policy).score_line(r, l);
    std::vector<score::Signal> up;
    for (const auto* s : of_kind(l, "upstream")) up.push_back(*s);
    return up;
  };
  REQUIRE(upstream_of(lines[2]) != upstream_of(lines[0]));  // the importer matters here
  REQUIRE(upstream_of(lines[2]) != upstream_of(lines[3]));
  for (int round = 0; round < 2; ++round) {
    for (std::size_t i = 0; i < lines.size(); ++i) {
      for (bool declares : {false, true}) {
        const auto& d = declares ? declared : std::vector<score::DeclaredOrigin>{};
        score::LineReport got, fresh;
        shared.score_line(lines[i], got, d);
        score::Scorer(f.g, f.policy).score_line(lines[i], fresh, d);
        CAPTURE(round, i, declares);
        CHECK(got.signals().copy() == fresh.signals().copy());
        CHECK(got.score == fresh.score);
      }
    }
  }
}

TEST_CASE("upstream: depth limit, minimum weight and cycles in the graph", "[score][upstream]") {
  Fixture f;
  SECTION("max_depth 0 walks nothing") {
    f.policy.upstream_max_depth = 0;
    CHECK(of_kind(f.score(f.line("wire", "DD")), "upstream").empty());
  }
  SECTION("signals under min_weight are left out") {
    f.policy.upstream_min_weight = 0.2;
    CHECK(of_kind(f.score(f.line("wire", "DD")), "upstream").size() == 1);
  }
  SECTION("a cycle wire → metal → wire ends") {
    f.g.relations.push_back({*f.g.commodity_by_id("metal"), *f.g.commodity_by_id("wire"), model::RelationKind::input,
                             std::nullopt, "test", "", 0});
    f.g.build_indexes();
    CHECK(of_kind(f.score(f.line("wire", "DD")), "upstream").size() == 3);
  }
}

TEST_CASE("origin-unknown: expected finding weight over likely origins plus the gap", "[score]") {
  Fixture f;
  auto l = f.score(f.line("metal", nullptr));
  auto ou = of_kind(l, "origin-unknown");
  REQUIRE(ou.size() == 1);
  // AA 0.5 × child 0.6 + BB 0.3 × forced 0.7 = 0.51, + 0.2 gap.
  CHECK(ou[0]->weight == Approx(0.71));
  CHECK(ou[0]->origins.size() == 2);
  CHECK(ou[0]->expected);
  CHECK(l.level == Level::high);
  f.policy.traceability_gap = 0;
  CHECK(of_kind(f.score(f.line("metal", nullptr)), "origin-unknown")[0]->weight == Approx(0.51));
}

TEST_CASE("region: an origin with a presumption region but no region given is an expected region", "[score]") {
  Fixture f;
  auto l = f.score(f.line("metal", "AA"));
  auto region = of_kind(l, "region");
  REQUIRE(region.size() == 1);
  CHECK(region[0]->expected);
  CHECK_FALSE(region[0]->forcing);
  CHECK(region[0]->region == "AA-PR");
  CHECK(region[0]->weight == Approx(0.4));
  CHECK(l.level != Level::critical);
  // Given the region, it is the forcing presumption instead.
  auto given = f.line("metal", "AA");
  given.region = f.g.region_by_code("AA-PR");
  auto given_report = f.score(given);
  auto forced = of_kind(given_report, "region");
  REQUIRE(forced.size() == 1);
  CHECK(forced[0]->forcing);
  CHECK_FALSE(forced[0]->expected);
}
