// The public entry points: the single-article driver over
// the stages of pipeline/stages.h, and the digest's dispatch.
#include "precis/precis.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include "api/options.h"
#include "digest/digest.h"
#include "lang/language.h"
#include "pipeline/analysis.h"
#include "pipeline/progress.h"
#include "pipeline/result.h"
#include "pipeline/stage_times.h"
#include "pipeline/stages.h"
#include "text/unicode.h"

namespace precis {

Status Summarize(std::string_view text, const Options& options, Result* result) {
  return internal::SummarizeTimed(text, options, result, nullptr);
}

namespace internal {

Status SummarizeTimed(std::string_view text, const Options& options, Result* result,
                      StageTimes* times) {
  *result = Result();
  StageClock clock(times);
  Progress progress(options.progress);
  if (Status s = ValidateOptions(options); !s.ok()) return s;
  if (text.size() > Limits::kMaxInputBytes) {
    return Status(ErrorCode::kInputTooLarge, "input is " + std::to_string(text.size()) +
                                                 " bytes; the limit is " +
                                                 std::to_string(Limits::kMaxInputBytes) + " bytes");
  }
  if (options.digest) return SummarizeDigest(text, options, result);
  if (!progress.Enter(Progress::kClean)) return Progress::Cancelled();
  RepairedInput input;
  RepairText(text, &input);
  Analysis analysis;
  Status s = AnalyzeText(input, 0, input.text.size(), options, &progress, &clock, &analysis);
  if (!s.ok()) return s;
  Result out;
  out.stats.input_bytes = text.size();
  out.stats.repaired_sequences = input.repaired_sequences;
  BuildResult(analysis, input, options, 0, &out);
  clock.Add(&StageTimes::select);
  *result = std::move(out);
  return Status::Ok();
}

// The digest reads one repair of the whole input: each article is analysed
// on its range of it, and the digest is built from those analyses.
Status SummarizeDigest(std::string_view text, const Options& options, Result* result,
                       const DigestTuning& tuning) {
  *result = Result();
  RepairedInput input;
  RepairText(text, &input);
  std::size_t omitted = 0;
  const std::vector<ArticlePart> parts = SplitArticles(text, kMaxDigestArticles, &omitted);
  Options per = options;
  per.digest = false;
  per.include_sentences = true;
  std::vector<Analysis> articles(parts.size());
  for (std::size_t i = 0; i < parts.size(); ++i) {
    // Each article reports its own progress, from "clean" to "done".
    Progress progress(options.progress);
    if (!progress.Enter(Progress::kClean)) return Progress::Cancelled();
    const std::size_t begin = RepairedOffset(input.repairs, parts[i].begin);
    const std::size_t end = RepairedOffset(input.repairs, parts[i].end);
    Status s = AnalyzeText(input, begin, end, per, &progress, nullptr, &articles[i],
                           /*digest_part=*/parts.size() > 1);
    if (!s.ok()) return s;
  }
  return BuildDigest(input, articles, omitted, options, tuning, result);
}

}  // namespace internal
}  // namespace precis
