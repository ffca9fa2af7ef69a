// Countries named in a digest's texts, matched on tokens against the
// lexicon's country table (CountryKey): one key per country, reached from
// its names, aliases, capital and demonyms, so that "Seoul, Tokyo and Paris"
// and "South Korea, Japan and France" name the same places. Used only to
// compare texts; bullet text is never changed.
#ifndef PRECIS_CORE_DIGEST_PLACES_H_
#define PRECIS_CORE_DIGEST_PLACES_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "lex/tokenizer.h"

namespace precis {
namespace internal {

// A country named at tokens [first, first + words).
struct PlaceMention {
  std::string_view key;
  std::size_t first = 0;
  std::size_t words = 0;
  bool possessive = false;  // "Korea's"
};

// The country named by the tokens (of `text`) starting at `i`, longest name
// first; a name starts with a capital letter, and "US" must be written so
// (the pronoun "us" is no country).
bool MatchCountry(std::string_view text, const std::vector<Token>& tokens, std::size_t i,
                  PlaceMention* out);

// True when the text between two place mentions only lists them: commas,
// spaces, "and", "or", "&" ("Seoul, Tokyo and Paris").
bool ListGap(std::string_view gap);

// Countries named in `text`, in order, as short keys ("kr" for "South
// Korea", "Korea", "ROK", "Seoul", "South Korean"; "us" for "US", "U.S.",
// "America", "Washington"; "fr" for "France", "Paris", "French"). Only
// capitalised words count, and "US" only in capitals. The digest uses these
// to match facts across articles, never to change their text.
std::vector<std::string> PlaceKeys(std::string_view text);

}  // namespace internal
}  // namespace precis

#endif  // PRECIS_CORE_DIGEST_PLACES_H_
