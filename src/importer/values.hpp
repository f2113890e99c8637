#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace chainrisk::importer {

// Publication spellings of the values an import reads; nullopt when not understood.
std::optional<bool> parse_yes_no(std::string_view s);          // Yes/No, X/blank, true/false, 1/0
std::optional<std::string> parse_tier_name(std::string_view s);  // "Tier 2 Watch List" → "2WL"
std::optional<std::string> parse_date(std::string_view s);       // "June 21, 2022" or 2022-06-21
std::optional<std::uint8_t> parse_labor(std::string_view s);     // "child", "FL", "child; forced", "both"
// A commodity id for a good the data does not know: "Squid (dried)" → "squid".
std::string slug_for(std::string_view good);

}  // namespace chainrisk::importer
