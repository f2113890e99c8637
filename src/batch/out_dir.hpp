#pragma once

#include <memory>
#include <set>
#include <string>

#include "chainrisk/batch/batch.hpp"
#include "chainrisk/report/atomic_file.hpp"

namespace chainrisk::batch {

// Create `dir` (and its parents) when missing. Throws UsageError when it exists and is not a
// directory, or cannot be created.
void prepare_out_dir(const std::string& dir);

// An atomic file for the report `name` (a sanitised name, no `/`) in `dir`. Throws
// UsageError when `dir/name` exists and is not a regular file: a symlink planted there is
// refused, never written through.
std::unique_ptr<report::AtomicFile> open_report(const std::string& dir, const std::string& name);

// The report names the index.json of a previous run in `dir` lists (none when it has no
// readable index of this schema).
std::set<std::string> previous_reports(const std::string& dir);

// Write index.json and index.html into `dir`, atomically.
void write_index_files(const std::string& dir, const Index& index);

// Remove the reports of a previous run that this run did not write again (inputs now gone
// or failed): only names in `previous` that are safe names and regular files.
void remove_stale_reports(const std::string& dir, const std::set<std::string>& previous, const Index& index);

}  // namespace chainrisk::batch
