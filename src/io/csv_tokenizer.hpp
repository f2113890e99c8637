#pragma once

// The RFC 4180 tokenizer shared by the CSV BOM reader and the CSV table reader (data
// import): records of fields with their positions, quotes, CR/LF/CRLF, limits.
#include <array>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "chainrisk/diagnostics.hpp"
#include "chainrisk/io/limits.hpp"

namespace chainrisk::io {

struct RawField {
  std::string value;
  TextPos pos;
  std::size_t raw = 0;  // byte offset of the field's first character in the text
  bool quoted = false;
};

struct RawRecord {
  std::vector<RawField> fields;
  std::size_t field_count = 0;  // may exceed fields.size() past kMaxColumns
  std::size_t line = 0;
  bool broken = false;  // an error was reported for this record
  // Empty lines, lines of spaces and rows whose fields are all empty (",,,", which
  // spreadsheets export for formatted empty rows) carry nothing: they are not rows.
  bool blank() const {
    for (const auto& f : fields) {
      if (f.quoted || f.value.find_first_not_of(" \t") != std::string::npos) return false;
    }
    return true;
  }
};

class Tokenizer {
 public:
  Tokenizer(std::string_view text, std::size_t start, char delim, const std::string& name,
            Diagnostics& diag)
      : s_(text), i_(start), line_start_(start), delim_(delim), name_(name), diag_(diag) {}

  // Read the next record; false at end of input.
  bool next(RawRecord& rec) {
    if (i_ >= s_.size()) return false;
    rec.fields.clear();
    rec.field_count = 0;
    rec.line = line_;
    rec.broken = false;
    bool done = false;
    while (!done) {
      RawField f;
      f.pos = here();
      f.raw = i_;
      done = read_field(f, rec);
      if (++rec.field_count <= kMaxColumns) {
        rec.fields.push_back(std::move(f));
      } else if (rec.field_count == kMaxColumns + 1) {
        report_error(f.pos, fmt::format("more than {} columns in one row", kMaxColumns), rec);
      }
    }
    return true;
  }

 private:
  TextPos here() const { return {line_, i_ - line_start_ + 1}; }

  void report_error(TextPos pos, std::string message, RawRecord& rec) {
    if (!rec.broken) diag_.error(name_, pos, std::move(message));
    rec.broken = true;
  }

  void append(RawField& f, char c, RawRecord& rec) {
    if (f.value.size() < kMaxFieldBytes) {
      f.value += c;
    } else if (f.value.size() == kMaxFieldBytes) {
      report_error(f.pos, "field longer than 1 MiB (the limit for one value)", rec);
      f.value += c;  // one byte past the limit marks it reported; nothing more is stored
    }
  }

  // Consume "\r\n", "\n" or "\r" and count the line.
  void newline() {
    if (s_[i_] == '\r' && i_ + 1 < s_.size() && s_[i_ + 1] == '\n') ++i_;
    ++i_;
    ++line_;
    line_start_ = i_;
  }

  // Read a quoted section; returns false when the file ends inside it.
  bool read_quoted(RawField& f, RawRecord& rec) {
    TextPos open = here();
    f.quoted = true;
    ++i_;
    while (i_ < s_.size()) {
      char c = s_[i_];
      if (c == '"') {
        if (i_ + 1 < s_.size() && s_[i_ + 1] == '"') {
          append(f, '"', rec);
          i_ += 2;
          continue;
        }
        ++i_;
        return true;
      }
      if (c == '\r' || c == '\n') {
        newline();
        append(f, '\n', rec);
        continue;
      }
      append(f, c, rec);
      ++i_;
    }
    report_error(open, fmt::format("unterminated quoted field: expected a closing '\"' before "
                                   "the end of the file (line {})", line_), rec);
    return false;
  }

  // Read one field; returns true when it ended the record (newline or end of input).
  bool read_field(RawField& f, RawRecord& rec) {
    if (i_ < s_.size() && s_[i_] == '"') {
      if (!read_quoted(f, rec)) return true;
      if (i_ < s_.size() && s_[i_] != delim_ && s_[i_] != '\n' && s_[i_] != '\r') {
        diag_.warning(name_, here(), "text after a closing quote; kept as part of the field");
      }
    }
    bool warned = false;
    while (i_ < s_.size()) {
      char c = s_[i_];
      if (c == delim_) {
        ++i_;
        return false;
      }
      if (c == '\n' || c == '\r') {
        newline();
        return true;
      }
      if (c == '"' && !f.quoted && !warned) {
        diag_.warning(name_, here(), "quote character inside an unquoted field; kept as text");
        warned = true;
      }
      append(f, c, rec);
      ++i_;
    }
    return true;
  }

  std::string_view s_;
  std::size_t i_;
  std::size_t line_start_;
  std::size_t line_ = 1;
  char delim_;
  const std::string& name_;
  Diagnostics& diag_;
};

// The delimiter of the header line: the most frequent of `,` `;` tab outside quotes.
inline char detect_delimiter(std::string_view s) {
  std::array<std::size_t, 3> counts{};
  constexpr std::array<char, 3> kDelims{',', ';', '\t'};
  bool quoted = false;
  for (std::size_t i = 0; i < s.size() && i < 65536; ++i) {
    char c = s[i];
    if (c == '"') quoted = !quoted;
    if (!quoted && (c == '\n' || c == '\r')) break;
    for (std::size_t k = 0; k < kDelims.size(); ++k) {
      if (!quoted && c == kDelims[k]) ++counts[k];
    }
  }
  std::size_t best = 0;
  for (std::size_t k = 1; k < kDelims.size(); ++k) {
    if (counts[k] > counts[best]) best = k;
  }
  return kDelims[best];
}

// The position in `text` of byte `value_offset` of field `f`'s value: walks the field's
// raw bytes, where a doubled quote is one value byte, quotes are none and CRLF is one.
inline TextPos source_position(std::string_view text, const RawField& f, std::size_t value_offset) {
  TextPos pos = f.pos;
  std::size_t i = f.raw, v = 0;
  bool quoted = f.quoted;
  if (quoted) ++i, ++pos.col;
  while (i < text.size() && v < value_offset) {
    char c = text[i];
    if (quoted && c == '"') {
      if (i + 1 < text.size() && text[i + 1] == '"') {
        i += 2, pos.col += 2, ++v;
      } else {
        quoted = false;  // the closing quote is not part of the value
        ++i, ++pos.col;
      }
      continue;
    }
    if (c == '\r' || c == '\n') {
      i += (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ? 2 : 1;
      ++pos.line, pos.col = 1, ++v;
      continue;
    }
    ++i, ++pos.col, ++v;
  }
  if (quoted && i < text.size() && text[i] == '"' && !(i + 1 < text.size() && text[i + 1] == '"')) ++pos.col;
  return pos;
}

}  // namespace chainrisk::io
