#include <cstdlib>
#include <deque>
#include <unordered_map>

#include "chainrisk/score/scorer.hpp"
#include "chainrisk/score/waive.hpp"

namespace chainrisk::score {
namespace {

using io::Field;

LineReport line_fields(const io::BomFile& bom, const io::BomLine& line,
                       const resolve::ResolvedLine& r, const model::Graph& g) {
  LineReport lr;
  lr.file = bom.name;
  lr.line = line.line;
  lr.id = line.get(Field::id);
  lr.parent = line.get(Field::parent);
  lr.description = line.get(Field::description);
  lr.material = line.get(Field::material);
  lr.hs_code = line.get(Field::hs_code);
  lr.supplier = line.get(Field::supplier);
  if (r.commodity) {
    lr.commodity = g.commodities[r.commodity->id].id;
    lr.commodity_name = g.commodities[r.commodity->id].name;
    lr.commodity_via = std::string(resolve::to_string(r.commodity->via));
  }
  if (r.origin) lr.origin = g.countries[*r.origin].code;
  if (r.region) lr.region = g.regions[*r.region].code;
  if (r.supplier_country) lr.supplier_country = g.countries[*r.supplier_country].code;
  lr.spend = io::parse_amount(line.get(Field::spend));
  lr.quantity = line.get(Field::quantity);
  lr.unit = line.get(Field::unit);
  lr.spend_text = line.get(Field::spend);
  lr.currency = line.get(Field::currency);
  lr.weight = line.get(Field::weight);
  lr.supplier_tier = line.get(Field::tier);
  lr.certifications = io::split_certifications(line.get(Field::certifications));
  lr.extra = line.extra;
  return lr;
}

// methodology.md roll-up: an assembly is at least as severe as its most severe child.
// Children are settled before their parents (Kahn's order over child → parent links), so
// levels climb any depth without recursion. link_parents has cut every parent cycle.
void roll_up(std::vector<LineReport>& lines, std::size_t first, const std::vector<resolve::ResolvedLine>& resolved) {
  std::vector<std::size_t> pending(resolved.size(), 0);
  for (const auto& r : resolved) {
    if (r.parent) ++pending[*r.parent];
  }
  std::deque<std::size_t> ready;
  for (std::size_t i = 0; i < resolved.size(); ++i) {
    if (pending[i] == 0) ready.push_back(i);
  }
  while (!ready.empty()) {
    std::size_t c = ready.front();
    ready.pop_front();
    if (!resolved[c].parent) continue;
    std::size_t p = *resolved[c].parent;
    auto& parent = lines[first + p];
    const auto& child = lines[first + c];
    if (!child.suppressed && child.level > parent.level) {  // a waived child does not raise it
      parent.level = child.level;
      parent.level_from_child = child.id;
    }
    if (--pending[p] == 0) ready.push_back(p);
  }
}

// For each line, the commodities and origins its descendants declare (upstream p(c)).
std::vector<std::vector<DeclaredOrigin>> declared_below(const io::BomFile& bom,
                                                        const std::vector<resolve::ResolvedLine>& resolved) {
  std::vector<std::vector<DeclaredOrigin>> out(resolved.size());
  for (std::size_t i = 0; i < resolved.size(); ++i) {
    const auto& r = resolved[i];
    if (!r.commodity || !r.origin || !r.parent) continue;
    DeclaredOrigin d{r.commodity->id, *r.origin, r.region.has_value(), bom.lines[i].line};
    // Up the tree: link_parents guarantees it ends; the depth guard is for safety alone.
    std::size_t guard = 0;
    for (auto p = r.parent; p && guard++ < resolved.size(); p = resolved[*p].parent) out[*p].push_back(d);
  }
  return out;
}

// The level, top score and spend-weighted score of lines [first, last) into `f`.
void file_totals(const std::vector<LineReport>& lines, std::size_t first, std::size_t last, FileSummary& f) {
  double spend = 0, weighted = 0;
  for (std::size_t i = first; i < last; ++i) {
    const auto& l = lines[i];
    if (!l.suppressed) f.level = std::max(f.level, l.level);
    f.score = std::max(f.score, l.score);
    if (l.spend) {
      spend += *l.spend;
      weighted += *l.spend * l.score;
    }
  }
  if (spend > 0) f.exposure = weighted / spend;
}

void total(Report& rep) {
  auto& s = rep.summary;
  double spend = 0, weighted = 0;
  for (const auto& l : rep.lines) {
    ++s.counts[static_cast<std::size_t>(l.level)];
    s.unresolved += l.unresolved;
    s.suppressed += l.suppressed;
    if (!l.suppressed) s.level = std::max(s.level, l.level);
    s.score = std::max(s.score, l.score);
    if (l.spend) {
      spend += *l.spend;
      weighted += *l.spend * l.score;
    }
  }
  s.scored = rep.lines.size();
  if (spend > 0) s.exposure = weighted / spend;
}

}  // namespace

Report build_report(const model::Graph& graph, const Policy& policy,
                    const std::vector<ScannedFile>& files, const std::string& tool_version,
                    const waiver::WaiverSet& waivers) {
  Report rep;
  rep.tool_version = tool_version;
  for (const auto& d : graph.datasets) {
    rep.datasets.push_back({d.id, d.version, d.published, d.publisher, d.title, d.source, d.license});
  }
  Scorer scorer(graph, policy);
  std::size_t total_lines = 0;
  for (const auto& f : files) total_lines += f.bom->lines.size();
  rep.lines.reserve(total_lines);
  for (const auto& f : files) {
    ++rep.summary.files;
    rep.summary.lines += f.bom->rows_read;
    rep.summary.errors += f.bom->rows_rejected;
    FileSummary fs;
    fs.file = f.bom->name;
    fs.format = std::string(io::to_string(f.bom->format));
    fs.rows = f.bom->rows_read;
    fs.scored = f.bom->lines.size();
    fs.errors = f.bom->rows_rejected;
    rep.files.push_back(std::move(fs));
    std::size_t first = rep.lines.size();
    auto declared = declared_below(*f.bom, *f.resolved);
    for (std::size_t i = 0; i < f.bom->lines.size(); ++i) {
      LineReport lr = line_fields(*f.bom, f.bom->lines[i], (*f.resolved)[i], graph);
      scorer.score_line((*f.resolved)[i], lr, declared[i]);
      apply_waivers(waivers, lr);
      rep.lines.push_back(std::move(lr));
    }
    roll_up(rep.lines, first, *f.resolved);
    file_totals(rep.lines, first, rep.lines.size(), rep.files.back());
  }
  total(rep);
  return rep;
}

}  // namespace chainrisk::score
