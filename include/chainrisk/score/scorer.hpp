#pragma once

#include <cstdint>
#include <deque>
#include <initializer_list>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "chainrisk/io/bom.hpp"
#include "chainrisk/model/graph.hpp"
#include "chainrisk/resolve/resolve_bom.hpp"
#include "chainrisk/score/origins.hpp"
#include "chainrisk/score/policy.hpp"
#include "chainrisk/score/report.hpp"

namespace chainrisk::score {

// An origin a BOM states for a commodity below a line: a child (or deeper) line's
// commodity and origin, which take precedence over inferred shares for that input.
struct DeclaredOrigin {
  model::CommodityId commodity = 0;
  model::CountryId country = 0;
  bool region_given = false;  // the line names its region too (no expected region then)
  std::uint32_t line = 0;     // physical line, for the explanation (inputs are < 4 GiB)
};

// The findings for a commodity (or its earlier forms) in one country, merged.
struct FindingEvidence {
  std::uint8_t labor = 0;
  std::string commodity;          // id of the closest commodity with a finding
  std::vector<std::string> path;  // from the asked commodity to `commodity`
  std::vector<std::string> sources;
  std::vector<std::string> messages;
};

// Finds the signals of one resolved line and combines them (methodology.md): `entity`, `region`
// (given or expected), `finding`, `origin-unknown`, `upstream`, `tier` and `unresolved`.
class Scorer {
 public:
  Scorer(const model::Graph& graph, const Policy& policy) : graph_(graph), policy_(policy), origins_(graph) {}
  Scorer(const Scorer&) = delete;  // its interning set points into its own storage
  Scorer& operator=(const Scorer&) = delete;

  // Signals, score and level of `r`, written into `out`. `declared` lists the origins the
  // BOM states below this line (its descendants' commodities and origins). Lines that
  // resolve alike share one computed evidence (the scorer memoises it): not thread-safe.
  void score_line(const resolve::ResolvedLine& r, LineReport& out,
                  const std::vector<DeclaredOrigin>& declared = {}) const;

  // What a line resolves to and how it scores, computed once per distinct resolution: the
  // streaming scan keeps one slot number per line, not the line (docs/performance.md).
  struct Scored {
    std::shared_ptr<const SignalList> evidence;
    double score = 0;
    Level level = Level::none;
    bool unresolved = false;
    std::optional<model::CommodityId> commodity;
    resolve::CommodityVia via = resolve::CommodityVia::material;  // how `commodity` was found
    std::optional<model::CountryId> origin, supplier_country;
    std::optional<model::RegionId> region;
  };
  std::uint32_t slot(const resolve::ResolvedLine& r, const std::vector<DeclaredOrigin>& declared = {}) const;
  Scored scored(std::uint32_t slot) const;

 private:
  void add_entity(const resolve::ResolvedLine& r, std::vector<Signal>& out) const;
  void add_findings(const resolve::ResolvedLine& r, std::vector<Signal>& out) const;
  void add_region(const resolve::ResolvedLine& r, std::vector<Signal>& out) const;
  void add_expected_region(const resolve::ResolvedLine& r, std::vector<Signal>& out) const;
  void add_tier(const resolve::ResolvedLine& r, std::vector<Signal>& out) const;
  void add_origin_unknown(const resolve::ResolvedLine& r, std::vector<Signal>& out) const;
  void add_upstream(const resolve::ResolvedLine& r, const std::vector<DeclaredOrigin>& declared,
                    std::vector<Signal>& out) const;
  void walk_upstream(const resolve::ResolvedLine& r, const std::vector<DeclaredOrigin>& declared,
                     std::vector<Signal>& out) const;
  void apply_mitigation(const resolve::ResolvedLine& r, std::vector<Signal>& signals) const;
  // Findings (not removed) for `m` or an earlier form of it in `c`; labor 0 when none.
  // Memoised for the scorer's life: at most one entry per (commodity, country) pair.
  const FindingEvidence& findings_in(model::CommodityId m, model::CountryId c) const;
  double finding_weight(std::uint8_t labor) const;
  // "dataset:edition", made once per pair.
  const std::string& source_of(model::DatasetId d, int edition) const;

  // The signals of a line and what they add up to, stored once per distinct content: lines
  // that resolve differently often have equal signals (an entity near-miss spelled two
  // ways, assemblies whose children declare alike), and a BOM of millions of lines has a
  // few thousand distinct signal lists (docs/performance.md).
  struct Evidence {
    std::shared_ptr<const SignalList> signals;
    double score = 0;
    Level level = Level::none;
    bool unresolved = false;
    // Signals are interned (equal content, one pointer): comparing pointers compares content.
    bool operator==(const Evidence& o) const {
      return score == o.score && level == o.level && unresolved == o.unresolved &&
             signals->pointers() == o.signals->pointers();
    }
  };
  struct EvidenceHash {
    const std::deque<Evidence>* all;
    std::size_t operator()(std::uint32_t i) const noexcept;
  };
  struct SignalHash {
    std::size_t operator()(const SignalList::Ptr& s) const noexcept;
  };
  struct SignalEq {
    bool operator()(const SignalList::Ptr& a, const SignalList::Ptr& b) const { return *a == *b; }
  };
  struct EvidenceEq {
    const std::deque<Evidence>* all;
    bool operator()(std::uint32_t a, std::uint32_t b) const { return (*all)[a] == (*all)[b]; }
  };
  // A slot: the resolved ids the report shows (kNone when absent), and the evidence they
  // score to. 24 bytes: a large BOM has hundreds of thousands of distinct slots.
  static constexpr std::uint32_t kNone = 0xFFFFFFFF;
  // The hash of a key of small ids (the memos' keys below).
  static std::size_t mix_ids(std::uint64_t seed, std::initializer_list<std::uint32_t> ids) noexcept;
  struct Slot {
    std::uint32_t evidence = 0, commodity = kNone, origin = kNone, region = kNone, supplier_country = kNone;
    resolve::CommodityVia via = resolve::CommodityVia::material;
    bool operator==(const Slot&) const = default;
  };
  struct SlotHash {
    std::size_t operator()(const Slot& k) const noexcept;
  };
  void evidence_key(const resolve::ResolvedLine& r, const std::vector<DeclaredOrigin>& declared,
                    std::string& key) const;
  std::uint32_t evidence(const resolve::ResolvedLine& r, const std::vector<DeclaredOrigin>& declared) const;
  Evidence compute(const resolve::ResolvedLine& r, const std::vector<DeclaredOrigin>& declared) const;
  // The index of evidence equal to `e`, stored now if it is new.
  std::uint32_t intern(Evidence e) const;

  const model::Graph& graph_;
  const Policy& policy_;
  OriginModel origins_;
  static constexpr std::size_t kMemoEntries = 1u << 17;
  mutable std::unordered_map<std::string, std::uint32_t> evidence_memo_;  // evidence key → index
  mutable std::deque<Evidence> evidence_;  // distinct contents
  mutable std::unordered_set<SignalList::Ptr, SignalHash, SignalEq> signals_;  // distinct signals
  mutable std::unordered_set<std::uint32_t, EvidenceHash, EvidenceEq> distinct_{
      0, EvidenceHash{&evidence_}, EvidenceEq{&evidence_}};
  mutable std::deque<Slot> slots_;  // a deque: growing it never copies every slot at once
  // The key is kept in the memo too: looking it up through slots_ cost a cache miss per probe.
  mutable std::unordered_map<Slot, std::uint32_t, SlotHash> slot_memo_;
  mutable std::string key_;  // reused: no allocation per line
  // One entry per (commodity, country) pair asked about, never dropped: references stay valid.
  mutable std::unordered_map<std::uint64_t, FindingEvidence> findings_memo_;
  mutable std::unordered_map<std::uint64_t, std::string> sources_;  // (dataset, edition)
  // The upstream signals of lines that declare nothing below them depend only on the
  // commodity, the origin (else the supplier's country) and whether a region is named: a
  // large BOM has tens of thousands of such keys, most with no signal, against one walk of
  // the commodity graph per distinct evidence.
  struct UpstreamKey {
    std::uint32_t commodity = 0, origin = kNone, importer = kNone;
    bool region = false;
    bool operator==(const UpstreamKey&) const = default;
  };
  struct UpstreamKeyHash {
    std::size_t operator()(const UpstreamKey& k) const noexcept;
  };
  mutable std::unordered_map<UpstreamKey, std::vector<Signal>, UpstreamKeyHash> upstream_memo_;
};

// `100 × (1 − Π (1 − w))` over `signals`, rounded to 1e-6 so thresholds compare exactly.
double combine(const std::vector<Signal>& signals);

}  // namespace chainrisk::score
