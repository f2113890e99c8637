#pragma once

#include <string>
#include <string_view>

namespace chainrisk::report {

// `s` as XML 1.0 character data (between tags): `&`, `<`, `>`, `"` and `'` become entity
// references and CR becomes `&#13;` (a parser would turn a raw one into LF); tabs and line
// feeds stay. Characters XML 1.0 forbids (controls other than tab, LF and CR, U+FFFE,
// U+FFFF) and invalid UTF-8 bytes become U+FFFD, so any input gives well-formed XML.
std::string xml_text(std::string_view s);

// `s` as the value of a double- or single-quoted XML attribute: as xml_text, and tab, LF and
// CR become character references, which survive a parser's attribute-value normalisation.
std::string xml_attribute(std::string_view s);

}  // namespace chainrisk::report
