#include "keywords/keywords.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "doc_builder.h"
#include "text/unicode.h"

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

// Whether every occurrence of `keyword` in `text` has a capitalised word
// (not a title) right before or after it: the keyword is then a piece of a
// longer name.
bool CutsAName(const std::string& text, const std::string& keyword) {
  const std::vector<std::string> titles = {"Sgt", "President"};
  for (std::size_t at = text.find(keyword); at != std::string::npos;
       at = text.find(keyword, at + 1)) {
    const std::size_t end = at + keyword.size();
    std::size_t prev = at;
    if (prev > 0 && text[prev - 1] == ' ') {
      --prev;
      while (prev > 0 && std::isalpha(static_cast<unsigned char>(text[prev - 1]))) --prev;
    }
    const std::string before = text.substr(prev, at - prev);
    const bool after_name =
        !before.empty() && std::isupper(static_cast<unsigned char>(before[0])) &&
        std::find(titles.begin(), titles.end(), before.substr(0, before.size() - 1)) ==
            titles.end() &&
        (prev < 2 || text[prev - 2] != '.');
    const bool before_name = end + 1 < text.size() && text[end] == ' ' &&
                             std::isupper(static_cast<unsigned char>(text[end + 1]));
    if (!after_name && !before_name) return false;  // written alone at least once
  }
  return true;
}

DocBuilder Names() {
  return DocBuilder({
      "New York Yankees pitcher Gerrit Cole threw seven scoreless innings on Tuesday as the New "
      "York Yankees beat the Boston Red Sox 4-0.",
      "Cole struck out nine batters, and the New York Yankees moved two games clear at the top "
      "of the division.",
      "The Boston Red Sox have now lost five straight games.",
      "In Arizona, Cottonwood Police Sgt Jeremy Halvorsen said officers responded to a report of "
      "a stolen pickup truck near the river.",
      "Sgt Jeremy Halvorsen said the driver was arrested after a short chase.",
      "Cottonwood Police asked witnesses to come forward.",
      "In Seoul, acting President Choi Sang-mok met business leaders to discuss tariffs.",
      "Choi Sang-mok said the government would support exporters hit by the tariffs.",
      "Finance officials said Choi Sang-mok would travel to Washington next month.",
      "According to the South China Morning Post, the tariffs will hurt exporters across the "
      "region.",
      "The South China Morning Post reported that shipping costs have risen sharply, and "
      "exporters expect more tariffs this year.",
  });
}

TEST(KeywordsTest, NamesAreKeptWhole) {
  DocBuilder b = Names();
  const auto ks = Texts(ExtractKeywords(b.doc(), 10));
  EXPECT_TRUE(Has(ks, "New York Yankees")) << Join(ks);
  EXPECT_TRUE(Has(ks, "South China Morning Post")) << Join(ks);
  EXPECT_TRUE(Has(ks, "Choi Sang-mok")) << Join(ks);
  EXPECT_TRUE(Has(ks, "Boston Red Sox")) << Join(ks);
  for (const std::string& k : ks) {
    EXPECT_FALSE(CutsAName(std::string(b.doc().text), k)) << k << ": " << Join(ks);
    EXPECT_EQ(k.find("Sgt"), std::string::npos) << Join(ks);
  }
}

// A name that stands inside different longer names and never alone is no
// keyword; one written alone as well stays.
TEST(KeywordsTest, PieceOfDifferentNamesIsDropped) {
  DocBuilder b({"Officials at Harbor Point Hospital said the storm damaged the roof.",
                "Harbor Point Marina lost power during the storm.",
                "Harbor Point Hospital moved patients after the storm.",
                "Crews at Harbor Point Marina repaired the docks after the storm."});
  const auto ks = Texts(ExtractKeywords(b.doc(), 10));
  EXPECT_FALSE(Has(ks, "Harbor Point")) << Join(ks);
  EXPECT_TRUE(Has(ks, "storm")) << Join(ks);
}

// Titles of works keep their title-case function words; a spaced dash is
// no part of a name; a word written only inside a longer name or title
// ("Democrat" of "Liberal Democrat" opening sentences, "Health" of "Health
// Minister") is no keyword on its own.
TEST(KeywordsTest, TitlesDashesAndPiecesOfTitles) {
  DocBuilder b({
      "The channel found its next hit after Sex And The City ended its run.",
      "Viewers who loved Sex And The City tuned in to the new comedy series.",
      "The comedy series drew more viewers than any other series this year.",
      "Liberal Democrat leader Charles Kennedy praised the comedy series.",
      "Liberal Democrat spokesman Tom Brake said the series was a hit with viewers.",
      "Deputy Health Minister Rhona Brankin watched the series with viewers.",
      "Deputy Health Minister Rhona Brankin said the comedy series helped the channel.",
      "Its playlist named Joy Division - Love Will Tear Us Apart as the series theme.",
      "Joy Division - Love Will Tear Us Apart topped the viewers' chart of the series.",
  });
  const auto ks = Texts(ExtractKeywords(b.doc(), 12));
  EXPECT_TRUE(Has(ks, "Sex And The City")) << Join(ks);
  EXPECT_FALSE(Has(ks, "Sex")) << Join(ks);
  EXPECT_FALSE(Has(ks, "Democrat")) << Join(ks);
  EXPECT_FALSE(Has(ks, "Health")) << Join(ks);
  for (const std::string& k : ks) EXPECT_EQ(k.find(" - "), std::string::npos) << Join(ks);
}

bool HasHiragana(const std::string& s) {
  for (std::size_t p = 0; p < s.size();) {
    char32_t cp;
    const int len = DecodeAt(s, p, &cp);
    if (len == 0) break;
    if (cp >= 0x3041 && cp <= 0x309F) return true;
    p += static_cast<std::size_t>(len);
  }
  return false;
}

TEST(KeywordsTest, ChineseKeywordsAreWords) {
  DocBuilder b({
      "上海市政府周一宣布，将在全市新建五十座社区公共图书馆，并向市民开放夜间阅读服务。",
      "据上海市文化和旅游局介绍，这些社区公共图书馆将主要分布在人口密集的郊区，"
      "每座社区公共图书馆的面积不少于八百平方米。",
      "项目总投资约为三十亿元，预计在二〇二七年前全部完成。",
      "上海市文化和旅游局局长表示，社区公共图书馆将全天开放，并提供免费的无线网络和电子阅读设备。",
      "市民可以通过手机预约座位和借阅图书，也可以在社区公共图书馆参加读书会和讲座。",
      "专家认为，这一计划有助于缩小城乡之间的文化服务差距。",
      "不过，部分居民希望社区公共图书馆能够增加外文书籍的数量，并延长周末的开放时间。",
      "上海市文化和旅游局表示，将根据市民的意见调整服务内容。",
      "据统计，去年上海市的公共图书馆共接待读者超过两千万人次，电子阅读设备的使用量增长了百分之四十"
      "。",
  });
  const auto ks = Texts(ExtractKeywords(b.doc(), 10));
  ASSERT_GE(ks.size(), 5u) << Join(ks);
  EXPECT_TRUE(Has(ks, "社区公共图书馆") || Has(ks, "公共图书馆")) << Join(ks);
  EXPECT_TRUE(Has(ks, "电子阅读设备")) << Join(ks);
  // Fragments that bigrams gave.
  for (const char* bad : {"社区公共图", "化和旅游局", "市文化和旅", "电子阅读设", "读设备"}) {
    EXPECT_FALSE(Has(ks, bad)) << Join(ks);
  }
  const std::u32string function_chars = U"的了是在和与及也这那将个们";
  for (const std::string& k : ks) {
    EXPECT_NE(std::string(b.doc().text).find(k), std::string::npos) << k;
    char32_t first;
    DecodeAt(k, 0, &first);
    std::size_t p = 0;
    char32_t last = 0;
    while (p < k.size()) p += static_cast<std::size_t>(DecodeAt(k, p, &last));
    EXPECT_EQ(function_chars.find(first), std::u32string::npos) << k;
    EXPECT_EQ(function_chars.find(last), std::u32string::npos) << k;
  }
}

TEST(KeywordsTest, JapaneseKeywordsAreWords) {
  DocBuilder b({
      "大阪府は月曜日、府内の公立高校に通う生徒を対象にした新しい奨学金制度を導入すると発表した。",
      "新しい奨学金制度の対象となるのは、家庭の収入が一定の基準を下回る生徒で、府の担当者によると、"
      "約一万人の生徒が支援を受けられる見通しだ。",
      "奨学金制度の予算は年間およそ二十億円と見込まれている。",
      "奨学金は返済の必要がなく、教材費や通学費に使うことができる。",
      "申請は来年四月から公立高校を通じて受け付ける。",
      "教育関係者からは奨学金制度を歓迎する声が上がっている。",
      "一方で、対象を私立高校の生徒にも広げるべきだという意見もある。",
      "大阪府は私立高校への拡大についても検討を進めるとしている。",
  });
  const auto ks = Texts(ExtractKeywords(b.doc(), 10));
  ASSERT_GE(ks.size(), 5u) << Join(ks);
  EXPECT_TRUE(Has(ks, "奨学金制度")) << Join(ks);
  EXPECT_TRUE(Has(ks, "公立高校")) << Join(ks);
  EXPECT_TRUE(Has(ks, "大阪府")) << Join(ks);
  for (const std::string& k : ks) {
    // No particle or inflection: kanji and katakana words only.
    EXPECT_FALSE(HasHiragana(k)) << k << ": " << Join(ks);
    EXPECT_NE(std::string(b.doc().text).find(k), std::string::npos) << k;
  }
}

}  // namespace
}  // namespace internal
}  // namespace precis
