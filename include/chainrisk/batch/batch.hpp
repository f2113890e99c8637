#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "chainrisk/model/graph.hpp"
#include "chainrisk/report/writers.hpp"
#include "chainrisk/score/policy.hpp"
#include "chainrisk/score/report.hpp"
#include "chainrisk/waiver/waivers.hpp"

// `chainrisk batch`: many BOMs screened in parallel into one directory, one report per BOM
// per format plus an index ranking them (docs/batch.md).
namespace chainrisk::batch {

// --- Discovery ---

// One input to screen, as discovered.
struct Input {
  std::string path;        // as the user named it, or the directory given joined with the file
  std::string error;       // why it cannot be screened before reading ("no file matches"); "" if none
  std::uintmax_t size = 0;  // bytes, for the time-left estimate (0 when unknown)
};

// True when `name` ends in a BOM extension searched for in directories: .csv, .tsv or .json
// (so .cdx.json too), case-insensitive.
bool has_bom_extension(std::string_view name);

// Expand `args` into the inputs to screen: a file is taken as given (any extension), a
// directory is searched recursively for BOM extensions (hidden entries, directory symlinks and
// `skip_dir` — the output directory — are skipped), and a pattern with `*`, `?` or `[` that
// names no existing path is expanded with glob(3). A path that does not exist is kept (reading
// it fails and is reported); a pattern matching nothing is kept with its error. The result is
// sorted by path, each real file once.
std::vector<Input> discover_inputs(const std::vector<std::string>& args, const std::string& skip_dir = "");

// --- Naming ---

// `name` reduced to a safe file name: every run of characters outside [A-Za-z0-9._-] becomes
// one `_`, leading dots become `_` (no hidden names, never `.` or `..`), "" becomes `bom`, and
// a name longer than kMaxStem bytes is cut and ends in a hash of the whole.
std::string sanitise_name(std::string_view name);
inline constexpr std::size_t kMaxStem = 100;

// One report stem per input, index-aligned with `paths`: the path relative to the inputs'
// common directory, `/` becoming `_`, sanitised. Stems are unique ignoring case (later
// duplicates get `-2`, `-3`... in the order given) and never `index`.
std::vector<std::string> report_stems(const std::vector<std::string>& paths);

// The file extension of a report in `format` (".json", ".html", ".junit.xml"...; an unknown
// format `x` gives ".x").
std::string report_extension(std::string_view format);

// --- Running ---

// What happened to one BOM.
enum class Status { ok, errors, failed };  // failed: not read; errors: read with row errors
std::string_view to_string(Status s);

struct BomEntry {
  std::string input;  // Input::path
  std::string stem;
  std::vector<std::pair<std::string, std::string>> reports;  // format → file name in the out dir
  Status status = Status::ok;
  std::string error;  // the first error, as `FILE:LINE:COL: message`; "" when none
  std::size_t error_count = 0, warning_count = 0;
  std::string format;      // csv, json or cyclonedx ("" when not read)
  score::Summary summary;  // of this BOM alone
  bool fails = false;      // an unsuppressed line is at or above --fail-on
  double seconds = 0;      // wall time screening and writing it
};

struct Options {
  std::vector<std::string> inputs;       // files, directories, globs
  std::string out_dir;
  std::vector<std::string> formats{"json"};  // names of the report writer registry
  unsigned jobs = 0;                     // 0: std::thread::hardware_concurrency()
  report::WriteOptions write;            // min_level and fail_on for the reports
  std::string tool_version;
  // Rules whose lines every report shows suppressed (docs/waivers.md), shared by all jobs;
  // none when null. `waivers_file` names them in the index ("" for none).
  const waiver::WaiverSet* waivers = nullptr;
  std::string waivers_file;
};

// Passed after each BOM is done, serialised (never two calls at once).
struct Progress {
  std::size_t done = 0, total = 0;
  std::size_t lines = 0;                       // BOM lines read so far
  std::uintmax_t bytes = 0, total_bytes = 0;  // input bytes done / to do
  double elapsed = 0;                         // seconds since the start
  const BomEntry& entry;                      // the BOM just done
};
using ProgressFn = std::function<void(const Progress&)>;

struct Totals {
  std::size_t files = 0, screened = 0, failed = 0, with_errors = 0;
  std::size_t lines = 0, unresolved = 0, suppressed = 0, row_errors = 0;
  std::array<std::size_t, score::kLevelCount> counts{};  // lines by level
  std::array<std::size_t, score::kLevelCount> boms{};    // screened BOMs by level
  score::Level level = score::Level::none;
  double score = 0;
  std::size_t failing = 0;  // BOMs with a line at or above --fail-on
};

// Everything the index shows: entries ranked (rank_entries) and their totals.
struct Index {
  std::string tool_version;
  std::vector<score::DatasetRef> datasets;
  std::vector<std::string> formats;
  std::optional<score::Level> fail_on;
  std::string waivers_file;  // "" when no waivers applied
  std::vector<BomEntry> entries;
  Totals totals;
  double seconds = 0;
  unsigned jobs = 0;
};

// Screen every input of `options` into `options.out_dir` on `options.jobs` threads and write
// index.json and index.html there; `graph` and `policy` are shared read-only. A BOM that
// fails is an entry with its error, never an exception. Throws UsageError for an unknown
// format, no inputs, or an out dir that cannot be created or is not a directory.
Index run_batch(const model::Graph& graph, const score::Policy& policy, const Options& options,
                const ProgressFn& progress = {});

// --- Index ---

// Order `entries` for the index: screened BOMs by level, then score (both highest first),
// then the number of lines at each level from critical down (most first), then input path;
// inputs that were not read last, by path.
void rank_entries(std::vector<BomEntry>& entries);
Totals compute_totals(const std::vector<BomEntry>& entries);

// index.json: schema chainrisk.batch-index/v1 (docs/batch.md).
void write_index_json(const Index& index, std::ostream& out);
// index.html: one self-contained page (inline CSS, no scripts or external resources), every
// value HTML-escaped.
void write_index_html(const Index& index, std::ostream& out);

}  // namespace chainrisk::batch
