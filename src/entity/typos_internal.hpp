#pragma once
// Typo tolerance between two spellings of one word ("Silicone" / "Silicon", "Hoshin" /
// "Hoshine"), and the deletion keys that find such pairs through an index instead of by
// comparing a word with every listed word.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace chainrisk::entity {

// Words longer than this are not compared with typos (and give no deletion keys): no real
// name has one, and a fuzzer's megabyte "word" must not cost quadratic time.
inline constexpr std::size_t kMaxTypoWordLength = 32;

// Edits tolerated in a word of `length` letters: none up to 3 ("co" and "ci", "4" and "5" are
// different words), one up to 7, two from 8.
std::size_t typo_tolerance(std::size_t length);

// Only words of ASCII letters, 4 to kMaxTypoWordLength long, are compared with typos.
bool typo_comparable(std::string_view word);

// Similarity of two spellings: 1 when equal; else 1 − 2·d / (longer length) for an edit
// distance d within the tolerance of the shorter word; else 0. A typo costs twice its share
// of the word, so a one-letter difference in a short pinyin name ("Zhongtai" / "Zhongtian")
// is a possible match, not the same name.
double typo_similarity(std::string_view a, std::string_view b);

// Call `fn(key)` with `word` and every string made by deleting up to typo_tolerance(size) of
// its letters (a key may come twice when letters repeat). Two words within tolerance of each
// other always share a key, so an index of the listed words' keys finds every candidate for a
// query word from the query word's own keys. The keys live in one buffer: no allocation per key.
template <typename Fn>
void for_each_deletion_key(std::string_view word, Fn&& fn) {
  fn(word);
  if (!typo_comparable(word)) return;
  std::string key(word.substr(1));
  for (std::size_t i = 0; i < word.size(); ++i) {  // key = word without letter i
    if (i > 0) key[i - 1] = word[i - 1];
    fn(std::string_view(key));
    if (typo_tolerance(word.size()) < 2) continue;
    std::string shorter = key;
    for (std::size_t j = i; j + 1 < word.size(); ++j) {  // without letters i and j + 1
      shorter.assign(key).erase(j, 1);
      fn(std::string_view(shorter));
    }
  }
}

// The keys of for_each_deletion_key, sorted, each once: for building the index.
std::vector<std::string> deletion_keys(std::string_view word);

}  // namespace chainrisk::entity
