#pragma once

#include <string>
#include <string_view>

namespace chainrisk::report {

// `s` made safe for a terminal: control characters (ESC included, so input cannot inject
// escape sequences) become '?', tabs and line breaks become spaces; invalid UTF-8 bytes
// become U+FFFD.
std::string terminal_safe(std::string_view s);

// Number of terminal columns `s` takes (one per code point; no wide-character tables).
std::size_t display_width(std::string_view s);

// `s` cut to at most `width` columns, ending in "…" when cut.
std::string truncate_to_width(std::string_view s, std::size_t width);

// `s` made safe as HTML text and as a quoted attribute value (and so in SVG text and
// titles): `&` `<` `>` `"` `'` become character references; control characters other than
// tab and line breaks, and invalid UTF-8 bytes, become U+FFFD, so the page stays valid
// UTF-8 whatever the input held.
std::string html_escape(std::string_view s);

}  // namespace chainrisk::report
