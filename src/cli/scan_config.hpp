#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <CLI/CLI.hpp>

#include "app.hpp"
#include "chainrisk/diagnostics.hpp"
#include "chainrisk/score/level.hpp"
#include "chainrisk/waiver/waivers.hpp"

namespace chainrisk::cli {

// Set `value` to the project config's `from_config` when `flag` was not given to `cmd`:
// a flag on the command line wins over the config.
void default_from_config(const CLI::App& cmd, const std::string& flag, const std::optional<std::string>& from_config,
                         std::string& value);

// The same for a repeatable flag (batch --format): the config's value becomes the only one.
void default_from_config(const CLI::App& cmd, const std::string& flag, const std::optional<std::string>& from_config,
                         std::vector<std::string>& values);

// `value` of `flag` (--fail-on, --min-level) as a level; throws UsageError listing the levels.
score::Level level_option(const std::string& value, const char* flag);

// Add `--ignore FILE` (the waivers file) to `cmd`, stored in `value`.
void add_ignore_option(CLI::App& cmd, std::string& value);

// The waivers file scan and batch apply (docs/waivers.md): `flag` (--ignore), else the config's
// "ignore", else ./.chainrisk-ignore.json when present and not --no-config; "" for none.
std::string waivers_path(const std::string& flag, const GlobalOptions& g);

// The waivers at `path` that apply today ("" gives none); problems go to `diag`.
waiver::WaiverSet load_scan_waivers(const std::string& path, Diagnostics& diag);

// Load the waivers of waivers_path(`flag`, `g`) into `waivers`, their problems into `diag`.
// When the file has errors, print them all and return false: the run stops with exit 2
// before anything is read. Warnings stay in `diag` for print_waiver_warnings.
bool load_run_waivers(const std::string& flag, const GlobalOptions& g, waiver::WaiverSet& waivers,
                      Diagnostics& diag);

// Once every line is matched: print the warnings of loading (`diag`) and one per rule that
// matched no line, in file order (none with `quiet`).
void print_waiver_warnings(const waiver::WaiverSet& waivers, Diagnostics& diag, bool quiet);

}  // namespace chainrisk::cli
