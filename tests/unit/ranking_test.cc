#include "rank/ranking.h"

#include <gtest/gtest.h>

#include <numeric>
#include <string>

#include "doc_builder.h"

namespace precis {
namespace internal {
namespace {

using precis_test::DocBuilder;

TEST(RankingTest, EmptyDocument) {
  Document doc;
  Ranking r = RankSentences(doc);
  EXPECT_TRUE(r.scores.empty());
  EXPECT_TRUE(SelectSentences(doc, r.scores, LengthUnit::kSentences, 3).empty());
}

TEST(RankingTest, CentralSentenceRanksFirst) {
  DocBuilder b({
      "The council approved the bridge budget on Tuesday.",
      "The bridge budget covers repairs to the old bridge.",
      "Cats sleep most of the day.",
      "Repairs to the bridge start after the council vote on the budget.",
  });
  Ranking r = RankSentences(b.doc());
  ASSERT_EQ(r.scores.size(), 4u);
  EXPECT_TRUE(r.converged);
  EXPECT_NEAR(std::accumulate(r.scores.begin(), r.scores.end(), 0.0), 1.0, 1e-9);
  EXPECT_LT(r.scores[2], r.scores[0]);
  EXPECT_LT(r.scores[2], r.scores[1]);
  EXPECT_LT(r.scores[2], r.scores[3]);
}

// The score of sentence 1 of {opening, `second`}, with quality factors.
double SecondScore(const std::string& second) {
  DocBuilder b({"Critics praised the film festival and the new studio deal.", second});
  return RankSentences(b.doc()).scores[1];
}

TEST(RankingTest, RunTogetherSentencesButNotTitlesLoseWeight) {
  // Two sentences run together at "The" lose weight; a title after a
  // preposition ("for The Aviator") or a capitalised name ("The Times")
  // reads the same as its lower-case spelling.
  const double plain = SecondScore("The studio signed the deal the firm said on Friday.");
  EXPECT_LT(SecondScore("The studio signed the deal The firm said on Friday."), 0.9 * plain);
  EXPECT_NEAR(SecondScore("The studio signed the deal for The Aviator on Friday."),
              SecondScore("The studio signed the deal for the aviator on Friday."), 1e-12);
  EXPECT_NEAR(SecondScore("The studio signed the deal first The Times said on Friday."),
              SecondScore("The studio signed the deal first the times said on Friday."), 1e-12);
}

TEST(RankingTest, IsDeterministic) {
  DocBuilder b({"Alpha beta gamma.", "Beta gamma delta.", "Gamma delta alpha."});
  Ranking r1 = RankSentences(b.doc());
  Ranking r2 = RankSentences(b.doc());
  EXPECT_EQ(r1.scores, r2.scores);
}

TEST(RankingTest, IdenticalSentencesTieAndSelectionSkipsDuplicates) {
  DocBuilder b({"The bridge will close in May.", "The bridge will close in May.",
                "The ferry runs every hour."});
  // Without the lead prior, identical sentences score the same.
  Ranking plain = RankSentences(b.doc(), PlainTextRankOptions());
  EXPECT_DOUBLE_EQ(plain.scores[0], plain.scores[1]);
  Ranking r = RankSentences(b.doc());
  auto chosen = SelectSentences(b.doc(), r.scores, LengthUnit::kSentences, 2);
  EXPECT_EQ(chosen, (std::vector<std::size_t>{0, 2}));
  // Plain top-k selection keeps both copies.
  chosen = SelectSentences(b.doc(), plain.scores, LengthUnit::kSentences, 2, PlainSelectOptions());
  EXPECT_EQ(chosen, (std::vector<std::size_t>{0, 1}));
}

// Scores that put the sentences in a chosen order, for selection tests.
std::vector<double> ScoresInOrder(const std::vector<std::size_t>& best_first, std::size_t n) {
  std::vector<double> scores(n, 0.01);
  double s = 1.0;
  for (std::size_t i : best_first) {
    scores[i] = s;
    s /= 2;
  }
  return scores;
}

// Selection options without the lead preference, so that the scores alone
// decide the order, and word budgets filled greedily, best sentence first.
SelectOptions NoLead() {
  SelectOptions o;
  o.lead_boost = 0;
  o.long_power = 0;
  o.lede_words = 0;
  return o;
}

TEST(RankingTest, RedundancyControlSkipsRestatements) {
  DocBuilder b({
      "Police are investigating claims that palace aides attacked a footman.",
      "The footman said he was pinned to a chair on his first day at work.",
      // A photo caption that repeats the first sentence with a few more words.
      "Police are investigating claims made by a former royal footman that "
      "palace aides attacked him in the 1970s, a London court heard on Monday",
      "The palace said it would cooperate fully with any police inquiry.",
  });
  const std::size_t n = b.doc().sentences.size();
  // The caption ranks second, yet it only restates the first sentence.
  const auto scores = ScoresInOrder({0, 2, 1, 3}, n);
  auto chosen = SelectSentences(b.doc(), scores, LengthUnit::kSentences, 2, NoLead());
  EXPECT_EQ(chosen, (std::vector<std::size_t>{0, 1}));
  // With duplicate control off, the restatement gets in.
  SelectOptions off = NoLead();
  off.duplicate_containment = 2;
  chosen = SelectSentences(b.doc(), scores, LengthUnit::kSentences, 2, off);
  EXPECT_EQ(chosen, (std::vector<std::size_t>{0, 2}));
}

TEST(RankingTest, LeansOnPrevious) {
  DocBuilder b({"The mayor opened the bridge.", "He said it cost less than planned.",
                "However, the works ran late.", "They will finish in May.", "The ferry still runs.",
                "\"The bridge is safe,\" the mayor said.", "Hello there."});
  EXPECT_FALSE(LeansOnPrevious(b.doc(), 0));
  EXPECT_TRUE(LeansOnPrevious(b.doc(), 1));
  EXPECT_TRUE(LeansOnPrevious(b.doc(), 2));
  EXPECT_TRUE(LeansOnPrevious(b.doc(), 3));
  EXPECT_FALSE(LeansOnPrevious(b.doc(), 4));
  EXPECT_FALSE(LeansOnPrevious(b.doc(), 5));
  EXPECT_FALSE(LeansOnPrevious(b.doc(), 6));
  EXPECT_FALSE(LeansOnPrevious(b.doc(), 99));
}

TEST(RankingTest, CoherenceRepairBringsInTheAntecedent) {
  DocBuilder b({
      "The city council met on Tuesday evening to discuss the budget.",
      "Mayor Jane Park announced that the old harbor bridge will close in May.",
      "She said the repairs would cost twelve million dollars.",
      "Ferries will carry commuters across the bay during the works.",
      "Local shops expect fewer customers while the bridge is shut.",
  });
  const std::size_t n = b.doc().sentences.size();
  // The dangling "She said ..." is the best sentence; its antecedent (1)
  // ranks last.
  const auto scores = ScoresInOrder({2, 3, 4, 0, 1}, n);
  auto chosen = SelectSentences(b.doc(), scores, LengthUnit::kSentences, 3, NoLead());
  EXPECT_EQ(chosen, (std::vector<std::size_t>{1, 2, 3}));
  // With room for one sentence only, the dangling one is skipped.
  chosen = SelectSentences(b.doc(), scores, LengthUnit::kSentences, 1, NoLead());
  EXPECT_EQ(chosen, (std::vector<std::size_t>{3}));
  // Word budgets: the pair must fit.
  const std::size_t pair_words = b.doc().sentences[1].words + b.doc().sentences[2].words;
  chosen = SelectSentences(b.doc(), scores, LengthUnit::kWords, static_cast<double>(pair_words),
                           NoLead());
  EXPECT_EQ(chosen, (std::vector<std::size_t>{1, 2}));
  // Without repair, plain score order.
  SelectOptions off = NoLead();
  off.coherence_repair = false;
  chosen = SelectSentences(b.doc(), scores, LengthUnit::kSentences, 1, off);
  EXPECT_EQ(chosen, (std::vector<std::size_t>{2}));
}

TEST(RankingTest, LongAbridgementRepairsOnlyWithCentralAntecedents) {
  const char* const topics[] = {"harbor",  "ferry",  "tram",   "museum", "library",
                                "stadium", "market", "school", "clinic", "airport",
                                "park",    "canal",  "tower",  "bridge", "depot",
                                "theatre", "zoo",    "port",   "mall",   "campus"};
  std::vector<std::string> sentences;
  for (const char* t : topics) {
    sentences.push_back(std::string("The council reviewed plans for the ") + t +
                        " project in its spring session.");
  }
  sentences[10] = "She said the repairs would cost twelve million dollars.";
  DocBuilder b(sentences);
  const std::size_t n = b.doc().sentences.size();
  // Sentence 10 dangles and ranks second; the sentence it leans on (9)
  // ranks last of 20.
  std::vector<std::size_t> best_first = {0, 10};
  for (std::size_t i = 1; i < n; ++i) {
    if (i != 9 && i != 10) best_first.push_back(i);
  }
  best_first.push_back(9);
  const auto scores = ScoresInOrder(best_first, n);
  SelectOptions o = NoLead();
  o.duplicate_containment = 2;
  // 8 of 20 sentences (a long abridgement): the antecedent is far down the
  // ranking, so the dangling sentence comes alone.
  auto chosen = SelectSentences(b.doc(), scores, LengthUnit::kSentences, 8, o);
  EXPECT_EQ(chosen, (std::vector<std::size_t>{0, 1, 2, 3, 4, 5, 6, 10}));
  // Repair at any rank brings it in.
  o.repair_rank = 0;
  chosen = SelectSentences(b.doc(), scores, LengthUnit::kSentences, 8, o);
  EXPECT_EQ(chosen, (std::vector<std::size_t>{0, 1, 2, 3, 4, 5, 9, 10}));
}

TEST(RankingTest, RepairFallsBackWhenEverySentenceDangles) {
  DocBuilder b({"Intro line about the bridge repairs in town.", "He said the bridge closes.",
                "She said the ferry runs.", "They said the shops suffer."});
  const auto scores = ScoresInOrder({1, 2, 3, 0}, b.doc().sentences.size());
  // One slot: every candidate but the intro dangles; the intro's score is
  // lowest but it is the only sentence that reads alone.
  auto chosen = SelectSentences(b.doc(), scores, LengthUnit::kSentences, 1, NoLead());
  EXPECT_EQ(chosen, (std::vector<std::size_t>{0}));
  // Two slots: the best dangling sentence with its antecedent.
  chosen = SelectSentences(b.doc(), scores, LengthUnit::kSentences, 2, NoLead());
  EXPECT_EQ(chosen, (std::vector<std::size_t>{0, 1}));
}

TEST(RankingTest, ShortSummariesLeanOnTheOpening) {
  std::vector<std::string> sentences;
  for (int i = 0; i < 20; ++i) {
    sentences.push_back("Report number " + std::to_string(i) +
                        " covers the harbor bridge works and the ferry timetable.");
  }
  DocBuilder b(sentences);
  const std::size_t n = b.doc().sentences.size();
  // Scores rise slowly towards the end of the article.
  std::vector<double> scores(n);
  for (std::size_t i = 0; i < n; ++i) scores[i] = 1.0 + 0.01 * static_cast<double>(i);
  SelectOptions o;
  o.duplicate_containment = 2;
  o.lead_boost = 4;
  // Three of twenty sentences: the opening wins over slightly higher scores.
  auto chosen = SelectSentences(b.doc(), scores, LengthUnit::kSentences, 3, o);
  EXPECT_EQ(chosen, (std::vector<std::size_t>{0, 1, 2}));
  // Half of the article: centrality alone.
  chosen = SelectSentences(b.doc(), scores, LengthUnit::kRatio, 0.5, o);
  ASSERT_EQ(chosen.size(), 10u);
  EXPECT_EQ(chosen.front(), 10u);
}

TEST(RankingTest, SelectionFollowsTheBudget) {
  DocBuilder b({"One two three four five.", "Six seven eight nine ten.", "Eleven twelve thirteen.",
                "Fourteen fifteen sixteen seventeen.", "Eighteen nineteen twenty."});
  Ranking r = RankSentences(b.doc());
  EXPECT_EQ(SelectSentences(b.doc(), r.scores, LengthUnit::kSentences, 2).size(), 2u);
  EXPECT_EQ(SelectSentences(b.doc(), r.scores, LengthUnit::kSentences, 99).size(), 5u);
  EXPECT_EQ(SelectSentences(b.doc(), r.scores, LengthUnit::kRatio, 0.4).size(), 2u);
  EXPECT_EQ(SelectSentences(b.doc(), r.scores, LengthUnit::kRatio, 0.01).size(), 1u);
  // Auto: at least three sentences when the article has them.
  EXPECT_EQ(SelectSentences(b.doc(), r.scores, LengthUnit::kAuto, 0).size(), 3u);
  // Words: a budget that cuts into the three-sentence lede (13 words) gets
  // the lede when it is at most 1.3 times the budget, else what fits.
  auto by_words = SelectSentences(b.doc(), r.scores, LengthUnit::kWords, 10);
  EXPECT_EQ(by_words.size(), 3u);
  by_words = SelectSentences(b.doc(), r.scores, LengthUnit::kWords, 9);
  EXPECT_LE(by_words.size(), 2u);
  // Without that rule: never over budget, but always at least one sentence.
  SelectOptions ceiling;
  ceiling.lede_words = 0;
  by_words = SelectSentences(b.doc(), r.scores, LengthUnit::kWords, 8, ceiling);
  std::size_t words = 0;
  for (std::size_t i : by_words) words += b.doc().sentences[i].words;
  EXPECT_LE(words, 8u);
  EXPECT_GE(by_words.size(), 2u);
  EXPECT_EQ(SelectSentences(b.doc(), r.scores, LengthUnit::kWords, 1, ceiling).size(), 1u);
}

TEST(RankingTest, SelectionIsInDocumentOrderAndSkipsHeadings) {
  DocBuilder b({"Bridge budget approved", "The council approved the bridge budget.",
                "The bridge budget pays for repairs.", "Repairs begin in May."});
  b.doc().sentences[0].line_unit = true;
  Ranking r = RankSentences(b.doc());
  auto chosen = SelectSentences(b.doc(), r.scores, LengthUnit::kSentences, 3);
  EXPECT_EQ(chosen, (std::vector<std::size_t>{1, 2, 3}));
}

TEST(RankingTest, TargetSentenceCount) {
  EXPECT_EQ(TargetSentenceCount(LengthUnit::kAuto, 0, 0), 0u);
  EXPECT_EQ(TargetSentenceCount(LengthUnit::kAuto, 0, 2), 2u);
  EXPECT_EQ(TargetSentenceCount(LengthUnit::kAuto, 0, 10), 3u);
  EXPECT_EQ(TargetSentenceCount(LengthUnit::kAuto, 0, 30), 6u);
  EXPECT_EQ(TargetSentenceCount(LengthUnit::kAuto, 0, 1000), 8u);
  EXPECT_EQ(TargetSentenceCount(LengthUnit::kRatio, 0.5, 9), 5u);
  EXPECT_EQ(TargetSentenceCount(LengthUnit::kSentences, 1e9, 7), 7u);
}

TEST(RankingTest, LargeDocumentStaysFast) {
  // 20,000 sentences drawn from a small vocabulary: the inverted index skips
  // terms that are in too many sentences, so this stays near-linear.
  std::vector<std::string> sentences;
  for (int i = 0; i < 20000; ++i) {
    sentences.push_back("word" + std::to_string(i % 97) + " common term" + std::to_string(i % 13) +
                        " topic" + std::to_string(i % 501) + ".");
  }
  DocBuilder b(sentences);
  Ranking r = RankSentences(b.doc());
  EXPECT_EQ(r.scores.size(), 20000u);
}

}  // namespace
}  // namespace internal
}  // namespace precis
