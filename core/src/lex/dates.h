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
  int year = 0;     // 0 when not written ("January 4")
  int month = 0;    // 1..12, 0 when not written ("in 2021")
  int day = 0;      // 1..31 (the first day of a range), 0 when not written
  int weekday = 0;  // 1..7 (Monday..Sunday) for a weekday name, else 0
  // Neither a day nor a month with its year: a month or a year alone, or a
  // weekday.
  bool partial = false;
};

// Rules beyond the base ones, each off by default. The base rules find
// dates that state a year, a month or a day with little doubt; the options
// add dates that are common in news text but looser.
struct DateOptions {
  // Capitalised weekday names ("on Sunday", "announced Thursday").
  bool weekdays = false;
  // Day lists and ranges joined by "and", "through" or "until" ("May 2 and
  // 3"), and a range before the month ("4 to 9 January").
  bool day_lists = false;
  // ISO dates ("2024-12-03").
  bool iso_dates = false;
  // Years 1800..2100 instead of 1900..2099.
  bool wide_years = false;
  // More words before a year: any capitalisation of them ("Between 1996"),
  // and a hyphen after "mid", "early" or "late" ("mid-2003"); a year after
  // "of" and before a common noun is a label, not a date ("of 2025
  // models").
  bool year_leads = false;
  // "May" alone after a time word ("in May", "since May", "last May"),
  // and "March" alone only there ("in March", but not "March on").
  bool month_verbs = false;
  // A comma between a day and its year must follow the day directly
  // ("April 15, 2013"; in "April 15 , 2013" the date is "April 15").
  bool glued_commas = false;

  // Every rule on.
  static DateOptions All() {
    DateOptions o;
    o.weekdays = o.day_lists = o.iso_dates = o.wide_years = o.year_leads = o.month_verbs =
        o.glued_commas = true;
    return o;
  }
};

// Dates in `text`, in order: a month name with a day and/or year ("December
// 3, 2024", "Mar 10,2021", "4 January", "January 4 to 9", "Jan. 4th",
// "May 2020"), a full month name alone ("in January"; not "May"), and years
// 1900..2099 after a word that introduces a time ("in 2021", "since 2019")
// or before a closing mark ("(2019)", "2024."). Month names are English,
// capitalised ("January", "Jan", "Sept"). Bytes that are not ASCII are
// skipped (a letter run glued to one is no month), so invalid UTF-8 is
// harmless. Linear in the text. `options` add the looser rules.
std::vector<DateSpan> FindDateSpans(std::string_view text, const DateOptions& options = {});

// Dates written in other languages, in order: a day and a month name of
// French, German, Spanish, Portuguese, Italian, Dutch, Russian or Arabic,
// with an optional year ("14 mars", "1er janvier 2025", "31. Dezember", "14
// de marzo de 2024", "14 марта 2024 года", "14 مارس 2024"), such a month
// with a year ("mars 2024", "marzo de 2024"), day.month.year ("14.03.2024"),
// Chinese, Japanese and Korean dates ("2024年12月3日", "12月3日",
// "二〇二七年", "2024년 12월 3일") and years after a word that introduces one
// ("en 2024", "seit 2019", "в 2024 году", "عام 2024"). Digits may be ASCII,
// Arabic-Indic, Devanagari or full-width. English month names are left to
// FindDateSpans (run both and keep the first of overlapping dates).
std::vector<DateSpan> FindWorldDateSpans(std::string_view text);

// The end of the number that starts with the ASCII digit at `begin`, as the
// date finder reads numbers: digits with inner separators, "3.64" and
// "1,000" (a comma before exactly three digits; "10,2021" is a day and a
// year).
std::size_t NumberEnd(std::string_view text, std::size_t begin);

// 0..9 for a decimal digit of ASCII, Arabic-Indic, Extended Arabic-Indic
// (Persian, Urdu), Devanagari or full-width digits; -1 for anything else.
int DecimalDigit(char32_t cp);
// 0..9 for a Chinese numeral digit ("〇", "零", "三"), -1 otherwise.
int HanDigit(char32_t cp);

// Whether `text` holds a digit DecimalDigit reads, a Chinese numeral digit
// or 十: every date of FindWorldDateSpans holds one, so text without one
// needs no scan.
bool HasNumeral(std::string_view text);

}  // namespace internal
}  // namespace precis

#endif  // PRECIS_CORE_LEX_DATES_H_
