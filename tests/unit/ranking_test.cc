#include "ranking.h"

#include <gtest/gtest.h>

#include <numeric>
#include <string>

namespace precis {
namespace internal {
namespace {

// A document with one sentence per entry of `sentences`.
class DocBuilder {
 public:
  explicit DocBuilder(const std::vector<std::string>& sentences) {
    for (const std::string& s : sentences) {
      if (!text_.empty()) text_ += " ";
      DocSentence ds;
      ds.begin = text_.size();
      text_ += s;
      ds.end = text_.size();
      spans_.push_back(ds);
    }
    doc_.text = text_;
    for (DocSentence ds : spans_) {
      ds.tokens = tokenizer_.Tokenize(text_, ds.begin, ds.end);
      ds.words = ds.tokens.size();
      doc_.sentences.push_back(std::move(ds));
    }
  }
  Document& doc() { return doc_; }

 private:
  std::string text_;
  std::vector<DocSentence> spans_;
  Tokenizer tokenizer_;
  Document doc_;
};

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

TEST(RankingTest, IsDeterministic) {
  DocBuilder b({"Alpha beta gamma.", "Beta gamma delta.", "Gamma delta alpha."});
  Ranking r1 = RankSentences(b.doc());
  Ranking r2 = RankSentences(b.doc());
  EXPECT_EQ(r1.scores, r2.scores);
}

TEST(RankingTest, IdenticalSentencesTieAndSelectionSkipsDuplicates) {
  DocBuilder b({"The bridge will close in May.", "The bridge will close in May.",
                "The ferry runs every hour."});
  Ranking r = RankSentences(b.doc());
  EXPECT_DOUBLE_EQ(r.scores[0], r.scores[1]);
  auto chosen = SelectSentences(b.doc(), r.scores, LengthUnit::kSentences, 2);
  EXPECT_EQ(chosen, (std::vector<std::size_t>{0, 2}));
}

TEST(RankingTest, SelectionFollowsTheBudget) {
  DocBuilder b({"One two three four five.", "Six seven eight nine ten.",
                "Eleven twelve thirteen.", "Fourteen fifteen sixteen seventeen.",
                "Eighteen nineteen twenty."});
  Ranking r = RankSentences(b.doc());
  EXPECT_EQ(SelectSentences(b.doc(), r.scores, LengthUnit::kSentences, 2).size(), 2u);
  EXPECT_EQ(SelectSentences(b.doc(), r.scores, LengthUnit::kSentences, 99).size(), 5u);
  EXPECT_EQ(SelectSentences(b.doc(), r.scores, LengthUnit::kRatio, 0.4).size(), 2u);
  EXPECT_EQ(SelectSentences(b.doc(), r.scores, LengthUnit::kRatio, 0.01).size(), 1u);
  // Auto: at least three sentences when the article has them.
  EXPECT_EQ(SelectSentences(b.doc(), r.scores, LengthUnit::kAuto, 0).size(), 3u);
  // Words: never over budget, but always at least one sentence.
  auto by_words = SelectSentences(b.doc(), r.scores, LengthUnit::kWords, 8);
  std::size_t words = 0;
  for (std::size_t i : by_words) words += b.doc().sentences[i].words;
  EXPECT_LE(words, 8u);
  EXPECT_GE(by_words.size(), 2u);
  EXPECT_EQ(SelectSentences(b.doc(), r.scores, LengthUnit::kWords, 1).size(), 1u);
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
    sentences.push_back("word" + std::to_string(i % 97) + " common term" +
                        std::to_string(i % 13) + " topic" + std::to_string(i % 501) + ".");
  }
  DocBuilder b(sentences);
  Ranking r = RankSentences(b.doc());
  EXPECT_EQ(r.scores.size(), 20000u);
}

}  // namespace
}  // namespace internal
}  // namespace precis
