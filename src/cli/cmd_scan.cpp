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
#include "terminal.hpp"

namespace chainrisk::cli {
namespace {

struct ScanOptions {
  std::vector<std::string> files;
  std::string format = "table";
  std::string output;
  std::string fail_on;
  std::string min_level = "none";
};

// Warnings past this many are summarised on scan; `validate` shows them all.
constexpr std::size_t kScanWarningLimit = 50;

score::Level level_option(const std::string& value, const char* flag) {
  auto l = score::parse_level(value);
  if (!l) {
    throw UsageError(fmt::format("{} \"{}\": expected none, low, medium, high or critical", flag, value));
  }
  return *l;
}

int run_scan(const ScanOptions& o, const GlobalOptions& g) {
  const auto* writer = report::find_writer(o.format);
  if (!writer) {
    throw UsageError(fmt::format("unsupported output format \"{}\", supported formats are: {}",
                                 o.format, report::writer_names()));
  }
  report::WriteOptions wo;
  wo.min_level = level_option(o.min_level, "--min-level");
  if (!o.fail_on.empty()) wo.fail_on = level_option(o.fail_on, "--fail-on");
  auto policy = g.load_policy();
  auto graph = g.load_graph();
  score::ScanOptions so;
  so.tool_version = std::string(kVersion);
  so.on_read = [&](const Diagnostics& diag) { print_diagnostics(diag, std::cerr, g.quiet, kScanWarningLimit); };
  score::ScanOutcome result;
  if (o.output.empty()) {
    wo.color = use_color(g.color, STDOUT_FILENO);
    wo.width = terminal_width(STDOUT_FILENO);
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
  return {{cmd, [o, &g] { return run_scan(*o, g); }}};
}

}  // namespace chainrisk::cli
