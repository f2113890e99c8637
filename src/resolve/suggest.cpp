// "Did you mean" hints for unresolved countries and commodities (ninja's SpellcheckStringV).
#include <algorithm>
#include <vector>

#include "chainrisk/resolve/resolver.hpp"
#include "chainrisk/text/edit_distance.hpp"
#include "chainrisk/text/fold.hpp"

namespace chainrisk::resolve {
namespace {

// The display name of the spelling closest to `text`, within a quarter of its length.
template <typename Spellings>
std::optional<std::string> closest(std::string_view text, const Spellings& spellings) {
  std::string key = text::fold(text);
  if (key.size() < 3) return std::nullopt;
  std::size_t limit = std::max<std::size_t>(1, key.size() / 4);
  const std::string* best = nullptr;
  std::size_t best_d = limit + 1;
  for (const auto& s : spellings) {
    std::size_t d = text::edit_distance(key, s.folded, limit);
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
