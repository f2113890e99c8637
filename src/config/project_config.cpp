// The project config file (docs/waivers.md "Project config"): flag defaults a repository
// checks in, so CI and analysts run the same scan without repeating flags.
#include "chainrisk/config/project_config.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <system_error>

#include "chainrisk/report/writers.hpp"
#include "chainrisk/score/level.hpp"
#include "chainrisk/text/edit_distance.hpp"
#include "io/json_file.hpp"
#include "io/json_text.hpp"
#include "io/text_input.hpp"

namespace chainrisk::config {
namespace {

namespace fs = std::filesystem;
using io::JsonValue;

constexpr std::string_view kSchema = "chainrisk.config/v1";
constexpr std::array<std::string_view, 7> kKeys{"schema", "fail_on", "min_level", "format", "ignore", "policy", "data"};
constexpr std::string_view kKeyList = "schema, fail_on, min_level, format, ignore, policy or data";

class ConfigReader {
 public:
  ConfigReader(const std::string& name, Diagnostics& diag)
      : name_(name), dir_(fs::path(name).parent_path()), diag_(diag) {
    out_.file = name;
  }

  ProjectConfig read(const JsonValue& doc) {
    if (!doc.is_object()) {
      diag_.error(name_, doc.pos, fmt::format("expected a config object such as {{\"fail_on\": \"high\"}}, got {}",
                                              io::to_string(doc.type)));
      return out_;
    }
    for (std::size_t i = 0; i < doc.members.size(); ++i) read_member(doc, i);
    return out_;
  }

 private:
  void read_member(const JsonValue& doc, std::size_t i) {
    const auto& [key, value] = doc.members[i];
    if (std::find(kKeys.begin(), kKeys.end(), key) == kKeys.end()) {
      std::string msg = fmt::format("unknown key '{}' ignored; expected {}", key, kKeyList);
      if (auto hint = text::closest_word(key, kKeys)) msg += fmt::format("; did you mean '{}'?", *hint);
      diag_.warning(name_, value.pos, msg);
      return;
    }
    for (std::size_t j = 0; j < i; ++j) {
      if (doc.members[j].key == key) {
        diag_.error(name_, value.pos, fmt::format("'{}' given twice (also at line {}); expected one value", key,
                                                  doc.members[j].value.pos.line));
        return;
      }
    }
    if (key == "data") return read_data(value);
    auto text = string_value(key, value);
    if (!text) return;
    if (key == "schema") {
      if (*text != kSchema) diag_.error(name_, value.pos, fmt::format("'schema': expected \"{}\"", kSchema));
    } else if (key == "fail_on" || key == "min_level") {
      if (score::parse_level(*text)) {
        (key == "fail_on" ? out_.fail_on : out_.min_level) = *text;
      } else {
        error(value.pos, fmt::format("'{}': \"{}\" is not a level; expected none, low, medium, high or critical",
                                     key, *text));
      }
    } else if (key == "format") {
      if (report::find_writer(*text)) {
        out_.format = *text;
      } else {
        error(value.pos, fmt::format("'format': unsupported output format \"{}\", supported formats are: {}",
                                     *text, report::writer_names()));
      }
    } else {
      (key == "ignore" ? out_.ignore : out_.policy) = resolve(*text);
    }
  }

  // "data": ["dir", ...]; each directory must exist, as for --data.
  void read_data(const JsonValue& value) {
    if (!value.is_array()) return error(value.pos, fmt::format("'data': expected a list of directories, got {}",
                                                               io::to_string(value.type)));
    std::vector<std::string> dirs;
    for (const auto& item : value.items) {
      auto text = string_value("data", item);
      if (!text) continue;
      std::string dir = resolve(*text);
      std::error_code ec;
      if (!fs::is_directory(dir, ec)) {
        error(item.pos, fmt::format("'data': directory \"{}\" does not exist", dir));
        continue;
      }
      dirs.push_back(std::move(dir));
    }
    out_.data = std::move(dirs);
  }

  std::optional<std::string> string_value(std::string_view key, const JsonValue& value) {
    if (!value.is_string()) {
      error(value.pos, fmt::format("'{}': expected a string, got {}", key, io::to_string(value.type)));
      return std::nullopt;
    }
    if (value.text.empty()) {
      error(value.pos, fmt::format("'{}': expected a non-empty string", key));
      return std::nullopt;
    }
    return value.text;
  }

  // Paths in the config are relative to the config file's directory.
  std::string resolve(const std::string& path) const {
    fs::path p(path);
    return p.is_absolute() || dir_.empty() ? path : (dir_ / p).string();
  }

  void error(TextPos pos, std::string message) { diag_.error(name_, pos, std::move(message)); }

  const std::string& name_;
  fs::path dir_;
  Diagnostics& diag_;
  ProjectConfig out_;
};

}  // namespace

ProjectConfig parse_project_config(std::string_view text, const std::string& name, Diagnostics& diag) {
  io::JsonError err;
  auto doc = io::parse_json_text(text.substr(io::skip_utf8_bom(text)), err);
  if (!doc) {
    diag.error(name, err.pos, err.message);
    return {};
  }
  return ConfigReader(name, diag).read(*doc);
}

ProjectConfig load_project_config(const std::string& path, Diagnostics& diag) {
  auto doc = io::read_json_file(path, "config file", diag);
  if (!doc) return {};
  return ConfigReader(path, diag).read(*doc);
}

std::optional<std::string> find_in_dir(const std::string& dir, std::string_view file_name) {
  fs::path p = dir.empty() ? fs::path(file_name) : fs::path(dir) / file_name;
  std::error_code ec;
  if (!fs::is_regular_file(p, ec)) return std::nullopt;
  return p.string();
}

}  // namespace chainrisk::config
