#include "print_diagnostics.hpp"

#include <fmt/format.h>

namespace chainrisk::cli {

void print_diagnostics(const Diagnostics& diag, std::ostream& out, bool quiet,
                       std::size_t warning_limit) {
  std::size_t warnings = 0, hidden = 0;
  for (const auto& d : diag.items()) {
    if (d.severity == Severity::warning) {
      if (quiet) continue;
      if (warning_limit && ++warnings > warning_limit) {
        ++hidden;
        continue;
      }
    }
    out << format_diagnostic(d) << '\n';
  }
  if (diag.dropped() && !quiet) {
    out << fmt::format("chainrisk: {} more problems not shown (the first in reading order are); run "
                       "'chainrisk validate' to see them all\n", diag.dropped());
  }
  if (hidden) {
    out << fmt::format("chainrisk: {} more warnings not shown; run 'chainrisk validate' to see "
                       "them all\n", hidden);
  }
}

}  // namespace chainrisk::cli
