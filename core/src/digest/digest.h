// Multi-article digests: several articles pasted together (separated by a
// line of "---") summarized as one, with facts merged across articles,
// support counts, and articles about a different event set apart.
#ifndef PRECIS_CORE_DIGEST_DIGEST_H_
#define PRECIS_CORE_DIGEST_DIGEST_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "precis/precis.h"

namespace precis {
namespace internal {

// Most articles a digest reads; later parts are counted in
// Stats::articles_omitted and otherwise ignored.
constexpr std::size_t kMaxDigestArticles = Limits::kMaxDigestArticles;

// A byte range [begin, end) of the input holding one article, trimmed of
// surrounding ASCII white space (so both ends sit next to ASCII bytes or the
// ends of the input).
struct ArticlePart {
  std::size_t begin = 0;
  std::size_t end = 0;
};

// Splits `text` at separator lines: lines holding exactly "---" with
// optional spaces or tabs around it, ended by "\n", "\r\n" or the end of the
// text. Parts holding only white space are dropped. At most `max_parts`
// parts are returned; `*omitted` (if given) receives how many non-empty
// parts came after them. Linear in the text.
std::vector<ArticlePart> SplitArticles(std::string_view text, std::size_t max_parts,
                                       std::size_t* omitted = nullptr);

// A date or year written in the text.
struct DateMention {
  std::size_t begin = 0;  // byte offsets into the scanned text
  std::size_t end = 0;
  int year = 0;   // 0 when not written ("January 4")
  int month = 0;  // 1..12, 0 when not written ("in 2021")
};

// Dates in `text`: a month name with a day and/or year ("December 3, 2024",
// "Mar 10,2021", "4 January", "January 4 to 9", "May 2020"), a full month
// name alone ("in January"), and years 1900..2099 after a word that
// introduces a time ("in 2021", "since 2019") or before a closing mark.
// ASCII English month names; other bytes are skipped, so invalid UTF-8 is
// harmless.
std::vector<DateMention> FindDates(std::string_view text);

// Countries named in `text`, in order, as short keys ("kr" for "South
// Korea", "Korea", "ROK", "Seoul", "South Korean"; "us" for "US", "U.S.",
// "America", "Washington"; "fr" for "France", "Paris", "French"). Only
// capitalised words count, and "US" only in capitals. The digest uses these
// to match facts across articles, never to change their text.
std::vector<std::string> PlaceKeys(std::string_view text);

// The terms the digest compares across articles (English stems): content
// stems, "@kr"-style terms for countries, and for a list of two or more
// countries one more term for the set ("@{fr,jp,kr}"). Sorted, distinct.
std::vector<std::string> MatchTerms(std::string_view text);

// Settings of the digest that only measurements and tests change.
struct DigestTuning {
  // Every article with text is taken as part of one event (no
  // different-event detection), so that fact matching alone decides which
  // facts merge: unrelated articles pasted together must then still share
  // no bullet.
  bool one_event = false;
};

// Summarize() for options.digest == true. `options` has been validated.
Status SummarizeDigest(std::string_view text, const Options& options, Result* result,
                       const DigestTuning& tuning = {});

}  // namespace internal
}  // namespace precis

#endif  // PRECIS_CORE_DIGEST_DIGEST_H_
