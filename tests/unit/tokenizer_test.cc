#include "lex/tokenizer.h"

#include <gtest/gtest.h>

namespace precis {
namespace internal {
namespace {

std::vector<std::string> Terms(std::string_view text) {
  Tokenizer tokenizer;
  std::vector<std::string> out;
  for (const Token& t : tokenizer.Tokenize(text)) out.push_back(t.term);
  return out;
}

std::vector<std::string> Surfaces(std::string_view text) {
  Tokenizer tokenizer;
  std::vector<std::string> out;
  for (const Token& t : tokenizer.Tokenize(text)) {
    out.emplace_back(text.substr(t.begin, t.end - t.begin));
  }
  return out;
}

TEST(TokenizerTest, StemsAndFoldsWords) {
  EXPECT_EQ(Terms("Running runners RAN"), (std::vector<std::string>{"run", "runner", "ran"}));
  EXPECT_EQ(Terms("alliances alliance"), (std::vector<std::string>{"allianc", "allianc"}));
}

TEST(TokenizerTest, KeepsNumbersWhole) {
  EXPECT_EQ(Surfaces("$3.64 billion, 1,000 troops in 2024."),
            (std::vector<std::string>{"3.64", "billion", "1,000", "troops", "in", "2024"}));
  Tokenizer tokenizer;
  auto tokens = tokenizer.Tokenize("1,000 and 3.64");
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_EQ(tokens[0].kind, TokenKind::kNumber);
  EXPECT_EQ(tokens[0].term, "1000");
  EXPECT_EQ(tokens[2].term, "3.64");
  EXPECT_FALSE(tokens[0].stopword);
}

TEST(TokenizerTest, HandlesApostrophesInitialismsAndHyphens) {
  EXPECT_EQ(Surfaces("Biden’s U.S.-Japan ties aren't new"),
            (std::vector<std::string>{"Biden’s", "U.S", "Japan", "ties", "aren't", "new"}));
  Tokenizer tokenizer;
  auto tokens = tokenizer.Tokenize("Biden’s U.S. plan");
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_EQ(tokens[0].term, "biden");
  EXPECT_EQ(tokens[1].term, "us");
  EXPECT_FALSE(tokens[1].stopword);  // "U.S." is not the pronoun "us"
  EXPECT_TRUE(tokens[0].capitalized);
}

TEST(TokenizerTest, MarksStopwords) {
  Tokenizer tokenizer;
  auto tokens = tokenizer.Tokenize("The minister said that it would rain");
  std::vector<bool> stop;
  for (const Token& t : tokens) stop.push_back(t.stopword);
  EXPECT_EQ(stop, (std::vector<bool>{true, false, true, true, true, true, false}));
}

TEST(TokenizerTest, UnicodeWords) {
  EXPECT_EQ(Surfaces("Привет, мир! Ελληνικά café"),
            (std::vector<std::string>{"Привет", "мир", "Ελληνικά", "café"}));
}

TEST(TokenizerTest, CjkBigrams) {
  EXPECT_EQ(Surfaces("東京都に行く"),
            (std::vector<std::string>{"東京", "京都", "都に", "に行", "行く"}));
  EXPECT_EQ(Surfaces("漢 字"), (std::vector<std::string>{"漢", "字"}));
}

TEST(TokenizerTest, OffsetsAreRelativeToText) {
  Tokenizer tokenizer;
  const std::string text = "xx Hello world";
  auto tokens = tokenizer.Tokenize(text, 3, text.size());
  ASSERT_EQ(tokens.size(), 2u);
  EXPECT_EQ(tokens[0].begin, 3u);
  EXPECT_EQ(tokens[1].end, text.size());
}

TEST(TokenizerTest, SurvivesHostileInput) {
  Tokenizer tokenizer;
  std::string marks = "a";
  for (int i = 0; i < 10000; ++i) marks += "\xCC\x81";
  EXPECT_EQ(tokenizer.Tokenize(marks).size(), 1u);
  EXPECT_TRUE(tokenizer.Tokenize("").empty());
  EXPECT_TRUE(tokenizer.Tokenize("!!! ... ???").empty());
  EXPECT_EQ(tokenizer.Tokenize("😀😀 🎉").size(), 0u);
}

}  // namespace
}  // namespace internal
}  // namespace precis
