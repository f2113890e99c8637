#include <catch2/catch.hpp>

#include <sstream>

#include "chainrisk/report/writers.hpp"

using namespace chainrisk;
using score::Level;

namespace {

score::LineReport bom_line(std::string file, std::size_t n, std::string id, Level level, std::string message = {}) {
  score::LineReport l;
  l.file = std::move(file);
  l.line = n;
  l.id = std::move(id);
  l.description = "Copper cathode";
  l.commodity = "copper";
  l.origin = "CD";
  l.supplier = "Example Lualaba Trading SARL";
  l.level = level;
  l.score = level == Level::none ? 0 : 72;
  if (!message.empty()) {
    score::Signal s;
    s.kind = "finding";
    s.weight = 0.6;
    s.sources = {"dol-tvpra-goods:2024"};
    s.message = std::move(message);
    l.evidence = score::make_evidence(std::vector<score::Signal>{s});
  }
  return l;
}

score::Report sample_report() {
  score::Report rep;
  rep.tool_version = "1.2.3";
  rep.datasets.push_back({"dol-tvpra-goods", "2024", "2024-09-05", "US DOL", "List of Goods", "https://dol", "PD"});
  rep.files.push_back({"a.csv", "csv", 3, 3, 0, "", Level::high, 72, std::nullopt});
  rep.lines.push_back(bom_line("a.csv", 2, "CU-201", Level::high, "copper from CD is listed"));
  rep.lines.push_back(bom_line("a.csv", 3, "CU-202", Level::medium, "CD is on the watch list"));
  rep.lines.push_back(bom_line("a.csv", 4, "", Level::none));
  return rep;
}

std::string render_junit(const score::Report& rep, report::WriteOptions o = {}) {
  std::ostringstream out;
  report::render(rep, *report::find_writer("junit"), o, out);
  return out.str();
}

}  // namespace

TEST_CASE("junit: a testsuite per file, a testcase per line, failures at the fail level", "[report][junit]") {
  auto xml = render_junit(sample_report());
  CHECK(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"chainrisk\">\n"));
  CHECK_THAT(xml, Catch::Contains("<testsuite name=\"a.csv\" tests=\"3\" failures=\"1\" errors=\"0\" skipped=\"0\">"));
  CHECK_THAT(xml, Catch::Contains("<property name=\"tool\" value=\"chainrisk 1.2.3\"/>"));
  CHECK_THAT(xml, Catch::Contains("<property name=\"fail-on\" value=\"high\"/>"));
  CHECK_THAT(xml, Catch::Contains("<property name=\"dataset:dol-tvpra-goods\" value=\"2024 (2024-09-05, US DOL)\"/>"));
  CHECK_THAT(xml, Catch::Contains(
                      "    <testcase classname=\"a.csv\" name=\"line 2: CU-201 Copper cathode\">\n"
                      "      <failure message=\"level high, score 72.0: copper from CD is listed\" type=\"high\">"
                      "commodity copper, origin CD, supplier Example Lualaba Trading SARL; score 72.0, level high\n"
                      "finding 0.60: copper from CD is listed [dol-tvpra-goods:2024]\n</failure>\n"
                      "    </testcase>\n"));
  // Below the fail level: the evidence goes to system-out; no signal: an empty testcase.
  CHECK_THAT(xml, Catch::Contains("name=\"line 3: CU-202 Copper cathode\">\n      <system-out>"));
  CHECK_THAT(xml, Catch::Contains("<testcase classname=\"a.csv\" name=\"line 4: Copper cathode\"/>\n"));
  CHECK(xml.ends_with("  </testsuite>\n</testsuites>\n"));
}

TEST_CASE("junit: --fail-on sets the failures, --min-level the testcases", "[report][junit]") {
  report::WriteOptions o;
  o.fail_on = Level::medium;
  CHECK_THAT(render_junit(sample_report(), o), Catch::Contains("tests=\"3\" failures=\"2\""));
  o.fail_on = Level::critical;
  CHECK_THAT(render_junit(sample_report(), o), Catch::Contains("tests=\"3\" failures=\"0\""));
  o.min_level = Level::medium;
  CHECK_THAT(render_junit(sample_report(), o), Catch::Contains("tests=\"2\" failures=\"0\""));
}

TEST_CASE("junit: a suppressed line is skipped, not failed", "[report][junit]") {
  auto rep = sample_report();
  rep.lines[0].suppressed = true;
  auto xml = render_junit(rep);
  CHECK_THAT(xml, Catch::Contains("tests=\"3\" failures=\"0\" errors=\"0\" skipped=\"1\""));
  CHECK_THAT(xml, Catch::Contains("name=\"line 2: CU-201 Copper cathode\">\n      <skipped message=\"suppressed\"/>\n"
                                  "      <system-out>"));
}

TEST_CASE("junit: every file gets its testsuite in order, input errors included", "[report][junit]") {
  auto rep = sample_report();
  rep.files.push_back({"empty.csv", "csv", 0, 0, 0, "empty file; expected a header row", Level::none, 0, std::nullopt});
  rep.files.push_back({"b.csv", "csv", 1, 1, 0, "", Level::none, 0, std::nullopt});
  rep.lines.push_back(bom_line("b.csv", 2, "X-1", Level::none));
  rep.problems.push_back({"empty.csv", 1, 1, true, "empty file; expected a header row"});
  rep.problems.push_back({"b.csv", 2, 7, false, "unknown country 'Atlantis'"});
  auto xml = render_junit(rep);
  auto a = xml.find("<testsuite name=\"a.csv\"");
  auto e = xml.find("<testsuite name=\"empty.csv\" tests=\"1\" failures=\"0\" errors=\"1\" skipped=\"0\">");
  auto b = xml.find("<testsuite name=\"b.csv\" tests=\"1\" failures=\"0\" errors=\"0\" skipped=\"0\">");
  REQUIRE(e != std::string::npos);
  REQUIRE(b != std::string::npos);
  CHECK((a < e && e < b));
  CHECK_THAT(xml, Catch::Contains("<testcase classname=\"empty.csv\" name=\"input error at empty.csv:1:1\">\n"
                                  "      <error message=\"empty file; expected a header row\" type=\"input\"/>\n"));
  CHECK_THAT(xml, Catch::Contains("<system-err>b.csv:2:7: warning: unknown country &apos;Atlantis&apos;\n</system-err>"));
}

TEST_CASE("junit: input text cannot break the XML", "[report][junit]") {
  auto rep = sample_report();
  rep.lines[0].supplier = "<script>x</script> ]]> & \"q\" 'a' \x01\x1b[31m";
  rep.lines[0].id = "P\"1\n";
  auto xml = render_junit(rep);
  CHECK_THAT(xml, Catch::Contains("supplier &lt;script&gt;x&lt;/script&gt; ]]&gt; &amp; &quot;q&quot; &apos;a&apos; "
                                  "\xEF\xBF\xBD\xEF\xBF\xBD[31m;"));
  CHECK_THAT(xml, Catch::Contains("name=\"line 2: P&quot;1&#10; Copper cathode\""));
  CHECK(xml.find("<script>") == std::string::npos);
  CHECK(xml.find('\x1b') == std::string::npos);
}
