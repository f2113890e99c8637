#pragma once

#include <memory>
#include <string>

#include "chainrisk/diagnostics.hpp"
#include "chainrisk/io/bom.hpp"

namespace chainrisk::io {

// A BOM read line by line, as many times as the scan needs (docs/performance.md). A CSV
// file is streamed from disk on every pass, through a window of a few MiB, so memory does
// not grow with the file; JSON, CycloneDX, standard input and pipes are read once into
// memory.
class LineSource {
 public:
  virtual ~LineSource() = default;

  // Start a pass from the first line. Problems found during the pass go to `diag`: the
  // scan passes its real sink on one pass and a scratch one on the others.
  virtual void rewind(Diagnostics& diag) = 0;
  // The next usable line into `line` (its storage is reused); false at the end. Rows that
  // cannot be used are reported and counted in info().rows_rejected instead.
  virtual bool next(BomLine& line) = 0;
  // Name, format and counts (complete after a full pass); `lines` stays empty. `fatal`
  // when the file could not be read at all (it yields no lines then).
  const BomFile& info() const { return info_; }
  // Whether the input has a column or key for `f` (a CSV header, or any JSON line).
  virtual bool has_field(Field f) const = 0;
  // Empty, or why the input changed since it was opened (checked at each rewind and end).
  virtual std::string changed() const { return {}; }

 protected:
  BomFile info_;
};

// Open `path` ("-" is stdin) for reading line by line. An unreadable file is reported in
// `diag` and returned with info().fatal set. `window`: bytes of a CSV file read at a time
// (tests make it tiny so records straddle every boundary).
inline constexpr std::size_t kReadWindow = std::size_t{4} << 20;
std::unique_ptr<LineSource> open_line_source(const std::string& path, Diagnostics& diag,
                                             std::size_t window = kReadWindow);

// A BOM already in memory as a source (tests, and the JSON readers' result).
std::unique_ptr<LineSource> memory_line_source(BomFile bom);

// The CSV reader over `text` (a whole file in memory) as a source.
std::unique_ptr<LineSource> csv_text_source(std::string text, const std::string& name);

}  // namespace chainrisk::io
