#include "chainrisk/score/policy.hpp"

#include <fmt/format.h>

#include <cstdint>

#include <fstream>
#include <sstream>

#include "chainrisk/error.hpp"

namespace chainrisk::score {
namespace {

using nlohmann::json;

// A weight slot of the policy file: JSON path under "weights" and the member it sets.
struct WeightKey {
  const char* key;
  double Policy::*member;
};
constexpr WeightKey kWeights[] = {
    {"finding_forced", &Policy::finding_forced}, {"finding_child", &Policy::finding_child},
    {"region_presumption", &Policy::region_presumption}, {"unresolved", &Policy::unresolved},
    {"entity", &Policy::entity_match}, {"entity_possible", &Policy::entity_possible},
    {"traceability_gap", &Policy::traceability_gap}, {"certification_factor", &Policy::certification_factor},
};
constexpr WeightKey kEntity[] = {
    {"exact", &Policy::entity_exact_at}, {"review", &Policy::entity_review_at},
};
constexpr WeightKey kUpstream[] = {
    {"decay", &Policy::upstream_decay}, {"min_weight", &Policy::upstream_min_weight},
};
constexpr WeightKey kTiers[] = {
    {"1", &Policy::tier1}, {"2", &Policy::tier2}, {"2WL", &Policy::tier2_watch_list},
    {"3", &Policy::tier3}, {"special", &Policy::special_case},
};
constexpr WeightKey kLevels[] = {
    {"critical", &Policy::critical_at}, {"high", &Policy::high_at}, {"medium", &Policy::medium_at},
};

[[noreturn]] void fail(const std::string& name, const std::string& path, const std::string& msg) {
  throw UsageError(fmt::format("{}: {}: {}", name, path, msg));
}

template <std::size_t N>
std::string key_list(const WeightKey (&keys)[N]) {
  std::string out;
  for (const auto& k : keys) out += (out.empty() ? "" : ", ") + std::string(k.key);
  return out;
}

// Set members from the numbers of `obj`, each within [lo, hi].
template <std::size_t N>
void read_numbers(const json& obj, const WeightKey (&keys)[N], double lo, double hi,
                  Policy& p, const std::string& name, const std::string& path) {
  if (!obj.is_object()) fail(name, path, "expected an object");
  for (const auto& [key, value] : obj.items()) {
    if (path == "/weights" && key == "tier") continue;
    const WeightKey* slot = nullptr;
    for (const auto& k : keys) {
      if (key == k.key) slot = &k;
    }
    if (!slot) fail(name, path + "/" + key, fmt::format("unknown key; expected one of {}", key_list(keys)));
    if (!value.is_number()) fail(name, path + "/" + key, "expected a number");
    double v = value.template get<double>();
    if (v < lo || v > hi) fail(name, path + "/" + key, fmt::format("{} out of range; expected {} to {}", v, lo, hi));
    p.*(slot->member) = v;
  }
}

// "upstream": {"decay": 0.8, "max_depth": 4, "min_weight": 0.01}
void read_upstream(const json& obj, Policy& p, const std::string& name) {
  if (!obj.is_object()) fail(name, "/upstream", "expected an object");
  json numbers = json::object();
  for (const auto& [key, value] : obj.items()) {
    if (key != "max_depth") {
      numbers[key] = value;
      continue;
    }
    if (!value.is_number_integer() || value.get<std::int64_t>() < 0 || value.get<std::int64_t>() > 16) {
      fail(name, "/upstream/max_depth", "expected a whole number from 0 to 16");
    }
    p.upstream_max_depth = value.get<int>();
  }
  read_numbers(numbers, kUpstream, 0.0, 1.0, p, name, "/upstream");
}

}  // namespace

double Policy::tier_weight(model::Tier t) const {
  switch (t) {
    case model::Tier::tier1: return tier1;
    case model::Tier::tier2: return tier2;
    case model::Tier::watch_list: return tier2_watch_list;
    case model::Tier::tier3: return tier3;
    case model::Tier::special: return special_case;
  }
  return 0;
}

Level Policy::level_for(double score) const {
  if (score >= critical_at) return Level::critical;
  if (score >= high_at) return Level::high;
  if (score >= medium_at) return Level::medium;
  if (score > 0) return Level::low;
  return Level::none;
}

Policy parse_policy(std::string_view text, const std::string& name) {
  json doc;
  try {
    doc = json::parse(text);
  } catch (const json::exception& e) {  // parse_error, or out_of_range for 1e999
    std::string what = e.what();
    auto pos = what.find("] ");
    throw UsageError(fmt::format("{}: invalid JSON: {}", name, pos == std::string::npos ? what : what.substr(pos + 2)));
  }
  if (!doc.is_object()) fail(name, "/", "expected a policy object");
  Policy p;
  for (const auto& [key, value] : doc.items()) {
    if (key == "schema") {
      if (value != "chainrisk.policy/v1") fail(name, "/schema", "expected \"chainrisk.policy/v1\"");
    } else if (key == "weights") {
      read_numbers(value, kWeights, 0.0, 1.0, p, name, "/weights");
      if (value.contains("tier")) read_numbers(value["tier"], kTiers, 0.0, 1.0, p, name, "/weights/tier");
    } else if (key == "levels") {
      read_numbers(value, kLevels, 0.0, 100.0, p, name, "/levels");
    } else if (key == "upstream") {
      read_upstream(value, p, name);
    } else if (key == "entity") {
      read_numbers(value, kEntity, 0.0, 1.0, p, name, "/entity");
    } else if (key == "unresolved_level") {
      auto l = value.is_string() ? parse_level(value.get<std::string>()) : std::nullopt;
      if (!l) fail(name, "/unresolved_level", "expected none, low, medium, high or critical");
      p.unresolved_level = *l;
    } else {
      fail(name, "/" + key, "unknown key; expected schema, weights, levels, upstream, entity or unresolved_level");
    }
  }
  if (!(p.medium_at <= p.high_at && p.high_at <= p.critical_at)) {
    fail(name, "/levels", "expected medium <= high <= critical");
  }
  if (!(p.entity_review_at <= p.entity_exact_at)) fail(name, "/entity", "expected review <= exact");
  return p;
}

Policy load_policy_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw UsageError(fmt::format("{}: cannot open the policy file", path));
  std::ostringstream ss;
  ss << in.rdbuf();
  return parse_policy(ss.str(), path);
}

json policy_to_json(const Policy& p) {
  json weights = json::object();
  for (const auto& k : kWeights) weights[k.key] = p.*(k.member);
  json tiers = json::object();
  for (const auto& k : kTiers) tiers[k.key] = p.*(k.member);
  weights["tier"] = tiers;
  json levels = json::object();
  for (const auto& k : kLevels) levels[k.key] = p.*(k.member);
  json upstream = json::object();
  for (const auto& k : kUpstream) upstream[k.key] = p.*(k.member);
  upstream["max_depth"] = p.upstream_max_depth;
  json entity = json::object();
  for (const auto& k : kEntity) entity[k.key] = p.*(k.member);
  return {{"schema", "chainrisk.policy/v1"}, {"weights", weights}, {"levels", levels}, {"upstream", upstream},
          {"entity", entity},
          {"unresolved_level", std::string(to_string(p.unresolved_level))}};
}

}  // namespace chainrisk::score
