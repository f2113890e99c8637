#pragma once

#include <string>

#include "chainrisk/model/graph.hpp"

namespace chainrisk::test {

// A small hand-built graph for exact scoring tests, independent of the curated data:
// countries AA (Tier 2 Watch List), BB (Tier 3), CC (Tier 2), DD (Tier 1), EE (no tier);
// region AA-PR under a forced-labor presumption; commodities ore → metal (form), metal →
// wire (input), gem; findings: metal/AA child (2024), ore/CC child (2024), metal/BB forced
// (2024), gem/DD child removed in 2024.
model::Graph fixture_graph();

}  // namespace chainrisk::test
