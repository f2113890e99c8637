#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <cmath>

#include "chainrisk/error.hpp"
#include "chainrisk/report/entity_search.hpp"
#include "entity_search_markdown.hpp"
#include "outline.hpp"

namespace chainrisk::report {
namespace {

using Json = nlohmann::ordered_json;

// Scores are cut, not rounded, to the digits shown, so a shown score is never at a threshold
// its kind is below (0.7496 shows as 0.74, kind weak; never as 0.75).
double cut(double score, double scale) { return std::floor(score * scale) / scale; }

std::string dataset_ref(const model::Graph& g, const model::Entity& e) {
  const auto& d = g.datasets[e.dataset];
  return fmt::format("{}:{}", d.id, d.version);
}

std::vector<const model::DatasetInfo*> entity_datasets(const model::Graph& g) {
  std::vector<const model::DatasetInfo*> out;
  for (const auto& d : g.datasets) {
    if (d.kind == "entities") out.push_back(&d);
  }
  return out;
}

Json country_json(const model::Graph& g, const std::optional<model::CountryId>& c) {
  return c ? Json(g.countries[*c].code) : Json(nullptr);
}

Json region_json(const model::Graph& g, const std::optional<model::RegionId>& r) {
  return r ? Json(g.regions[*r].code) : Json(nullptr);
}

Json match_json(const entity::EntityMatch& m, const model::Graph& g) {
  const auto& e = g.entities[m.entity];
  return Json{{"entity", e.id},
              {"name", e.name},
              {"matched", m.matched},
              {"alias", m.alias},
              {"score", cut(m.score, 1e4)},
              {"kind", to_string(m.kind)},
              {"list", e.list},
              {"country", country_json(g, e.country)},
              {"region", region_json(g, e.region)},
              {"sector", e.sector},
              {"added", e.added},
              {"section", e.section},
              {"aliases", e.aliases},
              {"source", e.source},
              {"sources", Json::array({dataset_ref(g, e)})}};
}

void write_json(const entity::EntitySearch& s, const model::Graph& g, std::ostream& out) {
  Json j;
  j["query"] = s.query;
  j["normalized"] = entity::join_tokens(s.tokens);
  j["thresholds"] = {{"exact", s.thresholds.exact}, {"review", s.thresholds.review}};
  j["found"] = s.found();
  j["matches"] = Json::array();
  for (const auto& m : s.matches) j["matches"].push_back(match_json(m, g));
  j["datasets"] = Json::array();
  for (const auto* d : entity_datasets(g)) {
    j["datasets"].push_back({{"id", d->id}, {"version", d->version}, {"title", d->title}, {"publisher", d->publisher},
                             {"published", d->published}, {"source", d->source}, {"records", d->records},
                             {"notes", d->notes}});
  }
  out << j.dump(2) << '\n';
}

// "list uflpa | China (CN) | region Xinjiang Uygur Zizhiqu (CN-XJ) | sector ... | added ...".
std::string facts(const model::Entity& e, const model::Graph& g, const Outline& o) {
  std::string out = "list " + o.data(e.list);
  if (e.country) out += fmt::format(" | {} ({})", o.data(g.countries[*e.country].name), g.countries[*e.country].code);
  if (e.region) out += fmt::format(" | region {} ({})", o.data(g.regions[*e.region].name), g.regions[*e.region].code);
  if (!e.sector.empty()) out += " | sector " + o.data(e.sector);
  if (!e.added.empty()) out += " | added " + o.data(e.added);
  if (!e.section.empty()) out += " | section " + o.data(e.section);
  return out;
}

void write_match(const entity::EntityMatch& m, const model::Graph& g, Outline& o) {
  const auto& e = g.entities[m.entity];
  o.bullet(fmt::format("{:.2f} {}: {} [{}]", cut(m.score, 100), to_string(m.kind), o.data(e.name), o.data(e.id)));
  if (m.alias) o.line("    matched alias: " + o.data(m.matched));
  o.line("    " + facts(e, g, o));
  if (!e.source.empty()) o.line("    source: " + o.data(e.source));
}

void write_table(const entity::EntitySearch& s, const model::Graph& g, std::ostream& out) {
  auto o = plain_outline(out);
  o->title("Entity search: " + o->data(s.query));
  std::string normalized = entity::join_tokens(s.tokens);
  o->line("Normalized: " + (normalized.empty() ? "(nothing left once legal forms and punctuation are dropped)"
                                                : o->data(normalized)));
  o->line(fmt::format("Exact at {:.2f} or more, possible at {:.2f} or more", s.thresholds.exact, s.thresholds.review));
  if (!s.found()) {
    o->heading(fmt::format("no match: no listed name scores {:.2f} or more", s.thresholds.review));
  }
  if (!s.matches.empty()) {
    o->heading(s.found() ? fmt::format("Matches ({})", s.matches.size())
                         : fmt::format("Closest below the review threshold ({})", s.matches.size()));
  }
  for (const auto& m : s.matches) write_match(m, g, *o);
  auto datasets = entity_datasets(g);
  if (datasets.empty()) o->heading("No entity list is loaded.");
  else o->heading("Searched");
  for (const auto* d : datasets) {
    o->bullet(fmt::format("{} {}: {}, {} ({}), {} records, {}", d->id, d->version, o->data(d->title),
                          o->data(d->publisher), d->published, d->records, o->data(d->source)));
    if (!d->notes.empty()) o->line("    " + o->data(d->notes));
  }
}

}  // namespace

void check_entity_format(std::string_view format) {
  if (format != "table" && format != "json" && format != "markdown") {
    throw UsageError(fmt::format("unsupported output format \"{}\", supported formats are: {}", format, kEntityFormats));
  }
}

void write_entity_search(const entity::EntitySearch& s, const model::Graph& graph, std::string_view format,
                         std::ostream& out) {
  check_entity_format(format);
  if (format == "json") return write_json(s, graph, out);
  if (format == "markdown") return write_entity_search_markdown(s, graph, out);
  write_table(s, graph, out);
}

}  // namespace chainrisk::report
