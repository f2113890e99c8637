#pragma once

#include <cstddef>
#include <string_view>

namespace chainrisk::text {

// Edit distance between the bytes of `a` and `b`, counting a swap of neighbours as one edit
// ("Zambai" → "Zambia"). Gives up once the distance exceeds `limit` and returns limit + 1,
// so comparing a word with a long unrelated one costs little.
std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit);

}  // namespace chainrisk::text
