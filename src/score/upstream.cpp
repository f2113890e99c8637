// methodology.md `upstream`: findings on the inputs of a line's commodity, reached through
// the commodity graph. Each input is visited once, at its least depth (breadth-first), so
// cycles in the data end the walk; its likely origins are, in order, the origins the BOM
// declares for it below the line, the importing country's import shares, the world
// producer or exporter shares. A by-product (cobalt from copper ore) comes from where its
// co-product is mined, so it inherits the origins of the commodity it was reached from.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <cmath>
#include <deque>
#include <unordered_set>

#include "chainrisk/score/scorer.hpp"
#include "signal_text.hpp"

namespace chainrisk::score {
namespace {

struct Origin {
  model::CountryId country = 0;
  double share = 0;
  std::string basis, source;
  bool region_given = false;  // every BOM line declaring it names the region as well
};

struct Node {
  model::CommodityId commodity = 0;
  int depth = 0;
  std::vector<std::string> path;
  std::vector<Origin> origins;
};

bool is_form_of(const std::vector<model::FormPath>& forms, model::CommodityId candidate) {
  return std::any_of(forms.begin(), forms.end(), [&](const model::FormPath& f) { return f.commodity == candidate; });
}

// The origins the BOM declares below the line for a commodity (`forms`: it and its earlier
// forms), each line counting equally.
std::vector<Origin> declared_origins(const std::vector<model::FormPath>& forms,
                                     const std::vector<DeclaredOrigin>& declared) {
  std::vector<const DeclaredOrigin*> hits;
  for (const auto& d : declared) {
    if (is_form_of(forms, d.commodity)) hits.push_back(&d);
  }
  std::vector<Origin> out;
  for (const auto* d : hits) {
    auto it = std::find_if(out.begin(), out.end(), [&](const Origin& o) { return o.country == d->country; });
    if (it == out.end()) {
      out.push_back({d->country, 0, fmt::format("declared on BOM line {}", d->line), "", d->region_given});
      it = out.end() - 1;
    } else {
      it->basis += fmt::format(", {}", d->line);
      it->region_given = it->region_given && d->region_given;
    }
    it->share += 1.0 / static_cast<double>(hits.size());
  }
  for (auto& o : out) {
    if (o.basis.find(',') != std::string::npos) o.basis.replace(0, std::string("declared on BOM line").size(), "declared on BOM lines");
  }
  return out;
}

}  // namespace

std::size_t Scorer::UpstreamKeyHash::operator()(const UpstreamKey& k) const noexcept {
  return mix_ids(k.region, {k.commodity, k.origin, k.importer});
}

void Scorer::add_upstream(const resolve::ResolvedLine& r, const std::vector<DeclaredOrigin>& declared,
                          std::vector<Signal>& out) const {
  if (!r.commodity || policy_.upstream_max_depth <= 0) return;
  if (!declared.empty()) return walk_upstream(r, declared, out);
  UpstreamKey key;
  key.commodity = r.commodity->id;
  if (r.origin) {
    key.origin = *r.origin;
  } else if (r.supplier_country) {
    key.importer = *r.supplier_country;
  }
  key.region = r.region.has_value();
  auto it = upstream_memo_.find(key);
  if (it == upstream_memo_.end()) {
    if (upstream_memo_.size() >= kMemoEntries) upstream_memo_.clear();  // a cache: start over when full
    it = upstream_memo_.try_emplace(key).first;
    walk_upstream(r, declared, it->second);
  }
  out.insert(out.end(), it->second.begin(), it->second.end());
}

void Scorer::walk_upstream(const resolve::ResolvedLine& r, const std::vector<DeclaredOrigin>& declared,
                           std::vector<Signal>& out) const {
  const model::CommodityId top = r.commodity->id;
  // Inputs are imported into the country the line is made in, else its supplier's.
  std::optional<model::CountryId> importer = r.origin ? r.origin : r.supplier_country;
  auto likely = [&](model::CommodityId m) {
    std::vector<Origin> v;
    for (const auto& o : origins_.likely(m, importer)) {
      v.push_back({o.country, o.share, o.basis, source_of(o.dataset, o.year)});
    }
    return v;
  };

  Node start{top, 0, {graph_.commodities[top].id}, {}};
  if (r.origin) {
    start.origins.push_back({*r.origin, 1.0, "origin of the line", "", r.region.has_value()});
  } else {
    start.origins = likely(top);
  }
  std::unordered_set<model::CommodityId> seen{top};
  for (const auto& f : graph_.earlier_forms(top)) seen.insert(f.commodity);
  std::deque<Node> queue{std::move(start)};
  std::vector<Signal> found;

  while (!queue.empty()) {
    Node node = std::move(queue.front());
    queue.pop_front();
    if (node.depth >= policy_.upstream_max_depth) continue;
    for (const auto& form : graph_.earlier_forms(node.commodity)) {
      for (auto ri : graph_.relations_into(form.commodity)) {
        const auto& rel = graph_.relations[ri];
        if (rel.kind == model::RelationKind::form || !seen.insert(rel.input).second) continue;
        for (const auto& f : graph_.earlier_forms(rel.input)) seen.insert(f.commodity);
        Node next{rel.input, node.depth + 1, node.path, {}};
        next.path.push_back(graph_.commodities[rel.input].id);
        if (rel.kind == model::RelationKind::byproduct) {
          double k = rel.share.value_or(1.0);
          for (const auto& o : node.origins) {
            next.origins.push_back({o.country, o.share * k,
                                    rel.share ? fmt::format("{} ({:.0f}% of {} comes from {})", o.basis, 100 * k,
                                                            graph_.commodities[rel.output].id, next.path.back())
                                              : o.basis,
                                    o.source, o.region_given});
          }
        } else {
          next.origins = declared_origins(graph_.earlier_forms(rel.input), declared);
          if (next.origins.empty()) next.origins = likely(rel.input);
        }
        double decay = std::pow(policy_.upstream_decay, next.depth);
        for (const auto& o : next.origins) {
          const std::string& cc = graph_.countries[o.country].code;
          const std::string& input_name = graph_.commodities[rel.input].name;
          std::string via = fmt::format("{}", fmt::join(next.path, " ← "));
          // Findings on the input in this origin.
          const FindingEvidence& ev = findings_in(rel.input, o.country);
          // A signal too weak to be kept is not written out (most are, deep in the graph).
          if (ev.labor && finding_weight(ev.labor) * o.share * decay >= policy_.upstream_min_weight) {
            Signal s;
            s.kind = "upstream";
            s.expected = true;
            s.labor = ev.labor;
            s.commodity = ev.commodity;
            s.country = cc;
            s.path = next.path;
            s.path.insert(s.path.end(), ev.path.begin() + 1, ev.path.end());
            s.weight = finding_weight(ev.labor) * o.share * decay;
            s.sources = ev.sources;
            if (!o.source.empty()) add_unique(s.sources, o.source);
            s.origins.push_back({cc, "", o.share, o.basis, o.source});
            s.message = fmt::format("Input {} ({}): {:.0f}% from {} ({}); {}: {:.2f} × {:.2f} × {:.2f}^{}",
                                    input_name, via, 100 * o.share, cc, o.basis, fmt::join(ev.messages, "; "),
                                    finding_weight(ev.labor), o.share, policy_.upstream_decay, next.depth);
            found.push_back(std::move(s));
          }
          // A presumption region's share of that origin's output of the input, unless the
          // BOM names the region (the declaring line then carries its own region signal).
          auto rs = o.region_given ? std::nullopt : origins_.presumption_share(rel.input, o.country);
          if (rs && rs->of_country * o.share * decay >= policy_.upstream_min_weight) {
            const auto& region = graph_.regions[rs->region];
            Signal s;
            s.kind = "upstream";
            s.expected = true;
            s.labor = region.presumption->labor;
            s.commodity = graph_.commodities[rel.input].id;
            s.country = cc;
            s.region = region.code;
            s.path = next.path;
            s.weight = rs->of_country * o.share * decay;
            std::string rsrc = source_of(rs->dataset, rs->year);
            s.sources = {rsrc, source_of(region.presumption->dataset, 0)};
            if (!o.source.empty()) add_unique(s.sources, o.source);
            s.origins.push_back({cc, "", o.share, o.basis, o.source});
            s.origins.push_back({cc, region.code, rs->of_country, rs->basis, rsrc});
            s.message = fmt::format("Input {} ({}): {:.0f}% from {} ({}), of which {:.0f}% from {} under the {} "
                                    "presumption of forced labor ({}): {:.2f} × {:.2f} × {:.2f}^{}",
                                    input_name, via, 100 * o.share, cc, o.basis, 100 * rs->of_country, region.code,
                                    region.presumption->law, rs->basis, rs->of_country, o.share,
                                    policy_.upstream_decay, next.depth);
            found.push_back(std::move(s));
          }
        }
        queue.push_back(std::move(next));
      }
    }
  }
  // Strongest first; the weakest are left out (policy upstream.min_weight).
  std::stable_sort(found.begin(), found.end(), [](const Signal& a, const Signal& b) { return a.weight > b.weight; });
  for (auto& s : found) {
    if (s.weight < policy_.upstream_min_weight) break;
    s.weight = std::round(s.weight * 1e4) / 1e4;
    s.severity = policy_.level_for(100.0 * s.weight);
    out.push_back(std::move(s));
  }
}

}  // namespace chainrisk::score
