#include "chainrisk/report/atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <mutex>
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

// Temporary files a signal must not leave behind. The handler may only read these
// pointers and call unlink (async-signal-safe); slots are claimed and released with atomics.
constexpr int kSlots = 64;
std::array<std::atomic<const char*>, kSlots> g_temp_files{};

extern "C" void remove_temp_files_and_die(int sig) {
  for (auto& slot : g_temp_files) {
    if (const char* path = slot.load()) ::unlink(path);
  }
  std::signal(sig, SIG_DFL);
  std::raise(sig);
}

void install_handlers_once() {
  static std::once_flag once;
  std::call_once(once, [] {
    for (int sig : {SIGINT, SIGTERM, SIGHUP}) {
      struct sigaction old {};
      ::sigaction(sig, nullptr, &old);
      if (old.sa_handler == SIG_IGN) continue;  // e.g. nohup: keep ignoring
      struct sigaction sa {};
      sa.sa_handler = remove_temp_files_and_die;
      sigemptyset(&sa.sa_mask);
      ::sigaction(sig, &sa, nullptr);
    }
  });
}

int register_temp(const char* path) {
  install_handlers_once();
  for (int i = 0; i < kSlots; ++i) {
    const char* empty = nullptr;
    if (g_temp_files[static_cast<std::size_t>(i)].compare_exchange_strong(empty, path)) return i;
  }
  return -1;  // more live files than slots: still atomic, only not cleaned up on a signal
}

void unregister_temp(int slot) {
  if (slot >= 0) g_temp_files[static_cast<std::size_t>(slot)].store(nullptr);
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
  slot_ = register_temp(temp_.c_str());
  out_.open(temp_, std::ios::binary | std::ios::trunc);
  if (!out_) {
    unregister_temp(slot_);
    std::remove(temp_.c_str());
    throw UsageError(fmt::format("{}: cannot write the temporary file {}", path_, temp_));
  }
}

AtomicFile::~AtomicFile() {
  unregister_temp(slot_);
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
    unregister_temp(slot_);
    slot_ = -1;
    std::remove(temp_.c_str());
    throw UsageError(fmt::format("{}: cannot write: {}", path_, why));
  }
  unregister_temp(slot_);
  slot_ = -1;
  committed_ = true;
}

}  // namespace chainrisk::report
