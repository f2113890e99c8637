#include "text_input.hpp"

namespace chainrisk::io {

std::size_t skip_utf8_bom(std::string_view text) {
  return text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
}

std::optional<std::string> unsupported_encoding(std::string_view text) {
  if (text.substr(0, 4) == std::string_view("\xFF\xFE\0\0", 4) ||
      text.substr(0, 4) == std::string_view("\0\0\xFE\xFF", 4)) {
    return "file is UTF-32; expected UTF-8 (re-export the file as UTF-8)";
  }
  if (text.substr(0, 2) == "\xFF\xFE" || text.substr(0, 2) == "\xFE\xFF") {
    return "file is UTF-16; expected UTF-8 (re-export the file as UTF-8)";
  }
  // Text files do not start with NUL bytes; UTF-16 without a mark and binary data do.
  std::string_view head = text.substr(0, 512);
  std::size_t nuls = 0;
  for (char c : head) nuls += (c == '\0');
  if (!head.empty() && nuls * 8 >= head.size()) {
    return "file looks binary or UTF-16 (many NUL bytes); expected a UTF-8 CSV or JSON BOM";
  }
  return std::nullopt;
}

}  // namespace chainrisk::io
