#include <fmt/format.h>

#include "chainrisk/report/writers.hpp"

namespace chainrisk::report {
namespace {

constexpr WriterInfo kWriters[] = {
    {"table", write_table, "aligned columns with the evidence of each line (default)"},
    {"json", write_json, "one JSON object, schema chainrisk.report/v1 (docs/formats.md)"},
};

}  // namespace

std::span<const WriterInfo> writers() { return kWriters; }

const WriterInfo* find_writer(std::string_view name) {
  for (const auto& w : kWriters) {
    if (w.name == name) return &w;
  }
  return nullptr;
}

std::string writer_names() {
  std::string out;
  for (const auto& w : kWriters) out += (out.empty() ? "" : ", ") + std::string(w.name);
  return out;
}

}  // namespace chainrisk::report
