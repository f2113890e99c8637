// Waivers meet the scan: each line's facts, matched once in the scoring pass, before the
// assembly roll-up, so a suppressed child does not raise its parent (docs/waivers.md).
#include "chainrisk/score/waive.hpp"

namespace chainrisk::score {

waiver::LineFacts line_facts(std::string_view id, std::string_view supplier, std::string_view commodity,
                             std::string_view origin, const SignalList& signals, bool with_kinds) {
  waiver::LineFacts f;
  f.id = id;
  f.supplier = supplier;
  f.commodity = commodity;
  f.origin = origin;
  if (with_kinds) {
    for (const auto& s : signals) {
      if (auto k = waiver::parse_signal_kind(s.kind)) f.kinds |= waiver::kind_bit(*k);
    }
  }
  return f;
}

}  // namespace chainrisk::score
