// JSON BOM reader (docs/formats.md "JSON") and the positioned JSON parser under it
// (src/io/json_text.hpp): document shapes, value types, per-line errors, syntax errors with
// exact line:col, the nesting and size limits, strings, escapes and UTF-8.
#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "chainrisk/io/bom.hpp"
#include "chainrisk/io/limits.hpp"
#include "io/json_text.hpp"
#include "read_helpers.hpp"
#include "test_support.hpp"

using namespace chainrisk;
using namespace std::string_literals;
using io::Field;
using io::JsonValue;

namespace {

using test::accounted;
using test::Read;

Read read_json(std::string_view text) { return test::read_with(io::read_json_bom, text, "bom.json"); }

Read read_any(std::string_view text) { return test::read_with(io::read_bom, text, "bom.json"); }


// The diagnostic of a document that does not parse: "LINE:COL: message".
std::string syntax_error(std::string_view text) {
  auto r = read_json(text);
  CHECK(r.file.fatal);
  CHECK(r.file.lines.empty());
  CHECK(r.file.rows_read == 0);
  CHECK(r.diag.items().size() == 1);
  std::string m = r.messages();
  const std::string prefix = "bom.json:";
  if (m.rfind(prefix, 0) == 0) m = m.substr(prefix.size());
  if (!m.empty() && m.back() == '\n') m.pop_back();
  return m;
}

// Parse a single string literal with parse_json_text; its value, or "ERR LINE:COL message".
std::string string_value(std::string_view json) {
  io::JsonError err;
  auto v = io::parse_json_text(json, err);
  if (!v) return "ERR " + std::to_string(err.pos.line) + ":" + std::to_string(err.pos.col) + " " +
                 err.message;
  REQUIRE(v->is_string());
  return v->text;
}

using Extra = std::vector<std::pair<std::string, std::string>>;

}  // namespace

TEST_CASE("json: a bom object with lines, field names and aliases", "[io][json]") {
  auto r = read_json(R"({"bom": {"name": "Pack", "lines": [
  {"id": "A1", "material": "copper", "COO": "CD", "qty": "12", "plant": "Kolwezi"},
  {"Part Name": "Cell", "hts": "8507.60", "vendor_name": "Acme", "parent_id": "A1"}
]}}
)");
  CHECK(r.messages().empty());
  CHECK(r.file.format == io::BomFormat::json);
  CHECK_FALSE(r.file.fatal);
  REQUIRE(r.file.lines.size() == 2);
  const auto& a = r.file.lines[0];
  CHECK(a.line == 2);
  CHECK(a.get(Field::id) == "A1");
  CHECK(a.get(Field::material) == "copper");
  CHECK(a.get(Field::origin) == "CD");
  CHECK(a.get(Field::quantity) == "12");
  CHECK(a.extra == Extra{{"plant", "Kolwezi"}});
  // A cell's position is where its value starts.
  CHECK(a.cell(Field::id).pos.line == 2);
  CHECK(a.cell(Field::id).pos.col == 10);
  const auto& b = r.file.lines[1];
  CHECK(b.line == 3);
  CHECK(b.get(Field::description) == "Cell");
  CHECK(b.get(Field::hs_code) == "8507.60");
  CHECK(b.get(Field::supplier) == "Acme");
  CHECK(b.get(Field::parent) == "A1");
  CHECK(b.extra.empty());
  CHECK(r.file.rows_read == 2);
  CHECK(r.file.rows_rejected == 0);
}

TEST_CASE("json: a top-level lines member and a bare array are BOMs too", "[io][json]") {
  SECTION("lines at the top level") {
    auto r = read_json(R"({"lines": [{"material": "tin", "origin": "BO"}]})");
    CHECK(r.messages().empty());
    REQUIRE(r.file.lines.size() == 1);
    CHECK(r.file.lines[0].get(Field::origin) == "BO");
  }
  SECTION("bare array") {
    auto r = read_json("[\n{\"material\": \"tin\"},\n\n{\"hs_code\": \"8001\"}]");
    CHECK(r.messages().empty());
    REQUIRE(r.file.lines.size() == 2);
    CHECK(r.file.lines[0].line == 2);
    CHECK(r.file.lines[1].line == 4);
    CHECK(r.file.lines[1].get(Field::hs_code) == "8001");
  }
  SECTION("empty array") {
    auto r = read_json("[]");
    CHECK(r.messages().empty());
    CHECK_FALSE(r.file.fatal);
    CHECK(r.file.lines.empty());
    CHECK(r.file.rows_read == 0);
  }
}

TEST_CASE("json: numbers, booleans, null and lists of strings as values", "[io][json]") {
  auto r = read_json(
      R"([{"material": "copper", "quantity": 12.50, "weight": 1E3, "spend": -0.5e-2,
  "tier": true, "unit": false, "origin": null, "certifications": ["RMI", "ISO 14001"],
  "note": 7, "flag": false, "nothing": null, "list": ["x", "y"], "empty": []}])");
  CHECK(r.messages().empty());
  REQUIRE(r.file.lines.size() == 1);
  const auto& l = r.file.lines[0];
  CHECK(l.get(Field::quantity) == "12.50");  // numbers keep their literal as written
  CHECK(l.get(Field::weight) == "1E3");
  CHECK(l.get(Field::spend) == "-0.5e-2");
  CHECK(l.get(Field::tier) == "true");
  CHECK(l.get(Field::unit) == "false");
  CHECK(l.get(Field::origin).empty());
  CHECK(l.get(Field::certifications) == "RMI; ISO 14001");
  CHECK(l.extra == Extra{{"note", "7"}, {"flag", "false"}, {"nothing", ""}, {"list", "x; y"},
                         {"empty", ""}});
}

TEST_CASE("json: a line that is not an object is an error at its position", "[io][json]") {
  auto r = read_json("[\n  {\"material\": \"copper\"},\n  \"tin\",\n  [1], 42, null\n]");
  CHECK(r.messages() ==
        "bom.json:3:3: error: expected a line object, got a string\n"
        "bom.json:4:3: error: expected a line object, got an array\n"
        "bom.json:4:8: error: expected a line object, got a number\n"
        "bom.json:4:12: error: expected a line object, got null\n");
  CHECK_FALSE(r.file.fatal);
  REQUIRE(r.file.lines.size() == 1);
  CHECK(r.file.rows_read == 5);
  CHECK(r.file.rows_rejected == 4);
  CHECK(accounted(r.file));
}

TEST_CASE("json: a field given twice through an alias is an error on that line", "[io][json]") {
  auto r = read_json(R"([
  {"material": "copper", "origin": "CD", "coo": "ZM"},
  {"material": "tin", "coo": "BO", "Country of Origin": "PE"},
  {"material": "zinc", "origin": "PE"}
])");
  CHECK(r.messages() ==
        "bom.json:2:49: error: field 'origin' given twice (also as 'origin' at line 2); expected "
        "one value\n"
        "bom.json:3:57: error: field 'origin' given twice (also as 'coo' at line 3); expected one "
        "value\n");
  REQUIRE(r.file.lines.size() == 1);
  CHECK(r.file.lines[0].get(Field::material) == "zinc");
  CHECK(r.file.rows_read == 3);
  CHECK(r.file.rows_rejected == 2);
  CHECK(accounted(r.file));
}

TEST_CASE("json: objects and mixed lists are not field values", "[io][json]") {
  auto r = read_json(R"([
{"material": {"name": "copper"}},
{"material": "x", "certs": ["A", 1]},
{"material": "cop\u0000per"}
])");
  CHECK(r.messages() ==
        "bom.json:2:14: error: field 'material': expected a string or number, got an object\n"
        "bom.json:3:28: error: field 'certs': expected a string or number, got an array\n"
        "bom.json:4:14: error: field 'material': NUL character in value\n");
  CHECK(r.file.lines.empty());
  CHECK(r.file.rows_read == 3);
  CHECK(r.file.rows_rejected == 3);
}

TEST_CASE("json: a line without material, hs_code or description is rejected", "[io][json]") {
  auto r = read_json("[\n{\"id\": \"A\", \"origin\": \"CD\"},\n{\"material\": \"\"},\n"
                     "{\"description\": \"Bolt\"}\n]");
  CHECK(r.messages() ==
        "bom.json:2: error: line has no material, hs_code or description; expected at least one "
        "to identify its commodity\n"
        "bom.json:3: error: line has no material, hs_code or description; expected at least one "
        "to identify its commodity\n");
  REQUIRE(r.file.lines.size() == 1);
  CHECK(r.file.lines[0].get(Field::description) == "Bolt");
  CHECK(r.file.rows_read == 3);
  CHECK(r.file.rows_rejected == 2);
}

TEST_CASE("json: syntax errors report line, column and what was expected", "[io][json]") {
  CHECK(syntax_error("{\"bom\": {\"lines\": [\n  {\"material\": \"copper\", \"origin\": \"CD\"}\n"
                     "  {\"material\": \"tin\"}\n]}}\n") ==
        "3:3: error: expected ',' or ']', got '{'");
  CHECK(syntax_error(R"({"bom": {"name": "x" "lines": []}})") ==
        "1:22: error: expected ',' or '}', got '\"'");
  CHECK(syntax_error(R"({"bom" {}})") == "1:8: error: expected ':' after key, got '{'");
  CHECK(syntax_error(R"([{"material": "x"},])") == "1:20: error: expected a JSON value, got ']'");
  CHECK(syntax_error(R"({bom: 1})") == "1:2: error: expected a string key, got 'b'");
  CHECK(syntax_error(R"({"a": 1,})") == "1:9: error: expected a string key, got '}'");
  CHECK(syntax_error("[] x") == "1:4: error: expected end of input after the JSON value");
  CHECK(syntax_error(R"([{"material": "x"})") ==
        "1:19: error: expected ',' or ']', got end of input");
  CHECK(syntax_error("") == "1:1: error: expected a JSON value, got end of input");
  CHECK(syntax_error("[tru]") == "1:2: error: expected a JSON value, got 't'");
  CHECK(syntax_error("[\x01]") == "1:2: error: expected a JSON value, got byte 0x01");
  CHECK(syntax_error("[\xC3\xA9]") == "1:2: error: expected a JSON value, got byte 0xc3");
  CHECK(syntax_error("[01]") == "1:3: error: expected ',' or ']', got '1'");
  CHECK(syntax_error("[-]") == "1:3: error: expected a digit in number");
  CHECK(syntax_error("[1.]") == "1:4: error: expected a digit after '.' in number");
  CHECK(syntax_error("[1e+]") == "1:5: error: expected a digit in number exponent");
  CHECK(syntax_error("['a']") == "1:2: error: expected a JSON value, got '''");
  // CRLF line ends: '\r' is whitespace, lines counted on '\n'.
  CHECK(syntax_error("[\r\n  {\"material\": \"x\"}\r\n  oops\r\n]") ==
        "3:3: error: expected ',' or ']', got 'o'");
}

TEST_CASE("json: nesting deeper than 256 levels is an error, not a crash", "[io][json][limits]") {
  SECTION("100000 arrays") {
    std::string deep(100000, '[');
    deep += std::string(100000, ']');
    CHECK(syntax_error(deep) == "1:257: error: JSON nested deeper than 256 levels");
  }
  SECTION("100000 objects, unterminated") {
    std::string deep;
    for (int i = 0; i < 100000; ++i) deep += "{\"a\":";
    // Each level is 5 bytes: the 257th '{' is at column 256 * 5 + 1.
    CHECK(syntax_error(deep) == "1:1281: error: JSON nested deeper than 256 levels");
  }
  SECTION("256 levels parse") {
    std::string ok = std::string(io::kMaxJsonDepth, '[') + std::string(io::kMaxJsonDepth, ']');
    io::JsonError err;
    auto v = io::parse_json_text(ok, err);
    REQUIRE(v);
    CHECK(v->is_array());
    CHECK(err.message.empty());
  }
}

TEST_CASE("json: an unterminated string is an error at its opening quote", "[io][json]") {
  CHECK(syntax_error(R"([{"material": "copper}])") == "1:15: error: unterminated string");
  // A raw line end inside a string is a control character, reported where it is.
  CHECK(syntax_error("[\n  {\"material\": \"copper\n}]") ==
        "2:23: error: control character 0x0a in string; expected it escaped");
  CHECK(syntax_error("[\"a\tb\"]") ==
        "1:4: error: control character 0x09 in string; expected it escaped");
}

TEST_CASE("json: escapes decode and invalid escapes are errors", "[io][json]") {
  CHECK(string_value(R"("\/\"\\\b\f\n\r\t")") == "/\"\\\b\f\n\r\t");
  CHECK(string_value(R"("\u00e9\u20AC\u0041")") == "\xC3\xA9\xE2\x82\xAC" "A");
  // Surrogate pairs become one 4-byte UTF-8 sequence.
  CHECK(string_value(R"("\uD83D\uDE00")") == "\xF0\x9F\x98\x80");
  CHECK(string_value(R"("\uDBFF\uDFFF")") == "\xF4\x8F\xBF\xBF");
  CHECK(string_value(R"("a\xb")") == "ERR 1:4 invalid escape '\\x' in string");
  CHECK(string_value(R"("\a")") == "ERR 1:3 invalid escape '\\a' in string");
  CHECK(string_value(R"("\uD83Dx")") == "ERR 1:8 expected a low surrogate after \\u");
  CHECK(string_value(R"("\uD83D\u0041")") == "ERR 1:14 invalid low surrogate in \\u escape");
  CHECK(string_value(R"("\uDE00")") == "ERR 1:8 unpaired low surrogate in \\u escape");
  CHECK(string_value(R"("\u12)") == "ERR 1:4 expected 4 hex digits after \\u");
}

TEST_CASE("json: a non-hex digit in a unicode escape is reported at that digit", "[io][json]") {
  // '"' 1, '\' 2, 'u' 3, '1' 4, '2' 5, 'G' 6: the first character that is not a hex digit.
  CHECK(string_value(R"("\u12G4")") == "ERR 1:6 expected 4 hex digits after \\u");
}

TEST_CASE("json: a string ending in a backslash is unterminated at its opening quote",
          "[io][json]") {
  // Like every other unterminated string (and the CSV reader's unterminated quote).
  CHECK(string_value(R"(["ok", "abc\)") == "ERR 1:8 unterminated string");
  CHECK(string_value(R"(["ok", "abc)") == "ERR 1:8 unterminated string");
}

TEST_CASE("json: invalid UTF-8 inside a string is an error at the byte", "[io][json]") {
  CHECK(syntax_error("[\"ab\xFF\"]") == "1:5: error: invalid UTF-8 in string");
  CHECK(syntax_error("[\n {\"material\": \"x\xED\xA0\x80\"}]") ==
        "2:17: error: invalid UTF-8 in string");
  CHECK(syntax_error("[\"\xE2\x82\"]") == "1:3: error: invalid UTF-8 in string");
  CHECK(syntax_error("[\"\xC0\xAF\"]") == "1:3: error: invalid UTF-8 in string");
  // A real U+FFFD in the input is valid text, kept as is.
  CHECK(string_value("\"a\xEF\xBF\xBD" "b\"") == "a\xEF\xBF\xBD" "b");
  CHECK(string_value("\"C\xC3\xB4te d\xE2\x80\x99Ivoire\"") == "C\xC3\xB4te d\xE2\x80\x99Ivoire");
}

TEST_CASE("json: a top-level value that is not a BOM is fatal", "[io][json]") {
  const std::string msg =
      "error: expected {\"bom\": {\"lines\": [...]}}, an array of line objects, or a CycloneDX "
      "document\n";
  for (std::string_view text : {R"({"items": []})", R"({"bom": {"name": "x"}})",
                                R"({"bom": {"lines": {}}})", R"({"lines": "none"})"}) {
    CAPTURE(text);
    auto r = read_json(text);
    CHECK(r.messages() == "bom.json:1:1: " + msg);
    CHECK(r.file.fatal);
    CHECK(r.file.lines.empty());
  }
  auto r = read_json("\n  42");
  CHECK(r.messages() == "bom.json:2:3: " + msg);
  CHECK(r.file.fatal);
}

TEST_CASE("json: read_bom picks JSON by its first character, after a mark and whitespace", "[io][json]") {
  auto r = read_any("\xEF\xBB\xBF \n\t[{\"material\": \"tin\"}, 1]");
  CHECK(r.file.format == io::BomFormat::json);
  // The mark is not counted in columns.
  CHECK(r.messages() == "bom.json:2:24: error: expected a line object, got a number\n");
  REQUIRE(r.file.lines.size() == 1);
  CHECK(r.file.lines[0].line == 2);
  CHECK(r.file.lines[0].get(Field::material) == "tin");
  auto u16 = read_any("\xFF\xFE[\0]\0"s);
  CHECK(u16.messages() ==
        "bom.json:1:1: error: file is UTF-16; expected UTF-8 (re-export the file as UTF-8)\n");
  CHECK(u16.file.fatal);
}

TEST_CASE("json: strings over 1 MiB and numbers over 64 characters are errors",
          "[io][json][limits]") {
  SECTION("a 2 MiB string stops the file without storing it") {
    std::string text = "[{\"material\": \"" + std::string(2 * io::kMaxFieldBytes, 'x') + "\"}]";
    auto r = read_json(text);
    REQUIRE(r.diag.items().size() == 1);
    CHECK(r.diag.items()[0].message == "string longer than 1 MiB (the limit for one value)");
    CHECK(r.diag.items()[0].pos.line == 1);
    CHECK(r.file.fatal);
    CHECK(r.file.lines.empty());
  }
  SECTION("exactly 1 MiB is accepted") {
    std::string text = "[{\"material\": \"" + std::string(io::kMaxFieldBytes, 'x') + "\"}]";
    auto r = read_json(text);
    CHECK(r.messages().empty());
    REQUIRE(r.file.lines.size() == 1);
    CHECK(r.file.lines[0].get(Field::material).size() == io::kMaxFieldBytes);
  }
  SECTION("a 70-digit number") {
    auto r = read_json("[{\"material\": \"x\", \"qty\": 1" + std::string(69, '0') + "}]");
    REQUIRE(r.diag.items().size() == 1);
    CHECK(r.diag.items()[0].message == "number longer than 64 characters");
    CHECK(r.diag.items()[0].pos.line == 1);
    CHECK(r.file.fatal);
  }
}

TEST_CASE("json: a string one byte over 1 MiB is rejected like in CSV",
          "[io][json][limits]") {
  // docs/reliability.md: one value is at most 1 MiB (kMaxFieldBytes); CSV rejects 1 MiB + 1.
  std::string text = "[{\"material\": \"" + std::string(io::kMaxFieldBytes + 1, 'x') + "\"}]";
  auto r = read_json(text);
  CHECK(r.diag.errors() == 1);
  CHECK(r.file.lines.empty());
}

TEST_CASE("json: parse_json_text keeps positions, member order and duplicates", "[io][json]") {
  io::JsonError err;
  auto v = io::parse_json_text("{\"b\": [1, \"two\", true],\n \"a\": {\"x\": null},\n \"b\": 3}", err);
  REQUIRE(v);
  REQUIRE(v->is_object());
  REQUIRE(v->members.size() == 3);
  CHECK(v->members[0].key == "b");
  CHECK(v->members[1].key == "a");
  CHECK(v->members[2].key == "b");
  const JsonValue* b = v->find("b");  // the first of duplicates
  REQUIRE(b);
  REQUIRE(b->is_array());
  REQUIRE(b->items.size() == 3);
  CHECK(b->items[0].type == JsonValue::Type::number);
  CHECK(b->items[0].text == "1");
  CHECK(b->items[1].text == "two");
  CHECK(b->items[1].pos.col == 11);
  CHECK(b->items[2].type == JsonValue::Type::boolean);
  CHECK(b->items[2].boolean);
  const JsonValue* a = v->find("a");
  REQUIRE(a);
  CHECK(a->pos.line == 2);
  CHECK(a->pos.col == 7);
  REQUIRE(a->find("x"));
  CHECK(a->find("x")->type == JsonValue::Type::null);
  CHECK(v->find("missing") == nullptr);
  CHECK(io::to_string(JsonValue::Type::object) == "an object");
  CHECK(io::to_string(JsonValue::Type::boolean) == "a boolean");
}
