#include "exit_status.hpp"

#include <fmt/format.h>

#include <iostream>

#include "chainrisk/error.hpp"

namespace chainrisk::cli {

int run_guarded(const std::function<int()>& command) {
  try {
    return command();
  } catch (const Error& e) {
    std::cerr << "chainrisk: error: " << e.what() << '\n';
    return static_cast<int>(e.exit_code());
  } catch (const std::bad_alloc&) {
    std::cerr << "chainrisk: error: out of memory\n";
    return static_cast<int>(ExitCode::usage);
  } catch (const std::exception& e) {
    std::cerr << "chainrisk: error: internal error: " << e.what() << '\n';
    return static_cast<int>(ExitCode::usage);
  }
}

int parse_error_exit(const CLI::App& app, const CLI::ParseError& e) {
  if (e.get_exit_code() == 0) {
    app.exit(e);  // --help and --version print to stdout
    return 0;
  }
  std::cerr << fmt::format("chainrisk: error: {}\nRun 'chainrisk --help' for usage.\n", e.what());
  return static_cast<int>(ExitCode::usage);
}

}  // namespace chainrisk::cli
