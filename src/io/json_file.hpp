#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "chainrisk/diagnostics.hpp"
#include "json_text.hpp"

namespace chainrisk::io {

// Read and parse the small JSON file at `path` (a waivers or config file) with positions.
// A file that cannot be read or is not JSON is reported to `diag` as an error naming
// `path` (with line and column for syntax errors), and nullopt is returned. `what` names
// the file's role in messages ("waivers file").
std::optional<JsonValue> read_json_file(const std::string& path, std::string_view what, Diagnostics& diag);

}  // namespace chainrisk::io
