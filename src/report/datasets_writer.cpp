#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>

#include "chainrisk/report/datasets.hpp"
#include "chainrisk/report/escape.hpp"

namespace chainrisk::report {

void write_datasets_table(const std::vector<model::DatasetInfo>& datasets, std::ostream& out) {
  using Row = std::array<std::string, 7>;
  std::vector<Row> rows{{"ID", "VERSION", "PUBLISHED", "RECORDS", "PUBLISHER", "SOURCE", "SHA256"}};
  for (const auto& d : datasets) {
    rows.push_back({d.id, d.version, d.published, std::to_string(d.records),
                    truncate_to_width(terminal_safe(d.publisher), 40), terminal_safe(d.source),
                    d.sha256.substr(0, 12)});
  }
  std::array<std::size_t, 7> w{};
  for (const auto& r : rows) {
    for (std::size_t c = 0; c < w.size(); ++c) w[c] = std::max(w[c], display_width(r[c]));
  }
  for (const auto& r : rows) {
    std::string line;
    for (std::size_t c = 0; c < w.size(); ++c) {
      line += r[c];
      if (c + 1 < w.size()) line.append(w[c] - display_width(r[c]) + 2, ' ');
    }
    out << line << '\n';
  }
}

void write_datasets_json(const std::vector<model::DatasetInfo>& datasets, std::ostream& out) {
  auto list = nlohmann::ordered_json::array();
  for (const auto& d : datasets) {
    list.push_back({{"id", d.id}, {"version", d.version}, {"published", d.published},
                    {"publisher", d.publisher}, {"records", d.records}, {"source", d.source},
                    {"sha256", d.sha256}, {"kind", d.kind}, {"license", d.license},
                    {"location", d.location}});
  }
  out << list.dump(2) << '\n';
}

}  // namespace chainrisk::report
