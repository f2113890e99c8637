#include "app.hpp"

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <fmt/format.h>

#include <iostream>

#include "chainrisk/data/load.hpp"
#include "chainrisk/error.hpp"
#include "chainrisk/version.hpp"
#include "exit_status.hpp"
#include "print_diagnostics.hpp"

namespace chainrisk::cli {
namespace {

// spdlog's default logger writes to stdout, which carries only reports: replace it first.
void install_stderr_logger() {
  auto logger = spdlog::stderr_color_mt("chainrisk");
  logger->set_pattern("chainrisk: %^%l%$: %v");
  logger->set_level(spdlog::level::warn);
  spdlog::set_default_logger(logger);
}

void apply_log_level(const GlobalOptions& g) {
  auto level = spdlog::level::warn;
  if (g.quiet) level = spdlog::level::err;
  if (g.verbose == 1) level = spdlog::level::info;
  if (g.verbose >= 2) level = spdlog::level::debug;
  if (!g.log_level.empty()) level = spdlog::level::from_str(g.log_level);
  spdlog::set_level(level);
}

std::string version_text() {
  std::string out = fmt::format("chainrisk {}", kVersion);
  try {
    for (const auto& d : data::list_datasets(data::embedded_store())) {
      out += fmt::format("\n  {} {} ({})", d.id, d.version, d.published);
    }
  } catch (const Error& e) {
    out += fmt::format("\n  (embedded datasets unreadable: {})", e.what());
  }
  return out;
}

void add_global_options(CLI::App& app, GlobalOptions& g) {
  app.add_option("--data", g.data_dirs, "Load extra datasets from DIR (repeatable)")
      ->type_name("DIR")->check(CLI::ExistingDirectory);
  app.add_flag("--no-default-data", g.no_default_data, "Start from no embedded data (then --data is required)");
  app.add_option("--policy", g.policy, "Scoring policy JSON overriding the default weights")
      ->type_name("FILE");
  app.add_option("--color", g.color, "Colors: auto (terminal only, honors NO_COLOR), always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}))->type_name("WHEN");
  app.add_flag("-q,--quiet", g.quiet, "Only errors on stderr");
  app.add_flag("-v,--verbose", g.verbose, "More logs on stderr (-vv for debug)");
  app.add_option("--log-level", g.log_level, "Log level: trace, debug, info, warn, error, off")
      ->check(CLI::IsMember({"trace", "debug", "info", "warn", "error", "off"}));
  auto* config = app.add_option("--config", g.config_file, "Project config JSON (default: ./.chainrisk.json if present)")
                     ->type_name("FILE");
  app.add_flag("--no-config", g.no_config, "Read no config file and no default waivers file")->excludes(config);
}

// Read the project config (--config, else ./.chainrisk.json unless --no-config) and take
// its defaults for the global flags not given. False when it has errors (printed).
bool apply_project_config(const CLI::App& app, GlobalOptions& g) {
  std::string path = g.config_file;
  if (path.empty() && !g.no_config) path = config::find_in_dir("", config::kConfigFileName).value_or("");
  if (path.empty()) return true;
  Diagnostics diag;
  g.config = config::load_project_config(path, diag);
  diag.sort_by_position();
  print_diagnostics(diag, std::cerr, g.quiet, 0);
  if (diag.errors() > 0) return false;
  spdlog::info("using the project config {}", path);
  if (g.config.data && app.get_option("--data")->count() == 0) g.data_dirs = *g.config.data;
  if (g.config.policy && app.get_option("--policy")->count() == 0) g.policy = *g.config.policy;
  return true;
}

}  // namespace

model::Graph GlobalOptions::load_graph() const {
  auto graph = data::load_graph(data::stores_for(no_default_data, data_dirs));
  spdlog::info("loaded {} datasets: {} countries, {} commodities, {} findings, {} tier placements",
               graph.datasets.size(), graph.countries.size(), graph.commodities.size(),
               graph.findings.size(), graph.tiers.size());
  return graph;
}

score::Policy GlobalOptions::load_policy() const {
  return policy.empty() ? score::Policy{} : score::load_policy_file(policy);
}

int run_cli(int argc, char** argv) {
  install_stderr_logger();
  CLI::App app{"Screen supplier bills of materials for forced-labor, child-labor and "
               "human-trafficking risk, with the evidence and sources behind every score."};
  app.name("chainrisk");
  GlobalOptions g;
  add_global_options(app, g);
  app.set_version_flag("--version", version_text, "Print the version and the embedded dataset versions");
  app.require_subcommand(1);
  app.fallthrough();  // global options may also come after the command
  std::vector<Command> commands;
  for (auto add : {add_scan_command, add_validate_command, add_explain_command, add_lookup_commands, add_entity_command,
                   add_data_commands, add_batch_command}) {
    auto added = add(app, g);
    commands.insert(commands.end(), added.begin(), added.end());
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return parse_error_exit(app, e);
  }
  apply_log_level(g);
  return run_guarded([&] {
    if (!apply_project_config(app, g)) return static_cast<int>(ExitCode::usage);
    for (auto& c : commands) {
      if (c.app->parsed()) return c.run();
    }
    throw UsageError("no command given; run 'chainrisk --help'");
  });
}

}  // namespace chainrisk::cli
