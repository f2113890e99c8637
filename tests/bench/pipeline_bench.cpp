// Benchmarks of the pipeline on a synthetic CSV BOM: read and resolve alone, then the whole
// streamed scan with and without the JSON writer. With CHAINRISK_BENCH_BOM=FILE (a gen_bom.py output, as
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
#include "chainrisk/score/scan.hpp"

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

// Counts what a writer would write, to time the pipeline without a writer.
class CountingSink final : public score::ReportSink {
 public:
  void begin(const score::ReportHead&) override {}
  void line(const score::LineReport& l) override { score_ += l.score; }
  void end() override {}
  double score_ = 0;
};

// A stream that throws its bytes away: times the writer, not the disk.
class NullBuffer final : public std::streambuf {
 protected:
  std::streamsize xsputn(const char*, std::streamsize n) override { return n; }
  int overflow(int c) override { return c; }
};

// The whole streamed scan of `path` (read, resolve, score, roll up, write) as `chainrisk
// scan PATH --format FORMAT` runs it; with format "" the lines go to a counting sink.
void scan_file(benchmark::State& state, const std::string& path, const std::string& format, std::int64_t rows) {
  score::Policy policy;
  score::ScanOptions options{"bench", 100000, {}};
  for (auto _ : state) {
    NullBuffer null;
    std::ostream out(&null);
    CountingSink counting;
    std::unique_ptr<report::ReportWriter> writer;
    if (!format.empty()) writer = report::find_writer(format)->make({}, out);
    auto outcome = score::scan(graph(), policy, {path}, options, writer ? *writer : counting);
    benchmark::DoNotOptimize(outcome.head.summary.lines);
  }
  state.SetItemsProcessed(state.iterations() * rows);
}

std::string temp_bom(std::size_t n) {
  std::string path = "/tmp/chainrisk-bench-" + std::to_string(n) + ".csv";
  std::ofstream(path, std::ios::binary) << synthetic_bom(n);
  return path;
}

void BM_Scan(benchmark::State& state) {
  static const std::string path = temp_bom(100000);
  scan_file(state, path, "", 100000);
}
BENCHMARK(BM_Scan)->Unit(benchmark::kMillisecond);

void BM_ScanJson(benchmark::State& state) {
  static const std::string path = temp_bom(100000);
  scan_file(state, path, "json", 100000);
}
BENCHMARK(BM_ScanJson)->Unit(benchmark::kMillisecond);

std::string read_file(const char* path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(std::string("cannot read CHAINRISK_BENCH_BOM file ") + path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// The stages of the benchmarks above on one real file; each writer gets its own run, so
// every format is held to the same speed.
void register_file_benchmarks(const char* path) {
  static const std::string text = read_file(path);
  static const std::string name = path;
  const auto rows = [] {
    Diagnostics diag;
    return static_cast<std::int64_t>(io::read_csv_bom(text, "bom.csv", diag).lines.size());
  }();
  benchmark::RegisterBenchmark("BM_ReadCsv/file", [rows](benchmark::State& state) {
    for (auto _ : state) {
      Diagnostics diag;
      benchmark::DoNotOptimize(io::read_csv_bom(text, "bom.csv", diag));
    }
    state.SetItemsProcessed(state.iterations() * rows);
    state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(text.size()));
  })->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark("BM_Scan/file", [rows](benchmark::State& state) {
    scan_file(state, name, "", rows);
  })->Unit(benchmark::kMillisecond);
  for (const auto& w : report::writers()) {
    if (w.name == "table") continue;  // buffers its rows to align them: not for millions
    std::string format(w.name);
    benchmark::RegisterBenchmark(("BM_Scan" + format + "/file").c_str(), [rows, format](benchmark::State& state) {
      scan_file(state, name, format, rows);
    })->Unit(benchmark::kMillisecond);
  }
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
