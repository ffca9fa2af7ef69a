// Per-language sentence rules for the sentence splitter: abbreviation lists
// and punctuation habits of a language given by its ISO 639-1 code.
#ifndef PRECIS_CORE_SEGMENT_SENTENCE_LANGUAGES_H_
#define PRECIS_CORE_SEGMENT_SENTENCE_LANGUAGES_H_

#include <string_view>

namespace precis {
namespace internal {

// Classes of words around a full stop. A word may belong to several.
enum WordClass : unsigned {
  kClassTitle = 1u << 0,             // before a name: never ends a sentence
  kClassNeverFinal = 1u << 1,        // abbreviation that never ends one
  kClassBeforeNumber = 1u << 2,      // "No. 5", "p. 55"
  kClassOnlyBeforeNumber = 1u << 3,  // also a common word ("art.")
  kClassAfterNumber = 1u << 4,       // a month that is also a word ("ago")
  kClassAmbiguous = 1u << 5,         // may end a sentence ("etc.", "Inc.")
  kClassStarter = 1u << 6,           // capitalised common sentence start
  kClassAfterTime = 1u << 7,         // "5 p.m. Monday"
  kClassMonth = 1u << 8,             // "am 12. Juni"
  kClassOrdinalContext = 1u << 9,    // "im 19. Jahrhundert"
};

struct LanguageRules {
  // The code the rules are for; empty for unknown languages.
  std::string_view code;
  // "." ends a sentence before a lower-case word too, unless the word before
  // is an abbreviation of the language (Greek).
  bool stop_ends_before_lower = false;
  // "?" and "!" end a sentence before a lower-case word too (Kazakh).
  bool question_ends_before_lower = false;
  // A line of CJK text that breaks after a comma ("、", "，") or, in
  // Japanese, after a particle ("の", "を") continues on the next line: the
  // break is a wrap inside a sentence written without spaces.
  bool cjk_line_wraps = false;
};

// The rules for `code` (ISO 639-1, case-insensitive; a region suffix such as
// "de-AT" is ignored). Unknown codes get the default rules.
const LanguageRules& RulesFor(std::string_view code);

// The word classes of the case-folded `word` in the language of `rules`
// (besides the classes every language shares); 0 when none.
unsigned LanguageWordClasses(const LanguageRules& rules, std::string_view word);

}  // namespace internal
}  // namespace precis

#endif  // PRECIS_CORE_SEGMENT_SENTENCE_LANGUAGES_H_
