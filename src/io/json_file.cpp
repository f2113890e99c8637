#include "json_file.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "chainrisk/io/limits.hpp"
#include "text_input.hpp"

namespace chainrisk::io {

std::optional<JsonValue> read_json_file(const std::string& path, std::string_view what, Diagnostics& diag) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    diag.error(path, {}, fmt::format("cannot read the {}: {}", what, std::strerror(errno)));
    return std::nullopt;
  }
  std::ostringstream buf;
  buf << in.rdbuf();
  std::string text = std::move(buf).str();
  if (in.bad()) {
    diag.error(path, {}, fmt::format("cannot read the {}: {}", what, std::strerror(errno)));
    return std::nullopt;
  }
  if (text.size() > kMaxInputBytes) {
    diag.error(path, {}, fmt::format("the {} is larger than {} bytes", what, kMaxInputBytes));
    return std::nullopt;
  }
  if (auto why = unsupported_encoding(text)) {
    diag.error(path, {}, *why);
    return std::nullopt;
  }
  std::size_t start = skip_utf8_bom(text);
  JsonError err;
  auto doc = parse_json_text(std::string_view(text).substr(start), err);
  if (!doc) diag.error(path, err.pos, err.message);
  return doc;
}

}  // namespace chainrisk::io
