#include "lex/lexicon.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "digest/digest.h"

namespace precis {
namespace internal {
namespace {

TEST(LexiconTest, MonthNumbers) {
  bool full = false;
  EXPECT_EQ(EnglishMonthNumber("january", &full), 1);
  EXPECT_TRUE(full);
  EXPECT_EQ(EnglishMonthNumber("dec", &full), 12);
  EXPECT_FALSE(full);
  EXPECT_EQ(EnglishMonthNumber("sept", &full), 9);
  EXPECT_FALSE(full);
  EXPECT_EQ(EnglishMonthNumber("may", &full), 5);
  EXPECT_TRUE(full);
  EXPECT_EQ(EnglishMonthNumber("January"), 0);  // folded forms only
  EXPECT_EQ(EnglishMonthNumber("janu"), 0);
  EXPECT_EQ(EnglishMonthNumber(""), 0);
  // Every listed month word has a number.
  for (std::string_view m : kEnglishMonthWords) EXPECT_NE(EnglishMonthNumber(m), 0) << m;
}

TEST(LexiconTest, CalendarWords) {
  EXPECT_TRUE(EnglishMonths().Contains("march"));
  EXPECT_TRUE(EnglishMonths().Contains("sep"));
  EXPECT_FALSE(EnglishMonths().Contains("monday"));
  EXPECT_TRUE(EnglishWeekdays().Contains("monday"));
  EXPECT_FALSE(EnglishWeekdays().Contains("mon"));
  for (std::string_view w : {"mon", "tues", "thurs", "sunday", "oct", "july"}) {
    EXPECT_TRUE(IsEnglishCalendarWord(w)) << w;
  }
  for (std::string_view w : {"month", "week", "today", "juni"}) {
    EXPECT_FALSE(IsEnglishCalendarWord(w)) << w;
  }
}

TEST(LexiconTest, Titles) {
  EXPECT_TRUE(PersonalTitles().Contains("president"));
  EXPECT_TRUE(PersonalTitles().Contains("dr"));
  EXPECT_FALSE(PersonalTitles().Contains("department"));
  EXPECT_TRUE(DottedTitles().Contains("mr"));
  EXPECT_FALSE(DottedTitles().Contains("president"));
}

TEST(LexiconTest, PlaceGazetteer) {
  for (std::string_view p : {"south korea", "seoul", "u.s", "uk", "middle east", "pacific",
                             "indo-pacific", "new york", "kabul"}) {
    EXPECT_TRUE(PlaceNames().Contains(p)) << p;
  }
  // Demonyms and the aliases outside the gazetteer are no places.
  for (std::string_view p : {"korean", "french", "britain", "burma", "tirana", "South Korea"}) {
    EXPECT_FALSE(PlaceNames().Contains(p)) << p;
  }
}

TEST(LexiconTest, CountryKeysFromNamesCapitalsAndDemonyms) {
  for (std::string_view n :
       {"south korea", "korea", "republic of korea", "rok", "seoul", "south korean", "korean"}) {
    EXPECT_EQ(CountryKey(n), "kr") << n;
  }
  for (std::string_view n : {"united states", "us", "u.s", "u.s.a", "usa", "america", "american",
                             "washington", "united states of america"}) {
    EXPECT_EQ(CountryKey(n), "us") << n;
  }
  EXPECT_EQ(CountryKey("paris"), "fr");
  EXPECT_EQ(CountryKey("port au prince"), "ht");  // hyphens as spaces
  EXPECT_EQ(CountryKey("north korea"), "kp");
  EXPECT_EQ(CountryKey("europe"), "");
  EXPECT_EQ(CountryKey("polish"), "");
  EXPECT_EQ(CountryKey("Seoul"), "");  // folded forms only
}

TEST(LexiconTest, CountryNamesAreConsistent) {
  std::set<std::string> seen;
  std::size_t words_max = 0;
  for (const CountryName& c : CountryNames()) {
    EXPECT_TRUE(seen.insert(c.name).second) << "listed twice: " << c.name;
    EXPECT_EQ(CountryKey(c.name), c.key) << c.name;
    EXPECT_EQ(c.key.size(), 2u) << c.name;
    std::size_t words = 1;
    for (char ch : c.name) {
      words += ch == ' ' ? 1 : 0;
      EXPECT_FALSE(ch >= 'A' && ch <= 'Z') << c.name;
    }
    words_max = std::max(words_max, words);
    // Place names are in the gazetteer, the others not.
    EXPECT_EQ(PlaceNames().Contains(c.name), c.kind == CountryNameKind::kPlace) << c.name;
  }
  EXPECT_EQ(words_max, kMaxCountryNameWords);
  EXPECT_GT(seen.size(), 300u);
}

// The digest's country matching finds every name the lexicon lists,
// written as a text would (capitalised words), with its key.
TEST(LexiconTest, DigestPlaceKeysAgree) {
  for (const CountryName& c : CountryNames()) {
    std::string text = c.name;
    bool start = true;
    for (char& ch : text) {
      if (start && ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 'a' + 'A');
      start = ch == ' ' || ch == '.';
    }
    if (c.name == "us" || c.name == "usa" || c.name == "uk" || c.name == "uae" || c.name == "rok" ||
        c.name == "prc" || c.name == "dprk") {
      for (char& ch : text) {
        if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 'a' + 'A');
      }
    }
    // The tokenizer reads an initialism of three letters ("U.S.A.") as two
    // tokens, so those entries are never matched by either.
    if (std::count(text.begin(), text.end(), '.') > 1) continue;
    const std::vector<std::string> keys = PlaceKeys(text);
    ASSERT_EQ(keys.size(), 1u) << text;
    EXPECT_EQ(keys[0], c.key) << text;
  }
}

}  // namespace
}  // namespace internal
}  // namespace precis
