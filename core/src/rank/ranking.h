// Sentence ranking.
//
// Ranking is TextRank over sentences (Mihalcea & Tarau 2004): a weighted
// graph of the sentences, scored by PageRank's power iteration. precis's
// default adds what news-like articles need, each part measured on the
// shared evaluation data (scripts/bench-quality.sh):
//   * edges weigh the content words two sentences share, normalised by the
//     logs of their lengths (TextRank's own similarity);
//   * quality factors for units that read badly out of context: fragments,
//     bylines, questions, quotes without a speaker, dangling openings.
// Selection (rank/selection.h) picks the best sentences to a budget.
#ifndef PRECIS_CORE_RANK_RANKING_H_
#define PRECIS_CORE_RANK_RANKING_H_

#include <cstddef>
#include <vector>

#include "pipeline/document.h"
#include "precis/precis.h"
// Selection is declared with ranking: the callers of one use the other.
#include "rank/selection.h"

namespace precis {
namespace internal {

enum class EdgeWeight {
  kCosine,   // tf-idf cosine similarity
  kOverlap,  // shared content terms / (log |Si| + log |Sj|)
};

struct RankOptions {
  // PageRank damping factor; 0.85 as in TextRank and PageRank.
  double damping = 0.85;
  // Stop when the L1 change of the score vector falls below this.
  double tolerance = 1e-6;
  // Iteration cap; PageRank on sentence graphs converges in 20-60 steps.
  int max_iterations = 100;

  EdgeWeight edges = EdgeWeight::kOverlap;
  // Share of the restart probability that goes to the lead prior instead of
  // spreading evenly; 0 is plain TextRank. The prior of sentence i (counting
  // non-heading sentences from 0) is proportional to 1 / (1 + i / lead_scale).
  double lead_restart = 0.0;
  double lead_scale = 1.0;
  // Multiply scores by the sentence quality factors (see ranking.cc).
  bool quality = true;
  // Multiply scores by (cosine of the sentence with the whole article's
  // content-term counts) ^ centroid_power: how much of the article's
  // vocabulary the sentence speaks to. 0 turns it off.
  double centroid_power = 0.0;
};

// Plain TextRank: tf-idf cosine edges, even restarts, no quality factors.
RankOptions PlainTextRankOptions();

struct Ranking {
  std::vector<double> scores;  // one per sentence, summing to 1
  int iterations = 0;
  bool converged = true;
};

// Scores every sentence of `doc`. Sentences without content terms get only
// the restart share. O(total postings) to build the graph (terms shared by
// very many sentences are skipped when linking, see ranking.cc).
Ranking RankSentences(const Document& doc, const RankOptions& options = {});

}  // namespace internal
}  // namespace precis

#endif  // PRECIS_CORE_RANK_RANKING_H_
