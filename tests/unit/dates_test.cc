#include "lex/dates.h"

#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "digest/digest.h"
#include "test_util.h"

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

// The date finder serves the digest: it gives the same mentions as the
// digest's FindDates on the shared articles and on BBC texts.
void ExpectSameAsDigest(const std::string& text, const std::string& name) {
  const std::vector<DateSpan> mine = FindDateSpans(text);
  const std::vector<DateMention> digest = FindDates(text);
  ASSERT_EQ(mine.size(), digest.size()) << name;
  for (std::size_t i = 0; i < mine.size(); ++i) {
    EXPECT_EQ(mine[i].begin, digest[i].begin) << name << " #" << i;
    EXPECT_EQ(mine[i].end, digest[i].end) << name << " #" << i;
    EXPECT_EQ(mine[i].year, digest[i].year) << name << " #" << i;
    EXPECT_EQ(mine[i].month, digest[i].month) << name << " #" << i;
  }
}

TEST(DateSpansTest, SameMentionsAsTheDigestOnTheSharedArticles) {
  PRECIS_REQUIRE_SHARED_DATA(korea, "articles/blinken-trip-koreatimes.txt");
  std::size_t mentions = 0;
  for (const char* name :
       {"articles/blinken-trip-koreatimes.txt", "articles/blinken-trip-with-donation-plea.txt",
        "articles/blinken-austin-2021-with-comments.txt"}) {
    const std::string text = precis_test::ReadFile(precis_test::SharedDataPath(name)).value_or("");
    ASSERT_FALSE(text.empty()) << name;
    ExpectSameAsDigest(text, name);
    mentions += FindDateSpans(text).size();
  }
  EXPECT_GE(mentions, 5u);
}

TEST(DateSpansTest, SameMentionsAsTheDigestOnBbcTexts) {
  PRECIS_REQUIRE_SHARED_DATA(path, "bbc_news_summary.jsonl");
  std::ifstream in(path);
  std::string line;
  std::size_t texts = 0;
  std::size_t mentions = 0;
  while (texts < 200 && std::getline(in, line)) {
    const nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    if (!j.is_object() || !j.contains("text")) continue;
    const std::string text = j["text"].get<std::string>();
    ExpectSameAsDigest(text, j.value("id", std::string("?")));
    mentions += FindDateSpans(text).size();
    ++texts;
  }
  EXPECT_EQ(texts, 200u);
  EXPECT_GT(mentions, 100u);
}

}  // namespace
}  // namespace internal
}  // namespace precis
