// The human format: one row per BOM line in aligned columns, the line's evidence beneath
// it, then a summary and the sources cited. Fits `width` columns on a terminal; untruncated
// when piped (width 0), so `grep` sees whole messages.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <set>
#include <sstream>

#include "chainrisk/report/escape.hpp"
#include "chainrisk/report/writers.hpp"
#include "table_charts.hpp"

namespace chainrisk::report {
namespace {

using score::Level;

constexpr std::size_t kColumns = 8;
constexpr std::array<std::string_view, kColumns> kHeaders{
    "LINE", "ID", "DESCRIPTION", "COMMODITY", "ORIGIN", "SUPPLIER", "SCORE", "LEVEL"};
// Widest a column grows, and the narrowest it shrinks to when the terminal is narrow.
constexpr std::array<std::size_t, kColumns> kMaxWidth{40, 20, 40, 20, 8, 28, 5, 8};
constexpr std::array<std::size_t, kColumns> kMinWidth{8, 6, 12, 9, 6, 8, 5, 8};
constexpr std::size_t kGap = 2;

using Row = std::array<std::string, kColumns>;

Row row_of(const score::LineReport& l, bool many_files) {
  std::string where = many_files ? fmt::format("{}:{}", l.file, l.line) : std::to_string(l.line);
  std::string origin = l.origin ? *l.origin : "-";
  // "CN/XJ": the subdivision part of the ISO 3166-2 code after the origin.
  if (l.region) origin.append("/").append(l.region->substr(l.region->find('-') + 1));
  return {terminal_safe(where),
          terminal_safe(l.id.empty() ? "-" : l.id),
          terminal_safe(l.description.empty() ? l.material : l.description),
          l.commodity ? *l.commodity : "?",
          origin,
          terminal_safe(l.supplier.empty() ? "-" : l.supplier),
          fmt::format("{:.1f}", l.score),
          std::string(score::to_string(l.level))};
}

// Column widths: content width within the caps, then shrunk (description first, then
// supplier, id, commodity) until the row fits the terminal; on a very narrow terminal the
// supplier and then the id column are dropped (width 0).
std::array<std::size_t, kColumns> widths_for(const std::vector<Row>& rows, std::size_t width) {
  std::array<std::size_t, kColumns> w{};
  for (std::size_t c = 0; c < kColumns; ++c) {
    w[c] = display_width(kHeaders[c]);
    for (const auto& r : rows) w[c] = std::max(w[c], std::min(display_width(r[c]), kMaxWidth[c]));
  }
  if (width == 0) return w;
  auto total = [&] {
    std::size_t t = 0;
    for (auto x : w) t += x ? x + kGap : 0;
    return t - kGap;
  };
  for (std::size_t c : {2u, 5u, 1u, 3u, 0u}) {
    while (total() > width && w[c] > std::max(kMinWidth[c], display_width(kHeaders[c]))) --w[c];
  }
  for (std::size_t c : {5u, 1u}) {
    if (total() > width) w[c] = 0;
  }
  return w;
}

void print_row(const Row& r, const std::array<std::size_t, kColumns>& w, std::ostream& out,
               const WriteOptions& o, std::optional<Level> level) {
  std::string line;
  for (std::size_t c = 0; c < kColumns; ++c) {
    if (w[c] == 0) continue;  // dropped to fit the terminal
    std::string cell = truncate_to_width(r[c], w[c]);
    std::size_t pad = w[c] - display_width(cell);
    bool right = c == 6;
    if (right) line.append(pad, ' ');
    line += (c == 7 && level) ? paint(cell, *level, o.color) : cell;
    if (!right && c + 1 < kColumns) line.append(pad, ' ');
    if (c + 1 < kColumns) line.append(kGap, ' ');
  }
  out << line << '\n';
}

void print_signals(const score::LineReport& l, const WriteOptions& o, std::ostream& out) {
  // First, so a reader skimming a waived line sees why it does not count.
  if (l.suppressed) {
    std::string text = fmt::format("    {:<10}       by {}: {}", "suppressed", terminal_safe(l.suppressed_by),
                                   terminal_safe(l.suppressed_reason));
    out << (o.width ? truncate_to_width(text, o.width) : text) << '\n';
  }
  for (const auto& s : l.signals()) {
    std::string text = fmt::format("    {:<10} {:4.2f}  {}", s.kind, s.weight, terminal_safe(s.message));
    if (!s.sources.empty()) text += fmt::format("  [{}]", fmt::join(s.sources, ", "));
    if (o.width) text = truncate_to_width(text, o.width);
    out << text << '\n';
  }
  if (!l.level_from_child.empty()) {
    out << fmt::format("    {:<10}       level {} from child line {}\n", "assembly",
                       score::to_string(l.level), terminal_safe(l.level_from_child));
  }
}

void print_summary(const score::ReportHead& rep, const WriteOptions& o, std::size_t shown,
                   std::ostream& out) {
  const auto& s = rep.summary;
  std::vector<std::string> counts;
  for (std::size_t i = score::kLevelCount; i-- > 0;) {
    auto l = static_cast<Level>(i);
    counts.push_back(paint(fmt::format("{} {}", s.counts[i], score::to_string(l)), l, o.color && s.counts[i]));
  }
  out << fmt::format("{} {} in {} {}: {}", s.lines, s.lines == 1 ? "line" : "lines", s.files,
                     s.files == 1 ? "file" : "files", fmt::join(counts, ", "));
  out << fmt::format("; {} unresolved, {} suppressed, {} {}\n", s.unresolved, s.suppressed,
                     s.errors, s.errors == 1 ? "error" : "errors");
  out << fmt::format("highest score {:.1f}, level {}", s.score, paint(score::to_string(s.level), s.level, o.color));
  if (s.exposure) out << fmt::format(", spend-weighted score {:.1f}", *s.exposure);
  if (shown < s.scored) {
    out << fmt::format(" ({} lines below {} hidden)", s.scored - shown, score::to_string(o.min_level));
  }
  out << '\n';
  // Per file when there are several; a file that could not be read is named here too:
  // stderr may have scrolled away.
  for (const auto& f : rep.files) {
    if (!f.error.empty()) {
      out << fmt::format("not read: {}: {}\n", terminal_safe(f.file), terminal_safe(f.error));
    } else if (rep.files.size() > 1) {
      out << fmt::format("  {}: {} {}, level {}, highest score {:.1f}{}\n", terminal_safe(f.file), f.scored,
                         f.scored == 1 ? "line" : "lines", paint(score::to_string(f.level), f.level, o.color), f.score,
                         f.exposure ? fmt::format(", spend-weighted {:.1f}", *f.exposure) : "");
    }
  }
}

void print_sources(const score::ReportHead& rep, const std::set<std::string>& cited, std::ostream& out) {
  if (cited.empty()) return;
  out << "\nSources:\n";
  std::vector<const score::DatasetRef*> used;
  std::size_t width = 0;
  for (const auto& d : rep.datasets) {
    if (std::any_of(cited.begin(), cited.end(),
                    [&](const std::string& c) { return c.compare(0, d.id.size() + 1, d.id + ":") == 0; })) {
      used.push_back(&d);
      width = std::max(width, d.id.size());
    }
  }
  for (const auto* d : used) {
    std::string title = d->title.empty() ? "" : d->title + ", ";
    out << fmt::format("  {:<{}} {}{} ({}, {})\n", d->id, width, title, d->publisher, d->published, d->source);
  }
}

// Column widths depend on every row shown, so the rows (not the lines) are kept until the
// end: the table is for people; large scans go to json, ndjson or csv.
class TableWriter final : public ReportWriter {
 public:
  TableWriter(const WriteOptions& o, std::ostream& out) : o_(o), out_(out) {}

  void begin(const score::ReportHead& head) override { head_ = head; }

  void line(const score::LineReport& l) override {
    if (l.level < o_.min_level) return;
    if (o_.terminal) charts_.add(l);
    rows_.push_back(row_of(l, head_.summary.files > 1));
    // A suppressed line's level is not painted: it does not count (docs/waivers.md).
    levels_.push_back(l.suppressed ? std::nullopt : std::optional(l.level));
    std::ostringstream signals;
    print_signals(l, o_, signals);
    signals_.push_back(std::move(signals).str());
    for (const auto& s : l.signals()) cited_.insert(s.sources.begin(), s.sources.end());
  }

  void end() override {
    if (!rows_.empty()) {
      auto w = widths_for(rows_, o_.width);
      Row header;
      for (std::size_t c = 0; c < kColumns; ++c) header[c] = kHeaders[c];
      print_row(header, w, out_, o_, std::nullopt);
      for (std::size_t i = 0; i < rows_.size(); ++i) {
        print_row(rows_[i], w, out_, o_, levels_[i]);
        out_ << signals_[i];
      }
      out_ << '\n';
    }
    print_summary(head_, o_, rows_.size(), out_);
    if (o_.terminal) charts_.print(o_, out_);
    print_sources(head_, cited_, out_);
  }

 private:
  WriteOptions o_;
  std::ostream& out_;
  score::ReportHead head_;
  std::vector<Row> rows_;
  std::vector<std::optional<Level>> levels_;
  std::vector<std::string> signals_;
  std::set<std::string> cited_;
  TerminalCharts charts_;
};

}  // namespace

std::unique_ptr<ReportWriter> make_table_writer(const WriteOptions& options, std::ostream& out) {
  return std::make_unique<TableWriter>(options, out);
}

}  // namespace chainrisk::report
