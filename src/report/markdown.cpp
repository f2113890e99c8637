#include "chainrisk/report/markdown.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cassert>

#include "chainrisk/report/escape.hpp"

namespace chainrisk::report {
namespace {

bool starts_with_scheme(std::string_view s) {
  auto lower_prefix = [&](std::string_view prefix) {
    if (s.size() <= prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i) {
      char c = s[i];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      if (c != prefix[i]) return false;
    }
    return true;
  };
  return lower_prefix("https://") || lower_prefix("http://");
}

// Bytes that may not appear raw in an autolink or a table cell.
bool needs_percent(unsigned char c) {
  return c <= 0x20 || c == 0x7F || std::string_view("<>|`\\\"").find(static_cast<char>(c)) != std::string_view::npos;
}

}  // namespace

std::string markdown_url(std::string_view url) {
  if (!starts_with_scheme(url)) return markdown_escape(url);
  std::string out = "<";
  for (char c : url) {
    auto b = static_cast<unsigned char>(c);
    out += needs_percent(b) ? fmt::format("%{:02X}", b) : std::string(1, c);
  }
  return out + ">";
}

std::string markdown_text_with_links(std::string_view s) {
  std::string out;
  std::size_t done = 0;  // bytes of `s` written so far
  for (std::size_t i = s.find("http"); i != std::string_view::npos; i = s.find("http", i)) {
    // A URL starts a word (or follows an opening bracket or quote) and runs to the next space,
    // less the closing punctuation of the sentence around it.
    bool starts_word = i == 0 || std::string_view(" \t([\"'").find(s[i - 1]) != std::string_view::npos;
    std::size_t end = std::min(s.find_first_of(" \t\r\n", i), s.size());
    while (end > i && std::string_view(".,;:)]'\"").find(s[end - 1]) != std::string_view::npos) --end;
    if (!starts_word || !starts_with_scheme(s.substr(i, end - i))) {
      i += 4;
      continue;
    }
    out += markdown_escape(s.substr(done, i - done));
    out += markdown_url(s.substr(i, end - i));
    done = i = end;
  }
  return out + markdown_escape(s.substr(done));
}

void write_markdown_table(std::ostream& out, const std::vector<std::string>& headers,
                          const std::vector<std::vector<std::string>>& rows) {
  auto row = [&](const std::vector<std::string>& cells) {
    assert(cells.size() == headers.size());
    out << '|';
    for (const auto& c : cells) out << ' ' << c << " |";
    out << '\n';
  };
  row(headers);
  out << '|';
  for (std::size_t i = 0; i < headers.size(); ++i) out << "---|";
  out << '\n';
  for (const auto& r : rows) row(r);
}

}  // namespace chainrisk::report
