#pragma once

#include <atomic>
#include <compare>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "chainrisk/diagnostics.hpp"

namespace chainrisk::waiver {

// A calendar day, for waiver expiry. Ordered by year, month, day.
struct Date {
  int year = 0, month = 0, day = 0;
  auto operator<=>(const Date&) const = default;
};

// Parse "YYYY-MM-DD" naming a real calendar day (2024-02-30 is rejected), or nullopt.
std::optional<Date> parse_date(std::string_view s);
std::string to_string(Date d);
// Today in UTC, from the system clock. Only the CLI calls it; the library takes the day.
Date today_utc();

// Signal kinds of cli.md (`signals[].kind`), as a waiver's `kind` criterion names them.
enum class SignalKind : std::uint8_t { entity, region, finding, upstream, tier, origin_unknown, unresolved, mitigation };
inline constexpr std::size_t kSignalKindCount = 8;
using KindMask = std::uint16_t;

std::string_view to_string(SignalKind k);  // "origin-unknown" for origin_unknown
std::optional<SignalKind> parse_signal_kind(std::string_view s);
constexpr KindMask kind_bit(SignalKind k) { return static_cast<KindMask>(1u << static_cast<unsigned>(k)); }

// What a waiver can match on in one scored BOM line. Views into the caller's line: nothing
// is copied, so building one per line is free. Empty means "not given / unresolved".
struct LineFacts {
  std::string_view id;         // the line's id as given
  std::string_view supplier;   // the supplier name as given
  std::string_view commodity;  // canonical commodity id
  std::string_view origin;     // ISO 3166-1 alpha-2 origin country
  KindMask kinds = 0;          // kind_bit() of every signal kind the line has
};

// One rule of a waivers file (docs/waivers.md). Criteria left empty are not checked; the
// ones given must all match. Strings are stored in the form they are compared in.
struct Waiver {
  std::string file;  // the waivers file, as named to load_waivers
  TextPos pos;       // where the rule's object starts
  std::string id;         // exact
  std::string supplier;   // ASCII-lowercased; compared ignoring ASCII case
  std::string commodity;  // canonical commodity id, lowercased
  std::string country;    // ISO alpha-2, uppercased; compared with the line's origin
  std::optional<SignalKind> kind;
  std::string reason;
  std::string owner, note;  // optional, for people reading the file and the report
  std::optional<Date> expires;

  // "FILE:LINE", where the report says a suppression comes from.
  std::string location() const;
  bool matches(const LineFacts& f) const;
};

// The rules of a waivers file that apply today, ready to match millions of lines: rules
// with an `id` are found through a hash index, the others are checked in turn. An empty
// set matches nothing at the cost of one branch.
class WaiverSet {
 public:
  WaiverSet() = default;
  WaiverSet(WaiverSet&&) = default;
  WaiverSet& operator=(WaiverSet&&) = default;

  // Add `w` after the rules already held (file order decides which rule a line reports).
  void add(Waiver w);
  bool empty() const { return rules_.empty(); }
  std::size_t size() const { return rules_.size(); }
  const std::vector<Waiver>& rules() const { return rules_; }
  // Whether a rule has a `kind` criterion (else LineFacts::kinds need not be filled).
  bool uses_kind() const { return uses_kind_; }

  // The first rule, in file order, whose criteria all match `f`, or nullptr. Counts a hit
  // for every rule that matches, so a rule shadowed by an earlier one is not reported as
  // unused. Safe to call from several threads at once.
  const Waiver* match(const LineFacts& f) const {
    return rules_.empty() ? nullptr : match_rules(f);
  }
  // Lines rule `index` (of rules()) matched so far.
  std::size_t hits(std::size_t index) const { return hits_[index].load(std::memory_order_relaxed); }
  // Add a warning for each rule that matched no line (a stale or mistyped rule).
  void report_unused(Diagnostics& diag) const;

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  const Waiver* match_rules(const LineFacts& f) const;

  std::vector<Waiver> rules_;
  std::unordered_map<std::string, std::vector<std::uint32_t>, Hash, std::equal_to<>> by_id_;
  std::vector<std::uint32_t> scanned_;  // rules without an id, in file order
  bool uses_kind_ = false;
  mutable std::deque<std::atomic<std::size_t>> hits_;  // a deque: atomics cannot be moved
};

// Parse the waivers file `text` named `name`: a JSON list of rule objects. Every problem
// is added to `diag` with its line and column, and the rule it concerns is left out; the
// caller treats any error as a usage error (exit 2). Unknown keys are warnings. A rule
// that expired before `today` is left out with a warning; one expiring today still applies.
WaiverSet parse_waivers(std::string_view text, const std::string& name, Diagnostics& diag, Date today);
// Read and parse the waivers file at `path` as parse_waivers does; an unreadable file is
// an error in `diag`.
WaiverSet load_waivers(const std::string& path, Diagnostics& diag, Date today);

}  // namespace chainrisk::waiver
