#include "chainrisk/resolve/resolve_bom.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <memory>
#include <optional>
#include <unordered_map>

namespace chainrisk::resolve {
namespace {

using io::Field;

std::string hint(const std::optional<std::string>& suggestion) {
  return suggestion ? fmt::format("; did you mean '{}'?", *suggestion) : std::string();
}

}  // namespace

// Resolves the lines of one BOM, memoising each distinct value.
class LineResolverImpl {
 public:
  LineResolverImpl(const Resolver& r, std::string file) : r_(r), file_(std::move(file)) {}
  void set_diagnostics(Diagnostics& diag) { diag_ = &diag; }

  void resolve(const io::BomLine& line, ResolvedLine& out) {
    out.commodity.reset();
    out.origin.reset();
    out.origin_from_region = false;
    out.supplier_country.reset();
    out.region.reset();
    out.unresolved.clear();
    out.parent.reset();
    out.supplier_matches.clear();
    out.certifications.clear();
    resolve_commodity(line, out);
    out.origin = country(line, Field::origin, out);
    out.supplier_country = country(line, Field::supplier_country, out);
    resolve_region(line, out);
    for (Field f : {Field::quantity, Field::spend, Field::weight}) check_amount(line, f);
    resolve_certifications(line, out);
    if (const auto& supplier = line.get(Field::supplier); !supplier.empty() && !is_placeholder(supplier)) {
      if (!matches_) matches_.emplace(r_.entity_matcher());
      out.supplier_matches = matches_->match(supplier);
    }
  }

 private:
  void unresolved(const io::BomLine& line, Field f, std::string message, ResolvedLine& out) {
    const io::Cell& cell = line.cell(f);
    diag_->warning(file_, cell.pos.line ? cell.pos : TextPos{line.line, 0}, message);
    out.unresolved.push_back({f, cell.value, std::move(message)});
  }

  // A certification counts when it is a known scheme that covers the line's commodity (or
  // an earlier form of it); anything else is said, so nobody believes it lowered the score.
  void resolve_certifications(const io::BomLine& line, ResolvedLine& out) {
    const io::Cell& cell = line.cell(Field::certifications);
    for (const auto& name : io::split_certifications(cell.value)) {
      TextPos pos = cell.pos.line ? cell.pos : TextPos{line.line, 0};
      auto id = r_.certification(name);
      if (!id) {
        diag_->warning(file_, pos, fmt::format("certification '{}' is not a scheme chainrisk knows; it lowers "
                                                  "nothing (see 'chainrisk data info')", name));
        continue;
      }
      const auto& scheme = r_.graph().certifications[*id];
      if (!out.commodity) continue;
      bool covers = false;
      for (const auto& form : r_.graph().earlier_forms(out.commodity->id)) {
        covers = covers || std::find(scheme.commodities.begin(), scheme.commodities.end(), form.commodity) !=
                               scheme.commodities.end();
      }
      if (!covers) {
        diag_->warning(file_, pos, fmt::format("certification '{}' ({}) does not cover {}; it lowers nothing",
                                                  name, scheme.name, r_.graph().commodities[out.commodity->id].id));
      } else if (std::find(out.certifications.begin(), out.certifications.end(), *id) == out.certifications.end()) {
        out.certifications.push_back(*id);
      }
    }
  }

  // The line stays usable, but an amount that is not a number must not pass unnoticed:
  // a spend left out changes the spend-weighted score.
  void check_amount(const io::BomLine& line, Field f) {
    const io::Cell& cell = line.cell(f);
    if (cell.value.empty() || is_placeholder(cell.value) || io::parse_amount(cell.value)) return;
    std::string shown = cell.value.size() > 40 ? cell.value.substr(0, 40) + "..." : cell.value;
    diag_->warning(file_, cell.pos.line ? cell.pos : TextPos{line.line, 0},
                  fmt::format("{} '{}' is not an amount; expected a number from 0 to 1e18 such as 1200 or "
                              "1,200.50 (kept as text{})", io::to_string(f), shown,
                              f == Field::spend ? ", left out of the spend-weighted score" : ""));
  }

  // bom-format.md: material first, then the HS code, then words of the description. Each
  // is cached on its own: a BOM's descriptions vary line to line where its materials and
  // HS codes repeat, so a cache of the three together would mostly miss.
  const std::optional<CommodityMatch>& find_commodity(const io::BomLine& line) {
    static const std::optional<CommodityMatch> kNone;
    const std::string& material = line.get(Field::material);
    if (!material.empty()) {
      const auto& m = cached(material_cache_, material, [&]() -> std::optional<CommodityMatch> {
        if (auto id = r_.commodity_by_name(material)) return CommodityMatch{*id, CommodityVia::material, material};
        return r_.commodity_in_text(material, CommodityVia::material);
      });
      if (m) return m;
    }
    if (const std::string& hs = line.get(Field::hs_code); !hs.empty()) {
      const auto& m = cached(hs_cache_, hs, [&] { return r_.commodity_by_hs(hs); });
      if (m) return m;
    }
    const std::string& description = line.get(Field::description);
    if (description.empty()) return kNone;
    return cached(description_cache_, description,
                  [&] { return r_.commodity_in_text(description, CommodityVia::description); });
  }

  void resolve_commodity(const io::BomLine& line, ResolvedLine& out) {
    out.commodity = find_commodity(line);
    const std::string& material = line.get(Field::material);
    const std::string& hs = line.get(Field::hs_code);
    if (!out.commodity) {
      Field f = !material.empty() ? Field::material : !hs.empty() ? Field::hs_code : Field::description;
      const std::string& value = line.get(f);
      unresolved(line, f, fmt::format("unknown commodity '{}'{}", value,
                                      f == Field::hs_code ? "" : hint(suggest(value, false))),
                 out);
      return;
    }
    if (!material.empty() && out.commodity->via != CommodityVia::material && !is_placeholder(material)) {
      diag_->warning(file_, line.cell(Field::material).pos,
                    fmt::format("unknown material '{}'; commodity '{}' taken from the {}", material,
                                r_.graph().commodities[out.commodity->id].id,
                                to_string(out.commodity->via)));
    }
  }

  std::optional<CountryId> country(const io::BomLine& line, Field f, ResolvedLine& out) {
    const std::string& value = line.get(f);
    if (is_placeholder(value)) return std::nullopt;
    auto id = cached(country_cache_, value, [&] { return r_.country(value); });
    if (!id) {
      unresolved(line, f, fmt::format("unknown country '{}' in {}{}", value, to_string(f),
                                      hint(suggest(value, true))), out);
    }
    return id;
  }

  void resolve_region(const io::BomLine& line, ResolvedLine& out) {
    const std::string& value = line.get(Field::region);
    if (is_placeholder(value)) return;
    RegionMatch m = r_.region(value, out.origin);
    // A region of another country than the origin ("Xinjiang" with origin IN) is kept and
    // both are scored: the conservative reading of a contradictory line.
    if (!m.id && out.origin && m.candidates.empty()) m = r_.region(value, std::nullopt);
    if (!m.id) {
      std::string why = m.candidates.size() > 1
                            ? fmt::format("ambiguous region '{}': {} regions of that name; give "
                                          "the origin country", value, m.candidates.size())
                            : fmt::format("unknown region '{}'{}", value,
                                          out.origin ? fmt::format(" in {}", r_.graph().countries[*out.origin].code) : "");
      unresolved(line, Field::region, why, out);
      return;
    }
    out.region = m.id;
    const auto& region = r_.graph().regions[*m.id];
    if (!out.origin) {
      out.origin = region.country;
      out.origin_from_region = true;
    } else if (*out.origin != region.country) {
      diag_->warning(file_, line.cell(Field::region).pos,
                    fmt::format("region {} is in {}, but the origin is {}; both are scored",
                                region.code, r_.graph().countries[region.country].code,
                                r_.graph().countries[*out.origin].code));
    }
  }

  // Suggestions cost an edit-distance scan of every name: compute each once.
  const std::optional<std::string>& suggest(const std::string& value, bool is_country) {
    std::string key = (is_country ? "c\x1f" : "m\x1f") + value;
    return cached(suggestions_, key, [&] { return is_country ? r_.suggest_country(value) : r_.suggest_commodity(value); });
  }

  const Resolver& r_;
  std::string file_;
  Diagnostics* diag_ = nullptr;
  // The caches start over when full: a file of millions of distinct descriptions must not
  // keep them all, and the values a BOM repeats come back at once (docs/performance.md).
  static constexpr std::size_t kCacheEntries = 1u << 16;
  // The value cached for `key` in `cache`, computed by `compute` when missing. The
  // reference is valid until the next call on the same cache.
  template <typename Map, typename Compute>
  static const typename Map::mapped_type& cached(Map& cache, const std::string& key, Compute&& compute) {
    auto it = cache.find(key);
    if (it == cache.end()) {
      if (cache.size() >= kCacheEntries) cache.clear();
      it = cache.emplace(key, compute()).first;
    }
    return it->second;
  }
  std::unordered_map<std::string, std::optional<CommodityMatch>> material_cache_, hs_cache_, description_cache_;
  std::unordered_map<std::string, std::optional<CountryId>> country_cache_;
  std::unordered_map<std::string, std::optional<std::string>> suggestions_;
  std::optional<entity::MatchCache> matches_;  // each distinct supplier matched once
};

LineResolver::LineResolver(const Resolver& resolver, std::string file)
    : impl_(std::make_unique<LineResolverImpl>(resolver, std::move(file))) {}
LineResolver::~LineResolver() = default;
LineResolver::LineResolver(LineResolver&&) noexcept = default;

void LineResolver::resolve(const io::BomLine& line, ResolvedLine& out, Diagnostics& diag) {
  impl_->set_diagnostics(diag);
  impl_->resolve(line, out);
}

std::vector<ResolvedLine> resolve_bom(const Resolver& resolver, const io::BomFile& bom,
                                      Diagnostics& diag) {
  LineResolver lr(resolver, bom.name);
  std::vector<ResolvedLine> out(bom.lines.size());
  for (std::size_t i = 0; i < bom.lines.size(); ++i) lr.resolve(bom.lines[i], out[i], diag);
  link_parents(bom, out, diag);
  return out;
}

}  // namespace chainrisk::resolve
