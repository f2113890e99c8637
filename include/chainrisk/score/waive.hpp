#pragma once

#include "chainrisk/score/report.hpp"
#include "chainrisk/waiver/waivers.hpp"

namespace chainrisk::score {

// What a waiver can match in `line`: views of its id, supplier, commodity and origin, and
// the signal kinds it has when `with_kinds` (only rules with a `kind` need them).
waiver::LineFacts line_facts(const LineReport& line, bool with_kinds);

// Suppress `line` when a rule of `waivers` matches it (docs/waivers.md): sets `suppressed`,
// `suppressed_reason` and `suppressed_by`. Returns the rule, or nullptr. Costs nothing
// with no rules.
const waiver::Waiver* apply_waivers(const waiver::WaiverSet& waivers, LineReport& line);

}  // namespace chainrisk::score
