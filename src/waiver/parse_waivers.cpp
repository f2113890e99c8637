// Reading a waivers file (cli.md "Waivers file", docs/waivers.md): a JSON list of rules,
// each checked key by key so every problem is reported at its line and column.
#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "chainrisk/text/edit_distance.hpp"
#include "chainrisk/waiver/waivers.hpp"
#include "io/json_file.hpp"
#include "io/json_text.hpp"
#include "io/text_input.hpp"

namespace chainrisk::waiver {
namespace {

using io::JsonValue;

constexpr std::array<std::string_view, 9> kKeys{"id",     "supplier", "commodity", "country", "kind",
                                                "reason", "expires",  "owner",     "note"};
constexpr std::string_view kKeyList = "id, supplier, commodity, country, kind, reason, expires, owner or note";
constexpr std::string_view kKindList =
    "entity, region, finding, upstream, tier, origin-unknown, unresolved or mitigation";

std::string_view trim(std::string_view s) {
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  return s;
}

std::string ascii_case(std::string_view s, bool upper) {
  std::string out(s);
  for (char& c : out) {
    if (upper && c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (!upper && c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string unknown_key_message(std::string_view key) {
  std::string msg = fmt::format("unknown key '{}' ignored; expected {}", key, kKeyList);
  if (auto hint = text::closest_word(key, kKeys)) msg += fmt::format("; did you mean '{}'?", *hint);
  return msg;
}

// Reads one rule object; `ok` turns false at the first error so the rule is left out, but
// every key is still checked so the user sees all problems at once.
class RuleReader {
 public:
  RuleReader(const JsonValue& obj, const std::string& name, Diagnostics& diag)
      : obj_(obj), name_(name), diag_(diag) {
    rule_.file = name;
    rule_.pos = obj.pos;
  }

  std::optional<Waiver> read() {
    for (std::size_t i = 0; i < obj_.members.size(); ++i) read_member(i);
    if (rule_.reason.empty() && !seen("reason")) {
      error(obj_.pos, "waiver has no 'reason'; expected a non-empty string saying why the lines are accepted");
    }
    if (!seen("id") && !seen("supplier") && !seen("commodity") && !seen("country") && !seen("kind")) {
      error(obj_.pos, "waiver has no criteria; expected at least one of id, supplier, commodity, country or kind");
    }
    if (!ok_) return std::nullopt;
    return std::move(rule_);
  }

 private:
  bool seen(std::string_view key) const {
    return std::any_of(obj_.members.begin(), obj_.members.end(), [&](const auto& m) { return m.key == key; });
  }

  void error(TextPos pos, std::string message) {
    diag_.error(name_, pos, std::move(message));
    ok_ = false;
  }

  void read_member(std::size_t i) {
    const auto& m = obj_.members[i];
    if (std::find(kKeys.begin(), kKeys.end(), m.key) == kKeys.end()) {
      diag_.warning(name_, m.value.pos, unknown_key_message(m.key));
      return;
    }
    for (std::size_t j = 0; j < i; ++j) {
      if (obj_.members[j].key == m.key) {
        return error(m.value.pos, fmt::format("'{}' given twice (also at line {}); expected one value", m.key,
                                              obj_.members[j].value.pos.line));
      }
    }
    if (!m.value.is_string()) {
      return error(m.value.pos, fmt::format("'{}': expected a string, got {}", m.key, io::to_string(m.value.type)));
    }
    std::string_view value = trim(m.value.text);
    if (value.empty()) return error(m.value.pos, fmt::format("'{}': expected a non-empty string", m.key));
    set(m.key, value, m.value.pos);
  }

  void set(std::string_view key, std::string_view value, TextPos pos) {
    if (key == "id") rule_.id = value;
    else if (key == "supplier") rule_.supplier = ascii_case(value, false);
    else if (key == "commodity") rule_.commodity = ascii_case(value, false);
    else if (key == "country") set_country(value, pos);
    else if (key == "kind") set_kind(value, pos);
    else if (key == "reason") rule_.reason = value;
    else if (key == "expires") set_expires(value, pos);
    else if (key == "owner") rule_.owner = value;
    else rule_.note = value;
  }

  void set_country(std::string_view value, TextPos pos) {
    bool letters = value.size() == 2 && std::all_of(value.begin(), value.end(), [](char c) {
      return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    });
    if (!letters) {
      return error(pos, fmt::format("'country': \"{}\" is not an ISO 3166-1 alpha-2 code; expected two letters "
                                    "such as \"CN\"", value));
    }
    rule_.country = ascii_case(value, true);
  }

  void set_kind(std::string_view value, TextPos pos) {
    rule_.kind = parse_signal_kind(value);
    if (!rule_.kind) error(pos, fmt::format("'kind': unknown signal kind \"{}\"; expected {}", value, kKindList));
  }

  void set_expires(std::string_view value, TextPos pos) {
    rule_.expires = parse_date(value);
    if (!rule_.expires) {
      error(pos, fmt::format("'expires': \"{}\" is not a date; expected YYYY-MM-DD such as \"2026-12-31\"", value));
    }
  }

  const JsonValue& obj_;
  const std::string& name_;
  Diagnostics& diag_;
  Waiver rule_;
  bool ok_ = true;
};

WaiverSet waivers_from_json(const JsonValue& doc, const std::string& name, Diagnostics& diag, Date today) {
  WaiverSet set;
  if (!doc.is_array()) {
    diag.error(name, doc.pos, fmt::format("expected a list of waiver rules such as [{{\"id\": \"P-104\", "
                                          "\"reason\": \"...\"}}], got {}", io::to_string(doc.type)));
    return set;
  }
  for (const auto& item : doc.items) {
    if (!item.is_object()) {
      diag.error(name, item.pos, fmt::format("expected a waiver rule object, got {}", io::to_string(item.type)));
      continue;
    }
    auto rule = RuleReader(item, name, diag).read();
    if (!rule) continue;
    if (rule->expires && *rule->expires < today) {
      diag.warning(name, rule->pos, fmt::format("waiver expired on {} and no longer applies; renew or remove it "
                                                "(reason: \"{}\")", to_string(*rule->expires), rule->reason));
      continue;
    }
    set.add(std::move(*rule));
  }
  return set;
}

}  // namespace

WaiverSet parse_waivers(std::string_view text, const std::string& name, Diagnostics& diag, Date today) {
  io::JsonError err;
  auto doc = io::parse_json_text(text.substr(io::skip_utf8_bom(text)), err);
  if (!doc) {
    diag.error(name, err.pos, err.message);
    return {};
  }
  return waivers_from_json(*doc, name, diag, today);
}

WaiverSet load_waivers(const std::string& path, Diagnostics& diag, Date today) {
  auto doc = io::read_json_file(path, "waivers file", diag);
  if (!doc) return {};
  return waivers_from_json(*doc, path, diag, today);
}

}  // namespace chainrisk::waiver
