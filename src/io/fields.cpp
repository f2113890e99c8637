#include "chainrisk/io/bom.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdlib>
#include <string>
#include <system_error>

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
  // The number without its grouping and currency marks; real amounts fit the stack buffer.
  std::array<char, 64> small{};
  std::string large;
  char* digits = small.data();
  if (raw.size() > small.size()) {
    large.resize(raw.size());
    digits = large.data();
  }
  std::size_t n = 0;
  for (char c : raw) {
    if ((c >= '0' && c <= '9') || c == '.' || c == '-' || c == 'e' || c == 'E') digits[n++] = c;
    else if (c != ',' && c != ' ' && c != '$' && c != '\'') return std::nullopt;
  }
  if (n == 0) return std::nullopt;
  // from_chars reads what strtod reads here (no sign '+', spaces, hex or words get this far)
  // without strtod's locale and copy; out of range, strtod says what 1e-999 and 1e999 are.
  double v = 0;
  auto [end, ec] = std::from_chars(digits, digits + n, v);
  if (ec == std::errc::result_out_of_range) {
    std::string text(digits, n);
    char* stop = nullptr;
    v = std::strtod(text.c_str(), &stop);
    end = digits + (stop - text.c_str());
    ec = std::errc();
  }
  // Also refuses NaN, negative amounts and 1e999 (infinity).
  if (ec != std::errc() || end != digits + n || !(v >= 0) || v > 1e18) return std::nullopt;
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
