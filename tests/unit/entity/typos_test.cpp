#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "entity/typos_internal.hpp"

using namespace chainrisk::entity;

namespace {

bool share_key(const std::string& a, const std::string& b) {
  auto ka = deletion_keys(a), kb = deletion_keys(b);
  return std::any_of(ka.begin(), ka.end(), [&](const std::string& k) { return std::binary_search(kb.begin(), kb.end(), k); });
}

}  // namespace

TEST_CASE("entity typos: tolerance grows with the word", "[entity]") {
  CHECK(typo_tolerance(3) == 0);
  CHECK(typo_tolerance(4) == 1);
  CHECK(typo_tolerance(7) == 1);
  CHECK(typo_tolerance(8) == 2);
  CHECK_FALSE(typo_comparable("abc"));
  CHECK_FALSE(typo_comparable("gcl4"));
  CHECK_FALSE(typo_comparable(std::string(kMaxTypoWordLength + 1, 'a')));
  CHECK(typo_comparable("silicon"));
}

TEST_CASE("entity typos: a typo costs twice its share of the word", "[entity]") {
  CHECK(typo_similarity("silicon", "silicon") == 1.0);
  CHECK(typo_similarity("silicon", "silicone") == Approx(0.75));
  CHECK(typo_similarity("hoshin", "hoshine") == Approx(1 - 2.0 / 7));
  CHECK(typo_similarity("zhongtai", "zhongtian") == Approx(1 - 4.0 / 9));  // a swap and an insertion
  CHECK(typo_similarity("huafu", "fuhua") == 0.0);  // beyond one edit
  CHECK(typo_similarity("co", "ci") == 0.0);        // too short for typos
  CHECK(typo_similarity("4", "5") == 0.0);
}

TEST_CASE("entity typos: words within tolerance always share a deletion key", "[entity]") {
  const std::vector<std::pair<std::string, std::string>> near{
      {"silicon", "silicone"}, {"hoshine", "hoshin"},       {"zhongtai", "zhongtian"},
      {"huafu", "huafa"},      {"ninestar", "ninestra"},    {"esquel", "esqeul"},
      {"aluminum", "alumnium"}, {"vocational", "vocation"}, {"meiling", "meilling"}};
  for (const auto& [a, b] : near) {
    INFO(a << " / " << b);
    CHECK(typo_similarity(a, b) > 0);
    CHECK(share_key(a, b));
  }
  CHECK(deletion_keys("abc") == std::vector<std::string>{"abc"});
  CHECK(deletion_keys("abcd").size() == 5);
}
