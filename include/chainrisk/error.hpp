#pragma once

#include <stdexcept>
#include <string>

namespace chainrisk {

// Process exit codes of cli.md, mapped in one place (src/cli/exit_status.cpp).
enum class ExitCode : int { ok = 0, fail_on = 1, usage = 2, dataset = 3 };

// Base of every error that stops a job. Carries the exit code it maps to.
class Error : public std::runtime_error {
 public:
  Error(const std::string& message, ExitCode code) : std::runtime_error(message), code_(code) {}
  ExitCode exit_code() const { return code_; }

 private:
  ExitCode code_;
};

// Bad flags, bad policy file, unknown format: exit 2.
class UsageError : public Error {
 public:
  explicit UsageError(const std::string& message) : Error(message, ExitCode::usage) {}
};

// An input file that cannot be read or parsed: exit 2. The message names the file.
class InputError : public Error {
 public:
  explicit InputError(const std::string& message) : Error(message, ExitCode::usage) {}
};

// A dataset that fails to load or validate: exit 3. The message names file and JSON pointer.
class DatasetError : public Error {
 public:
  explicit DatasetError(const std::string& message) : Error(message, ExitCode::dataset) {}
};

}  // namespace chainrisk
