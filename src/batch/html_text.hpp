#pragma once

#include <string>
#include <string_view>

namespace chainrisk::batch {

// `s` as HTML text or attribute value: & < > " ' become entities, invalid UTF-8 bytes and
// control characters (but tab and line breaks) become U+FFFD. Local to batch until the report
// module has a shared html_escape (style.md §5: escaping in one place).
std::string html_escape(std::string_view s);

}  // namespace chainrisk::batch
