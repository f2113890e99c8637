#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <ostream>
#include <span>
#include <string>
#include <string_view>

#include "chainrisk/score/level.hpp"
#include "chainrisk/score/report.hpp"

namespace chainrisk::report {

// How to render a report. Decided once by the CLI, passed to every writer.
struct WriteOptions {
  bool color = false;                          // ANSI colors (a terminal, no NO_COLOR)
  std::size_t width = 0;                       // terminal columns to fit; 0 = no limit
  bool terminal = false;                       // stdout is a terminal: the table ends with bar charts
  score::Level min_level = score::Level::none;  // hide lines below this level
  // `--fail-on`: the level a line fails at (JUnit failures, SARIF error level); nullopt
  // when not given, and writers that need one take kDefaultFailLevel.
  std::optional<score::Level> fail_on;
};
inline constexpr score::Level kDefaultFailLevel = score::Level::high;

// A report format. The scan streams into it: begin() once with everything known before
// the lines (summary, files, problems, datasets), line() once per BOM line in input order,
// then end(). A writer keeps no reference to a line after line() returns, so millions of
// lines pass through in bounded memory; it writes to the stream it was made with.
using ReportWriter = score::ReportSink;

using MakeWriter = std::unique_ptr<ReportWriter> (*)(const WriteOptions&, std::ostream&);

struct WriterInfo {
  std::string_view name;
  MakeWriter make;
  std::string_view description;
};

// Every output format, in the order `--help` lists them.
std::span<const WriterInfo> writers();
// The writer called `name`, or nullptr.
const WriterInfo* find_writer(std::string_view name);
// "table, json" for messages and help.
std::string writer_names();

// Render a report held in memory with `writer` (begin, every line, end).
void render(const score::Report& report, const WriterInfo& writer, const WriteOptions& options,
            std::ostream& out);

// One JSON object, field for field as cli.md's "JSON report" (schema chainrisk.report/v1).
std::unique_ptr<ReportWriter> make_json_writer(const WriteOptions& options, std::ostream& out);
// One JSON object per line as each is written, then the summary (docs/formats.md).
std::unique_ptr<ReportWriter> make_ndjson_writer(const WriteOptions& options, std::ostream& out);
// Aligned columns with each line's evidence beneath it, a summary and the sources cited.
std::unique_ptr<ReportWriter> make_table_writer(const WriteOptions& options, std::ostream& out);
// One CSV row per line (RFC 4180, LF line ends, a header row), every field neutralised
// against spreadsheet formula injection; streamed as the lines come.
std::unique_ptr<ReportWriter> make_csv_writer(const WriteOptions& options, std::ostream& out);
// GitHub-flavoured Markdown for pull-request comments: a summary table, the most severe
// lines at medium and above (50 listed, 20 with their evidence), the sources and problems;
// never more than GitHub's 65,536 characters for a comment.
std::unique_ptr<ReportWriter> make_markdown_writer(const WriteOptions& options, std::ostream& out);
// SARIF 2.1.0, one run: a rule per signal kind, a result per signal located at its BOM file
// and line (error at or above the fail level), the input's problems as notifications.
std::unique_ptr<ReportWriter> make_sarif_writer(const WriteOptions& options, std::ostream& out);
// JUnit XML: a testsuite per BOM file, a testcase per line shown, a failure for each
// unsuppressed line at or above the fail level, skipped for suppressed lines.
std::unique_ptr<ReportWriter> make_junit_writer(const WriteOptions& options, std::ostream& out);
// One self-contained HTML page (inline CSS, SVG and script; nothing fetched): summary,
// exposure by country and commodity, the lines with their evidence (the first
// html::kMaxRows at or above `min_level`), problems, datasets and method.
std::unique_ptr<ReportWriter> make_html_writer(const WriteOptions& options, std::ostream& out);

}  // namespace chainrisk::report
