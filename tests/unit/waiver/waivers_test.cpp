#include <catch2/catch.hpp>

#include <fmt/format.h>

#include "chainrisk/waiver/waivers.hpp"
#include "test_support.hpp"

using namespace chainrisk;
using waiver::Date;
using waiver::LineFacts;
using waiver::SignalKind;

namespace {

constexpr Date kToday{2025, 6, 15};

waiver::WaiverSet parse(std::string_view text, Diagnostics& diag, Date today = kToday) {
  return waiver::parse_waivers(text, "w.json", diag, today);
}

// Parse `text`, expecting no problem at all.
waiver::WaiverSet parse_clean(std::string_view text) {
  Diagnostics diag;
  auto set = parse(text, diag);
  INFO(test::joined(diag));
  CHECK(diag.items().empty());
  return set;
}

// The diagnostics of `text`, expecting the one rule it holds to be left out.
std::string problems(std::string_view text) {
  Diagnostics diag;
  auto set = parse(text, diag);
  CHECK(set.empty());
  return test::joined(diag);
}

LineFacts cobalt_line() {
  LineFacts f;
  f.id = "P-104";
  f.supplier = "Example Mining SARL";
  f.commodity = "cobalt";
  f.origin = "CD";
  f.kinds = waiver::kind_bit(SignalKind::finding) | waiver::kind_bit(SignalKind::tier);
  return f;
}

}  // namespace

TEST_CASE("waiver: dates are strict YYYY-MM-DD calendar days", "[waiver]") {
  CHECK(waiver::parse_date("2024-02-29") == Date{2024, 2, 29});
  CHECK_FALSE(waiver::parse_date("2023-02-29"));
  CHECK_FALSE(waiver::parse_date("2024-13-01"));
  CHECK_FALSE(waiver::parse_date("2024-1-01"));
  CHECK_FALSE(waiver::parse_date("2024/01/01"));
  CHECK_FALSE(waiver::parse_date("20240101"));
  CHECK(waiver::to_string(Date{2026, 1, 5}) == "2026-01-05");
  CHECK(Date{2025, 6, 14} < kToday);
  auto today = waiver::today_utc();
  CHECK(waiver::parse_date(waiver::to_string(today)) == today);
}

TEST_CASE("waiver: a rule keeps its criteria, reason and position", "[waiver]") {
  auto set = parse_clean(R"([
  {"id": "P-104", "reason": "audited 2025", "owner": "compliance@example.com",
   "note": "ticket 12", "expires": "2025-12-31"},
  {"supplier": " Example Mining SARL ", "commodity": "Cobalt", "country": "cd", "kind": "origin-unknown",
   "reason": "  smelter audit on file  "}
])");
  REQUIRE(set.size() == 2);
  const auto& a = set.rules()[0];
  CHECK(a.file == "w.json");
  CHECK(a.pos.line == 2);
  CHECK(a.pos.col == 3);
  CHECK(a.location() == "w.json:2");
  CHECK(a.id == "P-104");
  CHECK(a.reason == "audited 2025");
  CHECK(a.owner == "compliance@example.com");
  CHECK(a.note == "ticket 12");
  CHECK(a.expires == Date{2025, 12, 31});
  const auto& b = set.rules()[1];
  CHECK(b.supplier == "example mining sarl");  // trimmed and folded for comparison
  CHECK(b.commodity == "cobalt");
  CHECK(b.country == "CD");
  CHECK(b.kind == SignalKind::origin_unknown);
  CHECK(b.reason == "smelter audit on file");
  CHECK(set.uses_kind());
}

TEST_CASE("waiver: each criterion matches on its own", "[waiver]") {
  auto line = cobalt_line();
  auto matches = [&](std::string_view rule) {
    auto set = parse_clean(fmt::format("[{}]", rule));
    REQUIRE(set.size() == 1);
    return set.match(line) != nullptr;
  };
  CHECK(matches(R"({"id": "P-104", "reason": "r"})"));
  CHECK_FALSE(matches(R"({"id": "p-104", "reason": "r"})"));  // ids are exact
  CHECK(matches(R"({"supplier": "EXAMPLE mining sarl", "reason": "r"})"));
  CHECK_FALSE(matches(R"({"supplier": "Example Mining", "reason": "r"})"));  // the whole name
  CHECK(matches(R"({"commodity": "cobalt", "reason": "r"})"));
  CHECK_FALSE(matches(R"({"commodity": "copper", "reason": "r"})"));
  CHECK(matches(R"({"country": "CD", "reason": "r"})"));
  CHECK_FALSE(matches(R"({"country": "ZM", "reason": "r"})"));
  CHECK(matches(R"({"kind": "tier", "reason": "r"})"));
  CHECK_FALSE(matches(R"({"kind": "entity", "reason": "r"})"));
}

TEST_CASE("waiver: country matches the origin, not the supplier's country", "[waiver]") {
  auto set = parse_clean(R"([{"country": "BE", "reason": "r"}])");
  auto line = cobalt_line();  // origin CD; a Belgian trader's country would not count
  CHECK(set.match(line) == nullptr);
  line.origin = "";
  CHECK(set.match(line) == nullptr);  // unknown origin matches no country rule
}

TEST_CASE("waiver: all criteria of a rule must match", "[waiver]") {
  auto set = parse_clean(R"([{"commodity": "cobalt", "country": "ZM", "reason": "Zambian cobalt audited"}])");
  auto line = cobalt_line();
  CHECK(set.match(line) == nullptr);
  line.origin = "ZM";
  REQUIRE(set.match(line) != nullptr);
  CHECK(set.match(line)->reason == "Zambian cobalt audited");
  line.commodity = "copper";
  CHECK(set.match(line) == nullptr);
}

TEST_CASE("waiver: the first matching rule in file order is reported, every match counts", "[waiver]") {
  auto set = parse_clean(R"([
    {"country": "CD", "reason": "first"},
    {"id": "P-104", "reason": "second"},
    {"id": "P-999", "reason": "never"}
  ])");
  auto line = cobalt_line();
  const auto* rule = set.match(line);
  REQUIRE(rule != nullptr);
  CHECK(rule->reason == "first");
  line.origin = "ZM";
  REQUIRE(set.match(line) != nullptr);
  CHECK(set.match(line)->reason == "second");
  CHECK(set.hits(0) == 1);
  CHECK(set.hits(1) == 3);  // shadowed by the first rule once, still counted
  CHECK(set.hits(2) == 0);
  Diagnostics diag;
  set.report_unused(diag);
  CHECK(test::joined(diag) ==
        "w.json:4:5: warning: waiver matched no line; check its criteria against the report, or remove it\n");
}

TEST_CASE("waiver: an empty set matches nothing", "[waiver]") {
  waiver::WaiverSet set;
  CHECK(set.match(cobalt_line()) == nullptr);
  auto parsed = parse_clean("[]");
  CHECK(parsed.empty());
  Diagnostics diag;
  parsed.report_unused(diag);
  CHECK(diag.items().empty());
}

TEST_CASE("waiver: expired rules do not apply and are warned about", "[waiver]") {
  Diagnostics diag;
  auto set = parse(R"([
  {"id": "P-104", "reason": "old audit", "expires": "2025-06-14"},
  {"id": "P-105", "reason": "renewed", "expires": "2025-06-15"}
])", diag);
  CHECK(test::joined(diag) ==
        "w.json:2:3: warning: waiver expired on 2025-06-14 and no longer applies; renew or remove it "
        "(reason: \"old audit\")\n");
  CHECK(diag.errors() == 0);
  REQUIRE(set.size() == 1);  // expiring today still applies
  CHECK(set.rules()[0].id == "P-105");
  auto line = cobalt_line();
  CHECK(set.match(line) == nullptr);
  line.id = "P-105";
  CHECK(set.match(line) != nullptr);
}

TEST_CASE("waiver: syntax errors name the line and column", "[waiver]") {
  CHECK(problems("[\n  {\"id\": \"P-1\" \"reason\": \"x\"}\n]") ==
        "w.json:2:16: error: expected ',' or '}', got '\"'\n");
}

TEST_CASE("waiver: the file must be a list of rule objects", "[waiver]") {
  CHECK(problems(R"({"id": "P-1", "reason": "x"})") ==
        "w.json:1:1: error: expected a list of waiver rules such as [{\"id\": \"P-104\", \"reason\": \"...\"}], "
        "got an object\n");
  CHECK(problems("[\n  \"P-1\"\n]") == "w.json:2:3: error: expected a waiver rule object, got a string\n");
}

TEST_CASE("waiver: a rule needs a reason and a criterion", "[waiver]") {
  CHECK(problems(R"([{"id": "P-1"}])") ==
        "w.json:1:2: error: waiver has no 'reason'; expected a non-empty string saying why the lines are "
        "accepted\n");
  CHECK(problems(R"([{"id": "P-1", "reason": "  "}])") == "w.json:1:26: error: 'reason': expected a non-empty string\n");
  CHECK(problems(R"([{"reason": "x", "owner": "me"}])") ==
        "w.json:1:2: error: waiver has no criteria; expected at least one of id, supplier, commodity, country or "
        "kind\n");
}

TEST_CASE("waiver: bad values are errors at their position", "[waiver]") {
  CHECK(problems(R"([{"id": 104, "reason": "x"}])") == "w.json:1:9: error: 'id': expected a string, got a number\n");
  CHECK(problems(R"([{"country": "Congo", "reason": "x"}])") ==
        "w.json:1:14: error: 'country': \"Congo\" is not an ISO 3166-1 alpha-2 code; expected two letters such as "
        "\"CN\"\n");
  CHECK(problems(R"([{"kind": "findings", "reason": "x"}])") ==
        "w.json:1:11: error: 'kind': unknown signal kind \"findings\"; expected entity, region, finding, upstream, "
        "tier, origin-unknown, unresolved or mitigation\n");
  CHECK(problems(R"([{"id": "P-1", "reason": "x", "expires": "31/12/2025"}])") ==
        "w.json:1:42: error: 'expires': \"31/12/2025\" is not a date; expected YYYY-MM-DD such as \"2026-12-31\"\n");
  CHECK(problems(R"([{"id": "P-1", "id": "P-2", "reason": "x"}])") ==
        "w.json:1:22: error: 'id' given twice (also at line 1); expected one value\n");
}

TEST_CASE("waiver: unknown keys are warnings with a hint, the rule still applies", "[waiver]") {
  Diagnostics diag;
  auto set = parse(R"([{"id": "P-1", "reason": "x", "expire": "2020-01-01", "ticket": 7}])", diag);
  CHECK(test::joined(diag) ==
        "w.json:1:41: warning: unknown key 'expire' ignored; expected id, supplier, commodity, country, kind, "
        "reason, expires, owner or note; did you mean 'expires'?\n"
        "w.json:1:65: warning: unknown key 'ticket' ignored; expected id, supplier, commodity, country, kind, "
        "reason, expires, owner or note\n");
  CHECK(set.size() == 1);
}

TEST_CASE("waiver: every problem of a file is reported, bad rules left out", "[waiver]") {
  Diagnostics diag;
  auto set = parse(R"([
  {"id": "P-1"},
  {"id": "P-2", "reason": "fine"},
  {"country": "XXX", "reason": "x"}
])", diag);
  CHECK(diag.errors() == 2);
  REQUIRE(set.size() == 1);
  CHECK(set.rules()[0].id == "P-2");
}

TEST_CASE("waiver: load_waivers names the file it cannot read", "[waiver]") {
  Diagnostics diag;
  auto set = waiver::load_waivers("/nonexistent/ignore.json", diag, kToday);
  CHECK(set.empty());
  CHECK(test::joined(diag) ==
        "/nonexistent/ignore.json: error: cannot read the waivers file: No such file or directory\n");
}
