// parse_field: the column names and aliases of bom-format.md / docs/formats.md, matched
// ignoring case, spaces, '_' and '-'.
#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "chainrisk/io/bom.hpp"

using namespace chainrisk;
using io::Field;

TEST_CASE("fields: every accepted name of bom-format.md maps to its field", "[io][fields]") {
  const std::vector<std::pair<Field, std::vector<std::string_view>>> table = {
      {Field::id, {"id", "line_id", "part_id", "part_number", "item_id", "sku", "bom_ref"}},
      {Field::parent, {"parent", "parent_id", "assembly", "parent_part"}},
      {Field::description, {"description", "part_name", "item", "name"}},
      {Field::material, {"material", "commodity", "raw_material", "substance"}},
      {Field::hs_code, {"hs_code", "hs", "hts", "hts_code", "tariff_code"}},
      {Field::supplier, {"supplier", "supplier_name", "vendor", "vendor_name", "manufacturer"}},
      {Field::supplier_country, {"supplier_country", "vendor_country"}},
      {Field::origin, {"origin", "origin_country", "country_of_origin", "coo"}},
      {Field::region, {"region", "origin_region", "province", "state"}},
      {Field::quantity, {"quantity", "qty"}},
      {Field::unit, {"unit", "uom"}},
      {Field::spend, {"spend", "value", "amount", "cost"}},
      {Field::currency, {"currency"}},
      {Field::weight, {"weight", "weight_kg", "mass_kg"}},
      {Field::tier, {"tier", "supplier_tier"}},
      {Field::certifications, {"certifications", "certs"}},
  };
  REQUIRE(table.size() == io::kFieldCount);
  for (const auto& [field, names] : table) {
    for (std::string_view name : names) {
      CAPTURE(name);
      CHECK(io::parse_field(name) == field);
    }
  }
}

TEST_CASE("fields: matching ignores case, spaces, '_' and '-'", "[io][fields]") {
  CHECK(io::parse_field("Part Number") == Field::id);
  CHECK(io::parse_field("PART-NUMBER") == Field::id);
  CHECK(io::parse_field("partnumber") == Field::id);
  CHECK(io::parse_field("bom-ref") == Field::id);
  CHECK(io::parse_field("COO") == Field::origin);
  CHECK(io::parse_field("Country of Origin") == Field::origin);
  CHECK(io::parse_field("country-of-origin") == Field::origin);
  CHECK(io::parse_field("Vendor Name") == Field::supplier);
  CHECK(io::parse_field("HTS Code") == Field::hs_code);
  CHECK(io::parse_field("H.S. code") == std::nullopt);  // '.' is not ignored
  CHECK(io::parse_field("  Material  ") == Field::material);
  CHECK(io::parse_field("Weight (kg)") == std::nullopt);
  CHECK(io::parse_field("Weight KG") == Field::weight);
  CHECK(io::parse_field("__raw--material__") == Field::material);
  CHECK(io::parse_field("Mass_KG") == Field::weight);
  CHECK(io::parse_field("Supplier Tier") == Field::tier);
}

TEST_CASE("fields: other names are not fields", "[io][fields]") {
  for (std::string_view name : {"", " ", "-", "materials", "plant", "country", "notes",
                                "supplier country code", "hs code 6", "id2", "nam"}) {
    CAPTURE(name);
    CHECK_FALSE(io::parse_field(name).has_value());
  }
}

TEST_CASE("fields: to_string gives the canonical JSON name, which parses back", "[io][fields]") {
  CHECK(io::to_string(Field::hs_code) == "hs_code");
  CHECK(io::to_string(Field::supplier_country) == "supplier_country");
  CHECK(io::to_string(Field::certifications) == "certifications");
  for (std::size_t i = 0; i < io::kFieldCount; ++i) {
    auto f = static_cast<Field>(i);
    CAPTURE(io::to_string(f));
    CHECK(io::parse_field(io::to_string(f)) == f);
  }
  CHECK(io::to_string(io::BomFormat::csv) == "csv");
  CHECK(io::to_string(io::BomFormat::json) == "json");
  CHECK(io::to_string(io::BomFormat::cyclonedx) == "cyclonedx");
}

TEST_CASE("fields: parse_amount reads numbers with grouping and currency marks", "[io][fields]") {
  const std::vector<std::pair<std::string_view, double>> good = {
      {"1200", 1200},       {"1,200.50", 1200.5}, {"$ 1 200", 1200},  {"1'200", 1200},
      {".5", 0.5},          {"5.", 5},            {"1e3", 1000},      {"2.5E2", 250},
      {"0", 0},             {"-0", 0},            {"1e18", 1e18},     {"0.1", 0.1},
      {"1e-999", 0},  // below the smallest double: zero, as strtod reads it
  };
  for (const auto& [text, value] : good) {
    CAPTURE(text);
    REQUIRE(io::parse_amount(text).has_value());
    CHECK(*io::parse_amount(text) == value);
  }
  for (std::string_view text : {"", " ", "$", "-1", "1e19", "1e999", "abc", "1.2.3", "1e", "e5", "+1", "0x10",
                                "nan", "inf", "12 kg", "1-2", "--1", "."}) {
    CAPTURE(text);
    CHECK_FALSE(io::parse_amount(text).has_value());
  }
  // Longer than the stack buffer: still read.
  std::string longer(100, '0');
  longer += "42";
  CHECK(io::parse_amount(longer) == 42.0);
}
