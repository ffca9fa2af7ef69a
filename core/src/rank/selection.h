// Sentence selection: picks the best sentences to a budget. Short summaries
// lean on the article's opening and on sentences of moderate length, long
// ones on centrality alone; near-duplicates of chosen sentences are skipped
// (rank/graph.h), and a dangling opening ("He said...", "However, ...")
// brings in the sentence it leans on. The result is in document order.
#ifndef PRECIS_CORE_RANK_SELECTION_H_
#define PRECIS_CORE_RANK_SELECTION_H_

#include <cstddef>
#include <vector>

#include "pipeline/document.h"
#include "precis/precis.h"
#include "rank/graph.h"

namespace precis {
namespace internal {

struct SelectOptions {
  // Two sentences say the same thing when the content terms they share are
  // at least this share of the smaller set, such as a photo caption
  // repeating the lede with a few words more; only the better one is kept.
  // Above 1 turns it off. (A Jaccard test at 0.5 would add nothing: see
  // rank/graph.h.)
  double duplicate_containment = kDuplicateContainment;
  // When a chosen sentence opens with a word that leans on the sentence
  // before it (a pronoun, "However", "But"), bring that sentence in too, or
  // skip the dangling one when the budget has no room for both.
  bool coherence_repair = true;

  // Short summaries lean on the opening: news puts the essentials first, so
  // when the budget covers a small part of the article, the score of the
  // non-heading sentence of rank i (from 0) is multiplied by
  //   1 + w * lead_boost * exp(-i / lead_decay)
  // and, for sentences longer than long_words words, by
  //   (long_words / words) ^ (w * long_power)
  // (a short summary should not spend its few sentences on long units,
  // which are often captions run together with the text), where
  // where w is 1 while the budget covers at most lead_full_coverage of the
  // article's sentences (or words), falls linearly to 0 at lead_coverage,
  // and stays 0 above: a long abridgement is chosen by centrality alone.
  double lead_boost = 8.0;
  double lead_decay = 5.0;
  double lead_full_coverage = 0.3;
  double lead_coverage = 0.36;
  // A summary of at most lead_full_sentences sentences is all lede (w = 1)
  // whatever the article's length; w falls to 0 at lead_zero_sentences.
  // The larger of the two weights applies.
  double lead_full_sentences = 3;
  double lead_zero_sentences = 4;
  double long_words = 25;
  double long_power = 1.5;
};

// Top-k selection with no duplicate control and no repair.
SelectOptions PlainSelectOptions();

// Resolves a length request to a number of sentences for a document with
// `candidates` selectable sentences (kWords is resolved during selection and
// returns `candidates` here).
std::size_t TargetSentenceCount(LengthUnit unit, double value, std::size_t candidates);

// Indices of the chosen sentences in document order. Headings (line units)
// are chosen only when the document has nothing else.
std::vector<std::size_t> SelectSentences(const Document& doc, const std::vector<double>& scores,
                                         LengthUnit unit, double value,
                                         const SelectOptions& options = {});

// True when sentence `i` opens with a word that needs the previous sentence
// to be understood ("He", "They", "However", "But", "This", ...).
bool LeansOnPrevious(const Document& doc, std::size_t i);

}  // namespace internal
}  // namespace precis

#endif  // PRECIS_CORE_RANK_SELECTION_H_
