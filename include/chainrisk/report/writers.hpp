#pragma once

#include <cstddef>
#include <ostream>
#include <span>
#include <string>
#include <string_view>

#include "chainrisk/score/level.hpp"
#include "chainrisk/score/report.hpp"

namespace chainrisk::report {

// How to render a finished report. Decided once by the CLI, passed to every writer.
struct WriteOptions {
  bool color = false;                          // ANSI colors (a terminal, no NO_COLOR)
  std::size_t width = 0;                       // terminal columns to fit; 0 = no limit
  score::Level min_level = score::Level::none;  // hide lines below this level
};

using WriteFn = void (*)(const score::Report&, const WriteOptions&, std::ostream&);

struct WriterInfo {
  std::string_view name;
  WriteFn write;
  std::string_view description;
};

// Every output format, in the order `--help` lists them.
std::span<const WriterInfo> writers();
// The writer called `name`, or nullptr.
const WriterInfo* find_writer(std::string_view name);
// "table, json" for messages and help.
std::string writer_names();

// One JSON object, field for field as cli.md's "JSON report" (schema chainrisk.report/v1).
void write_json(const score::Report& report, const WriteOptions& options, std::ostream& out);
// Aligned columns with each line's evidence beneath it, a summary and the sources cited.
void write_table(const score::Report& report, const WriteOptions& options, std::ostream& out);

}  // namespace chainrisk::report
