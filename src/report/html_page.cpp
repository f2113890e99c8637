// The HTML report's frame and the sections known from the report head: title, summary,
// files, problems, then (after the lines) the datasets and the method.
#include <fmt/format.h>

#include <cmath>

#include "chainrisk/data/sha256.hpp"
#include "chainrisk/report/escape.hpp"
#include "html_parts.hpp"

namespace chainrisk::report::html {
namespace {

using score::Level;

std::string plural(std::size_t n, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

// The CSP source for the inline script: 'sha256-<base64 of the digest>'. Only that exact
// script may run, so markup smuggled into the page could not execute even if it escaped.
std::string script_hash() {
  std::string hex = data::sha256_hex(script());
  std::string bytes;
  for (std::size_t i = 0; i + 1 < hex.size(); i += 2) {
    bytes += static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16));
  }
  constexpr std::string_view kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  for (std::size_t i = 0; i < bytes.size(); i += 3) {
    std::uint32_t n = static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[i])) << 16;
    if (i + 1 < bytes.size()) n |= static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[i + 1])) << 8;
    if (i + 2 < bytes.size()) n |= static_cast<unsigned char>(bytes[i + 2]);
    out += kAlphabet[(n >> 18) & 63];
    out += kAlphabet[(n >> 12) & 63];
    out += i + 1 < bytes.size() ? kAlphabet[(n >> 6) & 63] : '=';
    out += i + 2 < bytes.size() ? kAlphabet[n & 63] : '=';
  }
  return out;
}

std::string title_of(const score::ReportHead& head) {
  if (head.files.size() == 1) return html_escape(head.files.front().file);
  return plural(head.files.size(), "file", "files");
}

// "2 critical and 4 high lines need review": the sentence an analyst reads first.
std::string headline(const score::Summary& s) {
  std::size_t critical = s.counts[static_cast<std::size_t>(Level::critical)];
  std::size_t high = s.counts[static_cast<std::size_t>(Level::high)];
  std::string out;
  if (critical + high == 0) {
    out = s.scored == 0 ? "No line was scored." : "No line is at high or critical.";
  } else if (critical > 0 && high > 0) {
    out = fmt::format("{} critical and {} high {}", critical, high, high == 1 ? "line" : "lines");
  } else {
    out = fmt::format("{} {} at {}", critical + high, critical + high == 1 ? "line" : "lines",
                      critical ? "critical" : "high");
  }
  // The counts by level include waived lines; the head does not say at which levels they
  // are, so the sentence does not claim they all need review.
  if (critical + high > 0 && s.suppressed == 0) {
    out += critical + high == 1 ? " needs review." : " need review.";
  } else if (critical + high > 0) {
    out += fmt::format(", waived ones included: {} suppressed by waivers and left out of the overall level.",
                       plural(s.suppressed, "line is", "lines are"));
  } else if (s.suppressed > 0) {
    out += fmt::format(" {} suppressed by waivers.", plural(s.suppressed, "line is", "lines are"));
  }
  if (s.unresolved > 0) {
    out += fmt::format(" {} unresolved: unknown is not clean.", plural(s.unresolved, "line is", "lines are"));
  }
  if (s.errors > 0) out += fmt::format(" {} could not be scored.", plural(s.errors, "row", "rows"));
  return out;
}

std::string summary_verdict(const score::Summary& s) {
  std::string out = fmt::format(
      "<div class=\"verdict v-{}\">\n<div class=\"kpi\"><b>{}</b><span class=\"what\">overall level</span></div>\n"
      "<div class=\"kpi\"><b>{:.1f}</b><span class=\"what\">highest line score</span></div>\n",
      score::to_string(s.level), level_badge(s.level), s.score);
  if (s.exposure) {
    out += fmt::format("<div class=\"kpi\"><b>{:.1f}</b><span class=\"what\">spend-weighted score</span></div>\n", *s.exposure);
  } else {
    out += "<div class=\"kpi\"><b>&ndash;</b><span class=\"what\">spend-weighted score (no spend given)</span></div>\n";
  }
  return out + fmt::format("<p class=\"headline\">{}</p>\n</div>\n", headline(s));
}

// A tile per level with its count, and one bar of the level mix.
std::string summary_tiles(const score::Summary& s) {
  std::string out = "<div class=\"tiles\">\n";
  for (std::size_t i = score::kLevelCount; i-- > 0;) {
    auto l = static_cast<Level>(i);
    double pct = s.scored ? 100.0 * static_cast<double>(s.counts[i]) / static_cast<double>(s.scored) : 0;
    out += fmt::format("<div class=\"tile t-{}{}\"><b>{}</b>{}<span class=\"pct\">{:.0f}% of lines</span></div>\n",
                       score::to_string(l), s.counts[i] ? "" : " zero", s.counts[i], level_badge(l), pct);
  }
  out += "</div>\n";
  if (s.scored == 0) return out;
  out += "<svg class=\"dist\" viewBox=\"0 0 1000 12\" preserveAspectRatio=\"none\" role=\"img\" "
         "aria-label=\"lines by level\">";
  double x = 0;
  for (std::size_t i = score::kLevelCount; i-- > 0;) {
    if (s.counts[i] == 0) continue;
    double w = 1000.0 * static_cast<double>(s.counts[i]) / static_cast<double>(s.scored);
    auto name = score::to_string(static_cast<Level>(i));
    out += fmt::format("<rect class=\"f-{}\" x=\"{:.1f}\" y=\"0\" width=\"{:.1f}\" height=\"12\"><title>{}: {}"
                       "</title></rect>", name, x, w, name, s.counts[i]);
    x += w;
  }
  return out + "</svg>\n";
}

std::string summary_facts(const score::ReportHead& head) {
  const auto& s = head.summary;
  std::size_t errors = 0;
  for (const auto& p : head.problems) errors += p.error;
  return fmt::format(
      "<ul class=\"facts\"><li><b>{}</b> read in <b>{}</b></li><li><b>{}</b> scored</li><li><b>{}</b> not scored"
      "</li><li><b>{}</b> unresolved</li><li><b>{}</b> suppressed</li><li>problems: <b>{}</b>, <b>{}</b></li></ul>\n",
      plural(s.lines, "line", "lines"), plural(s.files, "file", "files"), s.scored, s.errors, s.unresolved,
      s.suppressed, plural(errors, "error", "errors"), plural(head.problems.size() - errors, "warning", "warnings"));
}

std::string files_section(const score::ReportHead& head) {
  bool any_error = false;
  for (const auto& f : head.files) any_error = any_error || !f.error.empty();
  if (head.files.size() < 2 && !any_error) return "";
  std::string out =
      "<section id=\"files\"><h2>Files</h2>\n<div class=\"scroll\"><table class=\"data\"><thead><tr><th>File</th>"
      "<th>Format</th><th class=\"num\">Rows</th><th class=\"num\">Scored</th><th class=\"num\">Errors</th>"
      "<th>Level</th><th class=\"num\">Highest score</th><th class=\"num\">Spend-weighted</th></tr></thead><tbody>\n";
  for (const auto& f : head.files) {
    if (!f.error.empty()) {
      out += fmt::format("<tr><td class=\"mono\">{}</td><td colspan=\"7\"><span class=\"sev sev-error\">not read"
                         "</span>{}</td></tr>\n", html_escape(f.file), html_escape(f.error));
      continue;
    }
    out += fmt::format("<tr><td class=\"mono\">{}</td><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td>"
                       "<td class=\"num\">{}</td><td>{}</td><td class=\"num\">{:.1f}</td><td class=\"num\">{}</td></tr>\n",
                       html_escape(f.file), html_escape(f.format), f.rows, f.scored, f.errors, level_badge(f.level),
                       f.score, f.exposure ? fmt::format("{:.1f}", *f.exposure) : "&ndash;");
  }
  return out + "</tbody></table></div></section>\n";
}

std::string problems_section(const score::ReportHead& head) {
  std::string out = "<section id=\"problems\"><h2>Problems</h2>\n";
  if (head.problems.empty()) return out + "<p class=\"muted\">No problems found reading the input.</p></section>\n";
  out += "<ul class=\"problems\">\n";
  for (const auto& p : head.problems) {
    std::string where = html_escape(p.file);
    if (p.line) where += fmt::format(":{}", p.line);
    if (p.line && p.column) where += fmt::format(":{}", p.column);
    out += fmt::format("<li><span class=\"sev sev-{0}\">{0}</span><span class=\"mono\">{1}</span> {2}</li>\n",
                       p.error ? "error" : "warning", where, html_escape(p.message));
  }
  out += "</ul>\n";
  if (head.problems_omitted > 0) {
    out += fmt::format("<p class=\"note\">{} more not listed (the report's cap); <code>chainrisk validate</code> "
                       "shows them all.</p>\n", head.problems_omitted);
  }
  return out + "</section>\n";
}

// A link only for an http(s) URL: a dataset from `--data` is not trusted to supply a
// `javascript:` URL.
std::string source_link(std::string_view source) {
  bool web = source.starts_with("https://") || source.starts_with("http://");
  if (web && source.find_first_of(" ;\t\n") == std::string_view::npos) {
    return fmt::format("<a href=\"{0}\" rel=\"noreferrer\">{0}</a>", html_escape(source));
  }
  return html_escape(source);
}

// A dataset's source may list several URLs separated by " ; " (data/manifest.json): each
// is linked on its own.
std::string source_links(const std::string& source) {
  std::string out;
  std::size_t start = 0;
  while (true) {
    std::size_t at = source.find(" ; ", start);
    if (!out.empty()) out += " ;<br>";
    out += source_link(std::string_view(source).substr(start, at == std::string::npos ? at : at - start));
    if (at == std::string::npos) return out;
    start = at + 3;
  }
}

std::string datasets_section(const score::ReportHead& head) {
  std::string out = "<section id=\"datasets\"><h2>Datasets</h2>\n";
  if (head.datasets.empty()) return out + "<p class=\"muted\">No datasets were loaded.</p></section>\n";
  out += "<div class=\"scroll\"><table class=\"data datasets\"><thead><tr><th>Dataset</th><th>Version</th><th>Published"
         "</th><th>Publisher</th><th>Source</th></tr></thead><tbody>\n";
  for (const auto& d : head.datasets) {
    std::string title = d.title.empty() ? "" : fmt::format("<b>{}</b><br>", html_escape(d.title));
    std::string license = d.license.empty() ? "" : fmt::format("<small>{}</small>", html_escape(d.license));
    out += fmt::format("<tr><td>{}<code>{}</code></td><td>{}</td><td class=\"mono\">{}</td><td>{}</td><td>{}{}</td>"
                       "</tr>\n",
                       title, html_escape(d.id), html_escape(d.version), html_escape(d.published),
                       html_escape(d.publisher), source_links(d.source), license);
  }
  return out + "</tbody></table></div></section>\n";
}

constexpr std::string_view kMethod = R"(<section id="method" class="method"><h2>Method</h2>
<p>Each BOM line is resolved to a commodity, an origin country and region, and a supplier.
chainrisk then collects <em>signals</em> from the datasets above: the supplier matching an
entity list, an origin region under a legal presumption of forced labor (UFLPA), findings
of forced or child labor for the commodity in its origin country (DOL List of Goods, TIP
report narratives), findings on its inputs reached through the commodity graph and weighted
by their likely origins, the origin country&rsquo;s TIP tier, and the expected risk plus a
traceability gap when no origin is given; a certification that covers the commodity halves
the weights that do not force a level. A line&rsquo;s score is
100&nbsp;&times;&nbsp;(1&nbsp;&minus;&nbsp;&prod;(1&nbsp;&minus;&nbsp;w<sub>i</sub>)) over the
weights of its signals. With the default policy a forcing signal (an entity-list match,
a presumption region) or a score of 90 makes a line critical, 60 high, 30 medium, above 0
low; a line with an unresolved value is at least low, because unknown is not clean; an
assembly is at least as severe as its most severe part. A line a waiver matches is reported
as suppressed, with the waiver&rsquo;s reason, and left out of the overall level, its
assembly&rsquo;s level, the exposure and <code>--fail-on</code>. The exposure charts weight each
line by its spend when the BOM gives one. Every signal above names the dataset records
(<code>dataset:edition</code>) it rests on.</p>
<p>The full method, with every weight and rule, is <a href="docs/methodology.md">docs/methodology.md</a>
in the chainrisk sources. This report screens for risk indicators in public sources; it
does not establish that forced or child labor occurs in a supply chain.</p>
</section>
)";

}  // namespace

std::string level_badge(Level l) {
  auto name = score::to_string(l);
  return fmt::format("<span class=\"lvl lvl-{0}\">{0}</span>", name);
}

std::string format_amount(double v) {
  std::string digits = fmt::format("{:.0f}", std::abs(v));
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return (v <= -0.5 ? "-" : "") + out;
}

std::string format_short(double v) {
  double a = std::abs(v);
  if (a >= 1e9) return fmt::format("{:.1f}B", v / 1e9);
  if (a >= 1e6) return fmt::format("{:.1f}M", v / 1e6);
  if (a >= 1e4) return fmt::format("{:.0f}k", v / 1e3);
  if (a >= 1e3) return fmt::format("{:.1f}k", v / 1e3);
  return fmt::format("{:.0f}", v);
}

std::string page_start(const score::ReportHead& head) {
  std::string out = fmt::format(
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
      "script-src 'sha256-{}'; img-src data:; base-uri 'none'; form-action 'none'\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<meta name=\"generator\" content=\"chainrisk {}\">\n<title>chainrisk report: {}</title>\n<style>{}</style>\n"
      "</head>\n<body>\n<main>\n<header>\n<p class=\"brand\">chainrisk {} &middot; forced and child labor risk "
      "screening</p>\n<h1>{}</h1>\n",
      script_hash(), html_escape(head.tool_version), title_of(head), stylesheet(), html_escape(head.tool_version),
      title_of(head));
  if (head.files.size() > 1) {
    std::string names;
    for (const auto& f : head.files) names += (names.empty() ? "" : ", ") + html_escape(f.file);
    out += fmt::format("<p class=\"sub mono\">{}</p>\n", names);
  }
  out += "<nav><a href=\"#summary\">Summary</a><a href=\"#exposure\">Exposure</a><a href=\"#lines\">Lines</a>"
         "<a href=\"#problems\">Problems</a><a href=\"#datasets\">Datasets</a><a href=\"#method\">Method</a></nav>\n"
         "</header>\n<section id=\"summary\">\n";
  out += summary_verdict(head.summary) + summary_tiles(head.summary) + summary_facts(head) + "</section>\n";
  return out + files_section(head) + problems_section(head);
}

std::string page_end(const score::ReportHead& head) {
  return fmt::format("{}{}<footer>Generated by chainrisk {} from {} and {}.</footer>\n</main>\n<script>{}</script>\n"
                     "</body>\n</html>\n",
                     datasets_section(head), kMethod, html_escape(head.tool_version),
                     plural(head.files.size(), "input file", "input files"),
                     plural(head.datasets.size(), "dataset", "datasets"), script());
}

}  // namespace chainrisk::report::html
