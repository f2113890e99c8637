#pragma once

#include <ostream>
#include <string>
#include <string_view>

#include "chainrisk/lookup/profile.hpp"

namespace chainrisk::report {

// Formats of the lookup commands (cli.md: `commodity NAME --format table|json|markdown`).
inline constexpr std::string_view kProfileFormats = "table, json, markdown";
// Throws UsageError unless `format` is one of kProfileFormats.
void check_profile_format(std::string_view format);

// `commodity NAME`: the profile in the shape of the seed copper report (findings by country
// with sources, TIP tiers, top exporters/importers/producers, graph neighbours, sources).
void write_commodity_profile(const lookup::CommodityProfile& p, std::string_view format, std::ostream& out);
// `country NAME|CODE`: tier history, goods with findings, regions, entities, production.
void write_country_profile(const lookup::CountryProfile& p, std::string_view format, std::ostream& out);

}  // namespace chainrisk::report
