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

std::string csv_neutralise(std::string_view s) {
  // OWASP "CSV Injection": these first characters make Excel, LibreOffice and Google
  // Sheets read a cell as a formula (tab and CR because some strip them and read on).
  if (!s.empty() && std::string_view("=+-@\t\r").find(s.front()) != std::string_view::npos) {
    std::string out = "'";
    out += s;
    return out;
  }
  return std::string(s);
}

void append_csv_field(std::string& out, std::string_view field) {
  std::string value = csv_neutralise(field);
  if (value.find_first_of(",\"\r\n") == std::string::npos) {
    out += value;
    return;
  }
  out += '"';
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

std::string markdown_escape(std::string_view s) {
  std::string safe = terminal_safe(s), out;
  out.reserve(safe.size());
  for (std::size_t i = 0; i < safe.size(); ++i) {
    char c = safe[i];
    if (std::string_view("\\`*_~[]<>|&#$").find(c) != std::string_view::npos) out += '\\';
    out += c;
    // GitHub links `@name` (notifying that account or team), `#12` (cross-referencing issue
    // 12) and bare URLs (`http://...`, `www.`...) after rendering, escapes or not; a
    // zero-width space after the `@`, the `#`, the `:` of `://` or the `www` stops it.
    bool www = (c == 'w' || c == 'W') && i >= 2 && i + 1 < safe.size() && safe[i + 1] == '.' &&
               (safe[i - 1] | 0x20) == 'w' && (safe[i - 2] | 0x20) == 'w';
    if (c == '@' || c == '#' || www || (c == ':' && safe.compare(i + 1, 2, "//") == 0)) out += "\u200B";
  }
  return out;
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
