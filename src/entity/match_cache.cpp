#include <mutex>

#include "chainrisk/entity/matcher.hpp"

namespace chainrisk::entity {

MatchCache::MatchCache(const EntityMatcher& matcher, std::size_t limit) : matcher_(matcher), limit_(limit) {}

const std::vector<EntityMatch>& MatchCache::match(std::string_view supplier) {
  {
    std::shared_lock lock(mutex_);
    if (auto it = memo_.find(supplier); it != memo_.end()) return it->second;
  }
  // Matched outside the lock, so threads with different suppliers do not wait for each
  // other; when two threads race on one supplier, the first stored result stays.
  auto matches = matcher_.match(supplier, limit_);
  std::unique_lock lock(mutex_);
  return memo_.try_emplace(std::string(supplier), std::move(matches)).first->second;
}

std::size_t MatchCache::size() const {
  std::shared_lock lock(mutex_);
  return memo_.size();
}

}  // namespace chainrisk::entity
