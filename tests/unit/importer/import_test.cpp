#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "chainrisk/data/load.hpp"
#include "chainrisk/error.hpp"
#include "chainrisk/importer/import.hpp"
#include "chainrisk/io/table.hpp"
#include "importer/values.hpp"
#include "test_support.hpp"

using namespace chainrisk;
namespace fs = std::filesystem;

namespace {

struct Scratch {
  fs::path dir;
  Scratch() {
    char templ[] = "/tmp/chainrisk-import-XXXXXX";
    dir = ::mkdtemp(templ);
    fs::create_directory(dir / "out");
  }
  ~Scratch() { fs::remove_all(dir); }
  std::string write(const std::string& name, const std::string& text) {
    std::ofstream(dir / name) << text;
    return (dir / name).string();
  }
  importer::ImportOptions options(const std::string& kind, const std::string& file) {
    importer::ImportOptions o;
    o.kind = kind;
    o.file = file;
    o.out_dir = (dir / "out").string();
    o.version = "2026";
    o.published = "2026-09-30";
    return o;
  }
  nlohmann::json read(const std::string& name) {
    std::ifstream in(dir / "out" / name);
    return nlohmann::json::parse(in);
  }
};

}  // namespace

TEST_CASE("import: publication values are read in their usual spellings", "[importer]") {
  using namespace importer;
  CHECK(parse_yes_no("Yes") == true);
  CHECK(parse_yes_no("x") == true);
  CHECK(parse_yes_no("") == false);
  CHECK_FALSE(parse_yes_no("maybe"));
  CHECK(parse_tier_name("Tier 2 Watch List") == "2WL");
  CHECK(parse_tier_name("tier 1") == "1");
  CHECK(parse_tier_name("Special Case") == "special");
  CHECK_FALSE(parse_tier_name("Tier 4"));
  CHECK(parse_date("June 21, 2022") == "2022-06-21");
  CHECK(parse_date("2025-01-15") == "2025-01-15");
  CHECK_FALSE(parse_date("soon"));
  CHECK(parse_labor("Child labor") == model::kChild);
  CHECK(parse_labor("FL") == model::kForced);
  CHECK(parse_labor("child; forced") == (model::kChild | model::kForced));
  CHECK(parse_labor("both") == (model::kChild | model::kForced));
  CHECK_FALSE(parse_labor("none"));
  CHECK(slug_for("Squid (dried)") == "squid");
  CHECK(slug_for("Brazil Nuts/Chestnuts") == "brazil-nuts-chestnuts");
}

TEST_CASE("import: XML elements, entities and errors with positions", "[importer][xml]") {
  TextPos pos;
  std::string error;
  auto doc = io::parse_xml("<?xml version=\"1.0\"?>\n<!-- c -->\n<a x=\"1>\"><b>T&amp;&#233;</b><c/></a>", pos, error);
  REQUIRE(doc);
  CHECK(doc->name == "a");
  CHECK(doc->child_text("b") == "T&\xC3\xA9");
  CHECK(doc->child("c"));
  CHECK_FALSE(io::parse_xml("<a>\n  <b></c></a>", pos, error));
  CHECK(error == "expected </b>, got </c>");
  CHECK(pos.line == 2);
  CHECK_FALSE(io::parse_xml("<a>&bogus;</a>", pos, error));
  CHECK(error == "unknown entity &bogus;");
  CHECK_FALSE(io::parse_xml(std::string(100000, '<'), pos, error));  // bounded, no crash
}

TEST_CASE("import: a TIP tier table becomes a tiers dataset that loads", "[importer]") {
  Scratch s;
  auto file = s.write("tiers.csv", "Country,Year,Tier\nBurma,2026,Tier 3\n\"Congo, Dem. Rep.\",2026,Tier 2 Watch List\n");
  Diagnostics diag;
  auto r = importer::import_publication(test::default_graph(), s.options("tip-tiers", file), diag);
  CHECK(diag.items().empty());
  CHECK(r.dataset_id == "tip-tiers-2026");
  CHECK(r.records == 2);
  auto ds = s.read("tip-tiers-2026.json");
  CHECK(ds["records"][0]["country"] == "MM");
  CHECK(ds["records"][1]["tier"] == "2WL");
  auto manifest = s.read("manifest.json");
  CHECK(manifest["datasets"][0]["publisher"] == "US Department of State, Office to Monitor and Combat Trafficking in Persons");
  auto g = data::load_graph({data::embedded_store(), data::directory_store((s.dir / "out").string())});
  CHECK(g.latest_tier(*g.country_by_code("CD"))->year == 2026);
}

TEST_CASE("import: own findings may name unknown goods, which become commodities", "[importer]") {
  Scratch s;
  auto file = s.write("audit.csv", "good,country,labor,source\nCopper cathode,Zambia,forced,audit 17\nWidgets,Peru,child,audit 18\n");
  auto o = s.options("findings", file);
  o.id = "acme-audits";
  o.publisher = "ACME";
  o.source = "internal";
  o.license = "internal";
  Diagnostics diag;
  auto r = importer::import_publication(test::default_graph(), o, diag);
  CHECK(r.records == 2);
  CHECK(r.new_commodities == 1);
  auto ds = s.read("acme-audits.json");
  CHECK(ds["records"][0]["commodity"] == "copper");
  CHECK(ds["records"][1]["commodity"] == "widgets");
  CHECK(s.read("acme-audits-commodities.json")["records"][0]["id"] == "widgets");
  auto g = data::load_graph({data::embedded_store(), data::directory_store((s.dir / "out").string())});
  CHECK(g.commodity_by_id("widgets"));
}

TEST_CASE("import: bad rows are reported with positions and nothing is written", "[importer]") {
  Scratch s;
  auto file = s.write("tiers.csv", "country,year,tier\nNarnia,2026,Tier 1\nFrance,2026,Tier 9\n");
  Diagnostics diag;
  importer::import_publication(test::default_graph(), s.options("tip-tiers", file), diag);
  CHECK(test::joined(diag) == file + ":2:1: error: unknown country 'Narnia'\n" + file +
                                  ":3:13: error: 'Tier 9': expected Tier 1, Tier 2, Tier 2 Watch List, Tier 3 or Special Case\n");
  CHECK(fs::is_empty(s.dir / "out"));
}

TEST_CASE("import: option mistakes are usage errors", "[importer]") {
  Scratch s;
  auto file = s.write("x.csv", "good,country,labor,source\n");
  Diagnostics diag;
  auto o = s.options("ledger", file);
  CHECK_THROWS_WITH(importer::import_publication(test::default_graph(), o, diag),
                    "unknown import kind \"ledger\"; expected one of: dol, tip-tiers, uflpa, findings");
  o = s.options("findings", file);
  o.version.clear();
  CHECK_THROWS_AS(importer::import_publication(test::default_graph(), o, diag), UsageError);
  o = s.options("findings", (s.dir / "missing.csv").string());
  CHECK_THROWS_AS(importer::import_publication(test::default_graph(), o, diag), InputError);
}
