#include "chainrisk/diagnostics.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace chainrisk {

void Diagnostics::add(std::string file, TextPos pos, Severity severity, std::string message) {
  if (severity == Severity::error) ++errors_;
  ++reported_;
  file_order_.try_emplace(file, file_order_.size());
  items_.push_back({std::move(file), pos, severity, std::move(message)});
  if (keep_ && items_.size() >= keep_ + keep_ / 2 + 1) prune();
}

void Diagnostics::promote_warnings() {
  for (auto& d : items_) d.severity = Severity::error;
  errors_ = reported_;
}

void Diagnostics::merge(Diagnostics&& other) {
  std::size_t kept_errors = 0;
  for (auto& d : other.items_) {
    if (d.severity == Severity::error) ++kept_errors;
    add(std::move(d.file), d.pos, d.severity, std::move(d.message));
  }
  reported_ += other.dropped();
  errors_ += other.errors_ - kept_errors;
  other = Diagnostics{};
}

void Diagnostics::keep_first(std::size_t n) {
  keep_ = n;
  if (keep_ && items_.size() > keep_) prune();
}

void Diagnostics::sort_by_position() {
  std::stable_sort(items_.begin(), items_.end(), [&](const Diagnostic& a, const Diagnostic& b) {
    if (a.file != b.file) return file_order_.at(a.file) < file_order_.at(b.file);
    if (a.pos.line != b.pos.line) return a.pos.line < b.pos.line;
    return a.pos.col < b.pos.col;
  });
}

// Sorting and cutting only when the list reaches one and a half times the cap keeps adding
// cheap (a sort per keep/2 problems) and the list within 1.5 × keep.
void Diagnostics::prune() {
  sort_by_position();
  std::vector<std::string> with_error;
  std::size_t kept = 0;
  for (std::size_t i = 0; i < items_.size(); ++i) {
    const auto& d = items_[i];
    bool first_error = d.severity == Severity::error &&
                       std::find(with_error.begin(), with_error.end(), d.file) == with_error.end();
    if (first_error) with_error.push_back(d.file);
    if (kept >= keep_ && !first_error) continue;
    if (kept != i) items_[kept] = std::move(items_[i]);
    ++kept;
  }
  items_.erase(items_.begin() + static_cast<std::ptrdiff_t>(kept), items_.end());
}

std::string format_diagnostic(const Diagnostic& d) {
  std::string_view sev = d.severity == Severity::error ? "error" : "warning";
  if (d.pos.line == 0) return fmt::format("{}: {}: {}", d.file, sev, d.message);
  if (d.pos.col == 0) return fmt::format("{}:{}: {}: {}", d.file, d.pos.line, sev, d.message);
  return fmt::format("{}:{}:{}: {}: {}", d.file, d.pos.line, d.pos.col, sev, d.message);
}

}  // namespace chainrisk
