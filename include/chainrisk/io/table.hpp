#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "chainrisk/diagnostics.hpp"
#include "chainrisk/io/bom.hpp"

namespace chainrisk::io {

// A CSV file as a table (for `data import`): the header and every usable row, each value
// with its position. Same dialect and limits as BOMs: delimiter detected, quotes, CRLF.
struct CsvTable {
  std::vector<Cell> header;
  struct Row {
    std::size_t line = 0;
    std::vector<Cell> cells;  // as many as the header; missing ones empty
  };
  std::vector<Row> rows;
  std::size_t rows_read = 0, rows_rejected = 0;
  bool fatal = false;

  // Index of the first column whose header matches one of `names` (case, spaces, `_` and
  // `-` ignored), or nullopt.
  std::optional<std::size_t> column(std::initializer_list<std::string_view> names) const;
};

// Read `text` as a CSV table; problems go to `diag` under `name` (rows with more fields
// than the header, invalid UTF-8 or NUL bytes are rejected and counted).
CsvTable read_csv_table(std::string_view text, const std::string& name, Diagnostics& diag);

// A small XML element tree (for the DOL list's XML): element names, their text and
// children, each with its position. Attributes, comments, processing instructions and
// the prolog are skipped; the five predefined entities and character references decode.
struct XmlElement {
  std::string name, text;
  TextPos pos;
  std::vector<XmlElement> children;
  // Text of the first child named `name`, trimmed, or "".
  std::string child_text(std::string_view name) const;
  const XmlElement* child(std::string_view name) const;
};

// Parse `text` as one XML document (nesting up to kMaxJsonDepth); nullopt with `error`
// naming the position and what was expected otherwise.
std::optional<XmlElement> parse_xml(std::string_view text, TextPos& error_pos, std::string& error);

}  // namespace chainrisk::io
