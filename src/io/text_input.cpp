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
  // Files users export by mistake, named so the fix is obvious.
  if (text.substr(0, 4) == std::string_view("PK\x03\x04", 4) ||
      text.substr(0, 8) == std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)) {
    return "file is a ZIP or OLE archive (an Excel workbook?); expected CSV or JSON (save the sheet as \"CSV UTF-8\")";
  }
  if (text.substr(0, 5) == "%PDF-") return "file is a PDF document; expected a CSV or JSON BOM";
  // Text files do not start with NUL bytes; UTF-16 without a mark does. Binary data has
  // control bytes throughout, where a text file has at most a stray one (that row's error).
  std::string_view head = text.substr(0, 4096);
  std::size_t nuls = 0, controls = 0;
  for (char c : head) {
    auto u = static_cast<unsigned char>(c);
    nuls += (u == 0);
    controls += (u < 0x20 && u != '\t' && u != '\n' && u != '\r') || u == 0x7F;
  }
  if (!head.empty() && nuls * 8 >= head.size()) {
    return "file looks binary or UTF-16 (many NUL bytes); expected a UTF-8 CSV or JSON BOM";
  }
  if (!head.empty() && controls * 10 >= head.size()) {
    return "file looks binary (many control bytes); expected a UTF-8 CSV or JSON BOM";
  }
  return std::nullopt;
}

}  // namespace chainrisk::io
