// Language tables generated at build time by scripts/gen-language-data.mjs
// (from the npm packages franc, stopwords-iso and iso-639-3) into the build
// tree; see cmake/PrecisLanguageData.cmake.
#ifndef PRECIS_CORE_LANG_LANGUAGE_DATA_H_
#define PRECIS_CORE_LANG_LANGUAGE_DATA_H_

#include <cstddef>

namespace precis {
namespace internal {

// The most frequent character trigrams of a language's text (lower case,
// letters of one script, words padded with one space), most frequent first,
// separated by '|'.
struct TrigramProfile {
  const char* code;    // ISO 639-1 (639-3 when the language has no 639-1 code)
  const char* script;  // "Latin", "Cyrillic", "Arabic", "Devanagari", "Hebrew", ...
  const char* trigrams;
};
extern const TrigramProfile kTrigramProfiles[];
extern const std::size_t kTrigramProfileCount;

// Function words of a language, case-folded, sorted, separated by '\n'.
struct StopwordList {
  const char* code;  // ISO 639-1
  const char* words;
};
extern const StopwordList kStopwordLists[];
extern const std::size_t kStopwordListCount;

// ISO 639-1 codes of the languages that have a Snowball stemmer (libstemmer
// accepts these codes as algorithm names), separated by spaces.
extern const char kStemmerLanguages[];

}  // namespace internal
}  // namespace precis

#endif  // PRECIS_CORE_LANG_LANGUAGE_DATA_H_
