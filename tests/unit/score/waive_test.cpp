#include <catch2/catch.hpp>

#include "chainrisk/score/scan.hpp"
#include "chainrisk/score/scorer.hpp"
#include "chainrisk/score/waive.hpp"
#include "graph_fixture.hpp"
#include "test_support.hpp"

using namespace chainrisk;
using score::Level;

namespace {

constexpr waiver::Date kToday{2025, 6, 15};

waiver::WaiverSet waivers(std::string_view text) {
  Diagnostics diag;
  auto set = waiver::parse_waivers(text, "ignore.json", diag, kToday);
  INFO(test::joined(diag));
  CHECK(diag.errors() == 0);
  return set;
}

io::BomLine bom_line(std::size_t n, std::string id, std::string parent, std::string supplier = "") {
  io::BomLine l;
  l.line = n;
  l.cell(io::Field::id).value = std::move(id);
  l.cell(io::Field::parent).value = std::move(parent);
  l.cell(io::Field::supplier).value = std::move(supplier);
  return l;
}

// An assembly ASM (gem from EE: no risk) over PART (metal from BB: a forced-labor finding, high).
struct Bom {
  model::Graph g = test::fixture_graph();
  io::BomFile bom;
  std::vector<resolve::ResolvedLine> resolved;

  Bom() {
    bom.name = "bom.csv";
    bom.lines = {bom_line(2, "ASM", ""), bom_line(3, "PART", "ASM", "Acme Metals Ltd")};
    bom.rows_read = 2;
    resolved = {line("gem", "EE"), line("metal", "BB")};
    Diagnostics diag;
    resolve::link_parents(bom, resolved, diag);
  }
  resolve::ResolvedLine line(const char* commodity, const char* origin) {
    resolve::ResolvedLine r;
    r.commodity = resolve::CommodityMatch{*g.commodity_by_id(commodity), resolve::CommodityVia::material, commodity};
    r.origin = g.country_by_code(origin);
    return r;
  }
  score::Report report(const waiver::WaiverSet& w) {
    return score::build_report(g, score::Policy{}, {{&bom, &resolved}}, "1", w);
  }
};

}  // namespace

TEST_CASE("waive: line facts carry the line's values and signal kinds", "[score][waiver]") {
  Bom b;
  auto rep = b.report({});
  const auto& part = rep.lines[1];
  auto f = score::line_facts(part, true);
  CHECK(f.id == "PART");
  CHECK(f.supplier == "Acme Metals Ltd");
  CHECK(f.commodity == "metal");
  CHECK(f.origin == "BB");
  CHECK((f.kinds & waiver::kind_bit(waiver::SignalKind::finding)) != 0);
  CHECK((f.kinds & waiver::kind_bit(waiver::SignalKind::entity)) == 0);
  CHECK(score::line_facts(part, false).kinds == 0);
}

TEST_CASE("waive: without waivers nothing is suppressed and the child raises the assembly", "[score][waiver]") {
  Bom b;
  auto rep = b.report({});
  CHECK(rep.lines[1].level == Level::high);
  CHECK(rep.lines[0].level == Level::high);
  CHECK(rep.summary.suppressed == 0);
  CHECK(score::fails_at(rep, Level::high));
}

TEST_CASE("waive: a waived line is kept, marked, and counts for no gate", "[score][waiver]") {
  Bom b;
  auto w = waivers(R"([{"supplier": "ACME METALS LTD", "kind": "finding", "reason": "smelter audited 2025"}])");
  auto rep = b.report(w);
  REQUIRE(rep.lines.size() == 2);
  const auto& part = rep.lines[1];
  CHECK(part.suppressed);
  CHECK(part.suppressed_reason == "smelter audited 2025");
  CHECK(part.suppressed_by == "ignore.json:1");
  CHECK(part.level == Level::high);  // its own level is still shown
  CHECK_FALSE(rep.lines[0].suppressed);
  CHECK(rep.lines[0].level == Level::none);  // a waived child does not raise its assembly
  CHECK(rep.lines[0].level_from_child.empty());
  CHECK(rep.summary.suppressed == 1);
  CHECK(rep.summary.level == Level::none);
  CHECK(rep.files[0].level == Level::none);
  CHECK_FALSE(score::fails_at(rep, Level::low));
  CHECK(w.hits(0) == 1);
}

TEST_CASE("waive: a rule that does not match all criteria suppresses nothing", "[score][waiver]") {
  Bom b;
  auto w = waivers(R"([{"supplier": "Acme Metals Ltd", "country": "AA", "reason": "wrong origin"}])");
  auto rep = b.report(w);
  CHECK_FALSE(rep.lines[1].suppressed);
  CHECK(rep.lines[1].suppressed_reason.empty());
  CHECK(rep.summary.suppressed == 0);
  CHECK(score::fails_at(rep, Level::high));
  Diagnostics diag;
  w.report_unused(diag);
  CHECK(test::joined(diag) ==
        "ignore.json:1:2: warning: waiver matched no line; check its criteria against the report, or remove it\n");
}
