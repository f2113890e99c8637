#pragma once
// The streaming writers' output (json, ndjson, csv, sarif): text gathered in a buffer and
// written in blocks of about 1 MB, so a million-line report takes few writes and a bounded
// buffer.
#include <cstddef>
#include <ostream>
#include <string>

namespace chainrisk::report {

struct BlockOutput {
  explicit BlockOutput(std::ostream& o) : out(o) {}

  // Write the buffer once it holds a block (after each line).
  void block_done() {
    if (buf.size() > kBlockBytes) flush();
  }
  void flush() {
    out.write(buf.data(), static_cast<std::streamsize>(buf.size()));
    buf.clear();
  }

  static constexpr std::size_t kBlockBytes = 1u << 20;
  std::ostream& out;
  std::string buf;  // text not yet written
};

}  // namespace chainrisk::report
