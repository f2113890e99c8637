#include "json_fields.hpp"

#include <fmt/format.h>

#include "chainrisk/error.hpp"

namespace chainrisk::data {

std::string json_type_name(const nlohmann::json& v) {
  switch (v.type()) {
    case nlohmann::json::value_t::null: return "null";
    case nlohmann::json::value_t::boolean: return "a boolean";
    case nlohmann::json::value_t::string: return "a string";
    case nlohmann::json::value_t::array: return "an array";
    case nlohmann::json::value_t::object: return "an object";
    default: return "a number";
  }
}

JsonFields::JsonFields(const nlohmann::json& obj, const std::string& file, std::string pointer)
    : obj_(obj), file_(file), pointer_(std::move(pointer)) {
  if (!obj_.is_object()) fail_here(fmt::format("expected an object, got {}", json_type_name(obj_)));
}

void JsonFields::fail(std::string_view key, const std::string& message) const {
  throw DatasetError(fmt::format("{}: {}/{}: {}", file_, pointer_, key, message));
}

void JsonFields::fail_here(const std::string& message) const {
  throw DatasetError(fmt::format("{}: {}: {}", file_, pointer_.empty() ? "/" : pointer_, message));
}

const nlohmann::json* JsonFields::member(const char* key) const {
  auto it = obj_.find(key);
  if (it == obj_.end() || it->is_null()) return nullptr;
  return &*it;
}

std::string JsonFields::str(const char* key) const {
  const auto* v = member(key);
  if (!v) fail(key, "missing; expected a string");
  if (!v->is_string()) fail(key, fmt::format("expected a string, got {}", json_type_name(*v)));
  if (v->get_ref<const std::string&>().empty()) fail(key, "empty; expected a value");
  return v->get<std::string>();
}

std::string JsonFields::opt_str(const char* key) const {
  const auto* v = member(key);
  if (!v) return {};
  if (!v->is_string()) fail(key, fmt::format("expected a string, got {}", json_type_name(*v)));
  return v->get<std::string>();
}

long long JsonFields::integer(const char* key) const {
  const auto* v = member(key);
  if (!v) fail(key, "missing; expected an integer");
  if (!v->is_number_integer()) fail(key, fmt::format("expected an integer, got {}", json_type_name(*v)));
  return v->get<long long>();
}

std::optional<double> JsonFields::opt_number(const char* key) const {
  const auto* v = member(key);
  if (!v) return std::nullopt;
  if (!v->is_number()) fail(key, fmt::format("expected a number, got {}", json_type_name(*v)));
  return v->get<double>();
}

std::vector<std::string> JsonFields::str_list(const char* key) const {
  std::vector<std::string> out;
  const auto* v = member(key);
  if (!v) return out;
  if (!v->is_array()) fail(key, fmt::format("expected an array of strings, got {}", json_type_name(*v)));
  for (std::size_t i = 0; i < v->size(); ++i) {
    const auto& item = (*v)[i];
    if (!item.is_string()) {
      fail(fmt::format("{}/{}", key, i), fmt::format("expected a string, got {}", json_type_name(item)));
    }
    out.push_back(item.get<std::string>());
  }
  return out;
}

std::vector<int> JsonFields::int_list(const char* key) const {
  std::vector<int> out;
  const auto* v = member(key);
  if (!v) return out;
  if (!v->is_array()) fail(key, fmt::format("expected an array of integers, got {}", json_type_name(*v)));
  for (std::size_t i = 0; i < v->size(); ++i) {
    const auto& item = (*v)[i];
    if (!item.is_number_integer()) {
      fail(fmt::format("{}/{}", key, i), fmt::format("expected an integer, got {}", json_type_name(item)));
    }
    out.push_back(item.get<int>());
  }
  return out;
}

bool JsonFields::opt_bool(const char* key) const {
  const auto* v = member(key);
  if (!v) return false;
  if (!v->is_boolean()) fail(key, fmt::format("expected true or false, got {}", json_type_name(*v)));
  return v->get<bool>();
}

const nlohmann::json* JsonFields::opt_object(const char* key) const {
  const auto* v = member(key);
  if (v && !v->is_object()) fail(key, fmt::format("expected an object, got {}", json_type_name(*v)));
  return v;
}

}  // namespace chainrisk::data
