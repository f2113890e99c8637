#include "entity_search_markdown.hpp"

#include <fmt/format.h>

#include <cmath>

#include "chainrisk/report/markdown.hpp"

namespace chainrisk::report {
namespace {

// Cut, not rounded, as in the table (entity_search_writer.cpp): a shown score never reaches
// a threshold its kind is below.
std::string score_text(double score) { return fmt::format("{:.2f}", std::floor(score * 100) / 100); }

std::string place(const model::Entity& e, const model::Graph& g) {
  std::string out;
  if (e.country) {
    const auto& c = g.countries[*e.country];
    out = fmt::format("{} ({})", markdown_escape(c.name), markdown_escape(c.code));
  }
  if (e.region) {
    const auto& r = g.regions[*e.region];
    if (!out.empty()) out += ", ";
    out += fmt::format("{} ({})", markdown_escape(r.name), markdown_escape(r.code));
  }
  return out;
}

std::vector<std::string> match_row(const entity::EntityMatch& m, const model::Graph& g) {
  const auto& e = g.entities[m.entity];
  std::string matched = markdown_escape(m.matched);
  if (m.alias) matched += " (alias)";
  return {score_text(m.score),
          std::string(to_string(m.kind)),
          markdown_escape(e.name),
          markdown_escape(e.id),
          markdown_escape(e.list),
          matched,
          place(e, g),
          markdown_escape(e.sector),
          markdown_escape(e.added),
          markdown_text_with_links(e.source)};
}

void write_matches(const entity::EntitySearch& s, const model::Graph& g, std::ostream& out) {
  if (!s.found()) {
    out << fmt::format("\n## No match\n\nNo listed name scores {:.2f} or more.\n", s.thresholds.review);
  }
  if (s.matches.empty()) return;
  out << (s.found() ? fmt::format("\n## Matches ({})\n\n", s.matches.size())
                    : fmt::format("\n## Closest names below the review threshold ({})\n\n", s.matches.size()));
  std::vector<std::vector<std::string>> rows;
  for (const auto& m : s.matches) rows.push_back(match_row(m, g));
  write_markdown_table(
      out, {"Score", "Kind", "Listed name", "Id", "List", "Matched spelling", "Place", "Sector", "Added", "Source"},
      rows);
}

void write_searched(const model::Graph& g, std::ostream& out) {
  out << "\n## Lists searched\n\n";
  bool any = false;
  for (const auto& d : g.datasets) {
    if (d.kind != "entities") continue;
    any = true;
    out << fmt::format("- {} ({}): *{}*, {}, published {}, {} records. {}", markdown_escape(d.id),
                       markdown_escape(d.version), markdown_escape(d.title), markdown_escape(d.publisher),
                       markdown_escape(d.published), d.records, markdown_text_with_links(d.source));
    if (!d.notes.empty()) out << ' ' << markdown_escape(d.notes);
    out << '\n';
  }
  if (!any) out << "No entity list is loaded.\n";
}

}  // namespace

void write_entity_search_markdown(const entity::EntitySearch& s, const model::Graph& g, std::ostream& out) {
  out << fmt::format("# Entity search: {}\n\n", markdown_escape(s.query));
  std::string normalized = entity::join_tokens(s.tokens);
  out << (normalized.empty() ? std::string("Nothing is left of the query once legal forms and punctuation are dropped.")
                             : fmt::format("Normalized query: {}.", markdown_escape(normalized)));
  out << fmt::format(
      " A listed name is an exact match at a score of {:.2f} or more, a possible one (to review) at "
      "{:.2f} or more.\n",
      s.thresholds.exact, s.thresholds.review);
  write_matches(s, g, out);
  write_searched(g, out);
}

}  // namespace chainrisk::report
