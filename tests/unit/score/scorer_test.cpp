#include <catch2/catch.hpp>

#include "chainrisk/score/scan.hpp"
#include "chainrisk/score/scorer.hpp"
#include "graph_fixture.hpp"
#include "test_support.hpp"

using namespace chainrisk;
using score::Level;

namespace {

struct Fixture {
  model::Graph g = test::fixture_graph();
  score::Policy policy;

  resolve::ResolvedLine line(const char* commodity, const char* origin, const char* region = nullptr) {
    resolve::ResolvedLine r;
    if (commodity) r.commodity = resolve::CommodityMatch{*g.commodity_by_id(commodity), resolve::CommodityVia::material, commodity};
    if (origin) r.origin = g.country_by_code(origin);
    if (region) r.region = g.region_by_code(region);
    return r;
  }

  score::LineReport score(const resolve::ResolvedLine& r) {
    score::LineReport out;
    score::Scorer(g, policy).score_line(r, out);
    return out;
  }
};

const score::Signal* find_kind(const score::LineReport& l, const std::string& kind) {
  for (const auto& s : l.signals()) {
    if (s.kind == kind) return &s;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("score: combine multiplies the complements of the weights", "[score]") {
  std::vector<score::Signal> signals(2);
  signals[0].weight = 0.6;
  signals[1].weight = 0.3;
  CHECK(score::combine(signals) == Approx(72.0));
  CHECK(score::combine({}) == 0.0);
  signals.push_back(score::Signal{});
  signals.back().weight = 1.0;
  CHECK(score::combine(signals) == 100.0);
}

TEST_CASE("score: the methodology's worked levels hold with the default policy", "[score]") {
  score::Policy p;
  CHECK(p.level_for(70) == Level::high);    // forced-labor finding alone
  CHECK(p.level_for(72) == Level::high);    // child labor in a Watch List country
  CHECK(p.level_for(50) == Level::medium);  // Tier 3 alone
  CHECK(p.level_for(15) == Level::low);     // Tier 2 alone
  CHECK(p.level_for(0) == Level::none);
  CHECK(p.level_for(90) == Level::critical);
  CHECK(p.level_for(89.999) == Level::high);
  CHECK(p.level_for(60) == Level::high);
  CHECK(p.level_for(30) == Level::medium);
}

TEST_CASE("score: child-labor finding in a Tier 2 Watch List country scores 72, high", "[score]") {
  Fixture f;
  auto l = f.score(f.line("metal", "AA"));
  CHECK(l.score == Approx(72.0));
  CHECK(l.level == Level::high);
  REQUIRE(l.signals().size() == 2);
  const auto* finding = find_kind(l, "finding");
  REQUIRE(finding);
  CHECK(finding->weight == 0.6);
  CHECK(finding->labor == model::kChild);
  CHECK(finding->severity == Level::high);
  CHECK(finding->path == std::vector<std::string>{"metal"});
  CHECK(finding->sources == std::vector<std::string>{"test-findings:2024"});
  CHECK(finding->message == "The DOL 2024 List of Goods lists Metal from AA for child labor");
  const auto* tier = find_kind(l, "tier");
  REQUIRE(tier);
  CHECK(tier->weight == 0.3);
  CHECK(tier->severity == Level::medium);
  CHECK(tier->sources == std::vector<std::string>{"test-tiers:2025"});  // the latest year wins
  CHECK(tier->message == "AA is on the Tier 2 Watch List of the 2025 TIP report");
}

TEST_CASE("score: forced labor weighs 0.7 and Tier 3 0.5", "[score]") {
  Fixture f;
  auto l = f.score(f.line("metal", "BB"));
  CHECK(l.score == Approx(85.0));  // 100 × (1 − 0.3 × 0.5)
  CHECK(l.level == Level::high);
  CHECK(find_kind(l, "finding")->weight == 0.7);
  CHECK(find_kind(l, "tier")->weight == 0.5);
}

TEST_CASE("score: a finding on an earlier form counts, with its path", "[score]") {
  Fixture f;
  auto l = f.score(f.line("metal", "CC"));
  const auto* finding = find_kind(l, "finding");
  REQUIRE(finding);
  CHECK(finding->commodity == "ore");
  CHECK(finding->path == std::vector<std::string>{"metal", "ore"});
  CHECK(finding->message == "The DOL 2024 List of Goods lists Ore from CC for child labor (ore is a form of metal)");
  CHECK(l.score == Approx(66.0));  // 0.6 child, 0.15 Tier 2
}

TEST_CASE("score: an input is not a form, so wire does not inherit metal's finding here", "[score]") {
  Fixture f;
  auto l = f.score(f.line("wire", "AA"));
  CHECK(find_kind(l, "finding") == nullptr);
  CHECK(l.score == Approx(30.0));
  CHECK(l.level == Level::medium);
}

TEST_CASE("score: removed findings do not score", "[score]") {
  Fixture f;
  auto l = f.score(f.line("gem", "DD"));
  CHECK(l.signals().empty());  // Tier 1 weighs 0 and adds no signal
  CHECK(l.score == 0.0);
  CHECK(l.level == Level::none);
}

TEST_CASE("score: a presumption region forces critical", "[score]") {
  Fixture f;
  auto l = f.score(f.line("gem", "AA", "AA-PR"));
  const auto* region = find_kind(l, "region");
  REQUIRE(region);
  CHECK(region->forcing);
  CHECK(region->severity == Level::critical);
  CHECK(region->weight == 1.0);
  CHECK(region->region == "AA-PR");
  CHECK(region->labor == model::kForced);
  CHECK(l.level == Level::critical);
  CHECK(l.score == 100.0);
}

TEST_CASE("score: forcing holds even when the policy lowers the region weight", "[score]") {
  Fixture f;
  f.policy.region_presumption = 0.2;
  auto l = f.score(f.line("gem", "EE", "AA-PR"));
  CHECK(l.score == Approx(20.0));
  CHECK(l.level == Level::critical);
}

TEST_CASE("score: unresolved lines are never clean", "[score]") {
  Fixture f;
  auto r = f.line(nullptr, "EE");
  r.unresolved.push_back({io::Field::material, "unobtainium", "unknown commodity 'unobtainium'"});
  auto l = f.score(r);
  CHECK(l.unresolved);
  CHECK(l.score == 0.0);
  CHECK(l.level == Level::low);
  REQUIRE(l.signals().size() == 1);
  CHECK(l.signals()[0].kind == "unresolved");
  CHECK(l.signals()[0].weight == 0.0);
  CHECK(l.signals()[0].message == "unknown commodity 'unobtainium'");
}

TEST_CASE("score: no origin means no finding or tier, but the traceability gap", "[score]") {
  Fixture f;
  auto l = f.score(f.line("metal", nullptr));
  // The fixture has no production shares: only the gap remains, since metal has findings.
  REQUIRE(l.signals().size() == 1);
  CHECK(l.signals()[0].kind == "origin-unknown");
  CHECK(l.signals()[0].weight == Approx(0.2));
  CHECK(l.score == Approx(20.0));
  CHECK(l.level == Level::low);
  // A commodity without any finding anywhere has no gap.
  CHECK(f.score(f.line("wire", nullptr)).signals().empty());
}

TEST_CASE("score: policy weights change scores", "[score]") {
  Fixture f;
  f.policy.finding_child = 0.9;
  f.policy.tier2_watch_list = 0.0;
  auto l = f.score(f.line("metal", "AA"));
  CHECK(l.score == Approx(90.0));
  CHECK(l.level == Level::critical);
  CHECK(find_kind(l, "tier") == nullptr);  // a zero weight adds no signal
}

namespace {

io::BomLine bom_line(std::size_t n, std::string id, std::string parent, std::string spend, std::string material,
                     std::string origin) {
  io::BomLine l;
  l.line = n;
  l.cell(io::Field::material).value = std::move(material);
  l.cell(io::Field::origin).value = std::move(origin);
  l.cell(io::Field::id).value = std::move(id);
  l.cell(io::Field::parent).value = std::move(parent);
  l.cell(io::Field::spend).value = std::move(spend);
  return l;
}

}  // namespace

TEST_CASE("score: report rolls levels up to assemblies and totals the summary", "[score]") {
  Fixture f;
  io::BomFile bom;
  bom.name = "bom.csv";
  bom.lines = {bom_line(2, "ASM", "", "", "gem", "EE"), bom_line(3, "SUB", "ASM", "1,000", "gem", "EE"),
               bom_line(4, "PART", "SUB", "$3000", "metal", "BB")};
  bom.rows_read = 4;
  bom.rows_rejected = 1;
  Diagnostics diag;
  auto rep = score::scan_boms(f.g, f.policy, {bom}, "9.9.9", diag);
  CHECK(test::joined(diag).empty());
  REQUIRE(rep.lines.size() == 3);
  CHECK(rep.lines[2].level == Level::high);
  CHECK(rep.lines[1].level == Level::high);
  CHECK(rep.lines[1].level_from_child == "PART");
  CHECK(rep.lines[0].level == Level::high);
  CHECK(rep.lines[0].level_from_child == "SUB");
  CHECK(rep.lines[0].score == 0.0);  // the roll-up raises the level, not the score
  CHECK(rep.summary.files == 1);
  CHECK(rep.summary.lines == 4);
  CHECK(rep.summary.scored == 3);
  CHECK(rep.summary.errors == 1);
  CHECK(rep.summary.counts[static_cast<std::size_t>(Level::high)] == 3);
  CHECK(rep.summary.level == Level::high);
  CHECK(rep.summary.score == Approx(85.0));
  REQUIRE(rep.summary.exposure);
  CHECK(*rep.summary.exposure == Approx((1000 * 0.0 + 3000 * 85.0) / 4000));
  CHECK(rep.tool_version == "9.9.9");
  CHECK(score::fails_at(rep, Level::high));
  CHECK_FALSE(score::fails_at(rep, Level::critical));
}

TEST_CASE("score: parent cycles do not hang the roll-up", "[score]") {
  Fixture f;
  io::BomFile bom;
  bom.name = "bom.csv";
  bom.lines = {bom_line(2, "A", "B", "", "metal", "BB"), bom_line(3, "B", "A", "", "gem", "EE"),
               bom_line(4, "C", "C", "", "gem", "EE")};
  bom.rows_read = 3;
  Diagnostics diag;
  auto rep = score::scan_boms(f.g, f.policy, {bom}, "1", diag);
  // The cycle is cut at its first line (A becomes top-level), so B rolls up into A.
  CHECK(rep.lines[0].level == Level::high);
  CHECK(rep.lines[1].level == Level::none);
  CHECK(rep.lines[2].level == Level::none);
  REQUIRE(diag.items().size() == 2);
  CHECK(diag.items()[0].message == "line 'C' names itself as parent; it is scored as top-level");
  CHECK(diag.items()[1].message == "parent cycle A (line 2) → B (line 3) → A; line 2 is scored as top-level");
}

TEST_CASE("score: lines whose signals are equal share one stored evidence", "[score]") {
  Fixture f;
  score::Scorer scorer(f.g, f.policy);
  // Two assemblies of gem from AA: their children declare ore from CC on different lines.
  // Ore is no input of gem, so the declarations change nothing: one evidence for both.
  auto gem = f.line("gem", "AA");
  auto ore = *f.g.commodity_by_id("ore");
  auto cc = *f.g.country_by_code("CC");
  std::vector<score::DeclaredOrigin> on_line_5{{ore, cc, false, 5}}, on_line_9{{ore, cc, false, 9}};
  const auto& a = scorer.scored(scorer.slot(gem, on_line_5));
  const auto& b = scorer.scored(scorer.slot(gem, on_line_9));
  CHECK(a.evidence.get() == b.evidence.get());
  // Equal content, not equal keys, decides: metal from AA and from BB differ.
  const auto& aa = scorer.scored(scorer.slot(f.line("metal", "AA")));
  const auto& bb = scorer.scored(scorer.slot(f.line("metal", "BB")));
  CHECK(aa.evidence.get() != bb.evidence.get());
  CHECK(aa.evidence->copy() != bb.evidence->copy());
  // Signals equal across lists are one object: metal's finding and tier in AA are shared
  // with a wire line from AA only if equal; the tier signal of AA is.
  const auto& wire_aa = scorer.scored(scorer.slot(f.line("wire", "AA")));
  auto tier_of = [](const score::SignalList& l) -> const score::Signal* {
    for (const auto& p : l.pointers()) {
      if (p->kind == "tier") return p.get();
    }
    return nullptr;
  };
  REQUIRE(tier_of(*aa.evidence) != nullptr);
  CHECK(tier_of(*aa.evidence) == tier_of(*wire_aa.evidence));
  // A wire assembly with metal declared from BB cites that line: its own evidence.
  auto wire = f.line("wire", "AA");
  auto metal = *f.g.commodity_by_id("metal");
  auto bb_id = *f.g.country_by_code("BB");
  const auto& w5 = scorer.scored(scorer.slot(wire, {{metal, bb_id, false, 5}}));
  const auto& w9 = scorer.scored(scorer.slot(wire, {{metal, bb_id, false, 9}}));
  CHECK(w5.evidence.get() != w9.evidence.get());
  CHECK(w5.score == w9.score);
}
