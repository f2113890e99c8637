// The CycloneDX reader: an input that is not a JSON object is taken as the `components`
// array of a CycloneDX document, so mutations spend their time inside components
// (nested components, properties, suppliers, hashes) rather than on the envelope.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  if (text.empty() || text.front() != '{') {
    text = R"({"bomFormat": "CycloneDX", "specVersion": "1.5", "components": )" + text + "}";
  }
  chainrisk::Diagnostics diag;
  const std::string name = "fuzz.cdx.json";
  auto bom = chainrisk::io::read_json_bom(text, name, diag);
  chainrisk::fuzz::check_bom(bom, diag, text, name);
  return 0;
}
