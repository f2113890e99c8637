#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <fstream>
#include <sstream>

#include "chainrisk/data/load.hpp"
#include "chainrisk/data/sha256.hpp"
#include "chainrisk/error.hpp"
#include "embedded_data.hpp"
#include "json_fields.hpp"
#include "record_loaders.hpp"

namespace chainrisk::data {
namespace {

using Loader = void (*)(const nlohmann::json&, LoadContext&);
struct KindLoader {
  std::string_view kind;
  Loader load;
};
// dataset-format.md: kinds load in this order so references point backwards.
constexpr std::array<KindLoader, 9> kKinds{{
    {"countries", load_countries},   {"regions", load_regions},
    {"commodities", load_commodities}, {"relations", load_relations},
    {"findings", load_findings},     {"tiers", load_tiers},
    {"trade", load_trade},           {"entities", load_entities},
    {"certifications", load_certifications},
}};

std::size_t kind_rank(std::string_view kind) {
  for (std::size_t i = 0; i < kKinds.size(); ++i) {
    if (kKinds[i].kind == kind) return i;
  }
  return kKinds.size();
}

// A manifest entry with the store it came from.
struct PendingDataset {
  model::DatasetInfo info;
  const DatasetStore* store = nullptr;
};

nlohmann::json parse_json(const std::string& text, const std::string& file) {
  try {
    return nlohmann::json::parse(text);
  } catch (const nlohmann::json::exception& e) {  // parse_error, or out_of_range for 1e999
    std::string what = e.what();
    auto pos = what.find("] ");
    throw DatasetError(fmt::format("{}: invalid JSON: {}", file,
                                   pos == std::string::npos ? what : what.substr(pos + 2)));
  }
}

bool is_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (std::size_t i : {0UL, 1UL, 2UL, 3UL, 5UL, 6UL, 8UL, 9UL}) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  return true;
}

model::DatasetInfo read_manifest_entry(const JsonFields& f, const DatasetStore& store) {
  model::DatasetInfo d;
  d.id = f.str("id");
  d.kind = f.str("kind");
  if (kind_rank(d.kind) == kKinds.size()) {
    f.fail("kind", fmt::format("unknown dataset kind \"{}\"; expected countries, regions, "
                               "commodities, relations, findings, tiers, trade, entities or certifications", d.kind));
  }
  d.file = f.str("file");
  if (d.file.find('/') != std::string::npos || d.file.find('\\') != std::string::npos || d.file[0] == '.') {
    f.fail("file", fmt::format("\"{}\": expected a plain file name inside the data directory", d.file));
  }
  d.version = f.str("version");
  d.publisher = f.str("publisher");
  d.title = f.opt_str("title");
  d.published = f.str("published");
  if (!is_date(d.published)) f.fail("published", fmt::format("\"{}\": expected YYYY-MM-DD", d.published));
  d.source = f.str("source");
  d.license = f.str("license");
  long long records = f.integer("records");
  if (records < 0) f.fail("records", "expected a count >= 0");
  d.records = static_cast<std::size_t>(records);
  d.sha256 = f.str("sha256");
  if (d.sha256.size() != 64 || d.sha256.find_first_not_of("0123456789abcdef") != std::string::npos) {
    f.fail("sha256", "expected 64 lowercase hex digits");
  }
  d.notes = f.opt_str("notes");
  d.location = store.location;
  return d;
}

void read_manifest(const DatasetStore& store, std::vector<PendingDataset>& out) {
  std::string file = store.prefix + "manifest.json";
  auto text = store.read("manifest.json");
  if (!text) throw DatasetError(fmt::format("{}: cannot read the manifest (no such file)", file));
  auto doc = parse_json(*text, file);
  JsonFields top(doc, file, "");
  if (top.str("schema") != "chainrisk.manifest/v1") {
    top.fail("schema", fmt::format("\"{}\": expected \"chainrisk.manifest/v1\"", top.str("schema")));
  }
  const auto& list = doc["datasets"];
  if (!list.is_array()) top.fail("datasets", "expected an array of datasets");
  for (std::size_t i = 0; i < list.size(); ++i) {
    JsonFields f(list[i], file, fmt::format("/datasets/{}", i));
    out.push_back({read_manifest_entry(f, store), &store});
  }
}

void load_dataset(const PendingDataset& p, model::Graph& g) {
  const auto& info = p.info;
  std::string file = p.store->prefix + info.file;
  auto text = p.store->read(info.file);
  if (!text) throw DatasetError(fmt::format("{}: cannot read dataset \"{}\" (no such file)", file, info.id));
  // A truncated or edited dataset must not load silently with different findings.
  if (!p.store->checked_at_build) {
    if (std::string actual = sha256_hex(*text); actual != info.sha256) {
      throw DatasetError(fmt::format("{}: sha256 {} does not match the manifest ({}); the file "
                                     "was changed or truncated since the manifest was written",
                                     file, actual, info.sha256));
    }
  }
  auto doc = parse_json(*text, file);
  JsonFields top(doc, file, "");
  if (top.str("schema") != "chainrisk.dataset/v1") {
    top.fail("schema", fmt::format("\"{}\": expected \"chainrisk.dataset/v1\"", top.str("schema")));
  }
  if (top.str("id") != info.id) top.fail("id", fmt::format("\"{}\": the manifest calls it \"{}\"", top.str("id"), info.id));
  if (top.str("kind") != info.kind) top.fail("kind", fmt::format("\"{}\": the manifest says \"{}\"", top.str("kind"), info.kind));
  const auto& records = doc["records"];
  if (!records.is_array()) top.fail("records", "expected an array of records");
  if (records.size() != info.records) {
    top.fail("records", fmt::format("{} records; the manifest says {}", records.size(), info.records));
  }
  g.datasets.push_back(info);
  LoadContext ctx{g, file, static_cast<model::DatasetId>(g.datasets.size() - 1)};
  kKinds[kind_rank(info.kind)].load(records, ctx);
}

}  // namespace

DatasetStore embedded_store() {
  return {"embedded", "data/", [](const std::string& file) -> std::optional<std::string> {
            for (const auto& f : embedded_files()) {
              if (f.name == file) return std::string(f.bytes);
            }
            return std::nullopt;
          },
          true};
}

DatasetStore directory_store(const std::string& dir) {
  std::string prefix = dir.empty() || dir.back() == '/' ? dir : dir + "/";
  return {dir, prefix, [prefix](const std::string& file) -> std::optional<std::string> {
            std::ifstream in(prefix + file, std::ios::binary);
            if (!in) return std::nullopt;
            std::ostringstream ss;
            ss << in.rdbuf();
            return ss.str();
          }};
}

std::vector<DatasetStore> stores_for(bool no_default, const std::vector<std::string>& dirs) {
  std::vector<DatasetStore> stores;
  if (!no_default) stores.push_back(embedded_store());
  for (const auto& d : dirs) stores.push_back(directory_store(d));
  if (stores.empty()) throw UsageError("--no-default-data leaves no datasets; add --data DIR");
  return stores;
}

std::vector<model::DatasetInfo> list_datasets(const DatasetStore& store) {
  std::vector<PendingDataset> pending;
  read_manifest(store, pending);
  std::vector<model::DatasetInfo> out;
  for (auto& p : pending) out.push_back(std::move(p.info));
  return out;
}

model::Graph load_graph(const std::vector<DatasetStore>& stores) {
  std::vector<PendingDataset> pending;
  for (const auto& s : stores) read_manifest(s, pending);
  for (std::size_t i = 0; i < pending.size(); ++i) {
    for (std::size_t j = 0; j < i; ++j) {
      if (pending[i].info.id == pending[j].info.id) {
        throw DatasetError(fmt::format("{}manifest.json: dataset id \"{}\" is already loaded from {}",
                                       pending[i].store->prefix, pending[i].info.id,
                                       pending[j].store->location));
      }
    }
  }
  std::stable_sort(pending.begin(), pending.end(), [](const auto& a, const auto& b) {
    return kind_rank(a.info.kind) < kind_rank(b.info.kind);
  });
  model::Graph g;
  for (const auto& p : pending) load_dataset(p, g);
  g.build_indexes();
  return g;
}

}  // namespace chainrisk::data
