#pragma once

#include <cstddef>
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

// `s` as a spreadsheet cannot take it for a formula: a value starting with `=`, `+`, `-`,
// `@`, a tab or a carriage return gets a leading `'` (OWASP's advice against CSV
// injection), so `=HYPERLINK(...)` shows as text; any other value is returned unchanged.
std::string csv_neutralise(std::string_view s);

// Append `field` to `out` as one CSV field (RFC 4180): neutralised (csv_neutralise), then
// quoted, with `""` for a quote, when it holds a comma, a quote, a CR or a LF.
void append_csv_field(std::string& out, std::string_view field);

// `s` as literal text inside a line of GitHub-flavoured Markdown (a table cell, a list
// item, a paragraph): terminal_safe (so line breaks cannot end the line or the table row),
// then a backslash before each of \ ` * _ ~ [ ] < > | & # $ so that input opens no
// emphasis, code span, link, raw HTML tag, entity, table cell or math; and a zero-width
// space (U+200B) after each `@` and `#`, the `:` of `://` and a `www` before `.`, so GitHub
// makes no mention, issue reference or link of a bare URL.
std::string markdown_escape(std::string_view s);
// `s` made safe as HTML text and as a quoted attribute value (and so in SVG text and
// titles): `&` `<` `>` `"` `'` become character references; control characters other than
// tab and line breaks, and invalid UTF-8 bytes, become U+FFFD, so the page stays valid
// UTF-8 whatever the input held.
std::string html_escape(std::string_view s);

}  // namespace chainrisk::report
