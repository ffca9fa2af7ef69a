#include "facts/key_facts.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include "doc_builder.h"
#include "precis/precis.h"
#include "rank/ranking.h"
#include "test_util.h"

namespace precis {
namespace internal {
namespace {

using precis_test::DocBuilder;

// "kind:text" for every span of sentence `i`.
std::vector<std::string> Spans(const DocBuilder& b, std::size_t i = 0) {
  std::vector<std::string> out;
  for (const FactSpan& f : FindFactSpans(b.doc(), i)) {
    out.push_back(std::string(FactKindName(f.kind)) + ":" +
                  std::string(b.doc().text.substr(f.begin, f.end - f.begin)));
  }
  return out;
}

bool Has(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

// Whether any span has this kind.
bool HasKind(const std::vector<std::string>& v, FactKind kind) {
  const std::string prefix = std::string(FactKindName(kind)) + ":";
  for (const std::string& s : v) {
    if (s.compare(0, prefix.size(), prefix) == 0) return true;
  }
  return false;
}

std::string Join(const std::vector<std::string>& v) {
  std::string out;
  for (const std::string& s : v) out += "[" + s + "] ";
  return out;
}

TEST(FactSpansTest, Money) {
  DocBuilder b({"The U.S. will deliver some $3.64 billion dollars in missiles.",
                "The city paid 5 million euros for the bridge and US$2 million for roads.",
                "The plant cost €40m to build, and 3.64 billion people live nearby."});
  auto s0 = Spans(b, 0);
  EXPECT_TRUE(Has(s0, "money:$3.64 billion dollars")) << Join(s0);
  auto s1 = Spans(b, 1);
  EXPECT_TRUE(Has(s1, "money:5 million euros")) << Join(s1);
  EXPECT_TRUE(Has(s1, "money:US$2 million")) << Join(s1);
  auto s2 = Spans(b, 2);
  EXPECT_TRUE(Has(s2, "money:€40m")) << Join(s2);
  // A number with a scale but no currency is a quantity, not money.
  EXPECT_TRUE(Has(s2, "quantity:3.64 billion people")) << Join(s2);
  EXPECT_FALSE(Has(s2, "money:3.64 billion")) << Join(s2);
}

TEST(FactSpansTest, PercentAndQuantity) {
  DocBuilder b({"Prices rose 4.5% in March and wages 3 percent, the bank said.",
                "Blinken will visit three countries and meet 13 officials.",
                "Cases of COVID-19 fell and the answer to 18 + 0 is known."});
  auto s0 = Spans(b, 0);
  EXPECT_TRUE(Has(s0, "percent:4.5%")) << Join(s0);
  EXPECT_TRUE(Has(s0, "percent:3 percent")) << Join(s0);
  auto s1 = Spans(b, 1);
  EXPECT_TRUE(Has(s1, "quantity:three countries")) << Join(s1);
  EXPECT_TRUE(Has(s1, "quantity:13 officials")) << Join(s1);
  auto s2 = Spans(b, 2);
  EXPECT_FALSE(HasKind(s2, FactKind::kQuantity)) << Join(s2);
  EXPECT_FALSE(HasKind(s2, FactKind::kPercent)) << Join(s2);
}

TEST(FactSpansTest, DatesAndRanges) {
  DocBuilder b({"Blinken will visit South Korea, Japan, and France from January 4 to 9.",
                "Yoon declared martial law on December 3, 2024, and was impeached.",
                "The report was filed on 4 January 2025 and revised in 2024.",
                "By AFP - Mar 10,2021 - Last updated on Friday."});
  auto s0 = Spans(b, 0);
  EXPECT_TRUE(Has(s0, "date:January 4 to 9")) << Join(s0);
  auto s1 = Spans(b, 1);
  EXPECT_TRUE(Has(s1, "date:December 3, 2024")) << Join(s1);
  auto s2 = Spans(b, 2);
  EXPECT_TRUE(Has(s2, "date:4 January 2025")) << Join(s2);
  EXPECT_TRUE(Has(s2, "date:2024")) << Join(s2);
  auto s3 = Spans(b, 3);
  EXPECT_TRUE(Has(s3, "date:Mar 10,2021")) << Join(s3);
  EXPECT_TRUE(Has(s3, "date:Friday")) << Join(s3);
}

TEST(FactSpansTest, MayTheMonthAndMayTheVerb) {
  DocBuilder b({"The bridge may close in May for repairs.",
                "May the council approve the plan quickly.",
                "The vote is set for May 5 in the old hall.",
                "It may rain, officials may decide, and March is far off."});
  auto s0 = Spans(b, 0);
  EXPECT_TRUE(Has(s0, "date:May")) << Join(s0);
  EXPECT_EQ(std::count_if(s0.begin(), s0.end(),
                          [](const std::string& s) { return s.rfind("date:", 0) == 0; }),
            1)
      << Join(s0);
  auto s1 = Spans(b, 1);
  EXPECT_FALSE(HasKind(s1, FactKind::kDate)) << Join(s1);
  EXPECT_TRUE(Has(Spans(b, 2), "date:May 5"));
  auto s3 = Spans(b, 3);
  EXPECT_FALSE(HasKind(s3, FactKind::kDate)) << Join(s3);
}

TEST(FactSpansTest, YearThatIsNotADate) {
  // A year used as a label before a noun is neither a date nor a count.
  DocBuilder b({"Dealers cut prices of 2025 models this week.",
                "The law has applied since 1990 across the state."});
  auto s0 = Spans(b, 0);
  EXPECT_FALSE(HasKind(s0, FactKind::kDate)) << Join(s0);
  EXPECT_FALSE(HasKind(s0, FactKind::kQuantity)) << Join(s0);
  EXPECT_TRUE(Has(Spans(b, 1), "date:1990"));
}

TEST(FactSpansTest, PeopleWithRoles) {
  DocBuilder b({"Finance Minister Choi Sang-mok met President Yoon Suk Yeol on Friday.",
                "State Department spokesman Ned Price said the trip was planned.",
                "The review follows former president Donald Trump's summits with "
                "North Korean leader Kim Jong-un.",
                "US Secretary of State Antony Blinken will visit Seoul."});
  auto s0 = Spans(b, 0);
  EXPECT_TRUE(Has(s0, "person:Finance Minister Choi Sang-mok")) << Join(s0);
  EXPECT_TRUE(Has(s0, "person:President Yoon Suk Yeol")) << Join(s0);
  auto s1 = Spans(b, 1);
  EXPECT_TRUE(Has(s1, "person:State Department spokesman Ned Price")) << Join(s1);
  auto s2 = Spans(b, 2);
  EXPECT_TRUE(Has(s2, "person:North Korean leader Kim Jong-un")) << Join(s2);
  EXPECT_TRUE(HasKind(s2, FactKind::kPerson)) << Join(s2);
  auto s3 = Spans(b, 3);
  EXPECT_TRUE(Has(s3, "person:US Secretary of State Antony Blinken")) << Join(s3);
  EXPECT_TRUE(Has(s3, "place:Seoul")) << Join(s3);
}

TEST(FactSpansTest, SentenceInitialCapitalIsNotAName) {
  DocBuilder b({"Political developments in South Korea have raised questions.",
                "Officials expect the political crisis to last.",
                "Stocks fell as investors waited."});
  auto s0 = Spans(b, 0);
  EXPECT_FALSE(HasKind(s0, FactKind::kPerson)) << Join(s0);
  EXPECT_FALSE(HasKind(s0, FactKind::kOrganization)) << Join(s0);
  EXPECT_TRUE(Has(s0, "place:South Korea")) << Join(s0);
  EXPECT_TRUE(Spans(b, 1).empty()) << Join(Spans(b, 1));
  EXPECT_TRUE(Spans(b, 2).empty()) << Join(Spans(b, 2));
}

TEST(FactSpansTest, InitialismInsideAName) {
  DocBuilder b({"The U.S. Department of Commerce approved the sale.",
                "Officials met at the U.S. Embassy in Seoul on Monday."});
  auto s0 = Spans(b, 0);
  EXPECT_TRUE(Has(s0, "organization:U.S. Department of Commerce")) << Join(s0);
  auto s1 = Spans(b, 1);
  EXPECT_TRUE(Has(s1, "place:Seoul")) << Join(s1);
  for (const std::string& s : s1) EXPECT_NE(s, "place:U.S") << Join(s1);
}

TEST(FactSpansTest, PlacesAndOrganisations) {
  DocBuilder b({"The State Department said the envoy flew from Alaska to Tokyo.",
                "Blinken met NATO officials in Brussels."});
  auto s0 = Spans(b, 0);
  EXPECT_TRUE(Has(s0, "organization:State Department")) << Join(s0);
  EXPECT_TRUE(Has(s0, "place:Alaska")) << Join(s0);
  EXPECT_TRUE(Has(s0, "place:Tokyo")) << Join(s0);
  auto s1 = Spans(b, 1);
  EXPECT_TRUE(Has(s1, "organization:NATO")) << Join(s1);
  EXPECT_TRUE(Has(s1, "place:Brussels")) << Join(s1);
}

TEST(FactSpansTest, QuotesNeedASpeaker) {
  DocBuilder b({"\xE2\x80\x9CWe will build on our shared values,\xE2\x80\x9D Price said.",
                "The sign read \xE2\x80\x9Cno entry after dark tonight\xE2\x80\x9D on the gate.",
                "Blinken called China \"the biggest geopolitical test of the century\"."});
  auto s0 = Spans(b, 0);
  EXPECT_TRUE(HasKind(s0, FactKind::kQuote)) << Join(s0);
  auto s1 = Spans(b, 1);
  EXPECT_FALSE(HasKind(s1, FactKind::kQuote)) << Join(s1);
  auto s2 = Spans(b, 2);
  EXPECT_TRUE(Has(s2, "quote:\"the biggest geopolitical test of the century\"")) << Join(s2);
}

// The speaker given to the first quote of sentence `i`, or "-" without one.
std::string SpeakerOf(const DocBuilder& b, std::size_t i) {
  for (const FactSpan& f : FindFactSpans(b.doc(), i)) {
    if (f.kind != FactKind::kQuote) continue;
    return std::string(b.doc().text.substr(f.speaker_begin, f.speaker_end - f.speaker_begin));
  }
  return "-";
}

TEST(FactSpansTest, QuotesWithTheirSpeaker) {
  DocBuilder b(
      {"\xE2\x80\x9CWe will not raise taxes this year,\xE2\x80\x9D said Finance Minister "
       "Choi Sang-mok in Seoul.",
       "A press release issued by the State Department said, \xE2\x80\x9CSecretary Blinken "
       "will visit South Korea and Japan.\xE2\x80\x9D",
       "Mayor Jane Ortiz met the Harbor Authority, which said \"the bridge is safe for "
       "everyone to use\".",
       "\xE2\x80\x9CThe bridge is safe for everyone to use,\xE2\x80\x9D he told reporters "
       "on Friday."});
  EXPECT_EQ(SpeakerOf(b, 0), "Finance Minister Choi Sang-mok");
  // The person inside the quote is not its speaker.
  EXPECT_EQ(SpeakerOf(b, 1), "State Department");
  // A person beats an organisation, wherever they are.
  EXPECT_EQ(SpeakerOf(b, 2), "Mayor Jane Ortiz");
  // No name: the quote has no speaker (or is no quote at all).
  const std::string none = SpeakerOf(b, 3);
  EXPECT_TRUE(none.empty() || none == "-") << none;
  // Other kinds never have one.
  for (const FactSpan& f : FindFactSpans(b.doc(), 0)) {
    if (f.kind != FactKind::kQuote) {
      EXPECT_EQ(f.speaker_begin, f.speaker_end) << FactKindName(f.kind);
    }
  }
}

// Words of `s` with punctuation stripped, case-folded.
std::vector<std::string> Words(const std::string& s) {
  std::vector<std::string> out;
  std::string cur;
  for (char ch : s) {
    const unsigned char u = static_cast<unsigned char>(ch);
    if (std::isalnum(u) || u >= 0x80 || ch == '$' || ch == '-') {
      cur.push_back(static_cast<char>(std::tolower(u)));
    } else if (!cur.empty()) {
      out.push_back(cur);
      cur.clear();
    }
  }
  if (!cur.empty()) out.push_back(cur);
  return out;
}

// Every word of `bullet` appears in `source`, in order.
bool Grounded(const std::string& bullet, const std::string& source) {
  const std::vector<std::string> b = Words(bullet);
  const std::vector<std::string> s = Words(source);
  std::size_t j = 0;
  for (const std::string& w : b) {
    while (j < s.size() && s[j] != w) ++j;
    if (j == s.size()) return false;
    ++j;
  }
  return true;
}

std::string BulletOf(const std::string& sentence) {
  DocBuilder b({sentence});
  auto facts = ExtractKeyFacts(b.doc(), {1.0}, 5);
  if (facts.size() != 1) return "<" + std::to_string(facts.size()) + " bullets>";
  EXPECT_TRUE(Grounded(facts[0].text, sentence)) << facts[0].text;
  return facts[0].text;
}

TEST(KeyFactsCompressionTest, DropsLeadingConnectives) {
  EXPECT_EQ(BulletOf("Meanwhile, Blinken also spoke with Egyptian Foreign Minister "
                     "Badr Abdelati on Saturday."),
            "Blinken also spoke with Egyptian Foreign Minister Badr Abdelati on Saturday.");
  EXPECT_EQ(BulletOf("However, the city paid 5 million euros for the bridge."),
            "The city paid 5 million euros for the bridge.");
  EXPECT_EQ(BulletOf("In addition, prices rose 4% in March."), "Prices rose 4% in March.");
  // An attribution is part of the fact: "According to ..." stays.
  const std::string according =
      "According to the coast guard, 8,480 migrants were rescued from Friday to Monday.";
  EXPECT_EQ(BulletOf(according), according);
  const std::string list =
      "According to her website Miss Santillan worked in London, Paris and Miami as an escort.";
  EXPECT_EQ(BulletOf(list), list);
  EXPECT_EQ(BulletOf("Luckily, Japan 's air force has never met a UFO since 1954."),
            "Japan 's air force has never met a UFO since 1954.");
  // A name ending in "ly" is no adverb.
  const std::string s = "Italy, Japan and France signed the pact in Rome in May 2024.";
  EXPECT_EQ(BulletOf(s), s);
}

TEST(KeyFactsCompressionTest, KeepsTheSpaceBeforeAWordOpeningWithAMark) {
  // ".22" is a word: the tidying of " ." and " ," joins leaves it alone.
  const std::string s =
      "A year's work and $10,000 has resulted in a rig on which sits a camera and .22 calibre "
      "rifle.";
  EXPECT_EQ(BulletOf(s), s);
  EXPECT_EQ(BulletOf("The firm moved its tools to .NET in 2004 , the report says ."),
            "The firm moved its tools to .NET in 2004, the report says.");
}

TEST(KeyFactsCompressionTest, KeepsTrailingAttributions) {
  // Without its source a claim reads as fact: the attribution stays.
  for (const std::string s : {
           "Blinken will visit Seoul, Tokyo and Paris from January 4 to 9, the State "
           "Department said.",
           "The ministry will spend $2 billion on new roads next year, according to a budget "
           "document.",
           "The city paid 5 million euros for the bridge, said Ned Price, a spokesman for the "
           "council.",
       }) {
    EXPECT_EQ(BulletOf(s), s);
  }
}

TEST(KeyFactsCompressionTest, AttributionWithTheSpeakerAfterTheVerb) {
  // The speaker stands before the verb, inside the kept part: the
  // attribution stays (only its final "last year" goes, 2014 stays).
  EXPECT_EQ(BulletOf("ISIS killed Yazidis by the hundreds in 2014, Yian Dakhil, a lawmaker in "
                     "Iraq, told CNN last year."),
            "ISIS killed Yazidis by the hundreds in 2014, Yian Dakhil, a lawmaker in Iraq, "
            "told CNN.");
}

TEST(KeyFactsCompressionTest, KeepsInnerContrast) {
  // ", however," marks a contrast: it stays.
  const std::string however =
      "Political developments in South Korea, however, after Yoon declared martial law on "
      "December 3, have raised questions.";
  EXPECT_EQ(BulletOf(however), however);
}

TEST(KeyFactsCompressionTest, KeepsTheSpeakerOfAQuote) {
  const std::string s =
      "\xE2\x80\x9CWe will spend $2 billion on roads,\xE2\x80\x9D Finance Minister Choi "
      "Sang-mok said.";
  EXPECT_EQ(BulletOf(s), s);
}

TEST(KeyFactsCompressionTest, DropsParentheticalsAndAsides) {
  EXPECT_EQ(BulletOf("Chinese officials will fly to Alaska (a refueling stop) for talks "
                     "on March 18."),
            "Chinese officials will fly to Alaska for talks on March 18.");
  EXPECT_EQ(BulletOf("Chinese officials will fly to Alaska \xE2\x80\x94 traditionally a "
                     "refueling stop \xE2\x80\x94 for talks on March 18."),
            "Chinese officials will fly to Alaska for talks on March 18.");
  // The only value of the sentence is in the parenthesis: it stays.
  EXPECT_EQ(BulletOf("The contract (worth $5 million) was signed by the mayor."),
            "The contract (worth $5 million) was signed by the mayor.");
}

TEST(KeyFactsCompressionTest, DropsTrailingWhichClause) {
  EXPECT_EQ(BulletOf("This includes a recent $3.64 billion missile sales approval, which "
                     "underscores the deepening defense cooperation between the two nations."),
            "This includes a recent $3.64 billion missile sales approval.");
}

TEST(KeyFactsCompressionTest, DropsTrailingParticipleAndWhoClauses) {
  EXPECT_EQ(BulletOf("The council voted 7 to 2 on Tuesday to replace the drawbridge, ending "
                     "a decade of debate over a structure that carries 18,000 vehicles."),
            "The council voted 7 to 2 on Tuesday to replace the drawbridge.");
  EXPECT_EQ(BulletOf("The award went to Mayor Luis Ferreira on May 5, who thanked the "
                     "engineers and the voters."),
            "The award went to Mayor Luis Ferreira on May 5.");
  // A final clause that carries the date stays.
  const std::string s =
      "The city mourned Mayor Luis Ferreira this week, who died on May 5 after a long "
      "illness.";
  EXPECT_EQ(BulletOf(s), s);
}

TEST(KeyFactsCompressionTest, NoDanglingConjunction) {
  EXPECT_EQ(BulletOf("Prices rose 12% in May in Seoul, and."), "Prices rose 12% in May in Seoul.");
}

TEST(KeyFactsCompressionTest, LongSentenceIsNotCutBeforeItsAttribution) {
  // The only cut would drop "according to a report ...", and the whole
  // sentence has more than 25 words: no bullet.
  EXPECT_EQ(BulletOf("Keeping the drawbridge in service would require about $2.3 million a "
                     "year in repairs and upkeep for the old towers, according to a report by "
                     "the public works department, while the fixed span is expected to need "
                     "little more than routine inspections by the city engineers."),
            "<0 bullets>");
}

TEST(KeyFactsCompressionTest, NoBulletOverTwentyFiveWords) {
  std::string s = "The council approved a $40 million budget";
  for (int i = 0; i < 10; ++i) s += " and more plans";
  s += ".";
  EXPECT_EQ(BulletOf(s), "<0 bullets>");
}

TEST(KeyFactsCompressionTest, DropsDatelines) {
  EXPECT_EQ(BulletOf("Rome (CNN) -- Italy is coping with a rising wave of migrants from Africa."),
            "Italy is coping with a rising wave of migrants from Africa.");
  EXPECT_EQ(BulletOf("(CNN) The parents of the youngest victim spoke in Boston on Friday."),
            "The parents of the youngest victim spoke in Boston on Friday.");
  EXPECT_EQ(BulletOf("LONDON, England (Reuters) -- Prices rose 4% in March across Britain."),
            "Prices rose 4% in March across Britain.");
  EXPECT_EQ(BulletOf("WASHINGTON -- The Senate passed the bill by 60 votes on Tuesday."),
            "The Senate passed the bill by 60 votes on Tuesday.");
  // A company's ticker, a name's initials, a lower-case word after the
  // parenthesis: no dateline, the words before the parenthesis stay (the
  // parenthesis itself is an aside).
  EXPECT_EQ(BulletOf("Apple (AAPL) shares rose 5% in early trading on Monday."),
            "Apple shares rose 5% in early trading on Monday.");
  EXPECT_EQ(BulletOf("Amnesty International (AI) said 40 people died in the Paris fire."),
            "Amnesty International said 40 people died in the Paris fire.");
  EXPECT_EQ(BulletOf("Secretary of State (SoS) Blinken met 13 officials in Seoul."),
            "Secretary of State Blinken met 13 officials in Seoul.");
  // A place not in capitals before a dash.
  const std::string s = "Seoul - The city paid 5 million euros for the bridge on May 5.";
  EXPECT_EQ(BulletOf(s), s);
}

TEST(KeyFactsCompressionTest, InnerConnectiveBetweenSubjectAndVerb) {
  for (const std::string s : {
           "The Italian coast guard, however, told CNN it found 145 survivors.",
           "Manchester United, however, have made a revised offer of $2 million.",
       }) {
    EXPECT_EQ(BulletOf(s), s);
  }
}

TEST(KeyFactsCompressionTest, NoCutAfterAWordThatNeedsMore) {
  // The break before "while" would leave "... told CNN that.".
  const std::string s =
      "The Italian coast guard told CNN that while it is taking the report seriously it can "
      "not confirm that 550 people were aboard.";
  EXPECT_EQ(BulletOf(s), s);
}

TEST(KeyFactsCompressionTest, DropsAWeekdayBetweenSubjectAndVerb) {
  EXPECT_EQ(BulletOf("SpaceX on Tuesday launched a Falcon 9 rocket from Cape Canaveral."),
            "SpaceX launched a Falcon 9 rocket from Cape Canaveral.");
  EXPECT_EQ(BulletOf("Nathan Hughes on Friday night had his three-week ban overturned."),
            "Nathan Hughes had his three-week ban overturned.");
  // Not after a verb, not before a conjunction, not after a lower-case noun.
  for (const std::string s : {"Police said on Tuesday that 40 people were hurt in Paris.",
                              "Blinken arrives on Sunday and meets Yoon on Monday in Seoul.",
                              "The vote on Tuesday was delayed by 2 days in Seoul."}) {
    EXPECT_EQ(BulletOf(s), s);
  }
}

TEST(KeyFactsCompressionTest, DropsAFinalRelativeTimeWhenAnotherDateStays) {
  EXPECT_EQ(BulletOf("Ze Maria replaced Florin Marin in January to become the club 's third "
                     "coach this season."),
            "Ze Maria replaced Florin Marin in January to become the club 's third coach.");
  EXPECT_EQ(BulletOf("The Caribbean team reached the second round of the 2018 qualifiers in "
                     "March late Tuesday."),
            "The Caribbean team reached the second round of the 2018 qualifiers in March.");
  EXPECT_EQ(BulletOf("US rates are expected to rise for the fifth time since June at the "
                     "Federal Reserve meeting later on Tuesday."),
            "US rates are expected to rise for the fifth time since June at the Federal Reserve "
            "meeting.");
  // What is glued to the word before the adjunct stays.
  EXPECT_EQ(BulletOf("The jobless rate in Germany was 9.8% in March and 9.9% last month."),
            "The jobless rate in Germany was 9.8% in March and 9.9%.");
  for (const std::string s : {
           // the only date
           "Neymar and his Barcelona team-mates return to La Liga on Sunday.",
           // after a preposition or a participle that governs it
           "The bridge in Seoul opened in May 2024 and stays shut until next week.",
           "The State Department announced on May 5 that Blinken would visit Seoul and Paris "
           "beginning Sunday.",
           // inside a quotation
           "In May 2024 Yoon said he would \"visit Tokyo and Osaka on Sunday\".",
       }) {
    EXPECT_EQ(BulletOf(s), s);
  }
}

// The bullet of `sentence` when it follows an opening sentence, or a
// marker.
std::string LaterBulletOf(const std::string& sentence) {
  DocBuilder b(
      {"Queen Elizabeth opened the Windsor flower show on May 5 with 300 guests.", sentence});
  for (const FactBullet& f : ExtractKeyFacts(b.doc(), {1.0, 1.0}, 5)) {
    if (f.sentence == 1) {
      EXPECT_TRUE(Grounded(f.text, sentence)) << f.text;
      return f.text;
    }
  }
  return "<no bullet>";
}

TEST(KeyFactsCompressionTest, LaterLongSentenceCutBeforeASubordinateClause) {
  const std::string guard =
      "A Buckingham Palace guard slipped and fell on a manhole cover in front of hundreds of "
      "shocked tourists as he took up position in his sentry box.";
  EXPECT_EQ(LaterBulletOf(guard),
            "A Buckingham Palace guard slipped and fell on a manhole cover in front of hundreds "
            "of shocked tourists.");
  EXPECT_EQ(LaterBulletOf("The Dutchman recently had a falling out with his boss Laurent Blanc "
                          "after the decision to drop the full back for the match against "
                          "Chelsea."),
            "The Dutchman recently had a falling out with his boss Laurent Blanc.");
  // A second verb phrase.
  EXPECT_EQ(LaterBulletOf("The 14-year-old playmaker is regarded as one of the best talents in "
                          "the Anderlecht youth set-up and has also attracted attention from "
                          "Arsenal and Barcelona."),
            "The 14-year-old playmaker is regarded as one of the best talents in the Anderlecht "
            "youth set-up.");
  // The opening sentence of the article keeps its clauses up to 25 words.
  const std::string opening =
      "A Buckingham Palace guard slipped and fell on a manhole cover in front of tourists as "
      "he took up position.";
  EXPECT_EQ(BulletOf(opening), opening);
}

TEST(KeyFactsCompressionTest, LaterLongSentenceAsideAfterAContrast) {
  const std::string s =
      "Political developments in South Korea, however, after Yoon declared martial law and was "
      "later impeached, have raised questions about the stability of Washington-Seoul "
      "relations.";
  EXPECT_EQ(LaterBulletOf(s), s);
}

TEST(KeyFactsCompressionTest, LaterLongSentenceKeepsWhatTheCutWouldBreak) {
  for (const std::string s : {
           // a value after the break
           "The Dutchman recently had a falling out with his boss Laurent Blanc after the club "
           "fined him $2 million for missing training.",
           // "as high as", "described as", "a month after", "said after"
           "The extra stretch of coastline on the Shiretoko Peninsula near Rausu has risen as "
           "high as 50ft in some places.",
           "The offender seen on security footage in a fluoro orange sweatshirt and a mask is "
           "described as very tall.",
           "Becky Schoenig of St. Louis found her new Ford Fusion stolen from her driveway a "
           "month after she took the car home.",
           "Joe Hart of Manchester City and England said after the 1-1 draw with Italy that "
           "Buffon was an inspiration.",
           // inside an aside between commas
           "The trip, confirmed by the State Department after it was reported in the two "
           "countries, will start several days after Biden holds a virtual summit.",
           // an aside opened after a dropped ", however,"
           "Political developments in South Korea after Yoon declared martial law and was later "
           "impeached, have raised questions about the stability of Washington-Seoul relations.",
           // a condition is part of the fact
           "The Japan international will join the Dutch partner club Vitesse Arnhem on loan next "
           "season if he completes a move to Stamford Bridge.",
           // "such as", "at a time when", "come after", "as a" (a role), "because of"
           "The company also cited difficult trading conditions and a lack of demand for goods "
           "such as its Slimfast range.",
           "The Chinese firm has benefited from increased demand for electricity at a time when "
           "power shortages have hit cities.",
           "The latest Labor Department figures for the month of November come after a slow "
           "summer of weak job gains.",
           "The former finance director Judy Boynton stayed on at the oil company as a special "
           "advisor to the chief executive.",
           "Henry said the Gunners will struggle to win the league if his countryman is to "
           "remain as the club 's first choice striker.",
           "Work on the Xiluodu dam and thirty other large projects was called to a halt because "
           "of a lack of environmental checks.",
           // "and" before a noun is no second verb phrase
           "The 14-year-old playmaker has attracted attention from clubs across Europe including "
           "Arsenal and Barcelona and Chelsea.",
       }) {
    EXPECT_EQ(LaterBulletOf(s), s);
  }
}

TEST(KeyFactsTest, EmptyAndDisabled) {
  Document empty;
  EXPECT_TRUE(ExtractKeyFacts(empty, {}, 5).empty());
  EXPECT_TRUE(FindFactSpans(empty, 0).empty());
  DocBuilder b({"The city paid 5 million euros for the bridge on May 5."});
  EXPECT_TRUE(ExtractKeyFacts(b.doc(), {1.0}, 0).empty());
  // Scores missing or short are tolerated.
  EXPECT_EQ(ExtractKeyFacts(b.doc(), {}, 3).size(), 1u);
}

// A small article with facts of every kind, plus sentences without any.
std::vector<std::string> Article() {
  std::string text =
      precis_test::ReadFile(precis_test::TestDataPath("facts_trip.txt")).value_or("");
  std::vector<std::string> out;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty()) out.push_back(line);
  }
  return out;
}

TEST(KeyFactsTest, ArticleBulletsAreTypedGroundedDistinctAndOrdered) {
  const std::vector<std::string> sentences = Article();
  ASSERT_GE(sentences.size(), 8u);
  DocBuilder b(sentences);
  // The ranking's scores: the first bullets follow the summary's choice,
  // which rests on them.
  const std::vector<double> scores = RankSentences(b.doc()).scores;
  const std::vector<FactBullet> facts = ExtractKeyFacts(b.doc(), scores, 5);
  ASSERT_GE(facts.size(), 3u);
  ASSERT_LE(facts.size(), 5u);
  std::string all;
  for (std::size_t i = 0; i < facts.size(); ++i) {
    const FactBullet& f = facts[i];
    all += f.text + "\n";
    ASSERT_LT(f.sentence, sentences.size());
    EXPECT_TRUE(Grounded(f.text, sentences[f.sentence])) << f.text;
    EXPECT_FALSE(f.kinds.empty()) << f.text;
    if (i > 0) {
      EXPECT_LT(facts[i - 1].sentence, f.sentence);
    }
    EXPECT_LE(f.text.size(), sentences[f.sentence].size());
  }
  EXPECT_NE(all.find("$3.64 billion"), std::string::npos) << all;
  EXPECT_NE(all.find("President Yoon Suk Yeol"), std::string::npos) << all;
  EXPECT_NE(all.find("January 4 to 9"), std::string::npos) << all;
  // The sentence that repeats the money figure is not a second bullet.
  EXPECT_EQ(all.find("$3.64 billion"), all.rfind("$3.64 billion")) << all;
  // Sentences without facts are not chosen when enough facts exist.
  EXPECT_EQ(all.find("weather"), std::string::npos) << all;
  // A cap of two.
  EXPECT_EQ(ExtractKeyFacts(b.doc(), scores, 2).size(), 2u);
}

TEST(KeyFactsTest, Deterministic) {
  DocBuilder b(Article());
  std::vector<double> scores(b.doc().sentences.size(), 0.1);
  const auto a = ExtractKeyFacts(b.doc(), scores, 7);
  const auto c = ExtractKeyFacts(b.doc(), scores, 7);
  ASSERT_EQ(a.size(), c.size());
  for (std::size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].text, c[i].text);
    EXPECT_EQ(a[i].kinds, c[i].kinds);
    EXPECT_EQ(a[i].sentence, c[i].sentence);
  }
}

TEST(KeyFactsTest, FragmentsAreNotBullets) {
  DocBuilder b({"As the tactics used by programs change.",
                "the rest of a sentence that lost its start in 2024.",
                "Is the bridge worth $48 million?",
                "When Joy Rainey started racing in 1974 she was continuing a family "
                "tradition."});
  std::vector<double> scores(4, 0.25);
  const auto facts = ExtractKeyFacts(b.doc(), scores, 5);
  ASSERT_EQ(facts.size(), 1u);
  EXPECT_EQ(facts[0].sentence, 3u);
}

TEST(KeyFactsTest, KindsAreListedInTheFixedOrder) {
  DocBuilder b(
      {"Finance Minister Choi Sang-mok said Korea will spend $2 billion in "
       "Seoul by May 2025."});
  auto facts = ExtractKeyFacts(b.doc(), {1.0}, 3);
  ASSERT_EQ(facts.size(), 1u);
  EXPECT_EQ(facts[0].kinds, (std::vector<FactKind>{FactKind::kMoney, FactKind::kDate,
                                                   FactKind::kPerson, FactKind::kPlace}));
}

// Text that is not English: names are not trusted, so person, place and
// organisation leave the kinds (the spans keep them), and a bullet with
// nothing else is no key fact.
TEST(KeyFactsTest, TextThatIsNotEnglishKeepsOnlyLanguageNeutralKinds) {
  DocBuilder b(
      {"Finance Minister Choi Sang-mok said Korea will spend $2 billion in "
       "Seoul by May 2025.",
       "Mayor Jane Ortiz met the Harbor Authority in Busan last week to talk."});
  const std::vector<double> scores = {1.0, 0.9};
  ASSERT_EQ(ExtractKeyFacts(b.doc(), scores, 3).size(), 2u);
  b.doc().english = false;
  const auto facts = ExtractKeyFacts(b.doc(), scores, 3);
  ASSERT_EQ(facts.size(), 1u);
  EXPECT_EQ(facts[0].sentence, 0u);
  EXPECT_EQ(facts[0].kinds, (std::vector<FactKind>{FactKind::kMoney, FactKind::kDate}));
  bool person = false;
  for (const FactSpan& sp : facts[0].spans) person |= sp.kind == FactKind::kPerson;
  EXPECT_TRUE(person);
}

TEST(KeyFactsTest, HostileInputDoesNotCrash) {
  std::string long_sentence;
  for (int i = 0; i < 2000; ++i) long_sentence += "$1 billion May 5 \xE2\x80\x9C( \xE2\x80\x94 ";
  DocBuilder b({long_sentence, "((((((((", "\xE2\x80\x9C\xE2\x80\x9C\xE2\x80\x9D", "$", "May",
                "U.S. U.S. U.S.", "1,2,3,4,5,6 percent of 10,2021 -- -- --"});
  std::vector<double> scores(b.doc().sentences.size(), 0.1);
  const auto facts = ExtractKeyFacts(b.doc(), scores, 20);
  for (std::size_t i = 0; i < b.doc().sentences.size(); ++i) FindFactSpans(b.doc(), i);
  EXPECT_LE(facts.size(), 20u);
}

TEST(KeyFactsTest, SharedArticlesThroughThePipeline) {
  PRECIS_REQUIRE_SHARED_DATA(path, "articles/blinken-trip-koreatimes.txt");
  const auto text = precis_test::ReadFile(path);
  ASSERT_TRUE(text.has_value());
  Result r;
  ASSERT_TRUE(Summarize(*text, Options(), &r).ok());
  ASSERT_GE(r.facts.size(), 3u);
  // The bullets add to the summary: together they hold the main facts, and
  // no bullet repeats a summary sentence whole.
  std::string all;
  for (const Sentence& s : r.summary) all += s.text + "\n";
  for (const KeyFact& f : r.facts) {
    all += f.text + "\n";
    for (const Sentence& s : r.summary) EXPECT_NE(f.text, s.text);
    EXPECT_LT(f.span.byte_start, f.span.byte_end);
  }
  EXPECT_NE(all.find("$3.64 billion"), std::string::npos) << all;
  EXPECT_NE(all.find("impeachment of President Yoon Suk Yeol"), std::string::npos) << all;
  EXPECT_NE(all.find("South Korea, Japan, and France"), std::string::npos) << all;
}

}  // namespace
}  // namespace internal
}  // namespace precis
