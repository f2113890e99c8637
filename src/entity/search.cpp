#include "chainrisk/entity/search.hpp"

#include <algorithm>

namespace chainrisk::entity {

EntitySearch search_entities(const EntityMatcher& matcher, std::string_view query, std::size_t limit) {
  EntitySearch out{std::string(query), normalize_name(query), matcher.thresholds(), matcher.match(query, limit)};
  // Weak matches are only hints: shown when nothing reaches review, never beside a match.
  if (out.found()) {
    std::erase_if(out.matches, [](const EntityMatch& m) { return m.kind == MatchKind::weak; });
  }
  return out;
}

}  // namespace chainrisk::entity
