#include "scan_config.hpp"

#include <spdlog/spdlog.h>

#include <fmt/format.h>

#include <iostream>

#include "chainrisk/error.hpp"
#include "print_diagnostics.hpp"

namespace chainrisk::cli {

void default_from_config(const CLI::App& cmd, const std::string& flag, const std::optional<std::string>& from_config,
                         std::string& value) {
  if (from_config && cmd.get_option(flag)->count() == 0) value = *from_config;
}

void default_from_config(const CLI::App& cmd, const std::string& flag, const std::optional<std::string>& from_config,
                         std::vector<std::string>& values) {
  if (from_config && cmd.get_option(flag)->count() == 0) values = {*from_config};
}

score::Level level_option(const std::string& value, const char* flag) {
  auto l = score::parse_level(value);
  if (!l) {
    throw UsageError(fmt::format("{} \"{}\": expected none, low, medium, high or critical", flag, value));
  }
  return *l;
}

void add_ignore_option(CLI::App& cmd, std::string& value) {
  cmd.add_option("--ignore", value, "Waivers JSON: report the lines its rules match as suppressed "
                 "(default: ./.chainrisk-ignore.json if present)")->type_name("FILE");
}

std::string waivers_path(const std::string& flag, const GlobalOptions& g) {
  if (!flag.empty()) return flag;
  if (g.config.ignore) return *g.config.ignore;
  if (g.no_config) return "";
  return config::find_in_dir("", config::kDefaultWaiversFileName).value_or("");
}

waiver::WaiverSet load_scan_waivers(const std::string& path, Diagnostics& diag) {
  if (path.empty()) return {};
  auto waivers = waiver::load_waivers(path, diag, waiver::today_utc());
  spdlog::info("{} waivers apply from {}", waivers.size(), path);
  return waivers;
}

bool load_run_waivers(const std::string& flag, const GlobalOptions& g, waiver::WaiverSet& waivers,
                      Diagnostics& diag) {
  waivers = load_scan_waivers(waivers_path(flag, g), diag);
  diag.sort_by_position();
  if (diag.errors() == 0) return true;
  print_diagnostics(diag, std::cerr, g.quiet, 0);
  return false;
}

void print_waiver_warnings(const waiver::WaiverSet& waivers, Diagnostics& diag, bool quiet) {
  waivers.report_unused(diag);
  diag.sort_by_position();
  print_diagnostics(diag, std::cerr, quiet, 0);
}

}  // namespace chainrisk::cli
