#include "segment/sentence_splitter.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "test_util.h"
#include "text/unicode.h"

namespace precis {
namespace internal {
namespace {

std::vector<std::string> Texts(std::string_view text, const SplitOptions& options = {}) {
  std::vector<std::string> out;
  for (const SentenceUnit& u : SplitSentences(text, options)) {
    out.emplace_back(text.substr(u.begin, u.end - u.begin));
  }
  return out;
}

using Strings = std::vector<std::string>;

// The units of `text` split with the rules of `language`.
std::vector<std::string> InLanguage(std::string_view text, const char* language) {
  SplitOptions options;
  options.language = language;
  return Texts(text, options);
}

// Only white space (any Unicode space) and decoration in text[begin, end):
// escaped line breaks ("\\r\\n"), rules ("_____") and table-of-contents
// leaders with page numbers ("..... 16-17").
// No word of the text is lost between units.
void ExpectSpaceOnly(std::string_view text, std::size_t begin, std::size_t end) {
  for (std::size_t i = begin; i < end;) {
    const std::string_view rest = text.substr(i, end - i);
    if (rest.size() >= 2 && rest[0] == '\\' &&
        (rest[1] == 'r' || rest[1] == 'n' || rest[1] == 't')) {
      i += 2;
      continue;
    }
    if (std::string_view("._=/~#-0123456789").find(rest[0]) != std::string_view::npos) {
      ++i;
      continue;
    }
    char32_t c = 0;
    const int len = DecodeAt(text, i, &c);
    ASSERT_GT(len, 0);
    EXPECT_TRUE(IsSpace(c)) << "non-space U+" << std::hex << static_cast<unsigned>(c) << std::dec
                            << " in a gap at " << i;
    i += static_cast<std::size_t>(len);
  }
}

// Every unit is trimmed and non-empty, units are in order, and only white
// space lies between them: gap unit gap unit ... gap covers the input.
void ExpectCovers(std::string_view text, const std::vector<SentenceUnit>& units) {
  std::size_t pos = 0;
  for (const SentenceUnit& u : units) {
    ASSERT_LE(pos, u.begin);
    ASSERT_LT(u.begin, u.end);
    ASSERT_LE(u.end, text.size());
    ExpectSpaceOnly(text, pos, u.begin);
    char32_t first = 0;
    DecodeAt(text, u.begin, &first);
    EXPECT_FALSE(IsSpace(first)) << "unit not trimmed at " << u.begin;
    char32_t last = 0;
    DecodeAt(text, PrevCodePoint(text, u.end), &last);
    EXPECT_FALSE(IsSpace(last)) << "unit not trimmed at " << u.end;
    pos = u.end;
  }
  ExpectSpaceOnly(text, pos, text.size());
}

TEST(SentenceSplitterTest, EmptyAndWhitespaceInput) {
  EXPECT_TRUE(SplitSentences("").empty());
  EXPECT_TRUE(SplitSentences("   \n\t\r\n  \n").empty());
}

TEST(SentenceSplitterTest, PlainSentences) {
  EXPECT_EQ(Texts("Hello World. My name is Jonas."),
            (Strings{"Hello World.", "My name is Jonas."}));
  EXPECT_EQ(Texts("What is your name? My name is Jonas! Good."),
            (Strings{"What is your name?", "My name is Jonas!", "Good."}));
  EXPECT_EQ(Texts("Hello!! Long time no see. Hello?! Is that you?"),
            (Strings{"Hello!!", "Long time no see.", "Hello?!", "Is that you?"}));
}

TEST(SentenceSplitterTest, Abbreviations) {
  EXPECT_EQ(Texts("Dr. Smith met Gov. Jones and Mr. Brown on Jan. 5 at noon."),
            (Strings{"Dr. Smith met Gov. Jones and Mr. Brown on Jan. 5 at noon."}));
  EXPECT_EQ(Texts("They closed the deal with Pitt, Briggs & Co. at noon."),
            (Strings{"They closed the deal with Pitt, Briggs & Co. at noon."}));
  EXPECT_EQ(Texts("They closed the deal with Pitt, Briggs & Co. It closed yesterday."),
            (Strings{"They closed the deal with Pitt, Briggs & Co.", "It closed yesterday."}));
  EXPECT_EQ(Texts("Apple Inc. Chief Executive Tim Cook spoke."),
            (Strings{"Apple Inc. Chief Executive Tim Cook spoke."}));
  EXPECT_EQ(Texts("Bring apples, pears, etc. The rest is up to you."),
            (Strings{"Bring apples, pears, etc.", "The rest is up to you."}));
  EXPECT_EQ(Texts("Fruit, e.g. the apple, is healthy. Please turn to p. 55 now."),
            (Strings{"Fruit, e.g. the apple, is healthy.", "Please turn to p. 55 now."}));
}

TEST(SentenceSplitterTest, WordsThatLookLikeAbbreviations) {
  EXPECT_EQ(Texts("It rose four years ago. Young people were hit hardest."),
            (Strings{"It rose four years ago.", "Young people were hit hardest."}));
  EXPECT_EQ(Texts("It was a work of art. Critics loved it. See art. 4 of the law."),
            (Strings{"It was a work of art.", "Critics loved it.", "See art. 4 of the law."}));
  EXPECT_EQ(Texts("The stage is set. Players arrived late."),
            (Strings{"The stage is set.", "Players arrived late."}));
  EXPECT_EQ(Texts("The paper by Smith et al. was cited widely."),
            (Strings{"The paper by Smith et al. was cited widely."}));
}

TEST(SentenceSplitterTest, DottedAbbreviationsBeforeCapitals) {
  EXPECT_EQ(Texts("I work for the U.S. Government in Virginia."),
            (Strings{"I work for the U.S. Government in Virginia."}));
  EXPECT_EQ(Texts("Prices rose in the U.S. The president spoke."),
            (Strings{"Prices rose in the U.S.", "The president spoke."}));
  EXPECT_EQ(Texts("I live in the U.S. How about you?"),
            (Strings{"I live in the U.S.", "How about you?"}));
  EXPECT_EQ(Texts("I visited the U.S.A. last year."), (Strings{"I visited the U.S.A. last year."}));
  EXPECT_EQ(Texts("That is JFK Jr.'s book."), (Strings{"That is JFK Jr.'s book."}));
}

TEST(SentenceSplitterTest, WeekdayIsNoBlanketAbbreviation) {
  EXPECT_EQ(Texts("The rain stopped on Sun. The sky cleared."),
            (Strings{"The rain stopped on Sun.", "The sky cleared."}));
}

TEST(SentenceSplitterTest, Initials) {
  EXPECT_EQ(Texts("The Hobbit is by J. R. R. Tolkien. It sold well."),
            (Strings{"The Hobbit is by J. R. R. Tolkien.", "It sold well."}));
  EXPECT_EQ(Texts("My name is Jonas E. Smith."), (Strings{"My name is Jonas E. Smith."}));
  EXPECT_EQ(Texts("A. B. Smith came. C. D. Jones left."),
            (Strings{"A. B. Smith came.", "C. D. Jones left."}));
  EXPECT_EQ(Texts("We make a good team, you and I. Did you see Albert I. Jones yesterday?"),
            (Strings{"We make a good team, you and I.", "Did you see Albert I. Jones yesterday?"}));
}

TEST(SentenceSplitterTest, NumbersMoneyAndDecimals) {
  EXPECT_EQ(Texts("Revenue was $3.64 billion, up 3.5% on the year. Costs fell."),
            (Strings{"Revenue was $3.64 billion, up 3.5% on the year.", "Costs fell."}));
  EXPECT_EQ(Texts("She has $100.00. It is in her bag."),
            (Strings{"She has $100.00.", "It is in her bag."}));
  EXPECT_EQ(Texts("The toll rose to 12. Rescue teams kept digging."),
            (Strings{"The toll rose to 12.", "Rescue teams kept digging."}));
  EXPECT_EQ(Texts("Version 1.5.2 shipped in 2024. Users upgraded."),
            (Strings{"Version 1.5.2 shipped in 2024.", "Users upgraded."}));
  EXPECT_EQ(Texts("You can find it at N°. 1026.253.553. That is where the treasure is."),
            (Strings{"You can find it at N°. 1026.253.553.", "That is where the treasure is."}));
}

TEST(SentenceSplitterTest, FootnoteNumbers) {
  EXPECT_EQ(Texts("It creates a gap in a consultation.11 12 Take the common cold."),
            (Strings{"It creates a gap in a consultation.11 12", "Take the common cold."}));
  EXPECT_EQ(Texts("It is a sample from the Journal (1987).1 According to it, no."),
            (Strings{"It is a sample from the Journal (1987).1", "According to it, no."}));
  EXPECT_EQ(Texts("Version 2.10 This is no footnote."),
            (Strings{"Version 2.10 This is no footnote."}));
}

TEST(SentenceSplitterTest, UrlsAndEmails) {
  EXPECT_EQ(Texts("Her email is Jane.Doe@example.com. I sent her an email."),
            (Strings{"Her email is Jane.Doe@example.com.", "I sent her an email."}));
  EXPECT_EQ(Texts("The site is: https://www.example.50.com/new-site/awesome_content.html. "
                  "Please check it out."),
            (Strings{"The site is: https://www.example.50.com/new-site/awesome_content.html.",
                     "Please check it out."}));
}

TEST(SentenceSplitterTest, MissingSpaceAfterFullStop) {
  EXPECT_EQ(
      Texts("Hello world.Today is Tuesday.Mr. Smith bought 1,000.That is a lot."),
      (Strings{"Hello world.", "Today is Tuesday.", "Mr. Smith bought 1,000.", "That is a lot."}));
}

TEST(SentenceSplitterTest, Ellipses) {
  EXPECT_EQ(Texts("I never meant that.... She left the store."),
            (Strings{"I never meant that....", "She left the store."}));
  EXPECT_EQ(Texts("I wasn't really ... well, what I mean...see . . . what I'm saying."),
            (Strings{"I wasn't really ... well, what I mean...see . . . what I'm saying."}));
  EXPECT_EQ(Texts("\"Bohr [...] used the analogy [...]\" (Smith 55)."),
            (Strings{"\"Bohr [...] used the analogy [...]\" (Smith 55)."}));
  EXPECT_EQ(Texts("He waited… Nothing happened."), (Strings{"He waited…", "Nothing happened."}));
}

TEST(SentenceSplitterTest, ClosingQuotesAndBrackets) {
  EXPECT_EQ(Texts("He left.\" Then she came."), (Strings{"He left.\"", "Then she came."}));
  EXPECT_EQ(Texts("She turned to him, \"This is great.\" she said."),
            (Strings{"She turned to him, \"This is great.\" she said."}));
  EXPECT_EQ(Texts("She said, “It is done.” Nobody answered."),
            (Strings{"She said, “It is done.”", "Nobody answered."}));
  EXPECT_EQ(Texts("He teaches (He worked as an engineer.) at the University."),
            (Strings{"He teaches (He worked as an engineer.) at the University."}));
  EXPECT_EQ(Texts("(See the table.) The next part follows."),
            (Strings{"(See the table.)", "The next part follows."}));
}

TEST(SentenceSplitterTest, QuotationsStayWhole) {
  EXPECT_EQ(Texts("\"We are ready. It is time,\" he said. Then he left."),
            (Strings{"\"We are ready. It is time,\" he said.", "Then he left."}));
  EXPECT_EQ(Texts("“Dear, dear! How queer everything is!” She sat down."),
            (Strings{"“Dear, dear! How queer everything is!”", "She sat down."}));
  EXPECT_EQ(Texts("„Ich habe keine Zeit“, sagte sie: „Und keine Lust.“ Wir gehen."),
            (Strings{"„Ich habe keine Zeit“, sagte sie: „Und keine Lust.“", "Wir gehen."}));
  // A quoted passage continued over paragraphs without closing marks.
  EXPECT_EQ(Texts("He said: \"We are ready. \"We will win. \"Nothing stops us.\""),
            (Strings{"He said: \"We are ready.", "\"We will win.", "\"Nothing stops us.\""}));
  EXPECT_EQ(Texts("'Well!' thought Alice, 'after such a fall as this, I shall think "
                  "nothing of stairs! How brave they'll think me!' She went on."),
            (Strings{"'Well!' thought Alice, 'after such a fall as this, I shall think "
                     "nothing of stairs! How brave they'll think me!'",
                     "She went on."}));
  // An unbalanced quotation mark does not swallow the rest of the line.
  EXPECT_EQ(Texts("He said \"no. Then he left. Nobody followed."),
            (Strings{"He said \"no.", "Then he left.", "Nobody followed."}));
}

TEST(SentenceSplitterTest, AbbreviationsInOtherLanguages) {
  EXPECT_EQ(Texts("Wir brauchen Getränke, z. B. Wasser, Saft, Bier usw."),
            (Strings{"Wir brauchen Getränke, z. B. Wasser, Saft, Bier usw."}));
  EXPECT_EQ(Texts("Was geschah am 12. Juni? Wir trafen Dr. med. Meyer auf S. 225."),
            (Strings{"Was geschah am 12. Juni?", "Wir trafen Dr. med. Meyer auf S. 225."}));
  EXPECT_EQ(Texts("Die Information steht auf Seite 12. Dort kannst du nachlesen."),
            (Strings{"Die Information steht auf Seite 12.", "Dort kannst du nachlesen."}));
  EXPECT_EQ(Texts("Buenos días, soy el Lic. Naser Pastoriza. Sono l'Ing. Mengozzi."),
            (Strings{"Buenos días, soy el Lic. Naser Pastoriza.", "Sono l'Ing. Mengozzi."}));
  EXPECT_EQ(Texts("Д-р наук А. И. Семенов посещал г. Волгоград. Л.Н. Толстой писал."),
            (Strings{"Д-р наук А. И. Семенов посещал г. Волгоград.", "Л.Н. Толстой писал."}));
  EXPECT_EQ(Texts("Lad os spørge Jane og co. De burde vide det."),
            (Strings{"Lad os spørge Jane og co.", "De burde vide det."}));
}

TEST(SentenceSplitterTest, EllipsisOpeningASentence) {
  EXPECT_EQ(Texts("81 procent was raak. ...en toen barste de hel los."),
            (Strings{"81 procent was raak.", "...en toen barste de hel los."}));
  EXPECT_EQ(Texts("It was over. . . . The practice was not abandoned."),
            (Strings{"It was over.", ". . . The practice was not abandoned."}));
}

TEST(SentenceSplitterTest, HeadingsAndListItemsAreLineUnits) {
  const std::string text =
      "Trade talks resume\n"
      "Officials met on Monday. They agreed on a plan.\n"
      "Key points\n"
      "- tariffs cut\n"
      "- quotas lifted\n"
      "Conclusion:\n"
      "The deal holds.";
  const auto units = SplitSentences(text);
  ExpectCovers(text, units);
  ASSERT_EQ(Texts(text), (Strings{"Trade talks resume", "Officials met on Monday.",
                                  "They agreed on a plan.", "Key points", "- tariffs cut",
                                  "- quotas lifted", "Conclusion:", "The deal holds."}));
  const std::vector<bool> line_units = {true, false, false, true, true, true, true, false};
  for (std::size_t i = 0; i < units.size(); ++i) {
    EXPECT_EQ(units[i].line_unit, line_units[i]) << i;
    EXPECT_FALSE(units[i].truncated);
  }
}

TEST(SentenceSplitterTest, HeadingIsNeverGluedToNextParagraph) {
  EXPECT_EQ(Texts("Introduction\n\nthe study begins here."),
            (Strings{"Introduction", "the study begins here."}));
  EXPECT_EQ(Texts("features\ncontact manager\nevents, activities\n"),
            (Strings{"features", "contact manager", "events, activities"}));
}

TEST(SentenceSplitterTest, WrappedLinesContinue) {
  EXPECT_EQ(Texts("This is a sentence\ncut off in the middle because pdf."),
            (Strings{"This is a sentence\ncut off in the middle because pdf."}));
  EXPECT_EQ(Texts("It was a cold \nnight in the city."),
            (Strings{"It was a cold \nnight in the city."}));
  // A soft wrap (trailing space) after a lower-case word, into a capital.
  EXPECT_EQ(Texts("Tipps für eine problemlose \nSchwangerschaft und ein Baby."),
            (Strings{"Tipps für eine problemlose \nSchwangerschaft und ein Baby."}));
  // Not after a heading that ends in a no-break space.
  EXPECT_EQ(Texts("Easing tensions\u00a0 \nBiden moved quickly."),
            (Strings{"Easing tensions", "Biden moved quickly."}));
  // Not after a number or a colon, and never into a list item.
  EXPECT_EQ(Texts("Compliance Log – Volume 12 \nAttachment A"),
            (Strings{"Compliance Log – Volume 12", "Attachment A"}));
  EXPECT_EQ(Texts("Señores: \nEMBAJADA"), (Strings{"Señores:", "EMBAJADA"}));
  EXPECT_EQ(Texts("the shopping list for the week, \n- eggs"),
            (Strings{"the shopping list for the week,", "- eggs"}));
  // CJK lines are not joined.
  EXPECT_EQ(Texts("これは山です \nこれは山です"), (Strings{"これは山です", "これは山です"}));
}

TEST(SentenceSplitterTest, InlineLists) {
  EXPECT_EQ(Texts("1.) The first item 2.) The second item"),
            (Strings{"1.) The first item", "2.) The second item"}));
  EXPECT_EQ(Texts("1. The first item. 2. The second item."),
            (Strings{"1. The first item.", "2. The second item."}));
  EXPECT_EQ(Texts("1) The first item 2) The second item"),
            (Strings{"1) The first item", "2) The second item"}));
  EXPECT_EQ(Texts("• 9. The first item • 10. The second item"),
            (Strings{"• 9. The first item", "• 10. The second item"}));
  EXPECT_EQ(Texts("a. The first item b. The second item c. The third list item"),
            (Strings{"a. The first item", "b. The second item", "c. The third list item"}));
  EXPECT_EQ(Texts("1. Buy milk.\n2. Call Dr. Smith."),
            (Strings{"1. Buy milk.", "2. Call Dr. Smith."}));
  EXPECT_EQ(Texts("(a) Hello world. (b) Hello world. (c) Hi."),
            (Strings{"(a) Hello world.", "(b) Hello world.", "(c) Hi."}));
  EXPECT_EQ(Texts("His name is Mark E. Smith. a. here it is b. another"),
            (Strings{"His name is Mark E. Smith.", "a. here it is", "b. another"}));
  EXPECT_EQ(Texts("2. The second item. • 9. The first item • 10. The second item ⁃9. Third"),
            (Strings{"2. The second item.", "• 9. The first item", "• 10. The second item",
                     "⁃9. Third"}));
  EXPECT_EQ(Texts("1.) The first item 2.) The second item 1.) Again"),
            (Strings{"1.) The first item", "2.) The second item", "1.) Again"}));
}

TEST(SentenceSplitterTest, CjkFullStops) {
  EXPECT_EQ(Texts("これはペンです。それはマーカーです。"),
            (Strings{"これはペンです。", "それはマーカーです。"}));
  EXPECT_EQ(Texts("我们明天一起去看《摔跤吧！爸爸》好吗？好！"),
            (Strings{"我们明天一起去看《摔跤吧！爸爸》好吗？", "好！"}));
  EXPECT_EQ(Texts("價格是３．２９％。下一句。"), (Strings{"價格是３．２９％。", "下一句。"}));
}

TEST(SentenceSplitterTest, CjkLineWraps) {
  // Japanese: a line that breaks after a particle or a comma continues.
  EXPECT_EQ(InLanguage("これは父の\n家です。", "ja"), (Strings{"これは父の\n家です。"}));
  EXPECT_EQ(InLanguage("東京では、\n雨が降りました。", "ja"),
            (Strings{"東京では、\n雨が降りました。"}));
  // A heading (no particle at its end) stays apart; so does any line of
  // unknown language.
  EXPECT_EQ(InLanguage("東京の天気\n今日は晴れです。", "ja"),
            (Strings{"東京の天気", "今日は晴れです。"}));
  EXPECT_EQ(Texts("これは父の\n家です。"), (Strings{"これは父の", "家です。"}));
  // Chinese: after a comma.
  EXPECT_EQ(InLanguage("我们明天，\n一起去。", "zh"), (Strings{"我们明天，\n一起去。"}));
}

TEST(SentenceSplitterTest, OtherScriptsTerminators) {
  EXPECT_EQ(Texts("सच्चाई यह है कि इसे कोई नहीं जानता। हो सकता है।"),
            (Strings{"सच्चाई यह है कि इसे कोई नहीं जानता।", "हो सकता है।"}));
  EXPECT_EQ(Texts("ماذا حدث؟ طرح الكثير من التساؤلات."),
            (Strings{"ماذا حدث؟", "طرح الكثير من التساؤلات."}));
  EXPECT_EQ(Texts("سؤال وجواب: ماذا حدث؟"), (Strings{"سؤال وجواب:", "ماذا حدث؟"}));
  EXPECT_EQ(Texts("Πού είναι; Τις Κυριακές δε δούλευε."),
            (Strings{"Πού είναι;", "Τις Κυριακές δε δούλευε."}));
  EXPECT_EQ(Texts("Ի՞նչ ես մտածում: Ոչինչ:"), (Strings{"Ի՞նչ ես մտածում:", "Ոչինչ:"}));
  EXPECT_EQ(Texts("Բարև ձեզ։ Ես գնում եմ։"), (Strings{"Բարև ձեզ։", "Ես գնում եմ։"}));
  EXPECT_EQ(Texts("እንደምን አለህ፧መልካም ቀን ይሁንልህ።"), (Strings{"እንደምን አለህ፧", "መልካም ቀን ይሁንልህ።"}));
  EXPECT_EQ(Texts("کیا حال ہے؟ میں ٹھیک ہوں۔ شکریہ۔"),
            (Strings{"کیا حال ہے؟", "میں ٹھیک ہوں۔", "شکریہ۔"}));
  EXPECT_EQ(Texts("မင်္ဂလာပါ။ နေကောင်းလား။"), (Strings{"မင်္ဂလာပါ။", "နေကောင်းလား။"}));
}

TEST(SentenceSplitterTest, UnknownLanguageUsesSharedRules) {
  const std::string text = "Mieszkam przy ul. Marszałkowskiej. To daleko.";
  EXPECT_EQ(InLanguage(text, "xx"), Texts(text));
  EXPECT_EQ(InLanguage(text, ""), Texts(text));
  // Codes are case-insensitive and may carry a region.
  EXPECT_EQ(InLanguage(text, "PL-pl"), InLanguage(text, "pl"));
}

TEST(SentenceSplitterTest, LanguageAbbreviations) {
  // Polish "ul." (street) before a name.
  EXPECT_EQ(Texts("Mieszkam przy ul. Marszałkowskiej. To daleko."),
            (Strings{"Mieszkam przy ul.", "Marszałkowskiej.", "To daleko."}));
  EXPECT_EQ(InLanguage("Mieszkam przy ul. Marszałkowskiej. To daleko.", "pl"),
            (Strings{"Mieszkam przy ul. Marszałkowskiej.", "To daleko."}));
  // Greek title "Δρ." before a name.
  EXPECT_EQ(InLanguage("Ο Δρ. Παπαδόπουλος ήρθε. Ήταν αργά.", "el"),
            (Strings{"Ο Δρ. Παπαδόπουλος ήρθε.", "Ήταν αργά."}));
  // Hindi "डॉ." (Dr.) before a name.
  EXPECT_EQ(InLanguage("कल डॉ. शर्मा आए। वे खुश थे।", "hi"), (Strings{"कल डॉ. शर्मा आए।", "वे खुश थे।"}));
  // Danish "jf." (compare) and "bl.a." (among others) never end a sentence.
  EXPECT_EQ(InLanguage("Se reglerne, jf. Lov om skat. Det er klart.", "da"),
            (Strings{"Se reglerne, jf. Lov om skat.", "Det er klart."}));
  // Russian "и т.д." (and so on) and German "o.ä." end sentences too; "Max."
  // is a name.
  EXPECT_EQ(InLanguage("Яблоки, груши и т.д. Потом мы ушли.", "ru"),
            (Strings{"Яблоки, груши и т.д.", "Потом мы ушли."}));
  EXPECT_EQ(InLanguage("Bücher, Hefte o.ä. Dann gingen wir. Ich traf Max. Er lachte.", "de"),
            (Strings{"Bücher, Hefte o.ä.", "Dann gingen wir.", "Ich traf Max.", "Er lachte."}));
  // Dutch "enz." may end one before a capitalised sentence start.
  EXPECT_EQ(InLanguage("Appels, peren enz. De rest komt later.", "nl"),
            (Strings{"Appels, peren enz.", "De rest komt later."}));
}

TEST(SentenceSplitterTest, OrdinalNumbers) {
  EXPECT_EQ(InLanguage("Vi ses den 3. oktober i København. Det bliver godt.", "da"),
            (Strings{"Vi ses den 3. oktober i København.", "Det bliver godt."}));
  EXPECT_EQ(InLanguage("Er kam am 3. Oktober. Im 19. Jahrhundert war das anders.", "de"),
            (Strings{"Er kam am 3. Oktober.", "Im 19. Jahrhundert war das anders."}));
  EXPECT_EQ(InLanguage("Die Zahl der Toten stieg auf 12. Die Suche geht weiter.", "de"),
            (Strings{"Die Zahl der Toten stieg auf 12.", "Die Suche geht weiter."}));
}

TEST(SentenceSplitterTest, ArabicCommaEndsNoSentence) {
  const std::string text = "عثر على أدوية الضغط، والقلب، زرعها عملاء، وقرر الطبيب ذلك";
  EXPECT_EQ(InLanguage(text, "ar"), (Strings{text}));
  EXPECT_EQ(Texts(text), (Strings{text}));
}

TEST(SentenceSplitterTest, ArabicColonEndsOnlyALabel) {
  // "He added:" introduces speech, in running text as at the start of a line.
  const std::string added = "وصل الوزير إلى المدينة. وأضاف: نحن مستعدون للحوار.";
  EXPECT_EQ(InLanguage(added, "ar"),
            (Strings{"وصل الوزير إلى المدينة.", "وأضاف: نحن مستعدون للحوار."}));
  const std::string said = "وقال الوزير: نحن مستعدون للحوار.";
  EXPECT_EQ(InLanguage(said, "ar"), (Strings{said}));
  // A label at the start of a line ("Q&A:") stands apart.
  EXPECT_EQ(InLanguage("سؤال وجواب: ماذا حدث بعد الانتخابات؟", "ar"),
            (Strings{"سؤال وجواب:", "ماذا حدث بعد الانتخابات؟"}));
}

TEST(SentenceSplitterTest, OpeningPhraseOfTimeIsNoSentence) {
  EXPECT_EQ(
      Texts("At 5 a.m. Mr. Smith went to the bank. He left at 6 P.M. Mr. Smith then went home."),
      (Strings{"At 5 a.m. Mr. Smith went to the bank.", "He left at 6 P.M.",
               "Mr. Smith then went home."}));
  EXPECT_EQ(Texts("Left at 6 a.m. Travelers waited."),
            (Strings{"Left at 6 a.m.", "Travelers waited."}));
}

TEST(SentenceSplitterTest, ClosingQuoteGluedToTheNextSentence) {
  EXPECT_EQ(Texts("\"Time should not be wasted.\"Life is short, she said."),
            (Strings{"\"Time should not be wasted.\"", "Life is short, she said."}));
  EXPECT_EQ(Texts("She said it was wasted.\"Life is short,\" she added."),
            (Strings{"She said it was wasted.", "\"Life is short,\" she added."}));
  EXPECT_EQ(Texts("\u201cIt was over!\u201d\u201cNot yet,\u201d he said."),
            (Strings{"\u201cIt was over!\u201d", "\u201cNot yet,\u201d he said."}));
  EXPECT_EQ(Texts("He left.\u201cGood,\u201d she said."),
            (Strings{"He left.", "\u201cGood,\u201d she said."}));
  EXPECT_EQ(InLanguage("\u201eEs ist vorbei.\u201cDann ging er.", "de"),
            (Strings{"\u201eEs ist vorbei.\u201c", "Dann ging er."}));
  // Abbreviations, and a lower-case word after the mark, go on.
  const std::string army = "He joined the \"U.S.\"Army and left.";
  EXPECT_EQ(Texts(army), (Strings{army}));
  const std::string lower = "\"It is done.\"said nobody.";
  EXPECT_EQ(Texts(lower), (Strings{lower}));
}

TEST(SentenceSplitterTest, GreekLowerCaseStart) {
  const std::string text = "Τις Κυριακές δε δούλευε κανένας. το κόστος ήταν £260.950,00.";
  EXPECT_EQ(InLanguage(text, "el"),
            (Strings{"Τις Κυριακές δε δούλευε κανένας.", "το κόστος ήταν £260.950,00."}));
  EXPECT_EQ(Texts(text), (Strings{text}));
  // Not after an abbreviation or an initial.
  EXPECT_EQ(InLanguage("Φρούτα, π.χ. μήλα και κλπ. κάτι άλλο. Ο κ. Νίκος ήρθε.", "el"),
            (Strings{"Φρούτα, π.χ. μήλα και κλπ. κάτι άλλο.", "Ο κ. Νίκος ήρθε."}));
}

TEST(SentenceSplitterTest, KazakhQuestionBeforeLowerCase) {
  EXPECT_EQ(InLanguage("Ауыл шаруашылығы – кім? не?", "kk"),
            (Strings{"Ауыл шаруашылығы – кім?", "не?"}));
  // The speaker after a dash belongs to the sentence.
  EXPECT_EQ(InLanguage("Бірақ оның енді не керегі бар? — деді.", "kk"),
            (Strings{"Бірақ оның енді не керегі бар? — деді."}));
  // Other languages: "Yahoo! in the department".
  EXPECT_EQ(Texts("She works at Yahoo! in the accounting department."),
            (Strings{"She works at Yahoo! in the accounting department."}));
}

TEST(SentenceSplitterTest, TerminatorsInsideBrackets) {
  EXPECT_EQ(Texts("[15:  12:32]  [16:  firma? 13:28]"),
            (Strings{"[15:  12:32]  [16:  firma? 13:28]"}));
  EXPECT_EQ(Texts("(«Айқын», 23 сəуір 2010 жыл. № 70). Келесі сөйлем."),
            (Strings{"(«Айқын», 23 сəуір 2010 жыл. № 70).", "Келесі сөйлем."}));
  // A bracket that ends with its sentence still ends it.
  EXPECT_EQ(Texts("It rained. (Nobody came.) The end."),
            (Strings{"It rained.", "(Nobody came.)", "The end."}));
  // An unclosed bracket does not hide the full stops after it.
  EXPECT_EQ(Texts("Open (one. Two. Three."), (Strings{"Open (one.", "Two.", "Three."}));
}

TEST(SentenceSplitterTest, AsideAfterEmbeddedQuotation) {
  EXPECT_EQ(Texts("'Well!' thought Alice, 'after such a fall I shall think nothing of "
                  "stairs!' (Which was very likely true.) She fell on."),
            (Strings{"'Well!' thought Alice, 'after such a fall I shall think nothing of "
                     "stairs!' (Which was very likely true.)",
                     "She fell on."}));
  // After a quotation that is a sentence of its own, the bracket starts one.
  EXPECT_EQ(
      Texts("\"Dinah'll miss me, I should think!\" (Dinah was the cat.) \"I hope so.\""),
      (Strings{"\"Dinah'll miss me, I should think!\"", "(Dinah was the cat.)", "\"I hope so.\""}));
}

TEST(SentenceSplitterTest, RomanNumeralAfterMissingSpace) {
  EXPECT_EQ(Texts("Hello world.I dag is Tuesday."), (Strings{"Hello world.", "I dag is Tuesday."}));
  EXPECT_EQ(Texts("Ресейдiң жағдайы.XVIII ғасырдың бiрiншi ширегi."),
            (Strings{"Ресейдiң жағдайы.", "XVIII ғасырдың бiрiншi ширегi."}));
  // Not after a capitalised word or inside a name.
  EXPECT_EQ(Texts("See Annex.II for details. Chapter.X is short."),
            (Strings{"See Annex.II for details.", "Chapter.X is short."}));
}

TEST(SentenceSplitterTest, ListStartingAfterASentence) {
  EXPECT_EQ(Texts("They went to the store. w) hello x) hello y) hello"),
            (Strings{"They went to the store.", "w) hello", "x) hello", "y) hello"}));
  // A lone letter with a bracket is no list.
  EXPECT_EQ(Texts("They went to the store. w) it was closed."),
            (Strings{"They went to the store. w) it was closed."}));
}

TEST(SentenceSplitterTest, VerseSlashContinuesQuotation) {
  EXPECT_EQ(Texts("Frase: \"como la ave solitaria / con el cantar se consuela. / [...] \"."),
            (Strings{"Frase: \"como la ave solitaria / con el cantar se consuela. / [...] \"."}));
}

TEST(SentenceSplitterTest, SoftWrapAfterCapitalisedWordOrDash) {
  EXPECT_EQ(Texts("me permito presentar a la Ingeniera LAURA LEÓN \nSANDOVAL, de Bogotá."),
            (Strings{"me permito presentar a la Ingeniera LAURA LEÓN \nSANDOVAL, de Bogotá."}));
  EXPECT_EQ(Texts("un intercambio cultural en Bangalore – \nIndia."),
            (Strings{"un intercambio cultural en Bangalore – \nIndia."}));
  // A short heading or one without lower-case words stays apart.
  EXPECT_EQ(Texts("THE ANNUAL REPORT FOR \nThe year was good."),
            (Strings{"THE ANNUAL REPORT FOR", "The year was good."}));
  EXPECT_EQ(Texts("Report by AFP \nThe year was good."),
            (Strings{"Report by AFP", "The year was good."}));
}

TEST(SentenceSplitterTest, DecorationAtUnitEdges) {
  // Markup is text: kept verbatim.
  EXPECT_EQ(Texts("<p>This is a test. Another test.</p>"),
            (Strings{"<p>This is a test.", "Another test.</p>"}));
  EXPECT_EQ(Texts("<b></b>"), (Strings{"<b></b>"}));
  EXPECT_EQ(Texts("Hello World. \\r\\n Hello."), (Strings{"Hello World.", "Hello."}));
  EXPECT_EQ(Texts("__________\nThe Board meets today.\n=========="),
            (Strings{"The Board meets today."}));
  const std::string toc =
      "  About Me..........................5\n  Chapter 2 ............. 6\n"
      "  How To Calculate the Score................... 16-17\n";
  ExpectCovers(toc, SplitSentences(toc));
  EXPECT_EQ(Texts(toc), (Strings{"About Me", "Chapter 2", "How To Calculate the Score"}));
  // Text that only looks like it stays: comparisons, short rules, ellipses
  // before a number, a backslash in a path.
  EXPECT_EQ(Texts("If a < b and c > d then stop."), (Strings{"If a < b and c > d then stop."}));
  EXPECT_EQ(Texts("Score -- 5"), (Strings{"Score -- 5"}));
  EXPECT_EQ(Texts("It went up... 5"), (Strings{"It went up... 5"}));
  EXPECT_EQ(Texts("Open C:\\new\\n"), (Strings{"Open C:\\new\\n"}));
}

TEST(SentenceSplitterTest, TokenizedText) {
  EXPECT_EQ(Texts("he said . The next day he left ."),
            (Strings{"he said .", "The next day he left ."}));
  EXPECT_EQ(Texts("`` Hello , '' he said . `` Good . '' Then he left ."),
            (Strings{"`` Hello , '' he said .", "`` Good . ''", "Then he left ."}));
  EXPECT_EQ(Texts("'It is a formal offer . ' Muto , who graduated , left ."),
            (Strings{"'It is a formal offer . '", "Muto , who graduated , left ."}));
  EXPECT_EQ(Texts("`` Where ? '' he asked . Did you know ? Muto left ."),
            (Strings{"`` Where ? '' he asked .", "Did you know ?", "Muto left ."}));
  EXPECT_EQ(Texts("the u.s. economy grew . the next day stocks fell ."),
            (Strings{"the u.s. economy grew .", "the next day stocks fell ."}));
  EXPECT_EQ(Texts("It was in the U.S. . Then he left ."),
            (Strings{"It was in the U.S. .", "Then he left ."}));
}

TEST(SentenceSplitterTest, OffsetsCoverTheInput) {
  const std::string text =
      "  Title line  \r\n\r\nFirst sentence. Second one!   Third?\n"
      "\t- item\n\nLast paragraph here.  ";
  const auto units = SplitSentences(text);
  ExpectCovers(text, units);
  EXPECT_EQ(Texts(text), (Strings{"Title line", "First sentence.", "Second one!", "Third?",
                                  "- item", "Last paragraph here."}));
}

TEST(SentenceSplitterTest, ParagraphAndLineNumbers) {
  const std::string text =
      "Heading\n"    // line 0, paragraph 0 (line unit)
      "One. Two.\n"  // line 1, paragraph 0 (after a heading)
      "Three.\n"     // line 2, paragraph 1 (after a sentence end)
      "\n"           // line 3
      "Four\n"       // line 4, paragraph 2 (blank line)
      "\r\n"         // line 5
      "Five.";       // line 6, paragraph 3
  const auto units = SplitSentences(text);
  ASSERT_EQ(units.size(), 6u);
  const int lines[] = {0, 1, 1, 2, 4, 6};
  const int paragraphs[] = {0, 0, 0, 1, 2, 3};
  for (std::size_t i = 0; i < units.size(); ++i) {
    EXPECT_EQ(units[i].line, lines[i]) << i;
    EXPECT_EQ(units[i].paragraph, paragraphs[i]) << i;
  }
}

TEST(SentenceSplitterTest, LongUnitIsCutAtSpace) {
  std::string text;
  for (int i = 0; i < 200; ++i) text += "word" + std::to_string(i) + " ";
  text += "end";
  SplitOptions options;
  options.max_unit_bytes = 100;
  const auto units = SplitSentences(text, options);
  ExpectCovers(text, units);
  ASSERT_GT(units.size(), 10u);
  for (const SentenceUnit& u : units) {
    EXPECT_TRUE(u.truncated);
    EXPECT_FALSE(u.line_unit);
    EXPECT_LE(u.end - u.begin, 100u);
    // Cut at spaces: no word is split.
    EXPECT_TRUE(u.end == text.size() || text[u.end] == ' ');
  }
}

TEST(SentenceSplitterTest, LongUnitWithoutSpaceIsCutAtCharacterBoundary) {
  std::string text;
  for (int i = 0; i < 1000; ++i) text += "é€";  // 2 + 3 bytes
  SplitOptions options;
  options.max_unit_bytes = 64;
  const auto units = SplitSentences(text, options);
  ExpectCovers(text, units);
  std::size_t total = 0;
  for (const SentenceUnit& u : units) {
    EXPECT_TRUE(u.truncated);
    EXPECT_LE(u.end - u.begin, 64u);
    EXPECT_NE(static_cast<unsigned char>(text[u.begin]) & 0xC0, 0x80u);
    EXPECT_TRUE(u.end == text.size() || (static_cast<unsigned char>(text[u.end]) & 0xC0) != 0x80);
    total += u.end - u.begin;
  }
  EXPECT_EQ(total, text.size());
}

TEST(SentenceSplitterTest, ShortSentencesAreNotTruncated) {
  const auto units = SplitSentences("A short one. Another.");
  ASSERT_EQ(units.size(), 2u);
  EXPECT_FALSE(units[0].truncated);
  EXPECT_FALSE(units[1].truncated);
}

TEST(SentenceSplitterTest, MegabyteLineIsFast) {
  std::string text;
  text.reserve(1u << 20);
  while (text.size() < (1u << 20)) text += "lorem ipsum dolor sit amet ";
  const auto start = std::chrono::steady_clock::now();
  const auto units = SplitSentences(text);  // default limit: 3000 bytes
  const auto elapsed = std::chrono::steady_clock::now() - start;
  ASSERT_GT(units.size(), 300u);
  for (const SentenceUnit& u : units) EXPECT_LE(u.end - u.begin, 3000u);
  EXPECT_LT(std::chrono::duration_cast<std::chrono::milliseconds>(elapsed).count(), 2000);
}

TEST(SentenceSplitterTest, PathologicalInputsStayLinear) {
  // Long runs of dots, closers, spaces and single letters: no quadratic
  // look-back or look-ahead.
  const std::string runs[] = {std::string(300000, '.'),
                              std::string(300000, ')'),
                              std::string(300000, ' ') + "x.",
                              [] {
                                std::string s;
                                for (int i = 0; i < 100000; ++i) s += "A. ";
                                return s;
                              }(),
                              [] {
                                std::string s;
                                for (int i = 0; i < 100000; ++i) s += ". ";
                                return s;
                              }(),
                              std::string(300000, '(') + "a. B",
                              std::string(300000, '['),
                              [] {
                                std::string s;
                                for (int i = 0; i < 50000; ++i) s += "(a. b? ";
                                return s;
                              }(),
                              [] {
                                std::string s;
                                for (int i = 0; i < 50000; ++i) s += "w) x. ";
                                return s;
                              }(),
                              [] {
                                std::string s;
                                for (int i = 0; i < 50000; ++i) s += "كلمة، ";
                                return s;
                              }(),
                              std::string(300000, '_') + "\n" + std::string(300000, '.') + "5",
                              [] {
                                std::string s;
                                for (int i = 0; i < 100000; ++i) s += "\\r";
                                return s + "x";
                              }()};
  for (const std::string& text : runs) {
    SplitOptions options;
    options.language = "ar";
    const auto start = std::chrono::steady_clock::now();
    const auto units = SplitSentences(text, options);
    const auto elapsed = std::chrono::steady_clock::now() - start;
    ExpectCovers(text, units);
    EXPECT_LT(std::chrono::duration_cast<std::chrono::milliseconds>(elapsed).count(), 2000);
  }
}

// Random text from tricky pieces: the invariants hold for every input.
TEST(SentenceSplitterTest, RandomInputsKeepInvariants) {
  const char* pieces[] = {
      ".",   "!",   "?",      "...",    ". . .",   "…",   "\"",  "'",   "“",        "”",
      "„",   "‘",   "’",      "(",      ")",       "[",   "]",   "[1]", "`` ",      " ''",
      " ",   "  ",  "\n",     "\r\n",   "\n\n",    "\t",  "a",   "The", "word",     "Mr",
      "U.S", "e.g", "J",      "I",      "1",       "12",  "3.5", "a)",  "1.",       "(b)",
      "• ",  "- ",  "。",     "！",     "「",      "」",  "《",  "》",  "؟",        "।",
      ":",   ";",   ",",      "--",     "—",       "é",   "€",   "😀",   "\xC2\xA0", "www",
      "@",   "/",   "Straße", "Ի",      "Π",       "А.",  "،",   "κ.",  "το",       "кім",
      "w)",  "x)",  "_____",  "\\r\\n", "..... 5", "ul.", "[",   "(",   "X"};
  const std::size_t n_pieces = sizeof(pieces) / sizeof(pieces[0]);
  std::uint32_t seed = 12345;
  auto next = [&seed]() {
    seed = seed * 1664525u + 1013904223u;
    return seed >> 8;
  };
  for (int iteration = 0; iteration < 3000; ++iteration) {
    std::string text;
    const std::size_t count = next() % 60;
    for (std::size_t i = 0; i < count; ++i) text += pieces[next() % n_pieces];
    SplitOptions options;
    options.max_unit_bytes = (iteration % 3 == 0) ? 3000 : 1 + next() % 40;
    const char* languages[] = {"", "en", "ar", "el", "kk", "pl", "de", "ja", "zz-ZZ"};
    options.language = languages[iteration % 9];
    const auto units = SplitSentences(text, options);
    ExpectCovers(text, units);
    int last_paragraph = 0;
    int last_line = 0;
    for (const SentenceUnit& u : units) {
      EXPECT_LE(u.end - u.begin, std::max<std::size_t>(options.max_unit_bytes, 4));
      EXPECT_GE(u.paragraph, last_paragraph);
      EXPECT_GE(u.line, last_line);
      last_paragraph = u.paragraph;
      last_line = u.line;
      if (u.truncated) {
        EXPECT_FALSE(u.line_unit);
      }
    }
    if (HasFailure()) {
      ADD_FAILURE() << "input: " << nlohmann::json(text).dump() << " max_unit_bytes "
                    << options.max_unit_bytes << " language " << options.language;
      break;
    }
  }
}

// The English Golden Rules of the pragmatic_segmenter gold set (shared data).
TEST(SentenceSplitterTest, EnglishGoldenRules) {
  PRECIS_REQUIRE_SHARED_DATA(path, "pragmatic_segmenter_gold.jsonl");
  std::ifstream in(path);
  ASSERT_TRUE(in);
  int cases = 0;
  int passed = 0;
  std::string line;
  while (std::getline(in, line)) {
    const nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || j.value("lang", "") != "en" || !j.value("golden_rule", false) ||
        !j.value("sentences_are_ordered_substrings", true)) {
      continue;
    }
    const std::string text = j["text"].get<std::string>();
    Strings gold;
    for (const auto& s : j["sentences"]) {
      std::string g = CollapseSpace(s.get<std::string>());
      if (!g.empty()) gold.push_back(g);
    }
    Strings ours;
    for (const std::string& s : Texts(text)) ours.push_back(CollapseSpace(s));
    ++cases;
    if (ours == gold) {
      ++passed;
    } else {
      std::string got;
      for (const auto& s : ours) got += "[" + s + "] ";
      std::cout << "golden rule failed: " << j.value("test_name", "") << ": " << got << "\n";
    }
  }
  ASSERT_GE(cases, 50);
  EXPECT_GE(static_cast<double>(passed) / cases, 0.95) << passed << "/" << cases;
}

}  // namespace
}  // namespace internal
}  // namespace precis
