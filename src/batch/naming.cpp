#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <system_error>
#include <unordered_set>

#include <fmt/format.h>

#include "chainrisk/batch/batch.hpp"

namespace chainrisk::batch {
namespace {

namespace fs = std::filesystem;

bool allowed(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' ||
         c == '-';
}

std::uint32_t fnv1a(std::string_view s) {
  std::uint32_t h = 2166136261u;
  for (unsigned char c : s) {
    h ^= c;
    h *= 16777619u;
  }
  return h;
}

std::string lower(std::string s) {
  for (auto& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return s;
}

fs::path absolute_normal(const std::string& path) {
  std::error_code ec;
  auto abs = fs::absolute(path, ec);
  return (ec ? fs::path(path) : abs).lexically_normal();
}

// The deepest directory holding every path.
fs::path common_root(const std::vector<fs::path>& paths) {
  if (paths.empty()) return {};
  fs::path root = paths.front().parent_path();
  for (const auto& p : paths) {
    fs::path dir = p.parent_path(), common;
    auto a = root.begin(), b = dir.begin();
    for (; a != root.end() && b != dir.end() && *a == *b; ++a, ++b) common /= *a;
    root = common;
  }
  return root;
}

}  // namespace

std::string sanitise_name(std::string_view name) {
  std::string out;
  bool in_run = false;
  for (char c : name) {
    if (allowed(c)) {
      out += c;
      in_run = false;
    } else if (!in_run) {
      out += '_';
      in_run = true;
    }
  }
  for (auto& c : out) {
    if (c != '.') break;
    c = '_';
  }
  if (out.empty()) out = "bom";
  if (out.size() > kMaxStem) out = fmt::format("{}-{:08x}", out.substr(0, kMaxStem - 9), fnv1a(out));
  return out;
}

std::vector<std::string> report_stems(const std::vector<std::string>& paths) {
  std::vector<fs::path> abs;
  abs.reserve(paths.size());
  for (const auto& p : paths) abs.push_back(absolute_normal(p));
  fs::path root = common_root(abs);
  std::unordered_set<std::string> taken{"index"};
  std::vector<std::string> out;
  out.reserve(paths.size());
  for (const auto& p : abs) {
    std::string stem = sanitise_name(p.lexically_relative(root).generic_string());
    std::string name = stem;
    for (int n = 2; !taken.insert(lower(name)).second; ++n) name = fmt::format("{}-{}", stem, n);
    out.push_back(std::move(name));
  }
  return out;
}

std::string report_extension(std::string_view format) {
  static constexpr std::pair<std::string_view, std::string_view> kKnown[] = {
      {"table", ".txt"},    {"json", ".json"},   {"ndjson", ".ndjson"},    {"csv", ".csv"},
      {"sarif", ".sarif"},  {"junit", ".junit.xml"}, {"markdown", ".md"}, {"html", ".html"},
  };
  for (const auto& [name, ext] : kKnown) {
    if (name == format) return std::string(ext);
  }
  return std::string(".") += sanitise_name(format);
}

}  // namespace chainrisk::batch
