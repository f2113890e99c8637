// "Did you mean" hints for unresolved countries and commodities (ninja's SpellcheckStringV).
#include <algorithm>
#include <vector>

#include "chainrisk/resolve/resolver.hpp"
#include "chainrisk/text/fold.hpp"

namespace chainrisk::resolve {
namespace {

// Edit distance counting a swap of neighbours as one edit ("Zambai" → "Zambia"), giving up
// once it exceeds `limit` (returns limit + 1).
std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit) {
  if (a.size() > b.size() + limit || b.size() > a.size() + limit) return limit + 1;
  std::vector<std::size_t> prev2(b.size() + 1), prev(b.size() + 1), row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    row[0] = i;
    std::size_t best = row[0];
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      row[j] = std::min({prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        row[j] = std::min(row[j], prev2[j - 2] + 1);
      }
      best = std::min(best, row[j]);
    }
    if (best > limit) return limit + 1;
    std::swap(prev2, prev);
    std::swap(prev, row);
  }
  return prev[b.size()];
}

// The display name of the spelling closest to `text`, within a quarter of its length.
template <typename Spellings>
std::optional<std::string> closest(std::string_view text, const Spellings& spellings) {
  std::string key = text::fold(text);
  if (key.size() < 3) return std::nullopt;
  std::size_t limit = std::max<std::size_t>(1, key.size() / 4);
  const std::string* best = nullptr;
  std::size_t best_d = limit + 1;
  for (const auto& s : spellings) {
    std::size_t d = edit_distance(key, s.folded, limit);
    if (d < best_d) {
      best_d = d;
      best = &s.display;
    }
  }
  return best ? std::optional<std::string>(*best) : std::nullopt;
}

}  // namespace

void Resolver::index_spellings() {
  for (const auto& c : graph_.countries) {
    // Any spelling may be closest, but the hint names the country as the data displays it.
    std::string display = c.name + " (" + c.code + ")";
    country_spellings_.push_back({text::fold(c.name), display});
    for (const auto& a : c.aliases) country_spellings_.push_back({text::fold(a), display});
  }
  for (const auto& m : graph_.commodities) {
    commodity_spellings_.push_back({text::fold(m.name), m.id});
    for (const auto& a : m.aliases) commodity_spellings_.push_back({text::fold(a), a + " (" + m.id + ")"});
  }
}

std::optional<std::string> Resolver::suggest_country(std::string_view text) const {
  return closest(text, country_spellings_);
}

std::optional<std::string> Resolver::suggest_commodity(std::string_view text) const {
  return closest(text, commodity_spellings_);
}

}  // namespace chainrisk::resolve
