#include "chainrisk/entity/matcher.hpp"

#include <algorithm>

#include "chainrisk/entity/normalize.hpp"
#include "name_index_internal.hpp"
#include "name_score_internal.hpp"

namespace chainrisk::entity {
namespace {

// The names worth scoring: those with a term equal or near to a query word or to two
// neighbouring query words joined, and those with two neighbouring words that, joined,
// spell a query word. Ascending, each once.
std::vector<std::uint32_t> candidate_names(const NameIndex& index, const std::vector<QueryToken>& query) {
  std::vector<std::uint32_t> out;
  auto add = [&](std::span<const std::uint32_t> names) { out.insert(out.end(), names.begin(), names.end()); };
  for (std::size_t i = 0; i < std::min(query.size(), kMaxLinkedWords); ++i) {
    for (const auto& l : query[i].links) add(index.names_with(l.term));
    for (const auto& l : query[i].next_links) add(index.names_with(l.term));
    add(index.names_with_joined(query[i].surface));
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

struct Scored {
  double score = 0;
  std::uint32_t name = 0;
};

}  // namespace

std::string_view to_string(MatchKind k) {
  switch (k) {
    case MatchKind::exact: return "exact";
    case MatchKind::possible: return "possible";
    case MatchKind::weak: return "weak";
  }
  return "weak";
}

std::optional<MatchKind> parse_match_kind(std::string_view s) {
  for (auto k : {MatchKind::exact, MatchKind::possible, MatchKind::weak}) {
    if (to_string(k) == s) return k;
  }
  return std::nullopt;
}

MatchKind classify(double score, const Thresholds& t) {
  if (score >= t.exact) return MatchKind::exact;
  return score >= t.review ? MatchKind::possible : MatchKind::weak;
}

EntityMatcher::EntityMatcher(const model::Graph& graph, Thresholds thresholds)
    : graph_(graph), thresholds_(thresholds), index_(std::make_unique<const NameIndex>(graph)) {}

EntityMatcher::~EntityMatcher() = default;
EntityMatcher::EntityMatcher(EntityMatcher&&) noexcept = default;

std::vector<EntityMatch> EntityMatcher::match(std::string_view supplier, std::size_t limit) const {
  auto query = prepare_query(*index_, normalize_name(supplier));
  const auto& names = index_->names();
  // Best name per entity: names of one entity are contiguous and candidates ascending.
  std::vector<Scored> best;
  for (auto n : candidate_names(*index_, query)) {
    double score = score_name(query, names[n]);
    if (score < thresholds_.floor) continue;
    if (!best.empty() && names[best.back().name].entity == names[n].entity) {
      if (score > best.back().score) best.back() = {score, n};
    } else {
      best.push_back({score, n});
    }
  }
  std::stable_sort(best.begin(), best.end(), [](const Scored& a, const Scored& b) { return a.score > b.score; });
  if (best.size() > limit) best.resize(limit);
  std::vector<EntityMatch> out;
  for (const auto& b : best) {
    const auto& name = names[b.name];
    const auto& entity = graph_.entities[name.entity];
    bool alias = name.alias >= 0;
    out.push_back({name.entity, alias ? entity.aliases[static_cast<std::size_t>(name.alias)] : entity.name, alias,
                   b.score, classify(b.score, thresholds_)});
  }
  return out;
}

}  // namespace chainrisk::entity
