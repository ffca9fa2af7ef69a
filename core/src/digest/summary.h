// The digest's summary: the member articles' own summaries taken in turn,
// skipping sentences that repeat one already chosen.
#ifndef PRECIS_CORE_DIGEST_SUMMARY_H_
#define PRECIS_CORE_DIGEST_SUMMARY_H_

#include <cstddef>
#include <vector>

#include "digest/piece.h"
#include "digest/terms.h"
#include "precis/precis.h"

namespace precis {
namespace internal {

// Fills out->summary, out->stats.summary_words and, with
// options.include_sentences, out->sentences (of every piece) for a digest
// of several member articles.
void BuildSummary(const std::vector<Piece>& pieces, const std::vector<std::size_t>& members,
                  const TermWeights& weights, const Options& options, Result* out);

}  // namespace internal
}  // namespace precis

#endif  // PRECIS_CORE_DIGEST_SUMMARY_H_
