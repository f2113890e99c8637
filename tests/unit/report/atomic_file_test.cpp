#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "chainrisk/error.hpp"
#include "chainrisk/report/atomic_file.hpp"

using namespace chainrisk;
namespace fs = std::filesystem;

namespace {

std::string slurp(const fs::path& p) {
  std::ifstream in(p);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

struct TempDir {
  fs::path path;
  TempDir() {
    char templ[] = "/tmp/chainrisk-out-XXXXXX";
    path = ::mkdtemp(templ);
  }
  ~TempDir() { fs::remove_all(path); }
  std::size_t entries() const { return static_cast<std::size_t>(std::distance(fs::directory_iterator(path), fs::directory_iterator())); }
};

}  // namespace

TEST_CASE("atomic file: commit puts the whole file in place", "[report][atomic]") {
  TempDir dir;
  auto target = dir.path / "report.json";
  {
    report::AtomicFile f(target.string());
    f.stream() << "complete";
    CHECK_FALSE(fs::exists(target));  // nothing visible before commit
    f.commit();
  }
  CHECK(slurp(target) == "complete");
  CHECK(dir.entries() == 1);  // no temporary left behind
}

TEST_CASE("atomic file: an abandoned write keeps the old file and leaves no temp", "[report][atomic]") {
  TempDir dir;
  auto target = dir.path / "report.json";
  std::ofstream(target) << "old report";
  {
    report::AtomicFile f(target.string());
    f.stream() << "half a rep";
  }
  CHECK(slurp(target) == "old report");
  CHECK(dir.entries() == 1);
}

TEST_CASE("atomic file: directories and missing parents are usage errors", "[report][atomic]") {
  TempDir dir;
  CHECK_THROWS_AS(report::AtomicFile(dir.path.string()), UsageError);
  CHECK_THROWS_WITH(report::AtomicFile((dir.path / "no" / "r.json").string()),
                    Catch::EndsWith("r.json: cannot write: No such file or directory"));
}

TEST_CASE("atomic file: a device is written directly, never replaced", "[report][atomic]") {
  report::AtomicFile f("/dev/null");
  f.stream() << "discarded";
  f.commit();
  CHECK(fs::is_character_file("/dev/null"));
}
