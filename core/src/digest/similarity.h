// How alike two articles or two sentences of a digest are: tf-idf vectors
// of the articles (compared by Cosine, rank/graph.h, in the same-event
// test), and the test that a summary sentence repeats one already chosen.
#ifndef PRECIS_CORE_DIGEST_SIMILARITY_H_
#define PRECIS_CORE_DIGEST_SIMILARITY_H_

#include <string>
#include <vector>

#include "digest/terms.h"
#include "rank/graph.h"

namespace precis {
namespace internal {

// One tf-idf vector per article, from the terms of its sentences (tf over
// sentences, idf over the articles given), keeping its heaviest terms only.
std::vector<TermVector<std::string>> ArticleVectors(
    const std::vector<const std::vector<Terms>*>& articles);

// True when a sentence with terms `t` repeats one with terms `o`: most of
// their terms are shared (kDuplicateContainment, as in the single-article
// selection), or most of the weight of the rarer ones
// (TermWeights::Containment, kDuplicateWeighted).
bool Redundant(const Terms& t, const Terms& o, const TermWeights& weights);

// True when two sentences tell the same news: they
// name mostly the same people, places and organisations (at least
// kSameNewsNames, and most of the names of the one with fewer) and their
// numbers agree. Leads of articles about one event ("Blinken will visit
// South Korea ...", "Blinken arrived in Seoul ...") are such sentences.
bool SameNews(const Terms& t, const Terms& o);
// The same for sorted names and terms given apart.
bool SameNews(const std::vector<std::string>& t_names, const std::vector<std::string>& t_terms,
              const std::vector<std::string>& o_names, const std::vector<std::string>& o_terms);

}  // namespace internal
}  // namespace precis

#endif  // PRECIS_CORE_DIGEST_SIMILARITY_H_
