// Short articles in several languages (tests/data/lang/<code>.txt, one
// sentence per line, paragraphs separated by blank lines): the language is
// detected, the sentences are the expected ones, the summary is made of
// whole input sentences, keywords are not stopwords, and a chosen language
// overrides detection.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "lang/language.h"
#include "lex/tokenizer.h"
#include "precis/precis.h"
#include "test_util.h"
#include "text/unicode.h"

namespace precis {
namespace {

struct Article {
  std::string text;
  std::vector<std::string> sentences;
};

// Builds the article from the data file: sentences of a paragraph joined by
// a space (nothing for languages written without spaces), paragraphs by a
// blank line.
Article LoadArticle(const std::string& code) {
  Article a;
  const auto data = precis_test::ReadFile(precis_test::TestDataPath("lang/" + code + ".txt"));
  if (!data) return a;
  const std::string joiner = (code == "zh" || code == "ja") ? "" : " ";
  bool paragraph_start = true;
  std::size_t start = 0;
  while (start <= data->size()) {
    std::size_t end = data->find('\n', start);
    if (end == std::string::npos) end = data->size();
    const std::string line = data->substr(start, end - start);
    start = end + 1;
    if (line.empty()) {
      if (!a.text.empty()) paragraph_start = true;
      continue;
    }
    if (!a.text.empty()) a.text += paragraph_start ? "\n\n" : joiner;
    paragraph_start = false;
    a.text += line;
    a.sentences.push_back(line);
  }
  return a;
}

class MultilingualTest : public ::testing::TestWithParam<const char*> {};

TEST_P(MultilingualTest, DetectsSplitsAndSummarizes) {
  const std::string code = GetParam();
  const Article article = LoadArticle(code);
  ASSERT_GE(article.sentences.size(), 6u) << code;

  Options options;
  options.length_unit = LengthUnit::kSentences;
  options.length = 3;
  options.include_sentences = true;
  options.max_keywords = 8;
  Result result;
  ASSERT_TRUE(Summarize(article.text, options, &result).ok());

  EXPECT_EQ(result.language.code, code);
  EXPECT_TRUE(result.language.detected);
  EXPECT_GE(result.language.confidence, 0.5) << code;

  // Sentence boundaries: exactly the lines of the data file.
  std::vector<std::string> got;
  for (const Sentence& s : result.sentences) got.push_back(s.text);
  EXPECT_EQ(got, article.sentences) << code;

  // The summary: three whole sentences of the input, in order, whose spans
  // cut the input exactly at those sentences.
  ASSERT_EQ(result.summary.size(), 3u) << code;
  std::size_t previous_end = 0;
  for (const Sentence& s : result.summary) {
    const std::string span =
        article.text.substr(s.span.byte_start, s.span.byte_end - s.span.byte_start);
    EXPECT_EQ(span, s.text) << code;
    EXPECT_NE(std::find(article.sentences.begin(), article.sentences.end(), s.text),
              article.sentences.end())
        << code << ": " << s.text;
    EXPECT_GE(s.span.byte_start, previous_end);
    previous_end = s.span.byte_end;
  }

  // Keywords: some, and none is a stopword of the language.
  ASSERT_FALSE(result.keywords.empty()) << code;
  internal::Tokenizer tokenizer(code);
  for (const Keyword& k : result.keywords) {
    const std::vector<internal::Token> tokens = tokenizer.Tokenize(k.text);
    ASSERT_FALSE(tokens.empty()) << k.text;
    for (const internal::Token& t : tokens) {
      EXPECT_FALSE(t.stopword) << code << ": keyword \"" << k.text << "\" has stopword " << t.norm;
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Languages, MultilingualTest,
                         ::testing::Values("fr", "de", "es", "ru", "zh", "ja", "ar", "it", "pt",
                                           "ko", "hi", "el"),
                         [](const auto& param_info) { return std::string(param_info.param); });

TEST(MultilingualTest, ChosenLanguageOverridesDetection) {
  const Article article = LoadArticle("fr");
  Options options;
  options.language = "es";
  Result result;
  ASSERT_TRUE(Summarize(article.text, options, &result).ok());
  EXPECT_EQ(result.language.code, "es");
  EXPECT_FALSE(result.language.detected);
  EXPECT_EQ(result.language.confidence, 1);
}

TEST(MultilingualTest, UnknownLanguageIsInvalidOptions) {
  Options options;
  options.language = "xx";
  Result result;
  const Status s = Summarize("Un texte.", options, &result);
  EXPECT_EQ(s.code(), ErrorCode::kInvalidOptions);
  EXPECT_NE(s.message().find("xx"), std::string::npos);
  options.language = "auto";
  EXPECT_TRUE(Summarize("Un texte.", options, &result).ok());
}

TEST(MultilingualTest, JsonCarriesTheLanguage) {
  const Article article = LoadArticle("de");
  const std::string detected = SummarizeJson(article.text, R"({"sentences":2})");
  EXPECT_NE(detected.find(R"("language":{"code":"de","confidence":)"), std::string::npos)
      << detected;
  EXPECT_NE(detected.find(R"("source":"detected"})"), std::string::npos);
  const std::string chosen = SummarizeJson(article.text, R"({"language":"nl"})");
  EXPECT_NE(chosen.find(R"("language":{"code":"nl","confidence":1.0,"source":"user"})"),
            std::string::npos)
      << chosen;
  const std::string bad = SummarizeJson(article.text, R"({"language":"klingon"})");
  EXPECT_NE(bad.find(R"("code":"invalid_options")"), std::string::npos) << bad;
  for (const char* options : {R"({"language":7})", R"({"language":""})", R"({"language":"EN"})",
                              R"({"language":null})"}) {
    const std::string wrong = SummarizeJson(article.text, options);
    EXPECT_NE(wrong.find(R"("code":"invalid_options")"), std::string::npos) << options;
  }
  const std::string auto_json = SummarizeJson(article.text, R"({"language":"auto"})");
  EXPECT_NE(auto_json.find(R"("code":"de")"), std::string::npos);
  EXPECT_NE(auto_json.find(R"("source":"detected")"), std::string::npos);
}

// English-only rules stay off for other languages: the junk filter (English
// vocabulary) does not run, and German nouns (all capitalised) are not
// reported as names; numbers still make facts.
TEST(MultilingualTest, EnglishOnlyRulesAreGated) {
  const Article article = LoadArticle("de");
  Options options;
  options.max_facts = 10;
  Result result;
  ASSERT_TRUE(Summarize(article.text, options, &result).ok());
  EXPECT_TRUE(result.removed.empty());
  for (const KeyFact& f : result.facts) {
    for (const FactKind kind : f.kinds) {
      EXPECT_TRUE(kind != FactKind::kPerson && kind != FactKind::kPlace &&
                  kind != FactKind::kOrganization)
          << f.text << " " << FactKindName(kind);
    }
  }
  // The numbers are still facts.
  bool money_or_quantity = false;
  for (const KeyFact& f : result.facts) {
    for (const FactKind kind : f.kinds) {
      if (kind == FactKind::kMoney || kind == FactKind::kQuantity || kind == FactKind::kPercent) {
        money_or_quantity = true;
      }
    }
  }
  EXPECT_TRUE(money_or_quantity);
}

}  // namespace
}  // namespace precis
