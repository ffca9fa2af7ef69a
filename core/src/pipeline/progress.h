// Progress reporting (Options::progress) and optional stage timing
// (StageTimes) of one summary.
#ifndef PRECIS_CORE_PIPELINE_PROGRESS_H_
#define PRECIS_CORE_PIPELINE_PROGRESS_H_

#include <algorithm>
#include <chrono>

#include "pipeline/stage_times.h"
#include "precis/precis.h"

namespace precis {
namespace internal {

// Adds the time since the previous call to a StageTimes field.
class StageClock {
 public:
  explicit StageClock(StageTimes* times) : times_(times) {
    if (times_ != nullptr) {
      double (*clock_ms)() = times_->clock_ms;
      *times_ = StageTimes();
      times_->clock_ms = clock_ms;
      last_ = Now();
    }
  }
  void Add(double StageTimes::*field) {
    if (times_ == nullptr) return;
    const double now = Now();
    times_->*field += now - last_;
    last_ = now;
  }

 private:
  double Now() const {
    if (times_->clock_ms != nullptr) return times_->clock_ms();
    return std::chrono::duration<double, std::milli>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
  }

  StageTimes* times_;
  double last_ = 0;
};

// Reports progress to Options::progress. The stages' shares of the work are
// their times in the speed benchmark on 1 MB of news text (bench/speed):
// clean 1%, split 5%, junk 27%, tokenize 17%, rank 15%, select 3%,
// keywords 11%, facts 21%. The units' tokens are made at the start of
// "junk" (for the junk filter and the document); their share is counted in
// "tokenize".
class Progress {
 public:
  enum Stage { kClean, kSplit, kJunk, kTokenize, kRank, kSelect, kKeywords, kFacts, kDone };

  explicit Progress(const ProgressCallback& callback) : callback_(callback) {}

  // Starts `stage`; false when the caller cancelled.
  bool Enter(Stage stage) {
    stage_ = stage;
    return Report(kStart[stage]);
  }
  // `part` (0..1) of the current stage is done. Calls the callback only when
  // the fraction has grown by 0.01 since the last call.
  bool Within(double part) {
    if (!callback_) return true;
    const double f = kStart[stage_] + (kStart[stage_ + 1] - kStart[stage_]) * part;
    if (f < last_ + 0.01) return true;
    return Report(f);
  }
  static Status Cancelled() { return Status(ErrorCode::kCancelled, "the summary was cancelled"); }

 private:
  bool Report(double fraction) {
    if (!callback_) return true;
    last_ = std::max(last_, fraction);
    return callback_(kNames[stage_], last_);
  }

  static constexpr const char* kNames[] = {"clean",  "split",    "junk",  "tokenize", "rank",
                                           "select", "keywords", "facts", "done"};
  static constexpr double kStart[] = {0.0, 0.01, 0.06, 0.33, 0.50, 0.65, 0.68, 0.79, 1.0, 1.0};
  const ProgressCallback& callback_;
  Stage stage_ = kClean;
  double last_ = 0;
};

}  // namespace internal
}  // namespace precis

#endif  // PRECIS_CORE_PIPELINE_PROGRESS_H_
