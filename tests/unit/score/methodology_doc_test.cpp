#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

#include "chainrisk/score/policy.hpp"

// docs/methodology.md states the default policy; this keeps it equal to the code's.
TEST_CASE("methodology doc: the defaults block equals the code's default policy", "[score][docs]") {
  std::ifstream in(std::string(CHAINRISK_SOURCE_DIR) + "/docs/methodology.md");
  REQUIRE(in);
  std::stringstream ss;
  ss << in.rdbuf();
  std::string doc = ss.str();
  auto begin = doc.find("<!-- policy-defaults:begin -->");
  auto end = doc.find("<!-- policy-defaults:end -->");
  REQUIRE(begin != std::string::npos);
  REQUIRE(end != std::string::npos);
  std::string block = doc.substr(begin, end - begin);
  auto open = block.find("```json\n");
  auto close = block.rfind("```");
  REQUIRE(open != std::string::npos);
  auto documented = nlohmann::json::parse(block.substr(open + 8, close - open - 8));
  CHECK(documented == chainrisk::score::policy_to_json(chainrisk::score::Policy{}));
  // And the documented block is itself a valid policy file.
  CHECK_NOTHROW(chainrisk::score::parse_policy(documented.dump(), "docs/methodology.md"));
}
