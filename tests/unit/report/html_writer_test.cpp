#include <catch2/catch.hpp>

#include <cctype>
#include <sstream>

#include "chainrisk/data/sha256.hpp"
#include "chainrisk/report/writers.hpp"
#include "report/html_parts.hpp"

using namespace chainrisk;
using score::Level;

namespace {

score::Signal finding_signal() {
  score::Signal s;
  s.kind = "finding";
  s.severity = Level::high;
  s.labor = 1;
  s.commodity = "cobalt";
  s.country = "CD";
  s.weight = 0.6;
  s.path = {"cobalt", "cobalt-ore"};
  s.sources = {"dol-tvpra-goods:2024"};
  s.message = "cobalt from CD is on the DOL list";
  return s;
}

score::LineReport line(std::string id, std::string commodity, std::string origin, double score, Level level,
                       std::optional<double> spend) {
  score::LineReport l;
  l.file = "bom.csv";
  l.id = std::move(id);
  l.description = "part " + l.id;
  l.commodity = commodity;
  l.commodity_name = commodity;
  l.origin = std::move(origin);
  l.score = score;
  l.level = level;
  l.spend = spend;
  if (spend) l.spend_text = std::to_string(static_cast<long>(*spend)), l.currency = "EUR";
  return l;
}

score::Report sample(bool with_spend = true) {
  score::Report rep;
  rep.tool_version = "1.2.3";
  rep.datasets.push_back({"dol-tvpra-goods", "2024", "2024-09-05", "US DOL", "List of Goods", "https://dol.example", "PD"});
  auto a = line("P-1", "cobalt", "CD", 72, Level::high, with_spend ? std::optional(100000.0) : std::nullopt);
  a.line = 2;
  a.evidence = score::make_evidence(std::vector<score::Signal>{finding_signal()});
  auto b = line("P-2", "steel", "DE", 0, Level::none, with_spend ? std::optional(500000.0) : std::nullopt);
  b.line = 3;
  rep.lines = {a, b};
  rep.files.push_back({"bom.csv", "csv", 2, 2, 0, "", Level::high, 72, std::nullopt});
  rep.summary.files = 1;
  rep.summary.lines = rep.summary.scored = 2;
  rep.summary.level = Level::high;
  rep.summary.score = 72;
  rep.summary.counts = {1, 0, 0, 1, 0};
  return rep;
}

std::string render(const score::Report& rep, report::WriteOptions o = {}) {
  std::ostringstream out;
  report::render(rep, *report::find_writer("html"), o, out);
  return out.str();
}

std::size_t count(const std::string& s, const std::string& what) {
  std::size_t n = 0;
  for (auto at = s.find(what); at != std::string::npos; at = s.find(what, at + 1)) ++n;
  return n;
}

std::string base64(const std::string& bytes) {
  const std::string abc = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  std::size_t bits = 0;
  std::uint32_t acc = 0;
  for (char ch : bytes) {
    acc = (acc << 8) | static_cast<unsigned char>(ch);
    bits += 8;
    while (bits >= 6) out += abc[(acc >> (bits -= 6)) & 63];
  }
  if (bits) out += abc[(acc << (6 - bits)) & 63];
  while (out.size() % 4) out += '=';
  return out;
}

}  // namespace

TEST_CASE("html: a whole page that fetches nothing", "[report][html]") {
  auto page = render(sample());
  CHECK(page.rfind("<!DOCTYPE html>\n", 0) == 0);
  CHECK(page.size() - page.rfind("</html>\n") == 8);
  CHECK_THAT(page, Catch::Contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"));
  // No external resource of any kind: no src attributes, stylesheets, imports or url().
  // (Plain string search: GCC 12 warns falsely inside <regex> in the sanitizer build.)
  bool src_attribute = false;
  for (auto at = page.find("src"); at != std::string::npos; at = page.find("src", at + 3)) {
    if (at == 0 || !std::isspace(static_cast<unsigned char>(page[at - 1]))) continue;
    auto next = page.find_first_not_of(" \t\r\n", at + 3);
    src_attribute = src_attribute || (next != std::string::npos && page[next] == '=');
  }
  CHECK_FALSE(src_attribute);
  CHECK_THAT(page, !Catch::Contains("<link") && !Catch::Contains("@import") && !Catch::Contains("url("));
  CHECK(count(page, "<script") == 1);
}

TEST_CASE("html: the CSP allows exactly the page's own script", "[report][html]") {
  auto page = render(sample());
  const std::string csp = "script-src 'sha256-";
  auto hash_at = page.find(csp);
  REQUIRE(hash_at != std::string::npos);
  hash_at += csp.size();
  std::string hash = page.substr(hash_at, page.find('\'', hash_at) - hash_at);
  CHECK(hash.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=") == std::string::npos);
  auto start = page.find("<script>") + 8;
  std::string script = page.substr(start, page.find("</script>") - start);
  std::string hex = data::sha256_hex(script), digest;
  for (std::size_t i = 0; i < hex.size(); i += 2) digest += static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16));
  CHECK(hash == base64(digest));
}

TEST_CASE("html: summary, counts by level and the datasets", "[report][html]") {
  auto page = render(sample());
  CHECK_THAT(page, Catch::Contains("<div class=\"verdict v-high\">"));
  CHECK_THAT(page, Catch::Contains("1 line at high needs review."));
  CHECK_THAT(page, Catch::Contains("<div class=\"tile t-high\"><b>1</b><span class=\"lvl lvl-high\">high</span>"));
  CHECK_THAT(page, Catch::Contains("<div class=\"tile t-critical zero\"><b>0</b>"));
  CHECK_THAT(page, Catch::Contains("<b>List of Goods</b><br><code>dol-tvpra-goods</code></td><td>2024</td>"));
  CHECK_THAT(page, Catch::Contains("<a href=\"https://dol.example\" rel=\"noreferrer\">https://dol.example</a>"));
  CHECK_THAT(page, Catch::Contains("<a href=\"docs/methodology.md\">"));
}

TEST_CASE("html: each line with its evidence, open from high up", "[report][html]") {
  auto page = render(sample());
  CHECK(count(page, "<tbody class=\"r-") == 2);
  CHECK_THAT(page, Catch::Contains("<details open><summary>Evidence: 1 signal (finding)</summary>"));
  CHECK_THAT(page, Catch::Contains("<span class=\"kind\">finding</span><span class=\"w\">0.60</span>"
                                   "<div>cobalt from CD is on the DOL list<div class=\"meta\">severity high &middot; "
                                   "child labor &middot; path cobalt &rarr; cobalt-ore &middot; sources "
                                   "<code>dol-tvpra-goods:2024</code></div>"));
  // The steel line has no signals: no evidence row.
  CHECK(count(page, "<tr class=\"ev\">") == 1);
}

TEST_CASE("html: exposure by country is spend-weighted when spend is given", "[report][html]") {
  auto page = render(sample());
  CHECK_THAT(page, Catch::Contains("Spend per origin country, split by the level of each line"));
  CHECK_THAT(page, Catch::Contains("Amounts in EUR."));
  // CD (72,000 EUR at risk) ranks above DE (none at risk) though DE's spend is larger.
  auto cd = page.find("<text class=\"k\" x=\"110\" y=\"22.0\">CD</text>");
  auto de = page.find(">DE</text>");
  REQUIRE(cd != std::string::npos);
  CHECK(cd < de);
  CHECK_THAT(page, Catch::Contains("<text class=\"v\" x=\"754\" y=\"22.0\">100,000 EUR, score 72.0</text>"));
  CHECK_THAT(page, Catch::Contains("<title>CD: 100,000 EUR at high (1 line)</title>"));
  // The heat map cell: the level's colour class and its name.
  CHECK_THAT(page, Catch::Contains("<td class=\"cell l-high\" title=\"cobalt from CD: 100,000 EUR, score 72.0\">"
                                   "<b>100k</b><span>high</span></td>"));
}

TEST_CASE("html: exposure counts lines when no spend is given, and says so", "[report][html]") {
  auto page = render(sample(false));
  CHECK_THAT(page, Catch::Contains("No line gives a numeric spend, so the charts count lines"));
  CHECK_THAT(page, Catch::Contains("<text class=\"v\" x=\"754\" y=\"22.0\">1 line, mean score 72.0</text>"));
  CHECK_THAT(page, Catch::Contains("<b>1&nbsp;ln</b><span>high</span>"));
}

TEST_CASE("html: mixed currencies are named, not converted", "[report][html]") {
  auto rep = sample();
  rep.lines[1].currency = "USD";
  CHECK_THAT(render(rep), Catch::Contains("Amounts are added as given, across currencies (EUR, USD)."));
}

TEST_CASE("html: --min-level hides lines from the table, not from the charts", "[report][html]") {
  report::WriteOptions o;
  o.min_level = Level::high;
  auto page = render(sample(), o);
  CHECK(count(page, "<tbody class=\"r-") == 1);
  CHECK_THAT(page, Catch::Contains("1 line below high not listed"));
  CHECK_THAT(page, Catch::Contains(">DE</text>"));
}

TEST_CASE("html: the table stops at kMaxRows lines and says how many are left out", "[report][html]") {
  auto rep = sample();
  auto extra = rep.lines[1];
  rep.lines.resize(report::html::kMaxRows + 3, extra);
  rep.summary.lines = rep.summary.scored = rep.lines.size();
  auto page = render(rep);
  CHECK(count(page, "<tbody class=\"r-") == report::html::kMaxRows);
  CHECK_THAT(page, Catch::Contains("The first 5000 lines are listed; 3 more are left out"));
  CHECK_THAT(page, Catch::Contains("<h2>Lines <small>5000 of 5003</small></h2>"));
}

TEST_CASE("html: every value from the input is escaped in text and attributes", "[report][html]") {
  const std::string hostile = "<script>alert(1)</script>\"><img src=x onerror=alert(1)></style>'&amp;";
  const std::string escaped =
      "&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(1)&gt;&lt;/style&gt;&#39;&amp;amp;";
  auto rep = sample();
  auto& l = rep.lines[0];
  l.file = l.id = l.description = l.supplier = l.material = l.hs_code = l.parent = hostile;
  l.commodity_name = hostile;
  l.commodity = l.origin = l.region = l.supplier_country = hostile;
  l.spend_text = l.currency = l.level_from_child = hostile;
  l.suppressed = true;
  l.suppressed_reason = l.suppressed_by = hostile;
  l.extra = {{hostile, hostile}};
  auto s = finding_signal();
  s.kind = s.message = s.entity_id = s.entity_name = s.entity_matched = s.entity_list = hostile;
  s.path = s.sources = {hostile};
  l.evidence = score::make_evidence(std::vector<score::Signal>{s});
  rep.files[0].file = rep.files[0].format = hostile;
  rep.files.push_back({hostile, "csv", 0, 0, 0, hostile, Level::none, 0, std::nullopt});
  rep.problems.push_back({hostile, 3, 4, true, hostile});
  rep.datasets.push_back({hostile, hostile, hostile, hostile, hostile, hostile, hostile});
  rep.datasets.push_back({"own", "1", "", "", "", "javascript:alert(2)", ""});
  rep.tool_version = hostile;
  rep.summary.files = 2;
  auto page = render(rep);
  CHECK(count(page, "<script") == 1);
  CHECK(page.find("<img") == std::string::npos);
  CHECK(page.find("</style>") == page.rfind("</style>"));  // the page's own only
  CHECK(page.find("&amp;\"") == std::string::npos);
  CHECK(page.find("href=\"javascript:") == std::string::npos);
  CHECK_THAT(page, Catch::Contains("<td>javascript:alert(2)</td>"));
  CHECK(count(page, escaped) >= 20);
  // Outside the page's own markup no raw quote or angle bracket from the input survives.
  CHECK(page.find("alert(1)\"") == std::string::npos);
  CHECK(page.find("alert(1)<") == std::string::npos);
}

TEST_CASE("html: a suppressed line is marked, with the waiver's reason and location", "[report][html]") {
  auto rep = sample();
  auto& l = rep.lines[0];
  l.suppressed = true;
  l.suppressed_reason = "audited 2025-03; smelter certified";
  l.suppressed_by = ".chainrisk-ignore.json:4";
  rep.summary.suppressed = 1;
  rep.summary.level = Level::none;
  auto page = render(rep);
  CHECK_THAT(page, Catch::Contains("<tbody class=\"r-high waived\" data-i=\"1\">"));
  CHECK_THAT(page, Catch::Contains("<span class=\"lvl lvl-high\">high</span><small>suppressed</small>"));
  CHECK_THAT(page, Catch::Contains("<p class=\"waiver\"><span class=\"sev sev-waived\">suppressed</span>Waived by "
                                   "<code>.chainrisk-ignore.json:4</code>: <q>audited 2025-03; smelter certified</q>"));
  // Waived: its evidence stays closed though the line is high, and the headline says the
  // counts include it.
  CHECK_THAT(page, Catch::Contains("<details><summary>Evidence: 1 signal (finding)</summary>"));
  CHECK_THAT(page, Catch::Contains("1 line at high, waived ones included: 1 line is suppressed by waivers and left "
                                   "out of the overall level."));
  // Left out of the exposure: only DE is charted.
  CHECK_THAT(page, Catch::Contains("1 suppressed line left out."));
  CHECK(page.find(">CD</text>") == std::string::npos);
}

TEST_CASE("html: a suppressed line without signals still shows its waiver", "[report][html]") {
  auto rep = sample();
  rep.lines[1].suppressed = true;
  rep.lines[1].suppressed_reason = "reviewed";
  rep.lines[1].suppressed_by = "w.json:2";
  auto page = render(rep);
  CHECK(count(page, "<tr class=\"ev\">") == 2);
  CHECK_THAT(page, Catch::Contains("Waived by <code>w.json:2</code>: <q>reviewed</q>"));
  CHECK_THAT(page, Catch::Contains("<details><summary>No signals of its own</summary>"));
}

TEST_CASE("html: each URL of a dataset's source is linked", "[report][html]") {
  auto rep = sample();
  rep.datasets[0].source = "https://a.example/x ; https://b.example/y ; see docs/data.md";
  CHECK_THAT(render(rep), Catch::Contains("<a href=\"https://a.example/x\" rel=\"noreferrer\">https://a.example/x</a> ;<br>"
                                          "<a href=\"https://b.example/y\" rel=\"noreferrer\">https://b.example/y</a> ;<br>"
                                          "see docs/data.md<small>PD</small></td>"));
}

TEST_CASE("html: amounts are grouped and shortened for people", "[report][html]") {
  CHECK(report::html::format_amount(0) == "0");
  CHECK(report::html::format_amount(999.4) == "999");
  CHECK(report::html::format_amount(1234567.8) == "1,234,568");
  CHECK(report::html::format_amount(-1500) == "-1,500");
  CHECK(report::html::format_short(950) == "950");
  CHECK(report::html::format_short(1250) == "1.2k");
  CHECK(report::html::format_short(98000) == "98k");
  CHECK(report::html::format_short(2500000) == "2.5M");
}
