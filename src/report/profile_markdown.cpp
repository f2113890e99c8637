#include "profile_markdown.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "chainrisk/model/graph.hpp"
#include "chainrisk/report/markdown.hpp"

namespace chainrisk::report {
namespace {

using lookup::FindingView;
using lookup::SourceView;

const SourceView* find_source(std::string_view id, const std::vector<SourceView>& cited) {
  auto it = std::find_if(cited.begin(), cited.end(), [&](const SourceView& s) { return s.id == id; });
  return it == cited.end() ? nullptr : &*it;
}

std::string pct(double share) { return fmt::format("{:.1f}%", share * 100); }

void write_tier_history(std::ostream& out, const lookup::CountryProfile& p) {
  out << "\n## TIP tier history\n\n";
  if (p.tiers.empty()) {
    out << "No TIP placement in the loaded data.\n";
    return;
  }
  std::vector<std::vector<std::string>> rows;
  for (auto it = p.tiers.rbegin(); it != p.tiers.rend(); ++it) {
    rows.push_back(
        {std::to_string(it->year), markdown_escape(tier_name(it->tier)), cite(it->source, it->dataset, p.cited)});
  }
  write_markdown_table(out, {"Year", "Tier", "Source"}, rows);
}

void write_regions(std::ostream& out, const lookup::CountryProfile& p) {
  if (p.regions.empty()) return;
  out << "\n## Regions with special status\n\n";
  std::vector<std::vector<std::string>> rows;
  for (const auto& r : p.regions) {
    rows.push_back({markdown_escape(r.code), markdown_escape(r.name), markdown_escape(r.law), markdown_escape(r.text),
                    markdown_text_with_links(r.source)});
  }
  write_markdown_table(out, {"Region", "Name", "Law", "Presumption", "Source"}, rows);
}

// One table row per entity; a source all rows share is said once below the table.
void write_entities(std::ostream& out, const lookup::CountryProfile& p) {
  if (p.entities.empty()) return;
  out << fmt::format("\n## Listed entities ({})\n\n", p.entities.size());
  const auto& first = p.entities.front().source;
  bool same = std::all_of(p.entities.begin(), p.entities.end(), [&](const auto& e) { return e.source == first; });
  std::vector<std::string> headers{"Name", "Id", "Region", "Sector", "Added"};
  if (!same) headers.push_back("Source");
  std::vector<std::vector<std::string>> rows;
  for (const auto& e : p.entities) {
    rows.push_back({markdown_escape(e.name), markdown_escape(e.id), markdown_escape(e.region),
                    markdown_escape(e.sector), markdown_escape(e.added)});
    if (!same) rows.back().push_back(markdown_text_with_links(e.source));
  }
  write_markdown_table(out, headers, rows);
  if (same && !first.empty()) out << "\nSource: " << markdown_text_with_links(first) << '\n';
}

void write_production(std::ostream& out, const lookup::CountryProfile& p) {
  if (p.production.empty()) return;
  out << "\n## Share of world production\n\n";
  std::vector<std::vector<std::string>> rows;
  for (const auto& s : p.production) {
    rows.push_back({markdown_escape(s.commodity), s.share ? pct(*s.share) : "not given", std::to_string(s.year),
                    cite(s.source, s.dataset, p.cited)});
  }
  write_markdown_table(out, {"Commodity", "Share", "Year", "Source"}, rows);
}

// "China (CN) is listed as Tier 3 in the TIP Report 2025. The loaded datasets hold ..."
std::string country_summary(const lookup::CountryProfile& p) {
  std::string out = country_label(p.name, p.code);
  if (p.tiers.empty()) {
    out += " has no TIP placement in the loaded data.";
  } else {
    out += fmt::format(" is listed as {} in the TIP Report {}.", tier_name(p.tiers.back().tier), p.tiers.back().year);
  }
  std::set<std::string> goods;
  for (const auto& f : p.findings) goods.insert(f.commodity);
  auto count = [](std::size_t n, const char* one, const char* many) {
    return fmt::format("{} {}", n, n == 1 ? one : many);
  };
  return out +
         fmt::format(" The loaded datasets hold {} on {} there, {} under a legal presumption of forced labor and {}.",
                     count(p.findings.size(), "forced or child labor finding", "forced or child labor findings"),
                     count(goods.size(), "good", "goods"), count(p.regions.size(), "region", "regions"),
                     count(p.entities.size(), "listed entity", "listed entities"));
}

}  // namespace

std::string publication_label(std::string_view publication, int edition) {
  if (publication == "dol-tvpra") return fmt::format("DOL List of Goods {}", edition);
  if (publication == "tip-report") return fmt::format("TIP Report {}", edition);
  return fmt::format("{} {}", publication, edition);
}

std::string tier_name(const std::string& tier) {
  auto t = model::parse_tier(tier);
  return t ? std::string(model::tier_label(*t)) : tier;
}

std::string join_and(const std::vector<std::string>& items) {
  if (items.empty()) return {};
  if (items.size() == 1) return items[0];
  std::string out = items[0];
  for (std::size_t i = 1; i + 1 < items.size(); ++i) out += ", " + items[i];
  return out + " and " + items.back();
}

std::string country_label(std::string_view name, std::string_view code) {
  return fmt::format("{} ({})", markdown_escape(name), markdown_escape(code));
}

std::string cite(std::string_view record, std::string_view dataset, const std::vector<SourceView>& cited, int edition) {
  const auto* s = find_source(dataset, cited);
  std::string out = edition ? fmt::format("dataset {}:{}", markdown_escape(dataset), edition)
                            : fmt::format("dataset {}", markdown_escape(dataset));
  if (s && !edition) out += fmt::format(" ({})", markdown_escape(s->version));
  if (s && !s->source.empty()) out += fmt::format(", {}", markdown_text_with_links(s->source));
  if (!record.empty() && (!s || record != s->source)) {
    out += fmt::format("; record cites {}", markdown_text_with_links(record));
  }
  return out;
}

std::string finding_source_cell(const FindingView& f, const std::vector<SourceView>& cited) {
  std::string out = markdown_escape(publication_label(f.publication, f.edition));
  if (f.removed_in) out += fmt::format(", removed in {}", f.removed_in);
  std::string_view record = f.source_refs.empty() ? std::string_view() : std::string_view(f.source_refs.front());
  return fmt::format("{}; {}", out, cite(record, f.dataset, cited, f.edition));
}

void write_findings_table(std::ostream& out, const std::vector<FindingView>& findings,
                          const std::vector<SourceView>& cited, bool with_country) {
  std::vector<std::string> headers{"Good", "Labor", "Source"};
  if (with_country) headers.insert(headers.begin(), "Country");
  std::vector<std::vector<std::string>> rows;
  for (const auto& f : findings) {
    std::string good = markdown_escape(f.good);
    if (!f.derived_from.empty()) good += fmt::format(" (made with {})", markdown_escape(f.derived_from));
    rows.push_back({good, model::labor_text(f.labor, f.forced_child), finding_source_cell(f, cited)});
    if (with_country) rows.back().insert(rows.back().begin(), country_label(f.country_name, f.country));
  }
  write_markdown_table(out, headers, rows);
}

void write_markdown_sources(std::ostream& out, const std::vector<SourceView>& cited) {
  if (cited.empty()) return;
  out << "\n## Sources\n\n";
  for (const auto& s : cited) {
    std::vector<std::string> parts;  // the parts a manifest entry has, each ending in '.'
    if (!s.publisher.empty()) parts.push_back(markdown_escape(s.publisher) + ".");
    if (!s.title.empty()) parts.push_back(fmt::format("*{}*.", markdown_escape(s.title)));
    std::string edition = fmt::format("Edition {}", markdown_escape(s.version));
    if (!s.published.empty()) edition += fmt::format(", published {}", markdown_escape(s.published));
    parts.push_back(edition + ".");
    if (!s.source.empty()) parts.push_back(markdown_text_with_links(s.source));
    out << fmt::format("- {} (dataset {})\n", fmt::join(parts, " "), markdown_escape(s.id));
  }
}

void write_country_markdown(const lookup::CountryProfile& p, std::ostream& out) {
  out << fmt::format("# Country profile: {} ({}, {})\n\n", markdown_escape(p.name), markdown_escape(p.code),
                     markdown_escape(p.alpha3));
  out << country_summary(p) << '\n';
  write_tier_history(out, p);
  out << "\n## Goods with findings\n\n";
  if (p.findings.empty())
    out << "No findings in the loaded data.\n";
  else
    write_findings_table(out, p.findings, p.cited, false);
  write_regions(out, p);
  write_entities(out, p);
  write_production(out, p);
  if (!p.removed_findings.empty()) {
    out << "\n## Removed from the lists (history)\n\n";
    write_findings_table(out, p.removed_findings, p.cited, false);
  }
  write_markdown_sources(out, p.cited);
}

}  // namespace chainrisk::report
