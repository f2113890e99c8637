#include "table_charts.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <vector>

namespace chainrisk::report {
namespace {

using score::Level;

constexpr std::size_t kMaxOrigins = 10;
constexpr Level kDescending[] = {Level::critical, Level::high, Level::medium, Level::low, Level::none};

std::string_view color_of(Level l) {
  switch (l) {
    case Level::critical: return "\x1b[1;31m";
    case Level::high: return "\x1b[31m";
    case Level::medium: return "\x1b[33m";
    case Level::low: return "\x1b[36m";
    case Level::none: return "\x1b[32m";
  }
  return "";
}

// Without color, the block's shade tells the levels apart: full for high and critical,
// medium shade for medium, light for low and none.
std::string_view block(Level l) {
  if (l >= Level::high) return "\u2588";
  return l == Level::medium ? "\u2592" : "\u2591";
}

std::size_t at(const std::array<std::size_t, score::kLevelCount>& c, Level l) { return c[static_cast<std::size_t>(l)]; }

// A bar of the lines in `c`, `most` lines filling `width` cells, split by level from
// critical down. Cells are placed by the running total, so the segments add up to the
// bar's length; a level with lines gets at least one cell, so one critical line shows.
std::string bar(const std::array<std::size_t, score::kLevelCount>& c, std::size_t most, std::size_t width, bool color) {
  std::string out;
  std::size_t before = 0, drawn = 0;
  for (Level l : kDescending) {
    std::size_t n = at(c, l);
    if (n == 0) continue;
    before += n;
    std::size_t end = (before * width + most / 2) / most;
    std::size_t cells = std::max<std::size_t>(1, end > drawn ? end - drawn : 0);
    drawn += cells;
    std::string run;
    for (std::size_t i = 0; i < cells; ++i) run += block(l);
    out += paint(run, l, color);
  }
  return out;
}

}  // namespace

std::string paint(std::string_view text, Level l, bool color) {
  if (!color) return std::string(text);
  return fmt::format("{}{}\x1b[0m", color_of(l), text);
}

void TerminalCharts::add(const score::LineReport& l) {
  ++levels_[static_cast<std::size_t>(l.level)];
  ++origins_[l.origin ? *l.origin : "?"][static_cast<std::size_t>(l.level)];
}

void TerminalCharts::print(const WriteOptions& o, std::ostream& out) const {
  std::size_t total = 0;
  for (auto n : levels_) total += n;
  if (total == 0) return;
  // Label column, count column, then the bar in what is left of the terminal.
  std::size_t width = std::clamp<std::size_t>(o.width > 34 ? o.width - 34 : 10, 10, 50);
  std::size_t most = *std::max_element(levels_.begin(), levels_.end());
  out << "\nlines by level\n";
  for (Level l : kDescending) {
    std::array<std::size_t, score::kLevelCount> one{};
    one[static_cast<std::size_t>(l)] = at(levels_, l);
    out << fmt::format("  {:<9} {:>8}  {}\n", score::to_string(l), at(levels_, l), bar(one, most, width, o.color));
  }
  // The origins with the most severe lines first: by lines at critical, then high, ...
  std::vector<const std::pair<const std::string, std::array<std::size_t, score::kLevelCount>>*> ranked;
  for (const auto& e : origins_) ranked.push_back(&e);
  std::sort(ranked.begin(), ranked.end(), [](const auto* a, const auto* b) {
    for (Level l : kDescending) {
      if (at(a->second, l) != at(b->second, l)) return at(a->second, l) > at(b->second, l);
    }
    return a->first < b->first;
  });
  std::size_t biggest = 0;
  for (const auto* e : ranked) {
    std::size_t n = 0;
    for (auto c : e->second) n += c;
    biggest = std::max(biggest, n);
  }
  out << fmt::format("\nlines by origin ({} of {} countries, most severe first)\n",
                     std::min(ranked.size(), kMaxOrigins), ranked.size());
  for (std::size_t i = 0; i < ranked.size() && i < kMaxOrigins; ++i) {
    std::size_t n = 0;
    for (auto c : ranked[i]->second) n += c;
    const std::string& code = ranked[i]->first;
    out << fmt::format("  {:<9} {:>8}  {}\n", code == "?" ? "unknown" : code, n, bar(ranked[i]->second, biggest, width, o.color));
  }
}

}  // namespace chainrisk::report
