#include <catch2/catch.hpp>

#include <fmt/format.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "chainrisk/config/project_config.hpp"
#include "test_support.hpp"

using namespace chainrisk;

namespace {

namespace fs = std::filesystem;

config::ProjectConfig parse(std::string_view text, Diagnostics& diag, const std::string& name = "ci/.chainrisk.json") {
  return config::parse_project_config(text, name, diag);
}

std::string problems(std::string_view text) {
  Diagnostics diag;
  parse(text, diag);
  return test::joined(diag);
}

// A scratch directory, removed at the end of the test.
struct ScratchDir {
  fs::path path = fs::temp_directory_path() / fmt::format("chainrisk-config-test-{}", ::getpid());
  ScratchDir() { fs::create_directories(path); }
  ~ScratchDir() { fs::remove_all(path); }
};

}  // namespace

TEST_CASE("config: keys give defaults, paths relative to the config file", "[config]") {
  ScratchDir dir;
  fs::create_directories(dir.path / "ci" / "findings");
  std::string name = (dir.path / "ci" / ".chainrisk.json").string();
  Diagnostics diag;
  auto c = parse(R"({"schema": "chainrisk.config/v1", "fail_on": "high", "min_level": "low", "format": "json",
    "ignore": "waivers.json", "policy": "/etc/chainrisk/policy.json", "data": ["findings"]})", diag, name);
  INFO(test::joined(diag));
  CHECK(diag.items().empty());
  CHECK(c.file == name);
  CHECK(c.fail_on == "high");
  CHECK(c.min_level == "low");
  CHECK(c.format == "json");
  CHECK(c.ignore == (dir.path / "ci" / "waivers.json").string());
  CHECK(c.policy == "/etc/chainrisk/policy.json");  // absolute paths stay
  REQUIRE(c.data);
  CHECK(*c.data == std::vector<std::string>{(dir.path / "ci" / "findings").string()});
}

TEST_CASE("config: a config in the working directory keeps relative paths", "[config]") {
  Diagnostics diag;
  auto c = parse(R"({"ignore": "waivers.json"})", diag, ".chainrisk.json");
  CHECK(diag.items().empty());
  CHECK(c.ignore == "waivers.json");
  CHECK_FALSE(c.fail_on);
  CHECK_FALSE(c.data);
}

TEST_CASE("config: wrong types and values are errors at their position", "[config]") {
  CHECK(problems("[\"high\"]") ==
        "ci/.chainrisk.json:1:1: error: expected a config object such as {\"fail_on\": \"high\"}, got an array\n");
  CHECK(problems("{\n  \"fail_on\": 3\n}") == "ci/.chainrisk.json:2:14: error: 'fail_on': expected a string, got a number\n");
  CHECK(problems(R"({"fail_on": "severe"})") ==
        "ci/.chainrisk.json:1:13: error: 'fail_on': \"severe\" is not a level; expected none, low, medium, high or "
        "critical\n");
  CHECK(problems(R"({"min_level": ""})") == "ci/.chainrisk.json:1:15: error: 'min_level': expected a non-empty string\n");
  CHECK(problems(R"({"format": "pdf"})").starts_with(
        "ci/.chainrisk.json:1:12: error: 'format': unsupported output format \"pdf\", supported formats are: table, json"));
  CHECK(problems(R"({"data": "findings"})") == "ci/.chainrisk.json:1:10: error: 'data': expected a list of directories, got a string\n");
  CHECK(problems(R"({"data": ["no-such-dir"]})") ==
        "ci/.chainrisk.json:1:11: error: 'data': directory \"ci/no-such-dir\" does not exist\n");
  CHECK(problems(R"({"schema": "chainrisk.config/v2"})") ==
        "ci/.chainrisk.json:1:12: error: 'schema': expected \"chainrisk.config/v1\"\n");
  CHECK(problems(R"({"format": "json", "format": "table"})") ==
        "ci/.chainrisk.json:1:30: error: 'format' given twice (also at line 1); expected one value\n");
  CHECK(problems("{\"fail_on\": \"high\",}") ==
        "ci/.chainrisk.json:1:20: error: expected a string key, got '}'\n");
}

TEST_CASE("config: unknown keys are warnings with a hint", "[config]") {
  Diagnostics diag;
  auto c = parse(R"({"fail-on": "high", "output": "report.json"})", diag);
  CHECK(test::joined(diag) ==
        "ci/.chainrisk.json:1:13: warning: unknown key 'fail-on' ignored; expected schema, fail_on, min_level, "
        "format, ignore, policy or data; did you mean 'fail_on'?\n"
        "ci/.chainrisk.json:1:31: warning: unknown key 'output' ignored; expected schema, fail_on, min_level, "
        "format, ignore, policy or data\n");
  CHECK(diag.errors() == 0);
  CHECK_FALSE(c.fail_on);
}

TEST_CASE("config: files are found by name in a directory", "[config]") {
  ScratchDir dir;
  CHECK_FALSE(config::find_in_dir(dir.path.string(), config::kConfigFileName));
  std::ofstream(dir.path / ".chainrisk.json") << R"({"fail_on": "critical"})";
  auto found = config::find_in_dir(dir.path.string(), config::kConfigFileName);
  REQUIRE(found);
  Diagnostics diag;
  auto c = config::load_project_config(*found, diag);
  CHECK(diag.items().empty());
  CHECK(c.fail_on == "critical");
  fs::create_directories(dir.path / ".chainrisk-ignore.json");  // a directory is not the file
  CHECK_FALSE(config::find_in_dir(dir.path.string(), config::kDefaultWaiversFileName));
}
