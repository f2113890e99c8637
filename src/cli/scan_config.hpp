#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <CLI/CLI.hpp>

#include "app.hpp"
#include "chainrisk/diagnostics.hpp"
#include "chainrisk/waiver/waivers.hpp"

namespace chainrisk::cli {

// Set `value` to the project config's `from_config` when `flag` was not given to `cmd`:
// a flag on the command line wins over the config.
void default_from_config(const CLI::App& cmd, const std::string& flag, const std::optional<std::string>& from_config,
                         std::string& value);

// The waivers file scan applies (docs/waivers.md): `flag` (--ignore), else the config's
// "ignore", else ./.chainrisk-ignore.json when present and not --no-config; "" for none.
std::string waivers_path(const std::string& flag, const GlobalOptions& g);

// The waivers at `path` that apply today ("" gives none); problems go to `diag`.
waiver::WaiverSet load_scan_waivers(const std::string& path, Diagnostics& diag);

}  // namespace chainrisk::cli
