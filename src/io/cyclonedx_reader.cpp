// CycloneDX 1.4–1.6 JSON (bom-format.md): every component, recursively, is a BOM line.
// `name`/`description` give the description, `supplier.name` or `manufacturer.name` the
// supplier, `chainrisk:<field>` properties the other fields; nesting and `dependencies`
// give parents.
#include <fmt/format.h>

#include <unordered_map>

#include "json_bom.hpp"

namespace chainrisk::io {
namespace {

constexpr std::string_view kPropertyPrefix = "chainrisk:";

const JsonValue* string_member(const JsonValue& obj, std::string_view key) {
  const JsonValue* v = obj.find(key);
  return v && v->is_string() && !v->text.empty() ? v : nullptr;
}

// Set `f` from a CycloneDX-native value unless a property already gave it.
void set_native(BomLine& line, Field f, const JsonValue* v) {
  if (v && line.get(f).empty()) line.cell(f) = {v->text, v->pos};
}

class CycloneDxReader {
 public:
  CycloneDxReader(BomFile& out, Diagnostics& diag) : out_(out), diag_(diag) {}

  void read(const JsonValue& doc) {
    check_version(doc);
    const JsonValue* comps = doc.find("components");
    if (!comps) {
      diag_.warning(out_.name, doc.pos, "CycloneDX document has no components; nothing to scan");
      return;
    }
    if (!comps->is_array()) {
      diag_.error(out_.name, comps->pos,
                  fmt::format("'components': expected an array, got {}", to_string(comps->type)));
      out_.fatal = true;
      return;
    }
    walk(*comps, "");
    apply_dependencies(doc);
  }

 private:
  void check_version(const JsonValue& doc) {
    const JsonValue* v = doc.find("specVersion");
    if (!v || !v->is_string()) return;
    if (v->text != "1.4" && v->text != "1.5" && v->text != "1.6") {
      diag_.warning(out_.name, v->pos,
                    fmt::format("CycloneDX specVersion '{}'; chainrisk reads 1.4 to 1.6", v->text));
    }
  }

  // Nesting is bounded by the JSON parser's depth limit. Children of a rejected component
  // are still lines of the BOM: they are read, with the component's bom-ref as parent.
  void walk(const JsonValue& comps, const std::string& parent) {
    for (const auto& c : comps.items) {
      std::string ref = add_component(c, parent);
      const JsonValue* children = c.is_object() ? c.find("components") : nullptr;
      if (!children) continue;
      if (!children->is_array()) {
        diag_.error(out_.name, children->pos,
                    fmt::format("'components': expected an array, got {}", to_string(children->type)));
        continue;
      }
      if (ref.empty()) {
        if (const JsonValue* own = string_member(c, "bom-ref")) ref = own->text;
      }
      walk(*children, ref);
    }
  }

  // Read one component; returns its reference ("" when the component was rejected).
  std::string add_component(const JsonValue& c, const std::string& parent) {
    ++out_.rows_read;
    if (!c.is_object()) {
      diag_.error(out_.name, c.pos,
                  fmt::format("component: expected an object, got {}", to_string(c.type)));
      ++out_.rows_rejected;
      return "";
    }
    BomLine line;
    line.line = c.pos.line;
    bool ok = read_properties(c, line);
    set_native(line, Field::id, string_member(c, "bom-ref"));
    set_description(c, line);
    for (std::string_view org : {"supplier", "manufacturer"}) {
      const JsonValue* o = c.find(org);
      if (!o || !o->is_object()) continue;
      set_native(line, Field::supplier, string_member(*o, "name"));
      if (const JsonValue* addr = o->find("address"); addr && addr->is_object()) {
        set_native(line, Field::supplier_country, string_member(*addr, "country"));
      }
    }
    if (!parent.empty() && line.get(Field::parent).empty()) line.cell(Field::parent).value = parent;
    if (!ok || !check_line_identity(line, out_.name, diag_)) {
      ++out_.rows_rejected;
      return "";
    }
    std::string ref = line.get(Field::id).empty() ? line.get(Field::description) : line.get(Field::id);
    index_.emplace(ref, out_.lines.size());
    out_.lines.push_back(std::move(line));
    return ref;
  }

  void set_description(const JsonValue& c, BomLine& line) {
    if (!line.get(Field::description).empty()) return;
    const JsonValue* name = string_member(c, "name");
    const JsonValue* desc = string_member(c, "description");
    if (name && desc && desc->text != name->text) {
      line.cell(Field::description) = {name->text + " - " + desc->text, name->pos};
    } else {
      set_native(line, Field::description, name ? name : desc);
    }
  }

  bool read_properties(const JsonValue& c, BomLine& line) {
    const JsonValue* props = c.find("properties");
    if (!props || !props->is_array()) return true;
    bool ok = true;
    auto field_of = [](std::string_view key) -> std::optional<Field> {
      if (key.substr(0, kPropertyPrefix.size()) != kPropertyPrefix) return std::nullopt;
      return parse_field(key.substr(kPropertyPrefix.size()));
    };
    // The property that set a field first, for the "given twice" message.
    auto first_key = [&](Field f) {
      for (const auto& p : props->items) {
        const JsonValue* name = p.is_object() ? string_member(p, "name") : nullptr;
        if (name && field_of(name->text) == f) return name->text;
      }
      return std::string(to_string(f));
    };
    for (const auto& p : props->items) {
      const JsonValue* name = p.is_object() ? string_member(p, "name") : nullptr;
      const JsonValue* value = name ? p.find("value") : nullptr;
      if (!value) continue;
      if (auto f = field_of(name->text)) {
        ok = set_json_field(line, *f, *value, name->text, first_key, out_.name, diag_) && ok;
        continue;
      }
      if (auto text = json_scalar_text(*value)) line.extra.emplace_back(name->text, *text);
    }
    return ok;
  }

  // `dependencies`: {"ref": A, "dependsOn": [B, ...]} makes A the parent of B, unless B
  // already has a parent from nesting or a property.
  void apply_dependencies(const JsonValue& doc) {
    const JsonValue* deps = doc.find("dependencies");
    if (!deps || !deps->is_array()) return;
    for (const auto& d : deps->items) {
      const JsonValue* ref = d.is_object() ? string_member(d, "ref") : nullptr;
      const JsonValue* on = ref ? d.find("dependsOn") : nullptr;
      if (!on || !on->is_array() || !index_.count(ref->text)) continue;
      for (const auto& child : on->items) {
        auto it = child.is_string() ? index_.find(child.text) : index_.end();
        if (it == index_.end()) continue;
        Cell& parent = out_.lines[it->second].cell(Field::parent);
        if (parent.value.empty()) parent = {ref->text, child.pos};
      }
    }
  }

  BomFile& out_;
  Diagnostics& diag_;
  std::unordered_map<std::string, std::size_t> index_;
};

}  // namespace

void read_cyclonedx(const JsonValue& doc, BomFile& out, Diagnostics& diag) {
  out.format = BomFormat::cyclonedx;
  CycloneDxReader(out, diag).read(doc);
}

}  // namespace chainrisk::io
