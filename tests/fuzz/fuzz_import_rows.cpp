// The publication readers of `data import`: the DOL List of Goods XML, the CSV row reader
// with each import kind's columns, and the value parsers (dates, tiers, labor, yes/no).
// The first byte picks the reader, the rest is the file.
#include <cstddef>
#include <cstdint>
#include <string>

#include "chainrisk/data/load.hpp"
#include "fuzz_check.hpp"
#include "importer/kinds.hpp"
#include "importer/rows.hpp"
#include "importer/values.hpp"

using namespace chainrisk;

namespace {

const resolve::Resolver& resolver() {
  static const model::Graph graph = data::load_graph({data::embedded_store()});
  static const resolve::Resolver r(graph);
  return r;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  Diagnostics diag;
  const std::string file = "fuzz-input", dataset = "fuzz", edition = "2024";
  importer::Conversion c{resolver(), file, dataset, edition, diag};
  std::vector<importer::Row> rows;
  switch (data[0] % 5) {
    case 0:
      rows = importer::dol_xml_rows(text, file, diag);
      importer::convert_dol(rows, c);
      break;
    case 1:
      rows = importer::csv_rows(text, file, importer::dol_fields(), diag);
      importer::convert_dol(rows, c);
      break;
    case 2:
      rows = importer::csv_rows(text, file, importer::tier_fields(), diag);
      importer::convert_tiers(rows, c);
      break;
    case 3:
      rows = importer::csv_rows(text, file, importer::uflpa_fields(), diag);
      importer::convert_uflpa(rows, c);
      break;
    case 4:
      rows = importer::csv_rows(text, file, importer::findings_fields(), diag);
      importer::convert_findings(rows, c);
      break;
  }
  for (const auto& row : rows) {
    for (const auto& [field, cell] : row.fields) {
      (void)importer::parse_yes_no(cell.value);
      (void)importer::parse_tier_name(cell.value);
      if (auto date = importer::parse_date(cell.value)) fuzz::require(date->size() == 10, "dates are YYYY-MM-DD");
      (void)importer::parse_labor(cell.value);
      (void)importer::slug_for(cell.value);
    }
  }
  return 0;
}
