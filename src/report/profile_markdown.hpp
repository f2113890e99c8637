#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "chainrisk/lookup/profile.hpp"

namespace chainrisk::report {

// `commodity NAME --format markdown`: the profile as the first section of a commodity report
// (commodity_markdown.cpp).
void write_commodity_markdown(const lookup::CommodityProfile& p, std::ostream& out);
// `country NAME|CODE --format markdown` (profile_markdown.cpp).
void write_country_markdown(const lookup::CountryProfile& p, std::ostream& out);

// Pieces both profiles use (profile_markdown.cpp). Results are escaped Markdown.

// "DOL List of Goods 2024", "TIP Report 2025": a finding's publication and edition, plain text.
std::string publication_label(std::string_view publication, int edition);
// "Tier 2 Watch List" for "2WL"; an unknown code as it is. Plain text.
std::string tier_name(const std::string& tier);
// "A", "A and B", "A, B and C".
std::string join_and(const std::vector<std::string>& items);
// "Democratic Republic of the Congo (CD)".
std::string country_label(std::string_view name, std::string_view code);
// Where a finding comes from: publication and edition, then its `cite`.
std::string finding_source_cell(const lookup::FindingView& f, const std::vector<lookup::SourceView>& cited);
// "dataset ID (VERSION), <URL>" for the dataset `dataset` of `cited` ("dataset ID:EDITION, <URL>"
// with an `edition`), then "; record cites ..." when the record's own citation `record` is
// more than the dataset's URL.
std::string cite(std::string_view record, std::string_view dataset, const std::vector<lookup::SourceView>& cited,
                 int edition = 0);
// A table of findings: country (unless `with_country` is false), good, labor, source.
void write_findings_table(std::ostream& out, const std::vector<lookup::FindingView>& findings,
                          const std::vector<lookup::SourceView>& cited, bool with_country);
// "## Sources": one entry per dataset, with publisher, title, edition, date and URL.
void write_markdown_sources(std::ostream& out, const std::vector<lookup::SourceView>& cited);

}  // namespace chainrisk::report
