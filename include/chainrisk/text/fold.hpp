#pragma once

#include <string>
#include <string_view>

namespace chainrisk::text {

// Fold a name for matching: lowercase, Latin accents removed (é→e, ß→ss, ø→o), apostrophes
// deleted, every other non-alphanumeric character turned into one space, trimmed.
// "Côte d’Ivoire" and "COTE D'IVOIRE" both fold to "cote divoire". Non-Latin letters
// (CJK, Cyrillic) are kept as they are.
std::string fold(std::string_view s);

// Singular form of one folded English word: "batteries"→"battery", "boxes"→"box",
// "cathodes"→"cathode", "glass" stays. Words of 3 letters or fewer are kept.
std::string singular(std::string_view word);

}  // namespace chainrisk::text
