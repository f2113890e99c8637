#include "graph_fixture.hpp"

namespace chainrisk::test {
namespace {

using namespace chainrisk::model;

void add_country(Graph& g, const std::string& code, const std::string& name) {
  g.countries.push_back({code, "", name, {}});
  g.add_country_index(static_cast<CountryId>(g.countries.size() - 1));
}

void add_commodity(Graph& g, const std::string& id, const std::string& name,
                   std::vector<std::string> aliases, std::vector<std::string> hs) {
  g.commodities.push_back({id, name, "Mining", std::move(aliases), std::move(hs)});
  g.add_commodity_index(static_cast<CommodityId>(g.commodities.size() - 1));
}

Finding finding(const Graph& g, const std::string& commodity, const std::string& country,
                std::uint8_t labor) {
  Finding f;
  f.id = commodity + "-" + country;
  f.good = g.commodities[*g.commodity_by_id(commodity)].name;
  f.commodity = *g.commodity_by_id(commodity);
  f.country = *g.country_by_code(country);
  f.labor = labor;
  f.editions = {2022, 2024};
  f.publication = "dol-tvpra";
  f.source = "test";
  f.dataset = 1;
  return f;
}

}  // namespace

model::Graph fixture_graph() {
  Graph g;
  for (auto [id, version] : {std::pair{"test-geo", "1"}, {"test-findings", "2024"}, {"test-tiers", "2025"}}) {
    DatasetInfo d;
    d.id = id;
    d.version = version;
    g.datasets.push_back(d);
  }
  add_country(g, "AA", "Aland");
  add_country(g, "BB", "Bbland");
  add_country(g, "CC", "Ccland");
  add_country(g, "DD", "Ddland");
  add_country(g, "EE", "Eeland");
  Region r{"AA-PR", 0, "Presumed Province", "Province", {"Presumed"}, std::nullopt};
  r.presumption = Presumption{"TESTLAW", kForced, "presumed forced labor", "test", 0};
  g.regions.push_back(r);
  g.add_region_index(0);
  add_commodity(g, "ore", "Ore", {"metal ore"}, {"2603"});
  add_commodity(g, "metal", "Metal", {"metal cathode"}, {"74"});
  add_commodity(g, "wire", "Wire", {"metal wire"}, {"7408"});
  add_commodity(g, "gem", "Gem", {}, {});
  g.relations.push_back({*g.commodity_by_id("metal"), *g.commodity_by_id("ore"), RelationKind::form, std::nullopt, "test", "", 0});
  g.relations.push_back({*g.commodity_by_id("wire"), *g.commodity_by_id("metal"), RelationKind::input, std::nullopt, "test", "", 0});
  g.findings.push_back(finding(g, "metal", "AA", kChild));
  g.findings.push_back(finding(g, "ore", "CC", kChild));
  g.findings.push_back(finding(g, "metal", "BB", kForced));
  auto removed = finding(g, "gem", "DD", kChild);
  removed.removed = true;
  removed.removed_in = 2024;
  g.findings.push_back(removed);
  auto tier = [&](const char* c, int year, Tier t) {
    g.tiers.push_back({*g.country_by_code(c), year, t, "test", 2});
  };
  tier("AA", 2024, Tier::tier3);
  tier("AA", 2025, Tier::watch_list);
  tier("BB", 2025, Tier::tier3);
  tier("CC", 2025, Tier::tier2);
  tier("DD", 2025, Tier::tier1);
  g.build_indexes();
  return g;
}

}  // namespace chainrisk::test
