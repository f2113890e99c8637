#include "kinds.hpp"

#include <fmt/format.h>

#include <map>

#include "chainrisk/text/fold.hpp"
#include "values.hpp"

namespace chainrisk::importer {
namespace {

std::optional<std::string> country_code(const Row& row, const char* field, Conversion& c) {
  const std::string& value = row.get(field);
  if (auto id = c.resolver.country(value)) return c.resolver.graph().countries[*id].code;
  auto hint = c.resolver.suggest_country(value);
  c.diag.error(c.file, row.pos(field), fmt::format("unknown country '{}'{}", value,
                                                    hint ? fmt::format("; did you mean '{}'?", *hint) : ""));
  return std::nullopt;
}

// The commodity id of a good: known by name (with or without a parenthetical such as
// "(heterogenite)"), or a new commodity recorded in c.new_commodities.
std::string commodity_of(const std::string& good, Conversion& c) {
  if (auto id = c.resolver.commodity_by_name(good)) return c.resolver.graph().commodities[*id].id;
  if (auto open = good.find('('); open != std::string::npos) {
    if (auto id = c.resolver.commodity_by_name(good.substr(0, open))) return c.resolver.graph().commodities[*id].id;
  }
  std::string slug = slug_for(good);
  for (const auto& m : c.new_commodities) {
    if (m["id"] == slug) return slug;
  }
  c.new_commodities.push_back({{"id", slug}, {"name", good}, {"aliases", Json::array()},
                               {"source", fmt::format("{} ({})", c.file, c.dataset)},
                               {"note", "Imported good not known to the embedded data: add HS codes and aliases."}});
  return slug;
}

Json labor_list(std::uint8_t labor) {
  Json out = Json::array();
  if (labor & model::kChild) out.push_back("child");
  if (labor & model::kForced) out.push_back("forced");
  return out;
}

std::optional<bool> flag(const Row& row, const char* field, Conversion& c) {
  auto v = parse_yes_no(row.get(field));
  if (!v) c.diag.error(c.file, row.pos(field), fmt::format("'{}': expected Yes or No", row.get(field)));
  return v;
}

int edition_year(const std::string& edition) {
  int y = std::atoi(edition.c_str());
  return y >= 1900 && y <= 2200 ? y : 0;
}

}  // namespace

const std::vector<FieldSpec>& dol_fields() {
  static const std::vector<FieldSpec> kSpec{
      {"good", {"good", "good_name", "goods"}, true},
      {"country", {"country", "country_name"}, true},
      {"child", {"child_labor", "child labor", "cl"}, false},
      {"forced", {"forced_labor", "forced labor", "fl"}, false},
      {"forced_child", {"forced_child_labor", "forced child labor", "fcl"}, false},
      {"sector", {"sector", "good_sector"}, false},
  };
  return kSpec;
}

const std::vector<FieldSpec>& tier_fields() {
  static const std::vector<FieldSpec> kSpec{
      {"country", {"country", "country_name", "name", "country_name_as_published"}, true},
      {"year", {"year", "report_year", "tip_report_year"}, true},
      {"tier", {"tier", "placement", "tier_placement"}, true},
      {"source", {"source", "url"}, false},
  };
  return kSpec;
}

const std::vector<FieldSpec>& uflpa_fields() {
  static const std::vector<FieldSpec> kSpec{
      {"name", {"name", "entity", "entity_name", "name_as_published"}, true},
      {"aliases", {"aliases", "aka", "also_known_as", "aliases_as_published"}, false},
      {"date", {"date", "added", "effective_date"}, true},
      {"section", {"section", "uflpa_section"}, false},
      {"source", {"source", "notice", "url"}, false},
      {"country", {"country"}, false},
      {"region", {"region"}, false},
      {"sector", {"sector"}, false},
  };
  return kSpec;
}

const std::vector<FieldSpec>& findings_fields() {
  static const std::vector<FieldSpec> kSpec{
      {"good", {"good", "commodity", "material"}, true},
      {"country", {"country", "origin", "country_of_origin"}, true},
      {"labor", {"labor", "labor_type", "finding"}, true},
      {"source", {"source", "reference", "evidence"}, true},
      {"year", {"year", "edition", "date"}, false},
      {"note", {"note", "notes", "comment"}, false},
  };
  return kSpec;
}

void convert_dol(const std::vector<Row>& rows, Conversion& c) {
  std::map<std::string, std::size_t> first_line;  // record id → the line that gave it
  for (const auto& row : rows) {
    auto cc = country_code(row, "country", c);
    auto child = flag(row, "child", c), forced = flag(row, "forced", c), forced_child = flag(row, "forced_child", c);
    if (!cc || !child || !forced || !forced_child) continue;
    std::uint8_t labor = (*child || *forced_child ? model::kChild : 0) | (*forced || *forced_child ? model::kForced : 0);
    if (!labor) {
      c.diag.warning(c.file, {row.line, 0}, fmt::format("{} / {}: no child or forced labor flag (a downstream good?); "
                                                        "skipped", row.get("good"), row.get("country")));
      continue;
    }
    std::string commodity = commodity_of(row.get("good"), c);
    std::string id = fmt::format("{}-{}-{}", c.dataset, commodity, text::fold(*cc));
    Json rec{{"id", id}, {"good", row.get("good")}, {"commodity", commodity}, {"country", *cc},
             {"labor", labor_list(labor)}, {"forced_child", *forced_child},
             {"editions", {edition_year(c.edition)}}, {"publication", "dol-tvpra"}, {"sector", row.get("sector")},
             {"status", "listed"}, {"source", "https://www.dol.gov/agencies/ilab/reports/child-labor/list-of-goods"},
             {"note", fmt::format("imported from {} line {}", c.file, row.line)}};
    if (auto [it, fresh] = first_line.emplace(id, row.line); !fresh) {
      c.diag.warning(c.file, {row.line, 0}, fmt::format("{} / {} repeats line {}; the first is kept", row.get("good"),
                                                        *cc, it->second));
      continue;
    }
    c.records.push_back(std::move(rec));
  }
}

void convert_tiers(const std::vector<Row>& rows, Conversion& c) {
  for (const auto& row : rows) {
    auto cc = country_code(row, "country", c);
    auto tier = parse_tier_name(row.get("tier"));
    if (!tier) c.diag.error(c.file, row.pos("tier"), fmt::format("'{}': expected Tier 1, Tier 2, Tier 2 Watch List, Tier 3 or Special Case", row.get("tier")));
    int year = edition_year(row.get("year"));
    if (!year) c.diag.error(c.file, row.pos("year"), fmt::format("'{}': expected a report year", row.get("year")));
    if (!cc || !tier || !year) continue;
    std::string source = row.get("source").empty() ? "US Department of State, Trafficking in Persons Report" : row.get("source");
    c.records.push_back({{"country", *cc}, {"year", year}, {"tier", *tier}, {"source", source},
                         {"note", fmt::format("imported from {} line {}", c.file, row.line)}});
  }
}

void convert_uflpa(const std::vector<Row>& rows, Conversion& c) {
  for (const auto& row : rows) {
    auto date = parse_date(row.get("date"));
    if (!date) c.diag.error(c.file, row.pos("date"), fmt::format("'{}': expected a date such as 2022-06-21 or June 21, 2022", row.get("date")));
    std::optional<std::string> cc = "CN";  // the list names PRC entities unless a country is given
    if (!row.get("country").empty()) cc = country_code(row, "country", c);
    if (!date || !cc) continue;
    Json aliases = Json::array();
    std::string raw = row.get("aliases");
    for (std::size_t start = 0; start < raw.size();) {
      std::size_t end = std::min(raw.find(';', start), raw.size());
      std::string a = raw.substr(start, end - start);
      a.erase(0, a.find_first_not_of(' '));
      a.erase(a.find_last_not_of(' ') + 1);
      if (!a.empty()) aliases.push_back(a);
      start = end + 1;
    }
    Json region = nullptr;
    if (!row.get("region").empty()) {
      auto m = c.resolver.region(row.get("region"), c.resolver.country(*cc));
      if (m.id) region = c.resolver.graph().regions[*m.id].code;
      else c.diag.warning(c.file, row.pos("region"), fmt::format("unknown region '{}'; left empty", row.get("region")));
    }
    c.records.push_back({{"id", fmt::format("{}-{:03}", c.dataset, c.records.size() + 1)}, {"list", "uflpa"},
                         {"name", row.get("name")}, {"aliases", aliases}, {"country", *cc}, {"region", region},
                         {"sector", row.get("sector")}, {"added", *date}, {"section", row.get("section")},
                         {"source", row.get("source").empty() ? "https://www.dhs.gov/uflpa-entity-list" : row.get("source")},
                         {"note", fmt::format("imported from {} line {}", c.file, row.line)}});
  }
}

void convert_findings(const std::vector<Row>& rows, Conversion& c) {
  for (const auto& row : rows) {
    auto cc = country_code(row, "country", c);
    auto labor = parse_labor(row.get("labor"));
    if (!labor) c.diag.error(c.file, row.pos("labor"), fmt::format("'{}': expected child, forced or both", row.get("labor")));
    int year = row.get("year").empty() ? edition_year(c.edition) : edition_year(row.get("year").substr(0, 4));
    if (!year) c.diag.error(c.file, row.pos("year"), fmt::format("'{}': expected a year", row.get("year")));
    if (row.get("source").empty()) c.diag.error(c.file, row.pos("source"), "no source; every finding needs one");
    if (!cc || !labor || !year || row.get("source").empty()) continue;
    c.records.push_back({{"id", fmt::format("{}-{:04}", c.dataset, c.records.size() + 1)}, {"good", row.get("good")},
                         {"commodity", commodity_of(row.get("good"), c)}, {"country", *cc}, {"labor", labor_list(*labor)},
                         {"editions", {year}}, {"publication", c.dataset}, {"status", "listed"},
                         {"source", row.get("source")}, {"note", row.get("note")}});
  }
}

}  // namespace chainrisk::importer
