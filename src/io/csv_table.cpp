#include <algorithm>

#include "chainrisk/io/table.hpp"
#include "chainrisk/text/utf8.hpp"
#include "csv_tokenizer.hpp"
#include "text_input.hpp"

namespace chainrisk::io {
namespace {

std::string header_key(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == ' ' || c == '_' || c == '-' || c == '\t') continue;
    out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return out;
}

bool usable(std::string_view text, const RawRecord& rec, std::size_t columns, const std::string& name,
            Diagnostics& diag) {
  if (rec.broken) return false;
  if (rec.field_count > columns) {
    diag.error(name, rec.fields[columns].pos,
               fmt::format("row has {} fields but the header has {}; expected at most {}", rec.field_count,
                           columns, columns));
    return false;
  }
  for (const auto& f : rec.fields) {
    auto bad = f.value.find('\0') != std::string::npos ? std::optional<std::size_t>(f.value.find('\0'))
                                                      : text::find_invalid_utf8(f.value);
    if (bad) {
      diag.error(name, source_position(text, f, *bad), "invalid UTF-8 or NUL byte; expected UTF-8 text");
      return false;
    }
  }
  return true;
}

}  // namespace

std::optional<std::size_t> CsvTable::column(std::initializer_list<std::string_view> names) const {
  for (std::size_t c = 0; c < header.size(); ++c) {
    std::string key = header_key(header[c].value);
    for (auto n : names) {
      if (key == header_key(n)) return c;
    }
  }
  return std::nullopt;
}

CsvTable read_csv_table(std::string_view text, const std::string& name, Diagnostics& diag) {
  CsvTable t;
  if (auto why = unsupported_encoding(text)) {
    diag.error(name, {1, 1}, *why);
    t.fatal = true;
    return t;
  }
  std::size_t start = skip_utf8_bom(text);
  Tokenizer tok(text, start, detect_delimiter(text.substr(start)), name, diag);
  RawRecord rec;
  bool have_header = false;
  while (tok.next(rec)) {
    if (rec.blank()) continue;
    if (!have_header) {
      if (!usable(text, rec, rec.field_count, name, diag)) {
        t.fatal = true;
        return t;
      }
      for (const auto& f : rec.fields) t.header.push_back({f.value, f.pos});
      have_header = true;
      continue;
    }
    ++t.rows_read;
    if (!usable(text, rec, t.header.size(), name, diag)) {
      ++t.rows_rejected;
      continue;
    }
    CsvTable::Row row{rec.line, {}};
    for (const auto& f : rec.fields) row.cells.push_back({f.value, f.pos});
    row.cells.resize(t.header.size(), Cell{"", {rec.line, 0}});
    t.rows.push_back(std::move(row));
  }
  if (!have_header) {
    diag.error(name, {1, 1}, "empty file; expected a header row naming the columns");
    t.fatal = true;
  }
  return t;
}

}  // namespace chainrisk::io
