#pragma once
// Small text helpers shared by the scorer's signal files.
#include <string>
#include <vector>

namespace chainrisk::score {

// Append `s` unless `v` already holds it (sources and messages are listed once).
void add_unique(std::vector<std::string>& v, std::string s);
// "the DOL list ..." → "The DOL list ...": messages start a sentence.
std::string capitalized(std::string s);

}  // namespace chainrisk::score
