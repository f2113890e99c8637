#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <iostream>

#include <fmt/format.h>

#include "chainrisk/io/bom.hpp"
#include "chainrisk/io/limits.hpp"
#include "chainrisk/io/line_source.hpp"
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

// Read the open file `fd` into `out`; returns an error message or "". A regular file is
// checked against the size limit before anything is read, and must be the same size and
// age after the read as before: a report on half an export being written is worse than none.
std::string read_fd(int fd, std::string& out) {
  struct stat before {};
  if (::fstat(fd, &before) != 0) return fmt::format("cannot stat: {}", std::strerror(errno));
  if (S_ISDIR(before.st_mode)) return "is a directory; expected a BOM file";
  if (S_ISREG(before.st_mode) && static_cast<std::size_t>(before.st_size) > kMaxInputBytes) {
    return fmt::format("file is {} bytes, larger than 1 GiB (the input limit); split it into several BOMs",
                       before.st_size);
  }
  if (S_ISREG(before.st_mode)) out.reserve(static_cast<std::size_t>(before.st_size));
  std::string err = read_all(fd, out);
  struct stat after {};
  if (err.empty() && S_ISREG(before.st_mode) && ::fstat(fd, &after) == 0 &&
      (after.st_size != before.st_size || out.size() != static_cast<std::size_t>(before.st_size) ||
       !same_time(after.st_mtim, before.st_mtim))) {
    err = fmt::format("file changed while it was read ({} bytes when opened, {} read); scan it again "
                      "once it is complete", before.st_size, out.size());
  }
  return err;
}

std::string read_path(const std::string& path, std::string& out) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return fmt::format("cannot open: {}", std::strerror(errno));
  std::string err = read_fd(fd, out);
  ::close(fd);
  return err;
}

// A BOM held in memory, yielded line by line; its problems were reported when it was read.
class MemorySource final : public LineSource {
 public:
  explicit MemorySource(BomFile bom) : lines_(std::move(bom.lines)) {
    info_ = std::move(bom);
    info_.lines.clear();
  }
  void rewind(Diagnostics&) override { next_ = 0; }
  bool next(BomLine& line) override {
    if (next_ >= lines_.size()) return false;
    line = lines_[next_++];
    return true;
  }
  bool has_field(Field f) const override {
    return std::any_of(lines_.begin(), lines_.end(), [&](const BomLine& l) { return !l.get(f).empty(); });
  }

 private:
  std::vector<BomLine> lines_;
  std::size_t next_ = 0;
};

bool is_json(std::string_view text) {
  std::string_view body = text.substr(skip_utf8_bom(text));
  auto first = body.find_first_not_of(" \t\r\n");
  return first != std::string_view::npos && (body[first] == '{' || body[first] == '[');
}

std::unique_ptr<LineSource> fatal_source(const std::string& name) {
  BomFile f;
  f.name = name;
  f.fatal = true;
  return std::make_unique<MemorySource>(std::move(f));
}

}  // namespace

std::unique_ptr<LineSource> csv_file_source(const std::string& name, int fd, const struct stat& st,
                                            std::size_t chunk);

std::unique_ptr<LineSource> memory_line_source(BomFile bom) { return std::make_unique<MemorySource>(std::move(bom)); }

// A regular CSV file is streamed (read again on each pass); anything else is read whole.
std::unique_ptr<LineSource> open_line_source(const std::string& path, Diagnostics& diag, std::size_t window) {
  std::string name = path == "-" ? "<stdin>" : path;
  int fd = path == "-" ? -1 : ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  int open_errno = errno;
  struct stat st {};
  if (fd >= 0 && ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) &&
      static_cast<std::size_t>(st.st_size) <= kMaxInputBytes) {
    char head[4096];
    ssize_t n = ::pread(fd, head, sizeof head, 0);
    std::string_view text(head, n > 0 ? static_cast<std::size_t>(n) : 0);
    if (n >= 0 && !unsupported_encoding(text) && !is_json(text) && n > 0) return csv_file_source(name, fd, st, window);
  }
  // Everything else takes the whole-text path, with its checks and messages. A FIFO or a
  // device is read from the descriptor already open: opening it again would wait for a
  // second writer that never comes.
  std::string text;
  std::string err;
  if (path == "-") {
    err = read_all(STDIN_FILENO, text);
  } else if (fd < 0) {
    err = fmt::format("cannot open: {}", std::strerror(open_errno));
  } else {
    err = read_fd(fd, text);
    ::close(fd);
  }
  if (!err.empty()) {
    diag.error(name, {}, err);
    return fatal_source(name);
  }
  if (!unsupported_encoding(text) && !is_json(text)) {
    auto source = csv_text_source(std::move(text), name);
    return source;
  }
  return memory_line_source(read_bom(text, name, diag));
}

BomFile read_bom(std::string_view text, const std::string& name, Diagnostics& diag) {
  if (auto why = unsupported_encoding(text)) {
    BomFile out;
    out.name = name;
    out.fatal = true;
    diag.error(name, {1, 1}, *why);
    return out;
  }
  if (is_json(text)) return read_json_bom(text, name, diag);
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
