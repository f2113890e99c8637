#pragma once

#include <string_view>
#include <vector>

#include "chainrisk/score/report.hpp"
#include "chainrisk/waiver/waivers.hpp"

namespace chainrisk::score {

// What a waiver can match in a line (docs/waivers.md): its id and supplier as given, the
// commodity id and origin code it resolved to ("" when unresolved) and, when `with_kinds`,
// the kinds of its `signals` (only rules with a `kind` need them).
waiver::LineFacts line_facts(std::string_view id, std::string_view supplier, std::string_view commodity,
                             std::string_view origin, const SignalList& signals, bool with_kinds);

}  // namespace chainrisk::score
