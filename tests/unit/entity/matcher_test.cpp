#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <thread>
#include <vector>

#include "chainrisk/entity/matcher.hpp"
#include "chainrisk/entity/search.hpp"
#include "test_support.hpp"

using namespace chainrisk;
using entity::MatchKind;

namespace {

const entity::EntityMatcher& matcher() {
  static const entity::EntityMatcher m(test::default_graph());
  return m;
}

// The best match of `query` against the embedded UFLPA list, as "id kind".
std::string best(const std::string& query) {
  auto matches = matcher().match(query, 1);
  if (matches.empty()) return "none";
  return test::default_graph().entities[matches[0].entity].id + " " + std::string(to_string(matches[0].kind));
}

double best_score(const std::string& query) {
  auto matches = matcher().match(query, 1);
  return matches.empty() ? 0.0 : matches[0].score;
}

}  // namespace

TEST_CASE("entity match: case, punctuation, legal forms and word order do not matter", "[entity]") {
  for (const char* q : {"Hoshine Silicon Industry (Shanshan) Co., Ltd", "HOSHINE SILICON INDUSTRY (SHANSHAN) CO LTD",
                        "hoshine silicon industry shanshan", "Shanshan Hoshine Silicon Industry Co",
                        "Hoshine Silicon Industry Co Ltd (Shanshan)"}) {
    INFO(q);
    CHECK(best(q) == "uflpa-004 exact");
    CHECK(best_score(q) == 1.0);
  }
  CHECK(best("Daqo New Energy Co Ltd (Xinjiang)") == "uflpa-068 exact");
  CHECK(best("Zijin Mining Group Company Limited") == "uflpa-085 exact");
  CHECK(best("Ninestar Corp") == "uflpa-009 exact");
  CHECK(best("Heze Cotton & Linen Co") == "uflpa-036 exact");
  CHECK(best("Baowu Group Xinjiang Bayi Iron & Steel") == "uflpa-047 exact");
}

TEST_CASE("entity match: plurals, abbreviations and spelling variants are exact", "[entity]") {
  CHECK(best("Changji Esquel Textiles Co Ltd") == "uflpa-049 exact");
  CHECK(best("Geehy Semiconductors Co., Ltd.") == "uflpa-008 exact");
  CHECK(best("Zhuhai G & G Digital Tech") == "uflpa-012 exact");
  CHECK(best("Gansu Yasheng Intl Trade") == "uflpa-056 exact");
  CHECK(best("Shihezi Xinren Battery Aluminium Foil Technology") == "uflpa-086 exact");
  CHECK(best("Sichuan Yuanan Pharmaceutical") == "uflpa-063 exact");
}

TEST_CASE("entity match: pinyin written apart or joined is the same word", "[entity]") {
  CHECK(best("Xinjiang Zhong Tai Chemical") == "uflpa-010 exact");
  CHECK(best("Sichuan Yuan An Pharmaceutical") == "uflpa-063 exact");
  CHECK(best("Zhuhai Putech Industrial") == "uflpa-016 exact");
}

TEST_CASE("entity match: aliases match and are reported as aliases", "[entity]") {
  auto m = matcher().match("Hesheng Silicon Industry (Shanshan) Co.", 1);
  REQUIRE(m.size() == 1);
  CHECK(test::default_graph().entities[m[0].entity].id == "uflpa-004");
  CHECK(m[0].alias);
  CHECK(m[0].matched == "Hesheng Silicon Industry (Shanshan) Co.");
  CHECK(m[0].exact());
  CHECK(best("XPCC") == "uflpa-007 exact");
  CHECK(best("Hotan Haolin Hair Accessory Co.") == "uflpa-003 exact");
  CHECK(best("Dongguan Lvzhou Shoes") == "uflpa-039 exact");
  auto own = matcher().match("Hoshine Silicon Industry (Shanshan) Co., Ltd", 1);
  REQUIRE(own.size() == 1);
  CHECK_FALSE(own[0].alias);
  CHECK(own[0].matched == "Hoshine Silicon Industry (Shanshan) Co., Ltd");
}

TEST_CASE("entity match: a typo in a generic word stays exact, in the distinctive word it needs review", "[entity]") {
  CHECK(best("Hoshine Silicone Industry (Shanshan) Co") == "uflpa-004 exact");
  CHECK(best("Hoshin Silicon Industry Shanshan") == "uflpa-004 possible");
  // Pinyin names one letter apart are often different companies.
  CHECK(best("Xinjiang Zhongtian Chemical") == "uflpa-010 possible");
  CHECK(best("Aksu Huafa Textiles") == "uflpa-071 possible");
}

TEST_CASE("entity match: part of a listed name is a possible match", "[entity]") {
  CHECK(best("Hoshine Silicon") == "uflpa-004 possible");
  CHECK(best("Hoshine Silicon Industry") == "uflpa-004 possible");
  CHECK(best("Xinjiang Daqo") == "uflpa-068 possible");
  CHECK(best("Esquel") == "uflpa-050 possible");
  CHECK(best("Zijin Mining") == "uflpa-085 possible");
  // Without "Group" a name may be the group or one of its companies: review, not critical.
  CHECK(best("Rizhao Meijia") == "uflpa-040 possible");
  CHECK(best("Chenguang Biotech") == "uflpa-019 possible");
  // "Daqo New Energy" is also the name of the listed company's parent.
  CHECK(best("Daqo New Energy") == "uflpa-068 possible");
}

TEST_CASE("entity match: generic words alone never reach review", "[entity]") {
  for (const char* q : {"Xinjiang", "Group", "Industry", "Technology", "China", "Cotton", "Gold", "Solar",
                        "Energy", "Textile", "Trading", "International", "New Energy", "Xinjiang Co Ltd",
                        "Xinjiang Group Co., Ltd.", "Chemical Co", "Hair Products Co Ltd", "Iron and Steel"}) {
    INFO(q);
    CHECK(best_score(q) < matcher().thresholds().review);
  }
  CHECK(matcher().match("Co., Ltd.").empty());
  CHECK(matcher().match("").empty());
}

TEST_CASE("entity match: innocent names that share words with listed ones stay below review", "[entity]") {
  // Each shares a listed word: a place, a product, a brand-like word of a listed name.
  for (const char* q : {"Xinjiang Cotton Trading Co", "Xinjiang Cotton Co", "Xinjiang Tianshan Cement Co",
                        "Xinjiang Goldwind Science & Technology", "Xinjiang Tianye Group", "Xinjiang Chemical",
                        "Camel Trading", "Apex Trading", "Meike Trading", "Hope Trading", "Union Pacific",
                        "Western Digital", "Longi Green Energy Technology", "Jinko Solar", "Trina Solar",
                        "Tianjin Food Co", "Hefei Electronics Co", "Zhuhai Electronics Co",
                        "Zhuhai Printing Technology", "Hengshui Trading", "Hebei Iron and Steel Group",
                        "Guangdong Textile Import Export", "China National Cotton Reserves Corporation",
                        "Silicon Valley Bank", "Oasis Foods", "Baosteel Group", "East Hope Group",
                        "Gansu International Trading", "Xinjiang New Energy Co Ltd", "HY Trading"}) {
    INFO(q);
    CHECK(best_score(q) < matcher().thresholds().review);
  }
}

TEST_CASE("entity match: every listed name and alias finds its own entity exactly", "[entity]") {
  const auto& g = test::default_graph();
  for (std::uint32_t e = 0; e < g.entities.size(); ++e) {
    std::vector<std::string> names{g.entities[e].name};
    names.insert(names.end(), g.entities[e].aliases.begin(), g.entities[e].aliases.end());
    for (const auto& name : names) {
      INFO(name);
      auto m = matcher().match(name, 10);
      auto own = std::find_if(m.begin(), m.end(), [&](const entity::EntityMatch& x) { return x.entity == e; });
      REQUIRE(own != m.end());
      CHECK(own->score == 1.0);
      CHECK(own->exact());
    }
  }
}

TEST_CASE("entity match: one match per entity, best first, within the limit and score range", "[entity]") {
  auto m = matcher().match("Zhuhai Ninestar Information Technology", 10);
  REQUIRE(m.size() >= 3);
  CHECK(test::default_graph().entities[m[0].entity].id == "uflpa-013");
  for (std::size_t i = 0; i < m.size(); ++i) {
    CHECK(m[i].score >= matcher().thresholds().floor);
    CHECK(m[i].score <= 1.0);
    CHECK(m[i].kind == entity::classify(m[i].score, matcher().thresholds()));
    if (i > 0) CHECK(m[i - 1].score >= m[i].score);
    for (std::size_t j = 0; j < i; ++j) CHECK(m[j].entity != m[i].entity);
  }
  CHECK(matcher().match("Zhuhai Ninestar Information Technology", 2).size() == 2);
  CHECK(matcher().match("Zhuhai Ninestar Information Technology", 0).empty());
}

TEST_CASE("entity match: thresholds decide the kind", "[entity]") {
  entity::Thresholds strict{0.99, 0.9, 0.3};
  entity::EntityMatcher m(test::default_graph(), strict);
  auto typo = m.match("Hoshine Silicone Industry (Shanshan) Co", 1);
  REQUIRE(typo.size() == 1);
  CHECK(typo[0].kind == MatchKind::possible);
  CHECK(entity::classify(0.93, {}) == MatchKind::exact);
  CHECK(entity::classify(0.929, {}) == MatchKind::possible);
  CHECK(entity::classify(0.75, {}) == MatchKind::possible);
  CHECK(entity::classify(0.749, {}) == MatchKind::weak);
  for (auto k : {MatchKind::exact, MatchKind::possible, MatchKind::weak}) CHECK(entity::parse_match_kind(to_string(k)) == k);
  CHECK_FALSE(entity::parse_match_kind("Exact"));
}

namespace {

// A list in Chinese characters and Cyrillic, apart from the embedded data.
model::Graph cjk_graph() {
  model::Graph g;
  model::Entity daqo;
  daqo.id = "cn-1";
  daqo.name = "新疆大全新能源股份有限公司";
  daqo.aliases = {"Xinjiang Daqo New Energy Co., Ltd."};
  model::Entity other;
  other.id = "cn-2";
  other.name = "新疆中泰化学股份有限公司";
  model::Entity ru;
  ru.id = "ru-1";
  ru.name = "ООО «Ромашка»";
  g.entities = {daqo, other, ru};
  return g;
}

}  // namespace

TEST_CASE("entity match: names in Han characters match by bigrams", "[entity]") {
  auto g = cjk_graph();
  entity::EntityMatcher m(g);
  auto exact = m.match("新疆大全新能源有限公司", 1);
  REQUIRE(exact.size() == 1);
  CHECK(exact[0].entity == 0);
  CHECK(exact[0].exact());
  auto part = m.match("大全新能源", 1);
  REQUIRE(part.size() == 1);
  CHECK(part[0].entity == 0);
  CHECK(part[0].kind == MatchKind::possible);
  auto place = m.match("新疆", 3);
  CHECK(std::all_of(place.begin(), place.end(), [](const entity::EntityMatch& x) { return x.kind == MatchKind::weak; }));
  // No transliteration between scripts: the pinyin alias matches pinyin only.
  auto alias = m.match("Xinjiang Daqo New Energy", 1);
  REQUIRE(alias.size() == 1);
  CHECK(alias[0].alias);
  auto ru = m.match("Ромашка", 1);
  REQUIRE(ru.size() == 1);
  CHECK(ru[0].entity == 2);
  CHECK(ru[0].exact());
}

TEST_CASE("entity match: a huge value is matched in bounded work and does not pass for a name", "[entity]") {
  // A description pasted into a supplier field: 200,000 distinct words around a listed name.
  std::string value = "Hoshine Silicon Industry (Shanshan) Co., Ltd";
  for (int i = 0; i < 200000; ++i) value += " w" + std::to_string(i);
  auto m = matcher().match(value, 3);
  for (const auto& x : m) CHECK(x.kind == MatchKind::weak);
}

TEST_CASE("entity match: an empty graph matches nothing", "[entity]") {
  model::Graph g;
  entity::EntityMatcher m(g);
  CHECK(m.match("Hoshine Silicon").empty());
}

TEST_CASE("entity match cache: each distinct supplier is matched once, from any thread", "[entity]") {
  entity::MatchCache cache(matcher(), 3);
  const auto& first = cache.match("Hoshine Silicon");
  const auto& again = cache.match("Hoshine Silicon");
  CHECK(&first == &again);
  CHECK(cache.size() == 1);
  std::vector<std::string> suppliers;
  for (const auto& e : test::default_graph().entities) suppliers.push_back(e.name + " Trading");
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&] {
      for (const auto& s : suppliers) (void)cache.match(s);
    });
  }
  for (auto& t : threads) t.join();
  CHECK(cache.size() == suppliers.size() + 1);
  for (const auto& s : suppliers) {
    auto direct = matcher().match(s, 3);
    const auto& cached = cache.match(s);
    REQUIRE(cached.size() == direct.size());
    for (std::size_t i = 0; i < direct.size(); ++i) CHECK(cached[i].entity == direct[i].entity);
  }
}

TEST_CASE("entity search: weak matches are hints only when nothing reaches review", "[entity]") {
  auto found = entity::search_entities(matcher(), "Xinjiang Zhongtai Chemical", 5);
  CHECK(found.found());
  CHECK(std::none_of(found.matches.begin(), found.matches.end(),
                     [](const entity::EntityMatch& m) { return m.kind == MatchKind::weak; }));
  auto hint = entity::search_entities(matcher(), "Xinjiang", 5);
  CHECK_FALSE(hint.found());
  CHECK_FALSE(hint.matches.empty());
  CHECK(hint.tokens.size() == 1);
  auto none = entity::search_entities(matcher(), "Co., Ltd.", 5);
  CHECK_FALSE(none.found());
  CHECK(none.matches.empty());
  CHECK(none.tokens.empty());
}
