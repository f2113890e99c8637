#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace chainrisk::text {

// Byte offset of the first invalid UTF-8 sequence in `s` (overlongs, surrogates and code
// points above U+10FFFF are invalid), or nullopt when `s` is valid UTF-8.
std::optional<std::size_t> find_invalid_utf8(std::string_view s);

// Decode the code point starting at `s[i]` and advance `i` past it. Invalid bytes decode as
// U+FFFD one byte at a time, so the loop always makes progress.
char32_t next_code_point(std::string_view s, std::size_t& i);

// Append `cp` to `out` as UTF-8.
void append_utf8(std::string& out, char32_t cp);

}  // namespace chainrisk::text
