#pragma once
// The parts of the SARIF writer (sarif_writer.cpp) that tests check on their own: the
// rules, the level of a result, artifact URIs and fingerprints.
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "chainrisk/score/level.hpp"
#include "chainrisk/score/report.hpp"

namespace chainrisk::report::sarif {

// One reporting descriptor per signal kind of cli.md (sarif_rules.cpp).
struct Rule {
  std::string_view id;                // the signal kind, used as ruleId
  std::string_view name;              // UpperCamelCase, as SARIF viewers expect
  std::string_view short_description;
  std::string_view full_description;  // what the signal means
  std::string_view action;            // what to do about it
  std::string_view anchor;            // section of docs/methodology.md
  std::string_view default_level;     // error, warning or note
};

// The rules in the order of run.tool.driver.rules (ruleIndex).
std::span<const Rule> rules();
// The index of the rule for signal kind `kind`, or nullopt for a kind without one.
std::optional<std::size_t> rule_index(std::string_view kind);
// The rule's help: plain text and Markdown, from its description and action.
std::string help_text(const Rule& r);
std::string help_markdown(const Rule& r);
// Where the rule is explained: "docs/methodology.md#ANCHOR", the rule's section.
std::string methodology_section(const Rule& r);

// A result's level (docs/formats.md, "SARIF"): `mitigation` signals are "note"; any other
// signal takes its line's level, the level `--fail-on` gates on: "error" at or above
// `fail_level`, "warning" at medium and above, "note" below.
std::string_view result_level(std::string_view kind, score::Level line_level, score::Level fail_level);

// A BOM file name as a SARIF artifact URI: a relative path stays relative (then
// `relative` is true and the writer adds uriBaseId %SRCROOT%), leading "./" dropped; an
// absolute path becomes a file:// URI; bytes outside RFC 3986's unreserved and path
// characters (and ':', which would read as a scheme) are percent-encoded.
struct ArtifactUri {
  std::string uri;
  bool relative = true;
};
ArtifactUri artifact_uri(std::string_view file);

// partialFingerprints value of a result: 32 hex digits of the SHA-256 of the file, the
// line's id (or "line N" when it has none), the signal's kind, commodity, country and
// region, and `ordinal` (how many earlier signals of the line had the same five), so it
// stays the same across runs while the line keeps its id, and differs within a run.
std::string fingerprint(const score::LineReport& l, const score::Signal& s, std::size_t ordinal);

}  // namespace chainrisk::report::sarif
