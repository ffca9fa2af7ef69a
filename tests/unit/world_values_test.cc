// Typed values (money, percentages, quantities, dates) in languages other
// than English, and key facts of Chinese and Japanese news articles.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "facts/key_facts.h"
#include "lex/dates.h"
#include "lex/tokenizer.h"
#include "pipeline/document.h"
#include "precis/precis.h"

namespace precis {
namespace internal {
namespace {

// "kind:text" for every span of the one-sentence document `text`, tokenized
// as `language`.
std::vector<std::string> Spans(const std::string& text, const std::string& language) {
  Document doc;
  doc.text = text;
  doc.english = language == "en";
  DocSentence s;
  s.begin = 0;
  s.end = text.size();
  Tokenizer tokenizer(language);
  s.tokens = tokenizer.Tokenize(text, 0, text.size());
  s.words = s.tokens.size();
  doc.sentences.push_back(std::move(s));
  std::vector<std::string> out;
  for (const FactSpan& f : FindFactSpans(doc, 0)) {
    out.push_back(std::string(FactKindName(f.kind)) + ":" + text.substr(f.begin, f.end - f.begin));
  }
  return out;
}

::testing::AssertionResult Holds(const std::vector<std::string>& spans,
                                 const std::vector<std::string>& wanted) {
  for (const std::string& w : wanted) {
    if (std::find(spans.begin(), spans.end(), w) == spans.end()) {
      std::string all;
      for (const std::string& s : spans) all += " [" + s + "]";
      return ::testing::AssertionFailure() << "missing " << w << "; found" << all;
    }
  }
  return ::testing::AssertionSuccess();
}

TEST(WorldValues, French) {
  EXPECT_TRUE(Holds(Spans("Le constructeur a vendu 120 000 véhicules en France le 14 mars, a "
                          "annoncé la direction.",
                          "fr"),
                    {"quantity:120 000 véhicules", "date:14 mars"}));
  EXPECT_TRUE(Holds(Spans("Le chiffre d'affaires a atteint 3,5 milliards d'euros en 2024, en "
                          "hausse de 35 % sur un an.",
                          "fr"),
                    {"money:3,5 milliards d'euros", "date:2024", "percent:35 %"}));
  // No-break and narrow no-break spaces as thousands and before "%".
  EXPECT_TRUE(Holds(Spans("Le groupe investira 1\xC2\xA0"
                          "200 millions d’euros d'ici le 1er "
                          "janvier 2026, soit 12\xE2\x80\xAF% de plus.",
                          "fr"),
                    {"money:1\xC2\xA0"
                     "200 millions d’euros",
                     "date:1er janvier 2026", "percent:12\xE2\x80\xAF%"}));
  EXPECT_TRUE(
      Holds(Spans("La facture atteint 250 € par foyer depuis mars 2023, selon l'Insee.", "fr"),
            {"money:250 €", "date:mars 2023"}));
}

TEST(WorldValues, German) {
  EXPECT_TRUE(Holds(Spans("Der Umsatz stieg bis zum 31. Dezember 2024 auf 3,5 Milliarden Euro, "
                          "wie das Unternehmen mitteilte.",
                          "de"),
                    {"date:31. Dezember 2024", "money:3,5 Milliarden Euro"}));
  EXPECT_TRUE(
      Holds(Spans("Die Zahl der Beschäftigten wuchs um 12 % auf 1.234.567 Mitarbeiter.", "de"),
            {"percent:12 %", "quantity:1.234.567 Mitarbeiter"}));
  EXPECT_TRUE(Holds(Spans("Der Konzern rechnet im März 2025 mit 450 Millionen US-Dollar und "
                          "die Brücke kostet 120 Mio. Euro.",
                          "de"),
                    {"date:März 2025", "money:450 Millionen US-Dollar", "money:120 Mio. Euro"}));
  EXPECT_TRUE(Holds(Spans("Die Inflation lag am 14.03.2024 bei 2,5 Prozent.", "de"),
                    {"date:14.03.2024", "percent:2,5 Prozent"}));
}

TEST(WorldValues, Spanish) {
  EXPECT_TRUE(Holds(Spans("El Gobierno aprobó el 14 de marzo de 2024 un plan de 3.000 millones "
                          "de euros para la vivienda.",
                          "es"),
                    {"date:14 de marzo de 2024", "money:3.000 millones de euros"}));
  EXPECT_TRUE(Holds(Spans("El paro bajó un 4,5 por ciento en febrero y la inflación un 3 %.", "es"),
                    {"percent:4,5 por ciento", "percent:3 %"}));
  EXPECT_TRUE(
      Holds(Spans("La empresa vendió 25.000 coches desde 2019 por 40 millones de dólares.", "es"),
            {"quantity:25.000 coches", "date:2019", "money:40 millones de dólares"}));
  EXPECT_TRUE(
      Holds(Spans("La nueva tarifa llegará el 1 de enero de 2025 a 2,5 millones de hogares.", "es"),
            {"date:1 de enero de 2025", "quantity:2,5 millones de hogares"}));
}

TEST(WorldValues, Portuguese) {
  EXPECT_TRUE(Holds(Spans("O governo anunciou em 14 de março de 2024 um investimento de R$ 3,5 "
                          "bilhões em saneamento.",
                          "pt"),
                    {"date:14 de março de 2024", "money:R$ 3,5 bilhões"}));
  EXPECT_TRUE(
      Holds(Spans("A inflação subiu 4,5% e a empresa vendeu 120 mil carros no Brasil.", "pt"),
            {"percent:4,5%", "quantity:120 mil carros"}));
  EXPECT_TRUE(Holds(Spans("O banco lucrou 2 bilhões de reais até dezembro de 2023.", "pt"),
                    {"money:2 bilhões de reais", "date:dezembro de 2023"}));
}

TEST(WorldValues, Italian) {
  EXPECT_TRUE(Holds(Spans("Il governo ha stanziato 3,5 miliardi di euro il 14 marzo 2024 per la "
                          "sanità pubblica.",
                          "it"),
                    {"money:3,5 miliardi di euro", "date:14 marzo 2024"}));
  EXPECT_TRUE(Holds(Spans("La disoccupazione è scesa al 7,2 per cento nel 2023, con 25.000 auto "
                          "vendute.",
                          "it"),
                    {"percent:7,2 per cento", "date:2023", "quantity:25.000 auto"}));
}

TEST(WorldValues, Russian) {
  EXPECT_TRUE(Holds(Spans("Правительство 14 марта 2024 года выделило 3,5 млрд рублей на "
                          "строительство дорог.",
                          "ru"),
                    {"date:14 марта 2024", "money:3,5 млрд рублей"}));
  EXPECT_TRUE(Holds(Spans("Инфляция замедлилась до 7,7% и 12 процентов в 2023 году, сообщил "
                          "Росстат.",
                          "ru"),
                    {"percent:7,7%", "percent:12 процентов", "date:2023"}));
  EXPECT_TRUE(Holds(Spans("Компания продала 120 тысяч автомобилей за 5 млрд. долларов.", "ru"),
                    {"quantity:120 тысяч автомобилей", "money:5 млрд. долларов"}));
}

TEST(WorldValues, Arabic) {
  EXPECT_TRUE(Holds(Spans("أعلنت الحكومة في 14 مارس 2024 عن خطة بقيمة 3.5 مليار دولار لدعم "
                          "الاقتصاد.",
                          "ar"),
                    {"date:14 مارس 2024", "money:3.5 مليار دولار"}));
  // Arabic-Indic digits, the Arabic decimal separator and percent sign.
  EXPECT_TRUE(
      Holds(Spans("وباعت الشركة ١٢٠ ألف سيارة في عام ٢٠٢٣ بزيادة ٤٫٥٪ عن العام السابق.", "ar"),
            {"quantity:١٢٠ ألف سيارة", "date:٢٠٢٣", "percent:٤٫٥٪"}));
  EXPECT_TRUE(Holds(Spans("وارتفع معدل التضخم إلى 35 في المئة خلال ١٤ مارس ٢٠٢٤.", "ar"),
                    {"percent:35 في المئة", "date:١٤ مارس ٢٠٢٤"}));
}

TEST(WorldValues, Chinese) {
  EXPECT_TRUE(Holds(Spans("国家统计局1月17日发布数据显示，2024年中国国内生产总值达到134.9万亿元，"
                          "比上年增长5.0%。",
                          "zh"),
                    {"date:1月17日", "date:2024年", "money:134.9万亿元", "percent:5.0%"}));
  EXPECT_TRUE(Holds(
      Spans("全国城镇新增就业1256万人，项目总投资约为三十亿元，预计在二〇二七年前完成。", "zh"),
      {"quantity:1256万人", "money:三十亿元", "date:二〇二七年"}));
  EXPECT_TRUE(Holds(Spans("上海市政府宣布将新建五十座图书馆，出口增长百分之五。", "zh"),
                    {"quantity:五十座", "percent:百分之五"}));
  // A lone "一" before a counter is a word ("一人", alone), not a count.
  EXPECT_TRUE(Spans("他一人完成了这项工作。", "zh").empty());
}

TEST(WorldValues, Japanese) {
  EXPECT_TRUE(Holds(Spans("売上高は前年同期比6.2％増の36兆1500億円だった。", "ja"),
                    {"percent:6.2％", "money:36兆1500億円"}));
  EXPECT_TRUE(Holds(Spans("同社は2024年4月から営業利益予想を三千億円引き上げた。", "ja"),
                    {"date:2024年4月", "money:三千億円"}));
  EXPECT_TRUE(Holds(Spans("世界販売台数は約754万台で、約一万人の生徒が支援を受ける。", "ja"),
                    {"quantity:754万台", "quantity:一万人"}));
}

TEST(WorldValues, Korean) {
  EXPECT_TRUE(Holds(Spans("정부는 2024년 3월 14일 5000억 원 규모의 경기 부양책을 발표했다.", "ko"),
                    {"date:2024년 3월 14일", "money:5000억 원"}));
  EXPECT_TRUE(
      Holds(Spans("이 회사는 약 1만 명을 채용하고 3조원을 투자하며 성장률은 3.1%였다.", "ko"),
            {"quantity:1만 명", "money:3조원", "percent:3.1%"}));
  // "3개월" is three months, not three things.
  EXPECT_TRUE(
      Holds(Spans("공사는 3개월 동안 진행되며 비용은 100만 달러다.", "ko"), {"money:100만 달러"}));
  for (const std::string& s : Spans("공사는 3개월 동안 진행되며 비용은 100만 달러다.", "ko")) {
    EXPECT_EQ(s.find("3개"), std::string::npos) << s;
  }
}

TEST(WorldValues, EnglishIsUnchanged) {
  // Other languages' month names need a day or a year, and the planet
  // keeps its name.
  const std::vector<std::string> spans =
      Spans("NASA launched Mars 2020 and the rover landed on 18 February 2021.", "en");
  EXPECT_TRUE(Holds(spans, {"date:18 February 2021"}));
  for (const std::string& s : spans) EXPECT_EQ(s.find("Mars"), std::string::npos) << s;
  EXPECT_TRUE(Holds(Spans("Prices rose 3.5% to $4 billion in 2024.", "en"),
                    {"percent:3.5%", "money:$4 billion", "date:2024"}));
}

TEST(WorldDates, Fields) {
  const std::vector<DateSpan> d = FindWorldDateSpans("le 14 mars 2024 et 2024년 12월 3일");
  ASSERT_EQ(d.size(), 2u);
  EXPECT_EQ(d[0].day, 14);
  EXPECT_EQ(d[0].month, 3);
  EXPECT_EQ(d[0].year, 2024);
  EXPECT_EQ(d[1].year, 2024);
  EXPECT_EQ(d[1].month, 12);
  EXPECT_EQ(d[1].day, 3);
  EXPECT_TRUE(FindWorldDateSpans("3.14 mars").empty() ||
              FindWorldDateSpans("3.14 mars")[0].day != 14);
}

// A Chinese and a Japanese news article get key facts with their figures.
TEST(WorldKeyFacts, ChineseAndJapaneseArticles) {
  const std::string zh =
      "国家统计局1月17日发布数据显示，2024年中国国内生产总值达到134.9万亿元，比上年增长5.0%。\n"
      "全年社会消费品零售总额48.8万亿元，增长3.5%。\n"
      "全国城镇新增就业1256万人，全年城镇调查失业率平均值为5.1%。\n"
      "国家统计局局长康义在新闻发布会上表示，经济运行总体平稳。\n"
      "专家认为，2025年中国经济将继续保持稳定增长。\n";
  const std::string ja =
      "トヨタ自動車は2月5日、2024年4月から12月までの連結決算を発表した。\n"
      "売上高は前年同期比6.2％増の36兆1500億円だった。\n"
      "営業利益は3兆6794億円で、前年同期を4.9%下回った。\n"
      "同社は通期の営業利益予想を三千億円引き上げ、4兆7000億円とした。\n"
      "佐藤恒治社長は記者会見で、電動車の需要が堅調だと述べた。\n";
  for (const std::string& text : {zh, ja}) {
    Result r;
    ASSERT_TRUE(Summarize(text, {}, &r).ok());
    ASSERT_GE(r.facts.size(), 3u) << text;
    int money = 0;
    int percent = 0;
    for (const KeyFact& f : r.facts) {
      for (FactKind k : f.kinds) {
        money += k == FactKind::kMoney ? 1 : 0;
        percent += k == FactKind::kPercent ? 1 : 0;
      }
    }
    EXPECT_GE(money, 2) << text;
    EXPECT_GE(percent, 2) << text;
  }
}

}  // namespace
}  // namespace internal
}  // namespace precis
