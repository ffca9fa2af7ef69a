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

std::vector<std::string> AllWritten(std::string_view text, const DateOptions& o = {}) {
  std::vector<std::string> out;
  for (const DateSpan& d : FindDateSpans(text, o)) out.push_back(Written(text, d));
  return out;
}

using Strings = std::vector<std::string>;

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

// ---- the rules that DateOptions add ----------------------------------------

TEST(DateOptionsTest, Weekdays) {
  const std::string text = "He spoke on Sunday and the firm announced Thursday that it won.";
  EXPECT_EQ(AllWritten(text), Strings{});
  const DateOptions all = DateOptions::All();
  EXPECT_EQ(AllWritten(text, all), (Strings{"Sunday", "Thursday"}));
  const std::vector<DateSpan> d = FindDateSpans(text, all);
  ASSERT_EQ(d.size(), 2u);
  EXPECT_EQ(d[0].weekday, 7);
  EXPECT_EQ(d[1].weekday, 4);
  EXPECT_TRUE(d[0].partial);
  // Lower case, other capitalisations and glued letters are no weekday.
  EXPECT_EQ(AllWritten("a sunday roast, SUNDAY, Sundays, \xC3\xA9Monday", all), Strings{});
}

TEST(DateOptionsTest, DayListsWithAnd) {
  const std::string text = "Votes on May 2 and 3, then June 8 and 16, and 4 to 9 January.";
  EXPECT_EQ(AllWritten(text), (Strings{"May 2", "June 8", "9 January"}));
  const DateOptions all = DateOptions::All();
  EXPECT_EQ(AllWritten(text, all), (Strings{"May 2 and 3", "June 8 and 16", "4 to 9 January"}));
  const std::vector<DateSpan> d = FindDateSpans(text, all);
  ASSERT_EQ(d.size(), 3u);
  EXPECT_EQ(d[0].day, 2);
  EXPECT_EQ(d[2].day, 4);
  EXPECT_EQ(d[2].month, 1);
  EXPECT_FALSE(d[2].partial);
  // A smaller number after "and" is no second day; "21st January" is a day.
  EXPECT_EQ(AllWritten("On May 5 and 3 others left on 21st January.", all),
            (Strings{"May 5", "21st January"}));
}

TEST(DateOptionsTest, YearsBeforeMarksAndAfterJoiningWords) {
  // The base rules, kept with every option on.
  const std::string text =
      "No targets for 2005. It lasts until at least 2008, as in 2002 and 2013 and between 2001 "
      "and 2003; 2003's imbalance grew in 2005 oil demand, entro il 2027.";
  const Strings years{"2005", "2008", "2002", "2013", "2001", "2003", "2003", "2005", "2027"};
  EXPECT_EQ(AllWritten(text), years);
  EXPECT_EQ(AllWritten(text, DateOptions::All()), years);
  // A year glued to letters or a percent sign, or with no time word, is not.
  EXPECT_EQ(AllWritten("The 2025 models, A2021, 2021x, a 2024% rise", DateOptions::All()),
            Strings{});
}

TEST(DateOptionsTest, MidYearsAndCapitalisedLeads) {
  const std::string text =
      "Growth slowed by mid-2005 and in mid-2003. Between 1996 and 1998 it fell.";
  EXPECT_EQ(AllWritten(text), Strings{"1998"});
  EXPECT_EQ(AllWritten(text, DateOptions::All()), (Strings{"2005", "2003", "1996", "1998"}));
  // Other hyphenated words do not lead a year; "of 2025 models" is a label.
  EXPECT_EQ(AllWritten("The pre-2005 rules and a fleet of 2025 models", DateOptions::All()),
            Strings{});
  EXPECT_EQ(AllWritten("The fleet of 2025 was new", DateOptions::All()), Strings{"2025"});
}

TEST(DateOptionsTest, MonthsAloneAndPossessives) {
  const DateOptions all = DateOptions::All();
  // Possessive months are found by both.
  EXPECT_EQ(AllWritten("November's 4.2% rise"), Strings{"November"});
  EXPECT_EQ(AllWritten("November's 4.2% rise", all), Strings{"November"});
  // "May" alone only after a time word, and only with the option.
  const std::string may = "Prices rose in May and since May, but May rose.";
  EXPECT_EQ(AllWritten(may), Strings{});
  EXPECT_EQ(AllWritten(may, all), (Strings{"May", "May"}));
  // "March" alone: always in the base rules, only after a time word with
  // the option.
  const std::string march = "Talks began in March, last March, on March 5; March on Rome.";
  EXPECT_EQ(AllWritten(march), (Strings{"March", "March", "March 5", "March"}));
  EXPECT_EQ(AllWritten(march, all), (Strings{"March", "March", "March 5"}));
  EXPECT_TRUE(FindDateSpans("in May", all)[0].partial);
  // A time word before a hyphen leads the month too.
  EXPECT_EQ(AllWritten("In the January-to-March quarter", all), (Strings{"January", "March"}));
  EXPECT_EQ(AllWritten("A self-March rally", all), Strings{});
}

TEST(DateOptionsTest, IsoDatesWideYearsAndPartialDates) {
  const DateOptions all = DateOptions::All();
  const std::string text = "Filed 2024-12-03, ref 2024-13-03, about Mar 10,1850 in 2100.";
  EXPECT_EQ(AllWritten(text), Strings{"Mar 10"});
  EXPECT_EQ(AllWritten(text, all), (Strings{"2024-12-03", "Mar 10,1850", "2100"}));
  const std::vector<DateSpan> d = FindDateSpans(text, all);
  ASSERT_EQ(d.size(), 3u);
  EXPECT_EQ(d[0].year, 2024);
  EXPECT_EQ(d[0].month, 12);
  EXPECT_EQ(d[0].day, 3);
  EXPECT_FALSE(d[0].partial);
  EXPECT_FALSE(d[1].partial);
  EXPECT_TRUE(d[2].partial);
  // A month with its year is a full date; a month or a year alone is not.
  EXPECT_FALSE(FindDateSpans("in May 2020", all)[0].partial);
  EXPECT_TRUE(FindDateSpans("in January", all)[0].partial);
  // With the option, a comma before the year follows the day directly.
  EXPECT_EQ(AllWritten("on April 15 , 2013 ."), Strings{"April 15 , 2013"});
  EXPECT_EQ(AllWritten("on April 15 , 2013 .", all), (Strings{"April 15", "2013"}));
  EXPECT_EQ(AllWritten("on April 15, 2013.", all), Strings{"April 15, 2013"});
  // Not ISO dates: glued to more digits or letters.
  EXPECT_EQ(AllWritten("ref 2024-12-031 and id 2024-12-03x", all), Strings{});
}

}  // namespace
}  // namespace internal
}  // namespace precis
