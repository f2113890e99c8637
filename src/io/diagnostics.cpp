#include "chainrisk/diagnostics.hpp"

#include <fmt/format.h>

namespace chainrisk {

void Diagnostics::add(std::string file, TextPos pos, Severity severity, std::string message) {
  if (severity == Severity::error) ++errors_;
  items_.push_back({std::move(file), pos, severity, std::move(message)});
}

void Diagnostics::promote_warnings() {
  for (auto& d : items_) d.severity = Severity::error;
  errors_ = items_.size();
}

std::string format_diagnostic(const Diagnostic& d) {
  std::string_view sev = d.severity == Severity::error ? "error" : "warning";
  if (d.pos.line == 0) return fmt::format("{}: {}: {}", d.file, sev, d.message);
  if (d.pos.col == 0) return fmt::format("{}:{}: {}: {}", d.file, d.pos.line, sev, d.message);
  return fmt::format("{}:{}:{}: {}: {}", d.file, d.pos.line, d.pos.col, sev, d.message);
}

}  // namespace chainrisk
