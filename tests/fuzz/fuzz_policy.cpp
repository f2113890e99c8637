// The policy file parser: any text either parses into a policy whose thresholds keep the
// levels ordered, or throws UsageError; nothing else escapes.
#include <cstddef>
#include <cstdint>
#include <string>

#include "chainrisk/error.hpp"
#include "chainrisk/score/policy.hpp"
#include "fuzz_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  try {
    auto p = chainrisk::score::parse_policy(text, "fuzz-policy.json");
    chainrisk::fuzz::require(p.medium_at <= p.high_at && p.high_at <= p.critical_at, "level thresholds ordered");
    // A parsed policy prints back to JSON that parses to the same policy.
    auto again = chainrisk::score::parse_policy(chainrisk::score::policy_to_json(p).dump(), "again.json");
    chainrisk::fuzz::require(chainrisk::score::policy_to_json(again) == chainrisk::score::policy_to_json(p),
                             "policy round-trips");
  } catch (const chainrisk::UsageError&) {
  }
  return 0;
}
