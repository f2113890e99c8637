// The entity-name normaliser and matcher against the embedded entity list: any bytes (invalid
// UTF-8, NULs, huge words, Han text, unbalanced parentheses) must normalise and match or not,
// never crash or hang. Each input line is one supplier name, and so is the whole input.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "chainrisk/data/load.hpp"
#include "chainrisk/entity/matcher.hpp"
#include "chainrisk/entity/normalize.hpp"
#include "fuzz_check.hpp"

namespace {

using chainrisk::fuzz::require;
namespace entity = chainrisk::entity;

const entity::EntityMatcher& matcher() {
  static const chainrisk::model::Graph graph = chainrisk::data::load_graph({chainrisk::data::embedded_store()});
  static const entity::EntityMatcher m(graph);
  return m;
}

void check_tokens(const std::vector<entity::NameToken>& tokens) {
  for (const auto& t : tokens) {
    require(!t.text.empty(), "no empty token");
    require(t.text.find_first_of(" ()") == std::string::npos, "a token is one word");
    require(!entity::is_legal_form(t.text), "legal forms are dropped");
  }
  require(entity::normalize_name(entity::join_tokens(tokens)) == tokens, "normalize is idempotent on its joined output");
}

void check_matches(const std::vector<entity::EntityMatch>& matches, std::size_t limit) {
  const auto& m = matcher();
  const auto& t = m.thresholds();
  require(matches.size() <= limit, "at most limit matches");
  for (std::size_t i = 0; i < matches.size(); ++i) {
    const auto& x = matches[i];
    require(x.score >= 0.0 && x.score <= 1.0, "score in [0, 1]");
    require(x.score >= t.floor, "no match below the floor");
    require(x.kind == entity::classify(x.score, t), "the kind follows the thresholds");
    require(!x.exact() || x.score >= t.exact, "exact means at or above the exact threshold");
    require(x.entity < m.graph().entities.size(), "a match names a listed entity");
    require(!x.matched.empty(), "a match says which name matched");
    if (i > 0) require(matches[i - 1].score >= x.score, "best first");
    for (std::size_t j = 0; j < i; ++j) require(matches[j].entity != x.entity, "one match per entity");
  }
}

void lookups(std::string_view s) {
  auto tokens = entity::normalize_name(s);
  check_tokens(tokens);
  auto matches = matcher().match(s, 5);
  check_matches(matches, 5);
  // The normalised text is the same query: it must match the same way.
  auto again = matcher().match(entity::join_tokens(tokens), 5);
  require(again.size() == matches.size(), "the normalised query matches alike");
  for (std::size_t i = 0; i < again.size(); ++i) {
    require(again[i].entity == matches[i].entity && again[i].score == matches[i].score, "the normalised query scores alike");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  chainrisk::fuzz::whole_then_lines(std::string_view(reinterpret_cast<const char*>(data), size), lookups);
  return 0;
}
