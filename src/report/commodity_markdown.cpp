#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "chainrisk/model/graph.hpp"
#include "chainrisk/report/markdown.hpp"
#include "profile_markdown.hpp"

namespace chainrisk::report {
namespace {

using lookup::CommodityProfile;
using lookup::FindingView;
using lookup::RelationView;
using lookup::ShareView;
using Rows = std::vector<std::vector<std::string>>;

std::string pct(double share) { return fmt::format("{:.1f}%", share * 100); }

// `s` as a code span when it cannot break out of one (ids, commands), else escaped text.
std::string code(std::string_view s) {
  bool plain = s.find_first_of("`|\n\r") == std::string_view::npos;
  return plain ? fmt::format("`{}`", s) : markdown_escape(s);
}

// "Copper (id `copper`; sector Mining; HS 74, 7401)"
std::string identity(const CommodityProfile& p) {
  std::string out = fmt::format("{} (id {}", markdown_escape(p.name), code(p.id));
  if (!p.sector.empty()) out += fmt::format("; sector {}", markdown_escape(p.sector));
  if (!p.hs.empty()) out += fmt::format("; HS {}", markdown_escape(fmt::format("{}", fmt::join(p.hs, ", "))));
  return out + ")";
}

// The seed report's opening list: each country once, with every labor kind found there.
void write_summary(std::ostream& out, const CommodityProfile& p) {
  out << fmt::format("# Commodity report: {}\n\n", markdown_escape(p.name));
  out << identity(p) << ". Everything below comes from the loaded datasets, each cited under Sources.\n\n";
  if (p.findings.empty()) {
    out << fmt::format("The loaded data has no forced or child labor findings for {}.\n", markdown_escape(p.name));
    return;
  }
  std::vector<std::string> forms;
  for (const auto& r : p.relations) {
    if (r.kind == "form" && r.output == p.id) forms.push_back(markdown_escape(r.input_name));
  }
  out << fmt::format("{} is reportedly produced with forced labor and/or child labor in the following countries",
                     markdown_escape(p.name));
  if (!forms.empty()) out << fmt::format(" (findings on its earlier forms, {}, included)", join_and(forms));
  out << ":\n\n";
  std::map<std::string, std::pair<std::uint8_t, bool>> labor;  // by country label, sorted as the findings
  std::vector<std::string> order;
  for (const auto& f : p.findings) {
    auto key = country_label(f.country_name, f.country);
    if (!labor.count(key)) order.push_back(key);
    labor[key].first |= f.labor;
    labor[key].second = labor[key].second || f.forced_child;
  }
  for (const auto& key : order) {
    out << fmt::format("- {}: {}\n", key, model::labor_text(labor[key].first, labor[key].second));
  }
}

// "According to the TIP Report 2025, Copper is produced with child labor in A, and with
// forced labor in B." One sentence per publication and edition, newest first.
void write_finding_sentences(std::ostream& out, const CommodityProfile& p) {
  std::map<std::pair<int, std::string>, std::vector<const FindingView*>, std::greater<>> groups;
  for (const auto& f : p.findings) groups[{f.edition, f.publication}].push_back(&f);
  for (const auto& group : groups) {
    // Countries sharing a good and a labor kind are named together.
    std::vector<std::pair<std::string, std::vector<std::string>>> items;  // "good\x1flabor", countries
    for (const auto* f : group.second) {
      auto key = fmt::format("{}\x1f{}", f->good, model::labor_text(f->labor, f->forced_child));
      auto it = std::find_if(items.begin(), items.end(), [&](const auto& i) { return i.first == key; });
      if (it == items.end()) it = items.insert(items.end(), {key, {}});
      it->second.push_back(country_label(f->country_name, f->country));
    }
    std::vector<std::string> parts;
    std::string last_good;
    for (const auto& item : items) {
      auto cut = item.first.find('\x1f');
      std::string good = item.first.substr(0, cut), labor = item.first.substr(cut + 1);
      std::string who = parts.empty()       ? fmt::format("{} is produced ", markdown_escape(good))
                        : good == last_good ? std::string()
                                            : fmt::format("{} ", markdown_escape(good));
      parts.push_back(fmt::format("{}with {} in {}", who, labor, join_and(item.second)));
      last_good = good;
    }
    std::string text = parts[0];
    for (std::size_t i = 1; i < parts.size(); ++i) text += fmt::format(", and {}", parts[i]);
    out << fmt::format("According to the {}, {}.\n\n",
                       markdown_escape(publication_label(group.first.second, group.first.first)), text);
  }
}

void write_findings(std::ostream& out, const CommodityProfile& p) {
  if (p.findings.empty()) return;
  out << fmt::format("\n## Where is {} reportedly produced with forced labor or child labor?\n\n",
                     markdown_escape(p.name));
  write_finding_sentences(out, p);
  write_findings_table(out, p.findings, p.cited, true);
}

// "In the TIP Report 2025, A and B are listed as Tier 2; C is listed as Tier 2 Watch List."
void write_tiers(std::ostream& out, const CommodityProfile& p) {
  if (p.tiers.empty()) return;
  std::map<std::string, std::string> names;
  for (const auto& f : p.findings) names[f.country] = country_label(f.country_name, f.country);
  std::map<int, std::map<std::string, std::vector<std::string>>, std::greater<>> by_year;
  Rows rows;
  for (const auto& [cc, t] : p.tiers) {
    const auto& label = names.count(cc) ? names[cc] : markdown_escape(cc);
    by_year[t.year][t.tier].push_back(label);
    rows.push_back(
        {label, markdown_escape(tier_name(t.tier)), std::to_string(t.year), cite(t.source, t.dataset, p.cited)});
  }
  out << "\n## TIP tiers of those countries\n\n";
  for (const auto& [year, tiers] : by_year) {
    std::vector<std::string> parts;
    for (const auto& [tier, countries] : tiers) {
      parts.push_back(fmt::format("{} {} listed as {}", join_and(countries), countries.size() == 1 ? "is" : "are",
                                  markdown_escape(tier_name(tier))));
    }
    out << fmt::format("In the TIP Report {}, {}.\n\n", year, fmt::join(parts, "; "));
  }
  write_markdown_table(out, {"Country", "Tier", "Year", "Source"}, rows);
}

std::string source_text(const ShareView& s, const CommodityProfile& p) { return cite(s.source, s.dataset, p.cited); }

// A ranked list: rank, country and share as the data has them (rank-only lists have no share
// column); a source all rows share is said once below the table.
void write_ranking(std::ostream& out, std::string_view title, std::string_view share_header,
                   const std::vector<ShareView>& shares, const CommodityProfile& p) {
  if (shares.empty()) return;
  out << fmt::format("\n## {} {} ({})\n\n", title, markdown_escape(p.name), shares[0].year);
  bool with_share = std::any_of(shares.begin(), shares.end(), [](const ShareView& s) { return s.share.has_value(); });
  bool same =
      std::all_of(shares.begin(), shares.end(), [&](const ShareView& s) { return s.source == shares[0].source; });
  std::vector<std::string> headers{"Rank", "Country"};
  if (with_share) headers.emplace_back(share_header);
  if (!same) headers.emplace_back("Source");
  Rows rows;
  for (std::size_t i = 0; i < shares.size(); ++i) {
    const auto& s = shares[i];
    rows.push_back(
        {std::to_string(s.rank ? s.rank : static_cast<int>(i + 1)), country_label(s.country_name, s.country)});
    if (with_share) rows.back().push_back(s.share ? pct(*s.share) : "not given");
    if (!same) rows.back().push_back(source_text(s, p));
  }
  write_markdown_table(out, headers, rows);
  if (!with_share) out << "\nThe dataset gives the ranking only, no values or shares.\n";
  if (same) out << "\nSource: " << source_text(shares[0], p) << '\n';
}

void write_regional_shares(std::ostream& out, const CommodityProfile& p) {
  if (p.regional_shares.empty()) return;
  out << fmt::format("\n## Regional shares of {}\n\n", markdown_escape(p.name));
  Rows rows;
  for (const auto& s : p.regional_shares) {
    rows.push_back({markdown_escape(s.region), s.share ? pct(*s.share) : "not given",
                    s.of_country ? fmt::format("{}'s output", markdown_escape(s.country)) : "world output",
                    std::to_string(s.year), source_text(s, p)});
  }
  write_markdown_table(out, {"Region", "Share", "Of", "Year", "Source"}, rows);
}

std::string certification_labor(std::uint8_t labor) { return labor ? model::labor_text(labor, false) : "none stated"; }

void write_certifications(std::ostream& out, const CommodityProfile& p) {
  if (p.certifications.empty()) return;
  out << "\n## Certifications\n\n";
  out << fmt::format(
      "Responsible-sourcing schemes that cover {} or its earlier forms. A BOM line certified under one of them "
      "for its commodity gets the `mitigation` signal in a scan (docs/methodology.md).\n\n",
      markdown_escape(p.name));
  Rows rows;
  for (const auto& c : p.certifications) {
    std::vector<std::string> covers;
    for (const auto& id : c.covers) covers.push_back(markdown_escape(id));
    rows.push_back({markdown_escape(c.name), markdown_escape(c.kind), fmt::format("{}", fmt::join(covers, ", ")),
                    certification_labor(c.labor), markdown_escape(c.publisher),
                    fmt::format("{} (as of {})", markdown_text_with_links(c.source), markdown_escape(c.as_of))});
  }
  write_markdown_table(out, {"Scheme", "Kind", "Covers", "Labor risks addressed", "Publisher", "Source"}, rows);
}

// How a graph link reads from the profiled commodity, and the commodity on its other side.
struct LinkSide {
  std::string what, id, name;
};

LinkSide link_side(const RelationView& r, const CommodityProfile& p) {
  if (r.kind == "byproduct") {
    if (r.output == p.id) return {"by-product of", r.input, r.input_name};
    return {r.via.empty() ? "by-product" : fmt::format("by-product (of {} mining)", markdown_escape(r.via)), r.output,
            r.output_name};
  }
  if (r.output == p.id) return {r.kind == "form" ? "earlier form" : "input", r.input, r.input_name};
  return {r.kind == "form" ? "later form" : "goes into", r.output, r.output_name};
}

// dataset-format.md "relations": a by-product's share is the part of the output coming from
// the input; an input's share is its mass share of the output.
std::string relation_share(const RelationView& r) {
  if (!r.share) return "not stated";
  if (r.kind == "byproduct") {
    return fmt::format("{} of {} comes from {}", pct(*r.share), markdown_escape(r.output_name),
                       markdown_escape(r.input_name));
  }
  return fmt::format("{} of {} by mass", pct(*r.share), markdown_escape(r.output_name));
}

std::string findings_in(const std::vector<std::string>& countries) {
  std::vector<std::string> codes;
  for (const auto& c : countries) codes.push_back(markdown_escape(c));
  return codes.empty() ? "none" : fmt::format("{}", fmt::join(codes, ", "));
}

// What a by-product link means for someone sourcing the profiled commodity.
std::string byproduct_sentence(const RelationView& r, const CommodityProfile& p) {
  std::string share = r.share ? fmt::format(": about {} of {} comes from {} mining", pct(*r.share),
                                            markdown_escape(r.output_name), markdown_escape(r.input_name))
                              : std::string();
  bool of_profile = r.output == p.id;
  const auto& other_name = of_profile ? r.input_name : r.output_name;
  const auto& other_id = of_profile ? r.input : r.output;
  std::string via = r.via.empty() ? "" : fmt::format(" (an earlier form of {})", markdown_escape(p.name));
  std::string out = fmt::format("{} is mined as a by-product of {}{}{}. ", markdown_escape(r.output_name),
                                markdown_escape(r.input_name), via, share);
  out += fmt::format("{} and {} come out of the same mines, so ", markdown_escape(p.name), markdown_escape(other_name));
  if (r.other_finding_countries.empty()) {
    out += fmt::format("a finding on {} would bear on {} too; the loaded data has none.", markdown_escape(other_name),
                       markdown_escape(p.name));
  } else {
    out += fmt::format(
        "the labor findings on {} (in {}) bear on {} from those mines too; `chainrisk commodity {}` "
        "gives them.",
        markdown_escape(other_name), findings_in(r.other_finding_countries), markdown_escape(p.name),
        markdown_escape(other_id));
  }
  return out;
}

void write_graph(std::ostream& out, const CommodityProfile& p) {
  if (p.relations.empty()) return;
  out << "\n## In the commodity graph\n\n";
  Rows rows;
  for (const auto& r : p.relations) {
    auto side = link_side(r, p);
    rows.push_back({side.what, fmt::format("{} ({})", markdown_escape(side.name), markdown_escape(side.id)),
                    relation_share(r), findings_in(r.other_finding_countries), markdown_text_with_links(r.source)});
  }
  write_markdown_table(out, {"Link", "Commodity", "Share", "Findings on it in", "Source"}, rows);
  for (const auto& r : p.relations) {
    if (r.kind == "byproduct") out << '\n' << byproduct_sentence(r, p) << '\n';
  }
}

}  // namespace

void write_commodity_markdown(const CommodityProfile& p, std::ostream& out) {
  write_summary(out, p);
  write_findings(out, p);
  write_tiers(out, p);
  write_ranking(out, "Top exporters of", "Share of world exports", p.top_exporters, p);
  write_ranking(out, "Top importers of", "Share of world imports", p.top_importers, p);
  write_ranking(out, "Top producers of", "Share of world production", p.top_producers, p);
  write_regional_shares(out, p);
  write_graph(out, p);
  write_certifications(out, p);
  if (!p.removed_findings.empty()) {
    out << "\n## Removed from the lists (history)\n\n";
    write_findings_table(out, p.removed_findings, p.cited, true);
  }
  write_markdown_sources(out, p.cited);
}

}  // namespace chainrisk::report
