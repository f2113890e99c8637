// The streamed scan (docs/performance.md). Per file, up to three passes over its lines:
//   0. only for a BOM with a parent column: collect the ids named as parents;
//   1. resolve and score every line, keeping one evidence slot number per line, fold the
//      children into the assembly tree and total the summary;
//   2. after the head is written: read the lines again and stream each with its evidence.
// Memory holds the datasets, the distinct resolutions and evidence, four bytes per line
// and the assemblies; never the lines themselves.
#include "chainrisk/score/scan.hpp"

#include <fmt/format.h>
#include <sched.h>

#include <algorithm>
#include <array>
#include <deque>
#include <limits>
#include <memory>
#include <optional>
#include <thread>

#include "assembly.hpp"
#include "stages.hpp"
#include "chainrisk/error.hpp"
#include "chainrisk/io/line_source.hpp"
#include "chainrisk/resolve/resolver.hpp"
#include "chainrisk/score/scorer.hpp"
#include "chainrisk/score/waive.hpp"

namespace chainrisk::score {
namespace {

using io::Field;

// Level counts, top score and spend-weighted score of a set of lines.
struct Totals {
  std::array<std::size_t, kLevelCount> counts{};
  std::size_t lines = 0, unresolved = 0, suppressed = 0;
  Level level = Level::none;  // of unsuppressed lines
  double score = 0, spend = 0, weighted = 0;

  void add(Level l, double s, std::optional<double> spent, bool unres, bool supp) {
    ++counts[static_cast<std::size_t>(l)];
    ++lines;
    unresolved += unres;
    suppressed += supp;
    if (!supp) level = std::max(level, l);
    score = std::max(score, s);
    if (spent) {
      spend += *spent;
      weighted += *spent * s;
    }
  }
  std::optional<double> exposure() const { return spend > 0 ? std::optional<double>(weighted / spend) : std::nullopt; }
};

constexpr std::uint32_t kPending = std::numeric_limits<std::uint32_t>::max();

struct FileScan {
  std::unique_ptr<io::LineSource> source;
  std::deque<std::uint32_t> slots;  // per usable line, its evidence (a deque: never a doubling copy)
  // The suppressed lines (by ordinal, ascending) and the rule of each: few in practice.
  std::vector<std::pair<std::size_t, const waiver::Waiver*>> waived;
  std::optional<AssemblyTree> tree;
  Totals totals;
};

class Pipeline {
 public:
  Pipeline(const model::Graph& g, const Policy& p, const waiver::WaiverSet* w, unsigned jobs)
      : graph_(g), resolver_(g), scorer_(g, p), waivers_(w && !w->empty() ? w : nullptr), jobs_(jobs) {}

  // Passes 0 and 1.
  void read(FileScan& f, Diagnostics& diag) {
    auto& src = *f.source;
    Diagnostics scratch;  // pass 1 reports the header's problems; pass 0 only a fatal one
    src.rewind(scratch);
    if (src.info().fatal) {
      for (const auto& d : scratch.items()) diag.add(d.file, d.pos, d.severity, d.message);
      return;
    }
    if (src.has_field(Field::parent)) {
      f.tree.emplace(src.info().name);
      while (src.next(line_)) f.tree->note_parent(line_.get(Field::parent));
      if (f.tree->empty()) f.tree.reset();
    }
    src.rewind(diag);
    resolve::LineResolver resolver(resolver_, src.info().name);
    // Reading and resolving (on the producer's side) report into `diag` through the
    // source; scoring and the assembly tree into their own list, added after the pass, so
    // the problems are the same whichever thread found them.
    Diagnostics scoring;
    scoring.keep_first(diag.limit());
    std::size_t index = 0;
    read_stages_.run(
        jobs_,
        [&](ReadItem& item) {
          if (!src.next(item.line)) return false;
          resolver.resolve(item.line, item.resolved, diag);
          return true;
        },
        [&](ReadItem& item) {
          const auto& line = item.line;
          const auto& resolved = item.resolved;
          if (f.tree && f.tree->add(index, line, resolved, scoring)) {
            f.slots.push_back(kPending);
          } else {
            std::uint32_t slot = scorer_.slot(resolved);
            const auto& s = scorer_.scored(slot);
            f.slots.push_back(slot);
            const auto* rule = waiver_for(line.get(Field::id), line.get(Field::supplier), s);
            if (rule) f.waived.emplace_back(index, rule);
            f.totals.add(s.level, s.score, io::parse_amount(line.get(Field::spend)), s.unresolved, rule != nullptr);
            if (f.tree) f.tree->add_leaf(line, resolved, s.level, rule != nullptr);
          }
          ++index;
        });
    diag.merge(std::move(scoring));
    if (src.info().fatal) {  // changed while read: nothing of it is reported
      f.slots = {};
      f.waived = {};
      f.tree.reset();
      f.totals = {};
      return;
    }
    if (!f.tree) return;
    f.tree->finish(scorer_, diag);
    bool waived_nodes = false;
    for (auto& n : f.tree->nodes()) {
      const auto* rule = waiver_for(n.id, n.supplier, scorer_.scored(n.slot));
      n.suppressed = rule != nullptr;
      if (rule) f.waived.emplace_back(n.index, rule);
      waived_nodes = waived_nodes || rule;
    }
    if (waived_nodes) std::sort(f.waived.begin(), f.waived.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    f.tree->roll_up();
    for (const auto& n : f.tree->nodes()) {
      f.slots[n.index] = n.slot;
      const auto& s = scorer_.scored(n.slot);
      f.totals.add(n.level, s.score, n.spend, s.unresolved, n.suppressed);
    }
  }

  // Pass 2.
  void write(FileScan& f, ReportSink& sink) {
    auto& src = *f.source;
    Diagnostics scratch;
    src.rewind(scratch);
    const std::string& name = src.info().name;
    std::size_t index = 0, node = 0, waived = 0;
    const auto* nodes = f.tree ? &f.tree->nodes() : nullptr;
    write_stages_.run(
        jobs_,
        [&](WriteItem& item) {
          if (index >= f.slots.size() || !src.next(item.line)) return false;
          LineReport& lr = item.report;
          if (lr.file != name) lr.file = name;
          fill(lr, item.line, scorer_.scored(f.slots[index]));
          if (nodes && node < nodes->size() && (*nodes)[node].index == index) {
            lr.level = (*nodes)[node].level;
            lr.level_from_child = (*nodes)[node].level_from_child;
            ++node;
          }
          if (waived < f.waived.size() && f.waived[waived].first == index) {
            const auto* rule = f.waived[waived++].second;
            lr.suppressed = true;
            lr.suppressed_reason = rule->reason;
            lr.suppressed_by = rule->location();
          }
          ++index;
          return true;
        },
        [&](WriteItem& item) { sink.line(item.report); });
    if (index == f.slots.size() && !src.info().fatal) {  // no line past the ones scored
      io::BomLine extra;
      if (src.next(extra)) ++index;
    }
    if (index != f.slots.size() || src.info().fatal) {
      throw InputError(fmt::format("{}: {}", src.info().name,
                                   src.changed().empty() ? "file changed while it was read; scan it again once it is complete"
                                                         : src.changed()));
    }
  }

 private:
  // The report line: the BOM's own values, then what the slot resolved and scored.
  void fill(LineReport& lr, const io::BomLine& line, const Scorer::Scored& s) const {
    lr.line = line.line;
    lr.id = line.get(Field::id);
    lr.parent = line.get(Field::parent);
    lr.description = line.get(Field::description);
    lr.material = line.get(Field::material);
    lr.hs_code = line.get(Field::hs_code);
    lr.supplier = line.get(Field::supplier);
    if (s.commodity) {
      lr.commodity = graph_.commodities[*s.commodity].id;
      lr.commodity_name = graph_.commodities[*s.commodity].name;
      lr.commodity_via = resolve::to_string(s.via);
    } else {
      lr.commodity.reset();
      lr.commodity_name.clear();
      lr.commodity_via.clear();
    }
    set(lr.origin, s.origin ? &graph_.countries[*s.origin].code : nullptr);
    set(lr.region, s.region ? &graph_.regions[*s.region].code : nullptr);
    set(lr.supplier_country, s.supplier_country ? &graph_.countries[*s.supplier_country].code : nullptr);
    lr.spend = io::parse_amount(line.get(Field::spend));
    lr.quantity = line.get(Field::quantity);
    lr.unit = line.get(Field::unit);
    lr.spend_text = line.get(Field::spend);
    lr.currency = line.get(Field::currency);
    lr.weight = line.get(Field::weight);
    lr.supplier_tier = line.get(Field::tier);
    const auto& certs = line.get(Field::certifications);
    if (certs.empty()) {
      lr.certifications.clear();
    } else {
      lr.certifications = io::split_certifications(certs);
    }
    lr.extra = line.extra;
    lr.evidence = s.evidence;
    lr.score = s.score;
    lr.level = s.level;
    lr.level_from_child.clear();
    lr.unresolved = s.unresolved;
    lr.suppressed = false;
    lr.suppressed_reason.clear();
    lr.suppressed_by.clear();
  }

  // The rule that waives a line, or nullptr (docs/waivers.md).
  const waiver::Waiver* waiver_for(const std::string& id, const std::string& supplier, const Scorer::Scored& s) const {
    if (!waivers_) return nullptr;
    static const SignalList kNone;
    auto facts = line_facts(id, supplier, s.commodity ? std::string_view(graph_.commodities[*s.commodity].id) : "",
                            s.origin ? std::string_view(graph_.countries[*s.origin].code) : "",
                            s.evidence ? *s.evidence : kNone, waivers_->uses_kind());
    return waivers_->match(facts);
  }

  static void set(std::optional<std::string>& field, const std::string* value) {
    if (value) {
      field = *value;
    } else {
      field.reset();
    }
  }

  const model::Graph& graph_;
  resolve::Resolver resolver_;
  Scorer scorer_;
  const waiver::WaiverSet* waivers_;  // null when there are no rules
  unsigned jobs_;
  io::BomLine line_;  // pass 0
  struct ReadItem {
    io::BomLine line;
    resolve::ResolvedLine resolved;
  };
  struct WriteItem {
    io::BomLine line;
    LineReport report;
  };
  Stages<ReadItem> read_stages_;
  Stages<WriteItem> write_stages_;
};

ReportHead head_of(const model::Graph& graph, const std::vector<FileScan>& files, Diagnostics& diag,
                   const ScanOptions& o) {
  ReportHead h;
  h.tool_version = o.tool_version;
  for (const auto& d : graph.datasets) {
    h.datasets.push_back({d.id, d.version, d.published, d.publisher, d.title, d.source, d.license});
  }
  auto& s = h.summary;
  double spend = 0, weighted = 0;
  for (const auto& f : files) {
    const auto& info = f.source->info();
    const auto& t = f.totals;
    ++s.files;
    s.lines += info.rows_read;
    s.errors += info.rows_rejected;
    s.scored += t.lines;
    for (std::size_t i = 0; i < kLevelCount; ++i) s.counts[i] += t.counts[i];
    s.unresolved += t.unresolved;
    s.suppressed += t.suppressed;
    s.level = std::max(s.level, t.level);
    s.score = std::max(s.score, t.score);
    spend += t.spend;
    weighted += t.weighted;
    FileSummary fs;
    fs.file = info.name;
    fs.format = std::string(io::to_string(info.format));
    fs.rows = info.rows_read;
    fs.scored = t.lines;
    fs.errors = info.rows_rejected;
    fs.level = t.level;
    fs.score = t.score;
    fs.exposure = t.exposure();
    h.files.push_back(std::move(fs));
  }
  if (spend > 0) s.exposure = weighted / spend;
  diag.keep_first(o.max_problems);  // exactly: the report and stderr list the same problems
  diag.sort_by_position();
  h.problems_omitted = diag.dropped();
  for (const auto& d : diag.items()) {
    if (h.problems.size() >= o.max_problems) {
      ++h.problems_omitted;
      continue;
    }
    h.problems.push_back({d.file, d.pos.line, d.pos.col, d.severity == Severity::error, d.message});
  }
  for (std::size_t i = 0; i < files.size(); ++i) {
    if (!files[i].source->info().fatal) continue;
    for (const auto& d : diag.items()) {
      if (d.file == h.files[i].file && d.severity == Severity::error) {
        h.files[i].error = d.message;
        break;
      }
    }
  }
  return h;
}

ScanOutcome run(const model::Graph& graph, const Policy& policy, std::vector<FileScan>& files,
                const ScanOptions& options, ReportSink& sink, std::optional<Level> fail_at, Diagnostics diag) {
  Pipeline pipeline(graph, policy, options.waivers, options.jobs);
  diag.keep_first(options.max_problems);
  ScanOutcome out;
  for (auto& f : files) {
    pipeline.read(f, diag);
    out.fatal = out.fatal || f.source->info().fatal;
  }
  out.head = head_of(graph, files, diag, options);
  if (options.on_read) options.on_read(diag);
  out.diag = std::move(diag);
  out.failing = fail_at && out.head.summary.level >= *fail_at;
  sink.begin(out.head);
  for (auto& f : files) {
    if (!f.source->info().fatal) pipeline.write(f, sink);
  }
  sink.end();
  return out;
}

// Keeps the streamed lines (explain, tests: small scans).
class Collect final : public ReportSink {
 public:
  explicit Collect(Report& r) : r_(r) {}
  void begin(const ReportHead& head) override { static_cast<ReportHead&>(r_) = head; }
  void line(const LineReport& l) override { r_.lines.push_back(l); }
  void end() override {}

 private:
  Report& r_;
};

}  // namespace

unsigned jobs_or_all_cores(unsigned jobs) {
  if (jobs != 0) return jobs;
  // The cores this process may run on (taskset, a container's cpuset), not the machine's:
  // two threads on one allowed core only add switching.
  cpu_set_t allowed;
  CPU_ZERO(&allowed);
  if (::sched_getaffinity(0, sizeof(allowed), &allowed) == 0 && CPU_COUNT(&allowed) > 0) {
    return static_cast<unsigned>(CPU_COUNT(&allowed));
  }
  return std::max(1u, std::thread::hardware_concurrency());
}

ScanOutcome scan(const model::Graph& graph, const Policy& policy, const std::vector<std::string>& paths,
                 const ScanOptions& options, ReportSink& sink, std::optional<Level> fail_at) {
  Diagnostics diag;
  std::vector<FileScan> files(paths.size());
  for (std::size_t i = 0; i < paths.size(); ++i) files[i].source = io::open_line_source(paths[i], diag);
  return run(graph, policy, files, options, sink, fail_at, std::move(diag));
}

ScanResult scan_paths(const model::Graph& graph, const Policy& policy, const std::vector<std::string>& paths,
                      const std::string& tool_version, const waiver::WaiverSet* waivers) {
  ScanResult r;
  Collect sink(r.report);
  ScanOptions o;
  o.tool_version = tool_version;
  o.waivers = waivers;
  auto out = scan(graph, policy, paths, o, sink);
  r.diag = std::move(out.diag);
  r.fatal = out.fatal;
  return r;
}

Report scan_boms(const model::Graph& graph, const Policy& policy, std::vector<io::BomFile> boms,
                 const std::string& tool_version, Diagnostics& diag, const waiver::WaiverSet* waivers) {
  Report rep;
  Collect sink(rep);
  std::vector<FileScan> files(boms.size());
  for (std::size_t i = 0; i < boms.size(); ++i) files[i].source = io::memory_line_source(std::move(boms[i]));
  ScanOptions o;
  o.tool_version = tool_version;
  o.waivers = waivers;
  auto out = run(graph, policy, files, o, sink, std::nullopt, std::move(diag));
  diag = std::move(out.diag);
  return rep;
}

bool fails_at(const Report& report, Level level) {
  return std::any_of(report.lines.begin(), report.lines.end(), [&](const LineReport& l) {
    return !l.suppressed && l.level >= level;
  });
}

}  // namespace chainrisk::score
