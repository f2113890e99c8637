#include "chainrisk/report/atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <vector>

#include <fmt/format.h>

#include "chainrisk/error.hpp"

namespace chainrisk::report {
namespace {

std::string directory_of(const std::string& path) {
  auto slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  return slash == 0 ? "/" : path.substr(0, slash);
}

// mkstemp makes 0600 files; a report should get the usual 0666 & ~umask.
void apply_umask(int fd) {
  mode_t mask = ::umask(0);
  ::umask(mask);
  ::fchmod(fd, 0666 & ~mask);
}

}  // namespace

AtomicFile::AtomicFile(std::string path) : path_(std::move(path)) {
  struct stat st {};
  if (::stat(path_.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) {
    throw UsageError(fmt::format("{}: is a directory; expected a file name for -o", path_));
  }
  if (::stat(path_.c_str(), &st) == 0 && !S_ISREG(st.st_mode)) {
    out_.open(path_, std::ios::binary);
    if (!out_) throw UsageError(fmt::format("{}: cannot write: {}", path_, std::strerror(errno)));
    return;
  }
  std::string base = path_.substr(path_.rfind('/') == std::string::npos ? 0 : path_.rfind('/') + 1);
  std::string templ = fmt::format("{}/.{}.tmp.XXXXXX", directory_of(path_), base);
  std::vector<char> buf(templ.begin(), templ.end());
  buf.push_back('\0');
  int fd = ::mkstemp(buf.data());
  if (fd < 0) throw UsageError(fmt::format("{}: cannot write: {}", path_, std::strerror(errno)));
  apply_umask(fd);
  ::close(fd);
  temp_ = buf.data();
  out_.open(temp_, std::ios::binary | std::ios::trunc);
  if (!out_) {
    std::remove(temp_.c_str());
    throw UsageError(fmt::format("{}: cannot write the temporary file {}", path_, temp_));
  }
}

AtomicFile::~AtomicFile() {
  if (!committed_ && !temp_.empty()) {
    out_.close();
    std::remove(temp_.c_str());
  }
}

void AtomicFile::commit() {
  out_.flush();
  bool ok = static_cast<bool>(out_);
  out_.close();
  if (temp_.empty()) {
    if (!ok) throw UsageError(fmt::format("{}: cannot write: write failed", path_));
    committed_ = true;
    return;
  }
  if (ok) {
    int fd = ::open(temp_.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
      ::fsync(fd);
      ::close(fd);
    }
  }
  if (!ok || ::rename(temp_.c_str(), path_.c_str()) != 0) {
    std::string why = ok ? std::strerror(errno) : "write failed";
    std::remove(temp_.c_str());
    throw UsageError(fmt::format("{}: cannot write: {}", path_, why));
  }
  committed_ = true;
}

}  // namespace chainrisk::report
