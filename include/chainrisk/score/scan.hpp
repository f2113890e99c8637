#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "chainrisk/diagnostics.hpp"
#include "chainrisk/io/bom.hpp"
#include "chainrisk/model/graph.hpp"
#include "chainrisk/score/policy.hpp"
#include "chainrisk/score/report.hpp"
#include "chainrisk/waiver/waivers.hpp"

namespace chainrisk::score {

struct ScanOptions {
  std::string tool_version;
  // Problems past this many (in reading order) are counted, not kept: a file with millions
  // of bad rows must not need memory for millions of messages. The report and stderr list
  // the first ones and say how many more there are; `validate` shows them all.
  std::size_t max_problems = 100000;
  // Called once every file is read, before the first line is written (the CLI prints the
  // problems then, so they come before the report on a terminal).
  std::function<void(const Diagnostics&)> on_read;
  // Rules whose lines are reported suppressed (docs/waivers.md); none when null. Every
  // line is matched once, before on_read, so the rules' hit counts are final by then.
  const waiver::WaiverSet* waivers = nullptr;
  // Threads per pass (`--jobs`): with 2 or more, reading and resolving run one stage ahead
  // of scoring and writing on a second thread (src/score/stages.hpp). The report is the
  // same for any value.
  unsigned jobs = 1;
};

// `jobs`, or every core the process may run on when it is 0 (the default of `scan --jobs`
// and `batch --jobs`; `taskset` and container cpusets count).
unsigned jobs_or_all_cores(unsigned jobs);

// What a scan found besides the lines it streamed: every problem, the head of the report.
struct ScanOutcome {
  Diagnostics diag;
  bool fatal = false;  // a file could not be read at all; the report lists it with its error
  ReportHead head;
  bool failing = false;  // set by scan(): an unsuppressed line at or above `fail_at`
};

// The whole pipeline of product.md, streamed (docs/performance.md): read, resolve and score
// the BOM files at `paths` ("-" is stdin), then write the report through `sink`: begin()
// with the head, every line in input order, end(). A CSV file is read from disk once per
// pass and never held whole. Problems land in the outcome; nothing throws for bad input.
ScanOutcome scan(const model::Graph& graph, const Policy& policy, const std::vector<std::string>& paths,
                 const ScanOptions& options, ReportSink& sink, std::optional<Level> fail_at = std::nullopt);

// Everything one scan produced, held in memory (explain, tests).
struct ScanResult {
  Diagnostics diag;
  bool fatal = false;
  Report report;
};
ScanResult scan_paths(const model::Graph& graph, const Policy& policy,
                      const std::vector<std::string>& paths, const std::string& tool_version,
                      const waiver::WaiverSet* waivers = nullptr);
// The same over BOMs already read (tests, benchmarks); problems go to `diag`.
Report scan_boms(const model::Graph& graph, const Policy& policy, std::vector<io::BomFile> boms,
                 const std::string& tool_version, Diagnostics& diag,
                 const waiver::WaiverSet* waivers = nullptr);

// True when an unsuppressed line is at or above `level` (`--fail-on`, exit 1).
bool fails_at(const Report& report, Level level);

}  // namespace chainrisk::score
