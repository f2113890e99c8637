#pragma once

#include <cstddef>
#include <string>

namespace chainrisk::cli {

// Colors for `--color MODE` on file descriptor `fd`: "always", "never", or "auto" (a
// terminal, NO_COLOR unset or empty, TERM not "dumb").
bool use_color(const std::string& mode, int fd);

// Columns of the terminal on `fd`, or 0 when `fd` is not a terminal (no truncation).
std::size_t terminal_width(int fd);

}  // namespace chainrisk::cli
