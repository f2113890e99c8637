#include <catch2/catch.hpp>

#include "chainrisk/text/edit_distance.hpp"

using chainrisk::text::edit_distance;

TEST_CASE("text edit distance: insertions, deletions, substitutions and swaps", "[text]") {
  CHECK(edit_distance("zambia", "zambia", 2) == 0);
  CHECK(edit_distance("zambai", "zambia", 2) == 1);  // a swap of neighbours is one edit
  CHECK(edit_distance("silicon", "silicone", 2) == 1);
  CHECK(edit_distance("kitten", "sitting", 3) == 3);
  CHECK(edit_distance("", "abc", 5) == 3);
}

TEST_CASE("text edit distance: gives up past the limit", "[text]") {
  CHECK(edit_distance("kitten", "sitting", 2) == 3);
  CHECK(edit_distance("a", "abcdefgh", 2) == 3);
  CHECK(edit_distance("abcdef", "uvwxyz", 1) == 2);
}
