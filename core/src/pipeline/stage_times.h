// Optional per-stage timing of the pipeline, for the speed benchmark
// (bench/speed). Summarize() passes no timer and pays nothing for it.
#ifndef PRECIS_CORE_PIPELINE_STAGE_TIMES_H_
#define PRECIS_CORE_PIPELINE_STAGE_TIMES_H_

#include <string_view>

#include "precis/precis.h"

namespace precis {
namespace internal {

// Wall time of each stage of one Summarize call, in milliseconds.
struct StageTimes {
  double clean = 0;     // UTF-8 repair and the binary-data check
  double split = 0;     // sentence splitting
  double junk = 0;      // page-junk classification
  double tokenize = 0;  // building the document: tokens, stems, spans of junk
  double rank = 0;      // similarity graph and power iteration
  double select = 0;    // choosing sentences and building the summary
  double keywords = 0;
  double facts = 0;
  // The clock, in milliseconds from any fixed point; a steady wall clock
  // when null (a measuring tool may pass a CPU-time clock).
  double (*clock_ms)() = nullptr;
};

// Summarize(), recording stage times in `*times` when it is not null.
Status SummarizeTimed(std::string_view text, const Options& options, Result* result,
                      StageTimes* times);

}  // namespace internal
}  // namespace precis

#endif  // PRECIS_CORE_PIPELINE_STAGE_TIMES_H_
