// The digest's date finder: the dates an article mentions (for its date
// list and the same-event test) and the figures a sentence states (to pick
// the best-worded of equal facts).
#ifndef PRECIS_CORE_DIGEST_DATES_H_
#define PRECIS_CORE_DIGEST_DATES_H_

#include <cstddef>
#include <string_view>
#include <vector>

namespace precis {
namespace internal {

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

// The dates, numbers and weekdays of a text.
struct TextFigures {
  std::vector<DateMention> dates;  // FindDates
  std::size_t numbers = 0;         // runs of digits ("3.64", "1,000") outside the dates
  std::size_t weekdays = 0;        // "Monday" .. "Sunday"
};
TextFigures FindFigures(std::string_view text);

}  // namespace internal
}  // namespace precis

#endif  // PRECIS_CORE_DIGEST_DATES_H_
