#include <catch2/catch.hpp>
#include <sched.h>

#include <stdexcept>
#include <vector>

#include "chainrisk/score/scan.hpp"
#include "score/stages.hpp"

using chainrisk::score::Stages;

namespace {

struct Item {
  std::size_t value = 0;
};

// Runs `n` items through the stages; the consumer sees them in order, each once.
std::vector<std::size_t> pass(unsigned jobs, std::size_t n) {
  Stages<Item> stages;
  std::size_t next = 0;
  std::vector<std::size_t> seen;
  stages.run(
      jobs,
      [&](Item& item) {
        if (next == n) return false;
        item.value = next++;
        return true;
      },
      [&](Item& item) { seen.push_back(item.value); });
  return seen;
}

}  // namespace

TEST_CASE("stages: every item consumed once, in order, on one or two threads", "[score][stages]") {
  unsigned jobs = GENERATE(1u, 2u);
  constexpr std::size_t kBatch = Stages<Item>::kBatch;
  for (std::size_t n : {std::size_t{0}, std::size_t{1}, kBatch - 1, kBatch, kBatch + 1,
                        kBatch * Stages<Item>::kBatches * 3 + 7}) {
    auto seen = pass(jobs, n);
    REQUIRE(seen.size() == n);
    for (std::size_t i = 0; i < n; ++i) REQUIRE(seen[i] == i);
  }
}

TEST_CASE("stages: a failure in either stage stops both and reaches the caller", "[score][stages]") {
  unsigned jobs = GENERATE(1u, 2u);
  Stages<Item> stages;
  std::size_t produced = 0, consumed = 0;
  SECTION("producer") {
    CHECK_THROWS_AS(stages.run(
                        jobs,
                        [&](Item& item) {
                          if (produced == 5000) throw std::runtime_error("read error");
                          item.value = produced++;
                          return true;
                        },
                        [&](Item&) { ++consumed; }),
                    std::runtime_error);
    CHECK(consumed <= produced);
  }
  SECTION("consumer") {
    CHECK_THROWS_AS(stages.run(
                        jobs,
                        [&](Item& item) {
                          item.value = produced++;
                          return true;  // an endless input: only the failure stops it
                        },
                        [&](Item& item) {
                          if (item.value == 3000) throw std::runtime_error("disk full");
                          ++consumed;
                        }),
                    std::runtime_error);
    CHECK(consumed == 3000);
  }
  // The same object runs again after a failure.
  CHECK(pass(jobs, 1000).size() == 1000);
}

TEST_CASE("stages: --jobs 0 means the cores this process may run on", "[score][stages]") {
  CHECK(chainrisk::score::jobs_or_all_cores(3) == 3);
  cpu_set_t before;
  CPU_ZERO(&before);
  REQUIRE(::sched_getaffinity(0, sizeof(before), &before) == 0);
  CHECK(chainrisk::score::jobs_or_all_cores(0) == static_cast<unsigned>(CPU_COUNT(&before)));
  // As under `taskset -c N`: one allowed core is one job, however many the machine has.
  int first = 0;
  while (!CPU_ISSET(first, &before)) ++first;
  cpu_set_t one;
  CPU_ZERO(&one);
  CPU_SET(first, &one);
  REQUIRE(::sched_setaffinity(0, sizeof(one), &one) == 0);
  unsigned jobs = chainrisk::score::jobs_or_all_cores(0);
  ::sched_setaffinity(0, sizeof(before), &before);
  CHECK(jobs == 1);
}
