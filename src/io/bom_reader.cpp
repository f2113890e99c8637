#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <iostream>

#include <fmt/format.h>

#include "chainrisk/io/bom.hpp"
#include "chainrisk/io/limits.hpp"
#include "text_input.hpp"

namespace chainrisk::io {
namespace {

// Read all of `fd` up to kMaxInputBytes; returns an error message or "".
std::string read_all(int fd, std::string& out) {
  char buf[65536];
  while (true) {
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0) {
      if (errno == EINTR) continue;
      return fmt::format("cannot read: {}", std::strerror(errno));
    }
    if (n == 0) return "";
    if (out.size() + static_cast<std::size_t>(n) > kMaxInputBytes) {
      return "file larger than 1 GiB (the input limit); split it into several BOMs";
    }
    out.append(buf, static_cast<std::size_t>(n));
  }
}

bool same_time(const struct timespec& a, const struct timespec& b) {
  return a.tv_sec == b.tv_sec && a.tv_nsec == b.tv_nsec;
}

// Read `path` into `out`; returns an error message or "". A regular file is checked
// against the size limit before anything is read, and must be the same size and age
// after the read as before: a report on half an export being written is worse than none.
std::string read_path(const std::string& path, std::string& out) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return fmt::format("cannot open: {}", std::strerror(errno));
  struct stat before {};
  std::string err;
  if (::fstat(fd, &before) != 0) {
    err = fmt::format("cannot stat: {}", std::strerror(errno));
  } else if (S_ISDIR(before.st_mode)) {
    err = "is a directory; expected a BOM file";
  } else if (S_ISREG(before.st_mode) && static_cast<std::size_t>(before.st_size) > kMaxInputBytes) {
    err = fmt::format("file is {} bytes, larger than 1 GiB (the input limit); split it into several BOMs",
                      before.st_size);
  } else {
    if (S_ISREG(before.st_mode)) out.reserve(static_cast<std::size_t>(before.st_size));
    err = read_all(fd, out);
    struct stat after {};
    if (err.empty() && S_ISREG(before.st_mode) && ::fstat(fd, &after) == 0 &&
        (after.st_size != before.st_size || out.size() != static_cast<std::size_t>(before.st_size) ||
         !same_time(after.st_mtim, before.st_mtim))) {
      err = fmt::format("file changed while it was read ({} bytes when opened, {} read); scan it again "
                        "once it is complete", before.st_size, out.size());
    }
  }
  ::close(fd);
  return err;
}

}  // namespace

BomFile read_bom(std::string_view text, const std::string& name, Diagnostics& diag) {
  if (auto why = unsupported_encoding(text)) {
    BomFile out;
    out.name = name;
    out.fatal = true;
    diag.error(name, {1, 1}, *why);
    return out;
  }
  std::string_view body = text.substr(skip_utf8_bom(text));
  auto first = body.find_first_not_of(" \t\r\n");
  if (first != std::string_view::npos && (body[first] == '{' || body[first] == '[')) {
    return read_json_bom(text, name, diag);
  }
  return read_csv_bom(text, name, diag);
}

std::string read_input(const std::string& path, std::string& text) {
  return path == "-" ? read_all(STDIN_FILENO, text) : read_path(path, text);
}

BomFile load_bom_file(const std::string& path, Diagnostics& diag) {
  std::string text;
  std::string name = path == "-" ? "<stdin>" : path;
  std::string err = read_input(path, text);
  if (!err.empty()) {
    BomFile out;
    out.name = name;
    out.fatal = true;
    diag.error(name, {}, err);
    return out;
  }
  return read_bom(text, name, diag);
}

}  // namespace chainrisk::io
