#pragma once
// How the sarif and junit writers name a suppressed line's waiver, in one place.
#include <string>

#include "chainrisk/score/report.hpp"

namespace chainrisk::report {

// The reason of the waiver that suppressed `l`, or "" when none is known. LineReport carries
// no reason yet (waivers, issue 8): when it does, return it here and the writers show it.
inline std::string suppression_reason(const score::LineReport& l) {
  static_cast<void>(l);
  return {};
}

}  // namespace chainrisk::report
