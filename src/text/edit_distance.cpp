#include "chainrisk/text/edit_distance.hpp"

#include <algorithm>
#include <vector>

namespace chainrisk::text {

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
  return std::min(prev[b.size()], limit + 1);
}

std::optional<std::string_view> closest_word(std::string_view word, std::span<const std::string_view> words) {
  std::size_t limit = word.size() > 4 ? 2 : 1;
  std::optional<std::string_view> best;
  std::size_t best_d = limit + 1;
  for (auto w : words) {
    std::size_t d = edit_distance(word, w, limit);
    if (d < best_d) {
      best_d = d;
      best = w;
    }
  }
  return best;
}

}  // namespace chainrisk::text
