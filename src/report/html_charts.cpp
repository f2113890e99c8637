// The HTML report's charts: exposure by origin country as an inline SVG bar chart, and the
// commodity × country heat map as a table whose cells carry the level's colour and name.
#include <fmt/format.h>

#include <algorithm>
#include <vector>

#include "chainrisk/report/escape.hpp"
#include "html_parts.hpp"

namespace chainrisk::report::html {
namespace {

using score::Level;

// Bar chart geometry, in SVG user units (the chart scales to the page width).
constexpr double kChartWidth = 1000, kLabelWidth = 120, kValueWidth = 250, kRowHeight = 28,
                 kBarHeight = 18, kTop = 8;

std::string country_label(const std::string& code) { return code.empty() ? "unknown" : html_escape(code); }

// Keys of `m` by exposure (then by size, then by key), at most `limit`.
template <class Map>
std::vector<typename Map::key_type> ranked(const Map& m, bool by_spend, std::size_t limit) {
  std::vector<typename Map::key_type> keys;
  for (const auto& entry : m) keys.push_back(entry.first);
  auto size = [&](const Tally& t) { return by_spend ? t.spend_total() : static_cast<double>(t.line_count); };
  std::stable_sort(keys.begin(), keys.end(), [&](const auto& a, const auto& b) {
    const Tally& ta = m.at(a);
    const Tally& tb = m.at(b);
    if (ta.exposure(by_spend) != tb.exposure(by_spend)) return ta.exposure(by_spend) > tb.exposure(by_spend);
    return size(ta) > size(tb);
  });
  if (keys.size() > limit) keys.resize(limit);
  return keys;
}

// "98,000 EUR, score 72.0" or "3 lines, mean score 45.1": what a bar adds up to.
std::string bar_value(const Tally& t, bool by_spend, const std::string& unit) {
  if (by_spend) {
    double total = t.spend_total();
    double weighted = total > 0 ? 100 * t.spend_score / total : 0;
    return fmt::format("{}{}{}, score {:.1f}", format_amount(total), unit.empty() ? "" : " ", unit, weighted);
  }
  return fmt::format("{} {}, mean score {:.1f}", t.line_count, t.line_count == 1 ? "line" : "lines",
                     100 * t.score_sum / static_cast<double>(t.line_count));
}

// One stacked bar: a segment per level, most severe first, each with a tooltip.
std::string bar_segments(const Tally& t, const std::string& label, bool by_spend, double scale, double y,
                         const std::string& unit) {
  std::string out;
  double x = kLabelWidth;
  for (std::size_t i = score::kLevelCount; i-- > 0;) {
    double v = by_spend ? t.spend[i] : static_cast<double>(t.lines[i]);
    if (v <= 0) continue;
    double w = std::max(v * scale, 1.5);
    auto level = score::to_string(static_cast<Level>(i));
    std::string lines = fmt::format("{} {}", t.lines[i], t.lines[i] == 1 ? "line" : "lines");
    std::string tip = by_spend ? fmt::format("{}: {}{}{} at {} ({})", label, format_amount(v), unit.empty() ? "" : " ",
                                             unit, level, lines)
                               : fmt::format("{}: {} at {}", label, lines, level);
    out += fmt::format("<rect class=\"f-{}\" x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"{}\"><title>{}</title></rect>",
                       level, x, y, w, kBarHeight, tip);
    x += w;
  }
  return out;
}

}  // namespace

std::string Exposure::bar_chart() const {
  auto countries = ranked(by_country_, by_spend(), kMaxBars);
  double max_total = 0;
  for (const auto& c : countries) {
    const Tally& t = by_country_.at(c);
    max_total = std::max(max_total, by_spend() ? t.spend_total() : static_cast<double>(t.line_count));
  }
  double scale = max_total > 0 ? (kChartWidth - kLabelWidth - kValueWidth - 10) / max_total : 0;
  double height = kTop * 2 + kRowHeight * static_cast<double>(countries.size());
  std::string title = by_spend() ? "Spend by origin country and level" : "Lines by origin country and level";
  std::string out = fmt::format(
      "<figure class=\"chart\"><figcaption>{}</figcaption>\n"
      "<svg class=\"bars\" viewBox=\"0 0 {} {}\" role=\"img\" aria-label=\"{}\">\n<title>{}</title>\n",
      title, kChartWidth, height, title, title);
  for (std::size_t r = 0; r < countries.size(); ++r) {
    const Tally& t = by_country_.at(countries[r]);
    double y = kTop + kRowHeight * static_cast<double>(r);
    std::string label = country_label(countries[r]);
    out += fmt::format("<g><text class=\"k\" x=\"{}\" y=\"{:.1f}\">{}</text>", kLabelWidth - 10,
                       y + kBarHeight - 4, label);
    out += bar_segments(t, label, by_spend(), scale, y, unit());
    out += fmt::format("<text class=\"v\" x=\"{}\" y=\"{:.1f}\">{}</text></g>\n", kChartWidth - kValueWidth + 4,
                       y + kBarHeight - 4, bar_value(t, by_spend(), unit()));
  }
  out += "</svg>\n";
  if (by_country_.size() > countries.size()) {
    out += fmt::format("<p class=\"note\">{} more {} not shown.</p>\n", by_country_.size() - countries.size(),
                       by_country_.size() - countries.size() == 1 ? "country" : "countries");
  }
  return out + "</figure>\n";
}

std::string Exposure::heat_map() const {
  auto commodities = ranked(by_commodity_, by_spend(), kHeatRows);
  auto countries = ranked(by_country_, by_spend(), kHeatColumns);
  std::string out = fmt::format(
      "<figure class=\"chart\"><figcaption>Commodity &times; origin country: the most severe level in each "
      "cell, with its {}</figcaption>\n<div class=\"scroll\"><table class=\"heat\">\n<thead><tr><th scope=\"col\">"
      "Commodity</th>",
      by_spend() ? "spend" : "line count");
  for (const auto& c : countries) out += fmt::format("<th scope=\"col\">{}</th>", country_label(c));
  out += "</tr></thead>\n<tbody>\n";
  for (const auto& m : commodities) {
    std::string name = m.empty() ? "<i>unresolved</i>" : html_escape(commodity_names_.at(m));
    out += fmt::format("<tr><th scope=\"row\">{}</th>", name);
    for (const auto& c : countries) {
      auto it = by_cell_.find({m, c});
      if (it == by_cell_.end()) {
        out += "<td class=\"empty\"></td>";
        continue;
      }
      const Tally& t = it->second;
      auto level = score::to_string(t.top);
      std::string amount = by_spend() && t.spend_total() > 0 ? format_short(t.spend_total())
                                                             : fmt::format("{}&nbsp;ln", t.line_count);
      out += fmt::format("<td class=\"cell l-{}\" title=\"{} from {}: {}\"><b>{}</b><span>{}</span></td>", level,
                         m.empty() ? "unresolved" : html_escape(commodity_names_.at(m)), country_label(c),
                         bar_value(t, by_spend(), unit()), amount, level);
    }
    out += "</tr>\n";
  }
  out += "</tbody></table></div>\n";
  std::size_t more_m = by_commodity_.size() - commodities.size(), more_c = by_country_.size() - countries.size();
  if (more_m > 0 || more_c > 0) {
    out += fmt::format("<p class=\"note\">Top {} commodities &times; top {} countries by exposure; {} more "
                       "commodities and {} more countries not shown.</p>\n",
                       commodities.size(), countries.size(), more_m, more_c);
  }
  return out + "</figure>\n";
}

}  // namespace chainrisk::report::html
