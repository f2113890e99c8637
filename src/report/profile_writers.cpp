#include <fmt/format.h>
#include <fmt/ranges.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>

#include "chainrisk/error.hpp"
#include "chainrisk/model/graph.hpp"
#include "chainrisk/report/profiles.hpp"
#include "outline.hpp"
#include "profile_markdown.hpp"

namespace chainrisk::report {
namespace {

using Json = nlohmann::ordered_json;
using lookup::FindingView;
using lookup::ShareView;

Json labor_json(std::uint8_t labor) {
  Json out = Json::array();
  if (labor & model::kChild) out.push_back("child");
  if (labor & model::kForced) out.push_back("forced");
  return out;
}

Json finding_json(const FindingView& f) {
  Json j;
  j["country"] = f.country;
  j["labor"] = labor_json(f.labor);
  j["sources"] = f.sources;
  j["good"] = f.good;
  j["commodity"] = f.commodity;
  j["forced_child"] = f.forced_child;
  j["publication"] = f.publication;
  j["edition"] = f.edition;
  if (f.removed_in) j["removed_in"] = f.removed_in;
  if (!f.derived_from.empty()) j["derived_from"] = f.derived_from;
  j["source"] = f.source_refs.empty() ? "" : f.source_refs.front();
  return j;
}

Json share_json(const ShareView& s) {
  Json j;
  j["country"] = s.country;
  if (!s.region.empty()) j["region"] = s.region;
  j["share"] = s.share ? Json(*s.share) : Json(nullptr);
  if (s.rank) j["rank"] = s.rank;
  j["year"] = s.year;
  if (!s.region.empty()) j["share_of"] = s.of_country ? "country" : "world";
  j["source"] = s.source;
  return j;
}

template <typename T, typename Fn>
Json list_json(const std::vector<T>& items, Fn fn) {
  Json out = Json::array();
  for (const auto& i : items) out.push_back(fn(i));
  return out;
}

Json codes(const std::vector<ShareView>& shares) {
  return list_json(shares, [](const ShareView& s) { return s.country; });
}

Json cited_json(const std::vector<lookup::SourceView>& cited) {
  return list_json(cited, [](const lookup::SourceView& s) {
    return Json{{"id", s.id},         {"title", s.title},   {"publisher", s.publisher},
                {"published", s.published}, {"source", s.source}, {"version", s.version}};
  });
}

Json certification_json(const lookup::CertificationView& c) {
  return Json{{"id", c.id},         {"name", c.name},     {"kind", c.kind},   {"covers", c.covers},
              {"labor", labor_json(c.labor)}, {"publisher", c.publisher}, {"source", c.source}, {"as_of", c.as_of}};
}

void write_commodity_json(const lookup::CommodityProfile& p, std::ostream& out) {
  Json j;
  j["commodity"] = {{"id", p.id}, {"name", p.name}, {"hs", p.hs}, {"sector", p.sector}, {"aliases", p.aliases}};
  j["findings"] = list_json(p.findings, finding_json);
  Json tiers = Json::object();
  for (const auto& [cc, t] : p.tiers) tiers[cc] = {{"tier", t.tier}, {"year", t.year}};
  j["tiers"] = tiers;
  j["top_exporters"] = codes(p.top_exporters);
  j["top_importers"] = codes(p.top_importers);
  j["inputs"] = p.inputs;
  j["outputs"] = p.outputs;
  j["byproducts"] = p.byproducts;
  j["byproduct_of"] = p.byproduct_of;
  j["exporters"] = list_json(p.top_exporters, share_json);
  j["importers"] = list_json(p.top_importers, share_json);
  j["producers"] = list_json(p.top_producers, share_json);
  j["regional_shares"] = list_json(p.regional_shares, share_json);
  j["removed_findings"] = list_json(p.removed_findings, finding_json);
  j["certifications"] = list_json(p.certifications, certification_json);
  j["sources"] = cited_json(p.cited);
  out << j.dump(2) << '\n';
}

std::string tier_name(const std::string& tier) {
  auto t = model::parse_tier(tier);
  return t ? std::string(model::tier_label(*t)) : tier;
}

std::string share_text(const ShareView& s, const Outline& o) {
  std::string where = s.region.empty() ? o.data(s.country_name) + " (" + s.country + ")" : s.region;
  if (!s.share) return where;  // a ranking without shares (the seed report's top ten)
  std::string of = s.region.empty() ? "" : (s.of_country ? " of " + s.country + "'s output" : " of world output");
  return fmt::format("{}: {:.1f}%{}{}", where, *s.share * 100, of, s.region.empty() ? "" : fmt::format(" ({})", s.year));
}

// A ranked list with its year and source said once (the rows of one list share them).
void write_shares(Outline& o, std::string_view heading, const std::vector<ShareView>& shares) {
  if (shares.empty()) return;
  bool same_source = std::all_of(shares.begin(), shares.end(), [&](const ShareView& s) { return s.source == shares[0].source; });
  o.heading(shares[0].region.empty() ? fmt::format("{} ({})", heading, shares[0].year) : std::string(heading));
  for (std::size_t i = 0; i < shares.size(); ++i) {
    std::string row = fmt::format("{}. {}", shares[i].rank ? shares[i].rank : static_cast<int>(i + 1), share_text(shares[i], o));
    if (!same_source) row += fmt::format(" [{}]", o.data(shares[i].source));
    o.line(row);
  }
  if (same_source) o.paragraph(fmt::format("Source: {}", o.data(shares[0].source)));
}

std::string finding_text(const FindingView& f, const Outline& o) {
  std::string text = fmt::format("{}: {}", o.data(f.good), model::labor_text(f.labor, f.forced_child));
  if (!f.derived_from.empty()) text += fmt::format(" (made with {})", f.derived_from);
  std::string what = f.publication == "dol-tvpra" ? fmt::format("DOL List of Goods {}", f.edition)
                     : f.publication == "tip-report" ? fmt::format("TIP report {}", f.edition)
                                                     : fmt::format("{} {}", o.data(f.publication), f.edition);
  if (f.removed_in) what += fmt::format(", removed in {}", f.removed_in);
  return text + fmt::format(" ({}) [{}]", what, fmt::join(f.sources, ", "));
}

// One bullet per country, its findings after it.
void write_findings_by_country(Outline& o, const std::vector<FindingView>& findings) {
  std::map<std::string, std::vector<const FindingView*>> by_country;
  std::map<std::string, std::string> names;
  for (const auto& f : findings) {
    by_country[f.country_name + '\x1f' + f.country].push_back(&f);
    names[f.country_name + '\x1f' + f.country] = f.country;
  }
  for (const auto& [key, list] : by_country) {
    std::string country = o.data(key.substr(0, key.find('\x1f'))) + " (" + names[key] + ")";
    std::vector<std::string> parts;
    for (const auto* f : list) parts.push_back(finding_text(*f, o));
    o.bullet(fmt::format("{} - {}", country, fmt::join(parts, "; ")));
  }
}

void write_sources(Outline& o, const std::vector<lookup::SourceView>& cited) {
  if (cited.empty()) return;
  o.heading("Sources");
  for (const auto& s : cited) {
    std::string title = s.title.empty() ? "" : o.data(s.title) + ", ";
    o.bullet(fmt::format("{}: {}{} ({}), {}", s.id, title, o.data(s.publisher), s.published, o.data(s.source)));
  }
}

void write_commodity_outline(const lookup::CommodityProfile& p, Outline& o) {
  o.title(fmt::format("Commodity report: {}", o.data(p.name)));
  o.line(fmt::format("id {} | sector {} | HS {}", p.id, o.data(p.sector.empty() ? "-" : p.sector),
                     p.hs.empty() ? "-" : fmt::format("{}", fmt::join(p.hs, ", "))));
  o.heading(fmt::format("Where is {} reportedly produced with forced labor or child labor?", o.data(p.name)));
  if (p.findings.empty()) o.line("No findings in the loaded data.");
  write_findings_by_country(o, p.findings);
  if (!p.tiers.empty()) {
    o.heading("TIP tiers of those countries");
    for (const auto& [cc, t] : p.tiers) o.bullet(fmt::format("{}: {} ({})", cc, tier_name(t.tier), t.year));
  }
  write_shares(o, "Top exporters", p.top_exporters);
  write_shares(o, "Top importers", p.top_importers);
  write_shares(o, "Top producers", p.top_producers);
  write_shares(o, "Regional shares", p.regional_shares);
  if (!p.inputs.empty() || !p.outputs.empty() || !p.byproducts.empty() || !p.byproduct_of.empty()) {
    o.heading("In the commodity graph");
    auto list = [&](const char* what, const std::vector<std::string>& ids) {
      if (!ids.empty()) o.bullet(fmt::format("{}: {}", what, fmt::join(ids, ", ")));
    };
    list("made from", p.inputs);
    list("goes into", p.outputs);
    list("by-products", p.byproducts);
    list("by-product of", p.byproduct_of);
  }
  if (!p.certifications.empty()) {
    o.heading("Certifications covering it");
    for (const auto& c : p.certifications) {
      o.bullet(fmt::format("{} ({}; covers {}; addresses {})", o.data(c.name), o.data(c.kind), fmt::join(c.covers, ", "),
                           c.labor ? model::labor_text(c.labor, false) : "no labor risk stated"));
    }
  }
  if (!p.removed_findings.empty()) {
    o.heading("Removed from the lists (history)");
    write_findings_by_country(o, p.removed_findings);
  }
  write_sources(o, p.cited);
}

void write_country_json(const lookup::CountryProfile& p, std::ostream& out) {
  Json j;
  j["country"] = {{"code", p.code}, {"alpha3", p.alpha3}, {"name", p.name}};
  j["tiers"] = list_json(p.tiers, [](const lookup::TierView& t) { return Json{{"year", t.year}, {"tier", t.tier}}; });
  j["findings"] = list_json(p.findings, finding_json);
  j["removed_findings"] = list_json(p.removed_findings, finding_json);
  j["regions"] = list_json(p.regions, [](const lookup::RegionView& r) {
    return Json{{"code", r.code}, {"name", r.name}, {"law", r.law}, {"text", r.text}, {"source", r.source}};
  });
  j["entities"] = list_json(p.entities, [](const lookup::EntityView& e) {
    return Json{{"id", e.id}, {"name", e.name}, {"aliases", e.aliases}, {"region", e.region},
                {"sector", e.sector}, {"added", e.added}, {"source", e.source}};
  });
  j["production"] = list_json(p.production, [](const ShareView& s) {
    return Json{{"commodity", s.commodity}, {"share", s.share ? Json(*s.share) : Json(nullptr)}, {"year", s.year},
                {"source", s.source}};
  });
  j["sources"] = cited_json(p.cited);
  out << j.dump(2) << '\n';
}

void write_country_outline(const lookup::CountryProfile& p, Outline& o) {
  o.title(fmt::format("Country profile: {} ({}, {})", o.data(p.name), p.code, p.alpha3));
  o.heading("TIP tier history");
  if (p.tiers.empty()) o.line("No TIP placement in the loaded data.");
  for (auto it = p.tiers.rbegin(); it != p.tiers.rend(); ++it) {
    o.bullet(fmt::format("{}: {}", it->year, tier_name(it->tier)));
  }
  o.heading("Goods with findings");
  if (p.findings.empty()) o.line("No findings in the loaded data.");
  for (const auto& f : p.findings) o.bullet(finding_text(f, o));
  if (!p.regions.empty()) {
    o.heading("Regions under a presumption");
    for (const auto& r : p.regions) o.bullet(fmt::format("{} {} - {}: {}", r.code, o.data(r.name), r.law, o.data(r.text)));
  }
  if (!p.entities.empty()) {
    o.heading(fmt::format("Listed entities ({})", p.entities.size()));
    for (const auto& e : p.entities) {
      o.bullet(fmt::format("{} ({}{}, since {})", o.data(e.name), o.data(e.sector.empty() ? "sector not stated" : e.sector),
                           e.region.empty() ? "" : ", " + e.region, e.added));
    }
  }
  if (!p.production.empty()) {
    o.heading("Share of world production");
    for (const auto& s : p.production) {
      o.bullet(fmt::format("{}: {:.1f}% ({})", s.commodity, s.share.value_or(0) * 100, s.year));
    }
  }
  if (!p.removed_findings.empty()) {
    o.heading("Removed from the lists (history)");
    for (const auto& f : p.removed_findings) o.bullet(finding_text(f, o));
  }
  write_sources(o, p.cited);
}

template <typename Profile, typename JsonFn, typename MarkdownFn, typename OutlineFn>
void write_profile(const Profile& p, std::string_view format, std::ostream& out, JsonFn json, MarkdownFn markdown,
                   OutlineFn outline) {
  check_profile_format(format);
  if (format == "json") return json(p, out);
  if (format == "markdown") return markdown(p, out);
  outline(p, *plain_outline(out));
}

}  // namespace

void check_profile_format(std::string_view format) {
  if (format != "table" && format != "json" && format != "markdown") {
    throw UsageError(fmt::format("unsupported output format \"{}\", supported formats are: {}", format,
                                 kProfileFormats));
  }
}

void write_commodity_profile(const lookup::CommodityProfile& p, std::string_view format, std::ostream& out) {
  write_profile(p, format, out, write_commodity_json, write_commodity_markdown, write_commodity_outline);
}

void write_country_profile(const lookup::CountryProfile& p, std::string_view format, std::ostream& out) {
  write_profile(p, format, out, write_country_json, write_country_markdown, write_country_outline);
}

}  // namespace chainrisk::report
