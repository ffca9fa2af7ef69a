// One article while the digest is built, shared by the digest's steps.
#ifndef PRECIS_CORE_DIGEST_PIECE_H_
#define PRECIS_CORE_DIGEST_PIECE_H_

#include <cstddef>
#include <string>
#include <vector>

#include "digest/similarity.h"
#include "digest/terms.h"
#include "pipeline/analysis.h"
#include "precis/precis.h"

namespace precis {
namespace internal {

struct Piece {
  const Analysis* analysis = nullptr;  // the article's run of the pipeline
  Result result;                       // its result, spans of the whole input
  std::vector<Terms> sentence_terms;   // one per result.sentences
  TermVector<std::string> vector;      // tf-idf, sorted by term
  // The year of the news the article reports (NewsYear in digest.cc), 0
  // when its news dates state none; `news_stated` when a dateline, byline,
  // publication line or an opening sentence states it (not only a date
  // further down).
  int news_year = 0;
  bool news_stated = false;
};

// The sentence terms of the given pieces, for TermWeights and
// ArticleVectors.
std::vector<const std::vector<Terms>*> SentenceTerms(const std::vector<Piece>& pieces,
                                                     const std::vector<std::size_t>& which);

}  // namespace internal
}  // namespace precis

#endif  // PRECIS_CORE_DIGEST_PIECE_H_
