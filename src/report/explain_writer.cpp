#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <cmath>

#include "chainrisk/report/escape.hpp"
#include "chainrisk/report/explain.hpp"
#include "json_lines.hpp"

namespace chainrisk::report {
namespace {

using score::Level;

const score::DatasetRef* dataset_of(const score::Report& r, const std::string& source) {
  std::string id = source.substr(0, source.find(':'));
  for (const auto& d : r.datasets) {
    if (d.id == id) return &d;
  }
  return nullptr;
}

// "100 × (1 − (1 − 0.60) × (1 − 0.30)) = 72.0": the score recomputed from the weights.
std::string arithmetic(const score::LineReport& l) {
  std::vector<std::string> terms;
  for (const auto& s : l.signals()) {
    if (s.weight > 0) terms.push_back(fmt::format("(1 − {:.4g})", s.weight));
  }
  if (terms.empty()) return fmt::format("{:.1f} (no signal with a weight)", l.score);
  return fmt::format("100 × (1 − {}) = {:.1f}", fmt::join(terms, " × "), l.score);
}

std::string level_reason(const score::LineReport& l) {
  for (const auto& s : l.signals()) {
    if (s.forcing) return fmt::format("critical: forced by the {} signal", s.kind);
  }
  if (!l.level_from_child.empty()) {
    return fmt::format("{}: raised from its own score by child line {}", score::to_string(l.level),
                       terminal_safe(l.level_from_child));
  }
  if (l.unresolved && l.score == 0) return fmt::format("{}: a value is unresolved (unknown is not clean)", score::to_string(l.level));
  return fmt::format("{}: from the score (methodology.md §4)", score::to_string(l.level));
}

std::string or_dash(const std::string& s) { return s.empty() ? "-" : terminal_safe(s); }
std::string or_dash(const std::optional<std::string>& s) { return s ? terminal_safe(*s) : "-"; }

void write_text(const Explanation& e, std::ostream& out) {
  const auto& l = *e.line;
  out << fmt::format("{}:{}  {}  {}\n", terminal_safe(l.file), l.line, or_dash(l.id), or_dash(l.description));
  out << fmt::format("  commodity   {}{}\n", or_dash(l.commodity),
                     l.commodity ? fmt::format(" ({}), from the {}", l.commodity_name, l.commodity_via) : "");
  out << fmt::format("  origin      {}   region {}   supplier {} ({})\n", or_dash(l.origin), or_dash(l.region),
                     or_dash(l.supplier), or_dash(l.supplier_country));
  if (!l.certifications.empty()) out << fmt::format("  certified   {}\n", terminal_safe(fmt::format("{}", fmt::join(l.certifications, "; "))));
  out << fmt::format("  score       {}\n", arithmetic(l));
  out << fmt::format("  level       {}\n", level_reason(l));
  out << "\nSignals\n";
  if (l.signals().empty()) out << "  none: no finding, tier or other evidence for this line\n";
  std::size_t n = 0;
  for (const auto& s : l.signals()) {
    out << fmt::format("  {}. {}  weight {:.4g}{}{}{}\n", ++n, s.kind, s.weight,
                       s.weight_before_mitigation > 0 ? fmt::format(" (was {:.4g} before mitigation)", s.weight_before_mitigation) : "",
                       s.expected ? ", expected" : "", s.forcing ? ", forces critical" : "");
    out << fmt::format("     {}\n", terminal_safe(s.message));
    if (!s.path.empty()) out << fmt::format("     path     {}\n", fmt::join(s.path, " → "));
    for (const auto& o : s.origins) {
      out << fmt::format("     origin   {}{} {:.1f}% ({}){}\n", o.country, o.region.empty() ? "" : "/" + o.region,
                         100 * o.share, o.basis, o.source.empty() ? "" : " [" + o.source + "]");
    }
    for (const auto& src : s.sources) {
      const auto* d = dataset_of(*e.report, src);
      out << fmt::format("     source   {}{}\n", src,
                         d ? fmt::format(": {}, {} ({}), {}", d->title, d->publisher, d->published, d->source) : "");
    }
  }
  if (!e.children.empty()) {
    out << "\nParts (child lines)\n";
    for (const auto* c : e.children) {
      out << fmt::format("  line {}  {}  {}  {}  {:.1f}  {}\n", c->line, or_dash(c->id), or_dash(c->commodity),
                         or_dash(c->origin), c->score, score::to_string(c->level));
    }
  }
}

void write_json_explanation(const Explanation& e, std::ostream& out) {
  using Json = nlohmann::ordered_json;
  Json j;
  j["schema"] = "chainrisk.explain/v1";
  j["tool"] = {{"name", "chainrisk"}, {"version", e.report->tool_version}};
  j["line"] = line_json(*e.line);
  j["score_arithmetic"] = arithmetic(*e.line);
  j["level_reason"] = level_reason(*e.line);
  Json children = Json::array();
  for (const auto* c : e.children) {
    children.push_back({{"line", c->line}, {"id", c->id}, {"commodity", c->commodity ? Json(*c->commodity) : Json()},
                        {"score", std::round(c->score * 10) / 10}, {"level", std::string(score::to_string(c->level))}});
  }
  j["children"] = std::move(children);
  Json cited = Json::array();
  std::vector<std::string> seen;
  for (const auto& s : e.line->signals()) {
    for (const auto& src : s.sources) {
      const auto* d = dataset_of(*e.report, src);
      if (!d || std::find(seen.begin(), seen.end(), d->id) != seen.end()) continue;
      seen.push_back(d->id);
      cited.push_back({{"id", d->id}, {"version", d->version}, {"title", d->title}, {"publisher", d->publisher},
                       {"published", d->published}, {"source", d->source}, {"license", d->license}});
    }
  }
  j["datasets"] = std::move(cited);
  out << j.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
}

}  // namespace

void write_explanation(const Explanation& e, std::string_view format, const WriteOptions&, std::ostream& out) {
  if (format == "json") {
    write_json_explanation(e, out);
  } else {
    write_text(e, out);
  }
}

}  // namespace chainrisk::report
