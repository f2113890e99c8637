#include <fmt/format.h>

#include <iostream>
#include <memory>

#include "app.hpp"
#include "chainrisk/error.hpp"
#include "chainrisk/report/explain.hpp"
#include "chainrisk/score/scan.hpp"
#include "chainrisk/version.hpp"
#include "print_diagnostics.hpp"

namespace chainrisk::cli {
namespace {

struct ExplainOptions {
  std::string file;
  std::size_t line = 0;
  std::string id;
  std::string format = "table";
};

// Why a line asked for is not in the report: a row in error, or no such row.
[[noreturn]] void not_found(const ExplainOptions& o, const score::ScanResult& result) {
  if (o.line) {
    for (const auto& d : result.diag.items()) {
      if (d.severity == Severity::error && d.pos.line == o.line) {
        throw UsageError(fmt::format("{}:{}: the line was not scored: {}", o.file, o.line, d.message));
      }
    }
    const auto& lines = result.report.lines;
    throw UsageError(fmt::format("{}: no data row on line {}{}", o.file, o.line,
                                 lines.empty() ? std::string()
                                               : fmt::format(" (data rows are on lines {} to {})", lines.front().line,
                                                             lines.back().line)));
  }
  throw UsageError(fmt::format("{}: no line with id '{}'", o.file, o.id));
}

// cli.md `explain FILE (--line N | --id ID)`: the scan of FILE, narrowed to one line.
int run_explain(const ExplainOptions& o, const GlobalOptions& g) {
  if (o.format != "table" && o.format != "json") {
    throw UsageError(fmt::format("unsupported output format \"{}\", supported formats are: table, json", o.format));
  }
  if ((o.line == 0) == o.id.empty()) throw UsageError("explain: give exactly one of --line N and --id ID");
  auto policy = g.load_policy();
  auto graph = g.load_graph();
  auto result = score::scan_paths(graph, policy, {o.file}, std::string(kVersion));
  if (result.fatal) {
    print_diagnostics(result.diag, std::cerr, g.quiet, 0);
    return static_cast<int>(ExitCode::usage);
  }
  const auto& lines = result.report.lines;
  const score::LineReport* line = nullptr;
  for (const auto& l : lines) {
    if ((o.line && l.line == o.line) || (!o.id.empty() && l.id == o.id)) {
      line = &l;
      break;
    }
  }
  if (!line) not_found(o, result);
  // Only the problems of this line: the rest of the file is `validate`'s business.
  Diagnostics mine;
  for (const auto& d : result.diag.items()) {
    if (d.pos.line == line->line) mine.add(d.file, d.pos, d.severity, d.message);
  }
  print_diagnostics(mine, std::cerr, g.quiet, 0);
  report::Explanation e{&result.report, line, {}};
  for (const auto& l : lines) {
    if (!line->id.empty() && l.parent == line->id && &l != line) e.children.push_back(&l);
  }
  report::write_explanation(e, o.format, {}, std::cout);
  return 0;
}

}  // namespace

std::vector<Command> add_explain_command(CLI::App& app, const GlobalOptions& g) {
  auto o = std::make_shared<ExplainOptions>();
  auto* cmd = app.add_subcommand("explain", "The full evidence for one BOM line: every signal, its weight, the graph "
                                            "path, origin shares and sources");
  cmd->add_option("file", o->file, "BOM file (CSV, JSON or CycloneDX; '-' reads stdin)")->required();
  auto* line = cmd->add_option("--line", o->line, "Physical line number of the BOM line (CSV: the header is line 1)")
                   ->check(CLI::PositiveNumber);
  auto* id = cmd->add_option("--id", o->id, "The line's id");
  line->excludes(id);
  cmd->add_option("--format", o->format, "Output format: table, json")->capture_default_str();
  return {{cmd, [o, &g] { return run_explain(*o, g); }}};
}

}  // namespace chainrisk::cli
