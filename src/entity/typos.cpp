#include "typos_internal.hpp"

#include <algorithm>

#include "chainrisk/text/edit_distance.hpp"

namespace chainrisk::entity {

std::size_t typo_tolerance(std::size_t length) {
  if (length <= 3) return 0;
  return length <= 7 ? 1 : 2;
}

bool typo_comparable(std::string_view word) {
  return word.size() >= 4 && word.size() <= kMaxTypoWordLength &&
         std::all_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

double typo_similarity(std::string_view a, std::string_view b) {
  if (a == b) return 1.0;
  if (!typo_comparable(a) || !typo_comparable(b)) return 0.0;
  std::size_t limit = typo_tolerance(std::min(a.size(), b.size()));
  std::size_t d = text::edit_distance(a, b, limit);
  if (d > limit) return 0.0;
  double longer = static_cast<double>(std::max(a.size(), b.size()));
  return std::max(0.0, 1.0 - 2.0 * static_cast<double>(d) / longer);
}

std::vector<std::string> deletion_keys(std::string_view word) {
  std::vector<std::string> keys;
  for_each_deletion_key(word, [&](std::string_view key) { keys.emplace_back(key); });
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  return keys;
}

}  // namespace chainrisk::entity
