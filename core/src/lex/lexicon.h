// Shared English word data: month and weekday names, personal titles,
// countries (names, capitals, demonyms) and a gazetteer of places.
//
// Data policy: every entry is case-folded (lower case, as Token::norm has
// it); multi-word names are written with single spaces; an abbreviation
// written with a dot is listed without its final dot ("u.s", "mr"). The
// small calendar lists are arrays here so that stages with their own word
// classes can add them; everything else is reached through the functions
// below.
#ifndef PRECIS_CORE_LEX_LEXICON_H_
#define PRECIS_CORE_LEX_LEXICON_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "lex/word_set.h"

namespace precis {
namespace internal {

// English month names, full ("january") and abbreviated ("jan", "sept";
// "may" is both).
inline constexpr std::string_view kEnglishMonthWords[] = {
    "january",   "february", "march",    "april",    "may",  "june", "july", "august",
    "september", "october",  "november", "december", "jan",  "feb",  "mar",  "apr",
    "jun",       "jul",      "aug",      "sep",      "sept", "oct",  "nov",  "dec"};
// English weekday names.
inline constexpr std::string_view kEnglishWeekdayWords[] = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
// Abbreviated English weekday names ("Mon", "Tues", "Thurs").
inline constexpr std::string_view kEnglishWeekdayAbbreviations[] = {
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"};
// German month names and abbreviations ("am 12. Juni", "3. Okt.").
inline constexpr std::string_view kGermanMonthWords[] = {
    "januar",    "jänner",  "februar",  "märz",     "april", "mai", "juni", "juli", "august",
    "september", "oktober", "november", "dezember", "jan",   "feb", "mär",  "apr",  "jun",
    "jul",       "aug",     "sep",      "sept",     "okt",   "nov", "dez"};

// 1..12 for a folded English month name or abbreviation ("march", "mar",
// "sept"), else 0. `*full` (if given) tells a full name from an
// abbreviation; "may" is full.
int EnglishMonthNumber(std::string_view folded, bool* full = nullptr);
// Months (full and abbreviated) and weekdays (full) as word sets.
const WordSet& EnglishMonths();
const WordSet& EnglishWeekdays();
// A month or a weekday, full or abbreviated ("jan", "tues").
bool IsEnglishCalendarWord(std::string_view folded);

// Titles before a person's name ("president", "dr", "sen", "sheikh").
const WordSet& PersonalTitles();
// Abbreviations written with a final dot before a name ("Mr.", "Dr.",
// "St.").
const WordSet& DottedTitles();

// The place gazetteer: countries, their best-known capitals, large cities,
// regions, continents and seas ("south korea", "seoul", "u.s", "middle
// east", "pacific"). A capitalised mention of one is a place.
const WordSet& PlaceNames();

// Countries. Each has a key (ISO 3166-1 alpha-2, lower case; "xk" for
// Kosovo) reached from its names, aliases, capitals and demonyms:
// "south korea", "korea", "republic of korea", "rok", "seoul", "south
// korean", "korean" -> "kr"; "united states", "u.s", "usa", "america",
// "washington", "american" -> "us". Hyphens in a name are matched as spaces
// ("port au prince"). "" when `folded_name` names no country.
std::string_view CountryKey(std::string_view folded_name);
// The most words a country name has ("united states of america").
constexpr std::size_t kMaxCountryNameWords = 4;

enum class CountryNameKind {
  kPlace,    // a name or capital that is also in PlaceNames()
  kAlias,    // another name or capital ("britain", "burma", "tirana")
  kDemonym,  // "korean", "french"
};
struct CountryName {
  std::string name;  // folded; hyphens as spaces
  std::string_view key;
  CountryNameKind kind = CountryNameKind::kPlace;
};
// Every country name, in table order.
const std::vector<CountryName>& CountryNames();

}  // namespace internal
}  // namespace precis

#endif  // PRECIS_CORE_LEX_LEXICON_H_
