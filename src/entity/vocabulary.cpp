#include "vocabulary_internal.hpp"

#include <algorithm>
#include <cmath>

#include "chainrisk/entity/normalize.hpp"
#include "chainrisk/text/utf8.hpp"
#include "word_lists_internal.hpp"

namespace chainrisk::entity {
namespace {

// The generic weight as a share of the highest: tuned on the near-misses and innocent names
// of tests/unit/entity/matcher_test.cpp (docs/entity-matching.md "Thresholds").
constexpr double kGenericShare = 0.4;

// One or two ASCII letters ("hy", "ja", "gg") are an initialism that many unrelated
// companies share; a single character of another script (a lone Han character) is a
// syllable, not a name. Numbers are not short: "No. 4" and "No. 5" are different centres.
bool is_short(std::string_view term) {
  std::size_t chars = 0;
  bool digits = true;
  for (std::size_t i = 0; i < term.size(); ++chars) {
    char32_t cp = text::next_code_point(term, i);
    digits = digits && cp >= U'0' && cp <= U'9';
  }
  if (digits) return false;
  return term.size() == chars ? chars <= 2 : chars <= 1;
}

}  // namespace

Vocabulary::Vocabulary(const model::Graph& graph) {
  // A one-word name of a country, region or commodity ("china", "xinjiang", "cotton",
  // "新疆") describes where or what, not who.
  auto add_generic = [&](const std::string& name) {
    auto tokens = normalize_name(name);
    if (tokens.size() == 1) graph_generic_.insert(std::string(canonical_term(tokens[0].text)));
  };
  auto add_all = [&](const std::string& name, const std::vector<std::string>& aliases) {
    add_generic(name);
    for (const auto& a : aliases) add_generic(a);
  };
  for (const auto& c : graph.countries) add_all(c.name, c.aliases);
  for (const auto& r : graph.regions) add_all(r.name, r.aliases);
  for (const auto& m : graph.commodities) add_all(m.name, m.aliases);
}

std::uint32_t Vocabulary::add(std::string_view term) {
  if (auto it = ids_.find(term); it != ids_.end()) return it->second;
  auto id = static_cast<std::uint32_t>(terms_.size());
  terms_.push_back({std::string(term), 0, 0});
  ids_.emplace(std::string(term), id);
  return id;
}

void Vocabulary::count_entity(const std::vector<std::uint32_t>& distinct_terms) {
  ++entity_count_;
  for (auto id : distinct_terms) ++terms_[id].entities;
}

double Vocabulary::capped(std::string_view term, double idf) const {
  bool generic = is_generic_word(term) || graph_generic_.contains(term) || is_short(term);
  return generic ? std::min(idf, generic_weight_) : idf;
}

void Vocabulary::finish() {
  double n = std::max(1.0, static_cast<double>(entity_count_));
  max_weight_ = std::log(1.0 + n);
  generic_weight_ = max_weight_ * kGenericShare;
  for (auto& t : terms_) {
    double idf = std::log(1.0 + n / std::max<double>(1.0, t.entities));
    t.weight = capped(t.text, idf);
  }
}

std::optional<std::uint32_t> Vocabulary::find(std::string_view term) const {
  auto it = ids_.find(term);
  if (it == ids_.end()) return std::nullopt;
  return it->second;
}

double Vocabulary::unseen_weight(std::string_view term) const { return capped(term, max_weight_); }

}  // namespace chainrisk::entity
