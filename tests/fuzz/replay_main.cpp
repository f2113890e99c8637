// A stand-in for libFuzzer's main in ordinary builds: runs LLVMFuzzerTestOneInput once on
// every file named on the command line (directories are walked), so the seeds and every
// crash a fuzzer once found are replayed by ctest with any compiler.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <system_error>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

int replay(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "replay: cannot read %s\n", file.c_str());
    return 1;
  }
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t inputs = 0;
  int failures = 0;
  for (int i = 1; i < argc; ++i) {
    std::filesystem::path arg(argv[i]);
    std::error_code ec;
    if (std::filesystem::is_directory(arg, ec)) {
      std::vector<std::filesystem::path> files;
      for (const auto& e : std::filesystem::recursive_directory_iterator(arg, ec)) {
        if (e.is_regular_file()) files.push_back(e.path());
      }
      for (const auto& f : files) failures += replay(f), ++inputs;
    } else if (std::filesystem::exists(arg, ec)) {
      failures += replay(arg), ++inputs;
    }
    // A missing directory is an empty corpus (no regressions found yet).
  }
  std::printf("replayed %zu inputs\n", inputs);
  return failures == 0 ? 0 : 1;
}
