#include "chainrisk/io/bom.hpp"

#include <algorithm>
#include <cstdlib>

namespace chainrisk::io {
namespace {

struct FieldNames {
  Field field;
  std::string_view name;
  // bom-format.md's accepted names, already in match form (lowercase, no ' ', '_', '-').
  std::initializer_list<std::string_view> aliases;
};

const FieldNames kFields[] = {
    {Field::id, "id", {"id", "lineid", "partid", "partnumber", "itemid", "sku", "bomref"}},
    {Field::parent, "parent", {"parent", "parentid", "assembly", "parentpart"}},
    {Field::description, "description", {"description", "partname", "item", "name"}},
    {Field::material, "material", {"material", "commodity", "rawmaterial", "substance"}},
    {Field::hs_code, "hs_code", {"hscode", "hs", "hts", "htscode", "tariffcode"}},
    {Field::supplier, "supplier", {"supplier", "suppliername", "vendor", "vendorname", "manufacturer"}},
    {Field::supplier_country, "supplier_country", {"suppliercountry", "vendorcountry"}},
    {Field::origin, "origin", {"origin", "origincountry", "countryoforigin", "coo"}},
    {Field::region, "region", {"region", "originregion", "province", "state"}},
    {Field::quantity, "quantity", {"quantity", "qty"}},
    {Field::unit, "unit", {"unit", "uom"}},
    {Field::spend, "spend", {"spend", "value", "amount", "cost"}},
    {Field::currency, "currency", {"currency"}},
    {Field::weight, "weight", {"weight", "weightkg", "masskg"}},
    {Field::tier, "tier", {"tier", "suppliertier"}},
    {Field::certifications, "certifications", {"certifications", "certs"}},
};

std::string match_form(std::string_view name) {
  std::string out;
  for (char c : name) {
    if (c == ' ' || c == '_' || c == '-' || c == '\t') continue;
    out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return out;
}

}  // namespace

std::string_view to_string(Field f) { return kFields[static_cast<std::size_t>(f)].name; }

std::optional<Field> parse_field(std::string_view name) {
  std::string key = match_form(name);
  for (const auto& f : kFields) {
    if (std::find(f.aliases.begin(), f.aliases.end(), key) != f.aliases.end()) return f.field;
  }
  return std::nullopt;
}

std::string_view to_string(BomFormat f) {
  switch (f) {
    case BomFormat::csv: return "csv";
    case BomFormat::json: return "json";
    case BomFormat::cyclonedx: return "cyclonedx";
  }
  return "csv";
}

std::optional<double> parse_amount(std::string_view raw) {
  std::string digits;
  for (char c : raw) {
    if ((c >= '0' && c <= '9') || c == '.' || c == '-' || c == 'e' || c == 'E') digits += c;
    else if (c != ',' && c != ' ' && c != '$' && c != '\'') return std::nullopt;
  }
  if (digits.empty()) return std::nullopt;
  char* end = nullptr;
  double v = std::strtod(digits.c_str(), &end);
  // Also refuses NaN, negative amounts and 1e999 (strtod gives infinity).
  if (end != digits.c_str() + digits.size() || !(v >= 0) || v > 1e18) return std::nullopt;
  return v;
}

std::vector<std::string> split_certifications(std::string_view raw) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= raw.size()) {
    std::size_t end = raw.find(';', start);
    if (end == std::string_view::npos) end = raw.size();
    std::string_view item = raw.substr(start, end - start);
    auto b = item.find_first_not_of(" \t");
    if (b != std::string_view::npos) out.emplace_back(item.substr(b, item.find_last_not_of(" \t") - b + 1));
    start = end + 1;
  }
  return out;
}

}  // namespace chainrisk::io
