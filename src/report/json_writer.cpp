#include <nlohmann/json.hpp>

#include <cmath>

#include "block_output.hpp"
#include "chainrisk/report/writers.hpp"
#include "json_line_text.hpp"
#include "json_lines.hpp"

namespace chainrisk::report {
namespace {

using Json = nlohmann::ordered_json;
using score::Level;

double one_decimal(double v) { return std::round(v * 10.0) / 10.0; }

Json or_null(const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); }
Json or_null(const std::optional<std::string>& s) { return s ? Json(*s) : Json(nullptr); }

Json labor_list(std::uint8_t labor) {
  Json out = Json::array();
  if (labor & 1) out.push_back("child");
  if (labor & 2) out.push_back("forced");
  return out;
}

Json summary_json(const score::Summary& s) {
  Json counts;
  for (std::size_t i = 0; i < score::kLevelCount; ++i) {
    counts[std::string(score::to_string(static_cast<Level>(i)))] = s.counts[i];
  }
  Json j;
  j["files"] = s.files;
  j["lines"] = s.lines;
  j["level"] = std::string(score::to_string(s.level));
  j["score"] = one_decimal(s.score);
  j["counts"] = std::move(counts);
  j["unresolved"] = s.unresolved;
  j["suppressed"] = s.suppressed;
  j["scored"] = s.scored;
  j["errors"] = s.errors;
  j["exposure"] = s.exposure ? Json(one_decimal(*s.exposure)) : Json(nullptr);
  return j;
}

Json files_json(const std::vector<score::FileSummary>& files) {
  Json out = Json::array();
  for (const auto& f : files) {
    out.push_back({{"file", f.file}, {"format", f.format}, {"rows", f.rows}, {"scored", f.scored},
                   {"errors", f.errors}, {"error", or_null(f.error)},
                   {"level", std::string(score::to_string(f.level))}, {"score", one_decimal(f.score)},
                   {"exposure", f.exposure ? Json(one_decimal(*f.exposure)) : Json(nullptr)}});
  }
  return out;
}

Json problem_json(const score::Problem& p) {
  return {{"file", p.file}, {"line", p.line ? Json(p.line) : Json(nullptr)},
          {"column", p.column ? Json(p.column) : Json(nullptr)},
          {"severity", p.error ? "error" : "warning"}, {"message", p.message}};
}

Json problems_json(const std::vector<score::Problem>& problems) {
  Json out = Json::array();
  for (const auto& p : problems) {
    out.push_back(problem_json(p));
  }
  return out;
}

}  // namespace

nlohmann::ordered_json signal_json(const score::Signal& s) {
  Json j;
  j["kind"] = s.kind;
  j["severity"] = std::string(score::to_string(s.severity));
  if (s.labor) j["labor"] = labor_list(s.labor);
  if (!s.commodity.empty()) j["commodity"] = s.commodity;
  if (!s.country.empty()) j["country"] = s.country;
  if (!s.region.empty()) j["region"] = s.region;
  j["weight"] = s.weight;
  if (s.weight_before_mitigation > 0) j["weight_before_mitigation"] = s.weight_before_mitigation;
  if (s.forcing) j["forces"] = "critical";
  if (s.expected) j["expected"] = true;
  j["path"] = s.path;
  j["sources"] = s.sources;
  if (!s.entity_id.empty()) {
    j["entity"] = {{"id", s.entity_id}, {"name", s.entity_name}, {"matched", s.entity_matched},
                   {"list", s.entity_list}, {"score", s.entity_score}};
  }
  if (!s.origins.empty()) {
    Json origins = Json::array();
    for (const auto& o : s.origins) {
      Json oj{{"country", o.country}};
      if (!o.region.empty()) oj["region"] = o.region;
      oj["share"] = std::round(o.share * 1e4) / 1e4;
      oj["basis"] = o.basis;
      oj["source"] = or_null(o.source);
      origins.push_back(std::move(oj));
    }
    j["origins"] = std::move(origins);
  }
  j["message"] = s.message;
  return j;
}

nlohmann::ordered_json line_json(const score::LineReport& l) {
  Json j;
  j["file"] = l.file;
  j["line"] = l.line;
  j["id"] = or_null(l.id);
  j["description"] = or_null(l.description);
  j["material"] = or_null(l.material);
  j["commodity"] = or_null(l.commodity);
  j["origin"] = or_null(l.origin);
  j["region"] = or_null(l.region);
  j["supplier"] = or_null(l.supplier);
  j["supplier_country"] = or_null(l.supplier_country);
  j["score"] = one_decimal(l.score);
  j["level"] = std::string(score::to_string(l.level));
  j["suppressed"] = l.suppressed;
  j["suppressed_reason"] = or_null(l.suppressed_reason);
  j["suppressed_by"] = or_null(l.suppressed_by);
  Json signals = Json::array();
  for (const auto& s : l.signals()) signals.push_back(signal_json(s));
  j["signals"] = std::move(signals);
  j["parent"] = or_null(l.parent);
  j["hs_code"] = or_null(l.hs_code);
  j["commodity_via"] = or_null(l.commodity_via);
  j["quantity"] = or_null(l.quantity);
  j["unit"] = or_null(l.unit);
  j["spend"] = l.spend ? Json(*l.spend) : or_null(l.spend_text);
  j["currency"] = or_null(l.currency);
  j["weight"] = or_null(l.weight);
  j["supplier_tier"] = or_null(l.supplier_tier);
  j["certifications"] = l.certifications;
  if (!l.level_from_child.empty()) j["level_from_child"] = l.level_from_child;
  Json extra = Json::object();
  for (const auto& [k, v] : l.extra) extra[k] = v;
  j["extra"] = std::move(extra);
  return j;
}

namespace {

// The head is one ordered_json document dumped up to the "lines" array; the lines are
// streamed one compact object per text line, so a million-line report never exists as one
// DOM or one string, takes half the bytes of an indented one, and still reads (and greps,
// and diffs) a BOM line at a time.
// The report without its lines: schema, tool, datasets, summary, files, problems.
Json head_json(const score::ReportHead& head, bool with_problems = true) {
  Json j;
  j["schema"] = "chainrisk.report/v1";
  j["tool"] = {{"name", "chainrisk"}, {"version", head.tool_version}};
  Json datasets = Json::array();
  for (const auto& d : head.datasets) {
    datasets.push_back({{"id", d.id}, {"version", d.version}, {"published", d.published},
                        {"publisher", d.publisher}, {"source", d.source}});
  }
  j["datasets"] = std::move(datasets);
  j["summary"] = summary_json(head.summary);
  j["files"] = files_json(head.files);
  if (with_problems) j["problems"] = problems_json(head.problems);
  if (head.problems_omitted) j["problems_omitted"] = head.problems_omitted;
  return j;
}

class JsonWriter final : public ReportWriter {
 public:
  JsonWriter(const WriteOptions& o, std::ostream& out) : o_(o), out_(out) {}

  void begin(const score::ReportHead& head) override {
    // The problems (up to 100,000) are rendered one at a time into the text rather than as
    // one document: as a DOM they took more memory than the whole scan.
    Json j = head_json(head, false);
    j["problems"] = Json::array();
    j["lines"] = Json::array();
    // Invalid UTF-8 cannot reach here (readers reject it); replace rather than throw anyway.
    std::string text = j.dump(2, ' ', false, Json::error_handler_t::replace);
    std::string_view empty = "\"problems\": [],";
    std::size_t at = text.rfind(empty);
    out_.buf = text.substr(0, at + empty.size() - 2);  // up to "["
    for (std::size_t i = 0; i < head.problems.size(); ++i) {
      out_.buf += i ? ",\n    " : "\n    ";
      std::string one = problem_json(head.problems[i]).dump(2, ' ', false, Json::error_handler_t::replace);
      for (char c : one) {
        out_.buf += c;
        if (c == '\n') out_.buf += "    ";
      }
      out_.block_done();  // written as it goes: 100,000 problems are tens of megabytes
    }
    out_.buf += head.problems.empty() ? "]," : "\n  ],";
    std::string rest = text.substr(at + empty.size());
    out_.buf += rest.substr(0, rest.size() - std::string_view("[]\n}").size() + 1);  // up to "["
  }

  void line(const score::LineReport& l) override {
    if (l.level < o_.min_level) return;
    out_.buf.append(first_ ? "\n    " : ",\n    ");
    lines_.append(out_.buf, l);
    first_ = false;
    out_.block_done();
  }

  void end() override {
    out_.buf.append(first_ ? "]\n}\n" : "\n  ]\n}\n");
    out_.flush();
  }

 private:
  WriteOptions o_;
  BlockOutput out_;
  LineTextWriter lines_;
  bool first_ = true;
};

// NDJSON (docs/formats.md): each line as one {"type":"line", ...} object (the members of
// the JSON report's lines[]) as soon as it is scored, then one {"type":"summary", ...}
// object with the report's head, so a consumer of many parts reduces the summaries.
class NdjsonWriter final : public ReportWriter {
 public:
  NdjsonWriter(const WriteOptions& o, std::ostream& out) : o_(o), out_(out) {}

  void begin(const score::ReportHead& head) override {
    Json j;
    j["type"] = "summary";
    Json rest = head_json(head);  // a named object: items() of a temporary would dangle
    for (auto& [k, v] : rest.items()) j[k] = std::move(v);
    summary_ = j.dump(-1, ' ', false, Json::error_handler_t::replace);
  }

  void line(const score::LineReport& l) override {
    if (l.level < o_.min_level) return;
    lines_.append(out_.buf, l, "\"type\":\"line\"");
    out_.buf += '\n';
    out_.block_done();
  }

  void end() override {
    out_.buf += summary_;
    out_.buf += '\n';
    out_.flush();
  }

 private:
  WriteOptions o_;
  BlockOutput out_;
  LineTextWriter lines_;
  std::string summary_;
};

}  // namespace

std::unique_ptr<ReportWriter> make_ndjson_writer(const WriteOptions& options, std::ostream& out) {
  return std::make_unique<NdjsonWriter>(options, out);
}

std::unique_ptr<ReportWriter> make_json_writer(const WriteOptions& options, std::ostream& out) {
  return std::make_unique<JsonWriter>(options, out);
}

}  // namespace chainrisk::report
