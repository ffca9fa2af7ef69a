// The lead rules of selection (the one-sentence opening, the fallback to the
// lead when centrality is weak) and the headline.
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "doc_builder.h"
#include "precis/precis.h"
#include "rank/headline.h"
#include "rank/ranking.h"

namespace precis {
namespace internal {
namespace {

using precis_test::DocBuilder;

const std::vector<std::string> kArticle = {
    "The city council approved a $40 million harbor plan on Monday, ending two years of debate "
    "over the waterfront.",
    "Under the plan, the old ferry terminal will become a public park with a playground.",
    "Construction of the park and the new harbor walk starts in 2027, the council said.",
    "The harbor plan was first proposed by the mayor in 2023 after the ferry terminal closed.",
    "Residents near the harbor said the park and the harbor walk would bring visitors back.",
    "The harbor plan also pays for repairs to the sea wall along the harbor walk.",
};

TEST(SelectionRulesTest, OneSentenceIsTheOpeningNewsSentence) {
  DocBuilder b(kArticle);
  const Ranking r = RankSentences(b.doc());
  EXPECT_EQ(OpeningNewsSentence(b.doc()), 0u);
  EXPECT_EQ(SelectSentences(b.doc(), r.scores, LengthUnit::kSentences, 1),
            (std::vector<std::size_t>{0}));
}

TEST(SelectionRulesTest, AnOpeningThatIsNotNewsIsNotForced) {
  DocBuilder question({"Is the harbor plan worth $40 million to the city and its residents?",
                       kArticle[1], kArticle[2], kArticle[4], kArticle[5]});
  EXPECT_EQ(OpeningNewsSentence(question.doc()), question.doc().sentences.size());
  DocBuilder byline({"By Jane Smith.", kArticle[0], kArticle[1]});
  EXPECT_EQ(OpeningNewsSentence(byline.doc()), byline.doc().sentences.size());
  DocBuilder dangling({"He said the harbor plan would cost the city $40 million over ten years.",
                       kArticle[1], kArticle[2]});
  EXPECT_EQ(OpeningNewsSentence(dangling.doc()), dangling.doc().sentences.size());
}

TEST(SelectionRulesTest, AnOpeningPointingAheadIsNews) {
  // A pronoun pointing ahead to a name, a demonstrative or "It" pointing at
  // the story: the article's opening is still its news.
  for (const char* opening : {
           "He may not be playing much at Manchester United but Anders Lindegaard has a lot "
           "to smile about.",
           "These extraordinary images show how a jumbo jet was turned into a home.",
           "It's crunch time this weekend at the top of the league as the leaders meet.",
       }) {
    DocBuilder b({opening, kArticle[1], kArticle[2]});
    EXPECT_FALSE(NeedsTextBefore(b.doc(), 0)) << opening;
    EXPECT_EQ(OpeningNewsSentence(b.doc()), 0u) << opening;
  }
  // A pronoun naming nobody, or a connective, needs the text before it.
  for (const char* opening : {"He said the harbor plan would cost the city $40 million.",
                              "However, the harbor plan will cost the city $40 million."}) {
    DocBuilder b({opening, kArticle[1], kArticle[2]});
    EXPECT_TRUE(NeedsTextBefore(b.doc(), 0)) << opening;
  }
}

TEST(SelectionRulesTest, FallsBackToTheLeadWhenCentralityIsWeak) {
  DocBuilder b(kArticle);
  const std::size_t n = b.doc().sentences.size();
  // A later sentence scores a little higher than the opening ones, far less
  // than the fallback asks of it relative to the lead's mean.
  std::vector<double> scores(n, 1.0);
  scores[5] = 1.3;
  SelectOptions o;
  o.lead_boost = 0;  // rank by the scores alone: sentence 5 is chosen
  o.lead_full_sentences = 3;
  o.lead_fallback = 0;
  auto chosen = SelectSentences(b.doc(), scores, LengthUnit::kSentences, 2, o);
  EXPECT_EQ(chosen, (std::vector<std::size_t>{0, 5}));
  // With the fallback at 1.2 the chosen summary's mean (1.15) is below 1.2
  // times the lead's (1.0): the lead is returned.
  o.lead_fallback = 1.2;
  chosen = SelectSentences(b.doc(), scores, LengthUnit::kSentences, 2, o);
  EXPECT_EQ(chosen, (std::vector<std::size_t>{0, 1}));
  // A clearly more central sentence keeps its place.
  scores[5] = 2.0;
  chosen = SelectSentences(b.doc(), scores, LengthUnit::kSentences, 2, o);
  EXPECT_EQ(chosen, (std::vector<std::size_t>{0, 5}));
}

TEST(SelectionRulesTest, LeadFallbackUnderAWordBudgetIsTheOpeningPrefix) {
  DocBuilder b(kArticle);
  const std::size_t n = b.doc().sentences.size();
  std::vector<double> scores(n, 1.0);
  scores[3] = 1.1;
  SelectOptions o;
  o.lead_boost = 0;
  o.lead_fallback = 1.5;
  o.lede_words = 0;  // the greedy filling of the budget, not the lede rule
  // 40 words: the first two sentences (18 and 14 words) and nothing after
  // the first that does not fit.
  const auto chosen = SelectSentences(b.doc(), scores, LengthUnit::kWords, 40, o);
  std::size_t words = 0;
  for (std::size_t i : chosen) words += b.doc().sentences[i].words;
  EXPECT_LE(words, 40u);
  ASSERT_FALSE(chosen.empty());
  EXPECT_EQ(chosen.front(), 0u);
  for (std::size_t k = 0; k < chosen.size(); ++k) EXPECT_EQ(chosen[k], k);
}

std::size_t SummaryWords(const Document& doc, const std::vector<std::size_t>& chosen) {
  std::size_t words = 0;
  for (std::size_t i : chosen) words += doc.sentences[i].words;
  return words;
}

TEST(SelectionRulesTest, AWordBudgetSmallerThanTheLedeGetsTheLede) {
  DocBuilder b(kArticle);
  const Ranking r = RankSentences(b.doc());
  // 30 words hold only the opening sentence; the three-sentence lede (at
  // most 50 words) is within lede_words and 1.75 times the budget, so with
  // that overshoot it is the summary.
  SelectOptions o;
  o.lede_overshoot = 0.75;
  auto chosen = SelectSentences(b.doc(), r.scores, LengthUnit::kWords, 30, o);
  EXPECT_EQ(chosen, SelectSentences(b.doc(), r.scores, LengthUnit::kSentences, 3, o));
  EXPECT_EQ(chosen.size(), 3u);
  EXPECT_LE(SummaryWords(b.doc(), chosen), 52u);
  // A lede longer than lede_words: as many lede sentences as fit it.
  o.lede_words = 40;
  chosen = SelectSentences(b.doc(), r.scores, LengthUnit::kWords, 30, o);
  EXPECT_EQ(chosen.size(), 2u);
  EXPECT_LE(SummaryWords(b.doc(), chosen), 40u);
  // The lede runs past the budget by at most lede_overshoot of it.
  o = SelectOptions();
  o.lede_overshoot = 0.25;
  chosen = SelectSentences(b.doc(), r.scores, LengthUnit::kWords, 20, o);
  EXPECT_LE(SummaryWords(b.doc(), chosen), 25u);
  // Without the rule the budget is a ceiling.
  o = SelectOptions();
  o.lede_words = 0;
  chosen = SelectSentences(b.doc(), r.scores, LengthUnit::kWords, 30, o);
  EXPECT_LE(SummaryWords(b.doc(), chosen), 30u);
  // A budget that holds the lede is a ceiling too.
  o = SelectOptions();
  chosen = SelectSentences(b.doc(), r.scores, LengthUnit::kWords, 50, o);
  EXPECT_LE(SummaryWords(b.doc(), chosen), 50u);
}

TEST(SelectionRulesTest, AWordBudgetIsNotPaddedBeyondTheLede) {
  DocBuilder b(kArticle);
  const std::size_t n = b.doc().sentences.size();
  ASSERT_EQ(n, 6u);
  // The lede's sentences score 1, the rest half as much.
  std::vector<double> scores(n, 1.0);
  scores[3] = scores[4] = scores[5] = 0.5;
  SelectOptions o;
  o.lead_boost = 0;
  o.lead_fallback = 0;
  o.word_extend = 0;
  // 80 words hold the first five sentences (77 words).
  auto chosen = SelectSentences(b.doc(), scores, LengthUnit::kWords, 80, o);
  EXPECT_EQ(chosen, (std::vector<std::size_t>{0, 1, 2, 3, 4}));
  // Five sentences have a mean score of 0.8 and four 0.875, below 0.9 times
  // the lede's: the lede alone.
  o.word_extend = 0.9;
  chosen = SelectSentences(b.doc(), scores, LengthUnit::kWords, 80, o);
  EXPECT_EQ(chosen, (std::vector<std::size_t>{0, 1, 2}));
  // At 0.75 five sentences are kept.
  o.word_extend = 0.75;
  chosen = SelectSentences(b.doc(), scores, LengthUnit::kWords, 80, o);
  EXPECT_EQ(chosen.size(), 5u);
}

// Words of `s`, split at spaces.
std::vector<std::string> Words(const std::string& s) {
  std::istringstream in(s);
  std::vector<std::string> out;
  std::string w;
  while (in >> w) out.push_back(w);
  return out;
}

void ExpectGoodHeadline(const std::string& h) {
  const std::vector<std::string> words = Words(h);
  ASSERT_FALSE(words.empty());
  EXPECT_LE(words.size(), kHeadlineWords) << h;
  EXPECT_EQ(h.find("..."), std::string::npos) << h;
  EXPECT_EQ(h.find("\xE2\x80\xA6"), std::string::npos) << h;
  static const char* const kWeakEnds[] = {"the", "a",    "an",   "of",    "to",   "in",
                                          "on",  "and",  "or",   "but",   "with", "for",
                                          "by",  "from", "that", "which", "as",   "at"};
  for (const char* w : kWeakEnds) EXPECT_NE(words.back(), w) << h;
}

TEST(HeadlineTest, CutsAtTheClauseBoundary) {
  const std::string h = CompressClause(kArticle[0]);
  EXPECT_EQ(h, "The city council approved a $40 million harbor plan on Monday");
  ExpectGoodHeadline(h);
}

TEST(HeadlineTest, DropsDatelinesAndBracketedAsides) {
  EXPECT_EQ(CompressClause("LONDON (Reuters) - Quarterly profits at Time Warner jumped 76% "
                           "(£600m) for the three months to December, from $639m a year "
                           "earlier."),
            "Quarterly profits at Time Warner jumped 76% for the three months");
  EXPECT_EQ(CompressClause("(CNN) -- Paul Merson has restarted his row with Andros Townsend "
                           "after the Tottenham midfielder was brought on late on Sunday ."),
            "Paul Merson has restarted his row with Andros Townsend");
}

TEST(HeadlineTest, NeverEndsOnAFunctionWord) {
  for (const char* s : {
           "Officials in the northern province of the country announced that the new rail line to "
           "the coast would open in the spring of next year.",
           "A spokesman for the company and the union of the workers of the plant said on the "
           "record that talks would resume.",
           "Shares of the bank fell sharply in early trading in New York and London and Tokyo "
           "and Frankfurt on Friday.",
           "Short sentence stays whole.",
       }) {
    ExpectGoodHeadline(CompressClause(s));
  }
  EXPECT_EQ(CompressClause("Short sentence stays whole."), "Short sentence stays whole");
}

struct HeadlineCase {
  const char* sentence;
  const char* headline;
};

TEST(HeadlineTest, ACutNeverLeavesAClauseHangingNorKeepsAnAside) {
  static const HeadlineCase kCases[] = {
      // A subject whose clause was cut off goes; a title before the name goes
      // when that lets the clause fit.
      {"Veteran Labour MP and former Cabinet minister Jack Cunningham has said "
       "he will stand down at the next election.",
       "Jack Cunningham has said he will stand down at the next election"},
      {"German football club and former European champion Borussia Dortmund "
       "has warned it will go bankrupt if rescue talks with creditors fail.",
       "Borussia Dortmund has warned it will go bankrupt"},
      {"Serena Williams has angrily rejected claims that she and sister Venus "
       "are a declining force in tennis.",
       "Serena Williams has angrily rejected claims"},
      {"Ian Rush's future as Chester manager is uncertain after he and "
       "assistant Mark Aizlewood refused a severance package.",
       "Ian Rush's future as Chester manager is uncertain"},
      {"The late film star Marlon Brando is said to have repeatedly turned "
       "down his Oscar-winning role in The Godfather.",
       "Marlon Brando is said to have repeatedly turned down his Oscar-winning role"},
      // A number whose noun was cut off goes too; "the last eight" is whole.
      {"Jamie had to wear a body cast for three and a half months after the "
       "accident and spent most of that time flat on his back.",
       "Jamie had to wear a body cast"},
      {"Unseeded Nicolas Almagro became the fifth Spaniard to reach the last "
       "eight at the Buenos Aires Open.",
       "Unseeded Nicolas Almagro became the fifth Spaniard to reach the last eight"},
      // An object "it" stays.
      {"Road trip comedy Sideways has had more praise heaped on it by two US "
       "critics' associations, adding to honours.",
       "Road trip comedy Sideways has had more praise heaped on it"},
      // A cut inside a quote is taken only when no cut outside one exists.
      {"Chancellor Gordon Brown will meet his golden economic rule \"with a "
       "margin to spare\", according to his own forecasts.",
       "Chancellor Gordon Brown will meet his golden economic rule"},
      // An aside between subject and verb goes.
      {"ABN Amro, the Netherlands' largest bank, is to cut 2,850 jobs as it "
       "seeks to reduce costs.",
       "ABN Amro is to cut 2,850 jobs"},
      {"Yahoo, one of the net's most iconic companies, is celebrating its 10th "
       "anniversary this week.",
       "Yahoo is celebrating its 10th anniversary this week"},
      {"The market, former British government minister Michael Heseltine once "
       "said, has no morality.",
       "The market has no morality"},
      // A description before the name gives way to the name.
      {"The former manager of Johnny Cash, Saul Israel Holiff, has died at the "
       "age of 79 in his home in Canada.",
       "Saul Israel Holiff has died at the age of 79"},
      // Tokenized text keeps its spacing; an aside may hold a list.
      {"Kaitlyn Granado , 24 , was arrested on Monday and charged with an "
       "improper relationship with a student .",
       "Kaitlyn Granado was arrested on Monday"},
      // A verb's particle stays.
      {"Chief Secretary Paul Boateng is to step down at the next election, "
       "the Treasury has confirmed.",
       "Chief Secretary Paul Boateng is to step down at the next election"},
      {"Divorced parents seeking access to their children are often "
       "disadvantaged by the courts, campaigners say.",
       "Divorced parents seeking access to their children are often disadvantaged"},
      // "up to" and a participle whose agent the cut took go.
      {"Middlesbrough midfielder James Morrison has been ruled out for up to six weeks with a "
       "knee injury.",
       "Middlesbrough midfielder James Morrison has been ruled out"},
      {"Barclays has seen annual pre-tax profits climb to record levels boosted by strong "
       "lending growth.",
       "Barclays has seen annual pre-tax profits climb to record levels"},
  };
  for (const HeadlineCase& c : kCases) {
    EXPECT_EQ(CompressClause(c.sentence), c.headline) << c.sentence;
  }
  // The subject is not renamed when the name sits inside a phrase.
  const std::string associate = CompressClause(
      "A close associate of former Yukos boss Mikhail Khodorkovsky has told a court that fraud "
      "charges levelled against him are false.");
  EXPECT_EQ(associate.rfind("A close associate", 0), 0u) << associate;
}

TEST(HeadlineTest, TheCommasOfATitleAreNoAside) {
  // The commas of a title before a name are no aside.
  const std::string title = CompressClause(
      "The Secretary of State for Culture, Media and Sport, Tessa Jowell, has hit out at critics "
      "of the plans.");
  EXPECT_EQ(title.rfind("The Secretary of State for Culture", 0), 0u) << title;
}

TEST(HeadlineTest, ChineseOpeningClause) {
  const std::string h = CompressClause(
      "国家航天局周一宣布，嫦娥七号探测器将于明年发射，前往月球南极开展科学探测任务。");
  EXPECT_EQ(h, "国家航天局周一宣布");
}

TEST(HeadlineTest, APronounOpeningGivesWayToASentenceThatNamesItsSubject) {
  // The opening is news, but its first clause ("He may not be playing much
  // at Manchester United") would not say who; the headline comes from the
  // best sentence that reads alone, never one opening on "And" or "He".
  DocBuilder b(
      {"He may not be playing much at Manchester United but Anders Lindegaard has a "
       "lot to smile about off the pitch.",
       "And he married the Swedish model in a beach wedding in Mauritius last year.",
       "Goalkeeper Anders Lindegaard spent the weekend with the model in London.",
       "He posted pictures of the couple on his Instagram account."});
  const std::string h = Headline(b.doc(), {0.2, 0.4, 0.3, 0.1});
  EXPECT_EQ(h.rfind("Goalkeeper Anders Lindegaard", 0), 0u) << h;
}

TEST(HeadlineTest, EnvelopeHeadlineIsTheOpeningNewsClause) {
  std::string text;
  for (const std::string& s : kArticle) text += s + " ";
  Options o;
  Result r;
  ASSERT_TRUE(Summarize(text, o, &r).ok());
  EXPECT_EQ(r.headline, "The city council approved a $40 million harbor plan on Monday");
  // The one-sentence summary opens the article too.
  o.length_unit = LengthUnit::kSentences;
  o.length = 1;
  ASSERT_TRUE(Summarize(text, o, &r).ok());
  ASSERT_EQ(r.summary.size(), 1u);
  EXPECT_EQ(r.summary[0].index, 0u);
}

TEST(HeadlineTest, ChineseOneSentenceSummaryOpensWithTheNews) {
  const std::string text =
      "国家航天局周一宣布，嫦娥七号探测器将于明年八月在文昌航天发射场发射，前往月球南极。"
      "探测器由轨道器、着陆器、巡视器和飞跃器组成，将对月球南极的环境和资源进行探测。"
      "根据计划，嫦娥七号探测器将在月球南极着陆，探测器将寻找水冰，探测器还将开展月球南极科学研究。"
      "嫦娥七号探测器的科学载荷包括多国合作研制的仪器。";
  Options o;
  o.length_unit = LengthUnit::kSentences;
  o.length = 1;
  Result r;
  ASSERT_TRUE(Summarize(text, o, &r).ok());
  ASSERT_EQ(r.summary.size(), 1u);
  EXPECT_EQ(r.summary[0].text.rfind("国家航天局", 0), 0u) << r.summary[0].text;
  EXPECT_EQ(r.headline, "国家航天局周一宣布");
}

}  // namespace
}  // namespace internal
}  // namespace precis
