#include "out_dir.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <system_error>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "chainrisk/error.hpp"

namespace chainrisk::batch {
namespace {

constexpr const char* kIndexJson = "index.json";
constexpr const char* kIndexHtml = "index.html";

std::string join_path(const std::string& dir, const std::string& name) {
  return dir.ends_with('/') ? dir + name : fmt::format("{}/{}", dir, name);
}

// A name this module could have written: what sanitise_name yields, so a tampered index
// cannot make the cleanup remove anything outside `dir` or anything hidden.
bool is_report_name(const std::string& name) {
  if (name.empty() || name[0] == '.' || name == kIndexJson || name == kIndexHtml) return false;
  return sanitise_name(name) == name;
}

}  // namespace

void prepare_out_dir(const std::string& dir) {
  struct stat st {};
  if (::stat(dir.c_str(), &st) == 0) {
    if (!S_ISDIR(st.st_mode)) throw UsageError(fmt::format("{}: exists and is not a directory; --out needs a directory", dir));
    return;
  }
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) throw UsageError(fmt::format("{}: cannot create the directory: {}", dir, ec.message()));
}

std::unique_ptr<report::AtomicFile> open_report(const std::string& dir, const std::string& name) {
  std::string path = join_path(dir, name);
  struct stat st {};
  if (::lstat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode)) {
    throw UsageError(S_ISLNK(st.st_mode)
                         ? fmt::format("{}: is a symbolic link; refusing to write through it", path)
                         : fmt::format("{}: exists and is not a regular file; refusing to replace it", path));
  }
  // AtomicFile renames its temporary file over `path`; rename replaces a link that appears
  // after the check instead of following it, so a race cannot write outside `dir` either.
  return std::make_unique<report::AtomicFile>(path);
}

std::set<std::string> previous_reports(const std::string& dir) {
  std::set<std::string> out;
  std::string path = join_path(dir, kIndexJson);
  struct stat st {};
  if (::lstat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return out;
  std::ifstream in(path, std::ios::binary);
  auto j = nlohmann::json::parse(in, nullptr, false);
  if (j.is_discarded() || !j.is_object() || j.value("schema", "") != "chainrisk.batch-index/v1") return out;
  auto boms = j.find("boms");
  if (boms == j.end() || !boms->is_array()) return out;
  for (const auto& b : *boms) {
    if (!b.is_object()) continue;
    auto reports = b.find("reports");
    if (reports == b.end() || !reports->is_object()) continue;
    for (const auto& r : reports->items()) {
      if (r.value().is_string()) out.insert(r.value().get<std::string>());
    }
  }
  return out;
}

void write_index_files(const std::string& dir, const Index& index) {
  auto json = open_report(dir, kIndexJson);
  write_index_json(index, json->stream());
  auto html = open_report(dir, kIndexHtml);
  write_index_html(index, html->stream());
  json->commit();
  html->commit();
}

void remove_stale_reports(const std::string& dir, const std::set<std::string>& previous, const Index& index) {
  std::set<std::string> current;
  for (const auto& e : index.entries) {
    for (const auto& r : e.reports) current.insert(r.second);
  }
  for (const auto& name : previous) {
    if (current.count(name) != 0 || !is_report_name(name)) continue;
    std::string path = join_path(dir, name);
    struct stat st {};
    if (::lstat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode)) ::unlink(path.c_str());
  }
}

}  // namespace chainrisk::batch
