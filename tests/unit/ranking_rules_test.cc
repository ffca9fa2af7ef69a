// One test per sentence-quality rule of the ranking, through the public API:
// two sentences with the same content words, one of them showing the trait
// the rule penalises, must score apart; with the rule removed they score
// (nearly) the same. See tests/mutations.txt and scripts/mutate.py.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "precis/precis.h"

namespace precis {
namespace {

// Scores of the sentences of `text`, in order.
std::vector<Sentence> Ranked(const std::string& text) {
  Options o;
  o.include_sentences = true;
  o.max_facts = 0;
  o.max_keywords = 0;
  o.remove_junk = false;
  Result r;
  const Status st = Summarize(text, o, &r);
  EXPECT_TRUE(st.ok()) << st.message();
  return r.sentences;
}

// Score of the sentence that starts with `start` (-1 when there is none).
double ScoreOf(const std::vector<Sentence>& sentences, std::string_view start) {
  for (const Sentence& s : sentences) {
    if (s.text.compare(0, start.size(), start) == 0) return s.score;
  }
  ADD_FAILURE() << "no sentence starts with " << start;
  return -1;
}

// Two sentences that link to the same neighbours.
std::string Pair(std::string_view plain, std::string_view marked) {
  std::string text =
      "Engineers said the harbour bridge repair would take two years and cost the council "
      "more than planned.\n\n";
  text += plain;
  text += "\n\n";
  text += marked;
  text +=
      "\n\nThe mayor said the council budget for the bridge repair had been approved by a large "
      "majority.\n";
  return text;
}

TEST(RankingRulesTest, QuestionsScoreLower) {
  const auto s =
      Ranked(Pair("The harbour council approved the bridge repair budget on Tuesday.",
                  "Has the harbour council approved the bridge repair budget on Tuesday?"));
  EXPECT_LT(ScoreOf(s, "Has the"), 0.75 * ScoreOf(s, "The harbour"));
}

TEST(RankingRulesTest, FragmentsScoreLower) {
  const auto s = Ranked(Pair("And so the harbour council approves the bridge budget for it.",
                             "Harbour council approves bridge budget."));
  EXPECT_LT(ScoreOf(s, "Harbour council"), 0.5 * ScoreOf(s, "And so"));
}

TEST(RankingRulesTest, CaptionCueScoresLower) {
  const auto s =
      Ranked(Pair("The harbour council approved the bridge repair budget on Tuesday.",
                  "The harbour council (left) approved the bridge repair budget on Tuesday."));
  EXPECT_LT(ScoreOf(s, "The harbour council (left)"),
            0.7 * ScoreOf(s, "The harbour council approved"));
}

TEST(RankingRulesTest, RunTogetherSentencesScoreLower) {
  const auto s =
      Ranked(Pair("The harbour council approved the bridge budget and the mayor welcomed it.",
                  "A harbour council approved the bridge budget The mayor welcomed it."));
  EXPECT_LT(ScoreOf(s, "A harbour"), 0.7 * ScoreOf(s, "The harbour"));
}

TEST(RankingRulesTest, QuoteWithoutSpeakerScoresLower) {
  const auto s =
      Ranked(Pair("The harbour council approved the bridge repair budget on Tuesday.",
                  "\"The harbour council approved the bridge repair budget on Tuesday.\""));
  EXPECT_LT(ScoreOf(s, "\"The harbour"), 0.8 * ScoreOf(s, "The harbour"));
}

TEST(RankingRulesTest, UnitsFarLongerThanTheArticlesSentencesScoreLower) {
  // The same content words, the second padded with function words to 55
  // words: run-together text.
  const auto s = Ranked(
      Pair("The harbour council approved the bridge repair budget on Tuesday.",
           "So the harbour council approved the bridge repair budget on Tuesday, and it is what "
           "it is, as it was and as it will be, for all of us who are here and for all of those "
           "who were there before us and who will be there after us, if it is so."));
  EXPECT_LT(ScoreOf(s, "So the harbour"), 0.7 * ScoreOf(s, "The harbour"));
}

TEST(RankingRulesTest, BylineOpeningScoresLower) {
  const auto s = Ranked(Pair("On Tuesday the harbour council approved the bridge repair budget.",
                             "By Tuesday the harbour council approved the bridge repair budget."));
  EXPECT_LT(ScoreOf(s, "By Tuesday"), 0.5 * ScoreOf(s, "On Tuesday"));
}

}  // namespace
}  // namespace precis
