// Waivers meet the scan: one call per scored line, before the assembly roll-up, so a
// suppressed child does not raise its parent (docs/waivers.md).
#include "chainrisk/score/waive.hpp"

namespace chainrisk::score {

waiver::LineFacts line_facts(const LineReport& line, bool with_kinds) {
  waiver::LineFacts f;
  f.id = line.id;
  f.supplier = line.supplier;
  if (line.commodity) f.commodity = *line.commodity;
  if (line.origin) f.origin = *line.origin;
  if (with_kinds) {
    for (const auto& s : line.signals()) {
      if (auto k = waiver::parse_signal_kind(s.kind)) f.kinds |= waiver::kind_bit(*k);
    }
  }
  return f;
}

const waiver::Waiver* apply_waivers(const waiver::WaiverSet& waivers, LineReport& line) {
  if (waivers.empty()) return nullptr;
  const auto* rule = waivers.match(line_facts(line, waivers.uses_kind()));
  if (!rule) return nullptr;
  line.suppressed = true;
  line.suppressed_reason = rule->reason;
  line.suppressed_by = rule->location();
  return rule;
}

}  // namespace chainrisk::score
