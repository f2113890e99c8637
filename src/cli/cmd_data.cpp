#include <fmt/format.h>

#include <iostream>
#include <memory>

#include "app.hpp"
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

}  // namespace

std::vector<Command> add_data_commands(CLI::App& app, const GlobalOptions& g) {
  auto* data = app.add_subcommand("data", "Inspect the loaded datasets");
  data->require_subcommand(1);
  auto format = std::make_shared<std::string>("table");
  auto* info = data->add_subcommand("info", "List every loaded dataset: id, version, publisher, date, records, source, sha256");
  info->add_option("--format", *format, "Output format: table, json")->capture_default_str();
  return {{info, [format, &g] { return run_data_info(*format, g); }}};
}

}  // namespace chainrisk::cli
