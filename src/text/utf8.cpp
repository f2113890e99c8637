#include "chainrisk/text/utf8.hpp"

#include <cstdint>
#include <cstring>

namespace chainrisk::text {
namespace {

// Length of the sequence led by `b`, or 0 for a byte that cannot start one.
std::size_t sequence_length(unsigned char b) {
  if (b < 0x80) return 1;
  if (b >= 0xC2 && b <= 0xDF) return 2;
  if (b >= 0xE0 && b <= 0xEF) return 3;
  if (b >= 0xF0 && b <= 0xF4) return 4;
  return 0;
}

bool is_continuation(unsigned char b) { return (b & 0xC0) == 0x80; }

// Decode a well-formed sequence of `len` bytes at `s[i]`, or return nullopt (RFC 3629).
std::optional<char32_t> decode(std::string_view s, std::size_t i, std::size_t len) {
  if (len == 0 || i + len > s.size()) return std::nullopt;
  auto b0 = static_cast<unsigned char>(s[i]);
  if (len == 1) return b0;
  char32_t cp = b0 & (0xFF >> (len + 1));
  for (std::size_t k = 1; k < len; ++k) {
    auto b = static_cast<unsigned char>(s[i + k]);
    if (!is_continuation(b)) return std::nullopt;
    cp = (cp << 6) | (b & 0x3F);
  }
  static constexpr char32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < kMin[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return std::nullopt;
  return cp;
}

}  // namespace

std::optional<std::size_t> find_invalid_utf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    // BOM text is mostly ASCII: skip it eight bytes at a time.
    constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;
    for (std::uint64_t w; i + 8 <= s.size(); i += 8) {
      std::memcpy(&w, s.data() + i, 8);
      if (w & kHighBits) break;
    }
    if (i >= s.size()) break;
    auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      ++i;
      continue;
    }
    std::size_t len = sequence_length(b);
    if (!decode(s, i, len)) return i;
    i += len;
  }
  return std::nullopt;
}

char32_t next_code_point(std::string_view s, std::size_t& i) {
  auto b = static_cast<unsigned char>(s[i]);
  std::size_t len = sequence_length(b);
  if (auto cp = decode(s, i, len)) {
    i += len;
    return *cp;
  }
  ++i;
  return 0xFFFD;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

}  // namespace chainrisk::text
