#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
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

  // The problems kept (all of them unless keep_first() capped them).
  const std::vector<Diagnostic>& items() const { return items_; }
  // Counts of every problem reported, kept or not.
  std::size_t errors() const { return errors_; }
  std::size_t warnings() const { return reported_ - errors_; }
  // Problems reported but not kept (keep_first()).
  std::size_t dropped() const { return reported_ - items_.size(); }

  // Keep only the first `n` problems in reading order, and each file's first error (the one
  // that may say why a file could not be read at all); count the rest. A scan of millions
  // of rows with a problem each would otherwise hold them all, while the report lists
  // 100,000 and the terminal 50 (docs/reliability.md).
  void keep_first(std::size_t n);
  std::size_t limit() const { return keep_; }  // 0: no cap
  // Add `other`'s problems and count the ones it dropped.
  void merge(Diagnostics&& other);
  // Turn every warning into an error (`validate --strict`).
  void promote_warnings();

  // Put the problems in reading order: files in the order they were first reported, then
  // by line and column (stable: one position keeps its reporting order). Stages report
  // in passes (row errors, then resolution, then the BOM tree); users read top to bottom.
  void sort_by_position();

 private:
  void prune();

  std::vector<Diagnostic> items_;
  std::size_t errors_ = 0;
  std::size_t reported_ = 0;
  std::size_t keep_ = 0;  // 0: keep every problem
  std::unordered_map<std::string, std::size_t> file_order_;  // file → order first reported
};

// Format `d` as `FILE:LINE:COL: severity: message` (line/col omitted when 0).
std::string format_diagnostic(const Diagnostic& d);

}  // namespace chainrisk
