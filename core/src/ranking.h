// Sentence ranking and selection.
//
// Ranking is TextRank over sentences (Mihalcea & Tarau 2004): a weighted,
// undirected graph whose edge weights are the tf-idf cosine similarity of
// two sentences, scored by PageRank's power iteration. Selection picks the
// best sentences to a budget and returns them in document order.
#ifndef PRECIS_CORE_RANKING_H_
#define PRECIS_CORE_RANKING_H_

#include <cstddef>
#include <vector>

#include "document.h"
#include "precis/precis.h"

namespace precis {
namespace internal {

struct RankOptions {
  // PageRank damping factor; 0.85 as in TextRank and PageRank.
  double damping = 0.85;
  // Stop when the L1 change of the score vector falls below this.
  double tolerance = 1e-6;
  // Iteration cap; PageRank on sentence graphs converges in 20-60 steps.
  int max_iterations = 100;
};

struct Ranking {
  std::vector<double> scores;  // one per sentence, summing to 1
  int iterations = 0;
  bool converged = true;
};

// Scores every sentence of `doc`. Sentences without content terms get only
// the teleport share. O(total postings) to build the graph (terms shared by
// very many sentences are skipped when linking, see ranking.cc).
Ranking RankSentences(const Document& doc, const RankOptions& options = {});

// Resolves a length request to a number of sentences for a document with
// `candidates` selectable sentences (kWords is resolved during selection and
// returns `candidates` here).
std::size_t TargetSentenceCount(LengthUnit unit, double value,
                                std::size_t candidates);

// Indices of the chosen sentences in document order. Headings (line units)
// are chosen only when the document has nothing else. A sentence whose
// content terms nearly all repeat an already chosen one is skipped.
std::vector<std::size_t> SelectSentences(const Document& doc,
                                         const std::vector<double>& scores,
                                         LengthUnit unit, double value);

}  // namespace internal
}  // namespace precis

#endif  // PRECIS_CORE_RANKING_H_
