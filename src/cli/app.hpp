#pragma once

#include <CLI/CLI.hpp>

#include <functional>
#include <string>
#include <vector>

#include "chainrisk/config/project_config.hpp"
#include "chainrisk/model/graph.hpp"
#include "chainrisk/score/policy.hpp"

namespace chainrisk::cli {

// Options valid before or after any command (cli.md "Global options").
struct GlobalOptions {
  std::vector<std::string> data_dirs;
  bool no_default_data = false;
  std::string policy;
  std::string color = "auto";
  bool quiet = false;
  int verbose = 0;
  std::string log_level;
  std::string config_file;        // --config FILE
  bool no_config = false;         // --no-config: no config file, no default waivers file
  config::ProjectConfig config;   // the project config read, if any (docs/waivers.md)

  model::Graph load_graph() const;    // throws DatasetError (exit 3)
  score::Policy load_policy() const;  // throws UsageError (exit 2)
};

// A registered command: its CLI11 subcommand and what runs when it was given.
struct Command {
  CLI::App* app = nullptr;
  std::function<int()> run;
};

std::vector<Command> add_scan_command(CLI::App& app, const GlobalOptions& g);
std::vector<Command> add_validate_command(CLI::App& app, const GlobalOptions& g);
std::vector<Command> add_data_commands(CLI::App& app, const GlobalOptions& g);
std::vector<Command> add_lookup_commands(CLI::App& app, const GlobalOptions& g);
std::vector<Command> add_explain_command(CLI::App& app, const GlobalOptions& g);
std::vector<Command> add_entity_command(CLI::App& app, const GlobalOptions& g);
std::vector<Command> add_batch_command(CLI::App& app, const GlobalOptions& g);

// The whole program: parse `argv`, run the command, map errors to cli.md exit codes.
int run_cli(int argc, char** argv);

}  // namespace chainrisk::cli
