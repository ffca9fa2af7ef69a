// The options of Summarize() as one table: each option's JSON name, type and
// range, used by ValidateOptions(), by the JSON adaptor (ParseOptionsJson)
// and by ContractJson(), so that every range and every message exists once.
#ifndef PRECIS_CORE_API_OPTIONS_H_
#define PRECIS_CORE_API_OPTIONS_H_

#include <cstddef>
#include <string>

#include "precis/precis.h"

namespace precis {
namespace internal {

enum class OptionType {
  kInteger,   // a whole number within [min, max]
  kNumber,    // a number within (min, max] (min_exclusive) or [min, max]
  kBoolean,   // true or false
  kLanguage,  // "auto" or a code from SupportedLanguages()
  kIndexes,   // a list of whole numbers within [min, max]
};

struct OptionSpec {
  const char* name;  // the key in the options JSON
  OptionType type;
  double min = 0;  // numbers only
  double max = 0;
  bool min_exclusive = false;
  // The summary-length options: at most one of them may be given.
  bool length = false;
};

inline constexpr OptionSpec kSentencesOption{"sentences", OptionType::kInteger, 1, 1e9, false,
                                             true};
inline constexpr OptionSpec kRatioOption{"ratio", OptionType::kNumber, 0, 1, true, true};
inline constexpr OptionSpec kWordsOption{"words", OptionType::kInteger, 1, 1e9, false, true};
inline constexpr OptionSpec kKeywordsOption{"keywords", OptionType::kInteger, 0, 50};
inline constexpr OptionSpec kFactsOption{"facts", OptionType::kInteger, 0, 20};
inline constexpr OptionSpec kFactsAloneOption{"factsAlone", OptionType::kBoolean};
inline constexpr OptionSpec kRemoveJunkOption{"removeJunk", OptionType::kBoolean};
inline constexpr OptionSpec kIncludeSentencesOption{"includeSentences", OptionType::kBoolean};
inline constexpr OptionSpec kLanguageOption{"language", OptionType::kLanguage};
inline constexpr OptionSpec kDigestOption{"digest", OptionType::kBoolean};
inline constexpr OptionSpec kIncludeArticlesOption{
    "includeArticles", OptionType::kIndexes, 0,
    static_cast<double>(Limits::kMaxDigestArticles - 1)};

// Every option, in the order of the documentation.
inline constexpr const OptionSpec* kOptionSpecs[] = {
    &kSentencesOption,  &kRatioOption,          &kWordsOption,
    &kKeywordsOption,   &kFactsOption,          &kFactsAloneOption,
    &kRemoveJunkOption, &kLanguageOption,       &kIncludeSentencesOption,
    &kDigestOption,     &kIncludeArticlesOption};

// The option called `name`, or nullptr.
const OptionSpec* FindOption(std::string_view name);

// "unknown option \"name\"".
Status UnknownOption(std::string_view name);
// The error for a value of the wrong type or out of range:
// "keywords must be a whole number from 0 to 50", "digest must be true or
// false", ...
Status OptionTypeError(const OptionSpec& spec);
// Ok when `value` is within the range of the numeric option `spec`.
Status CheckNumber(const OptionSpec& spec, double value);
// Ok when `code` is "", "auto" or a supported language.
Status CheckLanguage(const std::string& code);
// "give at most one of sentences, ratio and words".
Status TooManyLengths();

// Checks every field of `options` against the table.
Status ValidateOptions(const Options& options);

}  // namespace internal
}  // namespace precis

#endif  // PRECIS_CORE_API_OPTIONS_H_
