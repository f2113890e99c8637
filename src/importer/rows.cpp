#include "rows.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "chainrisk/io/table.hpp"

namespace chainrisk::importer {

const std::string& Row::get(const std::string& field) const {
  static const std::string kEmpty;
  auto it = fields.find(field);
  return it == fields.end() ? kEmpty : it->second.value;
}

TextPos Row::pos(const std::string& field) const {
  auto it = fields.find(field);
  return it == fields.end() || it->second.pos.line == 0 ? TextPos{line, 0} : it->second.pos;
}

std::vector<Row> csv_rows(std::string_view text, const std::string& name, const std::vector<FieldSpec>& spec,
                          Diagnostics& diag) {
  auto table = io::read_csv_table(text, name, diag);
  if (table.fatal) return {};
  std::map<std::string, std::size_t> columns;
  for (const auto& f : spec) {
    std::optional<std::size_t> c;
    for (auto col : f.columns) {
      if ((c = table.column({col}))) break;
    }
    if (c) {
      columns[f.field] = *c;
    } else if (f.required) {
      diag.error(name, {1, 1}, fmt::format("no '{}' column; expected a header naming one of: {}", f.field,
                                           fmt::join(f.columns, ", ")));
    }
  }
  std::vector<Row> rows;
  for (const auto& r : table.rows) {
    Row row{r.line, {}};
    for (const auto& [field, c] : columns) row.fields[field] = r.cells[c];
    rows.push_back(std::move(row));
  }
  return rows;
}

std::vector<Row> dol_xml_rows(std::string_view text, const std::string& name, Diagnostics& diag) {
  TextPos pos;
  std::string error;
  auto root = io::parse_xml(text, pos, error);
  if (!root) {
    diag.error(name, pos, error);
    return {};
  }
  std::vector<Row> rows;
  for (const auto& good : root->children) {
    if (good.name != "Good") continue;
    const auto* countries = good.child("Countries");
    if (!countries) continue;
    for (const auto& c : countries->children) {
      if (c.name != "Country") continue;
      Row row{c.pos.line, {}};
      auto set = [&](const char* field, const io::XmlElement& from, const char* tag) {
        const auto* e = from.child(tag);
        row.fields[field] = {from.child_text(tag), e ? e->pos : c.pos};
      };
      set("good", good, "Good_Name");
      set("sector", good, "Good_Sector");
      set("country", c, "Country_Name");
      set("child", c, "Child_Labor");
      set("forced", c, "Forced_Labor");
      set("forced_child", c, "Forced_Child_Labor");
      set("derived", c, "Derived_Labor_Exploitation");
      set("derived_country", c, "Derived_Country");
      rows.push_back(std::move(row));
    }
  }
  if (rows.empty()) diag.error(name, {1, 1}, "no <Good><Countries><Country> entries; expected the DOL List of Goods XML");
  return rows;
}

}  // namespace chainrisk::importer
