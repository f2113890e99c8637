#include <fmt/format.h>

#include <iostream>
#include <memory>

#include "app.hpp"
#include "chainrisk/error.hpp"
#include "chainrisk/io/bom.hpp"
#include "chainrisk/resolve/resolve_bom.hpp"
#include "print_diagnostics.hpp"

namespace chainrisk::cli {
namespace {

struct ValidateOptions {
  std::vector<std::string> files;
  bool strict = false;
};

// cli.md `validate`: parse and resolve without scoring; every problem on stdout, a count
// on stderr; exit 2 on errors (warnings too with --strict).
int run_validate(const ValidateOptions& o, const GlobalOptions& g) {
  auto graph = g.load_graph();
  resolve::Resolver resolver(graph);
  Diagnostics diag;
  std::size_t rows = 0, lines = 0;
  for (const auto& path : o.files) {
    auto bom = io::load_bom_file(path, diag);
    rows += bom.rows_read;
    lines += bom.lines.size();
    if (!bom.fatal) resolve::resolve_bom(resolver, bom, diag);
  }
  diag.sort_by_position();
  if (o.strict) diag.promote_warnings();
  print_diagnostics(diag, std::cout, false, 0);
  if (!g.quiet) {
    std::cerr << fmt::format("{} {}, {} rows read, {} usable: {} errors, {} warnings\n", o.files.size(),
                             o.files.size() == 1 ? "file" : "files", rows, lines, diag.errors(),
                             diag.warnings());
  }
  return diag.errors() > 0 ? static_cast<int>(ExitCode::usage) : 0;
}

}  // namespace

std::vector<Command> add_validate_command(CLI::App& app, const GlobalOptions& g) {
  auto o = std::make_shared<ValidateOptions>();
  auto* cmd = app.add_subcommand("validate", "Parse and resolve BOM files without scoring; list every problem");
  cmd->add_option("files", o->files, "BOM files to check")->required()->type_name("FILE");
  cmd->add_flag("--strict", o->strict, "Treat warnings (unknown commodity, country, region) as errors");
  return {{cmd, [o, &g] { return run_validate(*o, g); }}};
}

}  // namespace chainrisk::cli
