// CSV BOM reader: RFC 4180 plus what real ERP and spreadsheet exports do (bom-format.md):
// byte-order mark, CRLF/LF/CR line ends, `,` `;` or tab delimiters detected from the header,
// quoted fields with embedded delimiters, quotes and newlines, header aliases.
#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "chainrisk/io/bom.hpp"
#include "chainrisk/io/limits.hpp"
#include "chainrisk/text/utf8.hpp"
#include "csv_tokenizer.hpp"
#include "text_input.hpp"

namespace chainrisk::io {
namespace {

std::string trim(std::string_view s) {
  auto b = s.find_first_not_of(" \t");
  if (b == std::string_view::npos) return {};
  auto e = s.find_last_not_of(" \t");
  return std::string(s.substr(b, e - b + 1));
}

// Where each header column goes: a BOM field, or an extra column kept for the reports.
struct Column {
  std::optional<Field> field;
  std::string name;
};

std::vector<Column> map_header(const RawRecord& header, const std::string& name,
                               Diagnostics& diag) {
  std::vector<Column> columns;
  std::array<std::size_t, kFieldCount> seen{};
  for (std::size_t c = 0; c < header.fields.size(); ++c) {
    const auto& f = header.fields[c];
    Column col{parse_field(f.value), trim(f.value)};
    if (col.name.empty()) col.name = fmt::format("column_{}", c + 1);
    if (col.field) {
      auto& first = seen[static_cast<std::size_t>(*col.field)];
      if (first != 0) {
        diag.warning(name, f.pos,
                     fmt::format("column '{}' repeats field '{}' of column {}; kept as an extra "
                                 "column", col.name, to_string(*col.field), first));
        col.field.reset();
      } else {
        first = c + 1;
      }
    }
    columns.push_back(std::move(col));
  }
  return columns;
}

bool identifies_commodity(const std::vector<Column>& columns) {
  for (const auto& c : columns) {
    if (c.field == Field::material || c.field == Field::hs_code || c.field == Field::description) {
      return true;
    }
  }
  return false;
}

// Check a field's bytes; report the first NUL or invalid UTF-8 byte at its real position.
bool check_field_text(std::string_view text, const RawField& f, const std::string& name, Diagnostics& diag) {
  if (auto nul = f.value.find('\0'); nul != std::string::npos) {
    diag.error(name, source_position(text, f, nul),
               "NUL byte in field; expected text");
    return false;
  }
  if (auto bad = text::find_invalid_utf8(f.value)) {
    diag.error(name, source_position(text, f, *bad),
               "invalid UTF-8 in field; expected UTF-8 text (re-export the file as UTF-8)");
    return false;
  }
  return true;
}

bool check_fields_text(std::string_view text, const std::vector<RawField>& fields, const std::string& name,
                       Diagnostics& diag) {
  for (const auto& f : fields) {
    if (!check_field_text(text, f, name, diag)) return false;
  }
  return true;
}

class CsvBomBuilder {
 public:
  CsvBomBuilder(std::string_view text, BomFile& out, std::vector<Column> columns, Diagnostics& diag)
      : text_(text), out_(out), columns_(std::move(columns)), diag_(diag) {}

  void add(const RawRecord& rec) {
    if (rec.blank()) return;  // empty lines are not rows
    ++out_.rows_read;
    if (rec.broken || !fits_header(rec) || !check_fields_text(text_, rec.fields, out_.name, diag_)) {
      ++out_.rows_rejected;
      return;
    }
    BomLine line;
    line.line = rec.line;
    for (std::size_t c = 0; c < rec.fields.size(); ++c) {
      const auto& f = rec.fields[c];
      if (columns_[c].field) {
        line.cell(*columns_[c].field) = {trim(f.value), f.pos};
      } else {
        line.extra.emplace_back(columns_[c].name, f.value);
      }
    }
    if (!has_identity(line, {rec.line, 1})) {
      ++out_.rows_rejected;
      return;
    }
    out_.lines.push_back(std::move(line));
  }

 private:
  bool fits_header(const RawRecord& rec) {
    if (rec.field_count > columns_.size()) {
      diag_.error(out_.name, rec.fields[columns_.size()].pos,
                  fmt::format("row has {} fields but the header has {}; expected at most {} "
                              "(quote values that contain the delimiter)",
                              rec.field_count, columns_.size(), columns_.size()));
      return false;
    }
    if (rec.field_count < columns_.size()) {
      diag_.warning(out_.name, {rec.line, 0},
                    fmt::format("row has {} fields but the header has {}; the missing fields are "
                                "empty", rec.field_count, columns_.size()));
    }
    return true;
  }

  bool has_identity(const BomLine& line, TextPos pos) {
    if (!line.get(Field::material).empty() || !line.get(Field::hs_code).empty() ||
        !line.get(Field::description).empty()) {
      return true;
    }
    diag_.error(out_.name, pos,
                "line has no material, hs_code or description; expected at least one to "
                "identify its commodity");
    return false;
  }

  std::string_view text_;
  BomFile& out_;
  std::vector<Column> columns_;
  Diagnostics& diag_;
};

}  // namespace

BomFile read_csv_bom(std::string_view text, const std::string& name, Diagnostics& diag) {
  BomFile out;
  out.name = name;
  out.format = BomFormat::csv;
  std::size_t start = skip_utf8_bom(text);
  Tokenizer tok(text, start, detect_delimiter(text.substr(start)), name, diag);
  RawRecord header;
  bool have_header = false;
  while (tok.next(header)) {
    if (!header.blank()) {
      have_header = true;
      break;
    }
  }
  if (!have_header) {
    diag.error(name, {1, 1}, "empty file; expected a header row naming the columns");
    out.fatal = true;
    return out;
  }
  if (header.broken || !check_fields_text(text, header.fields, name, diag)) {
    out.fatal = true;
    return out;
  }
  auto columns = map_header(header, name, diag);
  if (!identifies_commodity(columns)) {
    diag.error(name, {header.line, 1},
               "no column identifies the commodity; expected a header with one of 'material', "
               "'hs_code' or 'description' (or an alias such as 'commodity', 'hts', 'part_name')");
    out.fatal = true;
    return out;
  }
  // One row per line at most: reserving avoids the vector's doubling copies on big files.
  out.lines.reserve(static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')));
  CsvBomBuilder builder(text, out, std::move(columns), diag);
  RawRecord rec;
  while (tok.next(rec)) builder.add(rec);
  return out;
}

}  // namespace chainrisk::io
