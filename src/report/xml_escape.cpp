#include "chainrisk/report/xml.hpp"

#include "chainrisk/text/utf8.hpp"

namespace chainrisk::report {
namespace {

// The Char production of XML 1.0 (§2.2), tab, LF and CR aside.
bool allowed_in_xml(char32_t cp) {
  return (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
}

std::string xml_escape(std::string_view s, bool attribute) {
  std::string out;
  out.reserve(s.size());
  std::size_t i = 0;
  while (i < s.size()) {
    char32_t cp = text::next_code_point(s, i);  // invalid bytes come back as U+FFFD
    switch (cp) {
      case U'&': out += "&amp;"; break;
      case U'<': out += "&lt;"; break;
      case U'>': out += "&gt;"; break;  // so "]]>" never appears in character data
      case U'"': out += "&quot;"; break;
      case U'\'': out += "&apos;"; break;
      case U'\t': out += attribute ? "&#9;" : "\t"; break;
      case U'\n': out += attribute ? "&#10;" : "\n"; break;
      case U'\r': out += "&#13;"; break;
      default: text::append_utf8(out, allowed_in_xml(cp) ? cp : U'\uFFFD');
    }
  }
  return out;
}

}  // namespace

std::string xml_text(std::string_view s) { return xml_escape(s, false); }

std::string xml_attribute(std::string_view s) { return xml_escape(s, true); }

}  // namespace chainrisk::report
