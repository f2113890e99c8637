#include <fmt/format.h>

#include <map>
#include <set>
#include <tuple>
#include <unordered_map>

#include "chainrisk/data/check.hpp"
#include "chainrisk/text/fold.hpp"

namespace chainrisk::data {
namespace {

using model::Graph;

// Shares above 1 by less than this are rounding in the sources, not errors.
constexpr double kShareTolerance = 0.005;

std::string file_of(const Graph& g, model::DatasetId d) {
  const auto& ds = g.datasets[d];
  if (ds.location == "embedded") return "data/" + ds.file;
  return ds.location + (ds.location.empty() || ds.location.back() == '/' ? "" : "/") + ds.file;
}

class Checker {
 public:
  explicit Checker(const Graph& g) : g_(g) {}

  std::vector<DataProblem> run() {
    check_share_sums();
    check_tiers();
    check_unique_ids();
    check_commodity_names();
    check_relations();
    return std::move(out_);
  }

 private:
  void add(model::DatasetId d, std::uint32_t record, Severity s, std::string message) {
    out_.push_back({file_of(g_, d), fmt::format("/records/{}", record), s, std::move(message)});
  }

  // Shares of one whole (the world's production of M in a year, one country's imports from
  // its partners, one country's output split into regions) must not exceed 1.
  void check_share_sums() {
    using Key = std::tuple<model::CommodityId, int, int, model::CountryId, int>;
    std::map<Key, std::pair<double, const model::TradeShare*>> sums;
    for (const auto& t : g_.trade) {
      if (!t.share) continue;
      int whole = t.partner ? 1 : (t.region && t.of_country) ? 2 : 0;
      model::CountryId scope = whole == 0 ? 0 : t.country;
      Key k{t.commodity, static_cast<int>(t.flow), t.year, scope, whole};
      if (whole == 0 && t.region) continue;  // a region's world share is inside its country's
      auto& [sum, last] = sums[k];
      sum += *t.share;
      last = &t;
    }
    for (const auto& [k, v] : sums) {
      if (v.first <= 1.0 + kShareTolerance) continue;
      const auto& t = *v.second;
      std::string of = std::get<4>(k) == 1   ? fmt::format("{}'s imports", g_.countries[t.country].code)
                       : std::get<4>(k) == 2 ? fmt::format("{}'s output by region", g_.countries[t.country].code)
                                             : "the world";
      add(t.dataset, t.record, Severity::error,
          fmt::format("{} shares of {} for {} in {} sum to {:.3f}; expected at most 1",
                      model::to_string(t.flow), of, g_.commodities[t.commodity].id, t.year, v.first));
    }
  }

  void check_tiers() {
    std::map<std::pair<model::CountryId, int>, const model::TierPlacement*> seen;
    for (const auto& t : g_.tiers) {
      auto [it, fresh] = seen.emplace(std::pair{t.country, t.year}, &t);
      if (fresh) continue;
      bool same_dataset = it->second->dataset == t.dataset;
      add(t.dataset, t.record, same_dataset ? Severity::error : Severity::warning,
          fmt::format("{} has a second placement for {}{}", g_.countries[t.country].code, t.year,
                      same_dataset ? "" : fmt::format(" (overrides {})", g_.datasets[it->second->dataset].id)));
    }
  }

  template <typename Records>
  void unique_ids(const Records& records, const char* what) {
    std::unordered_map<std::string, std::size_t> seen;
    for (std::size_t i = 0; i < records.size(); ++i) {
      auto [it, fresh] = seen.emplace(records[i].id, i);
      if (!fresh) {
        add(records[i].dataset, records[i].record, Severity::error,
            fmt::format("duplicate {} id \"{}\" (also in {})", what, records[i].id,
                        g_.datasets[records[it->second].dataset].id));
      }
    }
  }

  void check_unique_ids() {
    unique_ids(g_.findings, "finding");
    unique_ids(g_.entities, "entity");
  }

  // Commodities have no record index in the graph; their dataset is found by id order.
  void check_commodity_names() {
    std::unordered_map<std::string, model::CommodityId> hs, names;
    for (model::CommodityId i = 0; i < g_.commodities.size(); ++i) {
      const auto& c = g_.commodities[i];
      for (const auto& p : c.hs) {
        auto [it, fresh] = hs.emplace(p, i);
        if (!fresh) problem_without_record(Severity::error, fmt::format("HS prefix {} belongs to both \"{}\" and \"{}\"", p, g_.commodities[it->second].id, c.id));
      }
      std::set<std::string> own{text::fold(c.name), text::fold(c.id)};
      for (const auto& a : c.aliases) own.insert(text::fold(a));
      for (const auto& key : own) {
        auto [it, fresh] = names.emplace(key, i);
        if (!fresh && it->second != i) {
          problem_without_record(Severity::warning, fmt::format("name \"{}\" is used by both \"{}\" and \"{}\"; BOM text "
                                                                "with it resolves to \"{}\"", key, g_.commodities[it->second].id,
                                                                c.id, g_.commodities[it->second].id));
        }
      }
    }
  }

  void problem_without_record(Severity s, std::string message) {
    for (model::DatasetId d = 0; d < g_.datasets.size(); ++d) {
      if (g_.datasets[d].kind == "commodities") {
        out_.push_back({file_of(g_, d), "/records", s, std::move(message)});
        return;
      }
    }
  }

  void check_relations() {
    std::set<std::tuple<model::CommodityId, model::CommodityId, int>> seen;
    for (const auto& r : g_.relations) {
      if (!seen.emplace(r.output, r.input, static_cast<int>(r.kind)).second) {
        add(r.dataset, r.record, Severity::warning,
            fmt::format("duplicate {} relation {} -> {}", model::to_string(r.kind), g_.commodities[r.input].id,
                        g_.commodities[r.output].id));
      }
      if (r.kind != model::RelationKind::form) continue;
      // A form cycle (a -> b -> a) makes "earlier form" meaningless; the scorer survives it.
      for (const auto& form : g_.earlier_forms(r.input)) {
        if (form.commodity == r.output) {
          add(r.dataset, r.record, Severity::warning,
              fmt::format("form relations form a cycle through {} and {}", g_.commodities[r.input].id,
                          g_.commodities[r.output].id));
          break;
        }
      }
    }
  }

  const Graph& g_;
  std::vector<DataProblem> out_;
};

}  // namespace

std::vector<DataProblem> check_graph(const Graph& g) { return Checker(g).run(); }

std::string format_problem(const DataProblem& p) {
  return fmt::format("{}: {}: {}: {}", p.file, p.pointer, p.severity == Severity::error ? "error" : "warning",
                     p.message);
}

}  // namespace chainrisk::data
