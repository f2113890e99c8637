#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <sstream>

#include "chainrisk/error.hpp"
#include "chainrisk/lookup/profile.hpp"
#include "chainrisk/report/profiles.hpp"
#include "graph_fixture.hpp"
#include "test_support.hpp"

using namespace chainrisk;

namespace {

struct Fixture {
  model::Graph g = test::fixture_graph();
  Fixture() {
    auto metal = *g.commodity_by_id("metal");
    auto add = [&](const char* cc, model::TradeFlow flow, std::optional<double> share, int rank, int year) {
      model::TradeShare t;
      t.commodity = metal;
      t.flow = flow;
      t.country = *g.country_by_code(cc);
      t.share = share;
      t.rank = rank;
      t.year = year;
      t.source = "test trade";
      g.trade.push_back(t);
    };
    add("BB", model::TradeFlow::export_, std::nullopt, 2, 2024);
    add("AA", model::TradeFlow::export_, std::nullopt, 1, 2024);
    add("DD", model::TradeFlow::export_, std::nullopt, 1, 2020);  // older year: not shown
    add("CC", model::TradeFlow::production, 0.2, 0, 2023);
    add("AA", model::TradeFlow::production, 0.5, 0, 2023);
    g.build_indexes();
  }
  resolve::Resolver resolver{g};
};

std::string render(const lookup::CommodityProfile& p, const char* format) {
  std::ostringstream out;
  report::write_commodity_profile(p, format, out);
  return out.str();
}

}  // namespace

TEST_CASE("lookup: a commodity profile covers its forms, tiers, trade and graph", "[lookup]") {
  Fixture f;
  auto p = lookup::commodity_profile(f.g, f.resolver, "metal cathode");
  REQUIRE(p);
  CHECK(p->id == "metal");
  REQUIRE(p->findings.size() == 3);  // metal/AA, metal/BB, and ore/CC through the form relation
  CHECK(p->findings[0].country == "AA");
  CHECK(p->findings[2].commodity == "ore");
  CHECK(p->findings[2].good == "Ore");
  CHECK(p->tiers.at("AA").tier == "2WL");
  CHECK(p->tiers.at("AA").year == 2025);
  REQUIRE(p->top_exporters.size() == 2);
  CHECK(p->top_exporters[0].country == "AA");  // by rank, latest year only
  CHECK(p->top_exporters[1].country == "BB");
  REQUIRE(p->top_producers.size() == 2);
  CHECK(p->top_producers[0].country == "AA");  // by share
  CHECK(p->inputs == std::vector<std::string>{"ore"});
  CHECK(p->outputs == std::vector<std::string>{"wire"});
  CHECK_FALSE(lookup::commodity_profile(f.g, f.resolver, "unobtainium"));
  CHECK(lookup::commodity_profile(f.g, f.resolver, "7408")->id == "wire");  // by HS code
}

TEST_CASE("lookup: commodity JSON has the fields of cli.md", "[lookup]") {
  Fixture f;
  auto j = nlohmann::json::parse(render(*lookup::commodity_profile(f.g, f.resolver, "metal"), "json"));
  CHECK(j["commodity"]["id"] == "metal");
  CHECK(j["commodity"]["name"] == "Metal");
  CHECK(j["commodity"]["hs"] == nlohmann::json::array({"74"}));
  CHECK(j["findings"][0] == nlohmann::json({{"country", "AA"}, {"labor", {"child"}}, {"sources", {"test-findings:2024"}},
                                            {"good", "Metal"}, {"commodity", "metal"}, {"forced_child", false},
                                            {"publication", "dol-tvpra"}, {"edition", 2024}, {"source", "test"}}));
  CHECK(j["tiers"]["AA"] == nlohmann::json({{"tier", "2WL"}, {"year", 2025}}));
  CHECK(j["top_exporters"] == nlohmann::json::array({"AA", "BB"}));
  CHECK(j["top_importers"] == nlohmann::json::array());
  CHECK(j["inputs"] == nlohmann::json::array({"ore"}));
  CHECK(j["outputs"] == nlohmann::json::array({"wire"}));
  CHECK(j["byproducts"] == nlohmann::json::array());
}

TEST_CASE("lookup: the text profile groups findings by country", "[lookup]") {
  Fixture f;
  auto text = render(*lookup::commodity_profile(f.g, f.resolver, "metal"), "table");
  CHECK_THAT(text, Catch::StartsWith("Commodity report: Metal\n=======================\n"));
  CHECK_THAT(text, Catch::Contains("  - Aland (AA) - Metal: child labor (DOL List of Goods 2024) [test-findings:2024]\n"));
  CHECK_THAT(text, Catch::Contains("  - Ccland (CC) - Ore: child labor (DOL List of Goods 2024) [test-findings:2024]\n"));
  CHECK_THAT(text, Catch::Contains("Top exporters (2024)\n1. Aland (AA)\n2. Bbland (BB)\nSource: test trade\n"));
  CHECK_THAT(text, Catch::Contains("Top producers (2023)\n1. Aland (AA): 50.0%\n2. Ccland (CC): 20.0%\nSource: test trade\n"));
}

TEST_CASE("lookup: by-products over earlier forms and certifications of the forms", "[lookup]") {
  Fixture f;
  auto ore = *f.g.commodity_by_id("ore"), gem = *f.g.commodity_by_id("gem");
  f.g.relations.push_back({gem, ore, model::RelationKind::byproduct, 0.6, "test by-product", "", 0});
  f.g.findings.push_back(f.g.findings[0]);  // a listed gem finding in EE
  f.g.findings.back().commodity = gem;
  f.g.findings.back().country = *f.g.country_by_code("EE");
  model::Certification c;
  c.id = "ore-mark";
  c.name = "Ore Mark";
  c.commodities = {ore};
  c.labor = model::kChild;
  f.g.certifications.push_back(c);
  model::Certification other = c;
  other.id = "wire-mark";
  other.commodities = {*f.g.commodity_by_id("wire")};  // a later form: does not cover metal
  f.g.certifications.push_back(other);
  f.g.build_indexes();
  auto p = lookup::commodity_profile(f.g, f.resolver, "metal");
  REQUIRE(p);
  CHECK(p->byproducts == std::vector<std::string>{"gem"});
  const lookup::RelationView* link = nullptr;
  for (const auto& r : p->relations) {
    if (r.kind == "byproduct") link = &r;
  }
  REQUIRE(link);
  CHECK(link->input == "ore");
  CHECK(link->output == "gem");
  CHECK(link->via == "ore");  // reached through metal's earlier form
  CHECK(link->share == 0.6);
  CHECK(link->other_finding_countries == std::vector<std::string>{"EE"});  // DD's gem finding is removed
  REQUIRE(p->certifications.size() == 1);
  CHECK(p->certifications[0].id == "ore-mark");
  CHECK(p->certifications[0].covers == std::vector<std::string>{"ore"});
}

TEST_CASE("lookup: commodity markdown has the report's sections as tables", "[lookup]") {
  Fixture f;
  auto md = render(*lookup::commodity_profile(f.g, f.resolver, "metal"), "markdown");
  CHECK_THAT(md, Catch::StartsWith("# Commodity report: Metal\n"));
  CHECK_THAT(md, Catch::Contains("- Aland (AA): child labor\n- Bbland (BB): forced labor\n- Ccland (CC): child labor\n"));
  CHECK_THAT(md, Catch::Contains("According to the DOL List of Goods 2024, Metal is produced with child labor in "
                                 "Aland (AA), and with forced labor in Bbland (BB), and Ore with child labor in "
                                 "Ccland (CC).\n"));
  CHECK_THAT(md, Catch::Contains("| Aland (AA) | Metal | child labor | DOL List of Goods 2024; dataset "
                                 "test-findings:2024; record cites test |\n"));
  CHECK_THAT(md, Catch::Contains("In the TIP Report 2025, Ccland (CC) is listed as Tier 2; Aland (AA) is listed as "
                                 "Tier 2 Watch List; Bbland (BB) is listed as Tier 3.\n"));
  CHECK_THAT(md, Catch::Contains("## Top exporters of Metal (2024)\n\n| Rank | Country |\n|---|---|\n"
                                 "| 1 | Aland (AA) |\n| 2 | Bbland (BB) |\n"));
  CHECK_THAT(md, Catch::Contains("| 1 | Aland (AA) | 50.0% |\n"));
  CHECK_THAT(md, Catch::Contains("| earlier form | Ore (ore) | not stated | CC | test |\n"));
}

TEST_CASE("lookup: markdown escapes data from the datasets", "[lookup]") {
  Fixture f;
  f.g.commodities[*f.g.commodity_by_id("metal")].name = "Metal <b>*bold*</b>";
  f.g.findings[0].good = "Metal | <script>x</script>\nnext";
  auto md = render(*lookup::commodity_profile(f.g, f.resolver, "metal"), "markdown");
  CHECK_THAT(md, Catch::StartsWith("# Commodity report: Metal \\<b\\>\\*bold\\*\\</b\\>\n"));
  CHECK(md.find("<b>") == std::string::npos);
  CHECK(md.find("<script>") == std::string::npos);
  CHECK_THAT(md, Catch::Contains("| Aland (AA) | Metal \\| \\<script\\>x\\</script\\> next | child labor |"));
}

TEST_CASE("lookup: a country profile has tiers, findings and presumption regions", "[lookup]") {
  Fixture f;
  auto p = lookup::country_profile(f.g, f.resolver, "Aland");
  REQUIRE(p);
  CHECK(p->code == "AA");
  REQUIRE(p->tiers.size() == 2);
  CHECK(p->tiers[0].year == 2024);
  CHECK(p->tiers[1].tier == "2WL");
  REQUIRE(p->findings.size() == 1);
  CHECK(p->findings[0].good == "Metal");
  REQUIRE(p->regions.size() == 1);
  CHECK(p->regions[0].code == "AA-PR");
  CHECK(p->regions[0].law == "TESTLAW");
  REQUIRE(p->production.size() == 1);
  CHECK(p->production[0].commodity == "metal");
  auto dd = lookup::country_profile(f.g, f.resolver, "DD");
  REQUIRE(dd->removed_findings.size() == 1);
  CHECK(dd->removed_findings[0].removed_in == 2024);
  CHECK_FALSE(lookup::country_profile(f.g, f.resolver, "Narnia"));
}

TEST_CASE("lookup: unknown formats are usage errors", "[lookup]") {
  CHECK_THROWS_AS(report::check_profile_format("yaml"), UsageError);
  CHECK_NOTHROW(report::check_profile_format("markdown"));
}

TEST_CASE("lookup: the copper profile reproduces the seed report's findings", "[lookup][data]") {
  const auto& g = test::default_graph();
  resolve::Resolver r(g);
  auto p = lookup::commodity_profile(g, r, "copper");
  REQUIRE(p);
  auto has = [&](const char* cc, std::uint8_t labor) {
    for (const auto& f : p->findings) {
      if (f.country == cc && (f.labor & labor)) return true;
    }
    return false;
  };
  CHECK(has("CD", model::kChild));
  CHECK(has("ZM", model::kChild));
  CHECK(has("RS", model::kForced));
  CHECK(p->tiers.at("CD").tier == "2WL");
  CHECK(p->tiers.at("ZM").tier == "2");
  CHECK(p->tiers.at("RS").tier == "2");
  // The seed report's copper-cobalt link: cobalt (ore) is mined as a by-product of copper (ore).
  CHECK(std::find(p->byproducts.begin(), p->byproducts.end(), "cobalt-ore") != p->byproducts.end());
}
