// Subject groups of key facts and the typed spans inside each fact.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include <fstream>
#include <nlohmann/json.hpp>

#include "precis/precis.h"
#include "test_util.h"
#include "text/unicode.h"

namespace precis {
namespace {

Result Facts(std::string_view text, int max_facts = 10) {
  Options o;
  o.max_facts = max_facts;
  Result r;
  const Status s = Summarize(text, o, &r);
  EXPECT_TRUE(s.ok()) << s.message();
  return r;
}

// The group of the first fact whose text contains `needle`, or "?" when no
// fact does.
std::string GroupOf(const Result& r, const std::string& needle) {
  for (const KeyFact& f : r.facts) {
    if (f.text.find(needle) != std::string::npos) return f.group;
  }
  return "?";
}

bool AnyGroup(const Result& r) {
  for (const KeyFact& f : r.facts) {
    if (!f.group.empty()) return true;
  }
  return false;
}

const char kIntro[] =
    "Secretary of State Antony Blinken will visit South Korea, Japan and France from "
    "January 4 to 9, the State Department said on Friday.\n"
    "Blinken will meet senior officials in Seoul, Tokyo and Paris during the trip.\n\n";

TEST(FactGroupsTest, HeadingsThatNameTheirSectionGroupTheFacts) {
  const std::string text =
      std::string(kIntro) +
      "Conclusion:\n"
      "Korea\n"
      "The visit comes after the impeachment of President Yoon Suk Yeol, who declared "
      "martial law on December 3, 2024.\n"
      "Blinken seeks to reaffirm the U.S.-South Korea alliance with Acting President "
      "Choi Sang-mok.\n"
      "Japan\n"
      "In Tokyo, Blinken will discuss a recent $3.64 billion missile sale.\n"
      "The U.S.-Japan alliance has grown by 40 percent in five years.\n";
  const Result r = Facts(text);
  EXPECT_EQ(GroupOf(r, "impeachment"), "Korea");
  EXPECT_EQ(GroupOf(r, "$3.64 billion"), "Japan");
  // Facts before the first subject heading have none.
  EXPECT_EQ(GroupOf(r, "January 4 to 9"), "");
  // Facts come in document order, so each group's facts are together here.
  std::vector<std::string> order;
  for (const KeyFact& f : r.facts) {
    if (order.empty() || order.back() != f.group) order.push_back(f.group);
  }
  EXPECT_EQ(order, (std::vector<std::string>{"", "Korea", "Japan"}));
}

TEST(FactGroupsTest, LeadsWithAColonGroupTheFacts) {
  const std::string text =
      std::string(kIntro) +
      "Korea: The visit comes after the impeachment of President Yoon Suk Yeol, who "
      "declared martial law on December 3, 2024.\n"
      "Japan: In Tokyo, Blinken will discuss a recent $3.64 billion missile sale with "
      "Japanese officials.\n";
  const Result r = Facts(text);
  EXPECT_EQ(GroupOf(r, "impeachment"), "Korea");
  EXPECT_EQ(GroupOf(r, "$3.64 billion"), "Japan");
}

TEST(FactGroupsTest, PlainNewsHasNoGroups) {
  const Result r = Facts(
      "The city council approved a $40 million budget for the Harbor Bridge on Monday.\n"
      "Mayor Jane Ortiz said work would start in March 2025 and end in 2027.\n"
      "The bridge carries 50,000 cars a day, according to the transport department.\n"
      "Engineers found cracks in 12 of its 40 steel beams last year.\n");
  ASSERT_FALSE(r.facts.empty());
  EXPECT_FALSE(AnyGroup(r));
}

TEST(FactGroupsTest, HeadingsThatAreNotSubjectsMakeNoGroups) {
  // "Background" and "What Comes Next" are never mentioned under them.
  const Result generic = Facts(
      "The city council approved a $40 million budget for the Harbor Bridge on Monday.\n"
      "Background\n"
      "Mayor Jane Ortiz said work would start in March 2025 and end in 2027.\n"
      "What Comes Next\n"
      "Engineers found cracks in 12 of its 40 steel beams last year.\n");
  ASSERT_FALSE(generic.facts.empty());
  EXPECT_FALSE(AnyGroup(generic));
  // One subject is no organisation by subject.
  const Result one = Facts(std::string(kIntro) +
                           "Korea\n"
                           "The visit comes after the impeachment of President Yoon Suk "
                           "Yeol, who declared martial law on December 3, 2024.\n");
  ASSERT_FALSE(one.facts.empty());
  EXPECT_FALSE(AnyGroup(one));
  // A title line is the whole article's, not a section's.
  const Result titled = Facts(
      "Harbor Bridge\n"
      "The Harbor Bridge will close for repairs costing $40 million, the council said.\n"
      "Japan\n"
      "A Japanese firm, Obayashi, will do the work from March 2025.\n");
  EXPECT_FALSE(AnyGroup(titled));
  // Lines a broken paste cut from their sentences are no headings.
  const Result broken = Facts(
      "Kelly Holmes won the 1,000m at the Birmingham Indoor Grand Prix on Friday.\n"
      "American\n"
      "was the eventual winner of the men's 60m race, ahead of Maurice Greene of the "
      "American team.\n"
      "Russian\n"
      "set a new world mark of 4.88m in the pole vault and beat her Russian rival by 5cm.\n");
  EXPECT_FALSE(AnyGroup(broken));
}

TEST(FactGroupsTest, RepeatedLabelsAreNotSubjects) {
  // Match reports list "Booked:" and "Goals:" once per team.
  const Result r = Facts(
      "Manchester United beat Manchester City 2-0 on Sunday in front of 47,111 fans.\n"
      "Wayne Rooney scored in the 68th minute and Richard Dunne turned the ball into his "
      "own net seven minutes later.\n"
      "Man City: James, Mills, Dunne, Distin. Booked: Fowler, Sibierski. Man Utd: "
      "Carroll, Neville, Ferdinand. Booked: Rooney, Scholes. Goals: Rooney 68, Dunne 75.\n");
  EXPECT_FALSE(AnyGroup(r));
  // Team sheets name teams the report mentions, but list names, not prose.
  const Result sheets = Facts(
      "Newcastle beat Bolton 2-1 at St James' Park on Sunday, with 50,430 fans watching.\n"
      "Lee Bowyer scored after 35 minutes for Newcastle and Kieron Dyer added a second.\n"
      "Newcastle: Given, Carr, Boumsong, Bramble, Babayaro, Dyer, Faye, Bowyer, Robert.\n"
      "Bolton: Jaaskelainen, Hunt, N'Gotty, Ben Haim, Candela, Giannakopoulos, Okocha.\n");
  EXPECT_FALSE(AnyGroup(sheets));
}

// Plain news never gets groups: the SummEval CNN/DailyMail articles and
// every fifth BBC one (crossheads, match reports with "Booked:" lines and
// broken pastes among them).
TEST(FactGroupsTest, NewsCorpusHasNoGroups) {
  PRECIS_REQUIRE_SHARED_DATA(cnn, "summeval_cnndm100.jsonl");
  PRECIS_REQUIRE_SHARED_DATA(bbc, "bbc_news_summary.jsonl");
  std::size_t articles = 0;
  std::size_t facts = 0;
  for (const auto& [path, stride] : {std::pair<std::string, int>{cnn, 1}, {bbc, 5}}) {
    std::ifstream in(path);
    std::string line;
    for (int n = 0; std::getline(in, line); ++n) {
      if (n % stride != 0) continue;
      const nlohmann::json j = nlohmann::json::parse(line);
      Options o;
      o.max_keywords = 0;
      o.max_facts = 7;
      Result r;
      ASSERT_TRUE(Summarize(j.at("text").get<std::string>(), o, &r).ok());
      ++articles;
      for (const KeyFact& f : r.facts) {
        ++facts;
        EXPECT_EQ(f.group, "") << j.at("id") << ": " << f.text;
      }
    }
  }
  EXPECT_EQ(articles, 100u + 445u);
  EXPECT_GT(facts, 2000u);
}

TEST(FactGroupsTest, KoreatimesConclusionIsGroupedUnderKoreaAndJapan) {
  PRECIS_REQUIRE_SHARED_DATA(path, "articles/blinken-trip-koreatimes.txt");
  const auto text = precis_test::ReadFile(path);
  ASSERT_TRUE(text.has_value());
  const Result r = Facts(*text, 7);
  EXPECT_EQ(GroupOf(r, "impeachment of President Yoon Suk Yeol"), "Korea");
  EXPECT_EQ(GroupOf(r, "$3.64 billion"), "Japan");
  EXPECT_EQ(GroupOf(r, "Egyptian Foreign Minister"), "");
}

TEST(FactGroupsTest, ManySubjectsEachFactUnderItsOwn) {
  // Thousands of distinct subjects (a generated or hostile paste): every
  // fact stands under the heading right above its sentence.
  std::string text = "Envoys from many countries met this week.\n";
  const char* kLetters = "abcdefghijklmnopqrstuvwxyz";
  for (int i = 0; i < 3000; ++i) {
    std::string name = "Q";
    for (int k = i; k > 0 || name.size() < 4; k /= 26) name += kLetters[k % 26];
    text += name + "\nThe talks with " + name + " cost $" + std::to_string(i + 1) +
            " million in 2024.\n";
  }
  const Result r = Facts(text, 20);
  ASSERT_GE(r.facts.size(), 10u);
  for (const KeyFact& f : r.facts) {
    ASSERT_FALSE(f.group.empty()) << f.text;
    EXPECT_NE(f.text.find("with " + f.group + " cost"), std::string::npos)
        << f.group << ": " << f.text;
  }
}

TEST(TypedSpansTest, EachSpanReadsInTheFactAndPointsAtTheInput) {
  const std::string text =
      std::string(kIntro) +
      "In Tokyo, Blinken will discuss a recent $3.64 billion missile sale, which Finance "
      "Minister Choi Sang-mok welcomed.\n";
  const Result r = Facts(text);
  bool money = false;
  bool date = false;
  for (const KeyFact& f : r.facts) {
    for (const TypedSpan& sp : f.spans) {
      // In the fact's text.
      ASSERT_NE(f.text.find(sp.text), std::string::npos) << sp.text << " in " << f.text;
      // Its span covers the same words in the input, inside the sentence.
      ASSERT_LE(sp.span.byte_end, text.size());
      EXPECT_GE(sp.span.byte_start, f.span.byte_start);
      EXPECT_LE(sp.span.byte_end, f.span.byte_end);
      EXPECT_EQ(internal::CollapseSpace(
                    text.substr(sp.span.byte_start, sp.span.byte_end - sp.span.byte_start)),
                sp.text);
      // Its kind is one of the fact's.
      EXPECT_NE(std::find(f.kinds.begin(), f.kinds.end(), sp.kind), f.kinds.end());
      money = money || (sp.kind == FactKind::kMoney && sp.text == "$3.64 billion");
      date = date || (sp.kind == FactKind::kDate && sp.text == "January 4 to 9");
    }
  }
  EXPECT_TRUE(money);
  EXPECT_TRUE(date);
}

TEST(TypedSpansTest, QuotesCarryTheirSpeaker) {
  const Result r = Facts(std::string(kIntro) +
                         "\xE2\x80\x9CWe will not raise taxes this year,\xE2\x80\x9D said Finance "
                         "Minister Choi Sang-mok after talks with Blinken in Seoul.\n");
  bool found = false;
  for (const KeyFact& f : r.facts) {
    for (const TypedSpan& sp : f.spans) {
      if (sp.kind != FactKind::kQuote) {
        EXPECT_EQ(sp.speaker, "") << FactKindName(sp.kind);
        continue;
      }
      EXPECT_EQ(sp.text, "\xE2\x80\x9CWe will not raise taxes this year,\xE2\x80\x9D");
      EXPECT_EQ(sp.speaker, "Finance Minister Choi Sang-mok");
      found = true;
    }
  }
  EXPECT_TRUE(found);
}

TEST(TypedSpansTest, DroppedWordsLeaveNoSpan) {
  // The attribution ", the State Department said on Friday" is cut from the
  // bullet: the organisation in it must not be listed.
  const Result r = Facts(kIntro);
  for (const KeyFact& f : r.facts) {
    if (f.text.find("State Department") != std::string::npos) continue;
    for (const TypedSpan& sp : f.spans) EXPECT_NE(sp.text, "State Department");
  }
}

}  // namespace
}  // namespace precis
