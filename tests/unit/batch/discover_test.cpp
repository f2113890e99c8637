#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "chainrisk/batch/batch.hpp"
#include "chainrisk/error.hpp"

using namespace chainrisk;
namespace fs = std::filesystem;

namespace {

struct Tree {
  fs::path root;
  Tree() {
    char templ[] = "/tmp/chainrisk-discover-XXXXXX";
    root = ::mkdtemp(templ);
    for (const char* f : {"a.csv", "B.JSON", "notes.txt", ".hidden.csv", ".git/x.csv", "sub/c.cdx.json",
                          "sub/deeper/d.tsv", "out/r.json", "sub/README.md"}) {
      fs::create_directories((root / f).parent_path());
      std::ofstream(root / f) << "id\n1\n";
    }
    fs::create_directory_symlink(root / "sub", root / "link");
    fs::create_symlink(root / "a.csv", root / "alias.csv");
  }
  ~Tree() { fs::remove_all(root); }
  std::string operator/(const char* rel) const { return (root / rel).string(); }
};

std::vector<std::string> paths(const std::vector<batch::Input>& inputs) {
  std::vector<std::string> out;
  for (const auto& in : inputs) out.push_back(in.path);
  return out;
}

}  // namespace

TEST_CASE("batch discovery: directories are searched recursively by extension", "[batch][discover]") {
  Tree t;
  auto found = batch::discover_inputs({t.root.string()}, t / "out");
  // Sorted by path; hidden entries, other extensions, the output directory, the directory
  // symlink and the second name of a.csv are left out.
  CHECK(paths(found) == std::vector<std::string>{t / "B.JSON", t / "a.csv", t / "sub/c.cdx.json",
                                                 t / "sub/deeper/d.tsv"});
  CHECK(found[1].size == 5);  // "id\n1\n"
  CHECK(found[1].error.empty());
}

TEST_CASE("batch discovery: the output directory is searched when not skipped", "[batch][discover]") {
  Tree t;
  auto found = paths(batch::discover_inputs({t / "out"}));
  CHECK(found == std::vector<std::string>{t / "out/r.json"});
}

TEST_CASE("batch discovery: files are taken whatever their extension", "[batch][discover]") {
  Tree t;
  CHECK(paths(batch::discover_inputs({t / "notes.txt"})) == std::vector<std::string>{t / "notes.txt"});
}

TEST_CASE("batch discovery: globs are expanded and directories they match searched", "[batch][discover]") {
  Tree t;
  CHECK(paths(batch::discover_inputs({t / "*.csv"})) == std::vector<std::string>{t / "a.csv"});
  CHECK(paths(batch::discover_inputs({t / "s?b"})) ==
        std::vector<std::string>{t / "sub/c.cdx.json", t / "sub/deeper/d.tsv"});
}

TEST_CASE("batch discovery: a glob matching nothing is an input with its error", "[batch][discover]") {
  Tree t;
  auto found = batch::discover_inputs({t / "*.xlsx"});
  REQUIRE(found.size() == 1);
  CHECK(found[0].path == t / "*.xlsx");
  CHECK(found[0].error == "no file matches the pattern");
}

TEST_CASE("batch discovery: a missing file is kept for the reader to report", "[batch][discover]") {
  Tree t;
  auto found = batch::discover_inputs({t / "gone.csv"});
  REQUIRE(found.size() == 1);
  CHECK(found[0].error.empty());
}

TEST_CASE("batch discovery: the same real file is screened once", "[batch][discover]") {
  Tree t;
  auto found = paths(batch::discover_inputs({t / "a.csv", t / "alias.csv", t / "a.csv", t / "*.csv", t / "link"}));
  CHECK(found == std::vector<std::string>{t / "a.csv", t / "link/c.cdx.json", t / "link/deeper/d.tsv"});
}

TEST_CASE("batch discovery: stdin is refused", "[batch][discover]") {
  CHECK_THROWS_AS(batch::discover_inputs({"-"}), UsageError);
}

TEST_CASE("batch discovery: extensions are matched ignoring case", "[batch][discover]") {
  CHECK(batch::has_bom_extension("x.CSV"));
  CHECK(batch::has_bom_extension("x.cdx.json"));
  CHECK(batch::has_bom_extension("x.Tsv"));
  CHECK_FALSE(batch::has_bom_extension("x.txt"));
  CHECK_FALSE(batch::has_bom_extension(".csv"));
  CHECK_FALSE(batch::has_bom_extension("csv"));
}
