#include <algorithm>
#include <set>

#include "chainrisk/lookup/profile.hpp"
#include "views.hpp"

namespace chainrisk::lookup {
namespace {

// Countries with listed findings on `m` itself, by code.
std::vector<std::string> finding_countries(const model::Graph& g, model::CommodityId m) {
  std::set<std::string> codes;
  for (auto i : g.findings_for(m)) {
    if (!g.findings[i].removed) codes.insert(g.countries[g.findings[i].country].code);
  }
  return {codes.begin(), codes.end()};
}

RelationView relation_view(const model::Graph& g, const model::Relation& rel, model::CommodityId other,
                           std::string via) {
  const auto& in = g.commodities[rel.input];
  const auto& out = g.commodities[rel.output];
  return {std::string(model::to_string(rel.kind)), in.id, in.name, out.id, out.name, rel.share, rel.source,
          std::move(via), finding_countries(g, other)};
}

void add_relations(const model::Graph& g, model::CommodityId m, CommodityProfile& p, std::set<model::DatasetId>& cited) {
  using model::RelationKind;
  auto id = [&](model::CommodityId c) { return g.commodities[c].id; };
  for (auto r : g.relations_into(m)) {
    const auto& rel = g.relations[r];
    (rel.kind == RelationKind::byproduct ? p.byproduct_of : p.inputs).push_back(id(rel.input));
    p.relations.push_back(relation_view(g, rel, rel.input, ""));
    cited.insert(rel.dataset);
  }
  for (auto r : g.relations_from(m)) {
    const auto& rel = g.relations[r];
    if (rel.kind == RelationKind::byproduct) continue;
    p.outputs.push_back(id(rel.output));
    p.relations.push_back(relation_view(g, rel, rel.output, ""));
    cited.insert(rel.dataset);
  }
  // By-products come from the mining of a material (cobalt ore from copper ore), so they
  // are collected over the commodity's earlier forms too.
  for (const auto& form : g.earlier_forms(m)) {
    for (auto r : g.relations_from(form.commodity)) {
      const auto& rel = g.relations[r];
      if (rel.kind != RelationKind::byproduct) continue;
      p.byproducts.push_back(id(rel.output));
      p.relations.push_back(relation_view(g, rel, rel.output, form.commodity == m ? "" : id(form.commodity)));
      cited.insert(rel.dataset);
    }
  }
  for (auto* list : {&p.inputs, &p.outputs, &p.byproducts, &p.byproduct_of}) {
    std::sort(list->begin(), list->end());
    list->erase(std::unique(list->begin(), list->end()), list->end());
  }
}

// Schemes whose commodities include `m` or one of its earlier forms (the Copper Mark names
// copper, IRMA copper ore), in dataset order.
void add_certifications(const model::Graph& g, model::CommodityId m, CommodityProfile& p,
                        std::set<model::DatasetId>& cited) {
  const auto& forms = g.earlier_forms(m);
  for (const auto& c : g.certifications) {
    std::vector<std::string> covers;
    for (const auto& form : forms) {
      if (std::find(c.commodities.begin(), c.commodities.end(), form.commodity) != c.commodities.end()) {
        covers.push_back(g.commodities[form.commodity].id);
      }
    }
    if (covers.empty()) continue;
    p.certifications.push_back({c.id, c.name, c.kind, c.publisher, c.source, c.as_of, c.labor, std::move(covers)});
    cited.insert(c.dataset);
  }
}

bool by_country_then_good(const FindingView& a, const FindingView& b) {
  if (a.country_name != b.country_name) return a.country_name < b.country_name;
  if (a.good != b.good) return a.good < b.good;
  return a.sources < b.sources;
}

}  // namespace

std::optional<CommodityProfile> commodity_profile(const model::Graph& g, const resolve::Resolver& r,
                                                  std::string_view name) {
  std::optional<model::CommodityId> m = r.commodity_by_name(name);
  if (!m) {
    if (auto hs = r.commodity_by_hs(name)) m = hs->id;
  }
  if (!m) return std::nullopt;
  const auto& c = g.commodities[*m];
  CommodityProfile p;
  p.id = c.id;
  p.name = c.name;
  p.sector = c.sector;
  p.hs = c.hs;
  p.aliases = c.aliases;
  std::set<model::CountryId> countries;
  std::set<model::DatasetId> cited;
  for (const auto& form : g.earlier_forms(*m)) {
    for (auto i : g.findings_for(form.commodity)) {
      const auto& f = g.findings[i];
      (f.removed ? p.removed_findings : p.findings).push_back(finding_view(g, f));
      cited.insert(f.dataset);
      if (!f.removed) countries.insert(f.country);
    }
  }
  std::sort(p.findings.begin(), p.findings.end(), by_country_then_good);
  std::sort(p.removed_findings.begin(), p.removed_findings.end(), by_country_then_good);
  for (auto country : countries) {
    if (auto t = latest_tier_view(g, country)) {
      p.tiers[g.countries[country].code] = *t;
      cited.insert(g.latest_tier(country)->dataset);
    }
  }
  p.top_exporters = top_shares(g, *m, model::TradeFlow::export_, 10);
  p.top_importers = top_shares(g, *m, model::TradeFlow::import_, 10);
  p.top_producers = top_shares(g, *m, model::TradeFlow::production, 10);
  for (const auto& t : g.trade) {
    if (t.commodity != *m) continue;
    if (t.region) p.regional_shares.push_back(share_view(g, t));
    cited.insert(t.dataset);
  }
  add_relations(g, *m, p, cited);
  add_certifications(g, *m, p, cited);
  p.cited = cited_sources(g, cited);
  return p;
}

}  // namespace chainrisk::lookup
