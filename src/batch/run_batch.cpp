#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <memory>
#include <mutex>
#include <thread>

#include <fmt/format.h>

#include "chainrisk/batch/batch.hpp"
#include "chainrisk/error.hpp"
#include "chainrisk/report/atomic_file.hpp"
#include "chainrisk/score/scan.hpp"
#include "out_dir.hpp"

namespace chainrisk::batch {
namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

// What every task shares, read-only.
struct Context {
  const model::Graph& graph;
  const score::Policy& policy;
  const Options& options;
  std::vector<const report::WriterInfo*> writers;
};

// Streams one scan into the writer of every format at once: each BOM is read once however
// many formats are asked for, and no report is held in memory, so a job's memory stays
// bounded by the scan's, whatever the size of the BOM.
class FanOut final : public score::ReportSink {
 public:
  void add(std::unique_ptr<score::ReportSink> sink) { sinks_.push_back(std::move(sink)); }
  void begin(const score::ReportHead& head) override {
    for (auto& s : sinks_) s->begin(head);
  }
  void line(const score::LineReport& line) override {
    for (auto& s : sinks_) s->line(line);
  }
  void end() override {
    for (auto& s : sinks_) s->end();
  }

 private:
  std::vector<std::unique_ptr<score::ReportSink>> sinks_;
};

// What screening one BOM tells the index, from the head of its report and its problems.
struct Screened {
  bool read = false;  // false: the file could not be read at all (no report)
  std::string format;
  score::Summary summary;
  std::size_t errors = 0, warnings = 0;
  std::string first_error;
  bool fails = false;
};

// The only place batch touches the scan pipeline: screen the BOM at `path`, streaming its
// report into `sink`.
Screened screen_one(const Context& ctx, const std::string& path, score::ReportSink& sink) {
  score::ScanOptions so;
  so.tool_version = ctx.options.tool_version;
  so.waivers = ctx.options.waivers;
  auto outcome = score::scan(ctx.graph, ctx.policy, {path}, so, sink, ctx.options.write.fail_on);
  Screened s;
  s.read = !outcome.fatal;
  s.summary = outcome.head.summary;
  if (s.read && !outcome.head.files.empty()) s.format = outcome.head.files.front().format;
  s.errors = outcome.diag.errors();
  s.warnings = outcome.diag.warnings();
  for (const auto& d : outcome.diag.items()) {
    if (d.severity != Severity::error) continue;
    s.first_error = format_diagnostic(d);
    break;
  }
  s.fails = outcome.failing;
  return s;
}

void fill_entry(BomEntry& e, Screened&& s) {
  e.format = std::move(s.format);
  e.summary = s.summary;
  e.error_count = s.errors;
  e.warning_count = s.warnings;
  e.error = std::move(s.first_error);
  e.fails = s.fails;
  e.status = !s.read ? Status::failed : s.errors > 0 ? Status::errors : Status::ok;
}

// Screen one input into its reports. Never throws: a failure becomes the entry's error.
BomEntry process(const Context& ctx, const Input& in, const std::string& stem) {
  auto start = Clock::now();
  BomEntry e;
  e.input = in.path;
  e.stem = stem;
  if (!in.error.empty()) {
    e.status = Status::failed;
    e.error = fmt::format("{}: error: {}", in.path, in.error);
    e.error_count = 1;
    return e;
  }
  try {
    // Every report goes to a temporary file until commit: a BOM that cannot be read gets
    // no report, and a run stopped midway leaves the previous report or none, never half.
    std::vector<std::unique_ptr<report::AtomicFile>> files;
    FanOut sink;
    for (const auto* w : ctx.writers) {
      files.push_back(open_report(ctx.options.out_dir, stem + report_extension(w->name)));
      sink.add(w->make(ctx.options.write, files.back()->stream()));
    }
    fill_entry(e, screen_one(ctx, in.path, sink));
    for (std::size_t i = 0; e.status != Status::failed && i < files.size(); ++i) {
      files[i]->commit();
      e.reports.emplace_back(std::string(ctx.writers[i]->name), stem + report_extension(ctx.writers[i]->name));
    }
  } catch (const std::exception& ex) {
    e.status = Status::failed;
    e.error = fmt::format("{}: error: {}", in.path, ex.what());
    e.error_count = std::max<std::size_t>(e.error_count, 1);
  }
  e.seconds = seconds_since(start);
  return e;
}

std::vector<const report::WriterInfo*> find_writers(const std::vector<std::string>& formats) {
  std::vector<const report::WriterInfo*> out;
  for (const auto& f : formats) {
    const auto* w = report::find_writer(f);
    if (!w) {
      throw UsageError(fmt::format("unsupported output format \"{}\", supported formats are: {}", f,
                                   report::writer_names()));
    }
    if (std::find(out.begin(), out.end(), w) == out.end()) out.push_back(w);
  }
  if (out.empty()) throw UsageError("batch needs at least one --format");
  return out;
}

unsigned job_count(unsigned asked, std::size_t tasks) {
  unsigned jobs = score::jobs_or_all_cores(asked);
  return static_cast<unsigned>(std::min<std::size_t>(jobs, std::max<std::size_t>(tasks, 1)));
}

// Runs the tasks on `jobs` threads; each result lands at its input's index, so the order of
// the index never depends on scheduling.
class Pool {
 public:
  Pool(const Context& ctx, const std::vector<Input>& inputs, const std::vector<std::string>& stems,
       const ProgressFn& progress)
      : ctx_(ctx), inputs_(inputs), stems_(stems), progress_(progress), entries_(inputs.size()) {
    for (const auto& in : inputs) total_bytes_ += in.size;
  }

  std::vector<BomEntry> run(unsigned jobs) {
    start_ = Clock::now();
    std::vector<std::thread> threads;
    for (unsigned i = 1; i < jobs; ++i) threads.emplace_back([this] { work(); });
    work();
    for (auto& t : threads) t.join();
    return std::move(entries_);
  }

 private:
  void work() {
    for (std::size_t i = next_++; i < inputs_.size(); i = next_++) {
      entries_[i] = process(ctx_, inputs_[i], stems_[i]);
      std::lock_guard lock(mutex_);
      ++done_;
      lines_ += entries_[i].summary.lines;
      bytes_ += inputs_[i].size;
      if (progress_) {
        progress_(Progress{done_, inputs_.size(), lines_, bytes_, total_bytes_, seconds_since(start_), entries_[i]});
      }
    }
  }

  const Context& ctx_;
  const std::vector<Input>& inputs_;
  const std::vector<std::string>& stems_;
  const ProgressFn& progress_;
  std::vector<BomEntry> entries_;
  std::atomic<std::size_t> next_{0};
  std::mutex mutex_;
  std::size_t done_ = 0, lines_ = 0;
  std::uintmax_t bytes_ = 0, total_bytes_ = 0;
  Clock::time_point start_;
};

// Report stems for the inputs that will be read (an input failed in discovery gets none).
std::vector<std::string> stems_for(const std::vector<Input>& inputs) {
  std::vector<std::string> readable;
  for (const auto& in : inputs) {
    if (in.error.empty()) readable.push_back(in.path);
  }
  auto stems = report_stems(readable);
  std::vector<std::string> out;
  std::size_t k = 0;
  for (const auto& in : inputs) out.push_back(in.error.empty() ? stems[k++] : "");
  return out;
}

std::string joined(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : " ") + s;
  return out;
}

}  // namespace

Index run_batch(const model::Graph& graph, const score::Policy& policy, const Options& options,
                const ProgressFn& progress) {
  auto start = Clock::now();
  Context ctx{graph, policy, options, find_writers(options.formats)};
  prepare_out_dir(options.out_dir);
  auto previous = previous_reports(options.out_dir);
  auto inputs = discover_inputs(options.inputs, options.out_dir);
  if (inputs.empty()) {
    throw UsageError(fmt::format("no BOM files in {} (directories are searched for .csv, .tsv and .json files)",
                                 joined(options.inputs)));
  }
  auto stems = stems_for(inputs);
  Index index;
  index.jobs = job_count(options.jobs, inputs.size());
  index.entries = Pool(ctx, inputs, stems, progress).run(index.jobs);
  index.tool_version = options.tool_version;
  for (const auto& d : graph.datasets) {
    index.datasets.push_back({d.id, d.version, d.published, d.publisher, d.title, d.source, d.license});
  }
  for (const auto* w : ctx.writers) index.formats.emplace_back(w->name);
  index.fail_on = options.write.fail_on;
  index.waivers_file = options.waivers ? options.waivers_file : "";
  rank_entries(index.entries);
  index.totals = compute_totals(index.entries);
  write_index_files(options.out_dir, index);
  remove_stale_reports(options.out_dir, previous, index);
  index.seconds = seconds_since(start);
  return index;
}

}  // namespace chainrisk::batch
