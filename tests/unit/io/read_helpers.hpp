#pragma once

// Shared by the reader tests: read a text with one reader, keep what it said.
#include <string>
#include <string_view>

#include "chainrisk/io/bom.hpp"
#include "test_support.hpp"

namespace chainrisk::test {

struct Read {
  io::BomFile file;
  Diagnostics diag;
  std::string messages() const { return joined(diag); }
};

using Reader = io::BomFile (*)(std::string_view, const std::string&, Diagnostics&);

// Read `text` as the file `name` with `reader` (read_bom picks by content).
inline Read read_with(Reader reader, std::string_view text, const std::string& name) {
  Read r;
  r.file = reader(text, name, r.diag);
  return r;
}

// The accounting invariant of docs/reliability.md: every row is a line or an error.
inline bool accounted(const io::BomFile& f) { return f.rows_read == f.lines.size() + f.rows_rejected; }

}  // namespace chainrisk::test
