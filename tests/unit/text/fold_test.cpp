// text::fold and text::singular: the name folding that country, region and commodity
// matching relies on (include/chainrisk/text/fold.hpp). Literals are UTF-8 source text.
#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "chainrisk/text/fold.hpp"

using chainrisk::text::fold;
using chainrisk::text::singular;

TEST_CASE("fold: apostrophes vanish and accents fold, so country spellings meet",
          "[text][fold]") {
  CHECK(fold("Côte d’Ivoire") == "cote divoire");
  CHECK(fold("COTE D'IVOIRE") == "cote divoire");
  CHECK(fold("Côte d`Ivoire") == "cote divoire");
  CHECK(fold("Cote dʼIvoire") == "cote divoire");  // U+02BC modifier apostrophe
  CHECK(fold("Türkiye") == "turkiye");
  CHECK(fold("São Tomé and Príncipe") == "sao tome and principe");
  CHECK(fold("Curaçao") == "curacao");
  CHECK(fold("Réunion") == "reunion");
  CHECK(fold("Åland") == "aland");
}

TEST_CASE("fold: punctuation becomes single spaces, trimmed", "[text][fold]") {
  CHECK(fold("CONGO, DEM. REP.") == "congo dem rep");
  CHECK(fold("Congo, Dem. Rep.") == "congo dem rep");
  CHECK(fold("Congo (Kinshasa)") == "congo kinshasa");
  CHECK(fold("Korea, Rep.") == "korea rep");
  CHECK(fold("  --Cobalt   hydroxide--  ") == "cobalt hydroxide");
  CHECK(fold("HS 7403.11") == "hs 7403 11");
  CHECK(fold("Bosnia & Herzegovina") == "bosnia herzegovina");
  CHECK(fold("") == "");
  CHECK(fold(" ,.;- ") == "");
}

TEST_CASE("fold: Latin letters beyond accents", "[text][fold]") {
  CHECK(fold("Straße") == "strasse");
  CHECK(fold("Øresund") == "oresund");
  CHECK(fold("Æther") == "aether");
  CHECK(fold("Œuvre") == "oeuvre");
  CHECK(fold("Łódź") == "lodz");
  CHECK(fold("Þórshöfn") == "thorshofn");
  CHECK(fold("IJssel") == "ijssel");
  CHECK(fold("2×3÷4") == "2 3 4");  // × and ÷ are symbols, not letters
}

TEST_CASE("fold: decomposed accents, non-ASCII spaces and dashes", "[text][fold]") {
  CHECK(fold("Co\xCC\x82te d\xE2\x80\x99Ivoire") == "cote divoire");  // o + U+0302
  CHECK(fold("Re\xCC\x81union") == "reunion");
  CHECK(fold("cobalt\xC2\xA0" "ore") == "cobalt ore");      // no-break space
  CHECK(fold("lithium\xE2\x80\x94ion") == "lithium ion");   // em dash
  CHECK(fold("«Xinjiang»") == "xinjiang");
  CHECK(fold("新疆、Uygur") == "新疆 uygur");                // ideographic comma
}

TEST_CASE("fold: non-Latin letters are kept as they are", "[text][fold]") {
  CHECK(fold("Россия") == "Россия");
  CHECK(fold("中国") == "中国");
  CHECK(fold("Ελλάδα") == "Ελλάδα");
}

TEST_CASE("fold: invalid UTF-8 separates words instead of failing", "[text][fold]") {
  CHECK(fold("ab\xFF" "cd") == "ab cd");
  CHECK(fold("\xC0\xAF" "tin\xE2\x82") == "tin");
}

TEST_CASE("fold: is idempotent", "[text][fold]") {
  for (std::string_view s : {"Côte d’Ivoire", "CONGO, DEM. REP.", "Straße", "Россия 2×3",
                             "  Ivory   Coast "}) {
    CAPTURE(s);
    CHECK(fold(fold(s)) == fold(s));
  }
}

TEST_CASE("singular: English plurals of commodity words", "[text][fold]") {
  const std::vector<std::pair<std::string_view, std::string_view>> cases = {
      {"batteries", "battery"}, {"boxes", "box"},         {"cathodes", "cathode"},
      {"glass", "glass"},       {"wires", "wire"},         {"dishes", "dish"},
      {"matches", "match"},     {"classes", "class"},      {"potatoes", "potato"},
      {"tomatoes", "tomato"},   {"shoes", "shoe"},         {"toes", "toe"},
      {"taxes", "tax"},         {"status", "status"},      {"analysis", "analysis"},
      {"gas", "gas"},           {"bus", "bus"},            {"ores", "ore"},
      {"copper", "copper"},     {"cobalt", "cobalt"},      {"diamonds", "diamond"},
      {"", ""},
  };
  for (const auto& [plural, want] : cases) {
    CAPTURE(plural);
    CHECK(singular(plural) == want);
  }
}
