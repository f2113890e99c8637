#pragma once

#include <ostream>

#include "chainrisk/entity/search.hpp"
#include "chainrisk/model/graph.hpp"

namespace chainrisk::report {

// `entity QUERY --format markdown`: the matches as a table (score, kind, listed name, id, list,
// the spelling that matched, place, sector, date added, source), then the lists searched.
void write_entity_search_markdown(const entity::EntitySearch& s, const model::Graph& g, std::ostream& out);

}  // namespace chainrisk::report
