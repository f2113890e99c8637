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
  std::vector<std::string> keys{std::string(word)};
  if (!typo_comparable(word)) return keys;
  std::size_t rounds = typo_tolerance(word.size());
  std::size_t from = 0;
  for (std::size_t round = 0; round < rounds; ++round) {
    std::size_t to = keys.size();
    for (std::size_t k = from; k < to; ++k) {
      for (std::size_t pos = 0; pos < keys[k].size(); ++pos) {
        std::string shorter = keys[k];
        shorter.erase(pos, 1);
        keys.push_back(std::move(shorter));
      }
    }
    from = to;
  }
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  return keys;
}

}  // namespace chainrisk::entity
