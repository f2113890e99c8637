#include "chainrisk/resolve/resolver.hpp"

#include <algorithm>
#include <sstream>

#include "chainrisk/text/fold.hpp"

namespace chainrisk::resolve {
namespace {

std::vector<std::string> split_words(const std::string& folded) {
  std::vector<std::string> words;
  std::istringstream in(folded);
  for (std::string w; in >> w;) words.push_back(std::move(w));
  return words;
}

// "copper cathodes" → "copper cathode": every word singular, so plural BOM text and
// singular aliases meet on one key.
std::string singular_key(const std::string& folded) {
  std::string out;
  for (const auto& w : split_words(folded)) {
    if (!out.empty()) out += ' ';
    out += text::singular(w);
  }
  return out;
}

std::string upper(std::string_view s) {
  std::string out(s);
  for (auto& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

template <typename Id>
void add_key(std::unordered_map<std::string, Id>& map, const std::string& key, Id id) {
  if (!key.empty()) map.emplace(key, id);  // first wins: codes and names before aliases
}

}  // namespace

std::string_view to_string(CommodityVia v) {
  switch (v) {
    case CommodityVia::material: return "material";
    case CommodityVia::hs_code: return "hs_code";
    case CommodityVia::description: return "description";
  }
  return "material";
}

bool is_placeholder(std::string_view raw) {
  static constexpr std::string_view kNone[] = {"unknown", "unk", "none", "null", "nil", "tbd", "tba",
                                               "n a", "not available", "not applicable", "not specified",
                                               "various", "multiple", "mixed", "undetermined"};
  // Folding keeps every ASCII letter and digit, and no placeholder has more than 13: a
  // longer value (most supplier names and descriptions) is not one, without folding it.
  constexpr std::size_t kMostLetters = 13;
  std::size_t letters = 0;
  for (char c : raw) {
    letters += (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (letters > kMostLetters) return false;
  }
  std::string f = text::fold(raw);
  if (f.empty()) return true;
  return std::find(std::begin(kNone), std::end(kNone), f) != std::end(kNone);
}

Resolver::Resolver(const model::Graph& graph) : graph_(graph) {
  for (CountryId i = 0; i < graph.countries.size(); ++i) {
    const auto& c = graph.countries[i];
    add_key(countries_, text::fold(c.code), i);
    add_key(countries_, text::fold(c.alpha3), i);
  }
  for (CountryId i = 0; i < graph.countries.size(); ++i) {
    const auto& c = graph.countries[i];
    add_key(countries_, text::fold(c.name), i);
    for (const auto& a : c.aliases) add_key(countries_, text::fold(a), i);
  }
  for (RegionId i = 0; i < graph.regions.size(); ++i) {
    const auto& r = graph.regions[i];
    region_codes_.emplace(upper(r.code), i);
    std::vector<std::string> keys{text::fold(r.name)};
    for (const auto& a : r.aliases) keys.push_back(text::fold(a));
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    for (const auto& k : keys) {
      if (!k.empty()) region_names_[k].push_back(i);
    }
  }
  for (CommodityId i = 0; i < graph.commodities.size(); ++i) {
    const auto& m = graph.commodities[i];
    std::vector<std::string> names{m.id, m.name};
    names.insert(names.end(), m.aliases.begin(), m.aliases.end());
    for (const auto& n : names) {
      std::string f = text::fold(n);
      add_key(commodities_, f, i);
      add_key(commodities_, singular_key(f), i);
      max_name_words_ = std::max(max_name_words_, split_words(f).size());
    }
    for (const auto& hs : m.hs) add_key(hs_prefixes_, hs, i);
  }
  for (std::uint32_t i = 0; i < graph.certifications.size(); ++i) {
    const auto& c = graph.certifications[i];
    add_key(certifications_, text::fold(c.id), i);
    add_key(certifications_, text::fold(c.name), i);
    for (const auto& a : c.aliases) add_key(certifications_, text::fold(a), i);
  }
  index_spellings();
}

const entity::EntityMatcher& Resolver::entity_matcher() const {
  std::call_once(matcher_once_, [this] { matcher_ = std::make_unique<entity::EntityMatcher>(graph_); });
  return *matcher_;
}

std::optional<std::uint32_t> Resolver::certification(std::string_view text) const {
  if (auto it = certifications_.find(text::fold(text)); it != certifications_.end()) return it->second;
  return std::nullopt;
}

std::optional<CountryId> Resolver::country(std::string_view text) const {
  auto it = countries_.find(text::fold(text));
  if (it == countries_.end()) return std::nullopt;
  return it->second;
}

RegionMatch Resolver::region(std::string_view text, std::optional<CountryId> country) const {
  RegionMatch out;
  if (auto it = region_codes_.find(upper(text)); it != region_codes_.end()) {
    out.id = it->second;
    return out;
  }
  auto it = region_names_.find(text::fold(text));
  if (it == region_names_.end()) return out;
  for (RegionId r : it->second) {
    if (!country || graph_.regions[r].country == *country) out.candidates.push_back(r);
  }
  if (out.candidates.size() == 1) out.id = out.candidates.front();
  return out;
}

std::optional<CommodityId> Resolver::commodity_by_key(const std::string& folded) const {
  if (auto it = commodities_.find(folded); it != commodities_.end()) return it->second;
  if (auto it = commodities_.find(singular_key(folded)); it != commodities_.end()) return it->second;
  return std::nullopt;
}

std::optional<CommodityId> Resolver::commodity_by_name(std::string_view text) const {
  return commodity_by_key(text::fold(text));
}

std::optional<CommodityMatch> Resolver::commodity_in_text(std::string_view text,
                                                          CommodityVia via) const {
  auto words = split_words(text::fold(text));
  for (std::size_t len = std::min(words.size(), max_name_words_); len >= 1; --len) {
    for (std::size_t start = 0; start + len <= words.size(); ++start) {
      std::string key = words[start];
      for (std::size_t k = start + 1; k < start + len; ++k) key += ' ' + words[k];
      // Free text is full of short tokens ("TA-12", "PP clip"): two-letter aliases only
      // match a whole material value, never a word inside a description.
      if (key.size() < 3) continue;
      if (auto id = commodity_by_key(key)) return CommodityMatch{*id, via, key};
    }
  }
  return std::nullopt;
}

std::optional<CommodityMatch> Resolver::commodity_by_hs(std::string_view code) const {
  std::string digits;
  for (char c : code) {
    if (c >= '0' && c <= '9') digits += c;
    else if (c != '.' && c != ' ' && c != '-') return std::nullopt;
  }
  for (std::size_t len = std::min<std::size_t>(digits.size(), 10); len >= 2; --len) {
    auto it = hs_prefixes_.find(digits.substr(0, len));
    if (it != hs_prefixes_.end()) return CommodityMatch{it->second, CommodityVia::hs_code, it->first};
  }
  return std::nullopt;
}

}  // namespace chainrisk::resolve
