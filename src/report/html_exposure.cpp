// The exposure aggregates behind the HTML report's charts: spend (or lines) per level, by
// origin country and by commodity × country, added up one line at a time.
#include <fmt/format.h>

#include <cmath>

#include "chainrisk/report/escape.hpp"
#include "html_parts.hpp"

namespace chainrisk::report::html {
namespace {

// Currencies named in the caption; more than this are "mixed" without a full list.
constexpr std::size_t kMaxCurrencies = 4;

}  // namespace

void Tally::add(const score::LineReport& l, double line_spend) {
  auto i = static_cast<std::size_t>(l.level);
  spend_score += line_spend * l.score / 100;
  score_sum += l.score / 100;
  spend[i] += line_spend;
  ++lines[i];
  ++line_count;
  if (l.level > top) top = l.level;
}

double Tally::spend_total() const {
  double total = 0;
  for (double s : spend) total += s;
  return total;
}

// Suppressed lines are waived (methodology.md §5 leaves them out of the summary level), so
// they are left out of the exposure too. A negative or non-finite spend would distort the
// bars: it counts as no spend.
void Exposure::add(const score::LineReport& l) {
  if (l.suppressed) {
    ++suppressed_;
    return;
  }
  bool numeric = l.spend && std::isfinite(*l.spend) && *l.spend >= 0;
  if (numeric) {
    ++with_spend_;
    if (currencies_.size() < kMaxCurrencies || currencies_.count(l.currency)) {
      currencies_.insert(l.currency);
    } else {
      more_currencies_ = true;
    }
  } else {
    ++without_spend_;
  }
  double spend = numeric ? *l.spend : 0;
  std::string country = l.origin.value_or("");
  std::string commodity = l.commodity.value_or("");
  if (!commodity.empty() && !commodity_names_.count(commodity)) {
    commodity_names_[commodity] = l.commodity_name.empty() ? commodity : l.commodity_name;
  }
  by_country_[country].add(l, spend);
  by_commodity_[commodity].add(l, spend);
  by_cell_[{commodity, country}].add(l, spend);
}

// The unit amounts are in: the one currency every spend gave, else a note that amounts
// in several currencies (or none named) were added as given.
std::string Exposure::unit() const {
  if (currencies_.size() == 1 && !currencies_.begin()->empty()) return html_escape(*currencies_.begin());
  return "";
}

std::string Exposure::caption() const {
  std::string out;
  if (by_spend()) {
    out = "Spend per origin country, split by the level of each line; countries ranked by spend at risk "
          "(&Sigma; spend &times; score / 100); each bar ends with the country&rsquo;s spend and spend-weighted score.";
    if (unit().empty()) {
      std::string names;
      for (const auto& c : currencies_) {
        names += (names.empty() ? "" : ", ") + (c.empty() ? std::string("none given") : html_escape(c));
      }
      out += fmt::format(" Amounts are added as given, across currencies ({}{}).", names,
                         more_currencies_ ? ", and others" : "");
    } else {
      out += fmt::format(" Amounts in {}.", unit());
    }
    if (without_spend_ > 0) {
      out += fmt::format(" {} {} without a numeric spend {} counted in the heat map only.", without_spend_,
                         without_spend_ == 1 ? "line" : "lines", without_spend_ == 1 ? "is" : "are");
    }
  } else {
    out = "No line gives a numeric spend, so the charts count lines: lines per origin country, split by "
          "level; countries ranked by lines at risk (&Sigma; score / 100); each bar ends with the line count and mean "
          "score.";
  }
  if (suppressed_ > 0) out += fmt::format(" {} suppressed {} left out.", suppressed_, suppressed_ == 1 ? "line" : "lines");
  return out;
}

std::string Exposure::render() const {
  std::string out = "<section id=\"exposure\" class=\"exposure\">\n<h2>Exposure</h2>\n";
  if (by_country_.empty()) {
    return out + "<p class=\"muted\">No scored lines, so no exposure to chart.</p>\n</section>\n";
  }
  out += fmt::format("<p class=\"caption\">{}</p>\n", caption());
  out += "<p class=\"legend\" aria-hidden=\"true\">";
  for (std::size_t i = score::kLevelCount; i-- > 0;) out += level_badge(static_cast<score::Level>(i));
  out.append("</p>\n<div class=\"charts\">\n").append(bar_chart()).append(heat_map()).append("</div>\n</section>\n");
  return out;
}

}  // namespace chainrisk::report::html
