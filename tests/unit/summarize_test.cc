// End-to-end tests of the pipeline through the typed API.
#include <gtest/gtest.h>

#include <cstdint>
#include <string>

#include "precis/precis.h"
#include "test_util.h"

namespace precis {
namespace {

Result SummarizeOk(std::string_view text, Options options = {}) {
  Result r;
  Status s = Summarize(text, options, &r);
  EXPECT_TRUE(s.ok()) << s.message();
  return r;
}

Options Sentences(double n) {
  Options o;
  o.length_unit = LengthUnit::kSentences;
  o.length = n;
  return o;
}

std::string Sample() {
  auto text =
      precis_test::ReadFile(std::string(PRECIS_TEST_DATA_DIR) + "/../../samples/harbor-bridge.txt");
  EXPECT_TRUE(text.has_value());
  return text.value_or("");
}

// Every span must point at the sentence it describes.
void ExpectSpansMatch(std::string_view input, const Result& r) {
  for (const Sentence& s : r.summary) {
    ASSERT_LE(s.span.byte_end, input.size());
    ASSERT_LT(s.span.byte_start, s.span.byte_end);
    const std::string raw(input.substr(s.span.byte_start, s.span.byte_end - s.span.byte_start));
    // The sentence text is the raw span with white space collapsed.
    std::string collapsed;
    bool space = false;
    for (char c : raw) {
      if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
        space = !collapsed.empty();
      } else {
        if (space) collapsed += ' ';
        space = false;
        collapsed += c;
      }
    }
    EXPECT_EQ(collapsed, s.text);
  }
}

TEST(SummarizeTest, EmptyAndBlankInputGiveEmptyResults) {
  for (std::string_view text : {"", "   \n\n\t  ", "....", "!!! ???"}) {
    Result r = SummarizeOk(text);
    EXPECT_TRUE(r.summary.empty()) << text;
    EXPECT_TRUE(r.keywords.empty()) << text;
  }
}

TEST(SummarizeTest, SingleSentence) {
  Result r = SummarizeOk("The bridge will close for repairs in May.", Sentences(3));
  ASSERT_EQ(r.summary.size(), 1u);
  EXPECT_EQ(r.summary[0].text, "The bridge will close for repairs in May.");
  EXPECT_EQ(r.summary[0].span.byte_start, 0u);
}

TEST(SummarizeTest, SampleArticle) {
  const std::string text = Sample();
  Result r = SummarizeOk(text, Sentences(3));
  ASSERT_EQ(r.summary.size(), 3u);
  for (std::size_t i = 1; i < r.summary.size(); ++i) {
    EXPECT_LT(r.summary[i - 1].index, r.summary[i].index);  // document order
  }
  for (const Sentence& s : r.summary) {
    EXPECT_EQ(s.text.find("newsletter"), std::string::npos) << s.text;
    EXPECT_EQ(s.text.find("Share this"), std::string::npos) << s.text;
  }
  ExpectSpansMatch(text, r);
  EXPECT_FALSE(r.keywords.empty());
  EXPECT_FALSE(r.facts.empty());
  EXPECT_FALSE(r.removed.empty());
  EXPECT_GT(r.stats.sentences, 10u);
}

TEST(SummarizeTest, LengthOptions) {
  const std::string text = Sample();
  Options ratio;
  ratio.length_unit = LengthUnit::kRatio;
  ratio.length = 0.5;
  Result all = SummarizeOk(text, Sentences(1000));
  Result half = SummarizeOk(text, ratio);
  std::size_t candidates = 0;
  for (const Sentence& s : all.summary) candidates += s.heading ? 0 : 1;
  EXPECT_NEAR(static_cast<double>(half.summary.size()), 0.5 * static_cast<double>(candidates), 1.0);

  Options words;
  words.length_unit = LengthUnit::kWords;
  words.length = 60;
  Result w = SummarizeOk(text, words);
  EXPECT_GE(w.summary.size(), 1u);
  // At most 60 words, or the three-sentence lede when it runs to at most 100
  // words and 1.75 times the budget.
  if (w.stats.summary_words > 60u) {
    EXPECT_LE(w.summary.size(), 3u);
    EXPECT_LE(w.stats.summary_words, 100u);
  }
  words.length = 150;
  EXPECT_LE(SummarizeOk(text, words).stats.summary_words, 150u);
}

TEST(SummarizeTest, UnicodeOffsets) {
  const std::string text = "Le café 😀 ouvre à Paris. Il sert du thé. Le café ferme le soir.";
  Options o = Sentences(3);
  o.include_sentences = true;
  Result r = SummarizeOk(text, o);
  ASSERT_EQ(r.summary.size(), 3u);
  // UTF-16 offsets: the emoji counts two units, é and à one each.
  EXPECT_EQ(r.summary[1].span.byte_start, text.find("Il sert"));
  EXPECT_EQ(r.summary[1].span.utf16_start, 26u);
  ExpectSpansMatch(text, r);
}

TEST(SummarizeTest, InvalidUtf8IsRepairedAndOffsetsStayRaw) {
  const std::string text = "Bad \xFF\xFE bytes here. The council met on Tuesday. It voted.";
  Result r = SummarizeOk(text, Sentences(3));
  EXPECT_EQ(r.stats.repaired_sequences, 2u);
  ASSERT_FALSE(r.summary.empty());
  const Sentence& last = r.summary.back();
  EXPECT_EQ(text.substr(last.span.byte_start, last.span.byte_end - last.span.byte_start),
            last.text);
  EXPECT_NE(r.summary.front().text.find("\xEF\xBF\xBD"), std::string::npos);
}

TEST(SummarizeTest, RejectsOversizedInput) {
  std::string big(Limits::kMaxInputBytes + 1, 'a');
  Result r;
  Status s = Summarize(big, {}, &r);
  EXPECT_EQ(s.code(), ErrorCode::kInputTooLarge);
  EXPECT_NE(s.message().find("limit"), std::string::npos);
}

TEST(SummarizeTest, RejectsInvalidOptions) {
  Result r;
  Options o = Sentences(0);
  EXPECT_EQ(Summarize("Text.", o, &r).code(), ErrorCode::kInvalidOptions);
  o = Sentences(2.5);
  EXPECT_EQ(Summarize("Text.", o, &r).code(), ErrorCode::kInvalidOptions);
  o = {};
  o.length_unit = LengthUnit::kRatio;
  o.length = 1.5;
  EXPECT_EQ(Summarize("Text.", o, &r).code(), ErrorCode::kInvalidOptions);
  o = {};
  o.max_keywords = -1;
  EXPECT_EQ(Summarize("Text.", o, &r).code(), ErrorCode::kInvalidOptions);
}

TEST(SummarizeTest, EndlessLineWithoutPunctuation) {
  std::string line;
  // Every word is distinct, so the 3,000-byte pieces the line is cut into
  // are not near-duplicates of each other.
  const char* words[] = {"river", "bridge", "council", "ferry", "budget"};
  for (int i = 0; line.size() < (1u << 20); ++i) {
    line += words[i % 5] + std::to_string(i) + " ";
  }
  Result r = SummarizeOk(line, Sentences(3));
  EXPECT_EQ(r.summary.size(), 3u);
  for (const Sentence& s : r.summary) {
    EXPECT_LE(s.span.byte_end - s.span.byte_start, Limits::kMaxSentenceBytes);
  }
}

TEST(SummarizeTest, BinaryDataIsRejectedNotSummarized) {
  // Bytes of a deterministic pseudo-random stream, like a dropped image.
  std::string bytes;
  std::uint32_t x = 12345;
  for (int i = 0; i < 50000; ++i) {
    x = x * 1664525u + 1013904223u;
    bytes.push_back(static_cast<char>(x >> 24));
  }
  Result r;
  Status s = Summarize(bytes, Options(), &r);
  EXPECT_EQ(s.code(), ErrorCode::kInvalidInput);
  EXPECT_NE(s.message().find("binary"), std::string::npos) << s.message();
  EXPECT_TRUE(r.summary.empty());
  std::string nuls(1000, '\0');
  EXPECT_EQ(Summarize(nuls, Options(), &r).code(), ErrorCode::kInvalidInput);
}

TEST(SummarizeTest, TextWithAFewBadBytesIsStillText) {
  const std::string text =
      "The bridge \xff opened today after two years of work. It was \xc3 late "
      "and cost \xe2\x82 more than planned, the council said on Tuesday.";
  Result r = SummarizeOk(text, Sentences(2));
  EXPECT_EQ(r.summary.size(), 2u);
  EXPECT_EQ(r.stats.repaired_sequences, 3u);
}

TEST(SummarizeTest, ManyShortLinesAndIdenticalSentences) {
  std::string lines;
  for (int i = 0; i < 100000; ++i) lines += "word\n";
  Result r = SummarizeOk(lines, Sentences(3));
  EXPECT_LE(r.summary.size(), 3u);

  std::string same;
  for (int i = 0; i < 2000; ++i) same += "The bridge is closed today. ";
  Result s = SummarizeOk(same, Sentences(3));
  EXPECT_EQ(s.summary.size(), 1u);  // the rest repeat it
}

TEST(SummarizeTest, HostileCharacters) {
  std::string marks = "Zalgo a";
  for (int i = 0; i < 10000; ++i) marks += "\xCC\x81";
  marks += " text. Another sentence here.";
  EXPECT_FALSE(SummarizeOk(marks).summary.empty());
  EXPECT_TRUE(SummarizeOk("😀😀😀 🎉🎉").summary.empty());
  std::string nul("Null\0bytes inside. Second sentence.", 35);
  EXPECT_EQ(SummarizeOk(nul, Sentences(2)).summary.size(), 2u);
  SummarizeOk("مرحبا بالعالم. هذا نص عربي. English mixed in.");
  SummarizeOk("12 34 56. 78 90. 1,000 2,000.");
}

TEST(SummarizeTest, SharedArticlesDropJunk) {
  PRECIS_REQUIRE_SHARED_DATA(path, "articles/blinken-trip-with-donation-plea.txt");
  const std::string text = precis_test::ReadFile(path).value();
  Result r = SummarizeOk(text, Sentences(3));
  ASSERT_EQ(r.summary.size(), 3u);
  for (const Sentence& s : r.summary) {
    EXPECT_EQ(s.text.find("support"), std::string::npos) << s.text;
    EXPECT_EQ(s.text.find("donation"), std::string::npos) << s.text;
    EXPECT_EQ(s.text.find("Independent"), std::string::npos) << s.text;
  }
  bool plea_removed = false;
  for (const Removed& rm : r.removed) {
    if (rm.text.find("Your donation allows us") != std::string::npos) plea_removed = true;
  }
  EXPECT_TRUE(plea_removed);
  ExpectSpansMatch(text, r);
}

// Word counts count each character of a script written without spaces as
// one word, and each word or number of other scripts: a Chinese article
// with one number is not "1 word".
TEST(SummarizeTest, WordCountsCountCjkCharacters) {
  // 13 characters of Han, the number 2024 and the word "AI".
  const Result zh = SummarizeOk("上海市政府宣布新计划。\n\n2024年AI大会。");
  EXPECT_EQ(zh.stats.words, 15u);
  const Result ja = SummarizeOk("大阪府は新しい制度を導入した。");
  EXPECT_EQ(ja.stats.words, 14u);
  const Result en = SummarizeOk("The city opened a bridge in 2024.");
  EXPECT_EQ(en.stats.words, 7u);
}

}  // namespace
}  // namespace precis
