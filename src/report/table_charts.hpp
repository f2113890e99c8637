#pragma once
// The bar charts that end the table report on a terminal: lines by level, and the origin
// countries with the most severe lines, each bar split by level. Counts only: memory is one
// row per origin country, whatever the number of lines.
#include <array>
#include <map>
#include <ostream>
#include <string>
#include <string_view>

#include "chainrisk/report/writers.hpp"

namespace chainrisk::report {

// `text` in the color of level `l` when `color` (ANSI), else as it is.
std::string paint(std::string_view text, score::Level l, bool color);

class TerminalCharts {
 public:
  void add(const score::LineReport& l);
  void print(const WriteOptions& o, std::ostream& out) const;

 private:
  using Counts = std::array<std::size_t, score::kLevelCount>;
  Counts levels_{};
  std::map<std::string, Counts> origins_;  // "?" for lines without an origin
};

}  // namespace chainrisk::report
