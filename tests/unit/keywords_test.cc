#include "keywords/keywords.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "doc_builder.h"

namespace precis {
namespace internal {
namespace {

using precis_test::DocBuilder;

std::vector<std::string> Texts(const std::vector<KeywordCandidate>& ks) {
  std::vector<std::string> out;
  for (const KeywordCandidate& k : ks) out.push_back(k.text);
  return out;
}

std::string Join(const std::vector<std::string>& v) {
  std::string out;
  for (const std::string& s : v) out += "[" + s + "] ";
  return out;
}

bool Has(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

DocBuilder Budget() {
  return DocBuilder({
      "Finance Minister Choi Sang-mok presented the budget on Monday.",
      "Choi Sang-mok said the budget protects exports and jobs.",
      "The missile sale to Japan was approved in 2025.",
      "Critics of the missile sale say the budget ignores exports.",
      "Choi Sang-mok defended the missile sale and the budget.",
      "Exports rose 3.5 percent while the budget deficit widened to 12 billion.",
  });
}

TEST(KeywordsTest, EmptyDocumentAndZeroRequested) {
  Document empty;
  EXPECT_TRUE(ExtractKeywords(empty, 10).empty());
  DocBuilder b({"The bridge budget covers repairs to the old bridge."});
  EXPECT_TRUE(ExtractKeywords(b.doc(), 0).empty());
  DocBuilder stop({"It is what it is, and so it was."});
  EXPECT_TRUE(ExtractKeywords(stop.doc(), 5).empty());
}

TEST(KeywordsTest, MergesAdjacentTopWordsIntoPhrases) {
  DocBuilder b = Budget();
  const auto ks = Texts(ExtractKeywords(b.doc(), 5));
  EXPECT_TRUE(Has(ks, "Choi Sang-mok")) << Join(ks);
  EXPECT_TRUE(Has(ks, "missile sale")) << Join(ks);
  EXPECT_TRUE(Has(ks, "budget")) << Join(ks);
  // A phrase's words are not listed again on their own.
  EXPECT_FALSE(Has(ks, "Choi")) << Join(ks);
  EXPECT_FALSE(Has(ks, "missile")) << Join(ks);
}

TEST(KeywordsTest, NoNumbersStopwordsOrJunk) {
  DocBuilder b = Budget();
  const auto ks = ExtractKeywords(b.doc(), 50);
  ASSERT_FALSE(ks.empty());
  for (const KeywordCandidate& k : ks) {
    EXPECT_FALSE(std::isdigit(static_cast<unsigned char>(k.text[0]))) << k.text;
    EXPECT_NE(k.text, "the");
    EXPECT_NE(k.text, "said");
    EXPECT_NE(k.text, "Monday");
    EXPECT_NE(k.text, "billion");
    EXPECT_NE(k.text, "percent");
    EXPECT_GT(k.count, 0);
    EXPECT_GT(k.score, 0);
  }
  // Best first.
  for (std::size_t i = 1; i < ks.size(); ++i) EXPECT_GE(ks[i - 1].score, ks[i].score);
}

TEST(KeywordsTest, SurfaceFormIsTheMostFrequentOne) {
  DocBuilder b({"Bridges need repairs.", "The old bridges are closed.",
                "Repairs to bridges start soon.", "Engineers inspect the bridges daily.",
                "The engineers love repairs."});
  const auto ks = ExtractKeywords(b.doc(), 3);
  const auto t = Texts(ks);
  // "Bridges" starts a sentence once; elsewhere it is lower case.
  EXPECT_TRUE(Has(t, "bridges")) << Join(t);
  EXPECT_TRUE(Has(t, "repairs")) << Join(t);
  for (const KeywordCandidate& k : ks) {
    if (k.text == "bridges") {
      EXPECT_EQ(k.count, 4);
    }
  }
}

TEST(KeywordsTest, Deterministic) {
  DocBuilder b = Budget();
  const auto a = ExtractKeywords(b.doc(), 10);
  const auto c = ExtractKeywords(b.doc(), 10);
  ASSERT_EQ(a.size(), c.size());
  for (std::size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].text, c[i].text);
    EXPECT_EQ(a[i].score, c[i].score);
    EXPECT_EQ(a[i].count, c[i].count);
  }
}

TEST(KeywordsTest, RespectsTheLimit) {
  DocBuilder b = Budget();
  EXPECT_LE(ExtractKeywords(b.doc(), 2).size(), 2u);
  EXPECT_EQ(ExtractKeywords(b.doc(), 1).size(), 1u);
}

}  // namespace
}  // namespace internal
}  // namespace precis
