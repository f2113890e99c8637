// The JSON report's line objects written straight to text, without building a DOM per line:
// on large BOMs building, dumping and freeing an nlohmann object per line was most of the
// time of a scan (perf). The text is exactly what line_json(l).dump(2) nested in the
// report gives (a test compares the two); evidence shared by many lines is rendered once.
#include "json_line_text.hpp"

#include <algorithm>
#include <cmath>

#include "chainrisk/text/utf8.hpp"
#include "json_lines.hpp"

namespace chainrisk::report {
namespace {

using Json = nlohmann::ordered_json;

// A JSON string as nlohmann writes it (UTF-8 kept, control characters escaped).
void append_string(std::string& out, std::string_view s) {
  if (text::find_invalid_utf8(s)) {  // readers reject it; replace as the DOM path would
    out += Json(std::string(s)).dump(-1, ' ', false, Json::error_handler_t::replace);
    return;
  }
  static constexpr char kHex[] = "0123456789abcdef";
  out += '"';
  for (char c : s) {
    auto u = static_cast<unsigned char>(c);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (u < 0x20) {
          out += "\\u00";
          out += kHex[u >> 4];
          out += kHex[u & 15];
        } else {
          out += c;
        }
    }
  }
  out += '"';
}

void append_double(std::string& out, double v) { out += Json(v).dump(); }

class LineText {
 public:
  LineText(std::string& out, std::string_view indent) : out_(out), indent_(indent) {}

  void key(std::string_view k) {
    out_ += first_ ? "{\n" : ",\n";
    first_ = false;
    out_.append(indent_).append("  ");
    append_string(out_, k);
    out_ += ": ";
  }
  void str(std::string_view k, std::string_view v) {
    key(k);
    append_string(out_, v);
  }
  void str_or_null(std::string_view k, std::string_view v) {
    key(k);
    if (v.empty()) out_ += "null";
    else append_string(out_, v);
  }
  void opt_or_null(std::string_view k, const std::optional<std::string>& v) {
    key(k);
    if (v) append_string(out_, *v);
    else out_ += "null";
  }
  void raw(std::string_view k, std::string_view text) {
    key(k);
    out_ += text;
  }
  void strings(std::string_view k, const std::vector<std::string>& v) {
    key(k);
    if (v.empty()) {
      out_ += "[]";
      return;
    }
    out_ += "[\n";
    for (std::size_t i = 0; i < v.size(); ++i) {
      out_.append(indent_).append("    ");
      append_string(out_, v[i]);
      out_ += i + 1 < v.size() ? ",\n" : "\n";
    }
    out_.append(indent_).append("  ]");
  }
  void pairs(std::string_view k, const std::vector<std::pair<std::string, std::string>>& v) {
    key(k);
    // Duplicate keys keep the first position and the last value, as ordered_json does.
    std::vector<std::pair<std::string_view, std::string_view>> unique;
    for (const auto& column : v) {  // not a structured binding: clang 14 cannot capture one
      auto it = std::find_if(unique.begin(), unique.end(), [&](const auto& u) { return u.first == column.first; });
      if (it == unique.end()) unique.emplace_back(column.first, column.second);
      else it->second = column.second;
    }
    if (unique.empty()) {
      out_ += "{}";
      return;
    }
    out_ += "{\n";
    for (std::size_t i = 0; i < unique.size(); ++i) {
      out_.append(indent_).append("    ");
      append_string(out_, unique[i].first);
      out_ += ": ";
      append_string(out_, unique[i].second);
      out_ += i + 1 < unique.size() ? ",\n" : "\n";
    }
    out_.append(indent_).append("  }");
  }
  void end() { out_.append("\n").append(indent_).append("}"); }

 private:
  std::string& out_;
  std::string_view indent_;
  bool first_ = true;
};

}  // namespace

const std::string& LineTextWriter::signals_text(const score::LineReport& l) {
  const auto* key = l.evidence.get();
  auto it = signals_.find(key);
  if (it != signals_.end()) return it->second;
  // A large BOM has as many distinct evidence sets as distinct resolutions: keep the cache
  // bounded (a cleared entry is only rendered again).
  if (cached_bytes_ > kMaxCachedBytes) {
    signals_.clear();
    cached_bytes_ = 0;
  }
  std::string text = "[]";
  if (!l.signals().empty()) {
    Json arr = Json::array();
    for (const auto& s : l.signals()) arr.push_back(signal_json(s));
    std::string dumped = arr.dump(2, ' ', false, Json::error_handler_t::replace);
    // Nest it under the line's members: every line after the first gains the indent.
    text.clear();
    std::string pad = indent_ + "  ";
    for (std::size_t start = 0; start < dumped.size();) {
      std::size_t nl = dumped.find('\n', start);
      if (nl == std::string::npos) nl = dumped.size() - 1;
      if (start > 0) text += pad;
      text.append(dumped, start, nl + 1 - start);
      start = nl + 1;
    }
  }
  cached_bytes_ += text.size() + sizeof(void*) * 4;
  return signals_.emplace(key, std::move(text)).first->second;
}

void LineTextWriter::append(std::string& out, const score::LineReport& l) {
  LineText t(out, indent_);
  t.str("file", l.file);
  t.raw("line", std::to_string(l.line));
  t.str_or_null("id", l.id);
  t.str_or_null("description", l.description);
  t.str_or_null("material", l.material);
  t.opt_or_null("commodity", l.commodity);
  t.opt_or_null("origin", l.origin);
  t.opt_or_null("region", l.region);
  t.str_or_null("supplier", l.supplier);
  t.opt_or_null("supplier_country", l.supplier_country);
  t.key("score");
  append_double(out, std::round(l.score * 10.0) / 10.0);
  t.str("level", score::to_string(l.level));
  t.raw("suppressed", l.suppressed ? "true" : "false");
  t.str_or_null("suppressed_reason", l.suppressed_reason);
  t.str_or_null("suppressed_by", l.suppressed_by);
  t.raw("signals", signals_text(l));
  t.str_or_null("parent", l.parent);
  t.str_or_null("hs_code", l.hs_code);
  t.str_or_null("commodity_via", l.commodity_via);
  t.str_or_null("quantity", l.quantity);
  t.str_or_null("unit", l.unit);
  if (l.spend) {
    t.key("spend");
    append_double(out, *l.spend);
  } else {
    t.str_or_null("spend", l.spend_text);
  }
  t.str_or_null("currency", l.currency);
  t.str_or_null("weight", l.weight);
  t.str_or_null("supplier_tier", l.supplier_tier);
  t.strings("certifications", l.certifications);
  if (!l.level_from_child.empty()) t.str("level_from_child", l.level_from_child);
  t.pairs("extra", l.extra);
  t.end();
}

}  // namespace chainrisk::report
