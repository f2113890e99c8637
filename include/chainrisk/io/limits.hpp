#pragma once

#include <cstddef>

namespace chainrisk::io {

// Documented maximums for untrusted input (docs/reliability.md). Memory use is bounded by
// them: anything larger is reported as an error with its position, never read on.
inline constexpr std::size_t kMaxInputBytes = std::size_t{1} << 30;  // 1 GiB per file
inline constexpr std::size_t kMaxFieldBytes = std::size_t{1} << 20;  // 1 MiB per value
inline constexpr std::size_t kMaxColumns = 4096;                     // per CSV row
inline constexpr std::size_t kMaxJsonDepth = 256;                    // nesting levels

}  // namespace chainrisk::io
