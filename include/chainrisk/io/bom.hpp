#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "chainrisk/diagnostics.hpp"

namespace chainrisk::io {

// The BOM fields of bom-format.md, in the order of its table.
enum class Field {
  id, parent, description, material, hs_code, supplier, supplier_country, origin, region,
  quantity, unit, spend, currency, weight, tier, certifications
};
inline constexpr std::size_t kFieldCount = 16;

// Canonical snake_case name of `f` (the JSON field name).
std::string_view to_string(Field f);
// Match a column header or JSON key against the names and aliases of bom-format.md,
// ignoring case, spaces, `_` and `-`.
std::optional<Field> parse_field(std::string_view name);

// One value of a BOM line and where it was read.
struct Cell {
  std::string value;
  TextPos pos;
};

// One data row of a BOM, with its physical line (CSV: the header is line 1).
struct BomLine {
  std::size_t line = 0;
  std::array<Cell, kFieldCount> cells;
  // Columns or keys that are not BOM fields, kept in input order for the reports.
  std::vector<std::pair<std::string, std::string>> extra;

  const std::string& get(Field f) const { return cells[static_cast<std::size_t>(f)].value; }
  const Cell& cell(Field f) const { return cells[static_cast<std::size_t>(f)]; }
  Cell& cell(Field f) { return cells[static_cast<std::size_t>(f)]; }
};

// An amount of the quantity, spend or weight fields: "1,234.50", "$ 1200", "1e3" → a
// finite number in [0, 1e18]; nullopt when the value is not such a number.
std::optional<double> parse_amount(std::string_view raw);

// The certifications of a line, separated by ';' (bom-format.md), trimmed, empty ones dropped.
std::vector<std::string> split_certifications(std::string_view raw);

enum class BomFormat { csv, json, cyclonedx };
std::string_view to_string(BomFormat f);

// Everything read from one input. Invariant: rows_read == lines.size() + rows_rejected.
struct BomFile {
  std::string name;  // as the user named it ("-" reads as "<stdin>")
  BomFormat format = BomFormat::csv;
  std::vector<BomLine> lines;
  std::size_t rows_read = 0;
  std::size_t rows_rejected = 0;  // rows reported as errors, not scored
  bool fatal = false;             // the file as a whole could not be read; lines is empty
};

// Read a BOM from `text`, picking CSV, JSON or CycloneDX from the content. Problems go to
// `diag` under the file name `name`; rows that cannot be used are counted in rows_rejected.
BomFile read_bom(std::string_view text, const std::string& name, Diagnostics& diag);
BomFile read_csv_bom(std::string_view text, const std::string& name, Diagnostics& diag);
BomFile read_json_bom(std::string_view text, const std::string& name, Diagnostics& diag);

// Read all of `path` ("-" is stdin) into `text`, up to kMaxInputBytes. Returns "" or why it
// failed ("cannot open: No such file or directory", "is a directory; ...").
std::string read_input(const std::string& path, std::string& text);

// Open `path` ("-" is stdin) and read it with read_bom. An unreadable file is reported in
// `diag` and returned with fatal set.
BomFile load_bom_file(const std::string& path, Diagnostics& diag);

}  // namespace chainrisk::io
