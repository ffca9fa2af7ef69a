// The pipeline's stages called one at a time on an Analysis, and the
// single-article driver built from them.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "digest/digest.h"
#include "pipeline/analysis.h"
#include "pipeline/result.h"
#include "pipeline/stages.h"
#include "precis/precis.h"

namespace precis {
namespace internal {
namespace {

constexpr const char kArticle[] =
    "Harbor Bridge Reopens\n\n"
    "Subscribe to our newsletter for daily updates!\n\n"
    "The Harbor Bridge reopened on Monday after a two-year renovation that cost "
    "$120 million. City officials said traffic would flow in both directions by "
    "Friday. The renovation replaced the deck and strengthened the towers. "
    "Engineers expect the bridge to last another 80 years.\n";

Analysis Repaired(const RepairedInput& input) { return StartAnalysis(input, 0, input.text.size()); }

TEST(PipelineTest, CleanTextRepairsOnceAndRefusesBinary) {
  RepairedInput input;
  ASSERT_TRUE(CleanText("caf\xC3\xA9 \xFF ok", &input).ok());
  EXPECT_EQ(input.repaired_sequences, 1u);
  EXPECT_EQ(input.text, "caf\xC3\xA9 \xEF\xBF\xBD ok");
  ASSERT_EQ(input.repairs.size(), 1u);

  RepairedInput binary;
  const std::string bytes(64, '\x01');
  EXPECT_EQ(CleanText(bytes, &binary).code(), ErrorCode::kInvalidInput);
}

TEST(PipelineTest, CheckLooksLikeTextReadsOnlyItsRange) {
  RepairedInput input;
  const std::string text = "A sentence of text.\n---\n" + std::string(40, '\x02');
  input.raw = text;
  RepairUtf8(text, &input.text, &input.repairs);
  EXPECT_TRUE(CheckLooksLikeText(input, 0, 19).ok());
  EXPECT_EQ(CheckLooksLikeText(input, 24, input.text.size()).code(), ErrorCode::kInvalidInput);
}

TEST(PipelineTest, SplitOnly) {
  RepairedInput input;
  ASSERT_TRUE(CleanText(kArticle, &input).ok());
  Analysis a = Repaired(input);
  ChooseLanguage("en", &a);
  EXPECT_FALSE(a.language.detected);
  EXPECT_TRUE(a.doc.english);
  SplitUnits(&a);
  ASSERT_GE(a.units.size(), 5u);
  EXPECT_EQ(a.text.substr(a.units[0].begin, a.units[0].end - a.units[0].begin),
            "Harbor Bridge Reopens");
  EXPECT_TRUE(a.units[0].line_unit);
  EXPECT_TRUE(a.doc.sentences.empty());  // later stages have not run
}

TEST(PipelineTest, JunkThenDocument) {
  RepairedInput input;
  ASSERT_TRUE(CleanText(kArticle, &input).ok());
  Analysis a = Repaired(input);
  ChooseLanguage("", &a);
  EXPECT_EQ(a.language.code, "en");
  SplitUnits(&a);
  FilterJunk(true, &a);
  ASSERT_EQ(a.verdicts.size(), a.units.size());
  EXPECT_TRUE(a.verdicts[1].junk);  // the newsletter plea
  ASSERT_TRUE(BuildDocument(&a));
  ASSERT_EQ(a.removed.size(), 1u);
  EXPECT_STREQ(a.removed[0].reason, "share_subscribe");
  EXPECT_EQ(a.doc.sentences.size(), a.units.size() - 1);
  for (const DocSentence& s : a.doc.sentences) {
    EXPECT_FALSE(s.tokens.empty());
    EXPECT_GT(s.words, 0u);
  }

  // Without junk removal every unit is kept.
  Analysis all = Repaired(input);
  ChooseLanguage("en", &all);
  SplitUnits(&all);
  FilterJunk(false, &all);
  ASSERT_TRUE(BuildDocument(&all));
  EXPECT_TRUE(all.removed.empty());
  EXPECT_EQ(all.doc.sentences.size(), all.units.size());
}

TEST(PipelineTest, RankAndSelectOnABuiltDocument) {
  RepairedInput input;
  ASSERT_TRUE(CleanText(kArticle, &input).ok());
  Analysis a = Repaired(input);
  ChooseLanguage("en", &a);
  SplitUnits(&a);
  FilterJunk(true, &a);
  ASSERT_TRUE(BuildDocument(&a));
  Rank(&a);
  ASSERT_EQ(a.ranking.scores.size(), a.doc.sentences.size());
  double sum = 0;
  for (double s : a.ranking.scores) sum += s;
  EXPECT_NEAR(sum, 1.0, 1e-9);
  Select(LengthUnit::kSentences, 2, &a);
  ASSERT_EQ(a.chosen.size(), 2u);
  EXPECT_LT(a.chosen[0], a.chosen[1]);
  FindKeywords(3, &a);
  EXPECT_LE(a.keywords.size(), 3u);
  EXPECT_FALSE(a.keywords.empty());
  FindKeyFacts(2, &a);
  EXPECT_LE(a.facts.size(), 2u);
  EXPECT_EQ(a.fact_groups.size(), a.doc.sentences.size());
}

// The units are tokenized once; the document's tokens are those the
// tokenizer gives for each sentence's range of the text.
TEST(PipelineTest, DocumentTokensAreTheSentencesTokens) {
  const std::string text = std::string(kArticle) +
                           "WASHINGTON \xE2\x80\x94 Officials in the U.S. said more.\n"
                           "A heading then U.S\n";
  RepairedInput input;
  ASSERT_TRUE(CleanText(text, &input).ok());
  Analysis a = Repaired(input);
  ChooseLanguage("en", &a);
  SplitUnits(&a);
  TokenizeUnits(&a);
  ASSERT_EQ(a.unit_tokens.size(), a.units.size());
  FilterJunk(true, &a);
  ASSERT_TRUE(BuildDocument(&a));
  Tokenizer tokenizer("en");
  for (const DocSentence& s : a.doc.sentences) {
    const std::vector<Token> expected = tokenizer.Tokenize(a.text, s.begin, s.end);
    ASSERT_EQ(s.tokens.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
      EXPECT_EQ(s.tokens[i].begin, expected[i].begin);
      EXPECT_EQ(s.tokens[i].end, expected[i].end);
      EXPECT_EQ(s.tokens[i].term, expected[i].term);
    }
  }
}

// The stages run by hand give the result Summarize gives.
TEST(PipelineTest, StagesByHandMatchSummarize) {
  Options options;
  options.include_sentences = true;
  Result expected;
  ASSERT_TRUE(Summarize(kArticle, options, &expected).ok());

  RepairedInput input;
  ASSERT_TRUE(CleanText(kArticle, &input).ok());
  Analysis a;
  Progress progress(options.progress);
  ASSERT_TRUE(AnalyzeText(input, 0, input.text.size(), options, &progress, nullptr, &a).ok());
  Result got;
  BuildResult(a, input, options, 0, &got);
  ASSERT_EQ(got.sentences.size(), expected.sentences.size());
  for (std::size_t i = 0; i < got.sentences.size(); ++i) {
    EXPECT_EQ(got.sentences[i].text, expected.sentences[i].text);
    EXPECT_EQ(got.sentences[i].score, expected.sentences[i].score);
    EXPECT_EQ(got.sentences[i].selected, expected.sentences[i].selected);
    EXPECT_EQ(got.sentences[i].span.byte_start, expected.sentences[i].span.byte_start);
  }
  EXPECT_EQ(got.summary.size(), expected.summary.size());
  EXPECT_EQ(got.keywords.size(), expected.keywords.size());
  EXPECT_EQ(got.facts.size(), expected.facts.size());
  EXPECT_EQ(got.removed.size(), expected.removed.size());
}

// An Analysis of a range of the input keeps its offsets relative to the
// range; the result's spans are of the whole input.
TEST(PipelineTest, RangeOfTheInput) {
  const std::string text = std::string("\xFF\xFE intro\n---\n") + kArticle;
  RepairedInput input;
  input.raw = text;
  RepairUtf8(text, &input.text, &input.repairs);
  const std::vector<ArticlePart> parts = SplitArticles(text, 10);
  ASSERT_EQ(parts.size(), 2u);
  const std::size_t begin = RepairedOffset(input.repairs, parts[1].begin);
  const std::size_t end = RepairedOffset(input.repairs, parts[1].end);
  EXPECT_EQ(RawOffset(input.repairs, begin), parts[1].begin);
  EXPECT_EQ(RawOffset(input.repairs, end), parts[1].end);

  Options options;
  Progress progress(options.progress);
  Analysis a;
  ASSERT_TRUE(AnalyzeText(input, begin, end, options, &progress, nullptr, &a).ok());
  EXPECT_EQ(a.offset, begin);
  EXPECT_EQ(a.text.substr(0, 21), "Harbor Bridge Reopens");
  Result r;
  BuildResult(a, input, options, Utf16Length(input.text, 0, begin), &r);
  ASSERT_FALSE(r.summary.empty());
  const Span& s = r.summary[0].span;
  EXPECT_EQ(text.substr(s.byte_start, s.byte_end - s.byte_start), r.summary[0].text);
  // Two invalid bytes are two U+FFFD, one UTF-16 unit each.
  EXPECT_EQ(s.utf16_start, s.byte_start);
}

}  // namespace
}  // namespace internal
}  // namespace precis
