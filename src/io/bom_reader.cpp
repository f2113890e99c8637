#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <vector>
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

namespace {

// stdin, a FIFO or a device cannot be read twice: it is copied to an unnamed temporary
// file ($TMPDIR, else /tmp; it has no name and is gone when closed) and streamed from
// there, so memory stays bounded however much arrives. Returns the temporary file, or -1
// with `err` set, or -1 with `err` empty when no temporary file can be made (the caller
// then reads the input into memory).
int spool(int in, std::string& err) {
  const char* dir = std::getenv("TMPDIR");
  std::string where = dir && *dir ? dir : "/tmp";
  int fd = ::open(where.c_str(), O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0) {  // a file system without O_TMPFILE: a named file, unlinked at once
    std::string name = where + "/chainrisk-input-XXXXXX";
    fd = ::mkostemp(name.data(), O_CLOEXEC);
    if (fd >= 0) ::unlink(name.c_str());
  }
  if (fd < 0) return -1;
  std::vector<char> buf(1 << 16);
  std::size_t total = 0;
  while (err.empty()) {
    ssize_t n = ::read(in, buf.data(), buf.size());
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      err = fmt::format("cannot read: {}", std::strerror(errno));
    } else if (n == 0) {
      break;
    } else if ((total += static_cast<std::size_t>(n)) > kMaxInputBytes) {
      err = "input larger than 1 GiB (the input limit); split it into several BOMs";
    } else {
      for (ssize_t done = 0; done < n && err.empty();) {
        ssize_t w = ::write(fd, buf.data() + done, static_cast<std::size_t>(n - done));
        if (w < 0 && errno == EINTR) continue;
        if (w < 0) err = fmt::format("cannot copy the input to a temporary file in {}: {}", where, std::strerror(errno));
        done += std::max<ssize_t>(w, 0);
      }
    }
  }
  if (!err.empty()) {
    ::close(fd);
    return -1;
  }
  return fd;
}

}  // namespace

// A regular CSV file is streamed (read again on each pass), and so is a CSV arriving on
// stdin or through a pipe once spooled; JSON is read whole (its parser needs it all).
std::unique_ptr<LineSource> open_line_source(const std::string& path, Diagnostics& diag, std::size_t window) {
  std::string name = path == "-" ? "<stdin>" : path;
  int fd = path == "-" ? ::fcntl(STDIN_FILENO, F_DUPFD_CLOEXEC, 0) : ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    diag.error(name, {}, fmt::format("cannot open: {}", std::strerror(errno)));
    return fatal_source(name);
  }
  std::string err;
  struct stat st {};
  if (::fstat(fd, &st) == 0 && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode)) {
    // A FIFO or a device is read from the descriptor already open: opening it again
    // would wait for a second writer that never comes.
    int copy = spool(fd, err);
    if (copy >= 0 || !err.empty()) {
      ::close(fd);
      fd = copy;
    }
    if (fd >= 0 && ::fstat(fd, &st) != 0) st = {};
  }
  if (fd >= 0 && S_ISREG(st.st_mode) && static_cast<std::size_t>(st.st_size) <= kMaxInputBytes) {
    char head[4096];
    ssize_t n = ::pread(fd, head, sizeof head, 0);
    std::string_view text(head, n > 0 ? static_cast<std::size_t>(n) : 0);
    if (n > 0 && !unsupported_encoding(text) && !is_json(text)) return csv_file_source(name, fd, st, window);
  }
  // Everything else takes the whole-text path, with its checks and messages.
  std::string text;
  if (fd >= 0) {
    if (::lseek(fd, 0, SEEK_SET) < 0 && errno != ESPIPE) err = fmt::format("cannot read: {}", std::strerror(errno));
    if (err.empty()) err = read_fd(fd, text);
    ::close(fd);
  }
  if (!err.empty()) {
    diag.error(name, {}, err);
    return fatal_source(name);
  }
  if (!unsupported_encoding(text) && !is_json(text)) return csv_text_source(std::move(text), name);
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
