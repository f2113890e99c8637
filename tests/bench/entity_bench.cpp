// Entity-name matching throughput: building the matcher, matching 100,000 distinct generated
// supplier names (each matched once: the worst case for a BOM), and 100,000 lines drawing
// on 5,000 distinct names through MatchCache (the usual case). Shares pipeline_bench.cpp's main.
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "chainrisk/data/load.hpp"
#include "chainrisk/entity/matcher.hpp"

namespace {

using namespace chainrisk;

const model::Graph& entity_graph() {
  static const model::Graph g = data::load_graph({data::embedded_store()});
  return g;
}

// Distinct names shaped like Chinese supplier names (place, pinyin trade name, business words,
// legal form: 144,000 combinations), with every 50th a listed name in another spelling, so
// some lines match.
std::vector<std::string> supplier_names(std::size_t n) {
  static const char* kPlaces[] = {"Xinjiang", "Zhuhai", "Hebei", "Anhui", "Shenzhen", "Ningbo", "Aksu", "Hotan"};
  static const char* kSyllables[] = {"zhong", "tai", "hua", "fu",   "xin",   "da",   "mei",  "ling", "hong", "yuan",
                                     "shan",  "jin", "bao", "tian", "long",  "sheng", "kang", "rui", "feng", "xiang"};
  static const char* kTrades[] = {"Trading", "Industry", "Technology", "Textile", "Cotton", "New Energy",
                                  "Materials", "Group", "Electronics"};
  static const char* kForms[] = {"Co., Ltd.", "Co Ltd", "Limited", "Group Co., Ltd.", ""};
  const auto& entities = entity_graph().entities;
  std::vector<std::string> out;
  for (std::size_t i = 0; out.size() < n && i < 144000; ++i) {
    if (i % 50 == 0) {
      out.push_back("SUPPLIER " + entities[(i / 50) % entities.size()].name + " #" + std::to_string(i));
      continue;
    }
    std::size_t k = i;
    auto pick = [&k](std::size_t radix) {
      std::size_t d = k % radix;
      k /= radix;
      return d;
    };
    std::string syllable1 = kSyllables[pick(20)], syllable2 = kSyllables[pick(20)];
    syllable1[0] = static_cast<char>(syllable1[0] - 'a' + 'A');
    // Built with append: GCC 12's -Wrestrict misfires on `" " + std::string&&` (GCC bug 105329).
    std::string name(kPlaces[pick(8)]);
    name.append(" ").append(syllable1).append(syllable2).append(" ").append(kTrades[pick(9)]);
    name.append(" ").append(kForms[pick(5)]);
    out.push_back(std::move(name));
  }
  return out;
}

void BM_EntityMatcherBuild(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(entity::EntityMatcher(entity_graph()));
}
BENCHMARK(BM_EntityMatcherBuild)->Unit(benchmark::kMillisecond);

void BM_EntityMatchDistinct(benchmark::State& state) {
  auto names = supplier_names(static_cast<std::size_t>(state.range(0)));
  entity::EntityMatcher matcher(entity_graph());
  std::size_t reviewed = 0;
  for (auto _ : state) {
    reviewed = 0;
    for (const auto& name : names) {
      auto m = matcher.match(name, 3);
      reviewed += !m.empty() && m.front().kind != entity::MatchKind::weak;
    }
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));
  state.counters["matched"] = static_cast<double>(reviewed);
}
BENCHMARK(BM_EntityMatchDistinct)->Arg(100000)->Unit(benchmark::kMillisecond);

void BM_EntityMatchCached(benchmark::State& state) {
  auto distinct = supplier_names(5000);
  entity::EntityMatcher matcher(entity_graph());
  for (auto _ : state) {
    entity::MatchCache cache(matcher);
    for (std::int64_t line = 0; line < state.range(0); ++line) {
      benchmark::DoNotOptimize(cache.match(distinct[static_cast<std::size_t>(line * 7919) % distinct.size()]));
    }
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_EntityMatchCached)->Arg(100000)->Unit(benchmark::kMillisecond);

}  // namespace
