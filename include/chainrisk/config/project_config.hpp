#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "chainrisk/diagnostics.hpp"

namespace chainrisk::config {

// The project config file looked up in the working directory (docs/waivers.md).
inline constexpr std::string_view kConfigFileName = ".chainrisk.json";
// The waivers file `scan` applies when neither `--ignore` nor the config names one.
inline constexpr std::string_view kDefaultWaiversFileName = ".chainrisk-ignore.json";

// Defaults for command-line flags from a project config file. A flag given on the command
// line wins over its key here. Paths are already resolved against the config file's
// directory, so a config checked in at a repository's root works from any tool.
struct ProjectConfig {
  std::string file;  // the config file read ("" when none)
  std::optional<std::string> fail_on, min_level, format;  // scan; checked values
  std::optional<std::string> ignore;                       // scan: waivers file
  std::optional<std::string> policy;                       // global --policy
  std::optional<std::vector<std::string>> data;            // global --data (replaces, not adds)
};

// Parse the config file `text` named `name`: a JSON object of the keys of ProjectConfig.
// Wrong types and bad values are errors, unknown keys warnings, each added to `diag` with
// its line and column; the caller treats any error as a usage error (exit 2).
ProjectConfig parse_project_config(std::string_view text, const std::string& name, Diagnostics& diag);
// Read and parse the config file at `path` as parse_project_config does.
ProjectConfig load_project_config(const std::string& path, Diagnostics& diag);
// `dir`/`file_name` when it is a regular file, else nullopt ("" for `dir` is the working
// directory).
std::optional<std::string> find_in_dir(const std::string& dir, std::string_view file_name);

}  // namespace chainrisk::config
