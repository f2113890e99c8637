#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace chainrisk::data {

// Typed access to the members of one JSON object of a dataset. Every failure throws
// DatasetError as `FILE: /json/pointer/key: message` (style.md §4).
class JsonFields {
 public:
  JsonFields(const nlohmann::json& obj, const std::string& file, std::string pointer);

  std::string str(const char* key) const;  // required, non-empty
  std::string opt_str(const char* key) const;  // "" when absent or null
  long long integer(const char* key) const;
  std::optional<double> opt_number(const char* key) const;
  std::vector<std::string> str_list(const char* key) const;  // [] when absent
  std::vector<int> int_list(const char* key) const;
  bool opt_bool(const char* key) const;
  const nlohmann::json* opt_object(const char* key) const;  // nullptr when absent or null

  // Throw for member `key` (or a path below it, "aliases/3").
  [[noreturn]] void fail(std::string_view key, const std::string& message) const;
  [[noreturn]] void fail_here(const std::string& message) const;
  const std::string& file() const { return file_; }
  const std::string& pointer() const { return pointer_; }

 private:
  const nlohmann::json* member(const char* key) const;
  const nlohmann::json& obj_;
  const std::string& file_;
  std::string pointer_;
};

// Describe a JSON value's type for messages: "a string", "an array", ...
std::string json_type_name(const nlohmann::json& v);

}  // namespace chainrisk::data
