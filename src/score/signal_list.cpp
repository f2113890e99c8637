#include "chainrisk/score/report.hpp"

namespace chainrisk::score {

SignalList::SignalList(std::vector<Signal> signals) {
  items_.reserve(signals.size());
  for (auto& s : signals) items_.push_back(std::make_shared<const Signal>(std::move(s)));
}

std::shared_ptr<const SignalList> make_evidence(std::vector<Signal> signals) {
  return std::make_shared<const SignalList>(std::move(signals));
}

}  // namespace chainrisk::score
