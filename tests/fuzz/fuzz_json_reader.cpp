// The JSON BOM reader (and, through format detection, CycloneDX): syntax, nesting and
// number limits, keys, value types.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  chainrisk::Diagnostics diag;
  const std::string name = "fuzz.json";
  auto bom = chainrisk::io::read_json_bom(text, name, diag);
  chainrisk::fuzz::check_bom(bom, diag, text, name);
  // Format detection must agree on a text that starts like JSON.
  chainrisk::Diagnostics diag2;
  auto detected = chainrisk::io::read_bom(text, name, diag2);
  chainrisk::fuzz::check_bom(detected, diag2, text, name);
  return 0;
}
