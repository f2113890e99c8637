// A deliberately small XML reader: enough for element-and-text documents such as the DOL
// List of Goods XML (no namespaces, DTDs or attribute values needed). Bounded nesting.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "chainrisk/io/limits.hpp"
#include "chainrisk/io/table.hpp"
#include "chainrisk/text/utf8.hpp"

namespace chainrisk::io {
namespace {

class XmlParser {
 public:
  explicit XmlParser(std::string_view s) : s_(s) {}

  std::optional<XmlElement> document(TextPos& error_pos, std::string& error) {
    skip_misc();
    XmlElement root;
    bool ok = i_ < s_.size() && s_[i_] == '<' && element(root, 0);
    if (ok) {
      skip_misc();
      if (i_ < s_.size()) ok = fail("expected the end of the document after the root element");
    } else if (error_.empty()) {
      fail("expected a root element");
    }
    if (!ok) {
      error_pos = error_pos_;
      error = error_;
      return std::nullopt;
    }
    return root;
  }

 private:
  TextPos here() const { return {line_, i_ - line_start_ + 1}; }

  bool fail(std::string message) {
    if (error_.empty()) {
      error_ = std::move(message);
      error_pos_ = here();
    }
    return false;
  }

  void advance() {
    if (s_[i_] == '\n') {
      ++line_;
      line_start_ = i_ + 1;
    }
    ++i_;
  }

  bool starts(std::string_view p) const { return s_.substr(i_, p.size()) == p; }

  // Skip up to and past `end`; false when the document ends first.
  bool skip_past(std::string_view end) {
    while (i_ < s_.size() && !starts(end)) advance();
    if (i_ >= s_.size()) return fail(fmt::format("expected '{}' before the end of the document", end));
    for (std::size_t k = 0; k < end.size(); ++k) advance();
    return true;
  }

  // Whitespace, comments, processing instructions and a doctype between elements.
  void skip_misc() {
    while (i_ < s_.size()) {
      if (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\r' || s_[i_] == '\n') advance();
      else if (starts("<?")) { if (!skip_past("?>")) return; }
      else if (starts("<!--")) { if (!skip_past("-->")) return; }
      else if (starts("<!DOCTYPE")) { if (!skip_past(">")) return; }
      else return;
    }
  }

  std::string name() {
    std::size_t start = i_;
    while (i_ < s_.size() && (std::isalnum(static_cast<unsigned char>(s_[i_])) || s_[i_] == '_' || s_[i_] == '-' ||
                              s_[i_] == '.' || s_[i_] == ':' || static_cast<unsigned char>(s_[i_]) >= 0x80)) {
      advance();
    }
    return std::string(s_.substr(start, i_ - start));
  }

  bool entity(std::string& out) {
    std::size_t semi = s_.find(';', i_);
    if (semi == std::string_view::npos || semi - i_ > 12) return fail("expected an entity such as &amp;");
    std::string_view e = s_.substr(i_ + 1, semi - i_ - 1);
    if (e == "amp") out += '&';
    else if (e == "lt") out += '<';
    else if (e == "gt") out += '>';
    else if (e == "quot") out += '"';
    else if (e == "apos") out += '\'';
    else if (e.size() > 1 && e[0] == '#') {
      bool hex = e[1] == 'x';
      char32_t cp = 0;
      for (char c : e.substr(hex ? 2 : 1)) {
        int d = std::isdigit(static_cast<unsigned char>(c)) ? c - '0' : hex && std::isxdigit(static_cast<unsigned char>(c)) ? (std::tolower(c) - 'a' + 10) : -1;
        if (d < 0 || cp > 0x10FFFF) return fail(fmt::format("invalid character reference &{};", e));
        cp = cp * (hex ? 16 : 10) + static_cast<char32_t>(d);
      }
      if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return fail(fmt::format("invalid character reference &{};", e));
      text::append_utf8(out, cp);
    } else {
      return fail(fmt::format("unknown entity &{};", e));
    }
    while (i_ <= semi) advance();
    return true;
  }

  bool content(XmlElement& el, std::size_t depth) {
    while (i_ < s_.size()) {
      if (starts("</")) return true;
      if (starts("<!--")) { if (!skip_past("-->")) return false; continue; }
      if (starts("<![CDATA[")) {
        std::size_t end = s_.find("]]>", i_);
        if (end == std::string_view::npos) return fail("unterminated CDATA section");
        el.text.append(s_.substr(i_ + 9, end - i_ - 9));
        while (i_ < end + 3) advance();
        continue;
      }
      if (starts("<?")) { if (!skip_past("?>")) return false; continue; }
      if (s_[i_] == '<') {
        XmlElement child;
        if (!element(child, depth + 1)) return false;
        el.children.push_back(std::move(child));
        continue;
      }
      if (s_[i_] == '&') {
        if (!entity(el.text)) return false;
        continue;
      }
      if (el.text.size() > kMaxFieldBytes) return fail("text longer than 1 MiB");
      el.text += s_[i_];
      advance();
    }
    return fail(fmt::format("expected </{}> before the end of the document", el.name));
  }

  bool element(XmlElement& el, std::size_t depth) {
    if (depth >= kMaxJsonDepth) return fail(fmt::format("XML nested deeper than {} levels", kMaxJsonDepth));
    el.pos = here();
    advance();  // '<'
    el.name = name();
    if (el.name.empty()) return fail("expected an element name after '<'");
    // Attributes are not needed: skip to the end of the tag, minding quoted values.
    char quote = 0;
    while (i_ < s_.size() && (quote || (s_[i_] != '>' && !starts("/>")))) {
      if (quote && s_[i_] == quote) quote = 0;
      else if (!quote && (s_[i_] == '"' || s_[i_] == '\'')) quote = s_[i_];
      advance();
    }
    if (i_ >= s_.size()) return fail(fmt::format("expected '>' to close <{}", el.name));
    if (starts("/>")) {
      advance();
      advance();
      return true;
    }
    advance();  // '>'
    if (!content(el, depth)) return false;
    advance();  // '<'
    advance();  // '/'
    std::string closing = name();
    if (closing != el.name) return fail(fmt::format("expected </{}>, got </{}>", el.name, closing));
    while (i_ < s_.size() && s_[i_] != '>') advance();
    if (i_ >= s_.size()) return fail(fmt::format("expected '>' to close </{}", el.name));
    advance();
    return true;
  }

  std::string_view s_;
  std::size_t i_ = 0, line_ = 1, line_start_ = 0;
  std::string error_;
  TextPos error_pos_;
};

std::string trimmed(std::string_view s) {
  auto b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return {};
  return std::string(s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1));
}

}  // namespace

const XmlElement* XmlElement::child(std::string_view n) const {
  for (const auto& c : children) {
    if (c.name == n) return &c;
  }
  return nullptr;
}

std::string XmlElement::child_text(std::string_view n) const {
  const auto* c = child(n);
  return c ? trimmed(c->text) : std::string();
}

std::optional<XmlElement> parse_xml(std::string_view text, TextPos& error_pos, std::string& error) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  if (auto bad = text::find_invalid_utf8(text)) {
    std::size_t line = 1 + static_cast<std::size_t>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(*bad), '\n'));
    std::size_t nl = text.substr(0, *bad).rfind('\n');
    error_pos = {line, nl == std::string_view::npos ? *bad + 1 : *bad - nl};
    error = "invalid UTF-8; expected a UTF-8 XML document";
    return std::nullopt;
  }
  return XmlParser(text).document(error_pos, error);
}

}  // namespace chainrisk::io
