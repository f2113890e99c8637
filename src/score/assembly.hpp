#pragma once
// The assembly tree of a streamed BOM (bom-format.md `parent`), kept for the lines that
// take part in it only: a first pass collects the ids that lines name as parents; the
// reading pass records those lines ("nodes") and folds every other child into its parent's
// entry; finish() links the nodes, reports missing parents and cycles, and settles each
// node's declared origins and rolled-up level. Memory grows with the assemblies, not the
// lines (docs/performance.md).
#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "chainrisk/diagnostics.hpp"
#include "chainrisk/io/bom.hpp"
#include "chainrisk/resolve/resolve_bom.hpp"
#include "chainrisk/score/level.hpp"
#include "chainrisk/score/scorer.hpp"

namespace chainrisk::score {

class AssemblyTree {
 public:
  // A line named as a parent, with what it needs to be scored once its subtree is known.
  struct Node {
    std::size_t index = 0;  // ordinal of the line among the file's usable lines
    std::size_t line = 0;   // physical line
    std::string id, parent;
    TextPos parent_pos;
    std::optional<DeclaredOrigin> own;  // what this line declares to its ancestors
    std::optional<std::size_t> up;      // parent node, once linked
    std::vector<DeclaredOrigin> declared;
    Level level = Level::none;          // rolled up, after finish()
    std::string level_from_child;
    std::uint32_t slot = 0;             // its evidence, after finish()
    std::optional<double> spend;        // for the spend-weighted totals
    std::string supplier;               // as given, for waivers
    bool suppressed = false;            // a waiver matched it: it raises no ancestor
  };

  explicit AssemblyTree(std::string file) : file_(std::move(file)) {}

  // Pass 0: `parent` is named as a parent.
  void note_parent(const std::string& parent);
  bool empty() const { return parents_.empty(); }

  // Reading pass, every line in order. Returns true when the line is a node: its
  // evidence waits for finish(). Otherwise the line was scored as `slot` (its own level
  // `level`) and, when it is a child, folded into its parent's entry.
  bool add(std::size_t index, const io::BomLine& line, const resolve::ResolvedLine& r, Diagnostics& diag);
  // A suppressed leaf declares its origin to its ancestors but does not raise their level.
  void add_leaf(const io::BomLine& line, const resolve::ResolvedLine& r, Level level, bool suppressed);

  // Link, report and settle; scores the nodes with `scorer`. The caller may then mark
  // nodes suppressed, and calls roll_up().
  void finish(const Scorer& scorer, Diagnostics& diag);
  // methodology.md roll-up of levels, over any depth.
  void roll_up();

  // Nodes in line order.
  const std::deque<Node>& nodes() const { return nodes_; }
  std::deque<Node>& nodes() { return nodes_; }

 private:
  struct Entry {  // one id named as a parent
    std::optional<std::size_t> node;
    std::vector<TextPos> waiting;  // children seen before the node, for "no such line"
    std::vector<DeclaredOrigin> declared;  // from children that are not nodes
    Level leaf_level = Level::none;
    std::string leaf_from;  // first unsuppressed leaf child at leaf_level
    std::size_t leaf_from_line = 0;  // its line; 0 while there is none
    bool has_leaf = false;
    std::size_t first_leaf = 0;  // index of the first leaf child (walk order for cycles)
  };
  void cut_cycles(Diagnostics& diag);

  std::string file_;
  std::unordered_map<std::string, Entry> parents_;
  std::deque<Node> nodes_;  // a deque: no doubling copy of 100,000s of nodes
  // Each node's resolution, until finish() scores it: kept apart and freed as the nodes are
  // scored, while their evidence is stored (the two would otherwise be held at once).
  std::deque<resolve::ResolvedLine> resolved_;
};

}  // namespace chainrisk::score
