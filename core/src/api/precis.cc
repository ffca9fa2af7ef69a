// The public entry points: options checks, the single-article driver over
// the stages of pipeline/stages.h, and the digest's dispatch.
#include "precis/precis.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include "digest/digest.h"
#include "lang/language.h"
#include "pipeline/analysis.h"
#include "pipeline/progress.h"
#include "pipeline/result.h"
#include "pipeline/stage_times.h"
#include "pipeline/stages.h"
#include "text/unicode.h"

namespace precis {

const char* ErrorCodeName(ErrorCode code) {
  switch (code) {
    case ErrorCode::kOk:
      return "ok";
    case ErrorCode::kInvalidOptions:
      return "invalid_options";
    case ErrorCode::kInputTooLarge:
      return "input_too_large";
    case ErrorCode::kInternal:
      return "internal";
    case ErrorCode::kInvalidInput:
      return "invalid_input";
    case ErrorCode::kCancelled:
      return "cancelled";
  }
  return "internal";
}

const char* Version() { return PRECIS_VERSION; }

std::vector<std::string> SupportedLanguages() { return internal::KnownLanguages(); }

namespace {

Status ValidateOptions(const Options& o) {
  auto bad = [](const std::string& m) { return Status(ErrorCode::kInvalidOptions, m); };
  const double v = o.length;
  switch (o.length_unit) {
    case LengthUnit::kAuto:
      break;
    case LengthUnit::kSentences:
      if (!(v >= 1 && v <= 1e9) || std::floor(v) != v) {
        return bad("sentences must be a whole number from 1 to 1000000000");
      }
      break;
    case LengthUnit::kRatio:
      if (!(v > 0 && v <= 1)) return bad("ratio must be greater than 0 and at most 1");
      break;
    case LengthUnit::kWords:
      if (!(v >= 1 && v <= 1e9) || std::floor(v) != v) {
        return bad("words must be a whole number from 1 to 1000000000");
      }
      break;
  }
  if (o.max_keywords < 0 || o.max_keywords > 50) {
    return bad("keywords must be a whole number from 0 to 50");
  }
  if (o.max_facts < 0 || o.max_facts > 20) {
    return bad("facts must be a whole number from 0 to 20");
  }
  if (!o.language.empty() && o.language != "auto" && !internal::IsKnownLanguage(o.language)) {
    return bad("language \"" + o.language.substr(0, 20) +
               "\" is not supported: use \"auto\" or an ISO 639 code such as \"fr\"");
  }
  return Status::Ok();
}

}  // namespace

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
    Status s = AnalyzeText(input, begin, end, per, &progress, nullptr, &articles[i]);
    if (!s.ok()) return s;
  }
  return BuildDigest(input, articles, omitted, options, tuning, result);
}

}  // namespace internal
}  // namespace precis
