#include "chainrisk/importer/import.hpp"

#include <fmt/format.h>

#include <fstream>
#include <map>
#include <sstream>

#include "chainrisk/data/load.hpp"
#include "chainrisk/data/sha256.hpp"
#include "chainrisk/error.hpp"
#include "chainrisk/io/bom.hpp"
#include "chainrisk/report/atomic_file.hpp"
#include "kinds.hpp"

namespace chainrisk::importer {
namespace {

constexpr std::string_view kUsGovLicense = "Public domain (US government work, 17 U.S.C. 105)";

struct KindInfo {
  std::string_view kind, dataset_kind, id_prefix, publisher, title, source, license;
  const std::vector<FieldSpec>& (*fields)();
  void (*convert)(const std::vector<Row>&, Conversion&);
};

const KindInfo kKinds[] = {
    {"dol", "findings", "dol-tvpra-goods", "US Department of Labor, Bureau of International Labor Affairs (ILAB)",
     "List of Goods Produced by Child Labor or Forced Labor", "https://www.dol.gov/agencies/ilab/reports/child-labor/list-of-goods",
     kUsGovLicense, dol_fields, convert_dol},
    {"tip-tiers", "tiers", "tip-tiers", "US Department of State, Office to Monitor and Combat Trafficking in Persons",
     "Trafficking in Persons Report: tier placements", "https://www.state.gov/trafficking-in-persons-report/",
     kUsGovLicense, tier_fields, convert_tiers},
    {"uflpa", "entities", "uflpa-entities", "US Department of Homeland Security, Forced Labor Enforcement Task Force",
     "UFLPA Entity List", "https://www.dhs.gov/uflpa-entity-list", kUsGovLicense, uflpa_fields, convert_uflpa},
    {"findings", "findings", "findings", "", "", "", "", findings_fields, convert_findings},
};

const KindInfo& kind_info(const std::string& kind) {
  for (const auto& k : kKinds) {
    if (k.kind == kind) return k;
  }
  throw UsageError(fmt::format("unknown import kind \"{}\"; expected one of: {}", kind, import_kinds()));
}

std::string or_default(const std::string& value, std::string_view fallback, const char* option) {
  if (!value.empty()) return value;
  if (fallback.empty()) throw UsageError(fmt::format("{} is required for this kind of import", option));
  return std::string(fallback);
}

Json manifest_entry(const ImportOptions& o, const KindInfo& k, const std::string& id, std::string_view kind,
                    const std::string& file, const std::string& bytes, std::size_t records) {
  Json e{{"id", id}, {"kind", kind}, {"file", file}, {"version", o.version},
         {"publisher", or_default(o.publisher, k.publisher, "--publisher")},
         {"title", o.title.empty() ? std::string(k.title) : o.title}, {"published", o.published},
         {"source", or_default(o.source, k.source, "--source")},
         {"license", or_default(o.license, k.license, "--license")}, {"records", records},
         {"sha256", data::sha256_hex(bytes)}, {"notes", fmt::format("imported by chainrisk data import {} {}", o.kind, o.file)}};
  return e;
}

Json existing_manifest(const std::string& dir) {
  std::ifstream in(dir + "/manifest.json", std::ios::binary);
  if (!in) return {{"schema", "chainrisk.manifest/v1"}, {"datasets", Json::array()}};
  try {
    Json m = Json::parse(in);
    if (m.value("schema", "") == "chainrisk.manifest/v1" && m["datasets"].is_array()) return m;
  } catch (const Json::parse_error&) {
  }
  throw DatasetError(fmt::format("{}/manifest.json: not a chainrisk manifest; choose another --out directory", dir));
}

void check_loads(const std::map<std::string, std::string>& files, const std::string& dir) {
  data::DatasetStore store{dir, dir + "/", [&files, dir](const std::string& f) -> std::optional<std::string> {
                             if (auto it = files.find(f); it != files.end()) return it->second;
                             return data::directory_store(dir).read(f);
                           }};
  data::load_graph({data::embedded_store(), store});
}

}  // namespace

std::string import_kinds() {
  std::string out;
  for (const auto& k : kKinds) out += (out.empty() ? "" : ", ") + std::string(k.kind);
  return out;
}

ImportResult import_publication(const model::Graph& graph, const ImportOptions& o, Diagnostics& diag) {
  const auto& k = kind_info(o.kind);
  if (o.version.empty()) throw UsageError("--version is required: the edition of the publication, such as 2026");
  std::string text;
  if (std::string err = io::read_input(o.file, text); !err.empty()) throw InputError(fmt::format("{}: {}", o.file, err));
  auto first = text.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
  bool xml = first != std::string::npos && text[first] == '<';
  if (xml && k.kind != "dol") throw UsageError(fmt::format("{}: XML is read for the dol kind only; give a CSV", o.file));
  auto rows = xml ? dol_xml_rows(text, o.file, diag) : csv_rows(text, o.file, k.fields(), diag);

  ImportResult result;
  result.dataset_id = o.id.empty() ? fmt::format("{}-{}", k.id_prefix, o.version) : o.id;
  resolve::Resolver resolver(graph);
  Conversion c{resolver, o.file, result.dataset_id, o.version, diag};
  k.convert(rows, c);
  result.records = c.records.size();
  result.new_commodities = c.new_commodities.size();
  if (diag.errors() > 0) return result;
  if (c.records.empty()) throw InputError(fmt::format("{}: no records to import", o.file));

  // Build every file in memory, prove they load with the existing data, then write.
  Json manifest = existing_manifest(o.out_dir);
  std::map<std::string, std::string> files;
  auto add = [&](const std::string& id, std::string_view kind, Json records) {
    std::size_t n = records.size();
    Json doc{{"schema", "chainrisk.dataset/v1"}, {"id", id}, {"kind", kind}, {"records", std::move(records)}};
    std::string file = id + ".json", bytes = doc.dump(1) + "\n";
    Json& list = manifest["datasets"];
    for (std::size_t i = list.size(); i-- > 0;) {
      if (list[i].value("id", "") == id) list.erase(i);
    }
    list.push_back(manifest_entry(o, k, id, kind, file, bytes, n));
    files[file] = std::move(bytes);
  };
  if (!c.new_commodities.empty()) add(result.dataset_id + "-commodities", "commodities", c.new_commodities);
  add(result.dataset_id, k.dataset_kind, c.records);
  files["manifest.json"] = manifest.dump(1) + "\n";
  check_loads(files, o.out_dir);
  for (const auto& [name, bytes] : files) {
    if (name == "manifest.json") continue;
    report::AtomicFile f(o.out_dir + "/" + name);
    f.stream() << bytes;
    f.commit();
    result.written.push_back(o.out_dir + "/" + name);
  }
  report::AtomicFile m(o.out_dir + "/manifest.json");
  m.stream() << files["manifest.json"];
  m.commit();
  result.written.push_back(o.out_dir + "/manifest.json");
  return result;
}

}  // namespace chainrisk::importer
