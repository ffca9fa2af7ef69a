// Multi-article digests: several articles pasted together (separated by a
// line of "---") summarized as one, with facts merged across articles,
// support counts, and articles about a different event set apart.
#ifndef PRECIS_CORE_DIGEST_DIGEST_H_
#define PRECIS_CORE_DIGEST_DIGEST_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "digest/articles.h"
#include "digest/places.h"
#include "digest/terms.h"
#include "pipeline/analysis.h"
#include "precis/precis.h"

namespace precis {
namespace internal {

// Settings of the digest that only measurements and tests change.
struct DigestTuning {
  // Every article with text is taken as part of one event (no
  // different-event detection), so that fact matching alone decides which
  // facts merge: unrelated articles pasted together must then still share
  // no bullet.
  bool one_event = false;
};

// Summarize() for options.digest == true: repairs `text` once, splits it
// into articles (SplitArticles), runs the pipeline on each article's range
// and builds the digest from those analyses. `options` has been validated.
// Defined in api/precis.cc.
Status SummarizeDigest(std::string_view text, const Options& options, Result* result,
                       const DigestTuning& tuning = {});

// The digest of `articles`, the analyses of the articles of `input` in
// input order, each made with options.include_sentences set and
// options.digest unset; `omitted` articles were past the cap.
Status BuildDigest(const RepairedInput& input, const std::vector<Analysis>& articles,
                   std::size_t omitted, const Options& options, const DigestTuning& tuning,
                   Result* result);

}  // namespace internal
}  // namespace precis

#endif  // PRECIS_CORE_DIGEST_DIGEST_H_
