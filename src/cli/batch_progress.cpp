#include "batch_progress.hpp"

#include <unistd.h>

#include <spdlog/spdlog.h>

#include <fmt/format.h>

#include <algorithm>
#include <iostream>

#include "chainrisk/report/escape.hpp"
#include "terminal.hpp"

namespace chainrisk::cli {
namespace {

std::string duration(double seconds) {
  auto s = static_cast<long>(seconds + 0.5);
  return s >= 3600 ? fmt::format("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60) : fmt::format("{}:{:02}", s / 60, s % 60);
}

// Seconds left, from the input bytes done (BOM sizes differ a lot), else from files done.
double time_left(const batch::Progress& p) {
  double done = p.total_bytes > 0 ? static_cast<double>(p.bytes) / static_cast<double>(p.total_bytes)
                                  : static_cast<double>(p.done) / static_cast<double>(p.total);
  return done > 0 ? p.elapsed * (1 - done) / done : 0;
}

std::string entry_text(const batch::BomEntry& e) {
  if (e.status == batch::Status::failed) return fmt::format("{}: not screened", e.input);
  return fmt::format("{}: {} {:.1f}, {} lines", e.input, score::to_string(e.summary.level), e.summary.score,
                     e.summary.lines);
}

// Problems are shown whatever the style. A failed input's error is already a diagnostic
// (`FILE:LINE:COL: error: message`), printed as scan prints it; row errors are a warning.
void log_problem(const batch::BomEntry& e) {
  if (e.status == batch::Status::failed) {
    std::cerr << report::terminal_safe(e.error) << '\n';
  } else if (e.status == batch::Status::errors) {
    spdlog::warn("{}: {} errors in the input (the report lists them); first: {}", e.input, e.error_count, e.error);
  }
}

}  // namespace

void BatchProgress::update(const batch::Progress& p) {
  if (style_ == ProgressStyle::bar) clear_bar();
  log_problem(p.entry);
  if (style_ == ProgressStyle::lines) {
    spdlog::info("[{}/{}] {}", p.done, p.total, report::terminal_safe(entry_text(p.entry)));
  }
  if (style_ == ProgressStyle::bar) draw_bar(p);
}

void BatchProgress::draw_bar(const batch::Progress& p) {
  double rate = p.elapsed > 0 ? static_cast<double>(p.lines) / p.elapsed : 0;
  std::string text = fmt::format(" {}/{} files  {:.0f} lines/s  {} left", p.done, p.total, rate,
                                 duration(time_left(p)));
  std::size_t width = terminal_width(STDERR_FILENO);
  std::size_t bar = std::min<std::size_t>(30, width > text.size() + 12 ? width - text.size() - 3 : 10);
  auto filled = static_cast<std::size_t>(static_cast<double>(bar) * static_cast<double>(p.done) /
                                         static_cast<double>(std::max<std::size_t>(p.total, 1)));
  std::cerr << '\r' << '[' << std::string(filled, '#') << std::string(bar - filled, '.') << ']' << text
            << "\033[K" << std::flush;
  bar_shown_ = true;
}

void BatchProgress::clear_bar() {
  if (!bar_shown_) return;
  std::cerr << "\r\033[K" << std::flush;
  bar_shown_ = false;
}

void BatchProgress::finish(const batch::Index& index, const std::string& out_dir) {
  clear_bar();
  const auto& t = index.totals;
  const auto& c = t.counts;
  spdlog::info("screened {} of {} BOMs ({} lines) in {:.1f} s on {} jobs: {} critical, {} high, {} medium, {} low, "
               "{} none; {} not screened, {} with errors",
               t.screened, t.files, t.lines, index.seconds, index.jobs, c[4], c[3], c[2], c[1], c[0], t.failed,
               t.with_errors);
  spdlog::info("index: {}/index.html", report::terminal_safe(out_dir));
}

}  // namespace chainrisk::cli
