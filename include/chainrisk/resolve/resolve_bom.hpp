#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "chainrisk/diagnostics.hpp"
#include "chainrisk/io/bom.hpp"
#include "chainrisk/resolve/resolver.hpp"

namespace chainrisk::resolve {

// A BOM value that could not be identified; it is reported and never scored as clean.
struct Unresolved {
  io::Field field;
  std::string value;
  std::string message;
};

// A BOM line mapped onto the graph.
struct ResolvedLine {
  std::optional<CommodityMatch> commodity;
  std::optional<CountryId> origin;
  bool origin_from_region = false;  // origin inferred from the region's country
  std::optional<CountryId> supplier_country;
  std::optional<RegionId> region;
  std::vector<Unresolved> unresolved;
  std::optional<std::size_t> parent;  // index of the line this one is part of (link_parents)
  // Entity-list entries the supplier's name resembles, best first (score ≥ the matcher's
  // floor); the scorer decides, by its policy's thresholds, what counts.
  std::vector<entity::EntityMatch> supplier_matches;
  // Recognised certifications that cover the line's commodity (graph.certifications ids).
  std::vector<std::uint32_t> certifications;
};

class LineResolverImpl;

// Resolves BOM lines one at a time, memoising each distinct value, so a file streamed line
// by line resolves as fast as one held whole. Each unresolved value is a warning in `diag`
// at the value's position, with a "did you mean" hint when one is close.
class LineResolver {
 public:
  LineResolver(const Resolver& resolver, std::string file);
  ~LineResolver();
  LineResolver(LineResolver&&) noexcept;
  // `out` is overwritten (its storage reused); its `parent` is left unset.
  void resolve(const io::BomLine& line, ResolvedLine& out, Diagnostics& diag);

 private:
  std::unique_ptr<LineResolverImpl> impl_;
};

// Resolve every line of `bom` (index-aligned with bom.lines). Each unresolved value is a
// warning in `diag` at the value's position, with a "did you mean" hint when one is close.
// Distinct values are resolved once, so large BOMs with repeated values stay fast.
std::vector<ResolvedLine> resolve_bom(const Resolver& resolver, const io::BomFile& bom,
                                      Diagnostics& diag);

// Set each line's `parent` from the BOM's id and parent fields (resolve_bom calls it). A
// parent that names no line or the line itself, a duplicate id, and a parent cycle are
// warnings at the value; such a line is scored as top-level, so the tree has no cycles.
void link_parents(const io::BomFile& bom, std::vector<ResolvedLine>& resolved, Diagnostics& diag);

}  // namespace chainrisk::resolve
