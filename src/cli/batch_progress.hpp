#pragma once

#include <string>

#include "chainrisk/batch/batch.hpp"

namespace chainrisk::cli {

enum class ProgressStyle { none, lines, bar };

// Reports `batch` progress on stderr: a bar redrawn in place on a terminal (files done,
// lines per second, time left), one log line per BOM otherwise, nothing but errors with -q.
class BatchProgress {
 public:
  explicit BatchProgress(ProgressStyle style) : style_(style) {}
  // Called once per BOM done (serialised by batch::run_batch).
  void update(const batch::Progress& p);
  // Clear the bar and log the totals and where the index is.
  void finish(const batch::Index& index, const std::string& out_dir);

 private:
  void draw_bar(const batch::Progress& p);
  void clear_bar();

  ProgressStyle style_;
  bool bar_shown_ = false;
};

}  // namespace chainrisk::cli
