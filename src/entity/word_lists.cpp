#include "word_lists_internal.hpp"

#include <algorithm>
#include <array>
#include <utility>

#include "chainrisk/entity/normalize.hpp"

namespace chainrisk::entity {
namespace {

// Sorted, for binary search. Written as normalize_name sees them: folded, and with single
// letters in a row already joined ("S.A.S." → "sas", "B.V." → "bv").
constexpr std::array kLegalForms = std::to_array<std::string_view>({
    "ab", "ag", "bhd", "bv", "co", "company", "corp", "corporation", "gmbh", "inc",
    "incorporated", "jsc", "kg", "limited", "llc", "llp", "ltd", "ltda", "nv", "ooo", "plc",
    "pte", "pty", "pvt", "sa", "sarl", "sas", "sdn", "spa", "srl",
    // Cyrillic ООО, ОАО, ЗАО, ПАО, АО as folded (lowercase Cyrillic)
    "ао", "зао", "оао", "ооо", "пао",
    // Han legal forms standing alone, as a run of their own
    "公司", "有限公司", "有限责任公司", "股份有限公司",
});

constexpr std::array kHanLegalForms = std::to_array<std::string_view>({
    "股份有限公司", "有限责任公司", "有限公司", "公司",
});

constexpr std::array kStopwords = std::to_array<std::string_view>({"and", "of", "the"});

// Abbreviations and spelling variants of one word, as {variant, canonical}, sorted.
constexpr std::array kSynonyms = std::to_array<std::pair<std::string_view, std::string_view>>({
    {"aluminium", "aluminum"},
    {"biotech", "biotechnology"},
    {"centre", "center"},
    {"chem", "chemical"},
    {"elec", "electric"},
    {"fibre", "fiber"},
    {"hldg", "holding"},
    {"imp", "import"},
    {"ind", "industry"},
    {"indl", "industrial"},
    {"intl", "international"},
    {"mfg", "manufacturing"},
    {"pharm", "pharmaceutical"},
    {"pharma", "pharmaceutical"},
    {"tech", "technology"},
});

// Words of company names that say what or where, not who (singular, as normalized). Kept
// short on purpose: a word missing here still weighs little when it is frequent in the lists.
constexpr std::array kGenericWords = std::to_array<std::string_view>({
    "agricultural", "agriculture", "apparel", "appliance", "auto", "automotive", "autonomous",
    "battery", "biological", "biotechnology", "branch", "business", "center", "ceramic",
    "chemical", "china", "city", "clothing", "commerce", "commercial", "component",
    "construction", "copper", "corps", "county", "development", "digital", "dyeing",
    "economic", "electric", "electronic", "energy", "engineering", "enterprise", "equipment",
    "estate", "export", "fabric", "factory", "farm", "fiber", "fishery", "food", "footwear",
    "furniture", "garment", "general", "glass", "global", "green", "group", "hardware",
    "holding", "home", "household", "import", "industrial", "industry", "information",
    "international", "investment", "iron", "knitting", "logistics", "machinery",
    "management", "manufacturing", "material", "medical", "metal", "microelectronic", "mine",
    "mining", "motor", "national", "new", "office", "packaging", "paper", "park", "part",
    "pharmaceutical", "photovoltaic", "plastic", "power", "printing", "product", "property",
    "province", "real", "region", "resource", "rubber", "science", "seafood", "semiconductor",
    "service", "shipping", "shoe", "silicon", "solar", "spinning", "steel", "supply",
    "technology", "textile", "tool", "toy", "trade", "trading", "transport", "union",
    "vehicle", "warehouse", "warehousing", "weaving", "yarn", "zone",
});

// Lookups are binary searches: a word out of order would silently never match.
static_assert(std::is_sorted(kLegalForms.begin(), kLegalForms.end()));
static_assert(std::is_sorted(kStopwords.begin(), kStopwords.end()));
static_assert(std::is_sorted(kSynonyms.begin(), kSynonyms.end()));
static_assert(std::is_sorted(kGenericWords.begin(), kGenericWords.end()));

template <typename Array>
bool contains(const Array& sorted, std::string_view word) {
  return std::binary_search(sorted.begin(), sorted.end(), word);
}

}  // namespace

bool is_legal_form(std::string_view folded_word) { return contains(kLegalForms, folded_word); }

bool is_stopword(std::string_view folded_word) { return contains(kStopwords, folded_word); }

std::span<const std::string_view> han_legal_forms() { return kHanLegalForms; }

std::string_view canonical_term(std::string_view token) {
  auto it = std::lower_bound(kSynonyms.begin(), kSynonyms.end(), token,
                             [](const auto& entry, std::string_view t) { return entry.first < t; });
  return it != kSynonyms.end() && it->first == token ? it->second : token;
}

bool is_generic_word(std::string_view term) { return contains(kGenericWords, term); }

}  // namespace chainrisk::entity
