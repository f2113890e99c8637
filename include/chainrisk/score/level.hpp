#pragma once

#include <optional>
#include <string_view>

namespace chainrisk::score {

// Risk levels of methodology.md, ordered.
enum class Level { none, low, medium, high, critical };
inline constexpr std::size_t kLevelCount = 5;

std::string_view to_string(Level l);
std::optional<Level> parse_level(std::string_view s);

}  // namespace chainrisk::score
