#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "chainrisk/batch/batch.hpp"
#include "chainrisk/error.hpp"
#include "chainrisk/score/scan.hpp"
#include "chainrisk/waiver/waivers.hpp"
#include "test_support.hpp"

using namespace chainrisk;
namespace fs = std::filesystem;

namespace {

struct TempDir {
  fs::path path;
  TempDir() {
    char templ[] = "/tmp/chainrisk-batch-XXXXXX";
    path = ::mkdtemp(templ);
  }
  ~TempDir() { fs::remove_all(path); }
};

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

batch::Options examples_into(const fs::path& out, unsigned jobs) {
  batch::Options o;
  o.inputs = {std::string(CHAINRISK_SOURCE_DIR) + "/docs/examples"};
  o.out_dir = out.string();
  o.formats = {"json", "table"};
  o.jobs = jobs;
  o.tool_version = "test";
  return o;
}

}  // namespace

TEST_CASE("batch run: one and two jobs write the same reports and index", "[batch][run]") {
  TempDir dir;
  score::Policy policy;
  std::size_t calls = 0;
  auto one = batch::run_batch(test::default_graph(), policy, examples_into(dir.path / "one", 1),
                              [&](const batch::Progress& p) { CHECK(p.done == ++calls); });
  auto two = batch::run_batch(test::default_graph(), policy, examples_into(dir.path / "two", 2));
  CHECK(calls == 4);
  CHECK(one.jobs == 1);
  CHECK(two.jobs == 2);
  REQUIRE(one.entries.size() == 4);
  for (const auto& e : one.entries) {
    INFO(e.input);
    CHECK(e.status == batch::Status::ok);
    REQUIRE(e.reports.size() == 2);
    for (const auto& r : e.reports) CHECK(slurp(dir.path / "one" / r.second) == slurp(dir.path / "two" / r.second));
  }
  CHECK(slurp(dir.path / "one/index.json") == slurp(dir.path / "two/index.json"));
  CHECK(slurp(dir.path / "one/index.html") == slurp(dir.path / "two/index.html"));
}

TEST_CASE("batch run: an unknown format is a usage error before anything is written", "[batch][run]") {
  TempDir dir;
  auto o = examples_into(dir.path / "out", 1);
  o.formats = {"json", "pdf"};
  CHECK_THROWS_WITH(batch::run_batch(test::default_graph(), score::Policy{}, o),
                    Catch::StartsWith("unsupported output format \"pdf\", supported formats are: "));
  CHECK_FALSE(fs::exists(dir.path / "out"));
}

TEST_CASE("batch run: --out must be a directory", "[batch][run]") {
  TempDir dir;
  std::ofstream(dir.path / "file") << "x";
  auto o = examples_into(dir.path / "file", 1);
  CHECK_THROWS_WITH(batch::run_batch(test::default_graph(), score::Policy{}, o),
                    (dir.path / "file").string() + ": exists and is not a directory; --out needs a directory");
}

TEST_CASE("batch run: no BOM found is a usage error", "[batch][run]") {
  TempDir dir;
  fs::create_directory(dir.path / "empty");
  auto o = examples_into(dir.path / "out", 1);
  o.inputs = {(dir.path / "empty").string()};
  CHECK_THROWS_AS(batch::run_batch(test::default_graph(), score::Policy{}, o), UsageError);
}

TEST_CASE("batch run: the waivers apply to every BOM, their hits counted across jobs", "[batch][run]") {
  TempDir dir;
  Diagnostics diag;
  auto waivers = waiver::parse_waivers(R"([{"kind": "tier", "reason": "tier context reviewed"}])", "w.json", diag,
                                       waiver::Date{2026, 1, 1});
  REQUIRE(diag.errors() == 0);
  auto o = examples_into(dir.path / "out", 2);
  o.waivers = &waivers;
  o.waivers_file = "w.json";
  auto index = batch::run_batch(test::default_graph(), score::Policy{}, o);
  CHECK(index.waivers_file == "w.json");
  std::size_t suppressed = 0;
  for (const auto& e : index.entries) {
    INFO(e.input);
    auto alone = score::scan_paths(test::default_graph(), score::Policy{}, {e.input}, "test", nullptr);
    auto waived = score::scan_paths(test::default_graph(), score::Policy{}, {e.input}, "test", &waivers);
    CHECK(e.summary.suppressed == waived.report.summary.suppressed);
    CHECK(e.summary.level == waived.report.summary.level);
    CHECK(alone.report.summary.suppressed == 0);
    suppressed += e.summary.suppressed;
  }
  CHECK(suppressed > 0);
  CHECK(index.totals.suppressed == suppressed);
  // The batch matched each line once; the two scans per BOM above matched the lines again.
  CHECK(waivers.hits(0) == 2 * suppressed);
}
