#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

#include "chainrisk/model/graph.hpp"
#include "chainrisk/score/level.hpp"

namespace chainrisk::score {

// Every weight and threshold of the scoring method in one place (methodology.md). The
// defaults are the published method; `--policy FILE` overrides any subset.
struct Policy {
  double finding_forced = 0.7;       // a forced-labor finding for M in O
  double finding_child = 0.6;        // a child-labor-only finding for M in O
  double region_presumption = 1.0;   // R is a presumption region (forces critical)
  double tier1 = 0.0, tier2 = 0.15, tier2_watch_list = 0.3, tier3 = 0.5, special_case = 0.3;
  double unresolved = 0.0;           // reported and counted, adds nothing
  double entity_match = 1.0;         // supplier is a listed entity (forces critical)
  double entity_possible = 0.6;      // supplier resembles a listed entity
  double entity_exact_at = 0.93;     // name similarity from which a match is the entity
  double entity_review_at = 0.75;    // ... and from which it is a possible match
  double traceability_gap = 0.2;     // origin unknown for a commodity with any finding
  double certification_factor = 0.5; // a recognised certification scales non-forcing weights
  // Upstream: inputs reached through the commodity graph (methodology.md `upstream`).
  double upstream_decay = 0.8;       // per level of depth
  int upstream_max_depth = 4;        // levels walked below the line's commodity
  double upstream_min_weight = 0.01; // weaker upstream signals are not reported
  Level unresolved_level = Level::low;  // least level of a line with an unresolved value
  double critical_at = 90, high_at = 60, medium_at = 30;  // score thresholds of the levels

  double tier_weight(model::Tier t) const;
  // The level of a score (0–100), without forcing signals.
  Level level_for(double score) const;
};

// Parse a policy file's JSON (see docs/methodology.md for the keys). Unknown keys and
// out-of-range values throw UsageError naming `name` and the key.
Policy parse_policy(std::string_view json_text, const std::string& name);
// Read and parse the policy file at `path`; throws UsageError when unreadable or invalid.
Policy load_policy_file(const std::string& path);
// The policy as the JSON a policy file holds (used by docs and tests).
nlohmann::json policy_to_json(const Policy& p);

}  // namespace chainrisk::score
