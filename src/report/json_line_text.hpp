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
  void append_signals(std::string& out, const score::SignalList& signals);
  // The text of each distinct signal (score::Scorer interns them: some thousands in a BOM of
  // millions of lines). The entry holds its signal, so an address is never reused while
  // cached; bounded all the same (a cleared entry is only rendered again).
  static constexpr std::size_t kMaxCachedBytes = 16u << 20;
  std::unordered_map<const score::Signal*, std::pair<score::SignalList::Ptr, std::string>> signals_;
  std::size_t cached_bytes_ = 0;
};

}  // namespace chainrisk::report
