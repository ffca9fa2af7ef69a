// Abbreviations, titles, month names and common sentence starts that decide
// whether a full stop ends a sentence, for text of any language. The classes
// are those of WordClass (sentence_languages.h).
#ifndef PRECIS_CORE_SEGMENT_ABBREVIATIONS_H_
#define PRECIS_CORE_SEGMENT_ABBREVIATIONS_H_

#include <string_view>

namespace precis {
namespace internal {

// The case-folded `word` belongs to the class `cls` (a WordClass) in the
// lists that every language shares.
bool InSharedWordClass(unsigned cls, std::string_view word);

}  // namespace internal
}  // namespace precis

#endif  // PRECIS_CORE_SEGMENT_ABBREVIATIONS_H_
