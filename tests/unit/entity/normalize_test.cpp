#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "chainrisk/entity/normalize.hpp"

using chainrisk::entity::is_legal_form;
using chainrisk::entity::join_tokens;
using chainrisk::entity::NameToken;
using chainrisk::entity::normalize_name;

namespace {

// The normalized name as one string, qualifiers in parentheses: easy to read in a failure.
std::string norm(const std::string& name) { return join_tokens(normalize_name(name)); }

}  // namespace

TEST_CASE("entity normalize: case, punctuation and legal forms fold away", "[entity]") {
  CHECK(norm("Hoshine Silicon Industry (Shanshan) Co., Ltd") == "hoshine silicon industry (shanshan)");
  CHECK(norm("HOSHINE SILICON INDUSTRY (SHANSHAN) CO LTD") == "hoshine silicon industry (shanshan)");
  CHECK(norm("Xinjiang Daqo New Energy Co.,Ltd.") == "xinjiang daqo new energy");
  CHECK(norm("Zijin Mining Group Company Limited") == "zijin mining group");
  CHECK(norm("Ninestar Corporation") == "ninestar");
  // A legal form in the middle goes too: the UFLPA list has "..., Co., Ltd., Xinye Branch".
  CHECK(norm("China Cotton Group Henan Logistics Park Co., Ltd., Xinye Branch") ==
        "china cotton group henan logistic park xinye branch");
}

TEST_CASE("entity normalize: every legal form of the brief is dropped", "[entity]") {
  for (const char* form : {"Co.", "Co", "Ltd", "Ltd.", "Limited", "LLC", "Inc", "Inc.", "Corp", "Corp.",
                           "Corporation", "Company", "GmbH", "AG", "S.A.", "SA", "SARL", "S.A.S.", "SAS",
                           "SpA", "S.p.A.", "BV", "B.V.", "NV", "N.V.", "PLC", "Pty", "Pty Ltd", "JSC", "OOO",
                           "ООО", "有限公司", "股份有限公司", "有限责任公司", "Co., Ltd.", "GmbH & Co. KG"}) {
    INFO(form);
    CHECK(norm(std::string("Acme ") + form) == "acme");
  }
  CHECK(is_legal_form("ltd"));
  CHECK(is_legal_form("gmbh"));
  CHECK(is_legal_form("有限公司"));
  CHECK_FALSE(is_legal_form("group"));
  CHECK_FALSE(is_legal_form("corps"));
}

TEST_CASE("entity normalize: Group and 集团 are part of the name", "[entity]") {
  // The UFLPA list names groups and their subsidiaries as separate entities (Esquel Group and
  // Guangdong Esquel Textile), so "Group" tells them apart.
  CHECK(norm("Camel Group Co., Ltd.") == "camel group");
  CHECK(norm("Kashgar Construction Engineering (Group) Co., Ltd.") == "kashgar construction engineering (group)");
  CHECK(norm("中泰集团有限公司") == "中泰 泰集 集团");
}

TEST_CASE("entity normalize: words in parentheses are kept as qualifiers", "[entity]") {
  auto tokens = normalize_name("Hongyuan New Materials (Baotou) Co., Ltd.");
  REQUIRE(tokens.size() == 4);
  CHECK(tokens[3] == NameToken{"baotou", true});
  CHECK_FALSE(tokens[0].qualifier);
  // Full-width parentheses of Chinese text count too.
  CHECK(norm("Ｈｏｎｇｙｕａｎ（Ｂａｏｔｏｕ）") == "hongyuan (baotou)");
  CHECK(norm("((unbalanced") == "(unbalanced)");
  CHECK(norm(")x(y") == "x (y)");
}

TEST_CASE("entity normalize: accents and Latin letters beyond Latin-1 are transliterated", "[entity]") {
  CHECK(norm("Lǚzhōu Xiéyè") == "luzhou xieye");       // pinyin tone marks, ǚ from Latin Extended-B
  CHECK(norm("Việt Nam Dệt May") == "viet nam det may");  // Vietnamese, Latin Extended Additional
  CHECK(norm("Ştefan Ţiriac SRL") == "stefan tiriac");
  CHECK(norm("Əliyev Holding") == "eliyev holding");
  CHECK(norm("Müller GmbH & Co. KG") == "muller");
  CHECK(norm("Sichuan Yuan’an Pharmaceutical Co. Ltd.") == "sichuan yuanan pharmaceutical");
  CHECK(norm("ＺＨＵＨＡＩ　Ｇ＆Ｇ") == "zhuhai gg");  // full-width forms
  CHECK(norm("ООО «Ромашка»") == "ромашка");  // Cyrillic capitals lowercased, not transliterated
}

TEST_CASE("entity normalize: single letters in a row form one word", "[entity]") {
  CHECK(norm("Zhuhai G&G Digital Technology") == "zhuhai gg digital technology");
  CHECK(norm("Zhuhai G & G Digital Technology") == "zhuhai gg digital technology");
  CHECK(norm("A.B.C. Trading") == "abc trading");
  CHECK(norm("No. 4 Vocation Skills") == "no 4 vocation skill");  // digits stay words
}

TEST_CASE("entity normalize: plurals become singular but Corps stays", "[entity]") {
  CHECK(norm("Dongguan Oasis Shoes Co., Ltd.") == "dongguan oasis shoe");
  CHECK(norm("Hetian Haolin Hair Accessories") == "hetian haolin hair accessory");
  CHECK(norm("Xinjiang Production and Construction Corps") == "xinjiang production construction corps");
}

TEST_CASE("entity normalize: and, of, the are dropped", "[entity]") {
  CHECK(norm("Heze Cotton and Linen Co., Ltd.") == "heze cotton linen");
  CHECK(norm("Heze Cotton & Linen") == "heze cotton linen");
  CHECK(norm("The Bank of Shoes") == "bank shoe");
}

TEST_CASE("entity normalize: Han characters become bigrams without their legal forms", "[entity]") {
  CHECK(norm("新疆大全新能源股份有限公司") == "新疆 疆大 大全 全新 新能 能源");
  CHECK(norm("新疆大全新能源有限公司（石河子）") == "新疆 疆大 大全 全新 新能 能源 (石河 河子)");
  CHECK(norm("分公司") == "分");
  CHECK(norm("ABC新疆 Ltd") == "abc 新疆");
  CHECK(norm("有限公司").empty());
}

TEST_CASE("entity normalize: names of nothing but legal forms and punctuation are empty", "[entity]") {
  CHECK(normalize_name("").empty());
  CHECK(normalize_name("Co., Ltd.").empty());
  CHECK(normalize_name(" -- () ").empty());
  CHECK(norm("\xff\xfe bad") == "bad");  // invalid UTF-8 separates words
}

TEST_CASE("entity normalize: normalizing the joined tokens gives the same tokens", "[entity]") {
  for (const char* name : {"Hoshine Silicon Industry (Shanshan) Co., Ltd", "Baku Steel (Group) (Holding) Co",
                           "新疆大全新能源有限公司（石河子）", "A Co B", "S Co A", "Zhuhai G & G", "分 公 司",
                           "Ǆemal Ħ Ł", "x (y) z"}) {
    INFO(name);
    auto tokens = normalize_name(name);
    CHECK(normalize_name(join_tokens(tokens)) == tokens);
  }
}
