#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cctype>
#include <fstream>
#include <set>
#include <sstream>

#include "chainrisk/report/writers.hpp"
#include "report/sarif_internal.hpp"
#include "test_support.hpp"

using namespace chainrisk;
using score::Level;
namespace sarif = report::sarif;

namespace {

score::Signal signal(std::string kind, Level severity, double weight, std::string commodity, std::string country) {
  score::Signal s;
  s.kind = std::move(kind);
  s.severity = severity;
  s.weight = weight;
  s.commodity = std::move(commodity);
  s.country = std::move(country);
  s.sources = {"dol-tvpra-goods:2024"};
  s.message = "evidence for " + s.kind;
  return s;
}

score::LineReport bom_line(std::size_t n, std::string id, Level level, double score, std::vector<score::Signal> signals) {
  score::LineReport l;
  l.file = "boms/cable.csv";
  l.line = n;
  l.id = std::move(id);
  l.description = "Copper cathode";
  l.commodity = "copper";
  l.origin = "CD";
  l.level = level;
  l.score = score;
  l.evidence = score::make_evidence(std::move(signals));
  return l;
}

score::Report sample_report() {
  score::Report rep;
  rep.tool_version = "1.2.3";
  rep.files.push_back({"boms/cable.csv", "csv", 3, 3, 0, "", Level::high, 72, std::nullopt});
  rep.lines.push_back(bom_line(3, "CU-201", Level::high, 72.0,
                               {signal("finding", Level::high, 0.6, "copper", "CD"),
                                signal("tier", Level::medium, 0.3, "", "CD")}));
  rep.lines.push_back(bom_line(4, "CU-202", Level::medium, 30.0, {signal("tier", Level::medium, 0.3, "", "CD")}));
  rep.lines.push_back(bom_line(5, "", Level::none, 0.0, {}));
  rep.problems.push_back({"boms/cable.csv", 5, 12, false, "unknown country 'Atlantis'"});
  return rep;
}

nlohmann::json render_sarif(const score::Report& rep, report::WriteOptions o = {}) {
  std::ostringstream out;
  report::render(rep, *report::find_writer("sarif"), o, out);
  return nlohmann::json::parse(out.str());
}

}  // namespace

TEST_CASE("sarif: a result is an error when its line is at or above the fail level", "[report][sarif]") {
  CHECK(sarif::result_level("finding", Level::critical, Level::high) == "error");
  CHECK(sarif::result_level("finding", Level::high, Level::high) == "error");
  CHECK(sarif::result_level("tier", Level::high, Level::high) == "error");  // the line's level counts
  CHECK(sarif::result_level("finding", Level::high, Level::critical) == "warning");
  CHECK(sarif::result_level("upstream", Level::medium, Level::high) == "warning");
  CHECK(sarif::result_level("upstream", Level::medium, Level::medium) == "error");
  CHECK(sarif::result_level("unresolved", Level::low, Level::high) == "note");
  CHECK(sarif::result_level("unresolved", Level::low, Level::low) == "error");
  CHECK(sarif::result_level("tier", Level::none, Level::none) == "error");
}

TEST_CASE("sarif: mitigation results are notes whatever the line's level", "[report][sarif]") {
  CHECK(sarif::result_level("mitigation", Level::critical, Level::high) == "note");
  CHECK(sarif::result_level("mitigation", Level::none, Level::none) == "note");
}

TEST_CASE("sarif: artifact URIs keep relative paths relative and encode the rest", "[report][sarif]") {
  auto check = [](std::string_view file, std::string_view uri, bool relative) {
    auto a = sarif::artifact_uri(file);
    CHECK(a.uri == uri);
    CHECK(a.relative == relative);
  };
  check("bom.csv", "bom.csv", true);
  check("./boms/./bom.csv", "boms/./bom.csv", true);
  check("../suppliers/bom.csv", "../suppliers/bom.csv", true);
  check("my bom #2.csv", "my%20bom%20%232.csv", true);
  check("100%.csv", "100%25.csv", true);
  check("c:bom.csv", "c%3Abom.csv", true);  // not a URI scheme
  check("Bücher.csv", "B%C3%BCcher.csv", true);
  check("<stdin>", "%3Cstdin%3E", true);
  check("/srv/boms/a b.csv", "file:///srv/boms/a%20b.csv", false);
}

TEST_CASE("sarif: fingerprints are stable and tell signals apart", "[report][sarif]") {
  auto l = bom_line(3, "CU-201", Level::high, 72.0, {});
  auto s = signal("finding", Level::high, 0.6, "copper", "CD");
  auto fp = sarif::fingerprint(l, s, 0);
  CHECK(fp.size() == 32);
  CHECK(fp.find_first_not_of("0123456789abcdef") == std::string::npos);
  SECTION("the same line and signal in another run, moved and rescored") {
    auto moved = bom_line(9, "CU-201", Level::medium, 40.0, {});
    auto reworded = s;
    reworded.message = "a newer edition says more";
    reworded.weight = 0.7;
    reworded.sources = {"dol-tvpra-goods:2025"};
    CHECK(sarif::fingerprint(moved, reworded, 0) == fp);
  }
  SECTION("any of file, id, kind, commodity, country, region or ordinal changes it") {
    std::set<std::string> all{fp};
    auto other_file = l;
    other_file.file = "other.csv";
    auto other_id = l;
    other_id.id = "CU-202";
    auto kind = s, commodity = s, country = s, region = s;
    kind.kind = "upstream";
    commodity.commodity = "copper-ore";
    country.country = "ZM";
    region.region = "CD-LU";
    for (const auto& f : {sarif::fingerprint(other_file, s, 0), sarif::fingerprint(other_id, s, 0),
                          sarif::fingerprint(l, kind, 0), sarif::fingerprint(l, commodity, 0),
                          sarif::fingerprint(l, country, 0), sarif::fingerprint(l, region, 0),
                          sarif::fingerprint(l, s, 1)}) {
      CHECK(all.insert(f).second);
    }
  }
  SECTION("a line without an id is known by its line number") {
    auto a = bom_line(3, "", Level::high, 72.0, {});
    auto b = bom_line(4, "", Level::high, 72.0, {});
    CHECK(sarif::fingerprint(a, s, 0) != sarif::fingerprint(b, s, 0));
  }
}

TEST_CASE("sarif: one rule per signal kind, each pointing into the methodology", "[report][sarif]") {
  std::vector<std::string_view> ids;
  for (const auto& r : sarif::rules()) ids.push_back(r.id);
  CHECK(ids == std::vector<std::string_view>{"entity", "region", "finding", "upstream", "tier", "origin-unknown",
                                             "unresolved", "mitigation"});
  CHECK(sarif::rule_index("upstream") == 3u);
  CHECK_FALSE(sarif::rule_index("weather"));
  // Every anchor must be a heading of docs/methodology.md as GitHub names it.
  std::ifstream doc(std::string(CHAINRISK_SOURCE_DIR) + "/docs/methodology.md");
  std::set<std::string> anchors;
  for (std::string line; std::getline(doc, line);) {
    if (!line.starts_with('#')) continue;
    std::string slug;
    for (char c : line.substr(line.find(' ') + 1)) {
      if (std::isalnum(static_cast<unsigned char>(c)) || c == '-') slug += static_cast<char>(std::tolower(c));
      if (c == ' ') slug += '-';
    }
    anchors.insert(slug);
  }
  for (const auto& r : sarif::rules()) {
    INFO(r.id);
    CHECK(anchors.count(std::string(r.anchor)) == 1);
    CHECK(sarif::methodology_section(r) == "docs/methodology.md#" + std::string(r.anchor));
    CHECK_THAT(sarif::help_text(r), Catch::EndsWith(sarif::methodology_section(r)));
    CHECK_THAT(sarif::help_markdown(r), Catch::Contains(std::string(r.action)));
    CHECK_THAT(sarif::help_text(r), Catch::Contains(std::string(r.full_description)));
  }
}

TEST_CASE("sarif: one result per signal, at the BOM file and line", "[report][sarif]") {
  auto log = render_sarif(sample_report());
  CHECK(log["version"] == "2.1.0");
  CHECK(log["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json");
  REQUIRE(log["runs"].size() == 1);
  const auto& run = log["runs"][0];
  CHECK(run["tool"]["driver"]["name"] == "chainrisk");
  CHECK(run["tool"]["driver"]["version"] == "1.2.3");
  const auto& results = run["results"];
  REQUIRE(results.size() == 3);
  const auto& first = results[0];
  CHECK(first["ruleId"] == "finding");
  CHECK(first["ruleIndex"] == 2);
  CHECK(first["level"] == "error");
  CHECK(first["message"]["text"] == "evidence for finding (line score 72.0, level high)");
  const auto& where = first["locations"][0]["physicalLocation"];
  CHECK(where["artifactLocation"] == nlohmann::json({{"uri", "boms/cable.csv"}, {"uriBaseId", "%SRCROOT%"}, {"index", 0}}));
  CHECK(where["region"] == nlohmann::json({{"startLine", 3}}));
  CHECK(first["properties"]["score"] == 72.0);
  CHECK(first["properties"]["commodity"] == "copper");
  CHECK(first["properties"]["sources"] == nlohmann::json({"dol-tvpra-goods:2024"}));
  CHECK(results[1]["level"] == "error");    // tier on the high line
  CHECK(results[2]["level"] == "warning");  // tier on the medium line
  CHECK(results[2]["locations"][0]["physicalLocation"]["region"]["startLine"] == 4);
  CHECK_FALSE(first.contains("suppressions"));
}

TEST_CASE("sarif: --fail-on moves the error level, --min-level hides lines", "[report][sarif]") {
  report::WriteOptions o;
  o.fail_on = Level::medium;
  auto log = render_sarif(sample_report(), o);
  CHECK(log["runs"][0]["results"][2]["level"] == "error");
  CHECK(log["runs"][0]["properties"]["failOn"] == "medium");
  o.min_level = Level::high;
  CHECK(render_sarif(sample_report(), o)["runs"][0]["results"].size() == 2);
}

TEST_CASE("sarif: a suppressed line's results carry an external suppression", "[report][sarif]") {
  auto rep = sample_report();
  rep.lines[0].suppressed = true;
  auto results = render_sarif(rep)["runs"][0]["results"];
  CHECK(results[0]["suppressions"] == nlohmann::json::array({{{"kind", "external"}}}));
  CHECK(results[1]["suppressions"].size() == 1);
  CHECK_FALSE(results[2].contains("suppressions"));
}

TEST_CASE("sarif: input problems are notifications of the invocation", "[report][sarif]") {
  auto rep = sample_report();
  auto invocation = render_sarif(rep)["runs"][0]["invocations"][0];
  CHECK(invocation["executionSuccessful"] == true);  // a warning only
  const auto& n = invocation["toolExecutionNotifications"][0];
  CHECK(n["level"] == "warning");
  CHECK(n["message"]["text"] == "unknown country 'Atlantis'");
  CHECK(n["locations"][0]["physicalLocation"]["region"] == nlohmann::json({{"startLine", 5}, {"startColumn", 12}}));
  rep.problems.push_back({"boms/cable.csv", 6, 1, true, "row has 8 fields but the header has 6"});
  CHECK(render_sarif(rep)["runs"][0]["invocations"][0]["executionSuccessful"] == false);
}

TEST_CASE("sarif: the document stays valid JSON with hostile text and no lines", "[report][sarif]") {
  auto rep = sample_report();
  std::string hostile = "<script>]]>&\"'\x01\x1b[31m \"@chainrisk-sarif-results@\"";
  rep.problems[0].message = hostile;
  rep.lines[0].id = hostile;
  rep.lines[0].supplier = hostile;
  auto log = render_sarif(rep);
  CHECK(log["runs"][0]["invocations"][0]["toolExecutionNotifications"][0]["message"]["text"] == hostile);
  CHECK(log["runs"][0]["results"][0]["properties"]["id"] == hostile);
  CHECK(log["runs"][0]["results"][0]["properties"]["supplier"] == hostile);
  rep.lines.clear();
  CHECK(render_sarif(rep)["runs"][0]["results"] == nlohmann::json::array());
}

TEST_CASE("sarif: the run cites the datasets and lists every rule with its help", "[report][sarif]") {
  auto rep = sample_report();
  rep.datasets.push_back({"dol-tvpra-goods", "2024", "2024-09-05", "US Department of Labor", "List of Goods",
                          "https://www.dol.gov/agencies/ilab/reports/child-labor/list-of-goods", "public domain"});
  const auto run = render_sarif(rep)["runs"][0];
  CHECK(run["properties"]["datasets"] ==
        nlohmann::json::array({{{"id", "dol-tvpra-goods"},
                                {"version", "2024"},
                                {"published", "2024-09-05"},
                                {"publisher", "US Department of Labor"},
                                {"source", "https://www.dol.gov/agencies/ilab/reports/child-labor/list-of-goods"}}}));
  const auto& rules = run["tool"]["driver"]["rules"];
  REQUIRE(rules.size() == sarif::rules().size());
  const auto& finding = rules[2];
  CHECK(finding["id"] == "finding");
  CHECK(finding["defaultConfiguration"]["level"] == "error");
  CHECK(finding["help"]["text"] == sarif::help_text(sarif::rules()[2]));
  CHECK(finding["help"]["markdown"] == sarif::help_markdown(sarif::rules()[2]));
  CHECK_FALSE(finding.contains("helpUri"));  // SARIF wants an absolute URI; the project has none
}
