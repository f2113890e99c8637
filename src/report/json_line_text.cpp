// The JSON report's line objects written straight to text, without building a DOM per line:
// on large BOMs building, dumping and freeing an nlohmann object per line was most of the
// time of a scan (perf). The text is exactly what line_json(l).dump() gives (a test
// compares the two); evidence shared by many lines is rendered once.
#include "json_line_text.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>

#include "chainrisk/text/utf8.hpp"
#include "json_lines.hpp"

namespace chainrisk::report {
namespace {

using Json = nlohmann::ordered_json;

void append_unsigned(std::string& out, std::size_t v) {
  std::array<char, 24> buf;
  auto r = std::to_chars(buf.data(), buf.data() + buf.size(), v);
  out.append(buf.data(), r.ptr);
}

// Bytes a JSON string cannot hold as they are: control characters, quote, backslash; and
// bytes above ASCII, which need the UTF-8 check.
constexpr std::array<bool, 256> kSpecial = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 256; ++c) t[c] = c < 0x20 || c == '"' || c == '\\' || c >= 0x80;
  return t;
}();

// As nlohmann writes a string: UTF-8 kept, control characters escaped. Runs of plain bytes
// are appended at once; invalid UTF-8 (readers reject it) is replaced as dump() would.
void append_json_string(std::string& out, std::string_view s) {
  static constexpr char kHex[] = "0123456789abcdef";
  bool checked = false;
  out += '"';
  std::size_t run = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    auto u = static_cast<unsigned char>(s[i]);
    if (!kSpecial[u]) continue;
    if (u >= 0x80) {
      if (!checked && text::find_invalid_utf8(s)) {
        out.pop_back();
        out += Json(std::string(s)).dump(-1, ' ', false, Json::error_handler_t::replace);
        return;
      }
      checked = true;
      continue;
    }
    out.append(s.data() + run, i - run);
    run = i + 1;
    switch (u) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        out += "\\u00";
        out += kHex[u >> 4];
        out += kHex[u & 15];
    }
  }
  out.append(s.data() + run, s.size() - run);
  out += '"';
}

// nlohmann's own Grisu2 conversion, as dump() uses it: "15.0", "1268.01".
void append_json_number(std::string& out, double v) {
  if (!std::isfinite(v)) {
    out += "null";
    return;
  }
  std::array<char, 64> buf;
  char* end = nlohmann::detail::to_chars(buf.data(), buf.data() + buf.size(), v);
  out.append(buf.data(), end);
}

class LineText {
 public:
  LineText(std::string& out, std::string_view first) : out_(out) {
    out_ += '{';
    out_ += first;
    first_ = first.empty();
  }

  void key(std::string_view k) {  // keys are plain ASCII names
    if (!first_) out_ += ',';
    first_ = false;
    out_ += '"';
    out_ += k;
    out_ += "\":";
  }
  void str(std::string_view k, std::string_view v) {
    key(k);
    append_json_string(out_, v);
  }
  void str_or_null(std::string_view k, std::string_view v) {
    key(k);
    if (v.empty()) out_ += "null";
    else append_json_string(out_, v);
  }
  void opt_or_null(std::string_view k, const std::optional<std::string>& v) {
    key(k);
    if (v) append_json_string(out_, *v);
    else out_ += "null";
  }
  void raw(std::string_view k, std::string_view text) {
    key(k);
    out_ += text;
  }
  void strings(std::string_view k, const std::vector<std::string>& v) {
    key(k);
    out_ += '[';
    for (std::size_t i = 0; i < v.size(); ++i) {
      if (i) out_ += ',';
      append_json_string(out_, v[i]);
    }
    out_ += ']';
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
    out_ += '{';
    for (std::size_t i = 0; i < unique.size(); ++i) {
      if (i) out_ += ',';
      append_json_string(out_, unique[i].first);
      out_ += ':';
      append_json_string(out_, unique[i].second);
    }
    out_ += '}';
  }
  void end() { out_ += '}'; }

 private:
  std::string& out_;
  bool first_ = true;
};

}  // namespace

void LineTextWriter::append_signals(std::string& out, const score::SignalList& signals) {
  out += '[';
  bool first = true;
  for (const auto& p : signals.pointers()) {
    if (!first) out += ',';
    first = false;
    auto it = signals_.find(p.get());
    if (it == signals_.end()) {
      if (cached_bytes_ > kMaxCachedBytes) {
        signals_.clear();
        cached_bytes_ = 0;
      }
      std::string text = signal_json(*p).dump(-1, ' ', false, Json::error_handler_t::replace);
      cached_bytes_ += text.size() + sizeof(void*) * 8;
      it = signals_.emplace(p.get(), std::make_pair(p, std::move(text))).first;
    }
    out += it->second.second;
  }
  out += ']';
}

void LineTextWriter::append(std::string& out, const score::LineReport& l, std::string_view first) {
  LineText t(out, first);
  t.str("file", l.file);
  t.key("line");
  append_unsigned(out, l.line);
  t.str_or_null("id", l.id);
  t.str_or_null("description", l.description);
  t.str_or_null("material", l.material);
  t.opt_or_null("commodity", l.commodity);
  t.opt_or_null("origin", l.origin);
  t.opt_or_null("region", l.region);
  t.str_or_null("supplier", l.supplier);
  t.opt_or_null("supplier_country", l.supplier_country);
  t.key("score");
  append_json_number(out, std::round(l.score * 10.0) / 10.0);
  t.str("level", score::to_string(l.level));
  t.raw("suppressed", l.suppressed ? "true" : "false");
  t.str_or_null("suppressed_reason", l.suppressed_reason);
  t.str_or_null("suppressed_by", l.suppressed_by);
  t.key("signals");
  append_signals(out, l.signals());
  t.str_or_null("parent", l.parent);
  t.str_or_null("hs_code", l.hs_code);
  t.str_or_null("commodity_via", l.commodity_via);
  t.str_or_null("quantity", l.quantity);
  t.str_or_null("unit", l.unit);
  if (l.spend) {
    t.key("spend");
    append_json_number(out, *l.spend);
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
