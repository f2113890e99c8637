#include <unistd.h>

#include <spdlog/spdlog.h>

#include <fmt/format.h>

#include <iostream>
#include <memory>

#include "app.hpp"
#include "batch_progress.hpp"
#include "chainrisk/batch/batch.hpp"
#include "chainrisk/error.hpp"
#include "chainrisk/version.hpp"
#include "scan_config.hpp"

namespace chainrisk::cli {
namespace {

struct BatchArgs {
  std::vector<std::string> inputs;
  std::string out;
  std::vector<std::string> formats{"json"};
  unsigned jobs = 0;
  std::string fail_on;
  std::string min_level = "none";
  std::string ignore;
};

// The project config's defaults for the flags not given, as for scan (docs/waivers.md).
BatchArgs with_config(const BatchArgs& given, const CLI::App& cmd, const GlobalOptions& g) {
  BatchArgs a = given;
  default_from_config(cmd, "--format", g.config.format, a.formats);
  default_from_config(cmd, "--fail-on", g.config.fail_on, a.fail_on);
  default_from_config(cmd, "--min-level", g.config.min_level, a.min_level);
  return a;
}

// cli.md exit codes: 2 when any input failed or had errors, else 1 per --fail-on, else 0.
int exit_code(const batch::Index& index) {
  if (index.totals.failed > 0 || index.totals.with_errors > 0) return static_cast<int>(ExitCode::usage);
  if (index.fail_on && index.totals.failing > 0) return static_cast<int>(ExitCode::fail_on);
  return 0;
}

int run_batch_command(const BatchArgs& a, const GlobalOptions& g) {
  batch::Options o;
  o.inputs = a.inputs;
  o.out_dir = a.out;
  o.formats = a.formats;
  o.jobs = a.jobs;
  o.write.min_level = level_option(a.min_level, "--min-level");
  if (!a.fail_on.empty()) o.write.fail_on = level_option(a.fail_on, "--fail-on");
  o.tool_version = std::string(kVersion);
  // Checked before anything is read or written, like every usage error.
  Diagnostics waiver_diag;
  waiver::WaiverSet waivers;
  if (!load_run_waivers(a.ignore, g, waivers, waiver_diag)) return static_cast<int>(ExitCode::usage);
  o.waivers = &waivers;
  o.waivers_file = waivers_path(a.ignore, g);
  auto policy = g.load_policy();
  auto graph = g.load_graph();
  // One line per BOM is the point of a batch log: shown unless -q or a level was chosen.
  if (!g.quiet && g.verbose == 0 && g.log_level.empty()) spdlog::set_level(spdlog::level::info);
  BatchProgress progress(g.quiet ? ProgressStyle::none
                         : ::isatty(STDERR_FILENO) == 1 ? ProgressStyle::bar
                                                        : ProgressStyle::lines);
  auto index = batch::run_batch(graph, policy, o, [&](const batch::Progress& p) { progress.update(p); });
  progress.finish(index, o.out_dir);
  // After the progress bar is gone; a rule is unused only if it matched no line of any BOM.
  print_waiver_warnings(waivers, waiver_diag, g.quiet);
  return exit_code(index);
}

}  // namespace

std::vector<Command> add_batch_command(CLI::App& app, const GlobalOptions& g) {
  auto a = std::make_shared<BatchArgs>();
  auto* cmd = app.add_subcommand(
      "batch", "Screen many BOMs (files, directories, globs) in parallel into DIR, with an index ranking them");
  cmd->add_option("inputs", a->inputs, "BOM files, directories (searched for .csv, .tsv, .json) or glob patterns")
      ->required()->type_name("INPUT");
  cmd->add_option("--out", a->out, "Directory for the reports and index.json/index.html (created if missing)")
      ->required()->type_name("DIR");
  cmd->add_option("--format", a->formats, "Report format per BOM, repeatable: " + report::writer_names())
      ->type_name("FORMAT")->capture_default_str();
  cmd->add_option("--jobs", a->jobs, "Threads screening BOMs (default: every core this process may use)")
      ->type_name("N")->check(CLI::Range(1u, 1024u));
  cmd->add_option("--fail-on", a->fail_on, "Exit 1 if a line of any BOM is at or above LEVEL")->type_name("LEVEL");
  cmd->add_option("--min-level", a->min_level, "Hide lines below LEVEL in the reports")
      ->type_name("LEVEL")->capture_default_str();
  add_ignore_option(*cmd, a->ignore);
  return {{cmd, [a, &g, cmd] { return run_batch_command(with_config(*a, *cmd, g), g); }}};
}

}  // namespace chainrisk::cli
