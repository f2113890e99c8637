#include "chainrisk/report/escape.hpp"

#include "chainrisk/text/utf8.hpp"

namespace chainrisk::report {

std::string terminal_safe(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  std::size_t i = 0;
  while (i < s.size()) {
    char32_t cp = text::next_code_point(s, i);
    if (cp == U'\t' || cp == U'\n' || cp == U'\r') {
      out += ' ';
    } else if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0)) {
      out += '?';
    } else {
      text::append_utf8(out, cp);
    }
  }
  return out;
}

std::size_t display_width(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

std::string truncate_to_width(std::string_view s, std::size_t width) {
  if (display_width(s) <= width) return std::string(s);
  if (width == 0) return {};
  std::string out;
  std::size_t cols = 0, i = 0;
  while (i < s.size() && cols + 1 < width) {
    std::size_t start = i;
    text::next_code_point(s, i);
    out.append(s.substr(start, i - start));
    ++cols;
  }
  return out + "\u2026";
}

std::string html_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t start = i;
    char32_t cp = text::next_code_point(s, i);
    switch (cp) {
      case U'&': out += "&amp;"; break;
      case U'<': out += "&lt;"; break;
      case U'>': out += "&gt;"; break;
      case U'"': out += "&quot;"; break;
      case U'\'': out += "&#39;"; break;
      default:
        // Invalid bytes decode as U+FFFD: write that, never the bytes themselves.
        if ((cp < 0x20 && cp != U'\t' && cp != U'\n' && cp != U'\r') || cp == 0x7F ||
            (cp >= 0x80 && cp < 0xA0) || cp == 0xFFFD) {
          text::append_utf8(out, 0xFFFD);
        } else {
          out.append(s.substr(start, i - start));
        }
    }
  }
  return out;
}

}  // namespace chainrisk::report
