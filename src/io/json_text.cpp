#include "json_text.hpp"

#include <fmt/format.h>

#include "chainrisk/io/limits.hpp"
#include "chainrisk/text/utf8.hpp"

namespace chainrisk::io {
namespace {

// Recursive descent over the text, tracking line and column. Depth is bounded by
// kMaxJsonDepth so hostile nesting cannot exhaust the stack.
class Parser {
 public:
  explicit Parser(std::string_view text) : s_(text) {}

  std::optional<JsonValue> parse_document(JsonError& error) {
    JsonValue v;
    skip_space();
    if (!parse_value(v, 0)) {
      error = error_;
      return std::nullopt;
    }
    skip_space();
    if (i_ < s_.size()) {
      fail("expected end of input after the JSON value");
      error = error_;
      return std::nullopt;
    }
    return v;
  }

 private:
  TextPos here() const { return {line_, i_ - line_start_ + 1}; }

  bool fail(std::string message) {
    if (error_.message.empty()) error_ = {here(), std::move(message)};
    return false;
  }

  std::string describe_here() const {
    if (i_ >= s_.size()) return "end of input";
    char c = s_[i_];
    if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) >= 0x7F) {
      return fmt::format("byte 0x{:02x}", static_cast<unsigned char>(c));
    }
    return fmt::format("'{}'", c);
  }

  void skip_space() {
    while (i_ < s_.size()) {
      char c = s_[i_];
      if (c == '\n') {
        ++line_;
        line_start_ = ++i_;
      } else if (c == ' ' || c == '\t' || c == '\r') {
        ++i_;
      } else {
        break;
      }
    }
  }

  bool parse_value(JsonValue& v, std::size_t depth) {
    v.pos = here();
    if (i_ >= s_.size()) return fail("expected a JSON value, got end of input");
    char c = s_[i_];
    if (c == '{' || c == '[') {
      if (depth >= kMaxJsonDepth) {
        return fail(fmt::format("JSON nested deeper than {} levels", kMaxJsonDepth));
      }
      return c == '{' ? parse_object(v, depth + 1) : parse_array(v, depth + 1);
    }
    if (c == '"') {
      v.type = JsonValue::Type::string;
      return parse_string(v.text);
    }
    if (c == '-' || (c >= '0' && c <= '9')) return parse_number(v);
    if (literal("true")) {
      v.type = JsonValue::Type::boolean;
      v.boolean = true;
      return true;
    }
    if (literal("false")) {
      v.type = JsonValue::Type::boolean;
      return true;
    }
    if (literal("null")) return true;
    return fail(fmt::format("expected a JSON value, got {}", describe_here()));
  }

  bool literal(std::string_view word) {
    if (s_.substr(i_, word.size()) != word) return false;
    i_ += word.size();
    return true;
  }

  bool parse_object(JsonValue& v, std::size_t depth) {
    v.type = JsonValue::Type::object;
    ++i_;
    skip_space();
    if (i_ < s_.size() && s_[i_] == '}') {
      ++i_;
      return true;
    }
    while (true) {
      skip_space();
      if (i_ >= s_.size() || s_[i_] != '"') {
        return fail(fmt::format("expected a string key, got {}", describe_here()));
      }
      std::string key;
      if (!parse_string(key)) return false;
      skip_space();
      if (i_ >= s_.size() || s_[i_] != ':') {
        return fail(fmt::format("expected ':' after key, got {}", describe_here()));
      }
      ++i_;
      skip_space();
      JsonValue member;
      if (!parse_value(member, depth)) return false;
      v.members.push_back(JsonMember{std::move(key), std::move(member)});
      skip_space();
      if (i_ < s_.size() && s_[i_] == ',') {
        ++i_;
        continue;
      }
      if (i_ < s_.size() && s_[i_] == '}') {
        ++i_;
        return true;
      }
      return fail(fmt::format("expected ',' or '}}', got {}", describe_here()));
    }
  }

  bool parse_array(JsonValue& v, std::size_t depth) {
    v.type = JsonValue::Type::array;
    ++i_;
    skip_space();
    if (i_ < s_.size() && s_[i_] == ']') {
      ++i_;
      return true;
    }
    while (true) {
      skip_space();
      JsonValue item;
      if (!parse_value(item, depth)) return false;
      v.items.push_back(std::move(item));
      skip_space();
      if (i_ < s_.size() && s_[i_] == ',') {
        ++i_;
        continue;
      }
      if (i_ < s_.size() && s_[i_] == ']') {
        ++i_;
        return true;
      }
      return fail(fmt::format("expected ',' or ']', got {}", describe_here()));
    }
  }

  bool parse_number(JsonValue& v) {
    v.type = JsonValue::Type::number;
    std::size_t start = i_;
    auto digits = [&] {
      std::size_t n = 0;
      while (i_ < s_.size() && s_[i_] >= '0' && s_[i_] <= '9') ++i_, ++n;
      return n;
    };
    if (s_[i_] == '-') ++i_;
    if (i_ < s_.size() && s_[i_] == '0') {
      ++i_;
    } else if (digits() == 0) {
      return fail("expected a digit in number");
    }
    if (i_ < s_.size() && s_[i_] == '.') {
      ++i_;
      if (digits() == 0) return fail("expected a digit after '.' in number");
    }
    if (i_ < s_.size() && (s_[i_] == 'e' || s_[i_] == 'E')) {
      ++i_;
      if (i_ < s_.size() && (s_[i_] == '+' || s_[i_] == '-')) ++i_;
      if (digits() == 0) return fail("expected a digit in number exponent");
    }
    if (i_ - start > 64) return fail("number longer than 64 characters");
    v.text.assign(s_.substr(start, i_ - start));
    return true;
  }

  bool parse_hex4(char32_t& out) {
    if (i_ + 4 > s_.size()) return fail("expected 4 hex digits after \\u");
    out = 0;
    for (int k = 0; k < 4; ++k) {
      char c = s_[i_];
      out <<= 4;
      if (c >= '0' && c <= '9') out |= static_cast<char32_t>(c - '0');
      else if (c >= 'a' && c <= 'f') out |= static_cast<char32_t>(c - 'a' + 10);
      else if (c >= 'A' && c <= 'F') out |= static_cast<char32_t>(c - 'A' + 10);
      else return fail("expected 4 hex digits after \\u");  // at the offending character
      ++i_;
    }
    return true;
  }

  bool parse_escape(std::string& out) {
    if (i_ >= s_.size()) return fail("unterminated string");
    char c = s_[i_++];
    switch (c) {
      case '"': out += '"'; return true;
      case '\\': out += '\\'; return true;
      case '/': out += '/'; return true;
      case 'b': out += '\b'; return true;
      case 'f': out += '\f'; return true;
      case 'n': out += '\n'; return true;
      case 'r': out += '\r'; return true;
      case 't': out += '\t'; return true;
      case 'u': break;
      default: --i_; return fail(fmt::format("invalid escape '\\{}' in string", c));
    }
    char32_t cp = 0;
    if (!parse_hex4(cp)) return false;
    if (cp >= 0xD800 && cp <= 0xDBFF) {
      char32_t low = 0;
      if (s_.substr(i_, 2) != "\\u") return fail("expected a low surrogate after \\u" );
      i_ += 2;
      if (!parse_hex4(low)) return false;
      if (low < 0xDC00 || low > 0xDFFF) return fail("invalid low surrogate in \\u escape");
      cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
    } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
      return fail("unpaired low surrogate in \\u escape");
    }
    text::append_utf8(out, cp);
    return true;
  }

  bool parse_string(std::string& out) {
    TextPos open = here();
    ++i_;
    while (i_ < s_.size()) {
      auto c = static_cast<unsigned char>(s_[i_]);
      if (c == '"') {
        ++i_;
        return true;
      }
      if (out.size() >= kMaxFieldBytes) return fail("string longer than 1 MiB (the limit for one value)");
      if (c == '\\') {
        if (i_ + 1 >= s_.size()) break;  // a final backslash: unterminated, like any other
        ++i_;
        if (!parse_escape(out)) return false;
      } else if (c < 0x20) {
        return fail(fmt::format("control character 0x{:02x} in string; expected it escaped", c));
      } else if (c < 0x80) {
        out += static_cast<char>(c);
        ++i_;
      } else {
        std::size_t start = i_;
        char32_t cp = text::next_code_point(s_, i_);
        if (cp == 0xFFFD && s_.substr(start, 3) != "\xEF\xBF\xBD") {
          i_ = start;
          return fail("invalid UTF-8 in string");
        }
        out.append(s_.substr(start, i_ - start));
      }
    }
    error_ = {open, "unterminated string"};
    return false;
  }

  std::string_view s_;
  std::size_t i_ = 0;
  std::size_t line_ = 1;
  std::size_t line_start_ = 0;
  JsonError error_;
};

}  // namespace

const JsonValue* JsonValue::find(std::string_view key) const {
  for (const auto& [k, v] : members) {
    if (k == key) return &v;
  }
  return nullptr;
}

std::string_view to_string(JsonValue::Type t) {
  switch (t) {
    case JsonValue::Type::null: return "null";
    case JsonValue::Type::boolean: return "a boolean";
    case JsonValue::Type::number: return "a number";
    case JsonValue::Type::string: return "a string";
    case JsonValue::Type::array: return "an array";
    case JsonValue::Type::object: return "an object";
  }
  return "a value";
}

std::optional<JsonValue> parse_json_text(std::string_view text, JsonError& error) {
  return Parser(text).parse_document(error);
}

}  // namespace chainrisk::io
