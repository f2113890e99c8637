#include <catch2/catch.hpp>

#include "chainrisk/io/bom.hpp"
#include "chainrisk/resolve/resolve_bom.hpp"
#include "chainrisk/resolve/resolver.hpp"
#include "test_support.hpp"

using namespace chainrisk;

namespace {

const resolve::Resolver& resolver() {
  static const resolve::Resolver r(test::default_graph());
  return r;
}

std::string country(const char* text) {
  auto id = resolver().country(text);
  return id ? test::default_graph().countries[*id].code : "";
}

std::string commodity(const char* text) {
  auto id = resolver().commodity_by_name(text);
  return id ? test::default_graph().commodities[*id].id : "";
}

std::string hs(const char* code) {
  auto m = resolver().commodity_by_hs(code);
  return m ? test::default_graph().commodities[m->id].id : "";
}

}  // namespace

TEST_CASE("resolve: countries by code, name and the aliases bom-format.md lists", "[resolve]") {
  CHECK(country("CD") == "CD");
  CHECK(country("cd") == "CD");
  CHECK(country("COD") == "CD");
  CHECK(country("DRC") == "CD");
  CHECK(country("Congo, Dem. Rep.") == "CD");
  CHECK(country("Democratic Republic of the Congo") == "CD");
  CHECK(country("Côte d'Ivoire") == "CI");
  CHECK(country("Cote d’Ivoire") == "CI");
  CHECK(country("Ivory Coast") == "CI");
  CHECK(country("Burma") == "MM");
  CHECK(country("Türkiye") == "TR");
  CHECK(country("Turkey") == "TR");
  CHECK(country("South Korea") == "KR");
  CHECK(country("USA") == "US");
  CHECK(country("United Kingdom") == "GB");
  CHECK(country("Narnia") == "");
}

TEST_CASE("resolve: regions by ISO 3166-2 code and name, scoped by country", "[resolve]") {
  const auto& g = test::default_graph();
  auto region = [&](const char* text, const char* cc) {
    std::optional<model::CountryId> c;
    if (cc) c = g.country_by_code(cc);
    auto m = resolver().region(text, c);
    return m.id ? g.regions[*m.id].code : "";
  };
  CHECK(region("CN-XJ", nullptr) == "CN-XJ");
  CHECK(region("cn-xj", nullptr) == "CN-XJ");
  CHECK(region("Xinjiang", nullptr) == "CN-XJ");
  CHECK(region("XUAR", "CN") == "CN-XJ");
  CHECK(region("Xinjiang Uyghur Autonomous Region", "CN") == "CN-XJ");
  CHECK(region("Xinjiang", "IN") == "");
  CHECK(region("Jiangsu", "CN") == "CN-JS");
}

TEST_CASE("resolve: commodities by name, alias, plural and accent-insensitive", "[resolve]") {
  CHECK(commodity("copper") == "copper");
  CHECK(commodity("Copper Cathodes") == "copper");
  CHECK(commodity("copper concentrate") == "copper-ore");
  CHECK(commodity("cobalt hydroxide") == "cobalt");
  CHECK(commodity("Aluminium") == "aluminum");
  CHECK(commodity("Tomatoes") == "tomatoes");
  CHECK(commodity("tomato") == "tomatoes");
  CHECK(commodity("Açaí Berries") == "acai-berries");
  CHECK(commodity("unobtainium") == "");
}

TEST_CASE("resolve: HS codes pick the longest prefix", "[resolve]") {
  CHECK(hs("7403.11") == "copper");
  CHECK(hs("740311") == "copper");
  CHECK(hs("7408.11") == "copper-wire");
  CHECK(hs("2603") == "copper-ore");
  CHECK(hs("8507.60.00") == "lithium-ion-battery");
  CHECK(hs("9999") == "");
  CHECK(hs("abc") == "");
  CHECK(hs("7") == "");
}

TEST_CASE("resolve: descriptions match the longest commodity name as whole words", "[resolve]") {
  const auto& g = test::default_graph();
  auto in_text = [&](const char* text) {
    auto m = resolver().commodity_in_text(text, resolve::CommodityVia::description);
    return m ? g.commodities[m->id].id : "";
  };
  CHECK(in_text("Bare copper wire, 2.5 mm²") == "copper-wire");
  CHECK(in_text("Refined copper cathodes, LME grade A") == "copper");
  CHECK(in_text("Goldfish bowl") == "");
  CHECK(in_text("TA-12 bracket") == "");  // two-letter aliases never match inside free text
}

TEST_CASE("resolve: placeholders mean 'not given'", "[resolve]") {
  for (const char* p : {"", "-", "N/A", "n.a.", "unknown", "Various", "TBD", "  "}) CHECK(resolve::is_placeholder(p));
  for (const char* p : {"NA", "China", "copper"}) CHECK_FALSE(resolve::is_placeholder(p));
  // The longest placeholders, however spaced and punctuated, and longer text that is not one.
  for (const char* p : {"Not Applicable", "  not -- applicable ", "NOT_APPLICABLE", "UNDETERMINED",
                        "Not specified", "not available"}) {
    CHECK(resolve::is_placeholder(p));
  }
  for (const char* p : {"not applicables", "Unknown supplier Ltd", "undetermined origin"}) {
    CHECK_FALSE(resolve::is_placeholder(p));
  }
}

TEST_CASE("resolve: resolve_bom reports unresolved values at their position", "[resolve]") {
  Diagnostics diag;
  auto bom = io::read_csv_bom(
      "id,material,hs_code,origin,region\n"
      "A,copper,,Zambai,\n"
      "B,unobtainium,7403,CD,\n"
      "C,cotton,,India,Xinjiang\n"
      "D,cotton,,,XUAR\n"
      "E,tea,,unknown,\n",
      "bom.csv", diag);
  REQUIRE(diag.items().empty());
  auto lines = resolve::resolve_bom(resolver(), bom, diag);
  const auto& g = test::default_graph();
  CHECK(test::joined(diag) ==
        "bom.csv:2:11: warning: unknown country 'Zambai' in origin; did you mean 'Zambia (ZM)'?\n"
        "bom.csv:3:3: warning: unknown material 'unobtainium'; commodity 'copper' taken from the hs_code\n"
        "bom.csv:4:17: warning: region CN-XJ is in CN, but the origin is IN; both are scored\n");
  CHECK_FALSE(lines[0].origin);
  REQUIRE(lines[0].unresolved.size() == 1);
  CHECK(lines[0].unresolved[0].field == io::Field::origin);
  CHECK(lines[1].commodity->via == resolve::CommodityVia::hs_code);
  CHECK(g.regions[*lines[2].region].code == "CN-XJ");
  CHECK(g.countries[*lines[2].origin].code == "IN");
  CHECK(lines[3].origin_from_region);
  CHECK(g.countries[*lines[3].origin].code == "CN");
  CHECK_FALSE(lines[4].origin);
  CHECK(lines[4].unresolved.empty());
}

TEST_CASE("resolve: every country of the data resolves by alpha-2, alpha-3, name and each alias", "[resolve][data]") {
  const auto& g = test::default_graph();
  REQUIRE(g.countries.size() >= 249);
  for (model::CountryId i = 0; i < g.countries.size(); ++i) {
    const auto& c = g.countries[i];
    INFO(c.code << " " << c.name);
    CHECK(resolver().country(c.code) == i);
    if (!c.alpha3.empty()) CHECK(resolver().country(c.alpha3) == i);
    CHECK(resolver().country(c.name) == i);
    for (const auto& a : c.aliases) {
      INFO("alias " << a);
      CHECK(resolver().country(a) == i);
    }
  }
}
