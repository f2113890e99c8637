#pragma once
// Properties every fuzz target checks besides "no crash": a violated one aborts, which
// libFuzzer reports as a crash with the input that caused it.
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "chainrisk/diagnostics.hpp"
#include "chainrisk/io/bom.hpp"

namespace chainrisk::fuzz {

inline void require(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "fuzz property violated: %s\n", what);
    std::abort();
  }
}

// Nothing lost: every data row is scored or reported; a fatal file has no lines; every
// problem names the file and a position inside the text.
inline void check_bom(const io::BomFile& bom, const Diagnostics& diag, std::string_view text, std::string_view name) {
  require(bom.rows_read == bom.lines.size() + bom.rows_rejected, "rows_read == lines + rows_rejected");
  require(!bom.fatal || bom.lines.empty(), "a fatal file has no lines");
  require(bom.rows_rejected == 0 || diag.errors() > 0, "rejected rows are reported as errors");
  // Lines end with LF, CRLF or a lone CR, as the readers count them.
  std::size_t line_count = 1;
  for (std::size_t i = 0; i < text.size(); ++i) {
    line_count += text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n'));
  }
  for (const auto& d : diag.items()) {
    require(d.file == name, "diagnostics name the file");
    require(d.pos.line <= line_count + 1, "diagnostic line inside the file");
    require(!d.message.empty(), "diagnostics say what is wrong");
  }
  for (const auto& line : bom.lines) require(line.line >= 1 && line.line <= line_count + 1, "line numbers inside the file");
}

// Call `each` on the whole input, then on each of its lines: one input tries many values.
template <typename Each>
void whole_then_lines(std::string_view text, Each each) {
  each(text);
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    each(text.substr(start, end - start));
    start = end + 1;
  }
}

}  // namespace chainrisk::fuzz
