#pragma once

#include <fstream>
#include <string>

namespace chainrisk::report {

// A file written in full or not at all: output goes to a temporary file in the target's
// directory, renamed over the target by commit(). A run killed mid-write leaves the old
// file (or none), never half a report. A target that exists and is not a regular file
// (/dev/stdout, a FIFO) is written directly: renaming over it would replace the device.
// SIGINT, SIGTERM and SIGHUP remove the temporary files of live AtomicFiles before the
// process dies; after SIGKILL a hidden `.NAME.tmp.XXXXXX` may stay beside the target.
class AtomicFile {
 public:
  // Create the temporary file beside `path`. Throws UsageError naming `path` on failure.
  explicit AtomicFile(std::string path);
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;
  // Removes the temporary file unless commit() succeeded.
  ~AtomicFile();

  std::ostream& stream() { return out_; }
  // Flush, sync and rename into place. Throws UsageError on any failure.
  void commit();

 private:
  std::string path_, temp_;  // temp_ is empty when writing `path_` directly
  int slot_ = -1;            // in the signal handler's list of files to remove
  std::ofstream out_;
  bool committed_ = false;
};

}  // namespace chainrisk::report
