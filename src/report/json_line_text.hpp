#pragma once
// Writes a report line as the JSON report nests it, straight to text (json_line_text.cpp).
#include <string>
#include <unordered_map>

#include "chainrisk/score/report.hpp"

namespace chainrisk::report {

class LineTextWriter {
 public:
  // `indent`: the spaces before the line object's own braces ("    " in the report).
  explicit LineTextWriter(std::string indent) : indent_(std::move(indent)) {}
  // Append the line object to `out`, from its opening to its closing brace.
  void append(std::string& out, const score::LineReport& l);

 private:
  const std::string& signals_text(const score::LineReport& l);
  std::string indent_;
  static constexpr std::size_t kMaxCachedBytes = 16u << 20;
  std::unordered_map<const void*, std::string> signals_;  // by shared evidence
  std::size_t cached_bytes_ = 0;
};

}  // namespace chainrisk::report
