// SARIF 2.1.0 for code-scanning UIs: one result per signal, located at the BOM line it is
// about, so GitHub or GitLab annotate the exact line of the sourcing file (docs/formats.md).
// Streamed like the JSON report: the run's head is one small DOM dumped around a marker
// where "results" goes; each result is its own small DOM, dumped as its line arrives.
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <cmath>
#include <unordered_map>

#include "chainrisk/data/sha256.hpp"
#include "chainrisk/report/writers.hpp"
#include "sarif_internal.hpp"

namespace chainrisk::report {
namespace sarif {

std::string_view result_level(std::string_view kind, score::Level line_level, score::Level fail_level) {
  if (kind == "mitigation") return "note";  // it lowers the score: never a problem in itself
  if (line_level >= fail_level) return "error";
  if (line_level >= score::Level::medium) return "warning";
  return "note";
}

ArtifactUri artifact_uri(std::string_view file) {
  ArtifactUri out;
  out.relative = !file.starts_with('/');
  while (file.starts_with("./")) file.remove_prefix(2);
  if (!out.relative) out.uri = "file://";
  static constexpr std::string_view kKept = "-._~/!$&'()*+,;=@";
  for (char c : file) {
    auto u = static_cast<unsigned char>(c);
    bool alnum = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9');
    if (alnum || kKept.find(c) != std::string_view::npos) {
      out.uri += c;
    } else {
      out.uri += fmt::format("%{:02X}", u);
    }
  }
  return out;
}

std::string fingerprint(const score::LineReport& l, const score::Signal& s, std::size_t ordinal) {
  std::string key;
  // Length-prefixed, so no value can pass for two ("a", "bc" vs "ab", "c").
  auto add = [&key](std::string_view v) { key += fmt::format("{}:{};", v.size(), v); };
  add(l.file);
  add(l.id.empty() ? fmt::format("line {}", l.line) : l.id);
  add(s.kind);
  add(s.commodity);
  add(s.country);
  add(s.region);
  add(std::to_string(ordinal));
  return data::sha256_hex(key).substr(0, 32);
}

}  // namespace sarif

namespace {

using Json = nlohmann::ordered_json;
using score::Level;

constexpr std::string_view kResultsMarker = "\"@chainrisk-sarif-results@\"";
constexpr std::string_view kResultIndent = "        ";  // results sit in runs[0].results

double one_decimal(double v) { return std::round(v * 10.0) / 10.0; }

std::string level_name(Level l) { return std::string(score::to_string(l)); }

Json labor_list(std::uint8_t labor) {
  Json out = Json::array();
  if (labor & 1) out.push_back("child");
  if (labor & 2) out.push_back("forced");
  return out;
}

Json artifact_location(std::string_view file, const std::unordered_map<std::string, std::size_t>& index) {
  auto uri = sarif::artifact_uri(file);
  Json j{{"uri", uri.uri}};
  if (uri.relative) j["uriBaseId"] = "%SRCROOT%";
  if (auto it = index.find(std::string(file)); it != index.end()) j["index"] = it->second;
  return j;
}

Json rule_json(const sarif::Rule& r) {
  return {{"id", r.id},
          {"name", r.name},
          {"shortDescription", {{"text", r.short_description}}},
          {"fullDescription", {{"text", r.full_description}}},
          {"help", {{"text", sarif::help_text(r)}, {"markdown", sarif::help_markdown(r)}}},
          {"defaultConfiguration", {{"level", r.default_level}}}};
}

Json tool_json(const score::ReportHead& head) {
  Json rules = Json::array();
  for (const auto& r : sarif::rules()) rules.push_back(rule_json(r));
  return {{"driver",
           {{"name", "chainrisk"}, {"version", head.tool_version}, {"rules", std::move(rules)}}}};
}

Json notification_json(const score::Problem& p, const std::unordered_map<std::string, std::size_t>& index) {
  Json n{{"level", p.error ? "error" : "warning"}, {"message", {{"text", p.message}}}};
  if (!p.file.empty()) {
    Json physical{{"artifactLocation", artifact_location(p.file, index)}};
    if (p.line) {
      physical["region"] = {{"startLine", p.line}};
      if (p.column) physical["region"]["startColumn"] = p.column;
    }
    n["locations"] = Json::array({{{"physicalLocation", std::move(physical)}}});
  }
  return n;
}

// The input's problems, also printed on stderr. The run did not succeed when an input (or
// a row of one) could not be read: the scan then exits 2 (cli.md).
Json invocation_json(const score::ReportHead& head, const std::unordered_map<std::string, std::size_t>& index) {
  bool ok = true;
  Json notes = Json::array();
  for (const auto& p : head.problems) {
    ok = ok && !p.error;
    notes.push_back(notification_json(p, index));
  }
  for (const auto& f : head.files) ok = ok && f.error.empty();
  if (head.problems_omitted) {
    notes.push_back({{"level", "note"},
                     {"message", {{"text", fmt::format("{} more problems not listed (docs/reliability.md)",
                                                       head.problems_omitted)}}}});
  }
  return Json::array({{{"executionSuccessful", ok}, {"toolExecutionNotifications", std::move(notes)}}});
}

Json artifacts_json(const score::ReportHead& head) {
  Json out = Json::array();
  for (const auto& f : head.files) {
    auto uri = sarif::artifact_uri(f.file);
    Json location{{"uri", uri.uri}};
    if (uri.relative) location["uriBaseId"] = "%SRCROOT%";
    Json a{{"location", std::move(location)}, {"roles", Json::array({"analysisTarget"})}};
    if (!f.format.empty()) a["mimeType"] = f.format == "csv" ? "text/csv" : "application/json";
    a["properties"] = {{"format", f.format}, {"rows", f.rows},        {"scored", f.scored},
                       {"errors", f.errors}, {"level", level_name(f.level)}, {"score", one_decimal(f.score)}};
    if (!f.error.empty()) a["properties"]["error"] = f.error;
    out.push_back(std::move(a));
  }
  return out;
}

Json run_properties(const score::ReportHead& head, Level fail_level) {
  const auto& s = head.summary;
  Json counts;
  for (std::size_t i = 0; i < score::kLevelCount; ++i) counts[level_name(static_cast<Level>(i))] = s.counts[i];
  Json datasets = Json::array();
  for (const auto& d : head.datasets) {
    datasets.push_back({{"id", d.id}, {"version", d.version}, {"published", d.published},
                        {"publisher", d.publisher}, {"source", d.source}});
  }
  return {{"failOn", level_name(fail_level)},
          {"summary",
           {{"files", s.files}, {"lines", s.lines}, {"scored", s.scored}, {"errors", s.errors},
            {"level", level_name(s.level)}, {"score", one_decimal(s.score)}, {"counts", std::move(counts)},
            {"unresolved", s.unresolved}, {"suppressed", s.suppressed}}},
          {"datasets", std::move(datasets)}};
}

std::string result_message(const score::LineReport& l, const score::Signal& s) {
  std::string text = s.message.empty() ? s.kind : s.message;
  text += fmt::format(" (line score {:.1f}, level {}", l.score, score::to_string(l.level));
  if (!l.level_from_child.empty()) text += fmt::format(" from child line {}", l.level_from_child);
  text += ')';
  return text;
}

class SarifWriter final : public ReportWriter {
 public:
  SarifWriter(const WriteOptions& o, std::ostream& out)
      : o_(o), fail_(o.fail_on.value_or(kDefaultFailLevel)), out_(out) {}

  void begin(const score::ReportHead& head) override {
    for (const auto& f : head.files) artifact_index_.emplace(f.file, artifact_index_.size());
    Json run;
    run["tool"] = tool_json(head);
    run["invocations"] = invocation_json(head, artifact_index_);
    run["artifacts"] = artifacts_json(head);
    run["properties"] = run_properties(head, fail_);
    run["results"] = kResultsMarker.substr(1, kResultsMarker.size() - 2);
    Json doc{{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
             {"version", "2.1.0"},
             {"runs", Json::array({std::move(run)})}};
    // Invalid UTF-8 cannot reach here (readers reject it); replace rather than throw anyway.
    std::string text = doc.dump(2, ' ', false, Json::error_handler_t::replace);
    // "results" is the run's last member, so its marker is the last one in the text even
    // if an input's message quoted it.
    auto at = text.rfind(kResultsMarker);
    buf_ = text.substr(0, at);
    buf_ += '[';
    tail_ = text.substr(at + kResultsMarker.size());
  }

  void line(const score::LineReport& l) override {
    if (l.level < o_.min_level) return;
    seen_.clear();
    for (const auto& s : l.signals()) append_result(l, s);
    if (buf_.size() > (1u << 20)) flush();  // written in blocks of about 1 MB
  }

  void end() override {
    buf_ += first_ ? "]" : fmt::format("\n{}]", kResultIndent.substr(2));
    buf_ += tail_;
    buf_ += '\n';  // a text file ends with a newline, as the JSON report does
    flush();
  }

 private:
  // How many earlier signals of the line had the same fingerprint fields.
  std::size_t ordinal_of(const score::Signal& s) {
    std::string key = fmt::format("{}\n{}\n{}\n{}", s.kind, s.commodity, s.country, s.region);
    std::size_t n = 0;
    for (const auto& k : seen_) n += k == key;
    seen_.push_back(std::move(key));
    return n;
  }

  Json result_json(const score::LineReport& l, const score::Signal& s) {
    Json r;
    r["ruleId"] = s.kind;
    if (auto index = sarif::rule_index(s.kind)) r["ruleIndex"] = *index;
    r["level"] = sarif::result_level(s.kind, l.level, fail_);
    r["message"] = {{"text", result_message(l, s)}};
    Json physical{{"artifactLocation", artifact_location(l.file, artifact_index_)}};
    if (l.line) physical["region"] = {{"startLine", l.line}};
    r["locations"] = Json::array({{{"physicalLocation", std::move(physical)}}});
    r["partialFingerprints"] = {{"chainrisk/v1", sarif::fingerprint(l, s, ordinal_of(s))}};
    if (l.suppressed) {
      Json suppression{{"kind", "external"}};
      const std::string& reason = l.suppressed_reason;
      if (!reason.empty()) suppression["justification"] = reason;
      r["suppressions"] = Json::array({std::move(suppression)});
    }
    r["properties"] = {{"id", l.id},
                       {"supplier", l.supplier},
                       {"score", one_decimal(l.score)},
                       {"level", level_name(l.level)},
                       {"severity", level_name(s.severity)},
                       {"weight", s.weight},
                       {"labor", labor_list(s.labor)},
                       {"sources", s.sources},
                       {"path", s.path},
                       {"commodity", s.commodity.empty() ? l.commodity.value_or("") : s.commodity},
                       {"country", s.country.empty() ? l.origin.value_or("") : s.country}};
    if (!s.region.empty()) r["properties"]["region"] = s.region;
    return r;
  }

  void append_result(const score::LineReport& l, const score::Signal& s) {
    std::string text = result_json(l, s).dump(2, ' ', false, Json::error_handler_t::replace);
    buf_ += first_ ? "\n" : ",\n";
    first_ = false;
    buf_ += kResultIndent;
    for (char c : text) {  // JSON strings hold no raw newline: each one is between members
      buf_ += c;
      if (c == '\n') buf_ += kResultIndent;
    }
  }

  void flush() {
    out_.write(buf_.data(), static_cast<std::streamsize>(buf_.size()));
    buf_.clear();
  }

  WriteOptions o_;
  Level fail_;
  std::ostream& out_;
  std::unordered_map<std::string, std::size_t> artifact_index_;
  std::vector<std::string> seen_;  // fingerprint fields of the current line's signals
  std::string buf_, tail_;
  bool first_ = true;
};

}  // namespace

std::unique_ptr<ReportWriter> make_sarif_writer(const WriteOptions& options, std::ostream& out) {
  return std::make_unique<SarifWriter>(options, out);
}

}  // namespace chainrisk::report
