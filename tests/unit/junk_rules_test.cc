// One test per junk-filter rule, through the public API: for each rule a
// line it must drop and, where the rule could overreach, a near miss it must
// keep. Each test fails when its rule is removed or its weight set to 0
// (tests/mutations.txt lists the mutations; scripts/mutate.py runs them).
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "precis/precis.h"

namespace precis {
namespace {

// Four sentences of an ordinary article.
constexpr std::string_view kBodyStart =
    "The city council voted on Tuesday to replace the old drawbridge with a fixed span, ending "
    "a decade of debate.\n\n"
    "Engineers said the lifting mechanism had failed four times in the past year, each time "
    "stranding traffic for hours.\n\n";
constexpr std::string_view kBodyEnd =
    "Construction will begin in September and take about 26 months.\n\n"
    "The state transport agency will pay for most of the work from its repair fund.\n\n";

// `before`, the body's first half, `middle`, its second half, `after`.
std::string Page(std::string_view before, std::string_view middle, std::string_view after) {
  std::string text(before);
  if (!text.empty()) text += "\n\n";
  text += kBodyStart;
  if (!middle.empty()) {
    text += middle;
    text += "\n\n";
  }
  text += kBodyEnd;
  text += after;
  return text;
}

// What became of the unit that starts with `start`: the reason it was
// removed for, "kept" when it is an article sentence, "missing" otherwise.
// A kept unit that lost a prefix reports "kept" and the prefix's reason is
// found by its own start.
std::string Fate(const std::string& text, std::string_view start) {
  Options o;
  o.include_sentences = true;
  o.max_facts = 0;
  o.max_keywords = 0;
  Result r;
  const Status st = Summarize(text, o, &r);
  EXPECT_TRUE(st.ok()) << st.message();
  for (const Removed& d : r.removed) {
    if (d.text.compare(0, start.size(), start) == 0) return d.reason;
  }
  for (const Sentence& s : r.sentences) {
    if (s.text.compare(0, start.size(), start) == 0) return "kept";
  }
  return "missing";
}

// --- Quotation marks -------------------------------------------------------

TEST(JunkRulesTest, QuotedPublisherVoiceIsSomeoneQuoted) {
  // Inside quotation marks "we", "our" and "support" are the speaker's.
  EXPECT_EQ(Fate(Page("",
                      "\"We will keep supporting our members and fund the work we do,\" the "
                      "union leader said on Monday.",
                      ""),
                 "\"We will keep"),
            "kept");
  // Without the marks the same words are the publisher pleading.
  EXPECT_EQ(Fate(Page("",
                      "We will keep supporting our members and fund the work we do, the union "
                      "leader said on Monday.",
                      ""),
                 "We will keep"),
            "donation_plea");
}

TEST(JunkRulesTest, AnUnclosedQuoteEndsWithItsParagraph) {
  // A quoted paragraph often has no closing mark; the plea after it is not
  // inside the quotation.
  const std::string text = Page("",
                                "\xE2\x80\x9CThe new span will outlast all of us, the chief "
                                "engineer told the council on Tuesday.",
                                "Support our journalism. Become a member today.\n");
  EXPECT_EQ(Fate(text, "\xE2\x80\x9CThe new span"), "kept");
  EXPECT_EQ(Fate(text, "Support our journalism"), "donation_plea");
}

TEST(JunkRulesTest, AUnitWhollyInsideAQuotationIsNeverJunk) {
  // The quotation opens and runs on over several sentences; "300 comments."
  // is the speaker's, not a comment counter.
  const std::string text = Page("",
                                "\xE2\x80\x9CWe asked the town for its views on the design. 300 "
                                "comments. Most of them were angry.",
                                "");
  EXPECT_EQ(Fate(text, "300 comments"), "kept");
  EXPECT_EQ(Fate(Page("", "We asked the town for its views on the design. 300 comments.", ""),
                 "300 comments"),
            "comment_form");
}

// --- Position --------------------------------------------------------------

TEST(JunkRulesTest, PageEdgesAddEvidence) {
  // After the article the comment notice is page furniture...
  EXPECT_EQ(Fate(Page("", "", "Sorry we are not currently accepting comments on this article.\n"),
                 "Sorry we are"),
            "comment_form");
  // ... inside it, the same words need more evidence.
  EXPECT_EQ(Fate(Page("", "Sorry we are not currently accepting comments on this article.", ""),
                 "Sorry we are"),
            "kept");
}

TEST(JunkRulesTest, AShortSentenceDoesNotEndTheArticle) {
  // The article ends with its last sentence of eight words or more; the
  // comment notice below it is still page furniture.
  EXPECT_EQ(Fate(Page("", "",
                      "Sorry we are not currently accepting comments on this article.\n\n"
                      "That is all for now.\n"),
                 "Sorry we are"),
            "comment_form");
}

TEST(JunkRulesTest, SupportingVocabularyCountsWithCoreWords) {
  // "site", "tracking", "analytics" count once "cookies" is there.
  EXPECT_EQ(Fate(Page("", "", "This site uses cookies and tracking for analytics.\n"), "This site"),
            "boilerplate");
  EXPECT_EQ(Fate(Page("", "This site uses cookies and tracking for analytics.", ""), "This site"),
            "kept");
}

// --- Shapes ----------------------------------------------------------------

TEST(JunkRulesTest, ArithmeticPromptIsACaptcha) {
  EXPECT_EQ(Fate(Page("", "7 + 3 =", ""), "7 + 3"), "captcha");
  EXPECT_EQ(Fate(Page("", "What is 12 + 5?", ""), "What is 12"), "captcha");
  // A sum inside an article sentence is no prompt.
  EXPECT_EQ(
      Fate(Page("", "The new span is 7 + 3 metres wider than the old bridge, engineers said.", ""),
           "The new span"),
      "kept");
}

TEST(JunkRulesTest, InlineArithmeticIsCaptchaEvidence) {
  // Next to the comment form, the captcha instruction goes with it.
  const std::string text = Page("", "", "Add new comment\n\nFor 1+3, enter 4 in the field.\n");
  EXPECT_EQ(Fate(text, "Add new comment"), "comment_form");
  EXPECT_EQ(Fate(text, "For 1+3"), "captcha");
}

TEST(JunkRulesTest, CounterLine) {
  EXPECT_EQ(Fate(Page("", "42 users have voted.", ""), "42 users"), "vote_count");
  EXPECT_EQ(Fate(Page("", "Comments (12)", ""), "Comments (12)"), "comment_form");
  EXPECT_EQ(Fate(Page("", "42 users have voted for the new design of the bridge since Monday.", ""),
                 "42 users"),
            "kept");
}

TEST(JunkRulesTest, LabelLine) {
  EXPECT_EQ(Fate(Page("", "Read more: Council approves the new ferry timetable", ""), "Read more"),
            "boilerplate");
  // A sentence that introduces speech is no label.
  EXPECT_EQ(Fate(Page("", "He replies: the council has no other choice than the new span.", ""),
                 "He replies"),
            "kept");
}

TEST(JunkRulesTest, BylineLine) {
  EXPECT_EQ(Fate(Page("By Jane Doe and John Roe, Associated Press", "", ""), "By Jane Doe"),
            "byline");
  EXPECT_EQ(Fate(Page("Published 4 March 2025, 12:30 GMT", "", ""), "Published 4 March"), "byline");
}

TEST(JunkRulesTest, BreadcrumbAndYouAreHere) {
  EXPECT_EQ(Fate(Page("Home > News > Local", "", ""), "Home > News"), "navigation");
  // By its shape alone: no word of it is navigation vocabulary.
  EXPECT_EQ(Fate(Page("World > Europe > Germany", "", ""), "World > Europe"), "navigation");
  EXPECT_EQ(Fate(Page("You are here", "", ""), "You are here"), "navigation");
}

TEST(JunkRulesTest, PhotoCreditLine) {
  EXPECT_EQ(Fate(Page("", "Photo: Harbour Gazette staff", ""), "Photo: Harbour"), "boilerplate");
  EXPECT_EQ(Fate(Page("", "Image source, Getty Images", ""), "Image source"), "boilerplate");
  EXPECT_EQ(Fate(Page("", "Photo booths were installed at the station in May, officials said.", ""),
                 "Photo booths"),
            "kept");
}

TEST(JunkRulesTest, CopyrightSignIsEvidence) {
  const std::string text =
      Page("", "", "Share this article\n\n\xC2\xA9 Harbour Gazette Media Group\n");
  EXPECT_EQ(Fate(text, "Share this article"), "share_subscribe");
  EXPECT_EQ(Fate(text, "\xC2\xA9 Harbour"), "boilerplate");
}

TEST(JunkRulesTest, ShortVerblessLinesBelowTheArticleAreTags) {
  const std::string text = Page("", "", "Share this article\n\nTransport\n\nUpdates will follow\n");
  EXPECT_EQ(Fate(text, "Transport"), "boilerplate");
  // A line with a verb is not a tag.
  EXPECT_EQ(Fate(text, "Updates will follow"), "kept");
}

// --- Pronouns, imperatives, vocabulary ---------------------------------------

TEST(JunkRulesTest, AddressingTheReaderAboutTheTopicIsEvidence) {
  EXPECT_EQ(Fate(Page("", "You can help too, if you make a donation today.", ""), "You can help"),
            "donation_plea");
  // Addressing the reader without a topic word is not.
  EXPECT_EQ(Fate(Page("", "You can see the new bridge from the hill if you walk up at dawn.", ""),
                 "You can see"),
            "kept");
}

TEST(JunkRulesTest, YourFollowedByATopicWordIsEvidence) {
  EXPECT_EQ(Fate(Page("", "Your donation keeps the lights on.", ""), "Your donation"),
            "donation_plea");
  EXPECT_EQ(Fate(Page("", "Your neighbours keep the lights on.", ""), "Your neighbours"), "kept");
}

TEST(JunkRulesTest, LongSentencesAreProse) {
  // Two sharing words in a long article sentence: too little to join the
  // share line below it.
  const std::string text = Page("", "",
                                "The council will post weekly updates about the road closures, "
                                "the detours, the night works, the new ferry timetable and the "
                                "temporary parking rules on Facebook and in a printed newsletter "
                                "delivered to every household in the harbour district, the old "
                                "town, the northern villages and the farms along the coast road "
                                "until the new bridge finally opens next autumn.\n\n"
                                "Share this article\n");
  EXPECT_EQ(Fate(text, "The council will post"), "kept");
  EXPECT_EQ(Fate(text, "Share this article"), "share_subscribe");
}

TEST(JunkRulesTest, PressWordsCountOnlyInThePublishersVoice) {
  // About news funding, not the publisher asking for it.
  EXPECT_EQ(Fate(Page("", "",
                      "Newsrooms across the country depend on donations from readers, the report "
                      "found.\n"),
                 "Newsrooms across"),
            "kept");
}

TEST(JunkRulesTest, NounLikeImperativeNeedsItsObject) {
  // "Share prices" is no call to share.
  EXPECT_EQ(
      Fate(Page("", "", "Share prices of the builder fell sharply after the news on Monday.\n"),
           "Share prices"),
      "kept");
  EXPECT_EQ(Fate(Page("", "", "Share this with your friends on Facebook.\n"), "Share this"),
            "share_subscribe");
}

TEST(JunkRulesTest, UsInCapitalsIsTheCountry) {
  EXPECT_EQ(
      Fate(Page("", "The US will support the bridge plan with new funding, officials said.", ""),
           "The US will"),
      "kept");
}

// --- Context ---------------------------------------------------------------

TEST(JunkRulesTest, TheHeadlineNeverJoinsJunk) {
  const std::string text =
      Page("Readers rally to support the local newspaper\n\nSubscribe now", "", "");
  EXPECT_EQ(Fate(text, "Readers rally"), "kept");
  EXPECT_EQ(Fate(text, "Subscribe now"), "share_subscribe");
}

TEST(JunkRulesTest, WeakEvidenceJoinsJunkAfterIt) {
  const std::string text = Page("", "", "Transport\n\nShare this article\n");
  EXPECT_EQ(Fate(text, "Transport"), "boilerplate");
}

TEST(JunkRulesTest, UnitsInsideAPleaBlockGoWithIt) {
  const std::string text = Page("", "",
                                "Your support makes all the difference to our newsroom.\n\n"
                                "It keeps the lights on.\n\n"
                                "Donate to our newsroom today.\n");
  EXPECT_EQ(Fate(text, "Your support"), "donation_plea");
  EXPECT_EQ(Fate(text, "It keeps"), "donation_plea");
  EXPECT_EQ(Fate(text, "Donate to"), "donation_plea");
}

TEST(JunkRulesTest, APleaBlockNeedsAStrongPlea) {
  // Two weak plea lines that are junk only beside other junk: what lies
  // between them stays.
  const std::string text = Page("", "",
                                "Share this article\n\nMembership matters.\n\n"
                                "The ferry runs every hour.\n\nDonations help.\n\n"
                                "Follow us on Twitter\n");
  EXPECT_EQ(Fate(text, "Membership matters"), "donation_plea");
  EXPECT_EQ(Fate(text, "Donations help"), "donation_plea");
  EXPECT_EQ(Fate(text, "The ferry runs"), "kept");
}

TEST(JunkRulesTest, APleaGluedToTheNextSentenceIsCut) {
  // The paste lost the break after the plea's last sentence.
  const std::string text =
      "Support our journalism with a donation today.\n\n"
      "Your support makes all the difference!The city council voted on Tuesday to replace the "
      "old drawbridge over the harbour with a fixed span, ending a decade of debate between the "
      "shipyards, which need tall ships to pass, the ferry company, the fishing fleet, the "
      "residents of the old town and the northern villages, and the drivers who have waited for "
      "the bridge to close again on so many mornings, often for an hour or more, since the "
      "lifting gear first failed in the spring of the year before last.\n\n" +
      std::string(kBodyStart) + std::string(kBodyEnd);
  EXPECT_EQ(Fate(text, "Support our journalism"), "donation_plea");
  EXPECT_EQ(Fate(text, "Your support makes"), "donation_plea");
  EXPECT_EQ(Fate(text, "The city council voted on Tuesday to replace the old drawbridge over"),
            "kept");
}

// --- Datelines -------------------------------------------------------------

TEST(JunkRulesTest, DatelineLineBeforeTheBody) {
  // Under the headline (which is never junk).
  EXPECT_EQ(Fate(Page("Council votes to replace the drawbridge\n\nPORT ELLIS \xE2\x80\x94", "", ""),
                 "PORT ELLIS"),
            "dateline");
}

TEST(JunkRulesTest, DatelinePrefixIsCut) {
  const std::string text =
      "PORT ELLIS \xE2\x80\x94 The city council voted on Tuesday to replace the old drawbridge "
      "with a fixed span.\n\nThe state must still approve the final design of the new bridge.\n";
  EXPECT_EQ(Fate(text, "PORT ELLIS"), "dateline");
  EXPECT_EQ(Fate(text, "The city council"), "kept");
}

TEST(JunkRulesTest, AnInitialismAloneIsNoDateline) {
  const std::string text =
      "UN - The agency will send food and medicine to the flooded region next week.\n\n"
      "The state must still approve the final design of the new bridge.\n";
  EXPECT_EQ(Fate(text, "UN - The agency"), "kept");
}

TEST(JunkRulesTest, ProseBeforeADashIsNoDateline) {
  const std::string text =
      "BRUSSELS officials said on Monday - The new rules take effect in May for all members.\n\n"
      "The state must still approve the final design of the new bridge.\n";
  EXPECT_EQ(Fate(text, "BRUSSELS officials"), "kept");
}

}  // namespace
}  // namespace precis
