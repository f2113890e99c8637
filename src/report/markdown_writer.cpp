// A GitHub-flavoured Markdown report for pull-request comments (docs/formats.md, "Markdown
// report"): a summary table, the most severe lines at medium and above with their evidence,
// the sources cited and the first problems. Every value from the input or the datasets
// goes through markdown_escape; raw HTML (<details>) holds only our own words and numbers.
#include <fmt/format.h>

#include <algorithm>
#include <set>
#include <tuple>

#include "chainrisk/report/escape.hpp"
#include "chainrisk/report/writers.hpp"

namespace chainrisk::report {
namespace {

using score::Level;

// Lines listed in the table, and those of them shown with their evidence (at most
// kMaxSignals signals each): enough for a review. The rest are counted, not listed.
constexpr std::size_t kMaxListed = 50;
constexpr std::size_t kMaxDetailed = 20;
constexpr std::size_t kMaxSignals = 10;
constexpr std::size_t kMaxProblems = 20;
constexpr std::size_t kMaxFiles = 50;  // rows of the files table, and files named as not read
constexpr std::size_t kMaxCell = 60;   // code points of an input value in a table cell

// GitHub refuses a comment longer than 65,536 characters. The writer counts bytes (a
// character is one to four), writes a table row, evidence block, source or problem only
// if kReserve bytes remain after it, and writes fewer than kReserve bytes of headings,
// notes and footer unconditionally after the summary, so the whole stays within the limit
// whatever the input (a long evidence block is the usual reason to stop early).
constexpr std::size_t kMaxComment = 65536;
constexpr std::size_t kReserve = 2048;
// Room kept for the evidence heading and its note when choosing the blocks that fit.
constexpr std::size_t kEvidenceHead = 256;

std::string cell(std::string_view value) {
  if (value.empty()) return "-";
  return markdown_escape(truncate_to_width(terminal_safe(value), kMaxCell));
}

// "suppressed" or "suppressed: REASON" for a suppressed line (the reason cut to a table
// cell's width when `in_cell`), "" otherwise.
std::string suppression_note(const score::LineReport& l, bool in_cell) {
  if (!l.suppressed) return {};
  const std::string& reason = l.suppressed_reason;
  if (reason.empty()) return "suppressed";
  return fmt::format("suppressed: {}", in_cell ? cell(reason) : markdown_escape(reason));
}

std::string level_text(const score::LineReport& l) {
  std::string out(score::to_string(l.level));
  if (l.level >= Level::high) out = fmt::format("**{}**", out);
  if (l.suppressed) out += fmt::format(" ({})", suppression_note(l, true));
  return out;
}

std::string row_of(const score::LineReport& l, bool many_files) {
  std::string where = many_files ? cell(fmt::format("{}:{}", l.file, l.line)) : std::to_string(l.line);
  std::string origin = l.origin ? *l.origin : "";
  if (l.region) origin.append("/").append(l.region->substr(l.region->find('-') + 1));
  return fmt::format("| {} | {} | {} | {} | {} | {} | {:.1f} | {} |\n", where, cell(l.id),
                     cell(l.description.empty() ? l.material : l.description), l.commodity ? cell(*l.commodity) : "?",
                     cell(origin), cell(l.supplier), l.score, level_text(l));
}

std::string signal_item(const score::Signal& s) {
  std::vector<std::string> notes{fmt::format("weight {:.2f}", s.weight)};
  if (s.weight_before_mitigation > 0) notes.push_back(fmt::format("{:.2f} before certification", s.weight_before_mitigation));
  if (s.forcing) notes.push_back("forces critical");
  if (s.expected) notes.push_back("expected");
  std::string out = fmt::format("- **{}** ({}): {}\n", markdown_escape(s.kind), fmt::join(notes, ", "),
                                markdown_escape(s.message));
  std::vector<std::string> more;
  if (!s.path.empty()) {
    std::vector<std::string> path;
    for (const auto& p : s.path) path.push_back(markdown_escape(p));
    more.push_back(fmt::format("path: {}", fmt::join(path, " → ")));
  }
  if (!s.sources.empty()) {
    std::vector<std::string> sources;
    for (const auto& src : s.sources) sources.push_back(markdown_escape(src));
    more.push_back(fmt::format("sources: {}", fmt::join(sources, ", ")));
  }
  if (!more.empty()) out += fmt::format("  {}\n", fmt::join(more, "; "));
  return out;
}

// The indexes of the kMaxSignals signals that weigh most (forcing ones first, the first of
// equals), in the line's own order.
std::vector<std::size_t> heaviest(const score::SignalList& signals) {
  std::vector<std::size_t> order(signals.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return std::make_tuple(signals[a].forcing, signals[a].weight) > std::make_tuple(signals[b].forcing, signals[b].weight);
  });
  order.resize(std::min(order.size(), kMaxSignals));
  std::sort(order.begin(), order.end());
  return order;
}

// A collapsed block per line. The <summary> is raw HTML, where Markdown escapes do not
// apply, so it names the line by number only; the input's values follow as Markdown.
std::string evidence_of(const score::LineReport& l, std::size_t file_number) {
  std::string title = file_number ? fmt::format("file {}, line {}", file_number, l.line) : fmt::format("line {}", l.line);
  std::string out = fmt::format("\n<details>\n<summary>{}: {} {:.1f}</summary>\n\n", title, score::to_string(l.level), l.score);
  out += fmt::format("**{}:{}** · {} · {}", markdown_escape(l.file), l.line, cell(l.id),
                     cell(l.description.empty() ? l.material : l.description));
  out += l.suppressed ? fmt::format(" · {}\n\n", suppression_note(l, false)) : std::string("\n\n");
  const auto& signals = l.signals();
  for (std::size_t i : heaviest(signals)) out += signal_item(signals[i]);
  if (signals.size() > kMaxSignals) {
    out += fmt::format("- and {} more signals (`chainrisk explain` shows them all)\n", signals.size() - kMaxSignals);
  }
  if (!l.level_from_child.empty()) {
    out += fmt::format("- **assembly**: level {} from child line {}\n", score::to_string(l.level),
                       markdown_escape(l.level_from_child));
  }
  if (l.signals().empty() && l.level_from_child.empty()) out += "- no signals\n";
  return out + "\n</details>\n";
}

// A listed line, rendered when it arrives so no reference to it is kept.
struct Listed {
  Level level;
  double score;
  std::size_t seq;  // input order
  std::string row, evidence;
  std::vector<std::string> sources;
};

// Most severe first: level, then score, then input order.
bool ranks_before(const Listed& a, const Listed& b) {
  return std::make_tuple(b.level, b.score, a.seq) < std::make_tuple(a.level, a.score, b.seq);
}

std::string position(const score::Problem& p) {
  if (p.line == 0) return markdown_escape(p.file);
  if (p.column == 0) return fmt::format("{}:{}", markdown_escape(p.file), p.line);
  return fmt::format("{}:{}:{}", markdown_escape(p.file), p.line, p.column);
}

// "<https://a> ; <https://b> (and more)": each http(s) URL of a dataset's source, a word
// of its own, becomes an autolink (which admits no space, '<' or '>'); the rest is escaped.
std::string link_or_text(std::string_view source) {
  std::string safe = terminal_safe(source), out;
  std::size_t at = 0;
  while (at <= safe.size()) {
    std::size_t end = std::min(safe.find(' ', at), safe.size());
    std::string_view word(safe.data() + at, end - at);
    bool is_url = (word.rfind("https://", 0) == 0 || word.rfind("http://", 0) == 0) &&
                  word.find_first_of("<>") == std::string_view::npos;
    out += is_url ? fmt::format("<{}>", word) : markdown_escape(word);
    if (end < safe.size()) out += ' ';
    at = end + 1;
  }
  return out;
}

class MarkdownWriter final : public ReportWriter {
 public:
  MarkdownWriter(const WriteOptions& o, std::ostream& out)
      : out_(out), threshold_(std::max(Level::medium, o.min_level)) {}

  void begin(const score::ReportHead& head) override {
    head_.tool_version = head.tool_version;
    head_.datasets = head.datasets;
    for (const auto& p : head.problems) {
      if (head_.problems.size() == kMaxProblems) break;
      head_.problems.push_back(p);
    }
    problems_total_ = head.problems.size() + head.problems_omitted;
    if (head.files.size() > 1) {
      for (const auto& f : head.files) file_numbers_.push_back(f.file);
    }
    write_summary(head);
  }

  void line(const score::LineReport& l) override {
    std::size_t seq = seq_++;
    if (l.level < threshold_) return;
    ++at_threshold_;
    Listed entry{l.level, l.score, seq, {}, {}, {}};
    if (listed_.size() == kMaxListed && !ranks_before(entry, listed_.front())) return;
    entry.row = row_of(l, !file_numbers_.empty());
    entry.evidence = evidence_of(l, file_number(l.file));
    for (const auto& s : l.signals()) entry.sources.insert(entry.sources.end(), s.sources.begin(), s.sources.end());
    listed_.push_back(std::move(entry));
    std::push_heap(listed_.begin(), listed_.end(), ranks_before);
    if (listed_.size() > kMaxListed) {
      std::pop_heap(listed_.begin(), listed_.end(), ranks_before);
      listed_.pop_back();
    }
  }

  void end() override {
    std::sort(listed_.begin(), listed_.end(), ranks_before);
    write_lines();
    write_sources();
    write_problems();
    put(fmt::format("\n---\nGenerated by chainrisk {}.\n", head_.tool_version));
  }

 private:
  std::size_t file_number(const std::string& file) const {
    auto it = std::find(file_numbers_.begin(), file_numbers_.end(), file);
    return it == file_numbers_.end() ? 0 : static_cast<std::size_t>(it - file_numbers_.begin()) + 1;
  }

  void put(std::string_view text) {
    out_ << text;
    written_ += text.size();
  }
  // Whether `size` more bytes leave kReserve of the comment's limit.
  bool fits(std::size_t size) const { return written_ + size + kReserve <= kMaxComment; }

  void write_summary(const score::ReportHead& head);
  void write_files(const score::ReportHead& head);
  void write_lines();
  void write_evidence();
  void write_sources();
  void write_problems();

  std::ostream& out_;
  std::size_t written_ = 0;  // bytes so far
  Level threshold_;
  score::ReportHead head_;  // datasets, tool version and the problems shown; no lines
  std::size_t problems_total_ = 0;
  std::vector<std::string> file_numbers_;  // files by number, when there are several
  std::size_t seq_ = 0, at_threshold_ = 0;
  // The kMaxListed most severe lines so far, a heap whose front is the least severe (the
  // first evicted), so memory stays bounded however many lines there are.
  std::vector<Listed> listed_;
  std::size_t shown_ = 0, detailed_ = 0;  // of listed_: rows written, evidence blocks written
};

void MarkdownWriter::write_summary(const score::ReportHead& head) {
  const auto& s = head.summary;
  put("# chainrisk scan report\n\n");
  put(fmt::format("Highest level **{}** (score {:.1f}) in {} {} from {} {}.\n\n", score::to_string(s.level), s.score,
                  s.lines, s.lines == 1 ? "line" : "lines", s.files, s.files == 1 ? "file" : "files"));
  put("## Summary\n\n| | |\n|:--|--:|\n");
  put(fmt::format("| files | {} |\n| lines | {} |\n", s.files, s.lines));
  for (std::size_t i = score::kLevelCount; i-- > 0;) {
    put(fmt::format("| {} | {} |\n", score::to_string(static_cast<Level>(i)), s.counts[i]));
  }
  put(fmt::format("| highest score | {:.1f} |\n", s.score));
  put(fmt::format("| spend-weighted score | {} |\n", s.exposure ? fmt::format("{:.1f}", *s.exposure) : "-"));
  put(fmt::format("| unresolved | {} |\n| suppressed | {} |\n| errors | {} |\n", s.unresolved, s.suppressed, s.errors));
  write_files(head);
}

// Per file when there are several; a file that could not be read is named in any case, as
// stderr is not in the comment.
void MarkdownWriter::write_files(const score::ReportHead& head) {
  if (head.files.size() > 1) {
    put("\n| # | file | format | lines | level | highest score |\n|--:|:--|:--|--:|:--|--:|\n");
    std::size_t rows = 0;
    for (; rows < std::min(head.files.size(), kMaxFiles); ++rows) {
      const auto& f = head.files[rows];
      std::string row = fmt::format("| {} | {} | {} | {} | {} | {:.1f} |\n", rows + 1, cell(f.file),
                                    f.error.empty() ? f.format : "-", f.scored,
                                    f.error.empty() ? score::to_string(f.level) : "not read", f.score);
      if (!fits(row.size())) break;
      put(row);
    }
    if (rows < head.files.size()) put(fmt::format("\n{} more files not listed here.\n", head.files.size() - rows));
  }
  std::size_t unread = 0, named = 0;
  for (const auto& f : head.files) {
    if (f.error.empty()) continue;
    ++unread;
    std::string note = fmt::format("\nNot read: {}: {}\n", cell(f.file), markdown_escape(f.error));
    if (named < kMaxFiles && named + 1 == unread && fits(note.size())) {
      put(note);
      ++named;
    }
  }
  if (named < unread) put(fmt::format("\nAnd {} more files not read.\n", unread - named));
}

void MarkdownWriter::write_lines() {
  std::string_view level = score::to_string(threshold_);
  put(fmt::format("\n## Lines at {} or above\n\n", level));
  if (listed_.empty()) {
    put(fmt::format("No line is at {} or above.\n", level));
    return;
  }
  put("Most severe first.\n\n");
  put("| line | id | description | commodity | origin | supplier | score | level |\n");
  put("|--:|:--|:--|:--|:--|:--|--:|:--|\n");
  while (shown_ < listed_.size() && fits(listed_[shown_].row.size())) put(listed_[shown_++].row);
  if (at_threshold_ > shown_) {
    std::size_t left = at_threshold_ - shown_;
    put(fmt::format("\n{} more {} at {} or above not listed here; the csv and json formats list every line.\n", left,
                    left == 1 ? "line" : "lines", level));
  }
  write_evidence();
}

// The evidence of the first kMaxDetailed lines listed, as many as the comment has room for.
void MarkdownWriter::write_evidence() {
  std::size_t room = written_ + kEvidenceHead;
  while (detailed_ < std::min(shown_, kMaxDetailed) &&
         room + listed_[detailed_].evidence.size() + kReserve <= kMaxComment) {
    room += listed_[detailed_++].evidence.size();
  }
  put("\n### Evidence\n");
  if (detailed_ == 0) {
    put("\nToo long for a comment; `chainrisk explain FILE --line N` shows any line's evidence.\n");
  } else if (detailed_ < shown_) {
    put(fmt::format("\nOf the first {} lines above; `chainrisk explain FILE --line N` shows any line's.\n", detailed_));
  }
  for (std::size_t i = 0; i < detailed_; ++i) put(listed_[i].evidence);
}

void MarkdownWriter::write_sources() {
  std::set<std::string> cited;
  for (std::size_t i = 0; i < detailed_; ++i) cited.insert(listed_[i].sources.begin(), listed_[i].sources.end());
  std::vector<std::string> items;
  for (const auto& d : head_.datasets) {
    std::string prefix = d.id + ":";
    if (std::none_of(cited.begin(), cited.end(), [&](const std::string& c) { return c.rfind(prefix, 0) == 0; })) {
      continue;
    }
    std::string title = d.title.empty() ? "" : markdown_escape(d.title) + ", ";
    items.push_back(fmt::format("- **{}** {}: {}{}, published {}, {}\n", markdown_escape(d.id),
                                markdown_escape(d.version), title, markdown_escape(d.publisher),
                                markdown_escape(d.published), link_or_text(d.source)));
  }
  if (items.empty()) return;
  put("\n## Sources\n\n");
  std::size_t shown = 0;
  while (shown < items.size() && fits(items[shown].size())) put(items[shown++]);
  if (shown < items.size()) put(fmt::format("- and {} more (`chainrisk data info`)\n", items.size() - shown));
}

void MarkdownWriter::write_problems() {
  if (problems_total_ == 0) return;
  put("\n## Problems\n\n");
  std::size_t shown = 0;
  for (const auto& p : head_.problems) {
    std::string item = fmt::format("- {}: {}: {}\n", position(p), p.error ? "error" : "warning", markdown_escape(p.message));
    if (!fits(item.size())) break;
    put(item);
    ++shown;
  }
  if (problems_total_ > shown) {
    put(fmt::format("- and {} more (on stderr, and in the json report)\n", problems_total_ - shown));
  }
}

}  // namespace

std::unique_ptr<ReportWriter> make_markdown_writer(const WriteOptions& options, std::ostream& out) {
  return std::make_unique<MarkdownWriter>(options, out);
}

}  // namespace chainrisk::report
