// Benchmarks of each pipeline stage on an in-memory synthetic CSV BOM: read, resolve, score,
// write JSON, at 10k and 100k lines. With CHAINRISK_BENCH_BOM=FILE (a gen_bom.py output, as
// tests/bench/suite.sh passes) the same stages also run on that file, as */file.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "chainrisk/data/load.hpp"
#include "chainrisk/io/bom.hpp"
#include "chainrisk/report/writers.hpp"
#include "chainrisk/resolve/resolve_bom.hpp"
#include "chainrisk/score/scorer.hpp"

namespace {

using namespace chainrisk;

std::string synthetic_bom(std::size_t n) {
  static const char* kMaterials[] = {"copper cathode", "cobalt hydroxide", "aluminium ingot", "cotton yarn",
                                     "polysilicon", "natural rubber", "tin", "mica", "steel coil", "unobtainium"};
  static const char* kOrigins[] = {"CD", "Zambia", "CN", "China", "Serbia", "Chile", "India", "Malaysia",
                                   "Germany", "Côte d'Ivoire", "DRC", "Narnia"};
  std::ostringstream out;
  out << "part_number,parent,description,material,supplier,country_of_origin,region,spend\n";
  for (std::size_t i = 1; i <= n; ++i) {
    const char* m = kMaterials[(i * 7) % 10];
    const char* o = kOrigins[(i * 5) % 12];
    out << "P-" << i << ',' << (i % 20 == 1 ? "" : "P-" + std::to_string(i - (i - 1) % 20)) << ",\"" << m
        << ", lot " << i << "\"," << m << ",\"Supplier " << i % 5000 << ", Ltd\"," << o << ','
        << ((i % 50 == 0) ? "Xinjiang" : "") << ',' << (i % 997) << ".50\n";
  }
  return out.str();
}

const model::Graph& graph() {
  static const model::Graph g = data::load_graph({data::embedded_store()});
  return g;
}

void BM_LoadEmbeddedDatasets(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(data::load_graph({data::embedded_store()}));
}
BENCHMARK(BM_LoadEmbeddedDatasets)->Unit(benchmark::kMillisecond);

void BM_ReadCsv(benchmark::State& state) {
  std::string text = synthetic_bom(static_cast<std::size_t>(state.range(0)));
  for (auto _ : state) {
    Diagnostics diag;
    benchmark::DoNotOptimize(io::read_csv_bom(text, "bom.csv", diag));
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(text.size()));
}
BENCHMARK(BM_ReadCsv)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);

void BM_Resolve(benchmark::State& state) {
  Diagnostics diag;
  auto bom = io::read_csv_bom(synthetic_bom(static_cast<std::size_t>(state.range(0))), "bom.csv", diag);
  resolve::Resolver resolver(graph());
  for (auto _ : state) {
    Diagnostics d;
    benchmark::DoNotOptimize(resolve::resolve_bom(resolver, bom, d));
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_Resolve)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);

void BM_ScoreAndWriteJson(benchmark::State& state) {
  Diagnostics diag;
  auto bom = io::read_csv_bom(synthetic_bom(static_cast<std::size_t>(state.range(0))), "bom.csv", diag);
  resolve::Resolver resolver(graph());
  auto resolved = resolve::resolve_bom(resolver, bom, diag);
  score::Policy policy;
  for (auto _ : state) {
    auto rep = score::build_report(graph(), policy, {{&bom, &resolved}}, "bench");
    std::ostringstream out;
    report::render(rep, *report::find_writer("json"), {}, out);
    benchmark::DoNotOptimize(out.str().size());
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_ScoreAndWriteJson)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);

std::string read_file(const char* path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(std::string("cannot read CHAINRISK_BENCH_BOM file ") + path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// The stages of the benchmarks above on the text of one real file.
void register_file_benchmarks(const char* path) {
  static const std::string text = read_file(path);
  static const io::BomFile bom = [] {
    Diagnostics diag;
    return io::read_csv_bom(text, "bom.csv", diag);
  }();
  const auto rows = static_cast<std::int64_t>(bom.lines.size());
  benchmark::RegisterBenchmark("BM_ReadCsv/file", [rows](benchmark::State& state) {
    for (auto _ : state) {
      Diagnostics diag;
      benchmark::DoNotOptimize(io::read_csv_bom(text, "bom.csv", diag));
    }
    state.SetItemsProcessed(state.iterations() * rows);
    state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(text.size()));
  })->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark("BM_Resolve/file", [rows](benchmark::State& state) {
    resolve::Resolver resolver(graph());
    for (auto _ : state) {
      Diagnostics diag;
      benchmark::DoNotOptimize(resolve::resolve_bom(resolver, bom, diag));
    }
    state.SetItemsProcessed(state.iterations() * rows);
  })->Unit(benchmark::kMillisecond);
  // Scoring and writing apart, to see which of the two the time goes to.
  benchmark::RegisterBenchmark("BM_Score/file", [rows](benchmark::State& state) {
    Diagnostics diag;
    resolve::Resolver resolver(graph());
    auto resolved = resolve::resolve_bom(resolver, bom, diag);
    score::Policy policy;
    for (auto _ : state) {
      benchmark::DoNotOptimize(score::build_report(graph(), policy, {{&bom, &resolved}}, "bench"));
    }
    state.SetItemsProcessed(state.iterations() * rows);
  })->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark("BM_WriteJson/file", [rows](benchmark::State& state) {
    Diagnostics diag;
    resolve::Resolver resolver(graph());
    auto resolved = resolve::resolve_bom(resolver, bom, diag);
    const auto rep = score::build_report(graph(), score::Policy{}, {{&bom, &resolved}}, "bench");
    for (auto _ : state) {
      std::ostringstream out;
      report::render(rep, *report::find_writer("json"), {}, out);
      benchmark::DoNotOptimize(out.str().size());
    }
    state.SetItemsProcessed(state.iterations() * rows);
  })->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark("BM_ScoreAndWriteJson/file", [rows](benchmark::State& state) {
    Diagnostics diag;
    resolve::Resolver resolver(graph());
    auto resolved = resolve::resolve_bom(resolver, bom, diag);
    score::Policy policy;
    for (auto _ : state) {
      auto rep = score::build_report(graph(), policy, {{&bom, &resolved}}, "bench");
      std::ostringstream out;
      report::render(rep, *report::find_writer("json"), {}, out);
      benchmark::DoNotOptimize(out.str().size());
    }
    state.SetItemsProcessed(state.iterations() * rows);
  })->Unit(benchmark::kMillisecond);
}

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  if (const char* path = std::getenv("CHAINRISK_BENCH_BOM"); path != nullptr && *path != '\0') {
    register_file_benchmarks(path);
  }
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
