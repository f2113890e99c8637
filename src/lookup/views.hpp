#pragma once

#include <set>
#include <vector>

#include "chainrisk/lookup/profile.hpp"

namespace chainrisk::lookup {

// A finding record as profiles show it.
FindingView finding_view(const model::Graph& g, const model::Finding& f);

// The latest placement of country `c`, if any.
std::optional<TierView> latest_tier_view(const model::Graph& g, model::CountryId c);

// Trade or production records of `m` for `flow` in their latest year, whole countries only
// (no region, no partner), largest first (by rank, else by share), at most `limit`.
std::vector<ShareView> top_shares(const model::Graph& g, model::CommodityId m, model::TradeFlow flow,
                                  std::size_t limit);

ShareView share_view(const model::Graph& g, const model::TradeShare& t);

// The datasets `ids`, in load order, for a profile's Sources section.
std::vector<SourceView> cited_sources(const model::Graph& g, const std::set<model::DatasetId>& ids);

}  // namespace chainrisk::lookup
