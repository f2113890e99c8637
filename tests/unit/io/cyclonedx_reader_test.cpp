// CycloneDX 1.4–1.6 JSON reader (docs/formats.md "CycloneDX"): components read recursively,
// native fields, chainrisk:<field> properties, parents from nesting and `dependencies`.
#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "chainrisk/io/bom.hpp"
#include "read_helpers.hpp"
#include "test_support.hpp"

using namespace chainrisk;
using io::Field;

namespace {

using test::accounted;
using test::Read;

Read read_cdx(std::string_view text) { return test::read_with(io::read_bom, text, "bom.cdx.json"); }


const io::BomLine* find_line(const io::BomFile& f, std::string_view description) {
  for (const auto& l : f.lines) {
    if (l.get(Field::description) == description) return &l;
  }
  return nullptr;
}

using Extra = std::vector<std::pair<std::string, std::string>>;

}  // namespace

TEST_CASE("cyclonedx: components, recursively, are lines with native fields", "[io][cyclonedx]") {
  auto r = read_cdx(
      "{\n"                                                                        // 1
      "  \"bomFormat\": \"CycloneDX\",\n"                                          // 2
      "  \"specVersion\": \"1.5\",\n"                                              // 3
      "  \"metadata\": {\"component\": {\"bom-ref\": \"pack\", \"name\": \"EV pack\"}},\n"  // 4
      "  \"components\": [\n"                                                      // 5
      "    {\"bom-ref\": \"mod-1\", \"name\": \"Module\", \"description\": \"12-cell module\",\n"  // 6
      "     \"supplier\": {\"name\": \"CellCo\", \"address\": {\"country\": \"KR\"}},\n"  // 7
      "     \"components\": [\n"                                                   // 8
      "       {\"bom-ref\": \"cell-1\", \"name\": \"Cell\", \"manufacturer\": {\"name\": \"CATL\"},\n"  // 9
      "        \"properties\": [{\"name\": \"chainrisk:origin\", \"value\": \"CN\"},\n"  // 10
      "                       {\"name\": \"chainrisk:Raw Material\", \"value\": \"lithium\"},\n"  // 11
      "                       {\"name\": \"plant\", \"value\": \"Ningde\"},\n"    // 12
      "                       {\"name\": \"chainrisk:unknown\", \"value\": \"x\"},\n"  // 13
      "                       {\"name\": \"chainrisk:quantity\", \"value\": 4}]},\n"  // 14
      "       {\"name\": \"Busbar\", \"description\": \"Busbar\"}\n"              // 15
      "     ]},\n"                                                                 // 16
      "    {\"name\": \"Housing\", \"supplier\": {\"name\": \"AluCorp\"},\n"       // 17
      "     \"manufacturer\": {\"name\": \"Other\"}}\n"                            // 18
      "  ]\n"
      "}\n");
  CHECK(r.messages().empty());
  CHECK(r.file.format == io::BomFormat::cyclonedx);
  CHECK(io::to_string(r.file.format) == "cyclonedx");
  CHECK_FALSE(r.file.fatal);
  // metadata.component is the product itself, not a line; children follow their parent.
  REQUIRE(r.file.lines.size() == 4);
  CHECK(r.file.rows_read == 4);
  CHECK(r.file.rows_rejected == 0);

  const auto& mod = r.file.lines[0];
  CHECK(mod.line == 6);
  CHECK(mod.get(Field::id) == "mod-1");
  CHECK(mod.get(Field::description) == "Module - 12-cell module");  // name - description
  CHECK(mod.cell(Field::description).pos.line == 6);
  CHECK(mod.get(Field::supplier) == "CellCo");
  CHECK(mod.get(Field::supplier_country) == "KR");
  CHECK(mod.get(Field::parent).empty());

  const auto& cell = r.file.lines[1];
  CHECK(cell.line == 9);
  CHECK(cell.get(Field::id) == "cell-1");
  CHECK(cell.get(Field::description) == "Cell");
  CHECK(cell.get(Field::supplier) == "CATL");  // manufacturer.name when there is no supplier
  CHECK(cell.get(Field::origin) == "CN");
  CHECK(cell.cell(Field::origin).pos.line == 10);
  CHECK(cell.get(Field::material) == "lithium");  // property names take the field aliases
  CHECK(cell.get(Field::quantity) == "4");
  CHECK(cell.get(Field::parent) == "mod-1");  // the enclosing component's bom-ref
  CHECK(cell.extra == Extra{{"plant", "Ningde"}, {"chainrisk:unknown", "x"}});

  const auto& busbar = r.file.lines[2];
  CHECK(busbar.line == 15);
  CHECK(busbar.get(Field::description) == "Busbar");  // equal name and description: once
  CHECK(busbar.get(Field::id).empty());
  CHECK(busbar.get(Field::parent) == "mod-1");

  const auto& housing = r.file.lines[3];
  CHECK(housing.line == 17);
  CHECK(housing.get(Field::supplier) == "AluCorp");  // supplier before manufacturer
  CHECK(housing.get(Field::parent).empty());
}

TEST_CASE("cyclonedx: a chainrisk: property wins over the native value", "[io][cyclonedx]") {
  auto r = read_cdx(R"({"bomFormat": "CycloneDX", "specVersion": "1.6", "components": [
  {"bom-ref": "ref-9", "name": "Native name", "description": "Native description",
   "supplier": {"name": "Native supplier", "address": {"country": "DE"}},
   "properties": [{"name": "chainrisk:supplier", "value": "Prop supplier"},
                  {"name": "chainrisk:description", "value": "Prop description"},
                  {"name": "chainrisk:id", "value": "P-9"},
                  {"name": "chainrisk:supplier_country", "value": "PL"}]}
]})");
  CHECK(r.messages().empty());
  REQUIRE(r.file.lines.size() == 1);
  const auto& l = r.file.lines[0];
  CHECK(l.get(Field::id) == "P-9");
  CHECK(l.get(Field::description) == "Prop description");
  CHECK(l.get(Field::supplier) == "Prop supplier");
  CHECK(l.get(Field::supplier_country) == "PL");
}

TEST_CASE("cyclonedx: a nested component without bom-ref has its parent's description",
          "[io][cyclonedx]") {
  auto r = read_cdx(R"({"bomFormat": "CycloneDX", "specVersion": "1.4", "components": [
  {"name": "Frame", "components": [{"name": "Bolt", "components": [{"name": "Washer"}]}]}
]})");
  CHECK(r.messages().empty());
  REQUIRE(r.file.lines.size() == 3);
  CHECK(r.file.lines[0].get(Field::parent).empty());
  CHECK(r.file.lines[1].get(Field::description) == "Bolt");
  CHECK(r.file.lines[1].get(Field::parent) == "Frame");
  CHECK(r.file.lines[2].get(Field::parent) == "Bolt");
}

TEST_CASE("cyclonedx: dependencies give parents to components that have none",
          "[io][cyclonedx]") {
  auto r = read_cdx(R"({"bomFormat": "CycloneDX", "specVersion": "1.6",
 "components": [
   {"bom-ref": "door", "name": "Door"},
   {"bom-ref": "hinge", "name": "Hinge"},
   {"bom-ref": "pin", "name": "Pin"},
   {"bom-ref": "glass", "name": "Glass", "components": [{"bom-ref": "film", "name": "Film"}]}
 ],
 "dependencies": [
   {"ref": "door", "dependsOn": ["hinge", "glass", "film", "nowhere", 7]},
   {"ref": "hinge", "dependsOn": ["pin"]},
   {"ref": "unknown", "dependsOn": ["door"]},
   {"ref": "pin"}
 ]})");
  CHECK(r.messages().empty());
  REQUIRE(r.file.lines.size() == 5);
  auto parent_of = [&](std::string_view d) {
    const auto* l = find_line(r.file, d);
    REQUIRE(l);
    return l->get(Field::parent);
  };
  CHECK(parent_of("Door").empty());  // "unknown" is no component
  CHECK(parent_of("Hinge") == "door");
  CHECK(parent_of("Glass") == "door");
  CHECK(parent_of("Film") == "glass");  // nesting wins over dependencies
  CHECK(parent_of("Pin") == "hinge");
}

TEST_CASE("cyclonedx: specVersion outside 1.4-1.6 warns and the document is read",
          "[io][cyclonedx]") {
  auto r = read_cdx(
      R"({"bomFormat": "CycloneDX", "specVersion": "1.3", "components": [{"name": "Bolt"}]})");
  CHECK(r.messages() ==
        "bom.cdx.json:1:43: warning: CycloneDX specVersion '1.3'; chainrisk reads 1.4 to 1.6\n");
  CHECK(r.diag.errors() == 0);
  REQUIRE(r.file.lines.size() == 1);
  CHECK(r.file.lines[0].get(Field::description) == "Bolt");
}

TEST_CASE("cyclonedx: 'components' that is not an array is fatal", "[io][cyclonedx]") {
  auto r = read_cdx(
      R"({"bomFormat": "CycloneDX", "specVersion": "1.5", "components": {"name": "Bolt"}})");
  CHECK(r.messages() ==
        "bom.cdx.json:1:64: error: 'components': expected an array, got an object\n");
  CHECK(r.file.fatal);
  CHECK(r.file.lines.empty());
  CHECK(r.file.rows_read == 0);
}

TEST_CASE("cyclonedx: a document without components warns that nothing is scanned",
          "[io][cyclonedx]") {
  auto r = read_cdx(R"({"bomFormat": "CycloneDX", "specVersion": "1.5"})");
  CHECK(r.messages() ==
        "bom.cdx.json:1:1: warning: CycloneDX document has no components; nothing to scan\n");
  CHECK_FALSE(r.file.fatal);
  CHECK(r.file.lines.empty());
  CHECK(r.file.format == io::BomFormat::cyclonedx);
}

TEST_CASE("cyclonedx: bad components are rejected with their position", "[io][cyclonedx]") {
  auto r = read_cdx(R"({"bomFormat": "CycloneDX", "specVersion": "1.5", "components": [
  "Bolt",
  {"bom-ref": "x", "version": "1"},
  {"name": "Nut", "properties": [{"name": "chainrisk:origin", "value": "CN"},
                                 {"name": "chainrisk:coo", "value": "VN"}]},
  {"name": "Cap", "properties": [{"name": "chainrisk:origin", "value": {"code": "CN"}}]},
  {"bom-ref": "raw", "properties": [{"name": "chainrisk:material", "value": "cobalt"}]}
]})");
  CHECK(r.messages() ==
        "bom.cdx.json:2:3: error: component: expected an object, got a string\n"
        "bom.cdx.json:3: error: line has no material, hs_code or description; expected at least "
        "one to identify its commodity\n"
        "bom.cdx.json:5:69: error: field 'origin' given twice (also as 'chainrisk:origin' at line 4); "
        "expected one value\n"
        "bom.cdx.json:6:72: error: field 'chainrisk:origin': expected a string or number, got an "
        "object\n");
  // A material property alone identifies the commodity.
  REQUIRE(r.file.lines.size() == 1);
  CHECK(r.file.lines[0].get(Field::id) == "raw");
  CHECK(r.file.lines[0].get(Field::material) == "cobalt");
  CHECK(r.file.rows_read == 5);
  CHECK(r.file.rows_rejected == 4);
  CHECK(accounted(r.file));
}

TEST_CASE("cyclonedx: children of a rejected component are still read",
          "[io][cyclonedx]") {
  // bom-format.md: each entry of components, recursively, is a line; docs/reliability.md:
  // no line is dropped silently. The assembly has no name and is rejected; its child is not
  // a bad line and must be read (or at least counted).
  auto r = read_cdx(R"({"bomFormat": "CycloneDX", "specVersion": "1.5", "components": [
  {"bom-ref": "asm", "version": "1", "components": [{"bom-ref": "c1", "name": "Bolt"}]}
]})");
  CHECK(r.messages() ==
        "bom.cdx.json:2: error: line has no material, hs_code or description; expected at least "
        "one to identify its commodity\n");
  CHECK(r.file.rows_read == 2);
  CHECK(r.file.rows_rejected == 1);
  REQUIRE(r.file.lines.size() == 1);
  CHECK(r.file.lines[0].get(Field::description) == "Bolt");
}

TEST_CASE("cyclonedx: nested 'components' that is not an array is reported",
          "[io][cyclonedx]") {
  // At the top level this is a fatal error; nested, the child must not vanish silently.
  auto r = read_cdx(R"({"bomFormat": "CycloneDX", "specVersion": "1.5", "components": [
  {"name": "Frame", "components": {"name": "Bolt"}}
]})");
  CHECK(r.messages() == "bom.cdx.json:2:35: error: 'components': expected an array, got an object\n");
  CHECK(r.diag.errors() == 1);
}

TEST_CASE("cyclonedx: only bomFormat CycloneDX selects the reader", "[io][cyclonedx]") {
  auto r = read_cdx(R"({"bomFormat": "SPDX", "components": [{"name": "Bolt"}]})");
  CHECK(r.file.fatal);
  CHECK(r.file.format == io::BomFormat::json);
  CHECK(r.messages() ==
        "bom.cdx.json:1:1: error: expected {\"bom\": {\"lines\": [...]}}, an array of line "
        "objects, or a CycloneDX document\n");
}
