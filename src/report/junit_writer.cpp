// JUnit XML for CI test reports (docs/formats.md): one <testsuite> per BOM file, one
// <testcase> per BOM line, a failure for each line at or above the fail level.
// A <testsuite> states its counts before its testcases, and the head has no per-file counts
// after --min-level and waivers, so each file's testcases are kept, already escaped, until
// the file's last line has come (lines arrive grouped by file, in input order); then the
// testsuite is written whole. Memory is one file's testcases, never the whole report.
#include <fmt/format.h>

#include "chainrisk/report/writers.hpp"
#include "chainrisk/report/xml.hpp"

namespace chainrisk::report {
namespace {

using score::Level;

std::string line_name(const score::LineReport& l) {
  std::string name = fmt::format("line {}:", l.line);
  if (!l.id.empty()) name.append(" ").append(l.id);
  const std::string& what = l.description.empty() ? l.material : l.description;
  if (!what.empty()) name.append(" ").append(what);
  return name;
}

// What the line is and every signal, one per text line, as the table shows them.
std::string evidence(const score::LineReport& l) {
  std::string origin = l.origin.value_or("unknown");
  if (l.region) origin.append(" (").append(*l.region).append(")");
  std::string out = fmt::format("commodity {}, origin {}, supplier {}; score {:.1f}, level {}\n",
                                l.commodity.value_or("unresolved"), origin, l.supplier.empty() ? "-" : l.supplier,
                                l.score, score::to_string(l.level));
  for (const auto& s : l.signals()) {
    out += fmt::format("{} {:.2f}: {}", s.kind, s.weight, s.message);
    if (!s.sources.empty()) out += fmt::format(" [{}]", fmt::join(s.sources, ", "));
    out += '\n';
  }
  if (!l.level_from_child.empty()) {
    out += fmt::format("assembly: level {} from child line {}\n", score::to_string(l.level), l.level_from_child);
  }
  return out;
}

std::string failure_message(const score::LineReport& l) {
  std::string msg = fmt::format("level {}, score {:.1f}", score::to_string(l.level), l.score);
  // An assembly's level comes from its child, not from its own first signal.
  if (!l.level_from_child.empty()) return msg + fmt::format(", from child line {}", l.level_from_child);
  if (!l.signals().empty()) msg += fmt::format(": {}", l.signals().front().message);
  return msg;
}

// One file's testsuite while its lines come.
struct Suite {
  std::string file;
  std::string cases;  // the <testcase> elements, escaped
  std::size_t tests = 0, failures = 0, errors = 0, skipped = 0;
};

class JunitWriter final : public ReportWriter {
 public:
  JunitWriter(const WriteOptions& o, std::ostream& out)
      : o_(o), fail_(o.fail_on.value_or(kDefaultFailLevel)), out_(out) {}

  void begin(const score::ReportHead& head) override {
    for (const auto& f : head.files) files_.push_back(f.file);
    problems_ = head.problems;
    properties_ = properties_xml(head);
    out_ << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"chainrisk\">\n";
  }

  void line(const score::LineReport& l) override {
    if (l.level < o_.min_level) return;
    if (!open_ || l.file != suite_.file) start_suite(l.file);
    add_testcase(l);
  }

  void end() override {
    if (open_) write_suite(std::move(suite_));
    while (next_file_ < files_.size()) write_suite(Suite{files_[next_file_++], {}, 0, 0, 0, 0});
    out_ << "</testsuites>\n";
  }

 private:
  std::string properties_xml(const score::ReportHead& head) const {
    std::string out = "    <properties>\n";
    auto add = [&out](std::string_view name, std::string_view value) {
      out += fmt::format("      <property name=\"{}\" value=\"{}\"/>\n", xml_attribute(name), xml_attribute(value));
    };
    add("tool", fmt::format("chainrisk {}", head.tool_version));
    add("fail-on", score::to_string(fail_));
    for (const auto& d : head.datasets) {
      add(fmt::format("dataset:{}", d.id), fmt::format("{} ({}, {})", d.version, d.published, d.publisher));
    }
    return out + "    </properties>\n";
  }

  // Files without a line shown (unread, empty, or every line below --min-level) still get
  // their testsuite, in the order of the head.
  void start_suite(const std::string& file) {
    if (open_) write_suite(std::move(suite_));
    for (std::size_t i = next_file_; i < files_.size(); ++i) {
      if (files_[i] != file) continue;
      while (next_file_ < i) write_suite(Suite{files_[next_file_++], {}, 0, 0, 0, 0});
      next_file_ = i + 1;
      break;
    }
    suite_ = Suite{file, {}, 0, 0, 0, 0};
    open_ = true;
  }

  void add_testcase(const score::LineReport& l) {
    auto& c = suite_.cases;
    c += fmt::format("    <testcase classname=\"{}\" name=\"{}\"", xml_attribute(l.file), xml_attribute(line_name(l)));
    ++suite_.tests;
    bool fails = !l.suppressed && l.level >= fail_;
    if (!fails && !l.suppressed && l.signals().empty()) {
      c += "/>\n";
      return;
    }
    c += ">\n";
    if (fails) {
      ++suite_.failures;
      c += fmt::format("      <failure message=\"{}\" type=\"{}\">{}</failure>\n", xml_attribute(failure_message(l)),
                       score::to_string(l.level), xml_text(evidence(l)));
    } else {
      if (l.suppressed) {
        ++suite_.skipped;
        const std::string& reason = l.suppressed_reason;
        c += fmt::format("      <skipped message=\"{}\"/>\n",
                         xml_attribute(reason.empty() ? "suppressed" : fmt::format("suppressed: {}", reason)));
      }
      if (!l.signals().empty()) c += fmt::format("      <system-out>{}</system-out>\n", xml_text(evidence(l)));
    }
    c += "    </testcase>\n";
  }

  // The file's input errors become testcases in error; its warnings go to <system-err>.
  void add_problems(Suite& s) const {
    std::string warnings;
    for (const auto& p : problems_) {
      if (p.file != s.file) continue;
      std::string where = p.line ? fmt::format("{}:{}:{}", p.file, p.line, p.column) : p.file;
      if (!p.error) {
        warnings += fmt::format("{}: warning: {}\n", where, p.message);
        continue;
      }
      ++s.tests;
      ++s.errors;
      s.cases += fmt::format("    <testcase classname=\"{}\" name=\"{}\">\n      <error message=\"{}\" type=\"input\"/>\n"
                             "    </testcase>\n",
                             xml_attribute(s.file), xml_attribute(fmt::format("input error at {}", where)),
                             xml_attribute(p.message));
    }
    if (!warnings.empty()) s.cases += fmt::format("    <system-err>{}</system-err>\n", xml_text(warnings));
  }

  void write_suite(Suite s) {
    add_problems(s);
    out_ << fmt::format("  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"{}\" skipped=\"{}\">\n",
                        xml_attribute(s.file), s.tests, s.failures, s.errors, s.skipped)
         << properties_ << s.cases << "  </testsuite>\n";
    open_ = false;
  }

  WriteOptions o_;
  Level fail_;
  std::ostream& out_;
  std::vector<std::string> files_;         // the head's files, in order
  std::size_t next_file_ = 0;              // the first of them without a testsuite yet
  std::vector<score::Problem> problems_;   // capped by the scan (docs/reliability.md)
  std::string properties_;
  Suite suite_;
  bool open_ = false;
};

}  // namespace

std::unique_ptr<ReportWriter> make_junit_writer(const WriteOptions& options, std::ostream& out) {
  return std::make_unique<JunitWriter>(options, out);
}

}  // namespace chainrisk::report
