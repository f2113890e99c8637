#include <fmt/format.h>

#include "chainrisk/report/writers.hpp"

namespace chainrisk::report {
namespace {

constexpr WriterInfo kWriters[] = {
    {"table", make_table_writer, "aligned columns with the evidence of each line (default)"},
    {"json", make_json_writer, "one JSON object, schema chainrisk.report/v1 (docs/formats.md)"},
    {"ndjson", make_ndjson_writer, "one JSON object per line as it is scored, then the summary"},
    {"csv", make_csv_writer, "one row per line, formula-safe for spreadsheets (docs/formats.md)"},
    {"markdown", make_markdown_writer, "summary and evidence of the lines at medium and above, for pull requests"},
    {"sarif", make_sarif_writer, "SARIF 2.1.0 for code scanning: one result per signal at its BOM line"},
    {"junit", make_junit_writer, "JUnit XML: one test case per BOM line, failures at the --fail-on level"},
    {"html", make_html_writer, "one self-contained page: summary, charts, lines with evidence"},
};

}  // namespace

std::span<const WriterInfo> writers() { return kWriters; }

const WriterInfo* find_writer(std::string_view name) {
  for (const auto& w : kWriters) {
    if (w.name == name) return &w;
  }
  return nullptr;
}

std::string writer_names() {
  std::string out;
  for (const auto& w : kWriters) out += (out.empty() ? "" : ", ") + std::string(w.name);
  return out;
}

void render(const score::Report& report, const WriterInfo& writer, const WriteOptions& options,
            std::ostream& out) {
  auto w = writer.make(options, out);
  w->begin(report);
  for (const auto& l : report.lines) w->line(l);
  w->end();
}

}  // namespace chainrisk::report
