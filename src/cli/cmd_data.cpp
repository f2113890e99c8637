#include <fmt/format.h>

#include <iostream>
#include <memory>

#include "app.hpp"
#include "chainrisk/data/check.hpp"
#include "chainrisk/data/load.hpp"
#include "chainrisk/error.hpp"
#include "chainrisk/report/datasets.hpp"

namespace chainrisk::cli {
namespace {

int run_data_info(const std::string& format, const GlobalOptions& g) {
  if (format != "table" && format != "json") {
    throw UsageError(fmt::format("unsupported output format \"{}\", supported formats are: table, json", format));
  }
  auto graph = g.load_graph();
  if (format == "json") {
    report::write_datasets_json(graph.datasets, std::cout);
  } else {
    report::write_datasets_table(graph.datasets, std::cout);
  }
  return 0;
}

// cli.md `data validate [DIR]`: load (schema, sha256, references) and check across
// records (share sums, duplicates); every problem on stdout; exit 3 on any error.
int run_data_validate(const std::string& dir, const GlobalOptions& g) {
  auto dirs = g.data_dirs;
  if (!dir.empty()) dirs.push_back(dir);
  auto graph = data::load_graph(data::stores_for(g.no_default_data, dirs));
  auto problems = data::check_graph(graph);
  std::size_t errors = 0, records = 0;
  for (const auto& p : problems) {
    errors += p.severity == Severity::error;
    std::cout << data::format_problem(p) << '\n';
  }
  for (const auto& d : graph.datasets) records += d.records;
  std::cout << fmt::format("{} datasets, {} records: {} errors, {} warnings\n", graph.datasets.size(), records,
                           errors, problems.size() - errors);
  return errors ? static_cast<int>(ExitCode::dataset) : 0;
}

}  // namespace

std::vector<Command> add_data_commands(CLI::App& app, const GlobalOptions& g) {
  auto* data = app.add_subcommand("data", "Inspect and check the datasets");
  data->require_subcommand(1);
  auto format = std::make_shared<std::string>("table");
  auto* info = data->add_subcommand("info", "List every loaded dataset: id, version, publisher, date, records, source, sha256");
  info->add_option("--format", *format, "Output format: table, json")->capture_default_str();
  auto dir = std::make_shared<std::string>();
  auto* validate = data->add_subcommand(
      "validate", "Check datasets: schema, sha256, references, share sums and duplicates (DIR on top of the "
                  "embedded data, or the embedded data alone)");
  validate->add_option("dir", *dir, "A dataset directory with a manifest.json")->check(CLI::ExistingDirectory);
  return {{info, [format, &g] { return run_data_info(*format, g); }},
          {validate, [dir, &g] { return run_data_validate(*dir, g); }}};
}

}  // namespace chainrisk::cli
