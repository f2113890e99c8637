#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "chainrisk/batch/batch.hpp"

using namespace chainrisk;
using batch::report_stems;
using batch::sanitise_name;

TEST_CASE("batch naming: safe names pass unchanged", "[batch][naming]") {
  CHECK(sanitise_name("copper-cable.csv") == "copper-cable.csv");
  CHECK(sanitise_name("Q1_suppliers.v2.JSON") == "Q1_suppliers.v2.JSON");
}

TEST_CASE("batch naming: separators and dot-dot cannot leave the directory", "[batch][naming]") {
  CHECK(sanitise_name("../../etc/passwd") == "___.._etc_passwd");
  CHECK(sanitise_name("/etc/passwd") == "_etc_passwd");
  CHECK(sanitise_name("a\\b.csv") == "a_b.csv");
  CHECK(sanitise_name(".") == "_");
  CHECK(sanitise_name("..") == "__");
  CHECK(sanitise_name(".hidden.csv") == "_hidden.csv");
  CHECK(sanitise_name("") == "bom");
}

TEST_CASE("batch naming: each run of other characters becomes one underscore", "[batch][naming]") {
  CHECK(sanitise_name("Lieferanten-Übersicht.csv") == "Lieferanten-_bersicht.csv");
  CHECK(sanitise_name("供应商 清单.csv") == "_.csv");
  CHECK(sanitise_name("a  b\tc\nd.csv") == "a_b_c_d.csv");
  CHECK(sanitise_name("bad\xff\xfe.csv") == "bad_.csv");
  CHECK(sanitise_name("<script>.csv") == "_script_.csv");
}

TEST_CASE("batch naming: very long names are cut and keep a hash of the whole", "[batch][naming]") {
  std::string a(300, 'a'), b = std::string(299, 'a') + "b";
  auto sa = sanitise_name(a), sb = sanitise_name(b);
  CHECK(sa.size() == batch::kMaxStem);
  CHECK(sb.size() == batch::kMaxStem);
  CHECK(sa != sb);
  CHECK(sa.substr(0, 91) == std::string(91, 'a'));
  CHECK(sa[91] == '-');
  CHECK(sanitise_name(a) == sa);  // deterministic
  CHECK(sanitise_name(std::string(batch::kMaxStem, 'x')) == std::string(batch::kMaxStem, 'x'));
}

TEST_CASE("batch naming: stems are relative to the common directory", "[batch][naming]") {
  CHECK(report_stems({"docs/examples/copper-cable.csv", "docs/examples/ev-battery-pack.csv"}) ==
        std::vector<std::string>{"copper-cable.csv", "ev-battery-pack.csv"});
  CHECK(report_stems({"/data/boms/one.csv"}) == std::vector<std::string>{"one.csv"});
  CHECK(report_stems({"q1/eu/bom.csv", "q1/us/bom.csv"}) == std::vector<std::string>{"eu_bom.csv", "us_bom.csv"});
  CHECK(report_stems({"top.csv", "deep/er/x.csv"}) == std::vector<std::string>{"top.csv", "deep_er_x.csv"});
}

TEST_CASE("batch naming: collisions get numeric suffixes in input order", "[batch][naming]") {
  // a/b.csv and a_b.csv sanitise alike; names differing only in case would clash on
  // case-insensitive file systems.
  CHECK(report_stems({"q/a/b.csv", "q/a_b.csv", "q/A_B.csv"}) ==
        std::vector<std::string>{"a_b.csv", "a_b.csv-2", "A_B.csv-3"});
  CHECK(report_stems({"x/ü.csv", "x/é.csv"}) == std::vector<std::string>{"_.csv", "_.csv-2"});
}

TEST_CASE("batch naming: no stem is 'index', the name of the index files", "[batch][naming]") {
  CHECK(report_stems({"d/index", "d/INDEX"}) == std::vector<std::string>{"index-2", "INDEX-3"});
  CHECK(report_stems({"d/index.csv"}) == std::vector<std::string>{"index.csv"});
}

TEST_CASE("batch naming: report extensions by format", "[batch][naming]") {
  CHECK(batch::report_extension("json") == ".json");
  CHECK(batch::report_extension("html") == ".html");
  CHECK(batch::report_extension("junit") == ".junit.xml");
  CHECK(batch::report_extension("markdown") == ".md");
  CHECK(batch::report_extension("table") == ".txt");
  CHECK(batch::report_extension("future/x") == ".future_x");
}
