#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace chainrisk {

// A 1-based position in a text file. Columns count bytes; 0 means "whole line".
struct TextPos {
  std::size_t line = 0;
  std::size_t col = 0;
};

enum class Severity { warning, error };

// One problem found in an input, reported as `FILE:LINE:COL: error|warning: message`.
struct Diagnostic {
  std::string file;
  TextPos pos;
  Severity severity = Severity::error;
  std::string message;
};

// Sink that readers and resolvers append to so a run can go on and report every problem.
class Diagnostics {
 public:
  void add(std::string file, TextPos pos, Severity severity, std::string message);
  void error(std::string file, TextPos pos, std::string message) {
    add(std::move(file), pos, Severity::error, std::move(message));
  }
  void warning(std::string file, TextPos pos, std::string message) {
    add(std::move(file), pos, Severity::warning, std::move(message));
  }

  const std::vector<Diagnostic>& items() const { return items_; }
  std::size_t errors() const { return errors_; }
  std::size_t warnings() const { return items_.size() - errors_; }
  // Turn every warning into an error (`validate --strict`).
  void promote_warnings();

  // Put the problems in reading order: files in the order they were first reported, then
  // by line and column (stable: one position keeps its reporting order). Stages report
  // in passes (row errors, then resolution, then the BOM tree); users read top to bottom.
  void sort_by_position();

 private:
  std::vector<Diagnostic> items_;
  std::size_t errors_ = 0;
};

// Format `d` as `FILE:LINE:COL: severity: message` (line/col omitted when 0).
std::string format_diagnostic(const Diagnostic& d);

}  // namespace chainrisk
