#pragma once

#include <string>
#include <string_view>

namespace chainrisk::data {

// SHA-256 of `bytes` as 64 lowercase hex digits (FIPS 180-4). Used to check each dataset
// against the sha256 its manifest entry records.
std::string sha256_hex(std::string_view bytes);

}  // namespace chainrisk::data
