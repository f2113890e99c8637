#include "chainrisk/score/level.hpp"

namespace chainrisk::score {

std::string_view to_string(Level l) {
  switch (l) {
    case Level::none: return "none";
    case Level::low: return "low";
    case Level::medium: return "medium";
    case Level::high: return "high";
    case Level::critical: return "critical";
  }
  return "none";
}

std::optional<Level> parse_level(std::string_view s) {
  for (Level l : {Level::none, Level::low, Level::medium, Level::high, Level::critical}) {
    if (to_string(l) == s) return l;
  }
  return std::nullopt;
}

}  // namespace chainrisk::score
