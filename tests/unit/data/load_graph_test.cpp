#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "chainrisk/data/load.hpp"
#include "chainrisk/data/sha256.hpp"
#include "chainrisk/error.hpp"
#include "data/embedded_data.hpp"
#include "test_support.hpp"

using namespace chainrisk;
namespace fs = std::filesystem;

namespace {

// A scratch dataset directory: add files, then write a manifest with their real sha256.
class DataDir {
 public:
  DataDir() {
    char templ[] = "/tmp/chainrisk-data-XXXXXX";
    path_ = ::mkdtemp(templ);
  }
  ~DataDir() { fs::remove_all(path_); }

  void add(const std::string& id, const std::string& kind, const std::string& records_json,
           std::size_t records, const std::string& schema = "chainrisk.dataset/v1") {
    std::string file = id + ".json";
    std::string text = R"({"schema": ")" + schema + R"(", "id": ")" + id + R"(", "kind": ")" + kind +
                       R"(", "records": )" + records_json + "}";
    write(file, text);
    entries_ += (entries_.empty() ? "" : ",") + std::string(R"({"id": ")") + id + R"(", "kind": ")" + kind +
                R"(", "file": ")" + file + R"(", "version": "1", "publisher": "Test", "published": "2026-01-01",
                "source": "test", "license": "test", "records": )" + std::to_string(records) +
                R"(, "sha256": ")" + data::sha256_hex(text) + "\"}";
  }
  void write(const std::string& file, const std::string& text) { std::ofstream(path_ + "/" + file) << text; }
  void finish() { write("manifest.json", R"({"schema": "chainrisk.manifest/v1", "datasets": [)" + entries_ + "]}"); }
  const std::string& path() const { return path_; }

 private:
  std::string path_, entries_;
};

std::string load_error(const std::vector<data::DatasetStore>& stores) {
  try {
    data::load_graph(stores);
  } catch (const DatasetError& e) {
    return e.what();
  }
  return "no error";
}

}  // namespace

TEST_CASE("data: sha256 matches known digests", "[data]") {
  CHECK(data::sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(data::sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(data::sha256_hex(std::string(1000000, 'a')) ==
        "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
  CHECK(data::sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

TEST_CASE("data: the embedded datasets load and match their manifest", "[data]") {
  const auto& g = test::default_graph();
  REQUIRE(g.datasets.size() >= 7);
  for (const auto& d : g.datasets) {
    INFO(d.id);
    CHECK(d.location == "embedded");
    CHECK_FALSE(d.publisher.empty());
    CHECK_FALSE(d.source.empty());
    CHECK(d.published.size() == 10);
  }
  CHECK(g.countries.size() >= 249);
  CHECK(g.regions.size() > 5000);
  CHECK(g.country_by_code("CD"));
  auto xj = g.region_by_code("CN-XJ");
  REQUIRE(xj);
  REQUIRE(g.regions[*xj].presumption);
  CHECK(g.regions[*xj].presumption->law == "UFLPA");
}

TEST_CASE("data: every DOL 2022 pair is present, and the seed report's copper facts", "[data]") {
  const auto& g = test::default_graph();
  std::size_t dol_2022 = 0;
  for (const auto& f : g.findings) {
    if (f.publication == "dol-tvpra" && !f.editions.empty() && f.editions.front() == 2022) ++dol_2022;
  }
  CHECK(dol_2022 == 467);
  auto has = [&](const char* commodity, const char* country, std::uint8_t labor) {
    for (auto i : g.findings_for(*g.commodity_by_id(commodity), *g.country_by_code(country))) {
      if (!g.findings[i].removed && (g.findings[i].labor & labor)) return true;
    }
    return false;
  };
  CHECK(has("copper", "CD", model::kChild));
  CHECK(has("copper-ore", "ZM", model::kChild));
  CHECK(has("copper", "RS", model::kForced));
  auto tier = [&](const char* c) { return g.latest_tier(*g.country_by_code(c))->tier; };
  CHECK(tier("CD") == model::Tier::watch_list);
  CHECK(tier("ZM") == model::Tier::tier2);
  CHECK(tier("RS") == model::Tier::tier2);
}

TEST_CASE("data: embedded manifest hashes match the embedded bytes", "[data]") {
  auto infos = data::list_datasets(data::embedded_store());
  for (const auto& d : infos) {
    for (const auto& f : data::embedded_files()) {
      if (f.name == d.file) CHECK(data::sha256_hex(f.bytes) == d.sha256);
    }
  }
}

TEST_CASE("data: an overlay adds findings that refer to embedded ids", "[data]") {
  DataDir dir;
  dir.add("my-findings", "findings",
          R"([{"id": "f1", "good": "Cobalt", "commodity": "cobalt", "country": "ZM", "labor": ["forced"],
               "editions": [2026], "publication": "audit", "source": "audit"}])", 1);
  dir.finish();
  auto g = data::load_graph({data::embedded_store(), data::directory_store(dir.path())});
  auto found = g.findings_for(*g.commodity_by_id("cobalt"), *g.country_by_code("ZM"));
  REQUIRE(found.size() == 1);
  CHECK(g.datasets[g.findings[found[0]].dataset].location == dir.path());
}

TEST_CASE("data: errors name the file and the JSON pointer", "[data]") {
  DataDir dir;
  SECTION("unknown country id") {
    dir.add("c", "countries", R"([{"code": "AA", "name": "A"}])", 1);
    dir.add("t", "tiers", R"([{"country": "AA", "year": 2025, "tier": "1", "source": "s"},
                              {"country": "XX", "year": 2025, "tier": "1", "source": "s"}])", 2);
    dir.finish();
    CHECK(load_error({data::directory_store(dir.path())}) ==
          dir.path() + "/t.json: /records/1/country: unknown country id \"XX\"");
  }
  SECTION("bad tier value") {
    dir.add("c", "countries", R"([{"code": "AA", "name": "A"}])", 1);
    dir.add("t", "tiers", R"([{"country": "AA", "year": 2025, "tier": "4", "source": "s"}])", 1);
    dir.finish();
    CHECK(load_error({data::directory_store(dir.path())}) ==
          dir.path() + "/t.json: /records/0/tier: unknown tier \"4\"; expected 1, 2, 2WL, 3 or special");
  }
  SECTION("record count differs from the manifest") {
    dir.add("c", "countries", R"([{"code": "AA", "name": "A"}])", 2);
    dir.finish();
    CHECK(load_error({data::directory_store(dir.path())}) ==
          dir.path() + "/c.json: /records: 1 records; the manifest says 2");
  }
  SECTION("wrong schema") {
    dir.add("c", "countries", "[]", 0, "chainrisk.dataset/v9");
    dir.finish();
    CHECK(load_error({data::directory_store(dir.path())}) ==
          dir.path() + "/c.json: /schema: \"chainrisk.dataset/v9\": expected \"chainrisk.dataset/v1\"");
  }
  SECTION("a file changed after the manifest was written") {
    dir.add("c", "countries", R"([{"code": "AA", "name": "A"}])", 1);
    dir.finish();
    dir.write("c.json", R"({"schema": "chainrisk.dataset/v1", "id": "c", "kind": "countries", "records": []})");
    CHECK_THAT(load_error({data::directory_store(dir.path())}),
               Catch::StartsWith(dir.path() + "/c.json: sha256 ") && Catch::Contains("does not match the manifest"));
  }
  SECTION("duplicate ids across stores") {
    dir.add("c", "countries", R"([{"code": "CD", "name": "Congo"}])", 1);
    dir.finish();
    CHECK(load_error({data::embedded_store(), data::directory_store(dir.path())}) ==
          dir.path() + "/c.json: /records/0/code: duplicate country id \"CD\"");
  }
  SECTION("no manifest") {
    CHECK(load_error({data::directory_store(dir.path())}) ==
          dir.path() + "/manifest.json: cannot read the manifest (no such file)");
  }
  SECTION("invalid JSON") {
    dir.write("manifest.json", "{\"schema\": ");
    CHECK_THAT(load_error({data::directory_store(dir.path())}),
               Catch::StartsWith(dir.path() + "/manifest.json: invalid JSON: "));
  }
  SECTION("a number beyond double range") {
    dir.write("manifest.json", R"({"schema": "chainrisk.manifest/v1", "datasets": 1e999})");
    CHECK_THAT(load_error({data::directory_store(dir.path())}),
               Catch::StartsWith(dir.path() + "/manifest.json: invalid JSON: ") && Catch::Contains("1e999"));
  }
  SECTION("a file name that leaves the directory") {
    dir.write("manifest.json", R"({"schema": "chainrisk.manifest/v1", "datasets": [{"id": "x", "kind": "countries",
      "file": "../x.json", "version": "1", "publisher": "p", "published": "2026-01-01", "source": "s",
      "license": "l", "records": 0, "sha256": "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"}]})");
    CHECK(load_error({data::directory_store(dir.path())}) ==
          dir.path() + "/manifest.json: /datasets/0/file: \"../x.json\": expected a plain file name inside the data directory");
  }
}

TEST_CASE("data: --no-default-data needs --data", "[data]") {
  CHECK_THROWS_AS(data::stores_for(true, {}), UsageError);
  CHECK(data::stores_for(false, {}).size() == 1);
  CHECK(data::stores_for(true, {"d"}).size() == 1);
}
