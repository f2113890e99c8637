#pragma once
// The pieces of the HTML report (html_writer.cpp): page frame and head sections, one line's
// rows, and the exposure aggregates with their charts. Every function returns markup with
// all data already escaped by html_escape.

#include <array>
#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>

#include "chainrisk/score/report.hpp"

namespace chainrisk::report::html {

// Most line rows the page shows; the rest are counted in a note (json and table have them all).
inline constexpr std::size_t kMaxRows = 5000;
// Bars in the country chart, and the heat map's rows (commodities) and columns (countries).
inline constexpr std::size_t kMaxBars = 15;
inline constexpr std::size_t kHeatRows = 12;
inline constexpr std::size_t kHeatColumns = 10;

// `<span class="lvl lvl-high">high</span>`: the level's colour and its name.
std::string level_badge(score::Level l);
// 1234567.8 → "1,234,568".
std::string format_amount(double v);
// 1234567.8 → "1.2M", 98000 → "98k", 950 → "950".
std::string format_short(double v);

// The page's inline style sheet and script (html_assets.cpp).
std::string_view stylesheet();
std::string_view script();

// Everything up to and including the summary, the files and the problems.
std::string page_start(const score::ReportHead& head);
// The datasets, the method, and the end of the document.
std::string page_end(const score::ReportHead& head);

// One BOM line as a `<tbody>`: the row, then its evidence in `<details>` (open from
// `high` up). `index` is the input position, so sorting can restore input order.
std::string line_rows(const score::LineReport& l, std::size_t index, bool many_files);
// The lines table's opening tags, header row included.
std::string lines_table_start();

// Spend (or, without any numeric spend, line count) per level in one bucket of lines.
struct Tally {
  std::array<double, score::kLevelCount> spend{};
  std::array<std::size_t, score::kLevelCount> lines{};
  double spend_score = 0;  // Σ spend × score / 100: the spend at risk
  double score_sum = 0;    // Σ score / 100: the lines at risk
  std::size_t line_count = 0;
  score::Level top = score::Level::none;

  // Count `l` with `line_spend` (0 when it has no usable spend).
  void add(const score::LineReport& l, double line_spend);
  double spend_total() const;
  // What the charts rank by: spend at risk, or lines at risk when no spend is given.
  double exposure(bool by_spend) const { return by_spend ? spend_score : score_sum; }
};

// The aggregates the charts need, by origin country and by commodity × country. Bounded
// by the number of distinct countries and commodities, never by the number of lines.
class Exposure {
 public:
  void add(const score::LineReport& l);
  // The exposure section: a bar chart by country and the commodity × country heat map.
  std::string render() const;

 private:
  bool by_spend() const { return with_spend_ > 0; }
  std::string unit() const;
  std::string bar_chart() const;
  std::string heat_map() const;
  std::string caption() const;

  std::map<std::string, Tally> by_country_;  // "" = origin not given
  std::map<std::string, Tally> by_commodity_;  // "" = commodity unresolved
  std::map<std::pair<std::string, std::string>, Tally> by_cell_;  // (commodity, country)
  std::map<std::string, std::string> commodity_names_;
  std::set<std::string> currencies_;  // at most kMaxCurrencies kept
  bool more_currencies_ = false;
  std::size_t with_spend_ = 0, without_spend_ = 0, suppressed_ = 0;
};

}  // namespace chainrisk::report::html
