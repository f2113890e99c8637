#include "assembly.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <deque>
#include <numeric>

namespace chainrisk::score {
namespace {

using io::Field;

std::optional<DeclaredOrigin> declared_by(const io::BomLine& line, const resolve::ResolvedLine& r) {
  if (!r.commodity || !r.origin) return std::nullopt;
  return DeclaredOrigin{r.commodity->id, *r.origin, r.region.has_value(),
                        static_cast<std::uint32_t>(line.line)};
}

}  // namespace

void AssemblyTree::note_parent(const std::string& parent) {
  if (!parent.empty()) parents_.try_emplace(parent);
}

bool AssemblyTree::add(std::size_t index, const io::BomLine& line, const resolve::ResolvedLine& r,
                       Diagnostics& diag) {
  const std::string& id = line.get(Field::id);
  const std::string& parent = line.get(Field::parent);
  if (!parent.empty() && parent == id) {
    diag.warning(file_, line.cell(Field::parent).pos,
                 fmt::format("line '{}' names itself as parent; it is scored as top-level", parent));
  }
  if (id.empty()) return false;
  auto it = parents_.find(id);
  if (it == parents_.end()) return false;
  if (it->second.node) {
    diag.warning(file_, line.cell(Field::id).pos,
                 fmt::format("id '{}' is also the id of line {}; children name the first", id,
                             nodes_[*it->second.node].line));
    return false;
  }
  it->second.node = nodes_.size();
  it->second.waiting.clear();
  Node n;
  n.index = index;
  n.line = line.line;
  n.id = id;
  if (parent != id) {
    n.parent = parent;
    n.parent_pos = line.cell(Field::parent).pos;
    n.own = declared_by(line, r);
  }
  resolved_.push_back(r);
  n.spend = io::parse_amount(line.get(Field::spend));
  n.supplier = line.get(Field::supplier);
  nodes_.push_back(std::move(n));
  return true;
}

void AssemblyTree::add_leaf(const io::BomLine& line, const resolve::ResolvedLine& r, Level level,
                            bool suppressed) {
  const std::string& parent = line.get(Field::parent);
  if (parent.empty() || parent == line.get(Field::id)) return;
  auto it = parents_.find(parent);
  if (it == parents_.end()) return;  // cannot happen: pass 0 noted every parent
  Entry& e = it->second;
  if (!e.node) e.waiting.push_back(line.cell(Field::parent).pos);
  if (auto d = declared_by(line, r)) e.declared.push_back(*d);
  if (!e.has_leaf) e.first_leaf = line.line;
  e.has_leaf = true;
  // methodology.md roll-up: the first child at the highest level names it; a waived
  // child does not raise it.
  if (!suppressed && (e.leaf_from_line == 0 || level > e.leaf_level)) {
    e.leaf_level = level;
    e.leaf_from = line.get(Field::id);
    e.leaf_from_line = line.line;
  }
}

void AssemblyTree::finish(const Scorer& scorer, Diagnostics& diag) {
  for (auto& [id, e] : parents_) {
    for (const auto& pos : e.waiting) {
      diag.warning(file_, pos, fmt::format("parent '{}' is not the id of any line; the line is scored as top-level", id));
    }
    e.waiting = {};
  }
  for (auto& n : nodes_) {
    if (n.parent.empty()) continue;
    auto it = parents_.find(n.parent);
    if (it != parents_.end() && it->second.node) {
      n.up = *it->second.node;
    } else {
      diag.warning(file_, n.parent_pos,
                   fmt::format("parent '{}' is not the id of any line; the line is scored as top-level", n.parent));
    }
  }
  cut_cycles(diag);
  // Declared origins: each child's and each node's own, to every ancestor, in line order.
  for (const auto& [id, e] : parents_) {
    if (!e.node) continue;
    for (auto k = std::optional<std::size_t>(*e.node); k; k = nodes_[*k].up) {
      auto& d = nodes_[*k].declared;
      d.insert(d.end(), e.declared.begin(), e.declared.end());
    }
  }
  for (const auto& n : nodes_) {
    if (!n.own) continue;
    for (auto k = n.up; k; k = nodes_[*k].up) nodes_[*k].declared.push_back(*n.own);
  }
  for (auto& n : nodes_) {
    std::stable_sort(n.declared.begin(), n.declared.end(),
                     [](const DeclaredOrigin& a, const DeclaredOrigin& b) { return a.line < b.line; });
    n.slot = scorer.slot(resolved_.front(), n.declared);
    n.level = scorer.scored(n.slot).level;
    resolved_.pop_front();  // scored: its resolution is no longer needed
    n.declared = {};
  }
}

// A cycle (A in B, B in A) has no top: report each once, at the line where a walk up the
// tree (started from lines in file order) comes back, and cut it there.
void AssemblyTree::cut_cycles(Diagnostics& diag) {
  std::vector<std::size_t> first_seen(nodes_.size());
  for (std::size_t k = 0; k < nodes_.size(); ++k) first_seen[k] = nodes_[k].line;
  for (const auto& [id, e] : parents_) {
    if (e.node && e.has_leaf) first_seen[*e.node] = std::min(first_seen[*e.node], e.first_leaf);
  }
  std::vector<std::size_t> order(nodes_.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return first_seen[a] < first_seen[b]; });
  std::vector<std::uint8_t> state(nodes_.size(), 0);  // 0 new, 1 on the current walk, 2 done
  for (std::size_t start : order) {
    std::vector<std::size_t> walk;
    std::size_t i = start;
    while (state[i] == 0) {
      state[i] = 1;
      walk.push_back(i);
      if (!nodes_[i].up) break;
      i = *nodes_[i].up;
    }
    if (state[i] == 1 && nodes_[i].up) {
      std::string chain;
      std::size_t j = i;
      do {
        chain += fmt::format("{} (line {}) → ", nodes_[j].id, nodes_[j].line);
        j = *nodes_[j].up;
      } while (j != i);
      chain += nodes_[i].id;
      diag.warning(file_, nodes_[i].parent_pos,
                   fmt::format("parent cycle {}; line {} is scored as top-level", chain, nodes_[i].line));
      nodes_[i].up.reset();
    }
    for (auto w : walk) state[w] = 2;
  }
}

// methodology.md roll-up: an assembly is at least as severe as its most severe child.
// Children that are not assemblies come first, in line order (their entry kept the first
// at the highest level); then assemblies as soon as their own children are settled.
void AssemblyTree::roll_up() {
  for (const auto& [id, e] : parents_) {
    if (!e.node || e.leaf_from_line == 0) continue;
    Node& n = nodes_[*e.node];
    if (e.leaf_level > n.level) {
      n.level = e.leaf_level;
      n.level_from_child = e.leaf_from;
    }
  }
  std::vector<std::size_t> pending(nodes_.size(), 0);
  for (const auto& n : nodes_) {
    if (n.up) ++pending[*n.up];
  }
  std::deque<std::size_t> ready;
  for (std::size_t k = 0; k < nodes_.size(); ++k) {
    if (pending[k] == 0) ready.push_back(k);
  }
  while (!ready.empty()) {
    std::size_t c = ready.front();
    ready.pop_front();
    if (!nodes_[c].up) continue;
    std::size_t p = *nodes_[c].up;
    if (!nodes_[c].suppressed && nodes_[c].level > nodes_[p].level) {
      nodes_[p].level = nodes_[c].level;
      nodes_[p].level_from_child = nodes_[c].id;
    }
    if (--pending[p] == 0) ready.push_back(p);
  }
}

}  // namespace chainrisk::score
