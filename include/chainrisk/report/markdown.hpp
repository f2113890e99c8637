#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "chainrisk/report/escape.hpp"  // markdown_escape, shared with the scan report

namespace chainrisk::report {

// `url` as a Markdown autolink (`<https://...>`) when it is an http(s) URL, with the bytes
// that could end the link or split a table cell (space, < > | ` \ " and controls)
// percent-encoded; any other value (a `javascript:` URL, free text) comes back escaped, as text.
std::string markdown_url(std::string_view url);

// `s` escaped, with each http(s) URL in it (up to the next space) written as an autolink, for
// free-text citations such as "https://a.org/x (and each record's own source)".
std::string markdown_text_with_links(std::string_view s);

// Write a GitHub table: `headers`, the delimiter row, then `rows`. Cells must already be
// escaped (markdown_escape); each row has as many cells as `headers`.
void write_markdown_table(std::ostream& out, const std::vector<std::string>& headers,
                          const std::vector<std::vector<std::string>>& rows);

}  // namespace chainrisk::report
