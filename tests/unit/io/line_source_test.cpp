#include <catch2/catch.hpp>

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <fstream>

#include "chainrisk/io/bom.hpp"
#include "chainrisk/io/line_source.hpp"
#include "test_support.hpp"

using namespace chainrisk;

namespace {

struct Read {
  std::vector<io::BomLine> lines;
  std::string problems;
  std::size_t rows = 0, rejected = 0;
  bool fatal = false;
};

Read read_all(io::LineSource& source, int passes = 1) {
  Read r;
  for (int p = 0; p < passes; ++p) {
    Diagnostics diag;
    source.rewind(diag);
    r.lines.clear();
    io::BomLine line;
    while (source.next(line)) r.lines.push_back(line);
    r.problems = test::joined(diag);
  }
  r.rows = source.info().rows_read;
  r.rejected = source.info().rows_rejected;
  r.fatal = source.info().fatal;
  return r;
}

std::string temp_file(const std::string& text) {
  char name[] = "/tmp/chainrisk-line-source-XXXXXX";
  int fd = ::mkstemp(name);
  REQUIRE(fd >= 0);
  REQUIRE(::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size()));
  ::close(fd);
  return name;
}

}  // namespace

// The streamed reader must read exactly what the whole-text reader reads, wherever the
// window's edges fall: inside a quoted field, between the CR and LF of a line end, inside
// a doubled quote, on a byte-order mark.
TEST_CASE("line source: a CSV file streamed through any window reads as the whole text", "[io][stream]") {
  std::string text =
      "\xEF\xBB\xBFid,parent,description,material,origin,supplier,note\r\n"
      "P1,,\"Cobalt, \"\"refined\"\"\",cobalt,CD,\"Two\r\nlines\",x\r\n"
      "P2,P1,Copper wire,copper,ZM,Acme \"quoted\" Ltd,y\n"
      "P3,P1,,,CL,Nobody,z\n"  // no commodity: an error row
      "\n"
      "P4,P2,Tin,tin,\"ID\",\"unterminated?\",\"a,b\",extra\n"  // too many fields: error
      "P5,P2,Gold,gold,PE,\"ends \"\"\"\"here\"\"\",w\r"
      "P6,,\"Cotton\",cotton,UZ,Farm,\"\"\n"
      "P7,,Tea,tea,LK,Estate,last";
  std::string path = temp_file(text);
  Diagnostics diag;
  io::BomFile whole = io::read_csv_bom(text, path, diag);
  REQUIRE(whole.lines.size() == 5);
  for (std::size_t window : {1, 2, 3, 5, 7, 13, 64, 4096}) {
    CAPTURE(window);
    Diagnostics open_diag;
    auto source = io::open_line_source(path, open_diag, window);
    Read r = read_all(*source, 2);  // a second pass reads the same again
    CHECK(test::joined(open_diag).empty());
    REQUIRE(r.lines.size() == whole.lines.size());
    for (std::size_t i = 0; i < r.lines.size(); ++i) {
      CHECK(r.lines[i].line == whole.lines[i].line);
      for (std::size_t f = 0; f < io::kFieldCount; ++f) {
        CHECK(r.lines[i].cells[f].value == whole.lines[i].cells[f].value);
        CHECK(r.lines[i].cells[f].pos.line == whole.lines[i].cells[f].pos.line);
        CHECK(r.lines[i].cells[f].pos.col == whole.lines[i].cells[f].pos.col);
      }
      CHECK(r.lines[i].extra == whole.lines[i].extra);
    }
    CHECK(r.problems == test::joined(diag));
    CHECK(r.rows == whole.rows_read);
    CHECK(r.rejected == whole.rows_rejected);
  }
  std::remove(path.c_str());
}

TEST_CASE("line source: a file that changes between passes is refused", "[io][stream]") {
  std::string path = temp_file("material,origin\ncobalt,CD\n");
  Diagnostics diag;
  auto source = io::open_line_source(path, diag, 8);
  CHECK(read_all(*source).lines.size() == 1);
  std::ofstream(path, std::ios::app) << "copper,ZM\n";
  Diagnostics again;
  source->rewind(again);
  io::BomLine line;
  CHECK_FALSE(source->next(line));
  CHECK(source->info().fatal);
  CHECK_THAT(test::joined(again), Catch::Contains("file changed while it was read"));
  std::remove(path.c_str());
}

TEST_CASE("line source: a file that grows during a pass is refused at its old end", "[io][stream]") {
  std::string path = temp_file("material,origin\ncobalt,CD\ntin,RW\n");
  Diagnostics diag;
  auto source = io::open_line_source(path, diag, 8);
  Diagnostics pass;
  source->rewind(pass);
  io::BomLine line;
  REQUIRE(source->next(line));
  // A writer appends while the pass is under way: no appended line is read as data, and
  // the pass ends there instead of following the growth.
  std::ofstream(path, std::ios::app) << "copper,ZM\ncopper,ZM\ncopper,ZM\n";
  std::vector<std::string> rest;
  while (source->next(line)) rest.push_back(line.get(io::Field::material));
  CHECK(std::find(rest.begin(), rest.end(), "copper") == rest.end());
  CHECK(source->info().fatal);
  CHECK_THAT(test::joined(pass), Catch::Contains("file changed while it was read"));
  std::remove(path.c_str());
}

TEST_CASE("line source: has_field follows the header", "[io][stream]") {
  std::string path = temp_file("material,parent,origin\ncobalt,,CD\n");
  Diagnostics diag;
  auto source = io::open_line_source(path, diag);
  read_all(*source);
  CHECK(source->has_field(io::Field::parent));
  CHECK_FALSE(source->has_field(io::Field::supplier));
  std::remove(path.c_str());
}
