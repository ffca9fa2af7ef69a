#include "lex/dates.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace precis {
namespace internal {
namespace {

std::string Written(std::string_view text, const DateSpan& d) {
  return std::string(text.substr(d.begin, d.end - d.begin));
}

std::vector<std::string> AllWritten(std::string_view text) {
  std::vector<std::string> out;
  for (const DateSpan& d : FindDateSpans(text)) out.push_back(Written(text, d));
  return out;
}

TEST(DateSpansTest, MonthDayYear) {
  const std::string text = "The talks on December 3, 2024 followed a visit in Mar 10,2021.";
  const std::vector<DateSpan> d = FindDateSpans(text);
  ASSERT_EQ(d.size(), 2u);
  EXPECT_EQ(Written(text, d[0]), "December 3, 2024");
  EXPECT_EQ(d[0].year, 2024);
  EXPECT_EQ(d[0].month, 12);
  EXPECT_EQ(d[0].day, 3);
  EXPECT_EQ(Written(text, d[1]), "Mar 10,2021");
  EXPECT_EQ(d[1].year, 2021);
  EXPECT_EQ(d[1].month, 3);
  EXPECT_EQ(d[1].day, 10);
}

TEST(DateSpansTest, DayFirstRangesAndOrdinals) {
  const std::string text =
      "He arrives on 4 January 2025 and stays from January 4 to 9, then Jan. 21st and "
      "February 2-5.";
  EXPECT_EQ(AllWritten(text), (std::vector<std::string>{"4 January 2025", "January 4 to 9",
                                                        "Jan. 21st", "February 2-5"}));
  const std::vector<DateSpan> d = FindDateSpans(text);
  ASSERT_EQ(d.size(), 4u);
  EXPECT_EQ(d[0].day, 4);
  EXPECT_EQ(d[0].month, 1);
  EXPECT_EQ(d[1].day, 4);  // the first day of the range
  EXPECT_EQ(d[1].year, 0);
  EXPECT_EQ(d[2].day, 21);
  EXPECT_EQ(d[3].month, 2);
}

TEST(DateSpansTest, MonthsAloneAndWordsThatLookLikeMonths) {
  // A full month name alone is a date; "May" and abbreviations alone are
  // not; lower case is no month; a month with a year is one.
  const std::string text =
      "In January the march began. You may go. Jan said no. May 2020 was dry; so was "
      "march.";
  EXPECT_EQ(AllWritten(text), (std::vector<std::string>{"January", "May 2020"}));
  const std::vector<DateSpan> d = FindDateSpans(text);
  EXPECT_EQ(d[0].month, 1);
  EXPECT_EQ(d[0].year, 0);
  EXPECT_EQ(d[0].day, 0);
}

TEST(DateSpansTest, BareYears) {
  const std::string text =
      "It was founded in 1998 (2019) and sold 2024. The 2025 models and A2021 and 2021x "
      "and 1850. are not.";
  const std::vector<DateSpan> d = FindDateSpans(text);
  EXPECT_EQ(AllWritten(text), (std::vector<std::string>{"1998", "2019", "2024"}));
  for (const DateSpan& x : d) {
    EXPECT_EQ(x.month, 0);
    EXPECT_EQ(x.day, 0);
  }
  EXPECT_EQ(d[0].year, 1998);
}

TEST(DateSpansTest, NonAsciiAndBrokenBytesAreSkipped) {
  // "Mai" glued to a non-ASCII letter is no month; invalid UTF-8 is harmless.
  const std::string text = "\xC3\xA9May 2020 and \xFF\xFE in 2021 \x80January 5";
  EXPECT_EQ(AllWritten(text), (std::vector<std::string>{"2021"}));
}

}  // namespace
}  // namespace internal
}  // namespace precis
