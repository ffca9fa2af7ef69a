// Key-fact bullets: short, verbatim-grounded statements built from the
// sentences that carry names, numbers, money, dates and quotes.
#ifndef PRECIS_CORE_FACTS_KEY_FACTS_H_
#define PRECIS_CORE_FACTS_KEY_FACTS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/document.h"
#include "precis/precis.h"

namespace precis {
namespace internal {

// A typed span found inside a sentence.
struct FactSpan {
  std::size_t begin = 0;  // byte offsets into Document::text
  std::size_t end = 0;
  FactKind kind = FactKind::kMoney;
  // A quote's speaker (the person, else the organisation, named nearest to
  // it in the sentence); empty (begin == end) for other kinds or none.
  std::size_t speaker_begin = 0;
  std::size_t speaker_end = 0;
};

// Typed spans of one sentence, in order.
std::vector<FactSpan> FindFactSpans(const Document& doc, std::size_t sentence);

struct FactBullet {
  std::string text;             // words of the source sentence, in order, trimmed by
                                // safe compression (leading connectives, trailing
                                // attributions, parentheticals)
  std::vector<FactKind> kinds;  // distinct kinds, in the order of FactKind (see
                                // ExtractKeyFacts for text that is not English)
  std::vector<FactSpan> spans;  // the typed spans kept in `text`, in order
  std::size_t sentence = 0;     // index into Document::sentences
};

// At most `max_facts` bullets in document order. `scores` are the sentence
// ranking scores (one per sentence). Deterministic. When `doc` is not
// English, names are not trusted (they are found through English titles,
// gazetteers and capitalisation): three times `max_facts` bullets are
// chosen, kPerson, kPlace and kOrganization are left out of their `kinds`
// (their spans stay), bullets left with no kind are dropped, and the
// `max_facts` best by sentence score remain. `summary` holds the indices of
// the summary's sentences, ascending: the names and values they state count
// as said, and a bullet that repeats one of them whole (not shortened) is
// chosen only when no other bullet is left. No bullet has more than 25
// words, and none is a name with one verb and nothing else.
std::vector<FactBullet> ExtractKeyFacts(const Document& doc, const std::vector<double>& scores,
                                        int max_facts,
                                        const std::vector<std::size_t>& summary = {});

}  // namespace internal
}  // namespace precis

#endif  // PRECIS_CORE_FACTS_KEY_FACTS_H_
