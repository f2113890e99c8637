#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string_view>

namespace chainrisk::text {

// Edit distance between the bytes of `a` and `b`, counting a swap of neighbours as one edit
// ("Zambai" → "Zambia"). Gives up once the distance exceeds `limit` and returns limit + 1,
// so comparing a word with a long unrelated one costs little.
std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit);

// The word of `words` closest to `word` for a "did you mean" hint on a mistyped key: within
// one edit for words of up to 4 bytes, two for longer ones ("x" is no typo of "id").
std::optional<std::string_view> closest_word(std::string_view word, std::span<const std::string_view> words);

}  // namespace chainrisk::text
