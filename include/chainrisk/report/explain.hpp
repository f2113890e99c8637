#pragma once
// `chainrisk explain FILE --line N | --id ID`: everything behind one line's score.
#include <ostream>
#include <string_view>
#include <vector>

#include "chainrisk/report/writers.hpp"
#include "chainrisk/score/report.hpp"

namespace chainrisk::report {

// One line of a finished report and the lines directly under it in its BOM.
struct Explanation {
  const score::Report* report = nullptr;
  const score::LineReport* line = nullptr;
  std::vector<const score::LineReport*> children;
};

// The line's values and how they resolved, the score's arithmetic, the level's reason,
// every signal with its path, origin shares and the full citation of each source, then the
// children. `format` is "table" or "json" (schema chainrisk.explain/v1).
void write_explanation(const Explanation& e, std::string_view format, const WriteOptions& options, std::ostream& out);

}  // namespace chainrisk::report
