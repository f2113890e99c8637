#pragma once

#include <cstddef>
#include <ostream>

#include "chainrisk/diagnostics.hpp"

namespace chainrisk::cli {

// Print every error, and warnings unless `quiet`, one per line as
// `FILE:LINE:COL: severity: message`. After `warning_limit` warnings (0 = no limit) the
// rest are counted in one closing line instead.
void print_diagnostics(const Diagnostics& diag, std::ostream& out, bool quiet,
                       std::size_t warning_limit);

}  // namespace chainrisk::cli
