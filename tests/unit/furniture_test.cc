// Page furniture glued into sentences: captions, video and shopping
// prompts and offers are cut off as units of their own and dropped by the
// junk filter; article sentences that mention such words stay.
#include "clean/furniture.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "clean/junk_filter.h"
#include "precis/precis.h"
#include "segment/sentence_splitter.h"

namespace precis {
namespace internal {
namespace {

using Strings = std::vector<std::string>;

Strings Units(std::string_view text) {
  Strings out;
  for (const SentenceUnit& u : SplitOffFurniture(text, SplitSentences(text))) {
    out.emplace_back(text.substr(u.begin, u.end - u.begin));
  }
  return out;
}

// The units the junk filter keeps.
Strings Kept(std::string_view text) {
  const std::vector<SentenceUnit> units = SplitOffFurniture(text, SplitSentences(text));
  const std::vector<JunkVerdict> verdicts = ClassifyJunk(text, units);
  Strings out;
  for (std::size_t i = 0; i < units.size(); ++i) {
    if (!verdicts[i].junk)
      out.emplace_back(text.substr(units[i].begin, units[i].end - units[i].begin));
  }
  return out;
}

const std::string kBody =
    "The city council voted on Tuesday to replace the old drawbridge with a fixed span. "
    "Engineers said the lifting mechanism had failed four times in the past year. ";

TEST(FurnitureTest, VideoPromptGluedToASentenceIsCutOff) {
  EXPECT_EQ(
      Units("Scroll down for video According to Michael Redwood, the bridge is safe."),
      (Strings{"Scroll down for video", "According to Michael Redwood, the bridge is safe."}));
  EXPECT_EQ(Units("It ran for hours . Watch the video The crowd cheered ."),
            (Strings{"It ran for hours .", "Watch the video", "The crowd cheered ."}));
  const Strings kept = Kept(kBody +
                            "Scroll down for video According to Michael Redwood, the "
                            "bridge is safe for now.");
  EXPECT_EQ(kept.back(), "According to Michael Redwood, the bridge is safe for now.");
  for (const std::string& s : kept) EXPECT_EQ(s.find("Scroll down"), std::string::npos) << s;
}

TEST(FurnitureTest, PromptWordsInProseStay) {
  const std::string text =
      "Users who click here are tracked, and the site asks them to "
      "watch the video before they buy now or later.";
  EXPECT_EQ(Units(text), (Strings{text}));
  EXPECT_EQ(Kept(kBody + text).back(), text);
}

TEST(FurnitureTest, ShoppingLinkGoesWithItsProduct) {
  const std::string text =
      kBody +
      "Striped zip skirt at Nordstrom Visit site The look is back for spring, stylists say.";
  const Strings units = Units(text);
  ASSERT_GE(units.size(), 2u);
  EXPECT_EQ(units[units.size() - 2], "Striped zip skirt at Nordstrom Visit site");
  EXPECT_EQ(Kept(text).back(), "The look is back for spring, stylists say.");
}

TEST(FurnitureTest, CaptionsAreDropped) {
  for (const char* caption : {
           "Ditching Wall Street: Mary Pat Christie, right, has quit her job at a firm",
           "Pictured: The couple at their wedding in 2010",
           "No clue : Local residents say they felt no tremors overnight",
           "The lifeguard ( pictured ) was praised by the mayor",
           "Arsenal boss Arsene Wenger (right) after the win against Chelsea",
           "The young star is pictured wearing a black lacy dress.",
       }) {
    const std::string text = kBody + caption;
    const Strings kept = Kept(text);
    EXPECT_EQ(kept.size(), 2u) << caption;
  }
}

TEST(FurnitureTest, CaptionHeadingAfterARunOnSentenceStartsAUnit) {
  EXPECT_EQ(Units("The mass measures roughly 100ft wide No clue : Local residents felt nothing ."),
            (Strings{"The mass measures roughly 100ft wide",
                     "No clue : Local residents felt nothing ."}));
  // Names after a function word, and speech, are prose.
  const std::string met = "The envoy met with President Obama: The talks went well.";
  EXPECT_EQ(Units(met), (Strings{met}));
  const std::string said = "The coach smiled after the match and Bruce insisted: 'We will win.'";
  EXPECT_EQ(Units(said), (Strings{said}));
}

TEST(FurnitureTest, CaptionNamingAPositionAfterARunOnSentence) {
  EXPECT_EQ(Units("Pjanic slots home after a clinical counter-attack Pjanic ( second left ) "
                  "celebrates with his team-mates ."),
            (Strings{"Pjanic slots home after a clinical counter-attack",
                     "Pjanic ( second left ) celebrates with his team-mates ."}));
  const std::string text =
      kBody + "Jack Wilshere ( centre ) was on the bench for the semi-final against Reading .";
  EXPECT_EQ(Kept(text).size(), 2u);
}

TEST(FurnitureTest, OffersAreDropped) {
  const std::string text = kBody + "Get 3 months of premium news for $1.";
  EXPECT_EQ(Kept(text).size(), 2u);
  // An article sentence about prices stays.
  const std::string story =
      kBody + "Readers can get three months of the paper for $1, the publisher said on Monday.";
  EXPECT_EQ(Kept(story).size(), 3u);
}

TEST(FurnitureTest, SentencesWithPositionWordsStay) {
  const std::string text =
      kBody + "The Queen's Guard was pictured slipping on a manhole cover, right by the gate.";
  EXPECT_EQ(Kept(text).size(), 3u);
  const std::string guard =
      kBody + "The Queen's Guard (pictured) slipped on a manhole cover during the ceremony.";
  EXPECT_EQ(Kept(guard).size(), 3u);
  // A sentence may say who stands where in the photo.
  const std::string wenger =
      kBody + "The club said on Monday that Arsene Wenger (right) is delighted with the win.";
  EXPECT_EQ(Kept(wenger).size(), 3u);
  const std::string right = kBody + "Conclusion: the bridge will open in 2027.";
  EXPECT_EQ(Kept(right).size(), 3u);
}

TEST(FurnitureTest, SummariesLeaveFurnitureOut) {
  const std::string text =
      "Scroll down for video A mother was holding the two-year-old boy when he fell into the pit "
      "at the zoo on Saturday afternoon. The boy was rescued by his parents before firefighters "
      "arrived. Pictured: The cheetah enclosure at the zoo The zoo said the exhibit will stay "
      "closed while officials review what happened.";
  Options options;
  options.length = 3;
  options.length_unit = LengthUnit::kSentences;
  Result r;
  ASSERT_TRUE(Summarize(text, options, &r).ok());
  for (const auto& s : r.summary) {
    EXPECT_EQ(s.text.find("Scroll down"), std::string::npos) << s.text;
    EXPECT_EQ(s.text.find("Pictured"), std::string::npos) << s.text;
  }
}

}  // namespace
}  // namespace internal
}  // namespace precis
