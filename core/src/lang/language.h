// Language identification and per-language word data.
//
// Detection works in two steps:
//   1. Script: the letters of the text are counted by script (Unicode
//      blocks). A script written by one language names it (Hangul -> ko,
//      Greek -> el, Thai -> th, Georgian -> ka, ...); Han with kana is
//      Japanese, Han alone Chinese.
//   2. Within a script shared by several languages (Latin, Cyrillic, Arabic,
//      Devanagari, Hebrew), the text's most frequent character trigrams are
//      compared with each language's profile (the rank-order distance of
//      Cavnar and Trenkle, 1994); the nearest profile wins.
// Profiles and stopword lists are generated at build time (language_data.h).
#ifndef PRECIS_CORE_LANG_LANGUAGE_H_
#define PRECIS_CORE_LANG_LANGUAGE_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace precis {
namespace internal {

struct LanguageGuess {
  std::string code = "und";  // ISO 639-1 (639-3 without a 639-1 code); "und"
                             // when the text has no letters of a known script
  double confidence = 0;     // 0..1
  std::string script;        // the dominant script ("Latin", "Han", ...); "" if none
};

// Detects the language of valid UTF-8 `text` from its first
// kDetectionSampleBytes bytes. Deterministic; linear in the sample.
LanguageGuess DetectLanguage(std::string_view text);
inline constexpr std::size_t kDetectionSampleBytes = 8192;

// True for codes a caller may ask for: every language that can be detected
// or that has a stemmer or a stopword list. Lower-case ISO 639 codes only.
bool IsKnownLanguage(std::string_view code);
// Those codes, sorted.
std::vector<std::string> KnownLanguages();

// The stopwords of a language (case-folded), or nullptr when it has none.
// English's list is the tokenizer's own (tokenizer.cc), not this one.
const std::unordered_set<std::string_view>* StopwordsFor(std::string_view code);

// False when this build lacks the data (stopword list, stemmer, trigram
// profile) that text in `code` is processed with: only in the English-only
// build (language_data.h), whose callers send such texts to a build with
// every language.
bool HasLanguageData(std::string_view code);

// "" when DetectLanguage(text) finds in this build what it finds in a build
// with every language, and the language it finds has its data here;
// otherwise the code of that language (or the name of its script).
std::string MissingLanguageData(std::string_view text);

// True when `code` names a language written without spaces between words,
// whose terms are character bigrams (zh, ja, th, lo, km, my).
bool UsesCharacterBigrams(std::string_view code);

}  // namespace internal
}  // namespace precis

#endif  // PRECIS_CORE_LANG_LANGUAGE_H_
