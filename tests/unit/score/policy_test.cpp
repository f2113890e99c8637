#include <catch2/catch.hpp>

#include "chainrisk/error.hpp"
#include "chainrisk/score/policy.hpp"

using namespace chainrisk;

TEST_CASE("policy: defaults are the weights of methodology.md", "[score][policy]") {
  score::Policy p;
  CHECK(p.finding_forced == 0.7);
  CHECK(p.finding_child == 0.6);
  CHECK(p.region_presumption == 1.0);
  CHECK(p.tier_weight(model::Tier::tier3) == 0.5);
  CHECK(p.tier_weight(model::Tier::watch_list) == 0.3);
  CHECK(p.tier_weight(model::Tier::special) == 0.3);
  CHECK(p.tier_weight(model::Tier::tier2) == 0.15);
  CHECK(p.tier_weight(model::Tier::tier1) == 0.0);
  CHECK(p.unresolved == 0.0);
  CHECK(p.critical_at == 90);
  CHECK(p.high_at == 60);
  CHECK(p.medium_at == 30);
  CHECK(p.traceability_gap == 0.2);
  CHECK(p.certification_factor == 0.5);
  CHECK(p.upstream_decay == 0.8);
}

TEST_CASE("policy: a file overrides only what it names", "[score][policy]") {
  auto p = score::parse_policy(R"({"weights": {"finding_child": 0.65, "tier": {"2WL": 0.4}},
                                   "levels": {"high": 55}, "unresolved_level": "medium"})", "p.json");
  CHECK(p.finding_child == 0.65);
  CHECK(p.finding_forced == 0.7);
  CHECK(p.tier2_watch_list == 0.4);
  CHECK(p.tier3 == 0.5);
  CHECK(p.high_at == 55);
  CHECK(p.unresolved_level == score::Level::medium);
  auto u = score::parse_policy(R"({"upstream": {"max_depth": 2, "decay": 0.5}})", "p.json");
  CHECK(u.upstream_max_depth == 2);
  CHECK(u.upstream_decay == 0.5);
  CHECK(u.upstream_min_weight == 0.01);
}

TEST_CASE("policy: the JSON form round-trips", "[score][policy]") {
  score::Policy p;
  p.tier3 = 0.45;
  auto back = score::parse_policy(score::policy_to_json(p).dump(), "p.json");
  CHECK(score::policy_to_json(back) == score::policy_to_json(p));
}

TEST_CASE("policy: mistakes are usage errors naming file and key", "[score][policy]") {
  auto message = [](const char* text) {
    try {
      score::parse_policy(text, "p.json");
    } catch (const UsageError& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  CHECK(message(R"({"weights": {"finding_kid": 0.9}})") ==
        "p.json: /weights/finding_kid: unknown key; expected one of finding_forced, finding_child, "
        "region_presumption, unresolved, entity, entity_possible, traceability_gap, certification_factor");
  CHECK(message(R"({"weights": {"finding_child": 1.5}})") ==
        "p.json: /weights/finding_child: 1.5 out of range; expected 0 to 1");
  CHECK(message(R"({"weights": {"tier": {"4": 0.1}}})") ==
        "p.json: /weights/tier/4: unknown key; expected one of 1, 2, 2WL, 3, special");
  CHECK(message(R"({"levels": {"high": 95}})") == "p.json: /levels: expected medium <= high <= critical");
  CHECK(message(R"({"weight": {}})") ==
        "p.json: /weight: unknown key; expected schema, weights, levels, upstream, entity or unresolved_level");
  CHECK(message(R"({"weights": {"finding_child": "high"}})") == "p.json: /weights/finding_child: expected a number");
  CHECK(message("{nope") .rfind("p.json: invalid JSON: ", 0) == 0);
  CHECK(message(R"({"upstream": {"max_depth": 2.5}})") == "p.json: /upstream/max_depth: expected a whole number from 0 to 16");
  CHECK(message(R"({"upstream": {"max_depth": 17}})") == "p.json: /upstream/max_depth: expected a whole number from 0 to 16");
  CHECK(message(R"({"upstream": {"decay": 1.5}})") == "p.json: /upstream/decay: 1.5 out of range; expected 0 to 1");
  CHECK(message(R"({"upstream": {"depth": 2}})") == "p.json: /upstream/depth: unknown key; expected one of decay, min_weight");
  CHECK(message(R"({"upstream": []})") == "p.json: /upstream: expected an object");
  CHECK(message(R"({"entity": {"review": 0.95}})") == "p.json: /entity: expected review <= exact");
  // A number beyond double range is bad JSON for us, not an escaping exception (fuzzer find).
  CHECK(message(R"({"levels": {"high": 1e889}})").rfind("p.json: invalid JSON: ", 0) == 0);
}
