// Keywords: TextRank over words (Mihalcea & Tarau 2004). Content words are
// linked when they occur within a small window; the top-ranked words are
// merged into multi-word phrases where they stand next to each other in the
// text.
#ifndef PRECIS_CORE_KEYWORDS_KEYWORDS_H_
#define PRECIS_CORE_KEYWORDS_KEYWORDS_H_

#include <string>
#include <vector>

#include "pipeline/document.h"

namespace precis {
namespace internal {

struct KeywordCandidate {
  std::string text;  // most frequent surface form (original case unless the
                     // word is only capitalised because it starts a sentence)
  double score = 0;
  int count = 0;
};

// At most `max_keywords` keywords, best first, ties broken by first
// occurrence. Deterministic.
std::vector<KeywordCandidate> ExtractKeywords(const Document& doc, int max_keywords);

}  // namespace internal
}  // namespace precis

#endif  // PRECIS_CORE_KEYWORDS_KEYWORDS_H_
