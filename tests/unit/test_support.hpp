#pragma once

#include <string>

#include "chainrisk/diagnostics.hpp"
#include "chainrisk/model/graph.hpp"

namespace chainrisk::test {

// The graph of the embedded datasets, loaded once for all tests.
const model::Graph& default_graph();

// All diagnostics as one string, one formatted line each, for exact assertions.
std::string joined(const Diagnostics& d);

// Path of a file under tests/.
std::string test_path(const std::string& relative);

}  // namespace chainrisk::test
