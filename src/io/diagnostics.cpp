#include "chainrisk/diagnostics.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <unordered_map>

namespace chainrisk {

void Diagnostics::add(std::string file, TextPos pos, Severity severity, std::string message) {
  if (severity == Severity::error) ++errors_;
  items_.push_back({std::move(file), pos, severity, std::move(message)});
}

void Diagnostics::promote_warnings() {
  for (auto& d : items_) d.severity = Severity::error;
  errors_ = items_.size();
}

void Diagnostics::sort_by_position() {
  std::unordered_map<std::string, std::size_t> file_order;
  for (const auto& d : items_) file_order.emplace(d.file, file_order.size());
  std::stable_sort(items_.begin(), items_.end(), [&](const Diagnostic& a, const Diagnostic& b) {
    std::size_t fa = file_order[a.file], fb = file_order[b.file];
    if (fa != fb) return fa < fb;
    if (a.pos.line != b.pos.line) return a.pos.line < b.pos.line;
    return a.pos.col < b.pos.col;
  });
}

std::string format_diagnostic(const Diagnostic& d) {
  std::string_view sev = d.severity == Severity::error ? "error" : "warning";
  if (d.pos.line == 0) return fmt::format("{}: {}: {}", d.file, sev, d.message);
  if (d.pos.col == 0) return fmt::format("{}:{}: {}: {}", d.file, d.pos.line, sev, d.message);
  return fmt::format("{}:{}:{}: {}: {}", d.file, d.pos.line, d.pos.col, sev, d.message);
}

}  // namespace chainrisk
