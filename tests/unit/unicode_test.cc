#include "text/unicode.h"

#include <gtest/gtest.h>

namespace precis {
namespace internal {
namespace {

std::string Repaired(std::string_view in, std::size_t* count = nullptr) {
  std::string out;
  std::vector<Repair> repairs;
  const std::size_t n = RepairUtf8(in, &out, &repairs);
  if (count != nullptr) *count = n;
  return out;
}

TEST(RepairUtf8Test, KeepsValidText) {
  EXPECT_EQ(Repaired("plain ascii"), "plain ascii");
  EXPECT_EQ(Repaired("caf\xC3\xA9 \xF0\x9F\x98\x80"), "caf\xC3\xA9 \xF0\x9F\x98\x80");
}

TEST(RepairUtf8Test, ReplacesInvalidSequences) {
  std::size_t n = 0;
  // Lone continuation byte, truncated sequence, overlong '/', surrogate.
  EXPECT_EQ(Repaired("a\x80"
                     "b",
                     &n),
            "a\xEF\xBF\xBD"
            "b");
  EXPECT_EQ(n, 1u);
  EXPECT_EQ(Repaired("a\xE2\x82", &n), "a\xEF\xBF\xBD");
  EXPECT_EQ(n, 1u);
  EXPECT_EQ(Repaired("\xC0\xAF", &n), "\xEF\xBF\xBD\xEF\xBF\xBD");
  EXPECT_EQ(n, 2u);
  EXPECT_EQ(Repaired("\xED\xA0\x80", &n), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
  EXPECT_EQ(Repaired("\xF4\x90\x80\x80", &n).size(), 12u);
}

TEST(RepairUtf8Test, ControlCharactersBecomeSpaces) {
  EXPECT_EQ(Repaired(std::string("a\0b\x01"
                                 "c\td\n",
                                 8)),
            "a b c\td\n");
}

TEST(RepairUtf8Test, MapsOffsetsBack) {
  std::string out;
  std::vector<Repair> repairs;
  RepairUtf8(
      "ab\xFF\xFE"
      "cd",
      &out, &repairs);
  ASSERT_EQ(out,
            "ab\xEF\xBF\xBD\xEF\xBF\xBD"
            "cd");
  EXPECT_EQ(RawOffset(repairs, 0), 0u);
  EXPECT_EQ(RawOffset(repairs, 2), 2u);
  EXPECT_EQ(RawOffset(repairs, 5), 3u);
  EXPECT_EQ(RawOffset(repairs, 8), 4u);
  EXPECT_EQ(RawOffset(repairs, 9), 5u);
}

TEST(UnicodeTest, ClassifiesCharacters) {
  EXPECT_TRUE(IsLetter(U'é'));
  EXPECT_TRUE(IsLetter(U'Ж'));
  EXPECT_TRUE(IsUpper(U'Ж'));
  EXPECT_TRUE(IsLower(U'ж'));
  EXPECT_TRUE(IsDigit(U'٣'));
  EXPECT_TRUE(IsSpace(U'\u00A0'));
  EXPECT_TRUE(IsSpace(U'\u3000'));
  EXPECT_TRUE(IsPunctuation(U'。'));
  EXPECT_TRUE(IsCjk(U'漢'));
  EXPECT_TRUE(IsCjk(U'。'));
  EXPECT_FALSE(IsCjk(U'a'));
}

TEST(UnicodeTest, FoldsCaseAndCompatibilityForms) {
  EXPECT_EQ(FoldCase("Hello WORLD"), "hello world");
  EXPECT_EQ(FoldCase("Straße"), "strasse");
  EXPECT_EQ(FoldCase("ＡＢＣ"), "abc");          // full-width forms
  EXPECT_EQ(FoldCase("e\xCC\x81"), "\xC3\xA9");  // NFC composition
}

TEST(UnicodeTest, CountsUtf16Units) {
  const std::string s = "a\xC3\xA9\xF0\x9F\x98\x80z";
  EXPECT_EQ(Utf16Length(s, 0, s.size()), 5u);
  Utf16Counter counter(s);
  EXPECT_EQ(counter.At(1), 1u);
  EXPECT_EQ(counter.At(3), 2u);
  EXPECT_EQ(counter.At(7), 4u);
  EXPECT_EQ(counter.At(0), 0u);
}

TEST(UnicodeTest, CollapsesSpace) {
  EXPECT_EQ(CollapseSpace("  a \n\t b\u00A0 c  "), "a b c");
  EXPECT_EQ(CollapseSpace(""), "");
}

TEST(UnicodeTest, CollapseSpaceDropsByteOrderMarksAndDirectionControls) {
  EXPECT_EQ(CollapseSpace("\uFEFFHello world."), "Hello world.");
  EXPECT_EQ(CollapseSpace("pay \u202Eusd 001\u202C now"), "pay usd 001 now");
  EXPECT_EQ(CollapseSpace("\u2067abc\u2069 def"), "abc def");
  // Marks that only nudge neutral characters stay.
  EXPECT_EQ(CollapseSpace("a\u200Fb"), "a\u200Fb");
}

}  // namespace
}  // namespace internal
}  // namespace precis
