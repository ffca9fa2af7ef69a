#include "lang/language.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "lex/tokenizer.h"

namespace precis {
namespace internal {
namespace {

TEST(LanguageTest, ScriptsNameTheirLanguage) {
  struct Case {
    const char* text;
    const char* code;
  };
  const Case cases[] = {
      {"Η κυβέρνηση ανακοίνωσε νέα μέτρα για την οικονομία.", "el"},
      {"정부는 화요일 새로운 경제 대책을 발표했다.", "ko"},
      {"รัฐบาลประกาศมาตรการใหม่เพื่อเศรษฐกิจในวันอังคาร", "th"},
      {"მთავრობამ ეკონომიკის ახალი ზომები გამოაცხადა.", "ka"},
      {"Կառավարությունը նոր միջոցառումներ հայտարարեց։", "hy"},
      {"政府は火曜日、新しい経済対策を発表した。", "ja"},
      {"政府周二宣布了新的经济措施。", "zh"},
      {"সরকার মঙ্গলবার নতুন অর্থনৈতিক পদক্ষেপ ঘোষণা করেছে।", "bn"},
      {"அரசு செவ்வாய்க்கிழமை புதிய பொருளாதார நடவடிக்கைகளை அறிவித்தது.", "ta"},
  };
  for (const Case& c : cases) {
    const LanguageGuess g = DetectLanguage(c.text);
    EXPECT_EQ(g.code, c.code) << c.text;
    EXPECT_GE(g.confidence, 0.8) << c.text;
  }
}

TEST(LanguageTest, TrigramsTellLanguagesOfOneScript) {
  struct Case {
    const char* text;
    const char* code;
  };
  const Case cases[] = {
      {"The city council approved the new budget for schools and hospitals on Tuesday "
       "after a long debate about taxes.",
       "en"},
      {"Le conseil municipal a approuvé mardi le nouveau budget des écoles et des "
       "hôpitaux après un long débat sur les impôts.",
       "fr"},
      {"Der Stadtrat hat am Dienstag nach einer langen Debatte über Steuern den neuen "
       "Haushalt für Schulen und Krankenhäuser beschlossen.",
       "de"},
      {"El ayuntamiento aprobó el martes el nuevo presupuesto para escuelas y hospitales "
       "tras un largo debate sobre los impuestos.",
       "es"},
      {"Il consiglio comunale ha approvato martedì il nuovo bilancio per scuole e ospedali "
       "dopo un lungo dibattito sulle tasse.",
       "it"},
      {"De gemeenteraad heeft dinsdag na een lang debat over belastingen de nieuwe "
       "begroting voor scholen en ziekenhuizen goedgekeurd.",
       "nl"},
      {"Городской совет во вторник после долгих споров о налогах утвердил новый бюджет "
       "для школ и больниц.",
       "ru"},
      {"Міська рада у вівторок після довгої дискусії про податки затвердила новий бюджет "
       "для шкіл і лікарень.",
       "uk"},
      {"وافق المجلس البلدي يوم الثلاثاء على الميزانية الجديدة للمدارس والمستشفيات بعد "
       "نقاش طويل حول الضرائب.",
       "ar"},
      // clang-format off
      // (clang-format splits the Persian line differently each time it runs)
      {"شورای شهر روز سه‌شنبه پس از بحثی طولانی درباره مالیات‌ها بودجه جدید مدارس و "
       "بیمارستان‌ها را تصویب کرد.", "fa"},
      // clang-format on
      {"नगर परिषद ने मंगलवार को करों पर लंबी बहस के बाद स्कूलों और अस्पतालों के लिए नया "
       "बजट मंजूर किया।",
       "hi"},
  };
  for (const Case& c : cases) {
    const LanguageGuess g = DetectLanguage(c.text);
    EXPECT_EQ(g.code, c.code) << c.text;
    EXPECT_GE(g.confidence, 0.5) << c.text;
  }
}

TEST(LanguageTest, NoLettersIsUndetermined) {
  for (const char* text : {"", "   ", "12 345 678,90 %", "!!! ??? ...", "😀😀😀 ★★★"}) {
    const LanguageGuess g = DetectLanguage(text);
    EXPECT_EQ(g.code, "und") << text;
    EXPECT_EQ(g.confidence, 0) << text;
  }
  // Letters of a script without a language of its own here (Cherokee).
  const LanguageGuess g = DetectLanguage("ᏣᎳᎩ ᎦᏬᏂᎯᏍᏗ");
  EXPECT_EQ(g.code, "und");
  EXPECT_EQ(g.confidence, 0);
}

TEST(LanguageTest, ShortTextHasLowConfidence) {
  const LanguageGuess short_text = DetectLanguage("Guten Morgen!");
  const LanguageGuess long_text = DetectLanguage(
      "Guten Morgen! Der Stadtrat hat am Dienstag nach einer langen Debatte über Steuern "
      "den neuen Haushalt für Schulen und Krankenhäuser beschlossen.");
  EXPECT_LT(short_text.confidence, 0.5);
  EXPECT_EQ(long_text.code, "de");
  EXPECT_GT(long_text.confidence, short_text.confidence);
}

TEST(LanguageTest, MixedTextGoesByTheDominantScript) {
  // An English text quoting a Russian phrase and a Chinese name.
  const LanguageGuess g = DetectLanguage(
      "The minister said the talks were productive and that both sides would meet again "
      "next month. Reporters heard the phrase «всё будет хорошо» several times, and the "
      "delegation from 北京 left early.");
  EXPECT_EQ(g.code, "en");
  EXPECT_EQ(g.script, "Latin");
  EXPECT_LT(g.confidence, 1);
  EXPECT_GT(g.confidence, 0.5);
  // Japanese: Han with kana, even when Han characters outnumber kana.
  EXPECT_EQ(DetectLanguage("東京都議会は新年度予算案を可決した。").code, "ja");
  EXPECT_EQ(DetectLanguage("东京都议会通过了新年度预算案。").code, "zh");
}

TEST(LanguageTest, OnlyTheSampleIsRead) {
  // A long text is judged on its beginning, in bounded time.
  std::string text = "Le conseil municipal a approuvé mardi le nouveau budget des écoles. ";
  while (text.size() < 4 * kDetectionSampleBytes) text += "Ein langer deutscher Satz folgt. ";
  EXPECT_EQ(DetectLanguage(text).script, "Latin");
  // Cutting the sample never splits a character.
  std::string cjk;
  while (cjk.size() < kDetectionSampleBytes + 10) cjk += "政府";
  EXPECT_EQ(DetectLanguage(cjk).code, "zh");
}

TEST(LanguageTest, KnownLanguages) {
  const std::vector<std::string> codes = KnownLanguages();
  EXPECT_TRUE(std::is_sorted(codes.begin(), codes.end()));
  // The 20 most spoken languages are all known.
  for (const char* c : {"en", "zh", "hi", "es", "fr", "ar", "bn", "pt", "ru", "ur", "id",
                        "de", "ja", "sw", "mr", "te", "tr", "ta", "vi", "ko", "it", "fa"}) {
    EXPECT_TRUE(IsKnownLanguage(c)) << c;
  }
  for (const char* c : {"", "auto", "und", "xx", "EN", "en-US", "english"}) {
    EXPECT_FALSE(IsKnownLanguage(c)) << c;
  }
}

TEST(LanguageTest, StopwordListsOfTheMostSpokenLanguages) {
  // English uses the tokenizer's own list.
  EXPECT_EQ(StopwordsFor("en"), nullptr);
  int with_list = 0;
  for (const char* c : {"zh", "hi", "es", "fr", "ar", "bn", "pt", "ru", "ur", "id",
                        "de", "ja", "sw", "mr", "tr", "vi", "ko", "it", "fa", "gu"}) {
    const auto* words = StopwordsFor(c);
    ASSERT_NE(words, nullptr) << c;
    EXPECT_GT(words->size(), 20u) << c;
    ++with_list;
  }
  EXPECT_EQ(with_list, 20);
  EXPECT_TRUE(StopwordsFor("fr")->count("les"));
  EXPECT_TRUE(StopwordsFor("de")->count("und"));
  EXPECT_TRUE(StopwordsFor("ru")->count("и"));
  EXPECT_FALSE(StopwordsFor("fr")->count("hôpital"));
  EXPECT_EQ(StopwordsFor("xx"), nullptr);
}

std::vector<std::string> Terms(const char* language, std::string_view text) {
  Tokenizer tokenizer(language);
  std::vector<std::string> out;
  for (const Token& t : tokenizer.Tokenize(text)) {
    out.push_back(t.stopword ? "(" + t.term + ")" : t.term);
  }
  return out;
}

TEST(LanguageTokenizerTest, StemsAndStopwordsPerLanguage) {
  EXPECT_EQ(Terms("fr", "les hôpitaux et l'hôpital"),
            (std::vector<std::string>{"(les)", "hôpital", "(et)", "hôpital"}));
  EXPECT_EQ(Terms("de", "die Krankenhäuser und das Krankenhaus"),
            (std::vector<std::string>{"(die)", "krankenhaus", "(und)", "(das)", "krankenhaus"}));
  EXPECT_EQ(Terms("es", "los hospitales y el hospital"),
            (std::vector<std::string>{"(los)", "hospital", "(y)", "(el)", "hospital"}));
  EXPECT_EQ(Terms("ru", "новые больницы и новая больница"),
            (std::vector<std::string>{"нов", "больниц", "(и)", "нов", "больниц"}));
  // English keeps its own list and stemmer.
  EXPECT_EQ(Terms("en", "the hospitals"), (std::vector<std::string>{"(the)", "hospit"}));
  // A language without a stemmer or list: words folded, nothing marked.
  EXPECT_EQ(Terms("ka", "ახალი ზომები"), (std::vector<std::string>{"ახალი", "ზომები"}));
}

TEST(LanguageTokenizerTest, ElisionKeepsTheWord) {
  Tokenizer tokenizer("fr");
  const std::string text = "L’État et l'économie";
  const std::vector<Token> tokens = tokenizer.Tokenize(text);
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_EQ(text.substr(tokens[0].begin, tokens[0].end - tokens[0].begin), "État");
  EXPECT_TRUE(tokens[0].capitalized);
  EXPECT_EQ(text.substr(tokens[2].begin, tokens[2].end - tokens[2].begin), "économie");
  // English keeps "it's" whole.
  Tokenizer english;
  EXPECT_EQ(english.Tokenize("it's").size(), 1u);
}

TEST(LanguageTokenizerTest, UnsegmentedScriptsBecomeBigrams) {
  // Chinese: overlapping bigrams; a listed word ("我们") or two listed
  // characters ("们", "的") make a stopword.
  EXPECT_EQ(Terms("zh", "我们的图书馆"),
            (std::vector<std::string>{"(我们)", "(们的)", "的图", "图书", "书馆"}));
  // Japanese: bigrams of hiragana only are function words.
  const std::vector<std::string> ja = Terms("ja", "図書館があります");
  ASSERT_EQ(ja.size(), 7u);
  EXPECT_EQ(ja[0], "図書");
  EXPECT_EQ(ja[1], "書館");
  for (std::size_t i = 3; i < ja.size(); ++i) EXPECT_EQ(ja[i].front(), '(') << ja[i];
  // Thai: a letter keeps its vowel and tone marks (กิ, ข้).
  Tokenizer thai("th");
  const std::string text = "กินข้าว";
  const std::vector<Token> tokens = thai.Tokenize(text);
  ASSERT_EQ(tokens.size(), 4u);
  EXPECT_EQ(text.substr(tokens[0].begin, tokens[0].end - tokens[0].begin), "กิน");
  EXPECT_EQ(text.substr(tokens[1].begin, tokens[1].end - tokens[1].begin), "นข้");
  for (const Token& t : tokens) EXPECT_EQ(t.kind, TokenKind::kCjk);
  EXPECT_TRUE(UsesCharacterBigrams("th"));
  EXPECT_FALSE(UsesCharacterBigrams("ko"));
}

TEST(LanguageTokenizerTest, KoreanIsWords) {
  Tokenizer tokenizer("ko");
  const std::vector<Token> tokens = tokenizer.Tokenize("정부는 새로운 계획을 발표했다");
  ASSERT_EQ(tokens.size(), 4u);
  for (const Token& t : tokens) EXPECT_EQ(t.kind, TokenKind::kWord);
}

}  // namespace
}  // namespace internal
}  // namespace precis
