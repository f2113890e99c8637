#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "chainrisk/model/graph.hpp"
#include "chainrisk/resolve/resolver.hpp"

namespace chainrisk::lookup {

// A finding as a profile shows it: the good it concerns, where, what labor, from which
// sources (cli.md "JSON of the lookup commands").
struct FindingView {
  std::string good, commodity, country, country_name;
  std::uint8_t labor = 0;
  bool forced_child = false;
  std::vector<std::string> sources;  // "dataset-id:edition"
  std::vector<std::string> source_refs;  // the records' own source citations (URLs, titles)
  std::string publication;
  int edition = 0;
  int removed_in = 0;  // 0 when listed
  std::string derived_from;  // "cobalt-ore from CD" for DOL downstream goods
  std::string dataset;       // id of the dataset holding the record
};

struct TierView {
  std::string tier;  // "1", "2", "2WL", "3", "special"
  int year = 0;
  std::string source;
  std::string dataset;  // id of the dataset holding the placement
};

// A ranked country for a commodity's trade or production.
struct ShareView {
  std::string commodity, country, country_name, region;
  std::optional<double> share;
  int rank = 0;
  int year = 0;
  bool of_country = false;
  std::string source;
  std::string dataset;  // id of the dataset holding the record
};

// A dataset a profile cites, for its Sources section.
struct SourceView {
  std::string id, title, publisher, published, source, version;
};

// A commodity-graph link of a profiled commodity: `input` goes into, is an earlier form of,
// or (kind "byproduct") co-produces `output`. One side is the commodity or one of its forms.
struct RelationView {
  std::string kind;  // "form", "input", "byproduct"
  std::string input, input_name, output, output_name;
  std::optional<double> share;  // dataset-format.md "relations": meaning depends on `kind`
  std::string source;
  std::string via;  // the earlier form of the commodity the link starts from ("copper-ore"), or ""
  // Countries with listed findings on the other side of the link (the by-product, the input
  // or the output), for "what it means" in the report.
  std::vector<std::string> other_finding_countries;
};

// A responsible-sourcing scheme covering the commodity or one of its earlier forms.
struct CertificationView {
  std::string id, name, kind, publisher, source, as_of;
  std::uint8_t labor = 0;           // labor risks its standard addresses
  std::vector<std::string> covers;  // the commodity ids of the profile it names
};

// `chainrisk commodity NAME`: what the data knows about one commodity, in the shape of the
// seed copper report.
struct CommodityProfile {
  std::string id, name, sector;
  std::vector<std::string> hs, aliases;
  std::vector<FindingView> findings;          // listed, for the commodity and its forms
  std::vector<FindingView> removed_findings;  // kept for history
  std::map<std::string, TierView> tiers;      // latest tier of each finding country
  std::vector<ShareView> top_exporters, top_importers, top_producers, regional_shares;
  std::vector<std::string> inputs, outputs, byproducts, byproduct_of;
  std::vector<RelationView> relations;  // the links behind the four lists above, with shares
  std::vector<CertificationView> certifications;
  std::vector<SourceView> cited;  // datasets behind everything shown
};

// `chainrisk country NAME|CODE`: tier history, goods with findings, special regions, entities.
struct EntityView {
  std::string id, name, region, sector, added, source;
  std::vector<std::string> aliases;
};
struct RegionView {
  std::string code, name, law, text, source;
};
struct CountryProfile {
  std::string code, alpha3, name;
  std::vector<std::string> aliases;
  std::vector<TierView> tiers;  // oldest first
  std::vector<FindingView> findings, removed_findings;
  std::vector<RegionView> regions;  // regions under a presumption
  std::vector<EntityView> entities;
  std::vector<ShareView> production;  // commodities this country produces a share of
  std::vector<SourceView> cited;
};

// Build the profile of the commodity `name` resolves to (id, name, alias or plural), or
// nullopt when nothing matches.
std::optional<CommodityProfile> commodity_profile(const model::Graph& graph,
                                                  const resolve::Resolver& resolver,
                                                  std::string_view name);
// Build the profile of the country `name_or_code` resolves to, or nullopt.
std::optional<CountryProfile> country_profile(const model::Graph& graph,
                                              const resolve::Resolver& resolver,
                                              std::string_view name_or_code);

}  // namespace chainrisk::lookup
