// Matching BOM lines against waiver rules (docs/waivers.md). The scan asks once per line,
// on files of millions of lines: nothing here allocates, and rule strings are stored in
// the form they are compared in.
#include "chainrisk/waiver/waivers.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <limits>

namespace chainrisk::waiver {
namespace {

constexpr std::array<std::string_view, kSignalKindCount> kKindNames{
    "entity", "region", "finding", "upstream", "tier", "origin-unknown", "unresolved", "mitigation"};

char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// `folded` is already lowercase; `text` is as the BOM gives it.
bool equals_ignoring_case(std::string_view folded, std::string_view text) {
  if (folded.size() != text.size()) return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (folded[i] != ascii_lower(text[i])) return false;
  }
  return true;
}

bool all_digits(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int to_int(std::string_view digits) {
  int v = 0;
  for (char c : digits) v = v * 10 + (c - '0');
  return v;
}

}  // namespace

std::optional<Date> parse_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  auto y = s.substr(0, 4), m = s.substr(5, 2), d = s.substr(8, 2);
  if (!all_digits(y) || !all_digits(m) || !all_digits(d)) return std::nullopt;
  Date date{to_int(y), to_int(m), to_int(d)};
  std::chrono::year_month_day ymd{std::chrono::year(date.year), std::chrono::month(static_cast<unsigned>(date.month)),
                                  std::chrono::day(static_cast<unsigned>(date.day))};
  if (!ymd.ok()) return std::nullopt;
  return date;
}

std::string to_string(Date d) { return fmt::format("{:04}-{:02}-{:02}", d.year, d.month, d.day); }

Date today_utc() {
  std::chrono::year_month_day ymd{std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())};
  return {static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
          static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

std::string_view to_string(SignalKind k) { return kKindNames[static_cast<std::size_t>(k)]; }

std::optional<SignalKind> parse_signal_kind(std::string_view s) {
  for (std::size_t i = 0; i < kKindNames.size(); ++i) {
    if (kKindNames[i] == s) return static_cast<SignalKind>(i);
  }
  return std::nullopt;
}

std::string Waiver::location() const { return fmt::format("{}:{}", file, pos.line); }

bool Waiver::matches(const LineFacts& f) const {
  if (!id.empty() && id != f.id) return false;
  if (!supplier.empty() && !equals_ignoring_case(supplier, f.supplier)) return false;
  if (!commodity.empty() && commodity != f.commodity) return false;
  if (!country.empty() && country != f.origin) return false;
  if (kind && (f.kinds & kind_bit(*kind)) == 0) return false;
  return true;
}

void WaiverSet::add(Waiver w) {
  auto index = static_cast<std::uint32_t>(rules_.size());
  if (w.id.empty()) {
    scanned_.push_back(index);
  } else {
    by_id_[w.id].push_back(index);
  }
  uses_kind_ = uses_kind_ || w.kind.has_value();
  rules_.push_back(std::move(w));
  hits_.emplace_back(0);
}

const Waiver* WaiverSet::match_rules(const LineFacts& f) const {
  constexpr auto kNone = std::numeric_limits<std::uint32_t>::max();
  std::uint32_t first = kNone;
  auto check = [&](std::uint32_t i) {
    if (!rules_[i].matches(f)) return;
    hits_[i].fetch_add(1, std::memory_order_relaxed);
    first = std::min(first, i);
  };
  if (!by_id_.empty() && !f.id.empty()) {
    if (auto it = by_id_.find(f.id); it != by_id_.end()) {
      for (auto i : it->second) check(i);
    }
  }
  for (auto i : scanned_) check(i);
  return first == kNone ? nullptr : &rules_[first];
}

void WaiverSet::report_unused(Diagnostics& diag) const {
  for (std::size_t i = 0; i < rules_.size(); ++i) {
    if (hits(i) > 0) continue;
    diag.warning(rules_[i].file, rules_[i].pos,
                 "waiver matched no line; check its criteria against the report, or remove it");
  }
}

}  // namespace chainrisk::waiver
