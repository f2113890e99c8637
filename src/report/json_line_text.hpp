#pragma once
// Writes a report line as one compact JSON object, straight to text (json_line_text.cpp).
#include <string>
#include <unordered_map>

#include "chainrisk/score/report.hpp"

namespace chainrisk::report {

class LineTextWriter {
 public:
  // Append the line object to `out`, from its opening to its closing brace, on one line:
  // exactly line_json(l).dump(). `first`, when given, is a member written before the
  // others (NDJSON's "type":"line").
  void append(std::string& out, const score::LineReport& l, std::string_view first = {});

 private:
  const std::string& signals_text(const score::LineReport& l);
  static constexpr std::size_t kMaxCachedBytes = 16u << 20;
  std::unordered_map<const void*, std::string> signals_;  // by shared evidence
  std::size_t cached_bytes_ = 0;
};

}  // namespace chainrisk::report
