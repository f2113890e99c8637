#pragma once

#include <string>
#include <vector>

#include "chainrisk/diagnostics.hpp"
#include "chainrisk/model/graph.hpp"

namespace chainrisk::data {

// A problem in loaded datasets that loading alone does not catch.
struct DataProblem {
  std::string file;     // "data/tip-tiers.json", "DIR/x.json"
  std::string pointer;  // "/records/12"
  Severity severity = Severity::error;
  std::string message;
};

// `data validate`: checks across records and datasets: production/trade shares summing
// above 1, two placements of one country in one year, duplicate finding or entity ids, an
// HS prefix or a name claimed by two commodities, duplicate relations, cycles of forms.
std::vector<DataProblem> check_graph(const model::Graph& g);

// "FILE: POINTER: error|warning: message".
std::string format_problem(const DataProblem& p);

}  // namespace chainrisk::data
