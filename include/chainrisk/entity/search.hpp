#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "chainrisk/entity/matcher.hpp"
#include "chainrisk/entity/normalize.hpp"

namespace chainrisk::entity {

// `chainrisk entity QUERY`: what a person searching the entity lists sees.
struct EntitySearch {
  std::string query;
  std::vector<NameToken> tokens;  // the query as normalized
  Thresholds thresholds;
  // The exact and possible matches, best first; when there are none, the closest names
  // below the review threshold (kind weak), as hints.
  std::vector<EntityMatch> matches;

  // True when a match reaches the review threshold.
  bool found() const { return !matches.empty() && matches.front().kind != MatchKind::weak; }
};

// Search the entities of `matcher` for `query`, keeping at most `limit` matches.
EntitySearch search_entities(const EntityMatcher& matcher, std::string_view query, std::size_t limit);

}  // namespace chainrisk::entity
