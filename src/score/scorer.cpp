#include "chainrisk/score/scorer.hpp"

#include "signal_text.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <cmath>

namespace chainrisk::score {
namespace {


// Phrased so plural and singular goods both read ("lists Garments from BD for ...").
std::string finding_message(const model::Graph& g, const model::Finding& f) {
  const std::string& cc = g.countries[f.country].code;
  std::string labor = model::labor_text(f.labor, f.forced_child);
  int ed = f.latest_edition();
  if (f.derived_commodity && f.derived_country) {
    return fmt::format("the DOL {} List of Goods lists {} from {} as made with {} from {} "
                       "produced with {}", ed, f.good, cc, g.commodities[*f.derived_commodity].name,
                       g.countries[*f.derived_country].code, labor);
  }
  if (f.publication == "tip-report") {
    return fmt::format("the {} TIP report reports {} from {} made with {}", ed, f.good, cc, labor);
  }
  if (f.publication == "dol-tvpra") {
    return fmt::format("the DOL {} List of Goods lists {} from {} for {}", ed, f.good, cc, labor);
  }
  // A user's own findings (--data): name who reported it.
  return fmt::format("{} ({}) reports {} from {} made with {}", g.datasets[f.dataset].publisher,
                     ed, f.good, cc, labor);
}

}  // namespace

void add_unique(std::vector<std::string>& v, std::string s) {
  if (std::find(v.begin(), v.end(), s) == v.end()) v.push_back(std::move(s));
}

std::string capitalized(std::string s) {
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

double combine(const std::vector<Signal>& signals) {
  double keep = 1.0;
  for (const auto& s : signals) keep *= 1.0 - std::clamp(s.weight, 0.0, 1.0);
  return std::round(100.0 * (1.0 - keep) * 1e6) / 1e6;
}

const std::string& Scorer::source_of(model::DatasetId d, int edition) const {
  auto [it, added] = sources_.try_emplace((static_cast<std::uint64_t>(d) << 32) | static_cast<std::uint32_t>(edition));
  if (added) {
    const auto& ds = graph_.datasets[d];
    it->second = edition ? fmt::format("{}:{}", ds.id, edition) : fmt::format("{}:{}", ds.id, ds.version);
  }
  return it->second;
}

double Scorer::finding_weight(std::uint8_t labor) const {
  if (labor & model::kForced) return policy_.finding_forced;
  return labor ? policy_.finding_child : 0.0;
}

// Findings for M, or an earlier form of M, in C merge into one piece of evidence citing
// every source: the DOL list on copper ore and a TIP narrative on copper from one country
// tell one fact, which must not count twice. It is about the closest commodity with a
// finding; the messages name every good.
const FindingEvidence& Scorer::findings_in(model::CommodityId m, model::CountryId c) const {
  auto [it, added] = findings_memo_.try_emplace((static_cast<std::uint64_t>(m) << 32) | c);
  if (!added) return it->second;
  FindingEvidence& ev = it->second;
  for (const auto& form : graph_.earlier_forms(m)) {
    for (auto idx : graph_.findings_for(form.commodity, c)) {
      const auto& f = graph_.findings[idx];
      if (f.removed) continue;
      ev.labor |= f.labor;
      add_unique(ev.sources, source_of(f.dataset, f.latest_edition()));
      std::string msg = finding_message(graph_, f);
      if (form.path.size() > 1) msg += fmt::format(" ({} is a form of {})", graph_.commodities[form.commodity].id, form.path.front());
      add_unique(ev.messages, std::move(msg));
      if (ev.path.empty()) {
        ev.commodity = graph_.commodities[form.commodity].id;
        ev.path = form.path;
      }
    }
  }
  return ev;
}

// methodology.md `finding`: findings for M (or its earlier forms) in O, one signal.
void Scorer::add_findings(const resolve::ResolvedLine& r, std::vector<Signal>& out) const {
  if (!r.commodity || !r.origin) return;
  const FindingEvidence& ev = findings_in(r.commodity->id, *r.origin);
  if (ev.labor == 0) return;
  Signal s;
  s.kind = "finding";
  s.labor = ev.labor;
  s.commodity = ev.commodity;
  s.path = ev.path;
  s.sources = ev.sources;
  s.country = graph_.countries[*r.origin].code;
  s.weight = finding_weight(ev.labor);
  s.severity = policy_.level_for(100.0 * s.weight);
  s.message = capitalized(fmt::format("{}", fmt::join(ev.messages, "; ")));
  out.push_back(std::move(s));
}

// methodology.md `entity`: the supplier matches an entity-list entry. At the exact
// threshold it is the listed entity and forces critical; from the review threshold it is a
// possible match for a person to check. Only the best match counts.
void Scorer::add_entity(const resolve::ResolvedLine& r, std::vector<Signal>& out) const {
  if (r.supplier_matches.empty()) return;
  const auto& m = r.supplier_matches.front();
  bool exact = m.score >= policy_.entity_exact_at;
  if (!exact && m.score < policy_.entity_review_at) return;
  const auto& e = graph_.entities[m.entity];
  Signal s;
  s.kind = "entity";
  s.forcing = exact;
  s.weight = exact ? policy_.entity_match : policy_.entity_possible;
  s.severity = exact ? Level::critical : policy_.level_for(100.0 * s.weight);
  s.labor = model::kForced;
  if (e.country) s.country = graph_.countries[*e.country].code;
  if (e.region) s.region = graph_.regions[*e.region].code;
  s.sources = {source_of(e.dataset, 0)};
  s.entity_id = e.id;
  s.entity_name = e.name;
  s.entity_matched = m.matched;
  s.entity_list = e.list;
  s.entity_score = std::round(m.score * 1000) / 1000;
  std::string list = e.list == "uflpa" ? "UFLPA Entity List" : fmt::format("{} list", e.list);
  std::string spelling = m.matched == e.name ? "" : fmt::format(" (as '{}')", m.matched);
  s.message = exact ? fmt::format("Supplier is on the {}: {}{}, name match {:.2f}{}", list, e.name, spelling,
                                  s.entity_score, e.added.empty() ? "" : fmt::format(", listed {}", e.added))
                    : fmt::format("Supplier may be on the {}: resembles {}{}, name match {:.2f} (review from {:.2f}, "
                                  "exact from {:.2f}); check before relying on it", list, e.name, spelling,
                                  s.entity_score, policy_.entity_review_at, policy_.entity_exact_at);
  out.push_back(std::move(s));
}

// methodology.md `region`: a presumption region (CN-XJ under the UFLPA) forces critical.
void Scorer::add_region(const resolve::ResolvedLine& r, std::vector<Signal>& out) const {
  if (!r.region) return;
  const auto& region = graph_.regions[*r.region];
  if (!region.presumption) return;
  const auto& p = *region.presumption;
  Signal s;
  s.kind = "region";
  s.severity = Level::critical;
  s.labor = p.labor;
  s.region = region.code;
  s.country = graph_.countries[region.country].code;
  if (r.commodity) {
    s.commodity = graph_.commodities[r.commodity->id].id;
    s.path = {s.commodity};
  }
  s.weight = policy_.region_presumption;
  s.forcing = true;
  s.sources = {source_of(p.dataset, 0)};
  s.message = fmt::format("{} ({}) is under the {} rebuttable presumption of forced labor",
                          region.code, region.name, p.law);
  out.push_back(std::move(s));
}

// methodology.md `tier`: the TIP tier of O in the latest report year of the data.
void Scorer::add_tier(const resolve::ResolvedLine& r, std::vector<Signal>& out) const {
  if (!r.origin) return;
  const auto* t = graph_.latest_tier(*r.origin);
  if (!t) return;
  double w = policy_.tier_weight(t->tier);
  if (w <= 0) return;
  Signal s;
  s.kind = "tier";
  s.country = graph_.countries[*r.origin].code;
  s.weight = w;
  s.severity = policy_.level_for(100.0 * w);
  s.sources = {source_of(t->dataset, t->year)};
  std::string_view label = model::tier_label(t->tier);
  s.message = t->tier == model::Tier::watch_list
                  ? fmt::format("{} is on the {} of the {} TIP report", s.country, label, t->year)
                  : fmt::format("{} is {} in the {} TIP report", s.country, label, t->year);
  out.push_back(std::move(s));
}

// methodology.md `mitigation`: a recognised certification for M scales every non-forcing
// weight by the policy's certification_factor; forcing signals (a presumption region, an
// entity-list match) stand. The signal itself weighs nothing and names the schemes.
void Scorer::apply_mitigation(const resolve::ResolvedLine& r, std::vector<Signal>& signals) const {
  if (r.certifications.empty()) return;
  std::vector<std::string> names;
  Signal m;
  m.kind = "mitigation";
  for (auto id : r.certifications) {
    const auto& c = graph_.certifications[id];
    names.push_back(fmt::format("{} ({})", c.name, c.kind));
    add_unique(m.sources, source_of(c.dataset, 0));
  }
  std::size_t scaled = 0;
  for (auto& s : signals) {
    if (s.forcing || s.weight <= 0) continue;
    s.weight_before_mitigation = s.weight;
    s.weight = std::round(s.weight * policy_.certification_factor * 1e6) / 1e6;
    s.severity = policy_.level_for(100.0 * s.weight);
    ++scaled;
  }
  m.commodity = graph_.commodities[r.commodity->id].id;
  m.path = {m.commodity};
  std::string effect = scaled == 0 ? std::string("no weight to lower")
                                   : fmt::format("{} non-forcing {} × {:.2f}", scaled, scaled == 1 ? "weight" : "weights",
                                                 policy_.certification_factor);
  m.message = fmt::format("Certified: {} covers {}; {}", fmt::join(names, ", "), graph_.commodities[r.commodity->id].name,
                          effect);
  signals.push_back(std::move(m));
}

namespace {

template <typename T>
void put(std::string& key, T v) {
  key.append(reinterpret_cast<const char*>(&v), sizeof v);
}

void put_text(std::string& key, std::string_view s) {
  put(key, static_cast<std::uint32_t>(s.size()));
  key.append(s);
}

std::uint32_t id_or(const auto& v, std::uint32_t none) { return v ? static_cast<std::uint32_t>(*v) : none; }

template <typename T>
std::optional<T> id_if(std::uint32_t v, std::uint32_t none) {
  return v == none ? std::nullopt : std::optional<T>(v);
}

}  // namespace

// Everything a line's signals depend on, as one binary key written into `key` (reused):
// the commodity (not how it was found), origin, region, the supplier's country only when
// the origin is missing (it then stands for the importer), certifications, the entity
// match only when it is strong enough to be a signal, the unresolved messages and the
// declared origins below. Leaving out what does not change the signals lets lines that
// differ only there share one evidence set: far fewer sets to compute, keep and render.
void Scorer::evidence_key(const resolve::ResolvedLine& r, const std::vector<DeclaredOrigin>& declared,
                          std::string& key) const {
  key.clear();
  put(key, r.commodity ? r.commodity->id : kNone);
  put(key, id_or(r.origin, kNone));
  put(key, id_or(r.region, kNone));
  put(key, r.origin ? kNone : id_or(r.supplier_country, kNone));
  put(key, static_cast<std::uint32_t>(r.certifications.size()));
  for (auto c : r.certifications) put(key, c);
  bool entity = !r.supplier_matches.empty() && r.supplier_matches.front().score >= policy_.entity_review_at;
  put(key, entity);
  if (entity) {
    const auto& m = r.supplier_matches.front();
    put(key, m.entity);
    put(key, m.score);
    put_text(key, m.matched);
  }
  for (const auto& u : r.unresolved) put_text(key, u.message);
  put(key, std::uint32_t{0xFFFFFFFF});
  for (const auto& d : declared) {
    put(key, d.commodity);
    put(key, d.country);
    put(key, d.region_given);
    put(key, d.line);
  }
}

std::size_t Scorer::mix_ids(std::uint64_t seed, std::initializer_list<std::uint32_t> ids) noexcept {
  std::uint64_t h = seed;
  for (std::uint32_t v : ids) h = (h ^ v) * 0x100000001b3ULL;
  return static_cast<std::size_t>(h ^ (h >> 29));
}

std::size_t Scorer::SlotHash::operator()(const Slot& k) const noexcept {
  return mix_ids(k.evidence, {k.commodity, static_cast<std::uint32_t>(k.via), k.origin, k.region, k.supplier_country});
}

// An assembly's key names its children's lines, so no other line asks for it again: it is
// computed and interned but not memoised (one memo entry per assembly would grow with the
// file).
std::uint32_t Scorer::evidence(const resolve::ResolvedLine& r, const std::vector<DeclaredOrigin>& declared) const {
  evidence_key(r, declared, key_);
  auto it = evidence_memo_.find(key_);
  if (it != evidence_memo_.end()) return it->second;
  auto n = intern(compute(r, declared));
  if (!declared.empty()) return n;
  if (evidence_memo_.size() >= kMemoEntries) evidence_memo_.clear();  // a cache: start over when full
  evidence_memo_.emplace(key_, n);
  return n;
}

std::size_t Scorer::SignalHash::operator()(const SignalList::Ptr& s) const noexcept {
  std::size_t h = std::hash<std::string>{}(s->message);
  for (const auto& o : s->origins) h = (h * 0x100000001b3ULL) ^ std::hash<std::string>{}(o.basis);
  return h ^ std::hash<double>{}(s->weight);
}

std::size_t Scorer::EvidenceHash::operator()(std::uint32_t i) const noexcept {
  const Evidence& e = (*all)[i];
  std::size_t h = std::hash<double>{}(e.score);
  for (const auto& p : e.signals->pointers()) h = (h * 0x100000001b3ULL) ^ std::hash<const void*>{}(p.get());
  return h;
}

std::uint32_t Scorer::intern(Evidence e) const {
  auto n = static_cast<std::uint32_t>(evidence_.size());
  evidence_.push_back(std::move(e));
  auto [it, added] = distinct_.insert(n);
  if (!added) evidence_.pop_back();
  return *it;
}

std::uint32_t Scorer::slot(const resolve::ResolvedLine& r, const std::vector<DeclaredOrigin>& declared) const {
  Slot k;
  k.evidence = evidence(r, declared);
  if (r.commodity) {
    k.commodity = r.commodity->id;
    k.via = r.commodity->via;
  }
  k.origin = id_or(r.origin, kNone);
  k.region = id_or(r.region, kNone);
  k.supplier_country = id_or(r.supplier_country, kNone);
  auto [it, added] = slot_memo_.try_emplace(k, static_cast<std::uint32_t>(slots_.size()));
  if (added) slots_.push_back(k);
  return it->second;
}

Scorer::Scored Scorer::scored(std::uint32_t slot) const {
  const Slot& k = slots_[slot];
  const Evidence& e = evidence_[k.evidence];
  Scored s;
  s.evidence = e.signals;
  s.score = e.score;
  s.level = e.level;
  s.unresolved = e.unresolved;
  s.commodity = id_if<model::CommodityId>(k.commodity, kNone);
  s.via = k.via;
  s.origin = id_if<model::CountryId>(k.origin, kNone);
  s.supplier_country = id_if<model::CountryId>(k.supplier_country, kNone);
  s.region = id_if<model::RegionId>(k.region, kNone);
  return s;
}

void Scorer::score_line(const resolve::ResolvedLine& r, LineReport& out,
                        const std::vector<DeclaredOrigin>& declared) const {
  Scored s = scored(slot(r, declared));
  out.evidence = s.evidence;
  out.score = s.score;
  out.level = s.level;
  out.unresolved = s.unresolved;
}

Scorer::Evidence Scorer::compute(const resolve::ResolvedLine& r, const std::vector<DeclaredOrigin>& declared) const {
  std::vector<Signal> signals;
  add_entity(r, signals);
  add_region(r, signals);
  add_expected_region(r, signals);
  add_findings(r, signals);
  add_origin_unknown(r, signals);
  add_upstream(r, declared, signals);
  add_tier(r, signals);
  apply_mitigation(r, signals);
  for (const auto& u : r.unresolved) {
    Signal s;
    s.kind = "unresolved";
    s.severity = policy_.unresolved_level;
    s.weight = policy_.unresolved;
    s.message = u.message;
    signals.push_back(std::move(s));
  }
  Evidence e;
  e.score = combine(signals);
  bool forced = std::any_of(signals.begin(), signals.end(), [](const Signal& s) { return s.forcing; });
  e.level = forced ? Level::critical : policy_.level_for(e.score);
  if (!r.unresolved.empty()) e.level = std::max(e.level, policy_.unresolved_level);
  std::vector<SignalList::Ptr> shared;
  shared.reserve(signals.size());
  for (auto& s : signals) shared.push_back(*signals_.insert(std::make_shared<const Signal>(std::move(s))).first);
  e.signals = std::make_shared<const SignalList>(std::move(shared));
  e.unresolved = !r.unresolved.empty();
  return e;
}

}  // namespace chainrisk::score
