// One CSV row per reported BOM line, for spreadsheets and scripts (docs/formats.md, "CSV
// report"): RFC 4180 with LF line ends, UTF-8 without a byte-order mark, a header row, and
// every field neutralised against formula injection (escape.hpp csv_neutralise).
#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "block_output.hpp"
#include "chainrisk/report/escape.hpp"
#include "chainrisk/report/writers.hpp"

namespace chainrisk::report {
namespace {

constexpr std::array<std::string_view, 21> kColumns{
    "file", "line", "id", "parent", "description", "material", "hs_code", "supplier", "supplier_country",
    "origin", "region", "commodity", "score", "level", "suppressed", "suppressed_reason", "top_signal_kind",
    "top_signal_message", "labor", "sources", "signals"};

// The signal that weighs most on the line: a forcing one first (it alone makes the line
// critical), then the highest weight, the first of equals; nullptr when none weighs anything.
const score::Signal* top_signal(const score::SignalList& signals) {
  const score::Signal* top = nullptr;
  for (const auto& s : signals) {
    if (!s.forcing && s.weight <= 0) continue;
    if (!top || (s.forcing && !top->forcing) || (s.forcing == top->forcing && s.weight > top->weight)) top = &s;
  }
  return top;
}

// "child; forced": the labor every signal of the line is about.
std::string labor_of(const score::SignalList& signals) {
  std::uint8_t bits = 0;
  for (const auto& s : signals) bits = static_cast<std::uint8_t>(bits | s.labor);
  std::string out;
  if (bits & 1) out = "child";
  if (bits & 2) out += out.empty() ? "forced" : "; forced";
  return out;
}

// Every source the line's signals cite, once each, in the order first cited.
std::string sources_of(const score::SignalList& signals) {
  std::vector<std::string_view> seen;
  for (const auto& s : signals) {
    for (const auto& src : s.sources) {
      if (std::find(seen.begin(), seen.end(), src) == seen.end()) seen.push_back(src);
    }
  }
  return fmt::format("{}", fmt::join(seen, "; "));
}

class CsvWriter final : public ReportWriter {
 public:
  CsvWriter(const WriteOptions& o, std::ostream& out) : o_(o), out_(out) {}

  void begin(const score::ReportHead&) override {
    for (std::size_t i = 0; i < kColumns.size(); ++i) {
      if (i) out_.buf += ',';
      out_.buf += kColumns[i];
    }
    out_.buf += '\n';
  }

  void line(const score::LineReport& l) override {
    if (l.level < o_.min_level) return;
    const auto& signals = l.signals();
    const auto* top = top_signal(signals);
    // Computed cells are held here: `row` only views them.
    std::string number = std::to_string(l.line), score = fmt::format("{:.1f}", l.score);
    std::string reason = l.suppressed_reason, labor = labor_of(signals), sources = sources_of(signals);
    std::string count = std::to_string(signals.size());
    const std::array<std::string_view, kColumns.size()> row{
        l.file, number, l.id, l.parent, l.description, l.material, l.hs_code, l.supplier,
        or_empty(l.supplier_country), or_empty(l.origin), or_empty(l.region), or_empty(l.commodity),
        score, score::to_string(l.level), l.suppressed ? "true" : "false", reason,
        top ? std::string_view(top->kind) : "", top ? std::string_view(top->message) : "",
        labor, sources, count};
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (i) out_.buf += ',';
      append_csv_field(out_.buf, row[i]);
    }
    out_.buf += '\n';
    // Written in blocks of about 1 MB, as the lines come: few writes, bounded memory.
    out_.block_done();
  }

  void end() override { out_.flush(); }

 private:
  static std::string_view or_empty(const std::optional<std::string>& s) { return s ? std::string_view(*s) : ""; }

  WriteOptions o_;
  BlockOutput out_;
};

}  // namespace

std::unique_ptr<ReportWriter> make_csv_writer(const WriteOptions& options, std::ostream& out) {
  return std::make_unique<CsvWriter>(options, out);
}

}  // namespace chainrisk::report
