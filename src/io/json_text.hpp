#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "chainrisk/diagnostics.hpp"

namespace chainrisk::io {

struct JsonMember;

// A JSON value that remembers where it starts in the text, so BOM readers can report
// `FILE:LINE:COL` for any value (nlohmann's DOM keeps no positions).
struct JsonValue {
  enum class Type { null, boolean, number, string, array, object };
  Type type = Type::null;
  TextPos pos;
  bool boolean = false;
  std::string text;  // string value, or a number's literal as written
  std::vector<JsonValue> items;
  std::vector<JsonMember> members;  // in input order, duplicates kept

  // First member named `key`, or nullptr.
  const JsonValue* find(std::string_view key) const;
  bool is_string() const { return type == Type::string; }
  bool is_object() const { return type == Type::object; }
  bool is_array() const { return type == Type::array; }
};

// One key and value of an object. A struct, not std::pair: a pair may not hold the
// still-incomplete JsonValue (libc++ and clang reject it).
struct JsonMember {
  std::string key;
  JsonValue value;
};

std::string_view to_string(JsonValue::Type t);

struct JsonError {
  TextPos pos;
  std::string message;
};

// Parse `text` as one RFC 8259 JSON document (UTF-8; nesting up to kMaxJsonDepth).
// Returns the value, or fills `error` with the position and an "expected ..." message.
std::optional<JsonValue> parse_json_text(std::string_view text, JsonError& error);

}  // namespace chainrisk::io
