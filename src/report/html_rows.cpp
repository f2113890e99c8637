// One BOM line of the HTML report's table: a row of its fields, then its evidence (every
// signal with weight, message, graph path and sources) in a <details> beneath it. Each line
// is its own <tbody>, so sorting moves a line and its evidence together.
#include <fmt/format.h>

#include <cmath>

#include "chainrisk/model/graph.hpp"
#include "chainrisk/report/escape.hpp"
#include "html_parts.hpp"

namespace chainrisk::report::html {
namespace {

using score::Level;

constexpr std::size_t kColumns = 9;

std::string small(std::string_view escaped) {
  return escaped.empty() ? "" : fmt::format("<small>{}</small>", escaped);
}

std::string labor_text(std::uint8_t labor) {
  bool child = labor & model::kChild, forced = labor & model::kForced;
  if (child && forced) return "child and forced labor";
  if (forced) return "forced labor";
  return child ? "child labor" : "";
}

// The facts under a signal's message: how it was found and what it cites.
std::string signal_meta(const score::Signal& s) {
  std::vector<std::string> parts;
  parts.push_back(fmt::format("severity {}", score::to_string(s.severity)));
  if (s.forcing) parts.push_back("forces critical");
  if (s.expected) parts.push_back("inferred from shares");
  if (auto labor = labor_text(s.labor); !labor.empty()) parts.push_back(labor);
  if (s.weight_before_mitigation > s.weight) {
    parts.push_back(fmt::format("{:.2f} before certification", s.weight_before_mitigation));
  }
  if (!s.entity_id.empty()) {
    parts.push_back(fmt::format("matched {} ({}, as &ldquo;{}&rdquo;, similarity {:.2f})", html_escape(s.entity_name),
                                html_escape(s.entity_list), html_escape(s.entity_matched), s.entity_score));
  }
  if (!s.path.empty()) {
    std::string path;
    for (const auto& p : s.path) path += (path.empty() ? "" : " &rarr; ") + html_escape(p);
    parts.push_back("path " + path);
  }
  if (!s.sources.empty()) {
    std::string sources;
    for (const auto& src : s.sources) sources += (sources.empty() ? "" : ", ") + fmt::format("<code>{}</code>", html_escape(src));
    parts.push_back("sources " + sources);
  }
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : " &middot; ") + p;
  return out;
}

std::string signal_item(const score::Signal& s) {
  return fmt::format(
      "<li class=\"s-{}\"><span class=\"kind\">{}</span><span class=\"w\">{:.2f}</span><div>{}<div class=\"meta\">"
      "{}</div></div></li>\n",
      score::to_string(s.severity), html_escape(s.kind), s.weight, html_escape(s.message), signal_meta(s));
}

// What the line said beyond the table's columns.
std::string line_fields(const score::LineReport& l) {
  std::vector<std::pair<std::string_view, std::string>> fields{
      {"material", l.material}, {"HS code", l.hs_code}, {"parent", l.parent}, {"quantity", l.quantity},
      {"unit", l.unit}, {"weight", l.weight}, {"supplier tier", l.supplier_tier}};
  if (l.commodity) fields.emplace_back("identified by", l.commodity_via);
  std::string certs;
  for (const auto& c : l.certifications) certs += (certs.empty() ? "" : "; ") + c;
  fields.emplace_back("certifications", certs);
  std::string out;
  for (const auto& [name, value] : fields) {
    if (!value.empty()) out += fmt::format("<dt>{}</dt><dd>{}</dd>", name, html_escape(value));
  }
  for (const auto& e : l.extra) {
    if (!e.second.empty()) out += fmt::format("<dt>{}</dt><dd>{}</dd>", html_escape(e.first), html_escape(e.second));
  }
  return out.empty() ? "" : "<dl class=\"fields\">" + out + "</dl>";
}

// A waived line says so where it is seen without opening anything: which rule, and why.
std::string waiver_note(const score::LineReport& l) {
  if (!l.suppressed) return "";
  std::string by = l.suppressed_by.empty() ? "" : fmt::format(" by <code>{}</code>", html_escape(l.suppressed_by));
  std::string reason = l.suppressed_reason.empty() ? "" : fmt::format(": <q>{}</q>", html_escape(l.suppressed_reason));
  return fmt::format("<p class=\"waiver\"><span class=\"sev sev-waived\">suppressed</span>Waived{}{} <span "
                     "class=\"muted\">(left out of the overall level, the charts and <code>--fail-on</code>)</span></p>\n",
                     by, reason);
}

std::string evidence_row(const score::LineReport& l) {
  const auto& signals = l.signals();
  if (signals.empty() && l.level_from_child.empty() && !l.suppressed) return "";
  std::string kinds;
  for (const auto& s : signals) kinds += (kinds.empty() ? "" : ", ") + html_escape(s.kind);
  std::string summary = signals.empty() ? "No signals of its own"
                                        : fmt::format("Evidence: {} {} ({})", signals.size(),
                                                      signals.size() == 1 ? "signal" : "signals", kinds);
  if (!l.level_from_child.empty()) {
    summary += fmt::format("; level {} from child line {}", score::to_string(l.level), html_escape(l.level_from_child));
  }
  std::string items;
  for (const auto& s : signals) items += signal_item(s);
  // Open from high up, unless waived: the reader has already decided about that line.
  bool open = l.level >= Level::high && !l.suppressed;
  return fmt::format(
      "<tr class=\"ev\"><td colspan=\"{}\">{}<details{}><summary>{}</summary>\n{}{}</details></td></tr>\n", kColumns,
      waiver_note(l), open ? " open" : "", summary, items.empty() ? "" : "<ul class=\"signals\">\n" + items + "</ul>",
      line_fields(l));
}

std::string origin_cell(const score::LineReport& l) {
  if (!l.origin) return "<td data-v=\"\"><i>unknown</i></td>";
  std::string region = l.region ? small(html_escape(*l.region)) : "";
  return fmt::format("<td class=\"mono\">{}{}</td>", html_escape(*l.origin), region);
}

std::string commodity_cell(const score::LineReport& l) {
  if (!l.commodity) return "<td><i>unresolved</i></td>";
  std::string name = l.commodity_name.empty() ? *l.commodity : l.commodity_name;
  return fmt::format("<td>{}</td>", html_escape(name));
}

}  // namespace

std::string lines_table_start() {
  return "<div class=\"scroll\"><table class=\"lines\" id=\"lines-table\">\n<thead><tr><th data-num>Line</th>"
         "<th>ID</th><th>Description</th><th>Commodity</th><th>Origin</th><th>Supplier</th>"
         "<th class=\"num\" data-num>Spend</th><th class=\"num\" data-num>Score</th><th data-num>Level</th></tr>"
         "</thead>\n";
}

std::string line_rows(const score::LineReport& l, std::size_t index, bool many_files) {
  std::string where = many_files ? fmt::format("{}:{}", html_escape(l.file), l.line) : std::to_string(l.line);
  std::string description = html_escape(l.description.empty() ? l.material : l.description);
  std::string supplier_country = l.supplier_country ? html_escape(*l.supplier_country) : "";
  // A whole amount is grouped for reading; otherwise the text as given.
  bool whole = l.spend && std::abs(*l.spend) < 1e15 && *l.spend == std::round(*l.spend);
  std::string spend = whole ? format_amount(*l.spend) : html_escape(l.spend_text);
  if (!spend.empty() && !l.currency.empty()) spend.append(" ").append(html_escape(l.currency));
  std::string level = level_badge(l.level);
  if (l.suppressed) level += small("suppressed");
  return fmt::format(
      "<tbody class=\"r-{}{}\" data-i=\"{}\"><tr class=\"row\"><td class=\"mono\" data-v=\"{}\">{}</td><td class=\"mono id\">"
      "{}</td><td>{}</td>{}{}<td>{}{}</td><td class=\"num\" data-v=\"{}\">{}</td><td class=\"num\" data-v=\"{:.6f}\">"
      "{:.1f}</td><td data-v=\"{}\">{}</td></tr>\n{}</tbody>\n",
      score::to_string(l.level), l.suppressed ? " waived" : "", index, index, where, html_escape(l.id), description, commodity_cell(l),
      origin_cell(l), html_escape(l.supplier), small(supplier_country), l.spend ? fmt::format("{}", *l.spend) : "",
      spend, l.score, l.score, static_cast<int>(l.level), level, evidence_row(l));
}

}  // namespace chainrisk::report::html
