#include <catch2/catch.hpp>

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "chainrisk/score/scan.hpp"
#include "test_support.hpp"

using namespace chainrisk;

namespace {

class Count final : public score::ReportSink {
 public:
  void begin(const score::ReportHead& h) override { head = h; }
  void line(const score::LineReport&) override { ++lines; }
  void end() override {}
  score::ReportHead head;
  std::size_t lines = 0;
};

}  // namespace

TEST_CASE("scan: problems past max_problems are counted, the first in reading order listed", "[score]") {
  auto path = std::filesystem::temp_directory_path() / ("chainrisk-problems-" + std::to_string(::getpid()) + ".csv");
  {
    std::ofstream out(path);
    out << "id,material,origin,certifications\n";
    for (int i = 0; i < 9; ++i) out << "P" << i << ",cobalt,CD,NoSuchScheme\n";  // a warning each
  }
  score::ScanOptions o;
  o.max_problems = 4;
  Count sink;
  auto outcome = score::scan(test::default_graph(), score::Policy{}, {path.string()}, o, sink);
  std::filesystem::remove(path);
  CHECK(sink.lines == 9);  // every line is still scored and written
  REQUIRE(sink.head.problems.size() == 4);
  CHECK(sink.head.problems.front().line == 2);
  CHECK(sink.head.problems.back().line == 5);
  CHECK(sink.head.problems_omitted == 5);
  CHECK(outcome.diag.warnings() == 9);
  CHECK(outcome.diag.dropped() == 5);
}
