// The SARIF rules: one per signal kind of cli.md, with help a code-scanning UI shows beside
// each annotated BOM line. The texts follow docs/methodology.md; keep the two in step.
#include <fmt/format.h>

#include <algorithm>

#include "sarif_internal.hpp"

namespace chainrisk::report::sarif {
namespace {

// The project publishes no web address, and SARIF's helpUri must be an absolute URI
// (SARIF 2.1.0 §3.49.12), so the help names the methodology's section as a repository path.
constexpr std::string_view kMethodology = "docs/methodology.md";

constexpr Rule kRules[] = {
    {"entity", "EntityListMatch", "Supplier matches an entity-list entry",
     "The supplier's name matches an entry of an entity list (the UFLPA Entity List, or a list loaded with "
     "--data). An exact match forces the line to critical; a possible match raises the score for a person to "
     "check.",
     "Check the match (chainrisk entity, given the supplier's name, shows it). If the supplier is the listed entity, goods it made "
     "are presumed made with forced labor: stop or trace the sourcing and record the decision. If it is another "
     "company, record why in a waiver with its reason.",
     "entity-list-matches", "error"},
    {"region", "PresumptionRegion", "Origin in a region under a forced-labor presumption",
     "The line's origin region lies in a region under a legal presumption of forced labor, such as Xinjiang "
     "(CN-XJ) under the UFLPA; this forces the line to critical. When no region is given, the signal is "
     "expected: the region's share of the origin country's output of the commodity.",
     "Trace the goods to their production site. Goods from the region are presumed made with forced labor and "
     "barred from US import unless the presumption is rebutted with clear and convincing evidence. When the "
     "region is only inferred from shares, ask the supplier for the region of origin and record it.",
     "2-signals", "error"},
    {"finding", "LaborFindingForOrigin", "Commodity listed for forced or child labor in its origin country",
     "A publication (the US DOL List of Goods, a Trafficking in Persons report narrative, or your own findings "
     "loaded with --data) lists the commodity, or an earlier form of it, from the line's origin country as "
     "produced with forced or child labor. Forced labor weighs 0.7, child labor alone 0.6.",
     "Ask the supplier for the mine, farm or plant of origin and for due-diligence evidence (audits, "
     "certifications, traceability records), or source from another origin. The sources name the "
     "publications.",
     "2-signals", "error"},
    {"upstream", "UpstreamLaborFinding", "An input of the commodity has a labor finding in a likely origin",
     "An input of the line's commodity, reached through the commodity graph, has a forced- or child-labor "
     "finding in a country the input likely comes from: declared on the BOM's child lines, else import or "
     "production shares. Its weight is the finding's, times the share, times 0.8 per level of depth.",
     "Map the sub-tier supply chain: ask the supplier where the named input comes from. Declaring the input on "
     "a child line with its origin replaces the estimated shares with facts.",
     "upstream-walk", "warning"},
    {"tier", "TraffickingTier", "Origin country's Trafficking in Persons tier",
     "The origin country is on Tier 2, the Tier 2 Watch List or Tier 3, or is a Special Case, in the latest US "
     "State Department Trafficking in Persons report: context on how the country fights forced labor.",
     "Weigh it with the line's other signals. On its own it calls for the usual due diligence of suppliers in "
     "that country.",
     "2-signals", "warning"},
    {"origin-unknown", "OriginUnknown", "Origin not given for a commodity with labor findings",
     "The line gives no country of origin, and the commodity has forced- or child-labor findings: the "
     "expected finding weight over the countries it likely comes from, plus 0.2 for the traceability gap.",
     "Ask the supplier for the country (and region) of origin and record it on the line; the evidence of the "
     "actual origin then replaces the estimate.",
     "origin-unknown", "warning"},
    {"unresolved", "UnresolvedValue", "Commodity, country or region not identified",
     "A value of the line (material, HS code, description, country or region) matches nothing in the data, so "
     "the line could not be fully screened. Unknown is not clean: the line is at least low.",
     "Correct the value (the message suggests the closest known name), give an HS code, or add the commodity "
     "or name with --data.",
     "1-what-a-line-resolves-to", "note"},
    {"mitigation", "CertificationMitigation", "A certification lowered the score",
     "The line names a responsible-sourcing scheme that covers its commodity: every non-forcing weight of the "
     "line was halved. A certificate does not rebut a legal presumption, so forcing signals stand.",
     "Keep the certificate's evidence on file and current; a scheme that lapses or does not cover the "
     "commodity lowers nothing.",
     "certifications", "note"},
};

}  // namespace

std::span<const Rule> rules() { return kRules; }

std::optional<std::size_t> rule_index(std::string_view kind) {
  auto it = std::find_if(std::begin(kRules), std::end(kRules), [&](const Rule& r) { return r.id == kind; });
  if (it == std::end(kRules)) return std::nullopt;
  return static_cast<std::size_t>(it - std::begin(kRules));
}

std::string help_text(const Rule& r) {
  return fmt::format("{}\n\nWhat to do: {}\n\nMethod: {}", r.full_description, r.action, methodology_section(r));
}

std::string help_markdown(const Rule& r) {
  return fmt::format("**{}**\n\n{}\n\n**What to do.** {}\n\nMethod: `{}` in the chainrisk sources.",
                     r.short_description, r.full_description, r.action, methodology_section(r));
}

std::string methodology_section(const Rule& r) { return fmt::format("{}#{}", kMethodology, r.anchor); }

}  // namespace chainrisk::report::sarif
