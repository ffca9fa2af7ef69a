// Dates and years written in English text, found on the raw bytes (no
// tokenizer), with their byte offsets and the year, month and day they
// state.
#ifndef PRECIS_CORE_LEX_DATES_H_
#define PRECIS_CORE_LEX_DATES_H_

#include <cstddef>
#include <string_view>
#include <vector>

namespace precis {
namespace internal {

// A date or year written in the text.
struct DateSpan {
  std::size_t begin = 0;  // byte offsets into the scanned text
  std::size_t end = 0;
  int year = 0;   // 0 when not written ("January 4")
  int month = 0;  // 1..12, 0 when not written ("in 2021")
  int day = 0;    // 1..31 (the first day of a range), 0 when not written
};

// Dates in `text`, in order: a month name with a day and/or year ("December
// 3, 2024", "Mar 10,2021", "4 January", "January 4 to 9", "Jan. 4th",
// "May 2020"), a full month name alone ("in January"; not "May"), and years
// 1900..2099 after a word that introduces a time ("in 2021", "since 2019")
// or before a closing mark ("(2019)", "2024."). Month names are English,
// capitalised ("January", "Jan", "Sept"). Bytes that are not ASCII are
// skipped (a letter run glued to one is no month), so invalid UTF-8 is
// harmless. Linear in the text.
std::vector<DateSpan> FindDateSpans(std::string_view text);

// The end of the number that starts with the ASCII digit at `begin`, as the
// date finder reads numbers: digits with inner separators, "3.64" and
// "1,000" (a comma before exactly three digits; "10,2021" is a day and a
// year).
std::size_t NumberEnd(std::string_view text, std::size_t begin);

}  // namespace internal
}  // namespace precis

#endif  // PRECIS_CORE_LEX_DATES_H_
