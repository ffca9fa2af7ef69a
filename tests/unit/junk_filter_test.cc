// Pasted-page junk: each kind of line is recognised by shape, position and
// vocabulary, and article sentences that merely share words with junk stay.
#include "clean/junk_filter.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "precis/precis.h"
#include "segment/sentence_splitter.h"
#include "test_util.h"

namespace precis {
namespace internal {
namespace {

struct Judged {
  std::string text;
  JunkVerdict verdict;
};

std::vector<Judged> Judge(std::string_view text) {
  const std::vector<SentenceUnit> units = SplitSentences(text);
  const std::vector<JunkVerdict> verdicts = ClassifyJunk(text, units);
  EXPECT_EQ(units.size(), verdicts.size());
  std::vector<Judged> out;
  for (std::size_t i = 0; i < units.size() && i < verdicts.size(); ++i) {
    out.push_back(
        {std::string(text.substr(units[i].begin, units[i].end - units[i].begin)), verdicts[i]});
  }
  return out;
}

const Judged* Find(const std::vector<Judged>& judged, std::string_view start) {
  for (const Judged& j : judged) {
    if (j.text.compare(0, start.size(), start) == 0) return &j;
  }
  return nullptr;
}

// A short article body: real sentences around the line under test.
std::string Article(std::string_view before, std::string_view after = "") {
  std::string text(before);
  text +=
      "\n\nThe city council voted on Tuesday to replace the old drawbridge "
      "with a fixed span, ending a decade of debate.\n\n"
      "Engineers said the lifting mechanism had failed four times in the past "
      "year, each time stranding traffic for hours.\n\n"
      "Construction will begin in September and take about 26 months.\n\n";
  text += after;
  return text;
}

TEST(JunkFilterTest, EmptyInputHasNoVerdicts) { EXPECT_TRUE(ClassifyJunk("", {}).empty()); }

TEST(JunkFilterTest, ArticleSentencesAreKept) {
  const auto judged = Judge(Article(""));
  ASSERT_EQ(judged.size(), 3u);
  for (const Judged& j : judged) {
    EXPECT_FALSE(j.verdict.junk) << j.text;
    EXPECT_EQ(j.verdict.strip_prefix, 0u) << j.text;
  }
}

TEST(JunkFilterTest, VoteCounterAndCommentFormAtTheEnd) {
  const auto judged = Judge(Article("",
                                    "42 users have voted.\n\nAdd new comment\n\n"
                                    "This question is for testing whether or not you are a human "
                                    "visitor and to prevent automated spam submissions.\n7 + 3 =\n"
                                    "Solve this simple math problem and enter the result.\n"));
  const Judged* votes = Find(judged, "42 users");
  ASSERT_NE(votes, nullptr);
  EXPECT_TRUE(votes->verdict.junk);
  EXPECT_STREQ(votes->verdict.reason, "vote_count");
  for (std::string_view line :
       {"Add new comment", "This question is for", "7 + 3 =", "Solve this simple"}) {
    const Judged* j = Find(judged, line);
    ASSERT_NE(j, nullptr) << line;
    EXPECT_TRUE(j->verdict.junk) << line;
  }
  EXPECT_FALSE(Find(judged, "Construction will")->verdict.junk);
}

TEST(JunkFilterTest, BreadcrumbBylineAndShareLines) {
  const auto judged =
      Judge(Article("You are here\n\nBy Jane Doe - Mar 10, 2021 - Last updated at "
                    "Mar 11, 2021",
                    "Share this article\n\nSign up for our newsletter to get local "
                    "news in your inbox every morning.\n"));
  for (std::string_view line :
       {"You are here", "By Jane Doe", "Share this article", "Sign up for"}) {
    const Judged* j = Find(judged, line);
    ASSERT_NE(j, nullptr) << line;
    EXPECT_TRUE(j->verdict.junk) << line;
  }
  EXPECT_STREQ(Find(judged, "By Jane Doe")->verdict.reason, "byline");
}

TEST(JunkFilterTest, BylineWithClockTimeAndDatelineAfterIt) {
  const std::string text =
      "By Staff Reporter - March 4, 2025 - Updated 5:12 p.m.\n\n"
      "PORT ELLIS — The city council voted 7 to 2 on Tuesday to replace the "
      "drawbridge.\n\nThe state must still approve the final design.\n";
  const auto judged = Judge(text);
  ASSERT_GE(judged.size(), 3u);
  EXPECT_TRUE(judged[0].verdict.junk);
  EXPECT_STREQ(judged[0].verdict.reason, "byline");
  EXPECT_FALSE(judged[1].verdict.junk);
  EXPECT_STREQ(judged[1].verdict.reason, "dateline");
  EXPECT_EQ(judged[1].text.substr(judged[1].verdict.strip_prefix).rfind("The city", 0), 0u);
  // An article sentence with a time in it is not a byline.
  EXPECT_FALSE(judged[2].verdict.junk);
}

TEST(JunkFilterTest, DatelineIsStrippedFromTheFirstSentence) {
  const std::string text =
      "WASHINGTON — The Secretary of State will visit Japan and South Korea "
      "next week.\n\nThe trip is the first of the new administration.\n";
  const auto judged = Judge(text);
  ASSERT_FALSE(judged.empty());
  EXPECT_FALSE(judged[0].verdict.junk);
  EXPECT_STREQ(judged[0].verdict.reason, "dateline");
  EXPECT_EQ(judged[0].text.substr(judged[0].verdict.strip_prefix).rfind("The", 0), 0u);
}

TEST(JunkFilterTest, QuotedSpeechIsNotThePublisherTalking) {
  // "We" and "support" inside a quotation belong to the person quoted.
  const auto judged =
      Judge(Article("",
                    "\"We need your support to finish the bridge on time,\" the mayor told "
                    "residents at the hearing on Monday.\n"));
  const Judged* quote = Find(judged, "\"We need");
  ASSERT_NE(quote, nullptr);
  EXPECT_FALSE(quote->verdict.junk);
}

TEST(JunkFilterTest, ArticleAboutSubscriptionsIsNotJunk) {
  const std::string text =
      "Streaming services lost subscribers for the first time this year.\n\n"
      "Analysts said readers who subscribe to several newsletters are "
      "cancelling the ones they read least.\n\n"
      "The company said comments from users had shaped its new prices.\n";
  for (const Judged& j : Judge(text)) EXPECT_FALSE(j.verdict.junk) << j.text;
}

// The three real pastes: every junk line goes, no article sentence does.
class SharedArticleJunkTest : public ::testing::Test {
 protected:
  Result Summarize(const std::string& path) {
    const auto text = precis_test::ReadFile(path);
    EXPECT_TRUE(text.has_value()) << path;
    Options o;
    o.length_unit = LengthUnit::kRatio;
    o.length = 1.0;
    o.include_sentences = true;
    Result r;
    EXPECT_TRUE(precis::Summarize(text.value_or(""), o, &r).ok());
    return r;
  }
  static bool AnyContains(const std::vector<std::string>& texts, std::string_view needle) {
    for (const std::string& t : texts) {
      if (t.find(needle) != std::string::npos) return true;
    }
    return false;
  }
  static std::vector<std::string> Kept(const Result& r) {
    std::vector<std::string> out;
    for (const Sentence& s : r.sentences) out.push_back(s.text);
    return out;
  }
  static std::vector<std::string> Dropped(const Result& r) {
    std::vector<std::string> out;
    for (const Removed& d : r.removed) out.push_back(d.text);
    return out;
  }
};

TEST_F(SharedArticleJunkTest, DonationPleaIsDropped) {
  PRECIS_REQUIRE_SHARED_DATA(path, "articles/blinken-trip-with-donation-plea.txt");
  const Result r = Summarize(path);
  const auto kept = Kept(r);
  const auto dropped = Dropped(r);
  for (std::string_view plea : {"Your support helps us", "reproductive rights", "Your donation",
                                "trusted by Americans", "Your support makes all the difference"}) {
    EXPECT_FALSE(AnyContains(kept, plea)) << plea;
    EXPECT_TRUE(AnyContains(dropped, plea)) << plea;
  }
  // The sentence glued to the end of the plea survives without it.
  EXPECT_TRUE(AnyContains(kept, "Secretary of State Antony Blinken will embark"));
  EXPECT_TRUE(AnyContains(kept, "The State Department announced Friday"));
  EXPECT_TRUE(AnyContains(kept, "China has repeatedly complained"));
}

TEST_F(SharedArticleJunkTest, CommentFormBreadcrumbAndBylineAreDropped) {
  PRECIS_REQUIRE_SHARED_DATA(path, "articles/blinken-austin-2021-with-comments.txt");
  const Result r = Summarize(path);
  const auto kept = Kept(r);
  for (std::string_view junk :
       {"You are here", "By AFP", "users have voted", "Add new comment", "human visitor", "18 + 0",
        "Solve this simple math", "emailed to you"}) {
    EXPECT_FALSE(AnyContains(kept, junk)) << junk;
  }
  for (std::string_view body :
       {"Antony Blinken and Defence Secretary Lloyd Austin", "Ned Price said",
        "ceasefire in a bitter trade dispute", "failed to produce any lasting agreement"}) {
    EXPECT_TRUE(AnyContains(kept, body)) << body;
  }
  // The dateline is cut from the first sentence, not the sentence itself.
  EXPECT_FALSE(AnyContains(kept, "WASHINGTON"));
}

TEST_F(SharedArticleJunkTest, CleanArticleLosesNothing) {
  PRECIS_REQUIRE_SHARED_DATA(path, "articles/blinken-trip-koreatimes.txt");
  const Result r = Summarize(path);
  EXPECT_TRUE(r.removed.empty()) << r.removed.front().text;
  EXPECT_GE(r.sentences.size(), 10u);
}

}  // namespace
}  // namespace internal
}  // namespace precis
