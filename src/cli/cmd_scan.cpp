#include <unistd.h>

#include <fmt/format.h>

#include <iostream>
#include <memory>

#include "app.hpp"
#include "chainrisk/error.hpp"
#include "chainrisk/report/atomic_file.hpp"
#include "chainrisk/report/writers.hpp"
#include "chainrisk/score/scan.hpp"
#include "chainrisk/version.hpp"
#include "print_diagnostics.hpp"
#include "scan_config.hpp"
#include "terminal.hpp"

namespace chainrisk::cli {
namespace {

struct ScanOptions {
  std::vector<std::string> files;
  std::string format = "table";
  std::string output;
  std::string fail_on;
  std::string min_level = "none";
  std::string ignore;
  unsigned jobs = 0;  // 0: every core the process may use
};

// The project config's defaults for the scan flags not given (docs/waivers.md).
ScanOptions with_config(const ScanOptions& given, const CLI::App& cmd, const GlobalOptions& g) {
  ScanOptions o = given;
  default_from_config(cmd, "--format", g.config.format, o.format);
  default_from_config(cmd, "--fail-on", g.config.fail_on, o.fail_on);
  default_from_config(cmd, "--min-level", g.config.min_level, o.min_level);
  return o;
}

// Warnings past this many are summarised on scan; `validate` shows them all.
constexpr std::size_t kScanWarningLimit = 50;

int run_scan(const ScanOptions& o, const GlobalOptions& g) {
  const auto* writer = report::find_writer(o.format);
  if (!writer) {
    throw UsageError(fmt::format("unsupported output format \"{}\", supported formats are: {}",
                                 o.format, report::writer_names()));
  }
  report::WriteOptions wo;
  wo.min_level = level_option(o.min_level, "--min-level");
  if (!o.fail_on.empty()) wo.fail_on = level_option(o.fail_on, "--fail-on");
  Diagnostics waiver_diag;
  waiver::WaiverSet waivers;
  if (!load_run_waivers(o.ignore, g, waivers, waiver_diag)) return static_cast<int>(ExitCode::usage);
  auto policy = g.load_policy();
  auto graph = g.load_graph();
  score::ScanOptions so;
  so.tool_version = std::string(kVersion);
  so.waivers = &waivers;
  so.jobs = score::jobs_or_all_cores(o.jobs);
  // Every line is matched by now: the problems and the waivers' warnings come before the
  // report on a terminal.
  so.on_read = [&](const Diagnostics& diag) {
    print_diagnostics(diag, std::cerr, g.quiet, kScanWarningLimit);
    print_waiver_warnings(waivers, waiver_diag, g.quiet);
  };
  score::ScanOutcome result;
  if (o.output.empty()) {
    wo.color = use_color(g.color, STDOUT_FILENO);
    wo.width = terminal_width(STDOUT_FILENO);
    wo.terminal = ::isatty(STDOUT_FILENO) == 1;
    auto sink = writer->make(wo, std::cout);
    result = score::scan(graph, policy, o.files, so, *sink, wo.fail_on);
    std::cout.flush();
  } else {
    wo.color = g.color == "always";
    report::AtomicFile file(o.output);
    auto sink = writer->make(wo, file.stream());
    result = score::scan(graph, policy, o.files, so, *sink, wo.fail_on);
    file.commit();
  }
  if (result.fatal) return static_cast<int>(ExitCode::usage);
  if (result.diag.errors() > 0) return static_cast<int>(ExitCode::usage);
  if (result.failing) return static_cast<int>(ExitCode::fail_on);
  return 0;
}

}  // namespace

std::vector<Command> add_scan_command(CLI::App& app, const GlobalOptions& g) {
  auto o = std::make_shared<ScanOptions>();
  auto* cmd = app.add_subcommand("scan", "Screen BOM files (CSV, JSON, CycloneDX; '-' reads stdin)");
  cmd->add_option("files", o->files, "BOM files to screen")->required()->type_name("FILE");
  cmd->add_option("--format", o->format, "Output format: " + report::writer_names())
      ->type_name("FORMAT")->capture_default_str();
  cmd->add_option("-o,--output", o->output, "Write the report to FILE (atomically) instead of stdout")
      ->type_name("FILE");
  cmd->add_option("--fail-on", o->fail_on, "Exit 1 if a line is at or above LEVEL")->type_name("LEVEL");
  cmd->add_option("--min-level", o->min_level, "Hide lines below LEVEL in the report")
      ->type_name("LEVEL")->capture_default_str();
  cmd->add_option("--jobs", o->jobs,
                  "Threads per file, reading ahead of scoring (default: the cores this process may use; same report for any N)")
      ->type_name("N")->check(CLI::Range(1u, 1024u));
  add_ignore_option(*cmd, o->ignore);
  return {{cmd, [o, &g, cmd] { return run_scan(with_config(*o, *cmd, g), g); }}};
}

}  // namespace chainrisk::cli
