// The assembly tree of a multi-level BOM (bom-format.md `parent`): which line each line is
// part of. Problems are warnings, never fatal: the line is still scored, as top-level.
#include <fmt/format.h>

#include <string_view>
#include <unordered_map>

#include "chainrisk/resolve/resolve_bom.hpp"

namespace chainrisk::resolve {

void link_parents(const io::BomFile& bom, std::vector<ResolvedLine>& resolved, Diagnostics& diag) {
  using io::Field;
  std::unordered_map<std::string_view, std::size_t> by_id;
  for (std::size_t i = 0; i < bom.lines.size(); ++i) {
    const auto& id = bom.lines[i].get(Field::id);
    if (id.empty()) continue;
    auto [it, fresh] = by_id.emplace(id, i);
    if (!fresh) {
      diag.warning(bom.name, bom.lines[i].cell(Field::id).pos,
                   fmt::format("id '{}' is also the id of line {}; children name the first", id,
                               bom.lines[it->second].line));
    }
  }
  for (std::size_t i = 0; i < bom.lines.size(); ++i) {
    const auto& parent = bom.lines[i].get(Field::parent);
    if (parent.empty()) continue;
    auto it = by_id.find(parent);
    TextPos pos = bom.lines[i].cell(Field::parent).pos;
    if (it == by_id.end()) {
      diag.warning(bom.name, pos, fmt::format("parent '{}' is not the id of any line; the line is scored as top-level", parent));
    } else if (it->second == i) {
      diag.warning(bom.name, pos, fmt::format("line '{}' names itself as parent; it is scored as top-level", parent));
    } else {
      resolved[i].parent = it->second;
    }
  }
  // A cycle (A in B, B in A) has no top: report each cycle once, at its first line, and
  // cut it there so every walk up the tree ends.
  std::vector<std::uint8_t> state(bom.lines.size(), 0);  // 0 new, 1 on the current walk, 2 done
  for (std::size_t start = 0; start < bom.lines.size(); ++start) {
    std::vector<std::size_t> walk;
    std::size_t i = start;
    while (state[i] == 0) {
      state[i] = 1;
      walk.push_back(i);
      if (!resolved[i].parent) break;
      i = *resolved[i].parent;
    }
    if (state[i] == 1 && resolved[i].parent) {  // back on this walk: a cycle through i
      std::string chain;
      std::size_t j = i;
      do {
        chain += fmt::format("{} (line {}) → ", bom.lines[j].get(Field::id), bom.lines[j].line);
        j = *resolved[j].parent;
      } while (j != i);
      chain += bom.lines[i].get(Field::id);
      diag.warning(bom.name, bom.lines[i].cell(Field::parent).pos,
                   fmt::format("parent cycle {}; line {} is scored as top-level", chain, bom.lines[i].line));
      resolved[i].parent.reset();
    }
    for (auto w : walk) state[w] = 2;
  }
}

}  // namespace chainrisk::resolve
