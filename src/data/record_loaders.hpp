#pragma once

#include <nlohmann/json.hpp>

#include <string>

#include "chainrisk/model/graph.hpp"

namespace chainrisk::data {

// Where records go and how to name them in errors.
struct LoadContext {
  model::Graph& graph;
  const std::string& file;  // for messages: "data/countries.json"
  model::DatasetId dataset;
  std::uint32_t record = 0;  // index of the record being read
};

// Each reads the `records` array of one dataset of its kind (dataset-format.md) into the
// graph, checking every reference against what is loaded. Throws DatasetError.
void load_countries(const nlohmann::json& records, LoadContext& ctx);
void load_regions(const nlohmann::json& records, LoadContext& ctx);
void load_commodities(const nlohmann::json& records, LoadContext& ctx);
void load_relations(const nlohmann::json& records, LoadContext& ctx);
void load_findings(const nlohmann::json& records, LoadContext& ctx);
void load_tiers(const nlohmann::json& records, LoadContext& ctx);
void load_trade(const nlohmann::json& records, LoadContext& ctx);
void load_entities(const nlohmann::json& records, LoadContext& ctx);
void load_certifications(const nlohmann::json& records, LoadContext& ctx);

}  // namespace chainrisk::data
