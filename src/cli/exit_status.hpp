#pragma once

#include <CLI/CLI.hpp>

#include <functional>

namespace chainrisk::cli {

// Run `command`, printing any error once as `chainrisk: error: ...` and returning the exit
// code of cli.md: 2 usage/input, 3 dataset (style.md §4: one catch site).
int run_guarded(const std::function<int()>& command);

// Exit code for a command-line parse error. Help and --version print and return 0; other
// errors print the message and a --help hint and return 2 (CLI11's own codes never leak).
int parse_error_exit(const CLI::App& app, const CLI::ParseError& e);

}  // namespace chainrisk::cli
