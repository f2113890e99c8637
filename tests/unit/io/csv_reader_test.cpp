// CSV BOM reader (docs/formats.md "CSV", /work/shared/spec/bom-format.md): header aliases,
// delimiters, line ends, RFC 4180 quoting, the error table with exact positions, the limits
// of docs/reliability.md, and the accounting invariant rows_read == lines + rows_rejected.
#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "chainrisk/io/bom.hpp"
#include "chainrisk/io/limits.hpp"
#include "read_helpers.hpp"
#include "test_support.hpp"

using namespace chainrisk;
using namespace std::string_literals;
using io::Field;

namespace {

using test::accounted;
using test::Read;

Read read_csv(std::string_view text) { return test::read_with(io::read_csv_bom, text, "bom.csv"); }

Read read_any(std::string_view text) { return test::read_with(io::read_bom, text, "bom.csv"); }


using Extra = std::vector<std::pair<std::string, std::string>>;

}  // namespace

TEST_CASE("csv: header aliases map every column to its field", "[io][csv]") {
  auto r = read_csv(
      "Part Number,Part Name,Commodity,HTS Code,Vendor Name,Vendor Country,COO,Province,Qty,UOM,"
      "Amount,Currency,Weight KG,Supplier Tier,Certs,Assembly\n"
      "P-1,Copper cathode,copper,7403.11,Acme,DE,CL,Antofagasta,10,kg,1200.50,USD,10.5,2,"
      "ISO 14001;RMI,A-0\n");
  CHECK(r.messages().empty());
  REQUIRE(r.file.lines.size() == 1);
  const auto& l = r.file.lines[0];
  CHECK(l.line == 2);
  CHECK(l.get(Field::id) == "P-1");
  CHECK(l.get(Field::description) == "Copper cathode");
  CHECK(l.get(Field::material) == "copper");
  CHECK(l.get(Field::hs_code) == "7403.11");
  CHECK(l.get(Field::supplier) == "Acme");
  CHECK(l.get(Field::supplier_country) == "DE");
  CHECK(l.get(Field::origin) == "CL");
  CHECK(l.get(Field::region) == "Antofagasta");
  CHECK(l.get(Field::quantity) == "10");
  CHECK(l.get(Field::unit) == "kg");
  CHECK(l.get(Field::spend) == "1200.50");
  CHECK(l.get(Field::currency) == "USD");
  CHECK(l.get(Field::weight) == "10.5");
  CHECK(l.get(Field::tier) == "2");
  CHECK(l.get(Field::certifications) == "ISO 14001;RMI");
  CHECK(l.get(Field::parent) == "A-0");
  CHECK(l.extra.empty());
  // Cells remember where they were read: "P-1," is 4 bytes, so the description starts at 5.
  CHECK(l.cell(Field::id).pos.line == 2);
  CHECK(l.cell(Field::id).pos.col == 1);
  CHECK(l.cell(Field::description).pos.line == 2);
  CHECK(l.cell(Field::description).pos.col == 5);
  CHECK(r.file.format == io::BomFormat::csv);
  CHECK(r.file.rows_read == 1);
  CHECK(r.file.rows_rejected == 0);
  CHECK_FALSE(r.file.fatal);
}

TEST_CASE("csv: header names ignore case, spaces, '_' and '-'", "[io][csv]") {
  auto r = read_csv(
      "  MATERIAL ,Country-Of-Origin,hs_CODE,SUPPLIER-name,Origin Region,raw-material-x\n"
      "copper,CL,7403,Acme,II,y\n");
  CHECK(r.messages().empty());
  REQUIRE(r.file.lines.size() == 1);
  const auto& l = r.file.lines[0];
  CHECK(l.get(Field::material) == "copper");
  CHECK(l.get(Field::origin) == "CL");
  CHECK(l.get(Field::hs_code) == "7403");
  CHECK(l.get(Field::supplier) == "Acme");
  CHECK(l.get(Field::region) == "II");
  // Close to an alias is not an alias: kept as an extra column.
  CHECK(l.extra == Extra{{"raw-material-x", "y"}});
}

TEST_CASE("csv: field values are trimmed of surrounding spaces and tabs", "[io][csv]") {
  auto r = read_csv("material,origin\n  copper \t,\t CL  \n");
  CHECK(r.messages().empty());
  REQUIRE(r.file.lines.size() == 1);
  CHECK(r.file.lines[0].get(Field::material) == "copper");
  CHECK(r.file.lines[0].get(Field::origin) == "CL");
}

TEST_CASE("csv: unknown columns are kept in extra, in input order", "[io][csv]") {
  auto r = read_csv("Plant,material,,Buyer\nKolwezi,cobalt,x,Jane\nLubumbashi,copper,,\n");
  CHECK(r.messages().empty());
  REQUIRE(r.file.lines.size() == 2);
  // A column with an empty header is named after its position.
  CHECK(r.file.lines[0].extra == Extra{{"Plant", "Kolwezi"}, {"column_3", "x"}, {"Buyer", "Jane"}});
  CHECK(r.file.lines[1].extra == Extra{{"Plant", "Lubumbashi"}, {"column_3", ""}, {"Buyer", ""}});
  CHECK(r.file.lines[0].get(Field::material) == "cobalt");
}

TEST_CASE("csv: a second column for the same field warns and is kept as extra", "[io][csv]") {
  auto r = read_csv("material,origin,Country of Origin\ncopper,CL,PE\n");
  CHECK(r.messages() ==
        "bom.csv:1:17: warning: column 'Country of Origin' repeats field 'origin' of column 2; "
        "kept as an extra column\n");
  CHECK(r.diag.errors() == 0);
  REQUIRE(r.file.lines.size() == 1);
  CHECK(r.file.lines[0].get(Field::origin) == "CL");  // the first column wins
  CHECK(r.file.lines[0].extra == Extra{{"Country of Origin", "PE"}});
}

TEST_CASE("csv: the delimiter is detected from the header line", "[io][csv]") {
  SECTION("semicolon, with commas inside values") {
    auto r = read_csv("material;origin;spend\ncopper;CL;1,5\n");
    CHECK(r.messages().empty());
    REQUIRE(r.file.lines.size() == 1);
    CHECK(r.file.lines[0].get(Field::origin) == "CL");
    CHECK(r.file.lines[0].get(Field::spend) == "1,5");
  }
  SECTION("tab") {
    auto r = read_csv("material\torigin\tdescription\ncopper\tCL\tWire, bare; 2mm\n");
    CHECK(r.messages().empty());
    REQUIRE(r.file.lines.size() == 1);
    CHECK(r.file.lines[0].get(Field::origin) == "CL");
    CHECK(r.file.lines[0].get(Field::description) == "Wire, bare; 2mm");
  }
  SECTION("comma, delimiters inside quoted header names do not count") {
    auto r = read_csv("\"a;b;c\",material,origin\nx,copper,CL\n");
    CHECK(r.messages().empty());
    REQUIRE(r.file.lines.size() == 1);
    CHECK(r.file.lines[0].get(Field::material) == "copper");
    CHECK(r.file.lines[0].extra == Extra{{"a;b;c", "x"}});
  }
  SECTION("a single-column header reads as comma-separated") {
    auto r = read_csv("material\ncopper;tin\n");
    CHECK(r.messages().empty());
    REQUIRE(r.file.lines.size() == 1);
    CHECK(r.file.lines[0].get(Field::material) == "copper;tin");
  }
}

TEST_CASE("csv: a UTF-8 byte-order mark is skipped", "[io][csv]") {
  auto r = read_csv("\xEF\xBB\xBFmaterial,origin\ncopper,CL\n");
  CHECK(r.messages().empty());
  REQUIRE(r.file.lines.size() == 1);
  CHECK(r.file.lines[0].get(Field::material) == "copper");
  CHECK(r.file.lines[0].extra.empty());  // not a column named "\xEF\xBB\xBFmaterial"
  CHECK(r.file.lines[0].line == 2);
}

TEST_CASE("csv: columns on line 1 after a byte-order mark count from the first character",
          "[io][csv]") {
  // The JSON reader does not count the 3 mark bytes in columns; neither should the CSV reader:
  // the quote is the 14th character a user sees on line 1.
  auto r = read_csv("\xEF\xBB\xBFmaterial,note\"s\ncopper,x\n");
  CHECK(r.messages() == "bom.csv:1:14: warning: quote character inside an unquoted field; "
                        "kept as text\n");
}

TEST_CASE("csv: CRLF, LF, lone CR and mixed line ends", "[io][csv]") {
  auto check_lines = [](const Read& r, std::vector<std::size_t> want_lines) {
    CHECK(r.messages().empty());
    REQUIRE(r.file.lines.size() == want_lines.size());
    for (std::size_t i = 0; i < want_lines.size(); ++i) {
      CHECK(r.file.lines[i].line == want_lines[i]);
      // No '\r' is left in a value.
      CHECK(r.file.lines[i].get(Field::origin).find('\r') == std::string::npos);
      CHECK(r.file.lines[i].get(Field::origin).size() == 2);
    }
    CHECK(r.file.rows_read == want_lines.size());
  };
  SECTION("CRLF") { check_lines(read_csv("material,origin\r\ncopper,CL\r\ntin,BO\r\n"), {2, 3}); }
  SECTION("LF") { check_lines(read_csv("material,origin\ncopper,CL\ntin,BO\n"), {2, 3}); }
  SECTION("lone CR, no final line end") {
    auto r = read_csv("material,origin\rcopper,CL\rtin,BO");
    check_lines(r, {2, 3});
    CHECK(r.file.lines[1].get(Field::origin) == "BO");
  }
  SECTION("mixed") {
    auto r = read_csv("material,origin\r\ncopper,CL\ntin,BO\rzinc,PE\r\nlead,AU\n");
    check_lines(r, {2, 3, 4, 5});
    CHECK(r.file.lines[2].get(Field::material) == "zinc");
    CHECK(r.file.lines[3].get(Field::origin) == "AU");
  }
}

TEST_CASE("csv: quoted fields hold delimiters, doubled quotes and newlines", "[io][csv]") {
  auto r = read_csv(
      "id,description,material\n"
      "1,\"Cable, 3 \"\"core\"\"\",copper\n"
      "2,\"Line one\r\nline two\nline three\rend\",tin\n"
      "3,Plain,zinc\n"
      "4,\"\",\"nickel\"\n");
  CHECK(r.messages().empty());
  REQUIRE(r.file.lines.size() == 4);
  CHECK(r.file.lines[0].get(Field::description) == "Cable, 3 \"core\"");
  CHECK(r.file.lines[0].line == 2);
  // Every line end inside a quoted value reads as '\n'.
  CHECK(r.file.lines[1].get(Field::description) == "Line one\nline two\nline three\nend");
  CHECK(r.file.lines[1].line == 3);  // the line the row starts on
  CHECK(r.file.lines[1].cell(Field::description).pos.line == 3);
  CHECK(r.file.lines[1].cell(Field::description).pos.col == 3);
  CHECK(r.file.lines[1].get(Field::material) == "tin");
  CHECK(r.file.lines[1].cell(Field::material).pos.line == 6);
  CHECK(r.file.lines[1].cell(Field::material).pos.col == 6);
  // The next row's physical line counts the lines inside the quoted field.
  CHECK(r.file.lines[2].line == 7);
  CHECK(r.file.lines[2].get(Field::material) == "zinc");
  CHECK(r.file.lines[3].line == 8);
  CHECK(r.file.lines[3].get(Field::description).empty());
  CHECK(r.file.lines[3].get(Field::material) == "nickel");
  CHECK(r.file.rows_read == 4);
}

TEST_CASE("csv: an unterminated quote is an error at the opening quote", "[io][csv]") {
  auto r = read_csv("material,origin\ncopper,CL\ntin,\"BO\nzinc,PE\n");
  CHECK(r.messages() ==
        "bom.csv:3:5: error: unterminated quoted field: expected a closing '\"' before the end of "
        "the file (line 5)\n");
  CHECK_FALSE(r.file.fatal);
  REQUIRE(r.file.lines.size() == 1);  // the rest of the file was that row
  CHECK(r.file.lines[0].get(Field::material) == "copper");
  CHECK(r.file.rows_read == 2);
  CHECK(r.file.rows_rejected == 1);
  CHECK(accounted(r.file));
}

TEST_CASE("csv: an unterminated quote in the header stops the file", "[io][csv]") {
  auto r = read_csv("material,\"origin\ncopper,CL\n");
  CHECK(r.messages() ==
        "bom.csv:1:10: error: unterminated quoted field: expected a closing '\"' before the end "
        "of the file (line 3)\n");
  CHECK(r.file.fatal);
  CHECK(r.file.lines.empty());
}

TEST_CASE("csv: a quote inside an unquoted field warns and is kept", "[io][csv]") {
  auto r = read_csv("material,description\ncopper,5\" pipe \"x\"\n");
  // One warning per field, at the first quote.
  CHECK(r.messages() ==
        "bom.csv:2:9: warning: quote character inside an unquoted field; kept as text\n");
  REQUIRE(r.file.lines.size() == 1);
  CHECK(r.file.lines[0].get(Field::description) == "5\" pipe \"x\"");
  CHECK(r.file.rows_rejected == 0);
}

TEST_CASE("csv: text after a closing quote warns and is kept", "[io][csv]") {
  auto r = read_csv("material,description,origin\ncopper,\"Wire\" 2mm,CL\n");
  CHECK(r.messages() ==
        "bom.csv:2:14: warning: text after a closing quote; kept as part of the field\n");
  REQUIRE(r.file.lines.size() == 1);
  CHECK(r.file.lines[0].get(Field::description) == "Wire 2mm");
  CHECK(r.file.lines[0].get(Field::origin) == "CL");
}

TEST_CASE("csv: a row with more fields than the header is rejected", "[io][csv]") {
  auto r = read_csv("id,material\n1,copper,extra,more\n2,tin\n");
  CHECK(r.messages() ==
        "bom.csv:2:10: error: row has 4 fields but the header has 2; expected at most 2 (quote "
        "values that contain the delimiter)\n");
  REQUIRE(r.file.lines.size() == 1);
  CHECK(r.file.lines[0].get(Field::material) == "tin");
  CHECK(r.file.lines[0].line == 3);
  CHECK(r.file.rows_read == 2);
  CHECK(r.file.rows_rejected == 1);
  CHECK(accounted(r.file));
}

TEST_CASE("csv: the extra field's column follows a multi-line quoted field", "[io][csv]") {
  auto r = read_csv("id,material\n\"a\nbc\",copper,x\n");
  // The third field starts on line 3 at byte 12 ("bc\",copper," is 11 bytes).
  CHECK(r.messages() ==
        "bom.csv:3:12: error: row has 3 fields but the header has 2; expected at most 2 (quote "
        "values that contain the delimiter)\n");
  CHECK(r.file.lines.empty());
  CHECK(r.file.rows_rejected == 1);
}

TEST_CASE("csv: a row with fewer fields than the header warns and leaves the rest empty",
          "[io][csv]") {
  auto r = read_csv("id,material,origin\n1,copper\n2,tin,BO\n");
  CHECK(r.messages() ==
        "bom.csv:2: warning: row has 2 fields but the header has 3; the missing fields are "
        "empty\n");
  CHECK(r.diag.errors() == 0);
  REQUIRE(r.file.lines.size() == 2);
  CHECK(r.file.lines[0].get(Field::material) == "copper");
  CHECK(r.file.lines[0].get(Field::origin).empty());
  CHECK(r.file.lines[1].get(Field::origin) == "BO");
  CHECK(r.file.rows_rejected == 0);
}

TEST_CASE("csv: blank lines are skipped and not counted as rows", "[io][csv]") {
  auto r = read_csv("\n\nmaterial,origin\n\ncopper,CL\n\n\r\n\ntin,BO\n\n");
  CHECK(r.messages().empty());
  REQUIRE(r.file.lines.size() == 2);
  CHECK(r.file.lines[0].line == 5);  // physical lines, blank ones included
  CHECK(r.file.lines[1].line == 9);
  CHECK(r.file.rows_read == 2);
  CHECK(r.file.rows_rejected == 0);
}

TEST_CASE("csv: a line of only spaces is blank, not a row", "[io][csv]") {
  // docs/formats.md: blank lines are skipped. Spreadsheet exports leave lines of spaces.
  auto r = read_csv("material,origin\n   \ncopper,CL\n \t \n");
  CHECK(r.messages().empty());
  CHECK(r.file.rows_read == 1);
  CHECK(r.file.rows_rejected == 0);
  REQUIRE(r.file.lines.size() == 1);
  CHECK(r.file.lines[0].line == 3);
}

TEST_CASE("csv: an empty file is a fatal error", "[io][csv]") {
  const char* const want =
      "bom.csv:1:1: error: empty file; expected a header row naming the columns\n";
  for (std::string_view text : {"", "\n\r\n\n", "\xEF\xBB\xBF"}) {
    CAPTURE(text);
    auto r = read_csv(text);
    CHECK(r.messages() == want);
    CHECK(r.file.fatal);
    CHECK(r.file.lines.empty());
    CHECK(r.file.rows_read == 0);
  }
}

TEST_CASE("csv: a header-only file has no rows and no diagnostics", "[io][csv]") {
  for (std::string_view text : {"material,origin\n", "material,origin", "material,origin\r\n\r\n"}) {
    CAPTURE(text);
    auto r = read_csv(text);
    CHECK(r.messages().empty());
    CHECK_FALSE(r.file.fatal);
    CHECK(r.file.lines.empty());
    CHECK(r.file.rows_read == 0);
    CHECK(r.file.rows_rejected == 0);
  }
}

TEST_CASE("csv: a header without material, hs_code or description is fatal", "[io][csv]") {
  const std::string want_message =
      "error: no column identifies the commodity; expected a header with one of 'material', "
      "'hs_code' or 'description' (or an alias such as 'commodity', 'hts', 'part_name')\n";
  SECTION("on line 1") {
    auto r = read_csv("id,origin,supplier\n1,CL,Acme\n");
    CHECK(r.messages() == "bom.csv:1:1: " + want_message);
    CHECK(r.file.fatal);
    CHECK(r.file.lines.empty());
    CHECK(r.file.rows_read == 0);
  }
  SECTION("after blank lines, at the header's line") {
    auto r = read_csv("\n\nid,origin\n1,CL\n");
    CHECK(r.messages() == "bom.csv:3:1: " + want_message);
    CHECK(r.file.fatal);
  }
}

TEST_CASE("csv: a row without material, hs_code or description is rejected", "[io][csv]") {
  auto r = read_csv(
      "id,material,hs_code,description,origin\n"
      "1,,,,CL\n"
      "2,copper,,,CL\n"
      "3,  ,\"\", ,BO\n");
  CHECK(r.messages() ==
        "bom.csv:2:1: error: line has no material, hs_code or description; expected at least one "
        "to identify its commodity\n"
        "bom.csv:4:1: error: line has no material, hs_code or description; expected at least one "
        "to identify its commodity\n");
  REQUIRE(r.file.lines.size() == 1);
  CHECK(r.file.lines[0].get(Field::id) == "2");
  CHECK(r.file.rows_read == 3);
  CHECK(r.file.rows_rejected == 2);
  CHECK(accounted(r.file));
}

TEST_CASE("csv: invalid UTF-8 is an error at the exact byte", "[io][csv]") {
  const std::string msg =
      "error: invalid UTF-8 in field; expected UTF-8 text (re-export the file as UTF-8)\n";
  SECTION("unquoted field") {
    auto r = read_csv("material,origin\ncopper,C\xFF" "L\ntin,BO\n");
    CHECK(r.messages() == "bom.csv:2:9: " + msg);
    REQUIRE(r.file.lines.size() == 1);
    CHECK(r.file.lines[0].get(Field::material) == "tin");
    CHECK(r.file.rows_read == 2);
    CHECK(r.file.rows_rejected == 1);
  }
  SECTION("quoted field: the opening quote counts") {
    auto r = read_csv("material,origin\ncopper,\"C\xFF" "L\"\n");
    CHECK(r.messages() == "bom.csv:2:10: " + msg);
    CHECK(r.file.rows_rejected == 1);
  }
  SECTION("on a later line of a multi-line field") {
    auto r = read_csv("material,description\ncopper,\"first\r\nse\xFF" "cond\"\n");
    CHECK(r.messages() == "bom.csv:3:3: " + msg);
    CHECK(r.file.rows_rejected == 1);
  }
  SECTION("overlong encoding") {
    auto r = read_csv("material,origin\ncopper,\xC0\xAF\n");
    CHECK(r.messages() == "bom.csv:2:8: " + msg);
  }
  SECTION("UTF-16 surrogate encoded as UTF-8") {
    auto r = read_csv("material,origin\nab\xED\xA0\x80,CL\n");
    CHECK(r.messages() == "bom.csv:2:3: " + msg);
  }
  SECTION("sequence truncated by the delimiter") {
    auto r = read_csv("material,origin\nco\xE2\x82,CL\n");
    CHECK(r.messages() == "bom.csv:2:3: " + msg);
  }
  SECTION("Latin-1 in the header stops the file") {
    auto r = read_csv("material,pa\xEDs\ncopper,CL\n");
    CHECK(r.messages() == "bom.csv:1:12: " + msg);
    CHECK(r.file.fatal);
    CHECK(r.file.lines.empty());
  }
  SECTION("valid multi-byte text is kept as is") {
    auto r = read_csv("material,origin\nm\xC3\xA9tal \xE2\x82\xAC \xF0\x9D\x84\x9E,C\xC3\xB4te d\xE2\x80\x99Ivoire\n");
    CHECK(r.messages().empty());
    REQUIRE(r.file.lines.size() == 1);
    CHECK(r.file.lines[0].get(Field::origin) == "C\xC3\xB4te d\xE2\x80\x99Ivoire");
  }
}

TEST_CASE("csv: a NUL byte in a field is an error at the byte", "[io][csv]") {
  auto r = read_csv("material,origin\ncop\0per,CL\ntin,BO\n"s);
  CHECK(r.messages() == "bom.csv:2:4: error: NUL byte in field; expected text\n");
  REQUIRE(r.file.lines.size() == 1);
  CHECK(r.file.lines[0].get(Field::material) == "tin");
  CHECK(r.file.rows_rejected == 1);
  CHECK(accounted(r.file));
}

TEST_CASE("csv: a bad byte anywhere in a long row is found at its column", "[io][csv]") {
  // Plain rows are cleared by one check of the whole row, eight bytes at a time: a NUL or an
  // invalid byte at any column, including the last, must still stop the row.
  const std::string row = "copper cathode grade A,Chile,Codelco Norte Division,1200";
  for (std::size_t at = 0; at < row.size(); ++at) {
    if (row[at] == ',') continue;
    for (char bad : {'\0', '\xFF'}) {
      std::string bom = "material,origin,supplier,spend\n" + row + "\ntin,BO,,1\n";
      bom[bom.find('\n') + 1 + at] = bad;
      auto r = read_csv(bom);
      CAPTURE(at, static_cast<int>(static_cast<unsigned char>(bad)));
      const std::string why = bad == '\0' ? "NUL byte in field; expected text"
                                          : "invalid UTF-8 in field; expected UTF-8 text (re-export the file as UTF-8)";
      CHECK(r.messages() == "bom.csv:2:" + std::to_string(at + 1) + ": error: " + why + "\n");
      CHECK(r.file.rows_rejected == 1);
      CHECK(r.file.lines.size() == 1);
    }
  }
}

TEST_CASE("csv: positions of bad bytes after doubled quotes or text after a closing quote",
          "[io][csv]") {
  // The error must name the byte's real column in the file; `""` is two bytes in the file but
  // one in the value, and the closing quote is not in the value at all.
  SECTION("after a doubled quote") {
    // col 8 '"', 9 '5', 10-11 '""', 12 ' ', 13-16 "pipe", 17 ' ', 18 the bad byte
    auto r = read_csv("material,description\ncopper,\"5\"\" pipe \xFF\"\n");
    CHECK(r.messages() == "bom.csv:2:18: error: invalid UTF-8 in field; expected UTF-8 text "
                          "(re-export the file as UTF-8)\n");
  }
  SECTION("after a closing quote") {
    // col 8 '"', 9-10 "ab", 11 '"', 12 'c', 13 the NUL
    auto r = read_csv("material,description\ncopper,\"ab\"c\0\n"s);
    CHECK(r.messages() ==
          "bom.csv:2:12: warning: text after a closing quote; kept as part of the field\n"
          "bom.csv:2:13: error: NUL byte in field; expected text\n");
  }
}

TEST_CASE("csv: UTF-16, UTF-32 and binary input are fatal, with the reason", "[io][csv]") {
  const std::string utf16 = "error: file is UTF-16; expected UTF-8 (re-export the file as UTF-8)\n";
  const std::string binary =
      "error: file looks binary or UTF-16 (many NUL bytes); expected a UTF-8 CSV or JSON BOM\n";
  struct Case {
    std::string text;
    std::string want;
  };
  const std::vector<Case> cases = {
      {"\xFF\xFEm\0a\0t\0e\0r\0i\0a\0l\0\n\0"s, utf16},
      {"\xFE\xFF\0m\0a\0t\0e\0r\0i\0a\0l\0\n"s, utf16},
      {"\xFF\xFE\0\0m\0\0\0"s,
       "error: file is UTF-32; expected UTF-8 (re-export the file as UTF-8)\n"},
      {"m\0a\0t\0e\0r\0i\0a\0l\0,\0o\0r\0i\0g\0i\0n\0\n\0"s, binary},
      {"\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\0\x10"s, binary},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    auto r = read_any(c.text);
    CHECK(r.messages() == "bom.csv:1:1: " + c.want);
    CHECK(r.file.fatal);
    CHECK(r.file.lines.empty());
    CHECK(r.file.rows_read == 0);
  }
}

TEST_CASE("csv: read_bom reads text that does not start like JSON as CSV", "[io][csv]") {
  auto r = read_any("\xEF\xBB\xBF" "material,origin\ncopper,CL\n");
  CHECK(r.messages().empty());
  CHECK(r.file.format == io::BomFormat::csv);
  REQUIRE(r.file.lines.size() == 1);
  CHECK(r.file.lines[0].get(Field::origin) == "CL");
  CHECK(r.file.name == "bom.csv");
}

TEST_CASE("csv: a value over 1 MiB is an error at the field and the row is rejected",
          "[io][csv][limits]") {
  SECTION("one byte over the limit") {
    std::string text = "material,description\ncopper," +
                       std::string(io::kMaxFieldBytes + 1, 'x') + "\ntin,ok\n";
    auto r = read_csv(text);
    CHECK(r.messages() == "bom.csv:2:8: error: field longer than 1 MiB (the limit for one value)\n");
    REQUIRE(r.file.lines.size() == 1);  // reading goes on after the long value
    CHECK(r.file.lines[0].get(Field::material) == "tin");
    CHECK(r.file.lines[0].line == 3);
    CHECK(r.file.rows_read == 2);
    CHECK(r.file.rows_rejected == 1);
  }
  SECTION("a quoted value far over the limit, spanning lines") {
    std::string big;
    for (int i = 0; i < 3000; ++i) big += std::string(1000, 'y') + "\n";
    std::string text = "material,description\ncopper,\"" + big + "\"\ntin,ok\n";
    auto r = read_csv(text);
    CHECK(r.messages() == "bom.csv:2:8: error: field longer than 1 MiB (the limit for one value)\n");
    REQUIRE(r.file.lines.size() == 1);
    CHECK(r.file.lines[0].line == 3003);  // the physical lines inside the value still count
    CHECK(r.file.rows_rejected == 1);
  }
  SECTION("exactly 1 MiB is accepted") {
    std::string text =
        "material,description\ncopper," + std::string(io::kMaxFieldBytes, 'x') + "\n";
    auto r = read_csv(text);
    CHECK(r.messages().empty());
    REQUIRE(r.file.lines.size() == 1);
    CHECK(r.file.lines[0].get(Field::description).size() == io::kMaxFieldBytes);
  }
}

TEST_CASE("csv: more than 4096 columns is an error at the first column past the limit",
          "[io][csv][limits]") {
  SECTION("in a data row") {
    std::string row = "x";
    for (int i = 1; i < 5000; ++i) row += ",x";
    auto r = read_csv("material\n" + row + "\ntin\n");
    // Field k of one-byte fields starts at column 2k-1: field 4097 at 8193.
    CHECK(r.messages() == "bom.csv:2:8193: error: more than 4096 columns in one row\n");
    REQUIRE(r.file.lines.size() == 1);
    CHECK(r.file.lines[0].get(Field::material) == "tin");
    CHECK(r.file.rows_read == 2);
    CHECK(r.file.rows_rejected == 1);
  }
  SECTION("in the header") {
    std::string header = "material";
    for (std::size_t i = 1; i < io::kMaxColumns + 1; ++i) header += ",c";
    auto r = read_csv(header + "\ncopper\n");
    // "material," is 9 bytes; field k >= 2 starts at 10 + 2(k-2): field 4097 at 8200.
    CHECK(r.messages() == "bom.csv:1:8200: error: more than 4096 columns in one row\n");
    CHECK(r.file.fatal);
    CHECK(r.file.lines.empty());
  }
  SECTION("exactly 4096 columns are read") {
    std::string header = "material";
    std::string row = "copper";
    for (std::size_t i = 1; i < io::kMaxColumns; ++i) {
      header += ",c" + std::to_string(i);
      row += ",v";
    }
    auto r = read_csv(header + "\n" + row + "\n");
    CHECK(r.messages().empty());
    REQUIRE(r.file.lines.size() == 1);
    CHECK(r.file.lines[0].extra.size() == io::kMaxColumns - 1);
    CHECK(r.file.lines[0].extra.back() == std::pair<std::string, std::string>{"c4095", "v"});
  }
}

TEST_CASE("csv: every row read is either a line or rejected", "[io][csv]") {
  auto r = read_csv(
      "id,material,origin\n"
      "1,copper,CL\n"          // line
      "2,tin,BO,extra\n"       // too many fields
      "\n"                     // blank: not a row
      "3,,PE\n"                // no commodity
      "4,zi\xFFnc,PE\n"        // invalid UTF-8
      "5,cobalt\n"             // too few fields: warning, kept
      "6,\"nickel\" x,ID\n"    // text after quote: warning, kept
      "7,\"lithium,AR\n");     // unterminated
  CHECK(r.file.rows_read == 7);
  CHECK(r.file.lines.size() == 3);
  CHECK(r.file.rows_rejected == 4);
  CHECK(accounted(r.file));
  CHECK(r.diag.errors() == 4);
  CHECK(r.diag.warnings() == 2);
  CHECK(r.messages() ==
        "bom.csv:3:10: error: row has 4 fields but the header has 3; expected at most 3 (quote "
        "values that contain the delimiter)\n"
        "bom.csv:5:1: error: line has no material, hs_code or description; expected at least one "
        "to identify its commodity\n"
        "bom.csv:6:5: error: invalid UTF-8 in field; expected UTF-8 text (re-export the file as "
        "UTF-8)\n"
        "bom.csv:7: warning: row has 2 fields but the header has 3; the missing fields are empty\n"
        "bom.csv:8:11: warning: text after a closing quote; kept as part of the field\n"
        "bom.csv:9:3: error: unterminated quoted field: expected a closing '\"' before the end of "
        "the file (line 10)\n");
  REQUIRE(r.file.lines.size() == 3);
  CHECK(r.file.lines[0].line == 2);
  CHECK(r.file.lines[1].line == 7);
  CHECK(r.file.lines[2].line == 8);
  CHECK(r.file.lines[2].get(Field::material) == "nickel x");
}
