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

io::BomLine bom_line(std::size_t n, std::string id, std::string parent, std::string material, std::string origin,
                     std::string supplier = "") {
  io::BomLine l;
  l.line = n;
  l.cell(io::Field::id).value = std::move(id);
  l.cell(io::Field::parent).value = std::move(parent);
  l.cell(io::Field::material).value = std::move(material);
  l.cell(io::Field::origin).value = std::move(origin);
  l.cell(io::Field::supplier).value = std::move(supplier);
  return l;
}

// An assembly ASM (gem from EE: no risk) over PART (metal from BB: a forced-labor finding,
// high); with `top`, ASM is itself part of TOP (gem from EE).
struct Bom {
  model::Graph g = test::fixture_graph();
  io::BomFile bom;

  explicit Bom(bool top = false) {
    bom.name = "bom.csv";
    bom.lines = {bom_line(2, "ASM", top ? "TOP" : "", "gem", "EE"),
                 bom_line(3, "PART", "ASM", "metal", "BB", "Acme Metals Ltd")};
    if (top) bom.lines.push_back(bom_line(4, "TOP", "", "gem", "EE"));
    bom.rows_read = bom.lines.size();
  }
  score::Report report(const waiver::WaiverSet& w) {
    Diagnostics diag;
    auto rep = score::scan_boms(g, score::Policy{}, {bom}, "1", diag, &w);
    INFO(test::joined(diag));
    CHECK(diag.errors() == 0);
    return rep;
  }
};

}  // namespace

TEST_CASE("waive: line facts carry the line's values and signal kinds", "[score][waiver]") {
  Bom b;
  auto rep = b.report({});
  const auto& part = rep.lines[1];
  auto f = score::line_facts(part.id, part.supplier, *part.commodity, *part.origin, part.signals(), true);
  CHECK(f.id == "PART");
  CHECK(f.supplier == "Acme Metals Ltd");
  CHECK(f.commodity == "metal");
  CHECK(f.origin == "BB");
  CHECK((f.kinds & waiver::kind_bit(waiver::SignalKind::finding)) != 0);
  CHECK((f.kinds & waiver::kind_bit(waiver::SignalKind::entity)) == 0);
  CHECK(score::line_facts(part.id, part.supplier, "", "", part.signals(), false).kinds == 0);
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

TEST_CASE("waive: a waived assembly keeps its rolled-up level but does not raise its own parent", "[score][waiver]") {
  Bom b(true);
  auto open = b.report({});
  REQUIRE(open.lines.size() == 3);
  CHECK(open.lines[2].level == Level::high);  // TOP, raised through ASM
  CHECK(open.lines[2].level_from_child == "ASM");
  auto w = waivers(R"([{"id": "ASM", "reason": "assembly reviewed", "expires": "2025-12-31"}])");
  auto rep = b.report(w);
  CHECK(rep.lines[0].suppressed);
  CHECK(rep.lines[0].suppressed_reason == "assembly reviewed");
  CHECK(rep.lines[0].level == Level::high);  // raised by PART, shown as it is
  CHECK_FALSE(rep.lines[1].suppressed);      // PART itself still counts
  CHECK(rep.lines[2].level == Level::none);  // TOP: its only child is waived
  CHECK(rep.summary.suppressed == 1);
  CHECK(rep.summary.level == Level::high);   // PART
}
