#include "test_support.hpp"

#include "chainrisk/data/load.hpp"

namespace chainrisk::test {

const model::Graph& default_graph() {
  static const model::Graph graph = data::load_graph({data::embedded_store()});
  return graph;
}

std::string joined(const Diagnostics& d) {
  std::string out;
  for (const auto& item : d.items()) out += format_diagnostic(item) + "\n";
  return out;
}

std::string test_path(const std::string& relative) {
  return std::string(CHAINRISK_TEST_DIR) + "/" + relative;
}

}  // namespace chainrisk::test
