#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "chainrisk/io/bom.hpp"
#include "json_text.hpp"

namespace chainrisk::io {

// Text of a JSON scalar as a BOM value (null → "", lists of strings joined with "; "), or
// nullopt for objects and mixed lists.
std::optional<std::string> json_scalar_text(const JsonValue& v);

// Names the key (or property) that first set a field, for the "given twice" message.
using FirstKey = std::function<std::string(Field)>;

// Set field `f` of `line` from `value` read under `key`. Reports and returns false for
// non-scalar values, NUL characters and a field given twice.
bool set_json_field(BomLine& line, Field f, const JsonValue& value, std::string_view key,
                    const FirstKey& first_key, const std::string& name, Diagnostics& diag);

// The first member of `obj` whose key maps to `f`.
std::string first_member_key(const JsonValue& obj, Field f);

// Report a line with no material, hs_code or description (bom-format.md); false if so.
bool check_line_identity(const BomLine& line, const std::string& name, Diagnostics& diag);

// Read the components of a CycloneDX 1.4–1.6 document into `out` (bom-format.md).
void read_cyclonedx(const JsonValue& doc, BomFile& out, Diagnostics& diag);

}  // namespace chainrisk::io
