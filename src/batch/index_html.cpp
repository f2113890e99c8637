#include <fmt/format.h>

#include "chainrisk/batch/batch.hpp"
#include "chainrisk/report/escape.hpp"

namespace chainrisk::batch {
namespace {

using report::html_escape;  // escaping in one place (style.md §5)

using score::Level;

// Inline CSS only: the page opens offline, from a mail attachment or a CI artifact.
constexpr const char* kStyle = R"(
:root { --critical: #7f1d1d; --high: #dc2626; --medium: #d97706; --low: #2563eb; --none: #9ca3af;
        --ink: #111827; --muted: #6b7280; --line: #e5e7eb; --bg: #f9fafb; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink);
       margin: 0 auto; padding: 24px; max-width: 1200px; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 16px; margin: 28px 0 10px; }
.meta { color: var(--muted); margin: 0; }
.cards { display: flex; flex-wrap: wrap; gap: 12px; margin-top: 18px; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: 10px 16px; min-width: 150px; background: var(--bg); }
.card .v { font-size: 22px; font-weight: 600; }
.card .k { color: var(--muted); font-size: 12px; text-transform: uppercase; letter-spacing: .04em; }
.bar { display: flex; height: 22px; border-radius: 4px; overflow: hidden; background: var(--line); }
.bar span { display: block; height: 100%; }
.legend { display: flex; flex-wrap: wrap; gap: 14px; margin: 6px 0 14px; color: var(--muted); }
.legend i { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 5px; }
.alert { border: 1px solid #fca5a5; background: #fef2f2; border-radius: 8px; padding: 4px 16px 10px; }
.alert li { margin: 4px 0; }
table { border-collapse: collapse; width: 100%; }
th, td { padding: 6px 8px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
th { font-size: 12px; color: var(--muted); text-transform: uppercase; letter-spacing: .03em; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
td.path { min-width: 18em; overflow-wrap: anywhere; }
td.links { white-space: nowrap; }
tr.fails td:first-child { box-shadow: inset 3px 0 var(--high); }
.lv { display: inline-block; padding: 1px 8px; border-radius: 10px; color: #fff; font-size: 12px; font-weight: 600; }
.lv-critical { background: var(--critical); } .lv-high { background: var(--high); }
.lv-medium { background: var(--medium); } .lv-low { background: var(--low); }
.lv-none { background: var(--none); } .lv-failed { background: #374151; }
.err { color: #991b1b; font-size: 12px; }
a { color: #1d4ed8; }
footer { margin-top: 28px; color: var(--muted); font-size: 12px; }
@media print { body { padding: 0; } a { color: inherit; text-decoration: none; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; } tr { break-inside: avoid; } }
)";

constexpr Level kDescending[] = {Level::critical, Level::high, Level::medium, Level::low, Level::none};

std::string level_name(Level l) { return std::string(score::to_string(l)); }

std::string badge(const std::string& level) {
  return fmt::format("<span class=\"lv lv-{0}\">{0}</span>", html_escape(level));
}

// A stacked bar of `counts` by level, widths in percent of the total, with its legend.
void write_level_bar(std::ostream& out, const std::array<std::size_t, score::kLevelCount>& counts,
                     const char* unit) {
  std::size_t total = 0;
  for (auto c : counts) total += c;
  out << "<div class=\"bar\" role=\"img\" aria-label=\"" << unit << " by level\">";
  for (Level l : kDescending) {
    auto n = counts[static_cast<std::size_t>(l)];
    if (n == 0) continue;
    out << fmt::format("<span style=\"width:{:.3f}%;background:var(--{})\" title=\"{}: {}\"></span>",
                       100.0 * static_cast<double>(n) / static_cast<double>(total), level_name(l), level_name(l), n);
  }
  out << "</div>\n<div class=\"legend\">";
  for (Level l : kDescending) {
    out << fmt::format("<span><i style=\"background:var(--{0})\"></i>{0}: {1} {2}</span>", level_name(l),
                       counts[static_cast<std::size_t>(l)], unit);
  }
  out << "</div>\n";
}

void write_card(std::ostream& out, const std::string& value, const char* key) {
  out << "<div class=\"card\"><div class=\"v\">" << value << "</div><div class=\"k\">" << key << "</div></div>\n";
}

void write_summary(std::ostream& out, const Index& index) {
  const auto& t = index.totals;
  out << "<div class=\"cards\">\n";
  write_card(out, fmt::format("{}", t.files), "BOMs");
  write_card(out, fmt::format("{}", t.lines), "lines");
  write_card(out, t.screened > 0 ? badge(level_name(t.level)) : "&ndash;", "highest level");
  write_card(out, fmt::format("{:.1f}", t.score), "highest score");
  write_card(out, fmt::format("{}", t.failed), "not screened");
  if (index.fail_on) {
    write_card(out, fmt::format("{}", t.failing), fmt::format("at or above {}", level_name(*index.fail_on)).c_str());
  }
  out << "</div>\n<h2>BOMs by level</h2>\n";
  write_level_bar(out, t.boms, "BOMs");
  out << "<h2>Lines by level</h2>\n";
  write_level_bar(out, t.counts, "lines");
}

void write_failed(std::ostream& out, const Index& index) {
  if (index.totals.failed == 0) return;
  out << fmt::format("<section class=\"alert\"><h2>Inputs not screened ({})</h2><ul>\n", index.totals.failed);
  for (const auto& e : index.entries) {
    if (e.status != Status::failed) continue;
    out << "<li><code>" << html_escape(e.input) << "</code><br><span class=\"err\">" << html_escape(e.error)
        << "</span></li>\n";
  }
  out << "</ul></section>\n";
}

// The input, linked to its HTML report when there is one, else to its first report.
std::string input_cell(const BomEntry& e) {
  std::string href;
  for (const auto& r : e.reports) {
    if (href.empty() || r.first == "html") href = r.second;
  }
  std::string text = html_escape(e.input);
  if (href.empty()) return text;
  return fmt::format("<a href=\"{}\">{}</a>", html_escape(href), text);
}

std::string reports_cell(const BomEntry& e) {
  std::string out;
  for (const auto& r : e.reports) {
    out += fmt::format("{}<a href=\"{}\">{}</a>", out.empty() ? "" : " &middot; ", html_escape(r.second),
                       html_escape(r.first));
  }
  return out;
}

void write_row(std::ostream& out, const BomEntry& e, std::size_t rank, bool with_fails) {
  bool failed = e.status == Status::failed;
  out << (e.fails ? "<tr class=\"fails\">" : "<tr>") << "<td class=\"n\">"
      << (failed ? std::string("&ndash;") : std::to_string(rank)) << "</td>";
  out << "<td class=\"path\">" << input_cell(e);
  if (!e.error.empty()) out << "<br><span class=\"err\">" << html_escape(e.error) << "</span>";
  out << "</td><td>" << badge(failed ? "failed" : level_name(e.summary.level)) << "</td>";
  out << fmt::format("<td class=\"n\">{}</td><td class=\"n\">{}</td>",
                     failed ? "&ndash;" : fmt::format("{:.1f}", e.summary.score), e.summary.lines);
  for (Level l : kDescending) out << "<td class=\"n\">" << e.summary.counts[static_cast<std::size_t>(l)] << "</td>";
  out << fmt::format("<td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td>",
                     e.summary.unresolved, e.error_count, e.warning_count);
  if (with_fails) out << "<td>" << (e.fails ? "yes" : "") << "</td>";
  out << "<td class=\"links\">" << reports_cell(e) << "</td></tr>\n";
}

void write_table(std::ostream& out, const Index& index) {
  out << "<h2>Ranking</h2>\n<table>\n<thead><tr><th class=\"n\">#</th><th>BOM</th><th>level</th>"
         "<th class=\"n\">score</th><th class=\"n\">lines</th>";
  for (Level l : kDescending) out << "<th class=\"n\">" << level_name(l) << "</th>";
  out << "<th class=\"n\">unresolved</th><th class=\"n\">errors</th><th class=\"n\">warnings</th>";
  if (index.fail_on) out << "<th title=\"a line at or above " << level_name(*index.fail_on) << "\">fails</th>";
  out << "<th>reports</th></tr></thead>\n<tbody>\n";
  for (std::size_t i = 0; i < index.entries.size(); ++i) {
    write_row(out, index.entries[i], i + 1, index.fail_on.has_value());
  }
  out << "</tbody>\n</table>\n";
}

void write_footer(std::ostream& out, const Index& index) {
  out << "<footer><p>Datasets: ";
  for (std::size_t i = 0; i < index.datasets.size(); ++i) {
    const auto& d = index.datasets[i];
    out << (i ? "; " : "") << html_escape(d.id) << ' ' << html_escape(d.version);
    if (!d.published.empty()) out << " (" << html_escape(d.published) << ')';
  }
  out << ".</p>";
  if (!index.waivers_file.empty()) {
    out << fmt::format("<p>Waivers: <code>{}</code>; suppressed lines: {} (they stay in the reports and do not "
                       "count toward the level or --fail-on).</p>",
                       html_escape(index.waivers_file), index.totals.suppressed);
  }
  out << "<p>Ranked by level, then score, then the lines at the worst levels. Each BOM's report "
         "lists every line with its evidence and sources.</p></footer>\n";
}

}  // namespace

void write_index_html(const Index& index, std::ostream& out) {
  out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      << fmt::format("<title>chainrisk batch: {} BOMs</title>\n", index.totals.files) << "<style>" << kStyle
      << "</style>\n</head>\n<body>\n<header><h1>Supply-chain labor risk: batch screening</h1>\n"
      << fmt::format("<p class=\"meta\">chainrisk {} &middot; {} BOMs &middot; {} lines &middot; reports: {}</p>",
                     html_escape(index.tool_version), index.totals.files, index.totals.lines,
                     html_escape(fmt::format("{}", fmt::join(index.formats, ", "))))
      << "</header>\n";
  write_summary(out, index);
  write_failed(out, index);
  write_table(out, index);
  write_footer(out, index);
  out << "</body>\n</html>\n";
}

}  // namespace chainrisk::batch
