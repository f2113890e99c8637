// The country, region and commodity resolvers and the text folding under them, against
// the embedded datasets: any bytes (invalid UTF-8, NULs, huge words) must resolve or not,
// never crash or hang. Each input line is one lookup of every kind.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "chainrisk/data/load.hpp"
#include "chainrisk/resolve/resolver.hpp"
#include "chainrisk/text/fold.hpp"
#include "fuzz_check.hpp"

namespace {

const chainrisk::resolve::Resolver& resolver() {
  static const chainrisk::model::Graph graph = chainrisk::data::load_graph({chainrisk::data::embedded_store()});
  static const chainrisk::resolve::Resolver r(graph);
  return r;
}

void lookups(std::string_view s) {
  using chainrisk::fuzz::require;
  using chainrisk::resolve::CommodityVia;
  const auto& r = resolver();
  std::string folded = chainrisk::text::fold(s);
  require(chainrisk::text::fold(folded) == folded, "fold is idempotent");
  auto country = r.country(s);
  auto region = r.region(s, country);
  // A region is found (by code, or as the only candidate of its name) or stays ambiguous.
  if (region.id) {
    require(region.candidates.empty() || (region.candidates.size() == 1 && region.candidates[0] == *region.id),
            "a found region is its only candidate");
  } else {
    require(region.candidates.size() != 1, "a single candidate is the region");
  }
  (void)r.commodity_by_name(s);
  if (auto m = r.commodity_in_text(s, CommodityVia::description)) require(!m->matched.empty(), "a match says what matched");
  (void)r.commodity_by_hs(s);
  (void)r.suggest_country(s);
  (void)r.suggest_commodity(s);
  (void)chainrisk::resolve::is_placeholder(s);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  chainrisk::fuzz::whole_then_lines(std::string_view(reinterpret_cast<const char*>(data), size), lookups);
  return 0;
}
