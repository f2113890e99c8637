#include <fmt/format.h>

#include <iostream>
#include <memory>

#include "app.hpp"
#include "chainrisk/entity/matcher.hpp"
#include "chainrisk/entity/search.hpp"
#include "chainrisk/report/entity_search.hpp"

namespace chainrisk::cli {
namespace {

struct EntityOptions {
  std::vector<std::string> words;  // `entity Hoshine Silicon` needs no quotes
  std::size_t limit = 5;
  std::string format = "table";
};

// Exit 0 with or without a match: "no match" is an answer, not a failure (cli.md).
int run_entity(const EntityOptions& o, const GlobalOptions& g) {
  report::check_entity_format(o.format);
  auto graph = g.load_graph();
  entity::EntityMatcher matcher(graph);
  auto search = entity::search_entities(matcher, fmt::format("{}", fmt::join(o.words, " ")), o.limit);
  report::write_entity_search(search, graph, o.format, std::cout);
  return 0;
}

}  // namespace

std::vector<Command> add_entity_command(CLI::App& app, const GlobalOptions& g) {
  auto o = std::make_shared<EntityOptions>();
  auto* cmd = app.add_subcommand("entity",
                                 "Fuzzy search of the entity lists (UFLPA Entity List and --data lists): matches "
                                 "with score, kind (exact, possible), list, place, sector, date added and source");
  cmd->add_option("query", o->words, "Company name, in any case, with or without its legal form")->required();
  cmd->add_option("--limit", o->limit, "Most matches to show")->check(CLI::Range(1, 100))->capture_default_str();
  cmd->add_option("--format", o->format, fmt::format("Output format: {}", report::kEntityFormats))
      ->capture_default_str();
  return {{cmd, [o, &g] { return run_entity(*o, g); }}};
}

}  // namespace chainrisk::cli
