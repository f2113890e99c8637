#include <algorithm>

#include <nlohmann/json.hpp>

#include "chainrisk/batch/batch.hpp"

namespace chainrisk::batch {
namespace {

using json = nlohmann::ordered_json;

json level_counts(const std::array<std::size_t, score::kLevelCount>& counts) {
  json out = json::object();
  for (std::size_t i = 0; i < score::kLevelCount; ++i) {
    out[std::string(score::to_string(static_cast<score::Level>(i)))] = counts[i];
  }
  return out;
}

json or_null(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }

json entry_json(const BomEntry& e, std::size_t rank) {
  bool read = e.status != Status::failed || !e.format.empty();
  json reports = json::object();
  for (const auto& r : e.reports) reports[r.first] = r.second;
  json j = {
      {"rank", e.status == Status::failed ? json(nullptr) : json(rank)},
      {"input", e.input},
      {"status", std::string(to_string(e.status))},
      {"error", or_null(e.error)},
      {"errors", e.error_count},
      {"warnings", e.warning_count},
      {"format", or_null(e.format)},
      {"level", read ? json(std::string(score::to_string(e.summary.level))) : json(nullptr)},
      {"score", read ? json(e.summary.score) : json(nullptr)},
      {"lines", e.summary.lines},
      {"counts", level_counts(e.summary.counts)},
      {"unresolved", e.summary.unresolved},
      {"suppressed", e.summary.suppressed},
      {"exposure", e.summary.exposure ? json(*e.summary.exposure) : json(nullptr)},
      {"fails", e.fails},
      {"reports", reports},
  };
  return j;
}

json totals_json(const Totals& t, bool with_fail_on) {
  json j = {
      {"files", t.files},           {"screened", t.screened},
      {"failed", t.failed},         {"with_errors", t.with_errors},
      {"lines", t.lines},           {"level", std::string(score::to_string(t.level))},
      {"score", t.score},           {"counts", level_counts(t.counts)},
      {"boms_by_level", level_counts(t.boms)}, {"unresolved", t.unresolved},
      {"suppressed", t.suppressed}, {"row_errors", t.row_errors},
  };
  j["failing"] = with_fail_on ? json(t.failing) : json(nullptr);
  return j;
}

}  // namespace

std::string_view to_string(Status s) {
  switch (s) {
    case Status::ok: return "ok";
    case Status::errors: return "errors";
    case Status::failed: return "failed";
  }
  return "failed";
}

void rank_entries(std::vector<BomEntry>& entries) {
  std::stable_sort(entries.begin(), entries.end(), [](const BomEntry& a, const BomEntry& b) {
    bool af = a.status == Status::failed, bf = b.status == Status::failed;
    if (af != bf) return bf;
    if (!af && a.summary.level != b.summary.level) return a.summary.level > b.summary.level;
    if (!af && a.summary.score != b.summary.score) return a.summary.score > b.summary.score;
    // Equal level and score (often critical 100): more lines at the worst levels first.
    for (std::size_t l = score::kLevelCount; !af && l-- > 1;) {
      if (a.summary.counts[l] != b.summary.counts[l]) return a.summary.counts[l] > b.summary.counts[l];
    }
    return a.input < b.input;
  });
}

Totals compute_totals(const std::vector<BomEntry>& entries) {
  Totals t;
  t.files = entries.size();
  for (const auto& e : entries) {
    t.lines += e.summary.lines;
    t.unresolved += e.summary.unresolved;
    t.suppressed += e.summary.suppressed;
    t.row_errors += e.summary.errors;
    for (std::size_t i = 0; i < score::kLevelCount; ++i) t.counts[i] += e.summary.counts[i];
    if (e.fails) ++t.failing;
    if (e.status == Status::failed) {
      ++t.failed;
      continue;
    }
    ++t.screened;
    if (e.status == Status::errors) ++t.with_errors;
    ++t.boms[static_cast<std::size_t>(e.summary.level)];
    t.level = std::max(t.level, e.summary.level);
    t.score = std::max(t.score, e.summary.score);
  }
  return t;
}

void write_index_json(const Index& index, std::ostream& out) {
  json datasets = json::array();
  for (const auto& d : index.datasets) {
    datasets.push_back({{"id", d.id}, {"version", d.version}, {"published", d.published}});
  }
  json boms = json::array();
  for (std::size_t i = 0; i < index.entries.size(); ++i) boms.push_back(entry_json(index.entries[i], i + 1));
  json j = {
      {"schema", "chainrisk.batch-index/v1"},
      {"tool", {{"name", "chainrisk"}, {"version", index.tool_version}}},
      {"datasets", datasets},
      {"formats", index.formats},
      {"fail_on", index.fail_on ? json(std::string(score::to_string(*index.fail_on))) : json(nullptr)},
      {"waivers", or_null(index.waivers_file)},
      {"totals", totals_json(index.totals, index.fail_on.has_value())},
      {"boms", boms},
  };
  // Paths and messages come from the file system and the inputs: bytes that are not UTF-8
  // print as U+FFFD instead of failing the whole index.
  out << j.dump(2, ' ', false, json::error_handler_t::replace) << '\n';
}

}  // namespace chainrisk::batch
