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
  std::size_t end = 0;  // byte offset just past the record in the text
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
      : s_(text), i_(start), line_start_(start), delim_(delim), name_(name), diag_(&diag) {
    for (char c : {delim, '\n', '\r', '"'}) special_[static_cast<unsigned char>(c)] = true;
  }

  // Read the next record; false at end of input. The record's fields reuse their storage,
  // so a reader going through millions of rows allocates nothing after the first few.
  bool next(RawRecord& rec) {
    if (i_ >= s_.size()) return false;
    rec.field_count = 0;
    rec.line = line_;
    rec.broken = false;
    incomplete_ = false;
    std::size_t n = 0;
    bool done = false;
    while (!done) {
      if (n == rec.fields.size()) rec.fields.emplace_back();
      RawField& f = rec.fields[n];
      f.value.clear();
      f.quoted = false;
      f.pos = here();
      f.raw = i_;
      done = read_field(f, rec);
      if (++rec.field_count <= kMaxColumns) {
        ++n;
      } else if (rec.field_count == kMaxColumns + 1) {
        report_error(f.pos, fmt::format("more than {} columns in one row", kMaxColumns), rec);
      }
    }
    rec.fields.resize(n);
    rec.end = i_;
    return true;
  }

  // Streaming: the text is a window of a larger input. While `more` is set, a record that
  // reaches the window's end is incomplete(): the caller widens the window and reads it
  // again from restart(). Problems a record raises go to the Diagnostics given, so the
  // caller passes a scratch one and keeps its problems only once the record is complete.
  void set_more(bool more) { more_ = more; }
  bool incomplete() const { return incomplete_; }
  struct State {
    std::size_t i, line_start, line;
  };
  State state() const { return {i_, line_start_, line_}; }
  // Continue over `text` (the window moved by `shift` bytes) from the state `st`.
  void rebase(std::string_view text, State st, std::size_t shift) {
    s_ = text;
    i_ = st.i - shift;
    line_start_ = st.line_start >= shift ? st.line_start - shift : 0;
    line_ = st.line;
  }
  void set_diagnostics(Diagnostics& diag) { diag_ = &diag; }

 private:
  TextPos here() const { return {line_, i_ - line_start_ + 1}; }

  void report_error(TextPos pos, std::string message, RawRecord& rec) {
    if (!rec.broken) diag_->error(name_, pos, std::move(message));
    rec.broken = true;
  }

  void append(RawField& f, char c, RawRecord& rec) { append(f, std::string_view(&c, 1), rec); }

  // Append a run of value bytes: one copy per run of ordinary bytes, not one per byte.
  void append(RawField& f, std::string_view run, RawRecord& rec) {
    if (f.value.size() + run.size() <= kMaxFieldBytes) {
      f.value.append(run);
    } else if (f.value.size() <= kMaxFieldBytes) {
      f.value.append(run.substr(0, kMaxFieldBytes - f.value.size()));
      report_error(f.pos, "field longer than 1 MiB (the limit for one value)", rec);
      f.value += '\0';  // one byte past the limit marks it reported; nothing more is stored
    }
  }

  // End of the window: the end of the input, or (streaming) a record to read again.
  bool at_end() {
    if (i_ < s_.size()) return false;
    if (more_) incomplete_ = true;
    return true;
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
    while (!at_end()) {
      std::size_t j = i_;
      while (j < s_.size() && s_[j] != '"' && s_[j] != '\r' && s_[j] != '\n') ++j;
      append(f, s_.substr(i_, j - i_), rec);
      i_ = j;
      if (at_end()) break;
      char c = s_[i_];
      if (c == '"') {
        if (i_ + 1 >= s_.size() && more_) {  // "" or " split by the window's end
          incomplete_ = true;
          return false;
        }
        if (i_ + 1 < s_.size() && s_[i_ + 1] == '"') {
          append(f, '"', rec);
          i_ += 2;
          continue;
        }
        ++i_;
        return true;
      }
      if (c == '\r' && i_ + 1 >= s_.size() && more_) {  // CR of a CRLF split by the window
        incomplete_ = true;
        return false;
      }
      newline();  // CR, LF or CRLF inside quotes: one LF in the value
      append(f, '\n', rec);
    }
    if (incomplete_) return false;
    report_error(open, fmt::format("unterminated quoted field: expected a closing '\"' before "
                                   "the end of the file (line {})", line_), rec);
    return false;
  }

  // Read one field; returns true when it ended the record (newline or end of input).
  bool read_field(RawField& f, RawRecord& rec) {
    if (i_ < s_.size() && s_[i_] == '"') {
      if (!read_quoted(f, rec)) return true;
      if (i_ < s_.size() && s_[i_] != delim_ && s_[i_] != '\n' && s_[i_] != '\r') {
        diag_->warning(name_, here(), "text after a closing quote; kept as part of the field");
      }
    }
    if (incomplete_) return true;
    bool warned = false;
    while (!at_end()) {
      std::size_t j = i_;
      while (j < s_.size() && !special_[static_cast<unsigned char>(s_[j])]) ++j;
      append(f, s_.substr(i_, j - i_), rec);
      i_ = j;
      if (at_end()) break;
      char c = s_[i_];
      if (c == delim_) {
        ++i_;
        return false;
      }
      if (c == '\n' || c == '\r') {
        if (c == '\r' && i_ + 1 >= s_.size() && more_) {  // CR of a CRLF split by the window
          incomplete_ = true;
          return true;
        }
        newline();
        return true;
      }
      if (c == '"' && !f.quoted && !warned) {
        diag_->warning(name_, here(), "quote character inside an unquoted field; kept as text");
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
  Diagnostics* diag_;
  std::array<bool, 256> special_{};  // bytes that end a run of an unquoted field
  bool more_ = false;
  bool incomplete_ = false;
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
