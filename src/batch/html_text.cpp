#include "html_text.hpp"

#include "chainrisk/text/utf8.hpp"

namespace chainrisk::batch {

std::string html_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    char32_t cp = text::next_code_point(s, i);
    switch (cp) {
      case U'&': out += "&amp;"; break;
      case U'<': out += "&lt;"; break;
      case U'>': out += "&gt;"; break;
      case U'"': out += "&quot;"; break;
      case U'\'': out += "&#39;"; break;
      default:
        if ((cp < 0x20 && cp != U'\t' && cp != U'\n' && cp != U'\r') || cp == 0x7f) cp = 0xFFFD;
        text::append_utf8(out, cp);
    }
  }
  return out;
}

}  // namespace chainrisk::batch
