#include <glob.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <optional>
#include <system_error>
#include <unordered_set>

#include <fmt/format.h>

#include "chainrisk/batch/batch.hpp"
#include "chainrisk/error.hpp"

namespace chainrisk::batch {
namespace {

namespace fs = std::filesystem;

struct FileId {
  dev_t dev = 0;
  ino_t ino = 0;
};

bool is_pattern(const std::string& arg) { return arg.find_first_of("*?[") != std::string::npos; }

// The identity dedupe compares: the real path, or the normalised absolute path of a file
// that does not exist (reading it fails later, once).
std::string real_key(const std::string& path) {
  char buf[PATH_MAX];
  if (::realpath(path.c_str(), buf) != nullptr) return buf;
  std::error_code ec;
  auto abs = fs::absolute(path, ec);
  return ec ? path : abs.lexically_normal().string();
}

class Walker {
 public:
  explicit Walker(const std::string& skip_dir) {
    struct stat st {};
    if (!skip_dir.empty() && ::stat(skip_dir.c_str(), &st) == 0) skip_ = FileId{st.st_dev, st.st_ino};
  }

  // A command-line argument: a file, a directory, a pattern, or a path that does not exist.
  void add_arg(const std::string& arg) {
    struct stat st {};
    if (::stat(arg.c_str(), &st) == 0) {
      add_existing(arg, st);
    } else if (is_pattern(arg)) {
      expand(arg);
    } else {
      out_.push_back({arg, "", 0});
    }
  }

  std::vector<Input> take() { return std::move(out_); }

 private:
  void add_existing(const std::string& path, const struct stat& st) {
    if (S_ISDIR(st.st_mode)) {
      walk(path);
    } else {
      out_.push_back({path, "", S_ISREG(st.st_mode) ? static_cast<std::uintmax_t>(st.st_size) : 0});
    }
  }

  void expand(const std::string& pattern) {
    glob_t g{};
    int rc = ::glob(pattern.c_str(), 0, nullptr, &g);
    if (rc == 0) {
      for (std::size_t i = 0; i < g.gl_pathc; ++i) {
        std::string match = g.gl_pathv[i];
        struct stat st {};
        if (::stat(match.c_str(), &st) == 0) add_existing(match, st);
      }
    } else {
      out_.push_back({pattern, rc == GLOB_NOMATCH ? "no file matches the pattern" : "cannot expand the pattern", 0});
    }
    ::globfree(&g);
  }

  bool skipped(const struct stat& st) const {
    return skip_ && skip_->dev == st.st_dev && skip_->ino == st.st_ino;
  }

  // Directory symlinks are not followed (no loops); hidden entries (.git) are skipped.
  void walk(const std::string& dir) {
    struct stat dst {};
    if (::stat(dir.c_str(), &dst) == 0 && skipped(dst)) return;
    std::error_code ec;
    fs::directory_iterator it(dir, ec);
    if (ec) {
      out_.push_back({dir, fmt::format("cannot read the directory: {}", ec.message()), 0});
      return;
    }
    for (; it != fs::directory_iterator(); it.increment(ec)) {
      std::string name = it->path().filename().string();
      if (name.empty() || name[0] == '.') continue;
      std::string path = (fs::path(dir) / name).string();
      struct stat lst {};
      if (::lstat(path.c_str(), &lst) != 0) continue;
      if (S_ISDIR(lst.st_mode)) {
        walk(path);
        continue;
      }
      struct stat st {};
      if (!has_bom_extension(name) || ::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) continue;
      out_.push_back({path, "", static_cast<std::uintmax_t>(st.st_size)});
    }
    if (ec) out_.push_back({dir, fmt::format("cannot read the directory: {}", ec.message()), 0});
  }

  std::optional<FileId> skip_;
  std::vector<Input> out_;
};

}  // namespace

bool has_bom_extension(std::string_view name) {
  std::string lower(name);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c); });
  for (std::string_view ext : {".csv", ".tsv", ".json"}) {
    if (lower.size() > ext.size() && lower.ends_with(ext)) return true;
  }
  return false;
}

std::vector<Input> discover_inputs(const std::vector<std::string>& args, const std::string& skip_dir) {
  Walker walker(skip_dir);
  for (const auto& arg : args) {
    if (arg == "-") throw UsageError("batch reads files, not stdin: use 'chainrisk scan -' for stdin");
    walker.add_arg(arg);
  }
  auto found = walker.take();
  std::sort(found.begin(), found.end(), [](const Input& a, const Input& b) { return a.path < b.path; });
  std::vector<Input> out;
  std::unordered_set<std::string> seen;
  for (auto& in : found) {
    if (seen.insert(real_key(in.path)).second) out.push_back(std::move(in));
  }
  return out;
}

}  // namespace chainrisk::batch
