#include <fmt/format.h>

#include <ctime>
#include <iostream>
#include <memory>

#include "app.hpp"
#include "chainrisk/data/check.hpp"
#include "chainrisk/data/load.hpp"
#include "chainrisk/error.hpp"
#include "chainrisk/importer/import.hpp"
#include "chainrisk/report/datasets.hpp"
#include "print_diagnostics.hpp"

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

std::string today() {
  std::time_t now = std::time(nullptr);
  std::tm tm{};
  ::gmtime_r(&now, &tm);
  char buf[11];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
  return buf;
}

// cli.md `data import KIND FILE`: an official publication (or a company's own findings)
// into the dataset format, with its manifest entry, ready for `--data DIR`.
int run_data_import(importer::ImportOptions o, const GlobalOptions& g) {
  if (o.published.empty()) o.published = today();
  auto graph = g.load_graph();
  Diagnostics diag;
  auto result = importer::import_publication(graph, o, diag);
  print_diagnostics(diag, std::cerr, g.quiet, 0);
  if (diag.errors() > 0) {
    std::cerr << fmt::format("chainrisk: nothing written: {} errors in {}\n", diag.errors(), o.file);
    return static_cast<int>(ExitCode::usage);
  }
  for (const auto& f : result.written) std::cout << "wrote " << f << '\n';
  std::cout << fmt::format("{}: {} records", result.dataset_id, result.records);
  if (result.new_commodities) std::cout << fmt::format(", {} new commodities", result.new_commodities);
  std::cout << fmt::format("; use it with: chainrisk --data {} scan ...\n", o.out_dir);
  return 0;
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
  auto imp = std::make_shared<importer::ImportOptions>();
  auto* import = data->add_subcommand(
      "import", "Convert a publication (DOL list CSV/XML, TIP tier CSV, UFLPA entity CSV, your own findings CSV) "
                "into a dataset directory for --data");
  import->add_option("kind", imp->kind, "One of: " + importer::import_kinds())->required();
  import->add_option("file", imp->file, "The publication ('-' reads stdin)")->required();
  import->add_option("--out", imp->out_dir, "Dataset directory to write (created files: <id>.json, manifest.json)")
      ->required()->check(CLI::ExistingDirectory);
  import->add_option("--version", imp->version, "Edition of the publication, such as 2026")->required();
  import->add_option("--id", imp->id, "Dataset id (default: <kind>-<version>)");
  import->add_option("--published", imp->published, "Publication date YYYY-MM-DD (default: today)");
  import->add_option("--publisher", imp->publisher, "Publisher (default for official kinds)");
  import->add_option("--title", imp->title, "Title of the publication");
  import->add_option("--source", imp->source, "Source URL (default for official kinds)");
  import->add_option("--license", imp->license, "License (default for official kinds)");
  return {{info, [format, &g] { return run_data_info(*format, g); }},
          {validate, [dir, &g] { return run_data_validate(*dir, g); }},
          {import, [imp, &g] { return run_data_import(*imp, g); }}};
}

}  // namespace chainrisk::cli
