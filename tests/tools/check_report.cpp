// Checks the invariants every JSON report must hold (style.md §6, bloaty's tests/test.h):
// rows read = lines scored + rows in error, per file and in total, each row in error among
// the problems; level counts sum to the lines scored; every
// line's level is at least what its score gives; the summary level is the worst line's;
// every signal kind is one of cli.md's and every source names a dataset of the report; a
// suppressed line names its waiver's reason and location, and summary.suppressed counts them.
// Usage: check_report REPORT.json  (exit 0 when all hold, 1 with a message otherwise)
#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <iostream>
#include <set>
#include <string>

namespace {

using nlohmann::json;

const std::string kLevels[] = {"none", "low", "medium", "high", "critical"};

int rank(const std::string& level) {
  for (int i = 0; i < 5; ++i) {
    if (kLevels[i] == level) return i;
  }
  throw std::runtime_error("unknown level \"" + level + "\"");
}

int level_of_score(double s) { return s >= 90 ? 4 : s >= 60 ? 3 : s >= 30 ? 2 : s > 0 ? 1 : 0; }

void require(bool ok, const std::string& what) {
  if (!ok) throw std::runtime_error(what);
}

void check(const json& r) {
  require(r.at("schema") == "chainrisk.report/v1", "schema is not chainrisk.report/v1");
  const auto& s = r.at("summary");
  std::size_t lines = s.at("lines"), scored = s.at("scored"), errors = s.at("errors");
  require(lines == scored + errors, "summary.lines != scored + errors");
  std::size_t counted = 0;
  for (const auto& l : kLevels) counted += s.at("counts").at(l).get<std::size_t>();
  require(counted == scored, "level counts do not sum to the lines scored");
  // Per file: every row scored or in error, each row in error reported as a problem, and
  // a file that was not read says why.
  const auto& files = r.at("files");
  require(files.size() == s.at("files").get<std::size_t>(), "files[] does not list every file");
  std::size_t rows = 0;
  for (const auto& f : files) {
    std::string name = f.at("file");
    std::size_t f_rows = f.at("rows"), f_scored = f.at("scored"), f_errors = f.at("errors");
    require(f_rows == f_scored + f_errors, name + ": rows != scored + errors");
    std::size_t reported = 0;
    for (const auto& p : r.at("problems")) reported += p.at("file") == name && p.at("severity") == "error";
    require(reported >= f_errors, name + ": fewer errors reported than rows in error");
    require(f.at("error").is_null() || (f_rows == 0 && reported > 0), name + ": a file not read has no rows");
    rows += f_rows;
  }
  require(rows == lines, "files[].rows do not sum to summary.lines");
  std::set<std::string> datasets;
  for (const auto& d : r.at("datasets")) datasets.insert(d.at("id").get<std::string>());
  const std::set<std::string> kinds{"entity", "region", "finding", "upstream", "tier",
                                    "origin-unknown", "unresolved", "mitigation"};
  const auto& shown = r.at("lines");
  require(shown.size() <= scored, "more lines shown than scored");
  int worst = 0;
  std::size_t suppressed = 0;
  for (const auto& l : shown) {
    std::string where = l.at("file").get<std::string>() + ":" + std::to_string(l.at("line").get<int>());
    require(rank(l.at("level")) >= level_of_score(l.at("score")), where + ": level below its score");
    bool waived = l.at("suppressed").get<bool>();
    suppressed += waived;
    require(l.at("suppressed_reason").is_string() == waived && l.at("suppressed_by").is_string() == waived,
            where + ": suppressed_reason and suppressed_by are not given exactly when suppressed");
    if (!waived) worst = std::max(worst, rank(l.at("level")));
    for (const auto& sig : l.at("signals")) {
      require(kinds.count(sig.at("kind")) == 1, where + ": unknown signal kind");
      for (const auto& src : sig.at("sources")) {
        std::string id = src.get<std::string>().substr(0, src.get<std::string>().find(':'));
        require(datasets.count(id) == 1, where + ": source " + src.get<std::string>() + " names no dataset of the report");
      }
    }
  }
  if (shown.size() == scored) require(rank(s.at("level")) == worst, "summary.level is not the worst line's level");
  if (shown.size() == scored) require(s.at("suppressed") == suppressed, "summary.suppressed is not the lines suppressed");
}

}  // namespace

// An NDJSON report as the JSON report it must equal: the summary object (last, and only
// last) with the line objects as its lines, in order, each without its "type".
json from_ndjson(std::istream& in) {
  json lines = json::array(), report;
  std::string text;
  while (std::getline(in, text)) {
    if (!report.is_null()) throw std::runtime_error("an object after the summary");
    json o = json::parse(text);
    std::string type = o.at("type");
    o.erase("type");
    if (type == "line") {
      lines.push_back(std::move(o));
    } else if (type == "summary") {
      report = std::move(o);
    } else {
      throw std::runtime_error("unknown object type " + type);
    }
  }
  if (report.is_null()) throw std::runtime_error("no summary object at the end");
  report["lines"] = std::move(lines);
  return report;
}

int main(int argc, char** argv) {
  bool ndjson = argc == 3 && std::string(argv[1]) == "--ndjson";
  if (argc != 2 && !ndjson) {
    std::cerr << "usage: check_report [--ndjson] REPORT\n";
    return 2;
  }
  const char* path = argv[argc - 1];
  try {
    std::ifstream in(path);
    check(ndjson ? from_ndjson(in) : json::parse(in));
  } catch (const std::exception& e) {
    std::cerr << "check_report: " << path << ": " << e.what() << '\n';
    return 1;
  }
  return 0;
}
