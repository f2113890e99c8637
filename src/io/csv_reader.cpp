// CSV BOM reader: RFC 4180 plus what real ERP and spreadsheet exports do (bom-format.md):
// byte-order mark, CRLF/LF/CR line ends, `,` `;` or tab delimiters detected from the header,
// quoted fields with embedded delimiters, quotes and newlines, header aliases.
#include <fmt/format.h>

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <optional>

#include "chainrisk/io/bom.hpp"
#include "chainrisk/io/limits.hpp"
#include "chainrisk/io/line_source.hpp"
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

// True when `s` has no NUL and no byte above ASCII: then no field of it needs a check.
bool plain_ascii(std::string_view s) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL, kHighBits = 0x8080808080808080ULL;
  std::size_t i = 0;
  for (std::uint64_t w; i + 8 <= s.size(); i += 8) {
    std::memcpy(&w, s.data() + i, 8);
    if ((w & kHighBits) || ((w - kOnes) & ~w & kHighBits)) return false;  // a high bit, or a zero byte
  }
  for (; i < s.size(); ++i) {
    if (s[i] == '\0' || static_cast<unsigned char>(s[i]) >= 0x80) return false;
  }
  return true;
}

bool check_fields_text(std::string_view text, const RawRecord& rec, const std::string& name, Diagnostics& diag) {
  // Every value byte comes from the record's text: one pass over it clears most records.
  if (!rec.fields.empty() && rec.end >= rec.fields.front().raw && rec.end <= text.size() &&
      plain_ascii(text.substr(rec.fields.front().raw, rec.end - rec.fields.front().raw))) {
    return true;
  }
  for (const auto& f : rec.fields) {
    if (!check_field_text(text, f, name, diag)) return false;
  }
  return true;
}

// Turns tokenized records into BOM lines: maps columns to fields, rejects rows that do not
// fit the header or carry no commodity, counts every row (docs/reliability.md).
class CsvLineBuilder {
 public:
  CsvLineBuilder(BomFile& out, std::vector<Column> columns) : out_(out), columns_(std::move(columns)) {}

  // Fill `line` from `rec`; false when the record is not a usable line (blank, or reported).
  bool build(std::string_view text, const RawRecord& rec, BomLine& line, Diagnostics& diag) {
    if (rec.blank()) return false;  // empty lines are not rows
    ++out_.rows_read;
    if (rec.broken || !fits_header(rec, diag) || !check_fields_text(text, rec, out_.name, diag)) {
      ++out_.rows_rejected;
      return false;
    }
    line.line = rec.line;
    std::size_t extras = 0;
    for (std::size_t c = 0; c < columns_.size(); ++c) {
      const RawField* f = c < rec.fields.size() ? &rec.fields[c] : nullptr;
      if (columns_[c].field) {
        Cell& cell = line.cell(*columns_[c].field);
        cell.value.assign(f ? trimmed(f->value) : std::string_view());
        cell.pos = f ? f->pos : TextPos{};
      } else if (f) {
        if (extras == line.extra.size()) line.extra.emplace_back();
        line.extra[extras].first.assign(columns_[c].name);
        line.extra[extras].second.assign(f->value);
        ++extras;
      }
    }
    line.extra.resize(extras);
    if (!has_identity(line, {rec.line, 1}, diag)) {
      ++out_.rows_rejected;
      return false;
    }
    return true;
  }

  bool has_field(Field f) const {
    return std::any_of(columns_.begin(), columns_.end(), [&](const Column& c) { return c.field == f; });
  }

 private:
  static std::string_view trimmed(std::string_view s) {
    auto b = s.find_first_not_of(" \t");
    if (b == std::string_view::npos) return {};
    return s.substr(b, s.find_last_not_of(" \t") - b + 1);
  }

  bool fits_header(const RawRecord& rec, Diagnostics& diag) {
    if (rec.field_count > columns_.size()) {
      diag.error(out_.name, rec.fields[columns_.size()].pos,
                 fmt::format("row has {} fields but the header has {}; expected at most {} "
                             "(quote values that contain the delimiter)",
                             rec.field_count, columns_.size(), columns_.size()));
      return false;
    }
    if (rec.field_count < columns_.size()) {
      diag.warning(out_.name, {rec.line, 0},
                   fmt::format("row has {} fields but the header has {}; the missing fields are "
                               "empty", rec.field_count, columns_.size()));
    }
    return true;
  }

  bool has_identity(const BomLine& line, TextPos pos, Diagnostics& diag) {
    if (!line.get(Field::material).empty() || !line.get(Field::hs_code).empty() ||
        !line.get(Field::description).empty()) {
      return true;
    }
    diag.error(out_.name, pos,
               "line has no material, hs_code or description; expected at least one to "
               "identify its commodity");
    return false;
  }

  BomFile& out_;
  std::vector<Column> columns_;
};

bool same_time(const struct timespec& a, const struct timespec& b) {
  return a.tv_sec == b.tv_sec && a.tv_nsec == b.tv_nsec;
}

// A CSV BOM read through a window: the whole text when it is in memory, else a few MiB of
// the file at a time, read again on every pass. A record longer than the window widens it.
class CsvSource final : public LineSource {
 public:
  static constexpr std::size_t kHeadBytes = 65536;
  CsvSource(std::string name, std::string text) : text_(std::move(text)) { init(std::move(name)); }
  CsvSource(std::string name, int fd, const struct stat& st, std::size_t chunk)
      : fd_(fd), stat_(st), chunk_(std::max<std::size_t>(chunk, 1)) {
    init(std::move(name));
  }
  ~CsvSource() override {
    if (fd_ >= 0) ::close(fd_);
  }
  CsvSource(const CsvSource&) = delete;
  CsvSource& operator=(const CsvSource&) = delete;

  void rewind(Diagnostics& diag) override {
    diag_ = &diag;
    info_.rows_read = info_.rows_rejected = 0;
    builder_.reset();
    if (info_.fatal) return;
    if (auto why = changed(); !why.empty()) return fail(why, diag);
    offset_ = 0;
    window_.clear();
    eof_ = fd_ < 0;
    if (fd_ >= 0 && !fill(chunk_)) return;
    // The byte-order mark and the header line the delimiter is detected from must be in
    // the window, whatever its size.
    while (fd_ >= 0 && !eof_ && window_.size() < kHeadBytes && window_.find_first_of("\r\n", 3) == std::string::npos) {
      if (!fill(std::max(chunk_, window_.size()))) return;
    }
    std::string_view text = view();
    std::size_t start = skip_utf8_bom(text);
    if (!delim_) delim_ = detect_delimiter(text.substr(start));
    tok_.emplace(text, start, delim_, info_.name, scratch_);
    tok_->set_more(!eof_);
    read_header(diag);
  }

  bool next(BomLine& line) override {
    if (!builder_) return false;
    while (true) {
      auto before = tok_->state();
      bool got = tok_->next(rec_);
      if (!got || tok_->incomplete()) {
        scratch_ = Diagnostics();
        if (eof_) {
          if (!got) return false;
        }
        if (!widen(before)) return false;
        continue;
      }
      flush_scratch();
      if (builder_->build(view(), rec_, line, *diag_)) return true;
    }
  }

  bool has_field(Field f) const override { return builder_ && builder_->has_field(f); }

  std::string changed() const override {
    if (fd_ < 0) return {};
    struct stat now {};
    if (::fstat(fd_, &now) != 0 || now.st_size != stat_.st_size || !same_time(now.st_mtim, stat_.st_mtim)) {
      return fmt::format("file changed while it was read ({} bytes when opened, {} now); scan it again once "
                         "it is complete", stat_.st_size, now.st_size);
    }
    return {};
  }

 private:
  void init(std::string name) {
    info_.name = std::move(name);
    info_.format = BomFormat::csv;
  }

  std::string_view view() const { return fd_ >= 0 ? std::string_view(window_) : std::string_view(text_); }

  void fail(const std::string& why, Diagnostics& diag) {
    diag.error(info_.name, {}, why);
    info_.fatal = true;
    builder_.reset();
  }

  void flush_scratch() {
    if (scratch_.items().empty()) return;
    for (const auto& d : scratch_.items()) diag_->add(d.file, d.pos, d.severity, d.message);
    scratch_ = Diagnostics();
  }

  // Append up to `n` more bytes of the file to the window.
  bool fill(std::size_t n) {
    std::size_t old = window_.size();
    // No more than the file's size (plus a byte, to notice growth) is zeroed and read:
    // a small BOM does not pay for a 4 MiB window.
    auto size = static_cast<std::size_t>(stat_.st_size);
    n = std::min(n, (size > offset_ + old ? size - offset_ - old : 0) + 1);
    window_.resize(old + n);
    std::size_t got = 0;
    while (got < n) {
      ssize_t r = ::pread(fd_, window_.data() + old + got, n - got, static_cast<off_t>(offset_ + old + got));
      if (r < 0 && errno == EINTR) continue;
      if (r < 0) {
        window_.resize(old + got);
        fail(fmt::format("cannot read: {}", std::strerror(errno)), *diag_);
        return false;
      }
      if (r == 0) break;
      got += static_cast<std::size_t>(r);
    }
    window_.resize(old + got);
    // The end, or a byte past the size the file had when opened: it grew while read.
    if (got < n || offset_ + window_.size() > size) {
      eof_ = true;
      if (offset_ + window_.size() != size) {
        fail(changed().empty() ? "file changed while it was read; scan it again once it is complete" : changed(),
             *diag_);
        return false;
      }
    }
    return true;
  }

  // The record that began at `from` reached the window's end: drop what was read before
  // it, read on (twice as much when the record alone fills the window) and resume there.
  bool widen(Tokenizer::State from) {
    if (fd_ < 0 || eof_) return false;
    std::size_t shift = from.i;
    window_.erase(0, shift);
    offset_ += shift;
    if (!fill(std::max(chunk_, window_.size()))) return false;
    tok_->rebase(view(), from, shift);
    tok_->set_more(!eof_);
    return true;
  }

  void read_header(Diagnostics& diag) {
    RawRecord header;
    bool have = false;
    while (!have) {
      auto before = tok_->state();
      bool got = tok_->next(header);
      if (got && tok_->incomplete()) {
        scratch_ = Diagnostics();
        if (!widen(before)) return;
        continue;
      }
      flush_scratch();
      if (!got) break;
      have = !header.blank();
    }
    if (!have) {
      if (info_.fatal) return;
      diag.error(info_.name, {1, 1}, "empty file; expected a header row naming the columns");
      info_.fatal = true;
      return;
    }
    if (header.broken || !check_fields_text(view(), header, info_.name, diag)) {
      info_.fatal = true;
      return;
    }
    auto columns = map_header(header, info_.name, diag);
    if (!identifies_commodity(columns)) {
      diag.error(info_.name, {header.line, 1},
                 "no column identifies the commodity; expected a header with one of 'material', "
                 "'hs_code' or 'description' (or an alias such as 'commodity', 'hts', 'part_name')");
      info_.fatal = true;
      return;
    }
    builder_.emplace(info_, std::move(columns));
  }

  std::string text_;    // the whole input, when it is in memory
  int fd_ = -1;         // else the file, read by offset
  struct stat stat_ {};
  std::size_t chunk_ = 0;  // bytes read at a time
  std::string window_;  // bytes [offset_, offset_ + size) of the file
  std::size_t offset_ = 0;
  bool eof_ = true;
  char delim_ = 0;
  std::optional<Tokenizer> tok_;
  std::optional<CsvLineBuilder> builder_;
  RawRecord rec_;
  Diagnostics scratch_;  // a record's problems, kept once the record is complete
  Diagnostics* diag_ = nullptr;
};

}  // namespace

std::unique_ptr<LineSource> csv_text_source(std::string text, const std::string& name) {
  return std::make_unique<CsvSource>(name, std::move(text));
}

std::unique_ptr<LineSource> csv_file_source(const std::string& name, int fd, const struct stat& st,
                                            std::size_t chunk) {
  return std::make_unique<CsvSource>(name, fd, st, chunk);
}

BomFile read_csv_bom(std::string_view text, const std::string& name, Diagnostics& diag) {
  CsvSource source(name, std::string(text));
  source.rewind(diag);
  BomFile out;
  out.lines.reserve(static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')));
  BomLine line;
  while (source.next(line)) out.lines.push_back(line);
  const BomFile& info = source.info();
  out.name = info.name;
  out.format = info.format;
  out.rows_read = info.rows_read;
  out.rows_rejected = info.rows_rejected;
  out.fatal = info.fatal;
  return out;
}

}  // namespace chainrisk::io
