#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "chainrisk/diagnostics.hpp"

namespace chainrisk::io {

// Length of a UTF-8 byte-order mark at the start of `text` (3 or 0).
std::size_t skip_utf8_bom(std::string_view text);

// Why `text` cannot be a UTF-8 BOM file (UTF-16/32 byte-order marks, binary data), with the
// fix, or nullopt when it may be.
std::optional<std::string> unsupported_encoding(std::string_view text);

}  // namespace chainrisk::io
