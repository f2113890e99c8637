// JSON BOM reader (bom-format.md): {"bom": {"name", "lines": [...]}} or a bare array of line
// objects, with the CSV field names and aliases as keys. CycloneDX documents are handed to
// cyclonedx_reader.cpp.
#include <fmt/format.h>

#include "chainrisk/io/bom.hpp"
#include "json_bom.hpp"
#include "json_text.hpp"
#include "text_input.hpp"

namespace chainrisk::io {
namespace {

// A lines array found in the document, or nullptr.
const JsonValue* find_lines(const JsonValue& doc) {
  if (doc.is_array()) return &doc;
  if (!doc.is_object()) return nullptr;
  const JsonValue* holder = &doc;
  if (const JsonValue* bom = doc.find("bom"); bom && bom->is_object()) holder = bom;
  const JsonValue* lines = holder->find("lines");
  return lines && lines->is_array() ? lines : nullptr;
}

}  // namespace

std::string first_member_key(const JsonValue& obj, Field f) {
  for (const auto& [k, v] : obj.members) {
    if (parse_field(k) == f) return k;
  }
  return std::string(to_string(f));
}

std::optional<std::string> json_scalar_text(const JsonValue& v) {
  switch (v.type) {
    case JsonValue::Type::null: return std::string();
    case JsonValue::Type::boolean: return std::string(v.boolean ? "true" : "false");
    case JsonValue::Type::number:
    case JsonValue::Type::string: return v.text;
    case JsonValue::Type::array: {
      // certifications may come as a list; bom-format.md separates them with ';'.
      std::string out;
      for (const auto& item : v.items) {
        if (!item.is_string()) return std::nullopt;
        if (!out.empty()) out += "; ";
        out += item.text;
      }
      return out;
    }
    case JsonValue::Type::object: return std::nullopt;
  }
  return std::nullopt;
}

bool set_json_field(BomLine& line, Field f, const JsonValue& value, std::string_view key,
                    const FirstKey& first_key, const std::string& name, Diagnostics& diag) {
  auto text = json_scalar_text(value);
  if (!text) {
    diag.error(name, value.pos,
               fmt::format("field '{}': expected a string or number, got {}", key,
                           to_string(value.type)));
    return false;
  }
  if (text->find('\0') != std::string::npos) {
    diag.error(name, value.pos, fmt::format("field '{}': NUL character in value", key));
    return false;
  }
  Cell& cell = line.cell(f);
  if (cell.pos.line != 0) {
    diag.error(name, value.pos,
               fmt::format("field '{}' given twice (also as '{}' at line {}); expected one value",
                           to_string(f), first_key(f), cell.pos.line));
    return false;
  }
  cell = {std::move(*text), value.pos};
  return true;
}

bool check_line_identity(const BomLine& line, const std::string& name, Diagnostics& diag) {
  if (!line.get(Field::material).empty() || !line.get(Field::hs_code).empty() ||
      !line.get(Field::description).empty()) {
    return true;
  }
  diag.error(name, {line.line, 0},
             "line has no material, hs_code or description; expected at least one to identify "
             "its commodity");
  return false;
}

namespace {

void add_json_line(const JsonValue& item, BomFile& out, Diagnostics& diag) {
  ++out.rows_read;
  if (!item.is_object()) {
    diag.error(out.name, item.pos,
               fmt::format("expected a line object, got {}", to_string(item.type)));
    ++out.rows_rejected;
    return;
  }
  BomLine line;
  line.line = item.pos.line;
  bool ok = true;
  auto first_key = [&item](Field f) { return first_member_key(item, f); };
  for (const auto& [key, value] : item.members) {
    if (auto f = parse_field(key)) {
      ok = set_json_field(line, *f, value, key, first_key, out.name, diag) && ok;
    } else if (auto text = json_scalar_text(value)) {
      line.extra.emplace_back(key, std::move(*text));
    } else {
      // Extra columns are flat text in every report: say so rather than drop it unseen.
      diag.warning(out.name, value.pos, fmt::format("'{}': {} is not kept; extra fields are strings, "
                                                   "numbers or lists of strings", key, to_string(value.type)));
    }
  }
  if (!ok || !check_line_identity(line, out.name, diag)) {
    ++out.rows_rejected;
    return;
  }
  out.lines.push_back(std::move(line));
}

}  // namespace

BomFile read_json_bom(std::string_view text, const std::string& name, Diagnostics& diag) {
  BomFile out;
  out.name = name;
  out.format = BomFormat::json;
  std::size_t start = skip_utf8_bom(text);
  JsonError err;
  auto doc = parse_json_text(text.substr(start), err);
  if (!doc) {
    diag.error(name, err.pos, err.message);
    out.fatal = true;
    return out;
  }
  if (const JsonValue* fmt = doc->find("bomFormat"); fmt && fmt->text == "CycloneDX") {
    read_cyclonedx(*doc, out, diag);
    return out;
  }
  const JsonValue* lines = find_lines(*doc);
  if (!lines) {
    diag.error(name, doc->pos,
               "expected {\"bom\": {\"lines\": [...]}}, an array of line objects, or a CycloneDX "
               "document");
    out.fatal = true;
    return out;
  }
  for (const auto& item : lines->items) add_json_line(item, out, diag);
  return out;
}

}  // namespace chainrisk::io
