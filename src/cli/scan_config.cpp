#include "scan_config.hpp"

#include <spdlog/spdlog.h>

namespace chainrisk::cli {

void default_from_config(const CLI::App& cmd, const std::string& flag, const std::optional<std::string>& from_config,
                         std::string& value) {
  if (from_config && cmd.get_option(flag)->count() == 0) value = *from_config;
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

}  // namespace chainrisk::cli
