// Turns an Analysis into the public Result: texts for display, spans of the
// caller's input in both unit systems, stats.
#ifndef PRECIS_CORE_PIPELINE_RESULT_H_
#define PRECIS_CORE_PIPELINE_RESULT_H_

#include <cstddef>

#include "pipeline/analysis.h"
#include "precis/precis.h"

namespace precis {
namespace internal {

// Converts byte ranges of the repaired input to spans of the caller's input.
class SpanMapper {
 public:
  // `origin` is a byte offset of input.text whose UTF-16 offset is
  // `origin_utf16` (0 and 0 for the start of the text); mapping positions
  // from there on does not count the text before it again.
  explicit SpanMapper(const RepairedInput& input, std::size_t origin = 0,
                      std::size_t origin_utf16 = 0)
      : input_(input), origin_(origin), origin_utf16_(origin_utf16) {
    Reset();
  }

  // Offsets into input.text. A call costs the distance from the previous
  // one: in ascending order of `begin`, linear time.
  Span Map(std::size_t begin, std::size_t end);

 private:
  void Reset() {
    byte_ = origin_;
    units_ = origin_utf16_;
    from_origin_ = true;
  }
  std::size_t Utf16At(std::size_t pos);

  const RepairedInput& input_;
  std::size_t origin_;
  std::size_t origin_utf16_;
  std::size_t byte_ = 0;
  std::size_t units_ = 0;
  bool from_origin_ = true;  // units_ counts from origin_utf16_ at origin_
};

// The Result of `a`: language, removed parts, summary (and every sentence
// when options.include_sentences), keywords, key facts and the stats of the
// document. Spans are of the caller's whole input; `utf16_offset` is the
// UTF-16 offset of a.offset. Leaves stats.input_bytes and
// stats.repaired_sequences to the caller.
void BuildResult(const Analysis& a, const RepairedInput& input, const Options& options,
                 std::size_t utf16_offset, Result* out);

}  // namespace internal
}  // namespace precis

#endif  // PRECIS_CORE_PIPELINE_RESULT_H_
