#include "values.hpp"

#include <fmt/format.h>

#include <array>

#include "chainrisk/model/graph.hpp"
#include "chainrisk/text/fold.hpp"

namespace chainrisk::importer {

std::optional<bool> parse_yes_no(std::string_view s) {
  std::string f = text::fold(s);
  if (f == "yes" || f == "y" || f == "x" || f == "true" || f == "1") return true;
  if (f.empty() || f == "no" || f == "n" || f == "false" || f == "0") return false;
  return std::nullopt;
}

std::optional<std::string> parse_tier_name(std::string_view s) {
  std::string f = text::fold(s);
  if (f.rfind("tier ", 0) == 0) f = f.substr(5);
  if (f == "1" || f == "2" || f == "3") return f;
  if (f == "2 watch list" || f == "2wl" || f == "2 wl" || f == "watch list" || f == "tier 2 watch list") return "2WL";
  if (f == "special" || f == "special case") return "special";
  return std::nullopt;
}

std::optional<std::string> parse_date(std::string_view s) {
  std::string f = text::fold(s);
  // 2022 06 21 (from 2022-06-21 after folding)
  if (f.size() == 10 && f[4] == ' ' && f[7] == ' ') return fmt::format("{}-{}-{}", f.substr(0, 4), f.substr(5, 2), f.substr(8, 2));
  static constexpr std::array<std::string_view, 12> kMonths{"january", "february", "march", "april", "may", "june",
                                                            "july", "august", "september", "october", "november", "december"};
  for (std::size_t m = 0; m < kMonths.size(); ++m) {
    if (f.rfind(kMonths[m], 0) != 0) continue;
    unsigned day = 0, year = 0;
    if (std::sscanf(f.c_str() + kMonths[m].size(), " %u %u", &day, &year) == 2 && day >= 1 && day <= 31 &&
        year >= 1900 && year <= 2200) {
      return fmt::format("{:04}-{:02}-{:02}", year, m + 1, day);
    }
  }
  return std::nullopt;
}

std::optional<std::uint8_t> parse_labor(std::string_view s) {
  // Padded with spaces so whole words match at either end. Built with append: GCC 12's
  // -Wrestrict misfires on `" " + std::string&&` (GCC bug 105329).
  std::string f(1, ' ');
  f.append(text::fold(s)).push_back(' ');
  std::uint8_t labor = 0;
  if (f.find(" child") != std::string::npos || f.find(" cl ") != std::string::npos) labor |= model::kChild;
  if (f.find(" forced") != std::string::npos || f.find(" fl ") != std::string::npos) labor |= model::kForced;
  if (f == " both ") labor = model::kChild | model::kForced;
  if (f.find(" cl fl ") != std::string::npos || f.find(" fl cl ") != std::string::npos) labor = model::kChild | model::kForced;
  return labor ? std::optional<std::uint8_t>(labor) : std::nullopt;
}

std::string slug_for(std::string_view good) {
  std::string base(good.substr(0, good.find('(')));
  std::string f = text::fold(base);
  std::string out;
  for (char c : f) {
    if (c == ' ') out += '-';
    else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out += c;  // ids are ASCII kebab-case
  }
  return out.empty() ? "good" : out;
}

}  // namespace chainrisk::importer
