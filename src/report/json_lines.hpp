#pragma once
// The JSON objects of one report line and one signal (cli.md), shared by the JSON report
// and `explain --format json` so both always say the same.
#include <nlohmann/json.hpp>

#include "chainrisk/score/report.hpp"

namespace chainrisk::report {

nlohmann::ordered_json signal_json(const score::Signal& s);
nlohmann::ordered_json line_json(const score::LineReport& l);

}  // namespace chainrisk::report
