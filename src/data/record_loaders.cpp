#include "record_loaders.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "json_fields.hpp"

namespace chainrisk::data {
namespace {

using model::Graph;

std::string pointer(std::size_t i) { return fmt::format("/records/{}", i); }

bool is_upper_code(std::string_view s, std::size_t len) {
  return s.size() == len && std::all_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

bool is_kebab_id(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
}

model::CountryId country_ref(const JsonFields& f, const Graph& g, const char* key) {
  std::string code = f.str(key);
  auto id = g.country_by_code(code);
  if (!id) f.fail(key, fmt::format("unknown country id \"{}\"", code));
  return *id;
}

std::optional<model::CountryId> opt_country_ref(const JsonFields& f, const Graph& g, const char* key) {
  if (f.opt_str(key).empty()) return std::nullopt;
  return country_ref(f, g, key);
}

model::CommodityId commodity_ref(const JsonFields& f, const Graph& g, const char* key) {
  std::string id = f.str(key);
  auto c = g.commodity_by_id(id);
  if (!c) f.fail(key, fmt::format("unknown commodity id \"{}\"", id));
  return *c;
}

std::optional<double> share_of(const JsonFields& f, const char* key) {
  auto share = f.opt_number(key);
  if (share && (*share < 0.0 || *share > 1.0)) {
    f.fail(key, fmt::format("share {} out of range; expected a number in [0, 1]", *share));
  }
  return share;
}

std::uint8_t labor_of(const JsonFields& f, const char* key, bool allow_none = false) {
  std::uint8_t labor = 0;
  auto kinds = f.str_list(key);
  for (std::size_t i = 0; i < kinds.size(); ++i) {
    if (kinds[i] == "child") labor |= model::kChild;
    else if (kinds[i] == "forced") labor |= model::kForced;
    else f.fail(fmt::format("{}/{}", key, i), fmt::format("unknown labor \"{}\"; expected \"child\" or \"forced\"", kinds[i]));
  }
  if (labor == 0 && !allow_none) f.fail(key, "expected at least one of \"child\", \"forced\"");
  return labor;
}

int year_of(const JsonFields& f, const char* key) {
  long long y = f.integer(key);
  if (y < 1900 || y > 2200) f.fail(key, fmt::format("year {} out of range", y));
  return static_cast<int>(y);
}

template <typename Fn>
void for_each_record(const nlohmann::json& records, LoadContext& ctx, Fn fn) {
  for (std::size_t i = 0; i < records.size(); ++i) {
    JsonFields f(records[i], ctx.file, pointer(i));
    ctx.record = static_cast<std::uint32_t>(i);
    fn(f);
  }
}

}  // namespace

void load_countries(const nlohmann::json& records, LoadContext& ctx) {
  for_each_record(records, ctx, [&](const JsonFields& f) {
    model::Country c{f.str("code"), f.opt_str("alpha3"), f.str("name"), f.str_list("aliases")};
    if (!is_upper_code(c.code, 2)) f.fail("code", fmt::format("\"{}\" is not an ISO 3166-1 alpha-2 code", c.code));
    if (ctx.graph.country_by_code(c.code)) f.fail("code", fmt::format("duplicate country id \"{}\"", c.code));
    ctx.graph.countries.push_back(std::move(c));
    ctx.graph.add_country_index(static_cast<model::CountryId>(ctx.graph.countries.size() - 1));
  });
}

void load_regions(const nlohmann::json& records, LoadContext& ctx) {
  for_each_record(records, ctx, [&](const JsonFields& f) {
    model::Region r;
    r.code = f.str("code");
    r.country = country_ref(f, ctx.graph, "country");
    const std::string& cc = ctx.graph.countries[r.country].code;
    if (r.code.size() < 4 || r.code.compare(0, 3, cc + "-") != 0) {
      f.fail("code", fmt::format("\"{}\" is not an ISO 3166-2 code of country \"{}\"", r.code, cc));
    }
    if (ctx.graph.region_by_code(r.code)) f.fail("code", fmt::format("duplicate region id \"{}\"", r.code));
    r.name = f.str("name");
    r.type = f.opt_str("type");
    r.aliases = f.str_list("aliases");
    if (const auto* p = f.opt_object("presumption")) {
      JsonFields pf(*p, ctx.file, f.pointer() + "/presumption");
      r.presumption = model::Presumption{pf.str("law"), labor_of(pf, "labor"), pf.str("text"),
                                         pf.str("source"), ctx.dataset};
    }
    ctx.graph.regions.push_back(std::move(r));
    ctx.graph.add_region_index(static_cast<model::RegionId>(ctx.graph.regions.size() - 1));
  });
}

void load_commodities(const nlohmann::json& records, LoadContext& ctx) {
  for_each_record(records, ctx, [&](const JsonFields& f) {
    model::Commodity c{f.str("id"), f.str("name"), f.opt_str("sector"), f.str_list("aliases"),
                       f.str_list("hs")};
    if (!is_kebab_id(c.id)) f.fail("id", fmt::format("\"{}\" is not a lowercase kebab-case id", c.id));
    if (ctx.graph.commodity_by_id(c.id)) f.fail("id", fmt::format("duplicate commodity id \"{}\"", c.id));
    for (std::size_t i = 0; i < c.hs.size(); ++i) {
      const auto& hs = c.hs[i];
      bool digits = std::all_of(hs.begin(), hs.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
      if (!digits || hs.size() < 2 || hs.size() > 10) {
        f.fail(fmt::format("hs/{}", i), fmt::format("\"{}\" is not an HS code prefix; expected 2 to 10 digits", hs));
      }
    }
    ctx.graph.commodities.push_back(std::move(c));
    ctx.graph.add_commodity_index(static_cast<model::CommodityId>(ctx.graph.commodities.size() - 1));
  });
}

void load_relations(const nlohmann::json& records, LoadContext& ctx) {
  for_each_record(records, ctx, [&](const JsonFields& f) {
    model::Relation r;
    r.output = commodity_ref(f, ctx.graph, "output");
    r.input = commodity_ref(f, ctx.graph, "input");
    std::string kind = f.str("kind");
    auto k = model::parse_relation_kind(kind);
    if (!k) f.fail("kind", fmt::format("unknown relation kind \"{}\"; expected form, input or byproduct", kind));
    if (r.output == r.input) f.fail("input", "a commodity cannot be its own input");
    r.kind = *k;
    r.share = share_of(f, "share");
    r.source = f.str("source");
    r.note = f.opt_str("note");
    r.dataset = ctx.dataset;
    r.record = ctx.record;
    ctx.graph.relations.push_back(std::move(r));
  });
}

void load_findings(const nlohmann::json& records, LoadContext& ctx) {
  for_each_record(records, ctx, [&](const JsonFields& f) {
    model::Finding x;
    x.id = f.str("id");
    x.good = f.str("good");
    x.commodity = commodity_ref(f, ctx.graph, "commodity");
    x.country = country_ref(f, ctx.graph, "country");
    x.labor = labor_of(f, "labor");
    x.forced_child = f.opt_bool("forced_child");
    x.editions = f.int_list("editions");
    if (x.editions.empty()) f.fail("editions", "expected at least one edition year");
    if (!std::is_sorted(x.editions.begin(), x.editions.end())) f.fail("editions", "expected years in ascending order");
    x.publication = f.str("publication");
    std::string status = f.opt_str("status");
    if (status == "removed") {
      x.removed = true;
      x.removed_in = year_of(f, "removed_in");
    } else if (!status.empty() && status != "listed") {
      f.fail("status", fmt::format("unknown status \"{}\"; expected listed or removed", status));
    }
    if (const auto* d = f.opt_object("derived_from")) {
      JsonFields df(*d, ctx.file, f.pointer() + "/derived_from");
      x.derived_commodity = commodity_ref(df, ctx.graph, "commodity");
      x.derived_country = country_ref(df, ctx.graph, "country");
    }
    x.source = f.str("source");
    x.note = f.opt_str("note");
    x.dataset = ctx.dataset;
    x.record = ctx.record;
    ctx.graph.findings.push_back(std::move(x));
  });
}

void load_tiers(const nlohmann::json& records, LoadContext& ctx) {
  for_each_record(records, ctx, [&](const JsonFields& f) {
    model::TierPlacement t;
    t.country = country_ref(f, ctx.graph, "country");
    t.year = year_of(f, "year");
    std::string tier = f.str("tier");
    auto parsed = model::parse_tier(tier);
    if (!parsed) f.fail("tier", fmt::format("unknown tier \"{}\"; expected 1, 2, 2WL, 3 or special", tier));
    t.tier = *parsed;
    t.source = f.str("source");
    t.dataset = ctx.dataset;
    t.record = ctx.record;
    ctx.graph.tiers.push_back(std::move(t));
  });
}

void load_trade(const nlohmann::json& records, LoadContext& ctx) {
  for_each_record(records, ctx, [&](const JsonFields& f) {
    model::TradeShare t;
    t.commodity = commodity_ref(f, ctx.graph, "commodity");
    std::string flow = f.str("flow");
    auto parsed = model::parse_trade_flow(flow);
    if (!parsed) f.fail("flow", fmt::format("unknown flow \"{}\"; expected production, export or import", flow));
    t.flow = *parsed;
    t.country = country_ref(f, ctx.graph, "country");
    if (std::string region = f.opt_str("region"); !region.empty()) {
      t.region = ctx.graph.region_by_code(region);
      if (!t.region) f.fail("region", fmt::format("unknown region id \"{}\"", region));
      if (ctx.graph.regions[*t.region].country != t.country) {
        f.fail("region", fmt::format("region \"{}\" is not in country \"{}\"", region,
                                     ctx.graph.countries[t.country].code));
      }
    }
    t.partner = opt_country_ref(f, ctx.graph, "partner");
    std::string of = f.opt_str("share_of");
    if (!of.empty() && of != "world" && of != "country") {
      f.fail("share_of", fmt::format("\"{}\": expected \"world\" or \"country\"", of));
    }
    t.of_country = of == "country";
    if (t.of_country && !t.region) f.fail("share_of", "\"country\" applies to a region's share; give a region");
    t.year = year_of(f, "year");
    t.share = share_of(f, "share");
    if (auto rank = f.opt_number("rank")) {
      if (*rank < 1 || *rank != static_cast<int>(*rank)) f.fail("rank", "expected an integer >= 1");
      t.rank = static_cast<int>(*rank);
    }
    if (!t.share && t.rank == 0) f.fail("share", "missing; a trade record needs a share or a rank");
    t.source = f.str("source");
    t.note = f.opt_str("note");
    t.dataset = ctx.dataset;
    t.record = ctx.record;
    ctx.graph.trade.push_back(std::move(t));
  });
}

void load_entities(const nlohmann::json& records, LoadContext& ctx) {
  for_each_record(records, ctx, [&](const JsonFields& f) {
    model::Entity e;
    e.id = f.str("id");
    e.list = f.str("list");
    e.name = f.str("name");
    e.aliases = f.str_list("aliases");
    e.country = opt_country_ref(f, ctx.graph, "country");
    if (std::string region = f.opt_str("region"); !region.empty()) {
      e.region = ctx.graph.region_by_code(region);
      if (!e.region) f.fail("region", fmt::format("unknown region id \"{}\"", region));
    }
    e.sector = f.opt_str("sector");
    e.added = f.opt_str("added");
    e.section = f.opt_str("section");
    e.source = f.str("source");
    e.note = f.opt_str("note");
    e.dataset = ctx.dataset;
    e.record = ctx.record;
    ctx.graph.entities.push_back(std::move(e));
  });
}

void load_certifications(const nlohmann::json& records, LoadContext& ctx) {
  for_each_record(records, ctx, [&](const JsonFields& f) {
    model::Certification c;
    c.id = f.str("id");
    c.name = f.str("name");
    c.aliases = f.str_list("aliases");
    c.kind = f.str("kind");
    auto ids = f.str_list("commodities");
    if (ids.empty()) f.fail("commodities", "expected at least one commodity id");
    for (std::size_t i = 0; i < ids.size(); ++i) {
      auto m = ctx.graph.commodity_by_id(ids[i]);
      if (!m) f.fail(fmt::format("commodities/{}", i), fmt::format("unknown commodity id \"{}\"", ids[i]));
      c.commodities.push_back(*m);
    }
    // A scheme may cover a commodity without its texts naming a labor risk: [] is allowed.
    c.labor = labor_of(f, "covers_labor", true);
    c.publisher = f.opt_str("publisher");
    c.source = f.str("source");
    c.as_of = f.opt_str("as_of");
    c.note = f.opt_str("note");
    c.dataset = ctx.dataset;
    c.record = ctx.record;
    ctx.graph.certifications.push_back(std::move(c));
  });
}

}  // namespace chainrisk::data
