#pragma once

#include <array>
#include <compare>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "chainrisk/score/level.hpp"

namespace chainrisk::score {

// A likely origin behind an inferred signal (`origin-unknown`, `upstream`, expected
// `region`): the share used and where it comes from.
struct OriginShare {
  std::string country;  // ISO alpha-2
  std::string region;   // ISO 3166-2, for a region's share ("" otherwise)
  double share = 0;     // in [0, 1]
  std::string basis;    // "BOM line 12", "world production 2023", "CN production 2022"...
  std::string source;   // "dataset-id:edition"
  bool operator==(const OriginShare&) const = default;
};

// One piece of evidence about a BOM line (cli.md `signals[]`).
struct Signal {
  std::string kind;  // entity, region, finding, upstream, tier, origin-unknown, unresolved, mitigation
  Level severity = Level::none;  // level of this signal's weight alone
  std::uint8_t labor = 0;        // model::Labor bits
  std::string commodity;         // commodity the evidence is about ("" if none)
  std::string country;           // ISO alpha-2 ("" if none)
  std::string region;            // ISO 3166-2 ("" if none)
  double weight = 0;
  double weight_before_mitigation = 0;  // set when a certification scaled `weight`
  bool forcing = false;          // forces the line to critical
  bool expected = false;         // inferred from shares, not stated by the BOM
  std::vector<std::string> path;     // graph path from the line's commodity to `commodity`
  std::vector<std::string> sources;  // "dataset-id:edition"
  std::vector<OriginShare> origins;  // the shares an inferred signal rests on
  // `entity`: the listed entry the supplier matched (id, name, the spelling matched, score).
  std::string entity_id, entity_name, entity_matched, entity_list;
  double entity_score = 0;
  std::string message;
  // Every field: lines whose signals are equal share one stored copy (score::Scorer).
  bool operator==(const Signal&) const = default;
};

// The signals of a line, each shared with every other line that has an equal one: a BOM of
// millions of lines has some thousands of distinct signals (the tier of a country, a
// finding on a commodity there), and each is stored once (score::Scorer). Reads as a
// sequence of `const Signal&`.
class SignalList {
 public:
  using Ptr = std::shared_ptr<const Signal>;

  class const_iterator {
   public:
    using iterator_category = std::random_access_iterator_tag;
    using value_type = Signal;
    using difference_type = std::ptrdiff_t;
    using pointer = const Signal*;
    using reference = const Signal&;

    const_iterator() = default;
    explicit const_iterator(std::vector<Ptr>::const_iterator it) : it_(it) {}
    reference operator*() const { return **it_; }
    pointer operator->() const { return it_->get(); }
    reference operator[](difference_type n) const { return *it_[n]; }
    const_iterator& operator++() { ++it_; return *this; }
    const_iterator operator++(int) { auto t = *this; ++it_; return t; }
    const_iterator& operator--() { --it_; return *this; }
    const_iterator operator--(int) { auto t = *this; --it_; return t; }
    const_iterator& operator+=(difference_type n) { it_ += n; return *this; }
    const_iterator& operator-=(difference_type n) { it_ -= n; return *this; }
    friend const_iterator operator+(const_iterator a, difference_type n) { return a += n; }
    friend const_iterator operator+(difference_type n, const_iterator a) { return a += n; }
    friend const_iterator operator-(const_iterator a, difference_type n) { return a -= n; }
    friend difference_type operator-(const const_iterator& a, const const_iterator& b) { return a.it_ - b.it_; }
    friend bool operator==(const const_iterator& a, const const_iterator& b) { return a.it_ == b.it_; }
    friend auto operator<=>(const const_iterator& a, const const_iterator& b) { return a.it_ <=> b.it_; }

   private:
    std::vector<Ptr>::const_iterator it_;
  };
  using iterator = const_iterator;

  SignalList() = default;
  explicit SignalList(std::vector<Ptr> items) : items_(std::move(items)) {}
  // Each signal its own copy (tests, small reports).
  explicit SignalList(std::vector<Signal> signals);

  const_iterator begin() const { return const_iterator(items_.begin()); }
  const_iterator end() const { return const_iterator(items_.end()); }
  std::size_t size() const { return items_.size(); }
  bool empty() const { return items_.empty(); }
  const Signal& operator[](std::size_t i) const { return *items_[i]; }
  const Signal& front() const { return *items_.front(); }
  const std::vector<Ptr>& pointers() const { return items_; }
  std::vector<Signal> copy() const { return {begin(), end()}; }

 private:
  std::vector<Ptr> items_;
};

// A line's evidence from signals held by value (tests, explain).
std::shared_ptr<const SignalList> make_evidence(std::vector<Signal> signals);

// A scored BOM line, everything the writers show.
struct LineReport {
  std::string file;
  std::size_t line = 0;
  std::string id, parent, description, material, hs_code, supplier;
  std::optional<std::string> commodity;  // canonical id, or null when unresolved
  std::string commodity_name;
  std::string commodity_via;             // material, hs_code or description
  std::optional<std::string> origin, region, supplier_country;
  std::optional<double> spend;  // parsed from the spend field, for the exposure
  // The other BOM fields as given, so the report carries everything the line said.
  std::string quantity, unit, spend_text, currency, weight, supplier_tier;
  std::vector<std::string> certifications;
  double score = 0;
  Level level = Level::none;
  std::string level_from_child;  // id of the child line an assembly took its level from
  bool suppressed = false;        // a waiver matched (docs/waivers.md)
  std::string suppressed_reason;  // the waiver's reason, when suppressed
  std::string suppressed_by;      // where the waiver is: "FILE:LINE"
  bool unresolved = false;
  // The evidence, shared by every line that resolves alike: a BOM repeats the same
  // commodity, origin and supplier on many lines, and the signals are computed once.
  std::shared_ptr<const SignalList> evidence;
  const SignalList& signals() const {
    static const SignalList kNone;
    return evidence ? *evidence : kNone;
  }
  std::vector<std::pair<std::string, std::string>> extra;  // unknown input columns
};

struct Summary {
  std::size_t files = 0;
  std::size_t lines = 0;   // data rows read (= scored + errors)
  std::size_t scored = 0;
  std::size_t errors = 0;  // rows reported as errors and not scored
  Level level = Level::none;
  double score = 0;
  std::array<std::size_t, kLevelCount> counts{};
  std::size_t unresolved = 0;
  std::size_t suppressed = 0;
  std::optional<double> exposure;  // spend-weighted score, when spend is given
};

// How one input file was read: every data row is scored or counted as an error, and a
// file that could not be read at all says why (docs/reliability.md, "Accounting").
struct FileSummary {
  std::string file;
  std::string format;      // csv, json or cyclonedx
  std::size_t rows = 0;    // data rows read (= scored + errors)
  std::size_t scored = 0;
  std::size_t errors = 0;  // rows reported as errors and not scored
  std::string error;       // why the file could not be read; "" when it was
  Level level = Level::none;       // the file's most severe unsuppressed line
  double score = 0;                // its highest line score
  std::optional<double> exposure;  // its spend-weighted score, when spend is given
};

// A problem found in an input, as printed on stderr (`FILE:LINE:COL: severity: message`).
struct Problem {
  std::string file;
  std::size_t line = 0, column = 0;  // 0 when the problem concerns the whole file or line
  bool error = true;                 // false: a warning
  std::string message;
};

// A dataset the report rests on, for citations.
struct DatasetRef {
  std::string id, version, published, publisher, title, source, license;
};

// Everything about a scan but its lines: known before the first line is written, so the
// writers stream the lines after it (report/writers.hpp).
struct ReportHead {
  std::string tool_version;
  std::vector<DatasetRef> datasets;
  Summary summary;
  std::vector<FileSummary> files;
  std::vector<Problem> problems;
  std::size_t problems_omitted = 0;  // past the report's cap (docs/reliability.md)
};

// Where a scan streams its report: begin() once with the head, line() once per BOM line in
// input order (the line is valid during the call only), then end(). The report writers
// are sinks (report/writers.hpp).
class ReportSink {
 public:
  virtual ~ReportSink() = default;
  virtual void begin(const ReportHead& head) = 0;
  virtual void line(const LineReport& line) = 0;
  virtual void end() = 0;
};

// A whole scan in memory: the head and every line (small scans, explain, tests).
struct Report : ReportHead {
  std::vector<LineReport> lines;
};

}  // namespace chainrisk::score
