// Key-fact bullets: short, verbatim-grounded statements built from the
// sentences that carry names, numbers, money, dates and quotes.
#ifndef PRECIS_CORE_FACTS_KEY_FACTS_H_
#define PRECIS_CORE_FACTS_KEY_FACTS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/document.h"

namespace precis {
namespace internal {

// A typed span found inside a sentence.
struct FactSpan {
  std::size_t begin = 0;  // byte offsets into Document::text
  std::size_t end = 0;
  const char* kind = "";  // "money", "percent", "quantity", "date", "person",
                          // "place", "organization", "quote"
  // A quote's speaker (the person, else the organisation, named nearest to
  // it in the sentence); empty (begin == end) for other kinds or none.
  std::size_t speaker_begin = 0;
  std::size_t speaker_end = 0;
};

// Typed spans of one sentence, in order.
std::vector<FactSpan> FindFactSpans(const Document& doc, std::size_t sentence);

struct FactBullet {
  std::string text;                // words of the source sentence, in order, trimmed by
                                   // safe compression (leading connectives, trailing
                                   // attributions, parentheticals)
  std::vector<std::string> kinds;  // distinct kinds, in a fixed order
  std::vector<FactSpan> spans;     // the typed spans kept in `text`, in order
  std::size_t sentence = 0;        // index into Document::sentences
};

// At most `max_facts` bullets in document order. `scores` are the sentence
// ranking scores (one per sentence). Deterministic.
std::vector<FactBullet> ExtractKeyFacts(const Document& doc, const std::vector<double>& scores,
                                        int max_facts);

}  // namespace internal
}  // namespace precis

#endif  // PRECIS_CORE_FACTS_KEY_FACTS_H_
