// Merging the key facts of a digest's articles: facts that state the same
// thing become one bullet with the articles that support it.
#ifndef PRECIS_CORE_DIGEST_MERGE_H_
#define PRECIS_CORE_DIGEST_MERGE_H_

#include <string>
#include <string_view>
#include <vector>

#include "digest/piece.h"
#include "digest/terms.h"
#include "lex/tokenizer.h"
#include "precis/precis.h"

namespace precis {
namespace internal {

// How many values a bullet (or a sentence, without `kinds`) states, to
// choose the best-worded member of a cluster: a date with a day or a year
// counts 2, a month alone 1, a weekday 0.5 (so "from January 4 to 9" beats
// "Friday ... beginning Sunday"), every other number 1, every country 1 (or
// 1 for other places: "in Zurich"), and a person, an organisation and a
// quote 1 each. `*figures` tells whether it holds a date or a number.
double TextValues(std::string_view text, const std::vector<std::string>& terms,
                  const std::vector<FactKind>& kinds, bool* figures);

// True when both term lists hold numbers and share none (number terms sort
// first): "$2.1 billion a year" and "$800 million a year" are other facts
// however alike their words.
bool NumbersDisagree(const std::vector<std::string>& a, const std::vector<std::string>& b);

// Clusters the key facts of the member articles into out->facts: two facts
// from different articles are the same fact when the rare content terms
// they share carry most of the weight of the lighter one, their numbers
// agree, and they share a name, a place or a number (or nearly all their
// words). Each cluster becomes one bullet (the member stating the most
// values, then the shortest) with the articles that support it, best
// supported first; a single-source bullet with no figure, quote or name of
// its own only fills up to `max_facts`.
void MergeFacts(const std::vector<Piece>& pieces, const std::vector<std::size_t>& members,
                const TermWeights& weights, int max_facts, Tokenizer* tokenizer, Result* out);

}  // namespace internal
}  // namespace precis

#endif  // PRECIS_CORE_DIGEST_MERGE_H_
