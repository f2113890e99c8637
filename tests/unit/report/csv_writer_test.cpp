#include <catch2/catch.hpp>

#include <sstream>

#include "chainrisk/report/writers.hpp"

using namespace chainrisk;
using score::Level;

namespace {

score::Signal signal(std::string kind, double weight, std::uint8_t labor, std::vector<std::string> sources,
                     std::string message) {
  score::Signal s;
  s.kind = std::move(kind);
  s.weight = weight;
  s.labor = labor;
  s.sources = std::move(sources);
  s.message = std::move(message);
  return s;
}

score::LineReport cobalt_line() {
  score::LineReport l;
  l.file = "bom.csv";
  l.line = 7;
  l.id = "P-104";
  l.parent = "ASM-1";
  l.description = "Cobalt hydroxide, 30%";
  l.material = "cobalt hydroxide";
  l.hs_code = "282200";
  l.supplier = "Example Mining SARL";
  l.supplier_country = "CD";
  l.origin = "CD";
  l.commodity = "cobalt";
  l.score = 72.04;
  l.level = Level::high;
  std::vector<score::Signal> signals{
      signal("tier", 0.3, 0, {"tip-tiers:2025"}, "CD is on the Tier 2 Watch List"),
      signal("finding", 0.6, 1, {"dol-tvpra-goods:2024", "tip-narrative-findings:2025"}, "cobalt from CD: child labor"),
      signal("upstream", 0.2, 2, {"tip-tiers:2025"}, "an input from CD: forced labor")};
  l.evidence = score::make_evidence(std::move(signals));
  return l;
}

score::LineReport steel_line() {
  score::LineReport l;
  l.file = "bom.csv";
  l.line = 8;
  l.description = "Steel bracket";
  l.commodity = "steel";
  l.origin = "DE";
  return l;
}

std::string render_csv(const std::vector<score::LineReport>& lines, report::WriteOptions o = {}) {
  score::Report rep;
  rep.lines = lines;
  std::ostringstream out;
  report::render(rep, *report::find_writer("csv"), o, out);
  return out.str();
}

constexpr std::string_view kHeader =
    "file,line,id,parent,description,material,hs_code,supplier,supplier_country,origin,region,commodity,score,"
    "level,suppressed,suppressed_reason,top_signal_kind,top_signal_message,labor,sources,signals\n";

}  // namespace

TEST_CASE("csv: a header row, then one row per line with its evidence summed up", "[report][csv]") {
  std::string out = render_csv({cobalt_line(), steel_line()});
  CHECK(out == std::string(kHeader) +
                   "bom.csv,7,P-104,ASM-1,\"Cobalt hydroxide, 30%\",cobalt hydroxide,282200,Example Mining SARL,CD,CD,,"
                   "cobalt,72.0,high,false,,finding,cobalt from CD: child labor,child; forced,"
                   "tip-tiers:2025; dol-tvpra-goods:2024; tip-narrative-findings:2025,3\n"
                   "bom.csv,8,,,Steel bracket,,,,,DE,,steel,0.0,none,false,,,,,,0\n");
}

TEST_CASE("csv: an unresolved commodity and a region are written as given", "[report][csv]") {
  auto l = steel_line();
  l.commodity.reset();
  l.origin = "CN";
  l.region = "CN-XJ";
  CHECK(render_csv({l}) == std::string(kHeader) + "bom.csv,8,,,Steel bracket,,,,,CN,CN-XJ,,0.0,none,false,,,,,,0\n");
}

TEST_CASE("csv: the top signal is a forcing one, else the heaviest, the first of equals", "[report][csv]") {
  auto l = cobalt_line();
  auto signals = l.evidence->copy();
  auto region = signal("region", 0.5, 2, {"iso3166-2-regions:4.15"}, "CN-XJ presumption");
  region.forcing = true;
  signals.push_back(region);
  signals.push_back(signal("entity", 0.6, 2, {}, "a later signal as heavy as the finding"));
  l.evidence = score::make_evidence(signals);
  CHECK_THAT(render_csv({l}), Catch::Contains(",high,false,,region,CN-XJ presumption,child; forced,"));
  signals.erase(signals.end() - 2);
  l.evidence = score::make_evidence(signals);
  CHECK_THAT(render_csv({l}), Catch::Contains(",high,false,,finding,cobalt from CD: child labor,"));
}

TEST_CASE("csv: a line whose signals weigh nothing has no top signal", "[report][csv]") {
  auto l = steel_line();
  l.evidence = score::make_evidence(
      std::vector<score::Signal>{signal("mitigation", 0, 0, {"schemes:2026.1"}, "Certified")});
  CHECK_THAT(render_csv({l}), Catch::EndsWith(",0.0,none,false,,,,,schemes:2026.1,1\n"));
}

TEST_CASE("csv: a suppressed line stays, marked as such", "[report][csv]") {
  auto l = cobalt_line();
  l.suppressed = true;
  CHECK_THAT(render_csv({l}), Catch::Contains(",72.0,high,true,,finding,"));
}

TEST_CASE("csv: --min-level hides the rows below it, not the header", "[report][csv]") {
  report::WriteOptions o;
  o.min_level = Level::medium;
  std::string out = render_csv({steel_line(), cobalt_line()}, o);
  CHECK(out.rfind(kHeader, 0) == 0);
  CHECK_THAT(out, Catch::Contains("bom.csv,7,P-104,"));
  CHECK_THAT(out, !Catch::Contains("Steel bracket"));
}

TEST_CASE("csv: input values are neutralised and quoted in every column", "[report][csv]") {
  auto l = steel_line();
  l.id = "-1";
  l.description = "@SUM(A1)";
  l.supplier = "=HYPERLINK(\"http://x\")";
  l.parent = "+1";
  l.material = "\tsteel";
  l.file = "\rbom.csv";
  CHECK(render_csv({l}) == std::string(kHeader) +
                               "\"'\rbom.csv\",8,'-1,'+1,'@SUM(A1),'\tsteel,,\"'=HYPERLINK(\"\"http://x\"\")\",,DE,,"
                               "steel,0.0,none,false,,,,,,0\n");
}

TEST_CASE("csv: rows are written as the lines come, not all at the end", "[report][csv]") {
  std::ostringstream out;
  auto writer = report::make_csv_writer({}, out);
  writer->begin(score::ReportHead{});
  auto l = cobalt_line();
  l.description.assign(1000, 'x');
  for (int i = 0; i < 3000; ++i) writer->line(l);  // ~3 MB
  std::size_t before_end = out.str().size();
  CHECK(before_end > (1u << 20));
  writer->end();
  CHECK(out.str().size() > before_end);
  CHECK(out.str().size() < before_end + (1u << 20) + 2000);
}
