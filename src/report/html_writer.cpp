// The HTML report: one self-contained page (inline CSS, SVG and a small script; nothing
// fetched) with the summary, the exposure charts, a sortable table of lines with their
// evidence, the problems, the datasets and the method (docs/formats.md, "HTML report").
//
// Memory stays bounded: the charts need aggregates by country and commodity × country,
// which are added up line by line; the rows, rendered to strings as they come, are kept for
// the page's end, at most kMaxRows of them, since the charts come before the table and are
// only complete at end().
#include <fmt/format.h>

#include <string>
#include <vector>

#include "chainrisk/report/writers.hpp"
#include "html_parts.hpp"

namespace chainrisk::report {
namespace {

class HtmlWriter final : public ReportWriter {
 public:
  HtmlWriter(const WriteOptions& o, std::ostream& out) : o_(o), out_(out) {}

  void begin(const score::ReportHead& head) override {
    head_ = head;
    out_ << html::page_start(head_);
  }

  void line(const score::LineReport& l) override {
    exposure_.add(l);
    if (l.level < o_.min_level) return;
    ++shown_;
    if (rows_.size() < html::kMaxRows) rows_.push_back(html::line_rows(l, shown_, head_.summary.files > 1));
  }

  void end() override {
    out_ << exposure_.render();
    out_ << "<section id=\"lines\">\n" << lines_heading();
    if (!rows_.empty()) {
      out_ << html::lines_table_start();
      for (const auto& r : rows_) out_ << r;
      out_ << "</table></div>\n";
    }
    out_ << "</section>\n" << html::page_end(head_);
  }

 private:
  // The heading, and what the table leaves out: lines below --min-level, and past the cap.
  std::string lines_heading() const {
    std::size_t scored = head_.summary.scored;
    std::string out = fmt::format("<h2>Lines <small>{} of {}</small></h2>\n", rows_.size(), scored);
    if (shown_ < scored) {
      out += fmt::format("<p class=\"note\">{} {} below {} not listed (<code>--min-level</code>); the charts count "
                         "every line.</p>\n",
                         scored - shown_, scored - shown_ == 1 ? "line" : "lines", score::to_string(o_.min_level));
    }
    if (rows_.size() < shown_) {
      out += fmt::format("<p class=\"note\">The first {} lines are listed; {} more are left out to keep the page "
                         "usable: <code>--min-level</code> lists the lines that matter, and the csv, json and ndjson "
                         "reports have every line.</p>\n",
                         rows_.size(), shown_ - rows_.size());
    }
    if (rows_.empty()) return out + "<p class=\"muted\">No lines to list.</p>\n";
    return out + "<p class=\"note\">In input order<span class=\"sort-hint\" hidden>; select a column heading to "
                 "sort</span>. Evidence is open for high and critical lines, unless suppressed by a waiver.</p>\n";
  }

  WriteOptions o_;
  std::ostream& out_;
  score::ReportHead head_;
  html::Exposure exposure_;
  std::vector<std::string> rows_;
  std::size_t shown_ = 0;  // lines at or above min_level
};

}  // namespace

std::unique_ptr<ReportWriter> make_html_writer(const WriteOptions& options, std::ostream& out) {
  return std::make_unique<HtmlWriter>(options, out);
}

}  // namespace chainrisk::report
