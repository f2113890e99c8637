#pragma once
// Two pipeline stages over a stream of items (docs/performance.md, `--jobs`): `produce`
// fills items in order (reading, tokenizing, resolving), `consume` takes them in the same
// order (scoring, writing). With two jobs the producer runs on its own thread, a few
// batches ahead; with one, both run in turn on the caller's thread. Either way every item
// is consumed in input order and the same code runs, so the output cannot depend on --jobs.
//
// Items are reused: a batch's items keep their storage (strings, vectors) from one use to
// the next, so the steady state allocates nothing per line.
#include <array>
#include <condition_variable>
#include <cstddef>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace chainrisk::score {

template <typename Item>
class Stages {
 public:
  static constexpr std::size_t kBatch = 256;  // items handed over at a time
  static constexpr std::size_t kBatches = 8;  // in flight: bounds memory, absorbs jitter

  // `produce(item)` fills the next item, false at the end of the input. `consume(item)`
  // takes each filled item. An exception in either stops both and is rethrown here.
  template <typename Produce, typename Consume>
  void run(unsigned jobs, Produce&& produce, Consume&& consume) {
    if (jobs < 2) {  // one item, produced and consumed in turn: it stays in cache
      auto& b = batches_[0];
      if (b.items.empty()) b.items.emplace_back();
      while (produce(b.items[0])) consume(b.items[0]);
      return;
    }
    head_ = tail_ = 0;
    done_ = stop_ = false;
    failure_ = nullptr;
    std::thread producer([&] {
      try {
        for (;;) {
          std::size_t slot;
          {
            std::unique_lock lock(mutex_);
            changed_.wait(lock, [&] { return stop_ || tail_ - head_ < kBatches; });
            if (stop_) return;
            slot = tail_ % kBatches;
          }
          auto& b = batches_[slot];
          b.count = fill(b, produce);
          bool last = b.count < kBatch;
          {
            std::lock_guard lock(mutex_);
            ++tail_;
            done_ = last;
          }
          changed_.notify_all();
          if (last) return;
        }
      } catch (...) {
        std::lock_guard lock(mutex_);
        failure_ = std::current_exception();
        done_ = true;
        changed_.notify_all();
      }
    });
    std::exception_ptr consumer_failure;
    try {
      for (;;) {
        std::size_t slot;
        {
          std::unique_lock lock(mutex_);
          changed_.wait(lock, [&] { return head_ < tail_ || done_; });
          if (head_ == tail_) break;  // done, and everything consumed
          slot = head_ % kBatches;
        }
        auto& b = batches_[slot];
        for (std::size_t i = 0; i < b.count; ++i) consume(b.items[i]);
        {
          std::lock_guard lock(mutex_);
          ++head_;
        }
        changed_.notify_all();
      }
    } catch (...) {
      consumer_failure = std::current_exception();
      std::lock_guard lock(mutex_);
      stop_ = true;
      changed_.notify_all();
    }
    producer.join();
    if (consumer_failure) std::rethrow_exception(consumer_failure);
    if (failure_) std::rethrow_exception(failure_);
  }

 private:
  struct Batch {
    std::vector<Item> items;  // grown on first use: a one-line BOM builds one item
    std::size_t count = 0;
  };

  template <typename Produce>
  static std::size_t fill(Batch& b, Produce& produce) {
    std::size_t n = 0;
    for (; n < kBatch; ++n) {
      if (n == b.items.size()) b.items.emplace_back();
      if (!produce(b.items[n])) break;
    }
    return n;
  }

  std::array<Batch, kBatches> batches_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::size_t head_ = 0, tail_ = 0;  // batches consumed, batches filled
  bool done_ = false, stop_ = false;
  std::exception_ptr failure_;
};

}  // namespace chainrisk::score
