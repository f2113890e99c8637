#pragma once

#include <ostream>
#include <string_view>

#include "chainrisk/entity/search.hpp"
#include "chainrisk/model/graph.hpp"

namespace chainrisk::report {

// Formats of `chainrisk entity QUERY`.
inline constexpr std::string_view kEntityFormats = "table, json, markdown";
// Throws UsageError unless `format` is one of kEntityFormats.
void check_entity_format(std::string_view format);

// `entity QUERY`: the matches of `s` with score, kind, list, place, sector, date and source,
// then every entity dataset searched with its notice (the embedded UFLPA list is partial).
// `graph` is the graph the search ran on. Throws UsageError for an unknown format.
void write_entity_search(const entity::EntitySearch& s, const model::Graph& graph, std::string_view format,
                         std::ostream& out);

}  // namespace chainrisk::report
