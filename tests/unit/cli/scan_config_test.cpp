#include <catch2/catch.hpp>

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "scan_config.hpp"

using namespace chainrisk;

namespace {

namespace fs = std::filesystem;

// A `scan`-like command with the flags the config can default.
struct ScanFlags {
  CLI::App app{"test"};
  std::string format = "table", fail_on;

  ScanFlags() {
    app.add_option("--format", format);
    app.add_option("--fail-on", fail_on);
  }
  void parse(std::vector<std::string> args) {
    std::reverse(args.begin(), args.end());  // CLI11 takes them last first
    app.parse(args);
  }
};

// Runs the test from a scratch working directory, restored and removed at the end.
struct ScratchCwd {
  fs::path old = fs::current_path();
  fs::path path = fs::temp_directory_path() / fmt::format("chainrisk-cwd-test-{}", ::getpid());
  ScratchCwd() {
    fs::create_directories(path);
    fs::current_path(path);
  }
  ~ScratchCwd() {
    fs::current_path(old);
    fs::remove_all(path);
  }
};

}  // namespace

TEST_CASE("cli config: a flag on the command line beats the config", "[cli][config]") {
  ScanFlags s;
  s.parse({"--fail-on", "critical"});
  cli::default_from_config(s.app, "--fail-on", std::optional<std::string>("high"), s.fail_on);
  cli::default_from_config(s.app, "--format", std::optional<std::string>("json"), s.format);
  CHECK(s.fail_on == "critical");
  CHECK(s.format == "json");  // not given: the config's default
}

TEST_CASE("cli config: a flag given with its default value still wins", "[cli][config]") {
  ScanFlags s;
  s.parse({"--format", "table"});
  cli::default_from_config(s.app, "--format", std::optional<std::string>("json"), s.format);
  CHECK(s.format == "table");
}

TEST_CASE("cli config: no config key leaves the flag's default", "[cli][config]") {
  ScanFlags s;
  s.parse({});
  cli::default_from_config(s.app, "--fail-on", std::nullopt, s.fail_on);
  CHECK(s.fail_on.empty());
}

TEST_CASE("cli config: --ignore, then the config, then the default waivers file", "[cli][config]") {
  ScratchCwd cwd;
  cli::GlobalOptions g;
  CHECK(cli::waivers_path("", g).empty());
  std::ofstream(".chainrisk-ignore.json") << "[]";
  CHECK(cli::waivers_path("", g) == ".chainrisk-ignore.json");
  g.config.ignore = "ci/waivers.json";
  CHECK(cli::waivers_path("", g) == "ci/waivers.json");
  CHECK(cli::waivers_path("mine.json", g) == "mine.json");
  g.config.ignore.reset();
  g.no_config = true;  // hermetic: no implicit files
  CHECK(cli::waivers_path("", g).empty());
  CHECK(cli::waivers_path("mine.json", g) == "mine.json");
}

TEST_CASE("cli config: a repeatable flag not given takes the config's value alone", "[cli][config]") {
  CLI::App app{"test"};
  std::vector<std::string> formats{"json"};
  app.add_option("--format", formats);
  app.parse(std::vector<std::string>{});
  cli::default_from_config(app, "--format", std::optional<std::string>("table"), formats);
  CHECK(formats == std::vector<std::string>{"table"});
  app.parse(std::vector<std::string>{"html", "--format", "json", "--format"});  // last first
  cli::default_from_config(app, "--format", std::optional<std::string>("table"), formats);
  CHECK(formats == std::vector<std::string>{"json", "html"});
}

TEST_CASE("cli config: levels of --fail-on and --min-level", "[cli][config]") {
  CHECK(cli::level_option("high", "--fail-on") == score::Level::high);
  CHECK_THROWS_WITH(cli::level_option("severe", "--fail-on"),
                    "--fail-on \"severe\": expected none, low, medium, high or critical");
}
