// The dataset loader: a fuzzed dataset file is loaded over a small fixed base (countries,
// a region, commodities) through a manifest that names it with its real sha256, so the
// mutations reach the record loaders and reference checks rather than the hash check.
// The dataset's own "id" and "kind" (when it has them) fill its manifest entry. Every
// input must load or throw DatasetError; nothing else escapes.
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "chainrisk/data/load.hpp"
#include "chainrisk/data/sha256.hpp"
#include "chainrisk/error.hpp"
#include "fuzz_check.hpp"

using namespace chainrisk;
using nlohmann::json;

namespace {

const char* const kBaseCountries = R"({"schema": "chainrisk.dataset/v1", "id": "base-countries", "kind": "countries",
  "records": [{"code": "CN", "name": "China"}, {"code": "CD", "name": "Congo, Democratic Republic of the", "aliases": ["DRC"]},
              {"code": "ZM", "name": "Zambia"}]})";
const char* const kBaseRegions = R"({"schema": "chainrisk.dataset/v1", "id": "base-regions", "kind": "regions",
  "records": [{"code": "CN-XJ", "country": "CN", "name": "Xinjiang", "type": "Autonomous region",
               "presumption": {"law": "UFLPA", "labor": ["forced"], "text": "t", "source": "s"}}]})";
const char* const kBaseCommodities = R"({"schema": "chainrisk.dataset/v1", "id": "base-commodities", "kind": "commodities",
  "records": [{"id": "copper", "name": "Copper", "hs": ["7403"]}, {"id": "copper-ore", "name": "Copper ore", "hs": ["2603"]},
              {"id": "cobalt", "name": "Cobalt"}]})";

json entry(const std::string& id, const std::string& kind, const std::string& file, const std::string& bytes,
           std::size_t records) {
  return {{"id", id}, {"kind", kind}, {"file", file}, {"version", "1"}, {"publisher", "fuzz"}, {"title", "fuzz"},
          {"published", "2025-01-01"}, {"source", "https://example.org"}, {"license", "CC0-1.0"},
          {"records", records}, {"sha256", data::sha256_hex(bytes)}};
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
  std::string text(reinterpret_cast<const char*>(bytes), size);
  std::string id = "fuzzed", kind = "findings";
  std::size_t records = 0;
  json doc = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (doc.is_object()) {
    if (doc.contains("id") && doc["id"].is_string()) id = doc["id"].get<std::string>();
    if (doc.contains("kind") && doc["kind"].is_string()) kind = doc["kind"].get<std::string>();
    if (doc.contains("records") && doc["records"].is_array()) records = doc["records"].size();
  }

  std::map<std::string, std::string> files{
      {"countries.json", kBaseCountries}, {"regions.json", kBaseRegions}, {"commodities.json", kBaseCommodities}};
  json datasets = json::array();
  for (const auto& [base_kind, file] : {std::pair{"countries", "countries.json"}, std::pair{"regions", "regions.json"},
                                        std::pair{"commodities", "commodities.json"}}) {
    if (kind == base_kind) continue;  // the fuzzed dataset takes its place
    datasets.push_back(entry(json::parse(files[file])["id"], base_kind, file, files[file],
                             json::parse(files[file])["records"].size()));
  }
  files["fuzzed.json"] = text;
  datasets.push_back(entry(id, kind, "fuzzed.json", text, records));
  files["manifest.json"] = json{{"schema", "chainrisk.manifest/v1"}, {"datasets", datasets}}.dump();

  data::DatasetStore store{"fuzz", "fuzz/", [&files](const std::string& name) -> std::optional<std::string> {
                             auto it = files.find(name);
                             if (it == files.end()) return std::nullopt;
                             return it->second;
                           }};
  try {
    auto graph = data::load_graph({store});
    (void)graph;
  } catch (const DatasetError& e) {
    fuzz::require(std::string_view(e.what()).substr(0, 5) == "fuzz/", "dataset errors name the file");
  }
  return 0;
}
