// The CSV BOM reader: delimiters, quoting, header aliases, encodings, limits.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  chainrisk::Diagnostics diag;
  const std::string name = "fuzz.csv";
  auto bom = chainrisk::io::read_csv_bom(text, name, diag);
  chainrisk::fuzz::check_bom(bom, diag, text, name);
  return 0;
}
