// The core's generated Unicode tables (text/unicode.cc) against utf8proc,
// whose data they are made from: every code point's classes, lower-case
// map and case folding, and case folding of sequences where reordering and
// composition happen. Native only: the WebAssembly build has no utf8proc.
#ifndef __EMSCRIPTEN__

#include <gtest/gtest.h>
#include <utf8proc.h>

#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include "text/unicode.h"

namespace precis {
namespace internal {
namespace {

constexpr char32_t kCodePoints = 0x110000;

bool IsSurrogate(char32_t cp) { return cp >= 0xD800 && cp <= 0xDFFF; }

utf8proc_category_t Category(char32_t cp) {
  return utf8proc_category(static_cast<utf8proc_int32_t>(cp));
}

bool In(char32_t cp, std::initializer_list<utf8proc_category_t> cats) {
  for (utf8proc_category_t c : cats) {
    if (Category(cp) == c) return true;
  }
  return false;
}

// utf8proc_map with the options FoldCase documents.
std::string Utf8procFold(const std::string& s) {
  utf8proc_uint8_t* folded = nullptr;
  const utf8proc_ssize_t n = utf8proc_map(
      reinterpret_cast<const utf8proc_uint8_t*>(s.data()), static_cast<utf8proc_ssize_t>(s.size()),
      &folded,
      static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT |
                                     UTF8PROC_CASEFOLD | UTF8PROC_IGNORE));
  if (n < 0 || folded == nullptr) return s;
  std::string out(reinterpret_cast<char*>(folded), static_cast<std::size_t>(n));
  std::free(folded);
  return out;
}

std::string Encode(const std::vector<char32_t>& cps) {
  std::string s;
  for (char32_t cp : cps) AppendUtf8(cp, &s);
  return s;
}

TEST(UnicodeDataTest, ClassesOfEveryCodePoint) {
  for (char32_t cp = 0x80; cp < kCodePoints; ++cp) {
    const bool letter = In(cp, {UTF8PROC_CATEGORY_LU, UTF8PROC_CATEGORY_LL, UTF8PROC_CATEGORY_LT,
                                UTF8PROC_CATEGORY_LM, UTF8PROC_CATEGORY_LO});
    const bool mark = In(cp, {UTF8PROC_CATEGORY_MN, UTF8PROC_CATEGORY_MC, UTF8PROC_CATEGORY_ME});
    ASSERT_EQ(IsLetter(cp), letter) << std::hex << cp;
    ASSERT_EQ(IsUpper(cp), In(cp, {UTF8PROC_CATEGORY_LU, UTF8PROC_CATEGORY_LT})) << std::hex << cp;
    ASSERT_EQ(IsLower(cp), In(cp, {UTF8PROC_CATEGORY_LL})) << std::hex << cp;
    ASSERT_EQ(IsDigit(cp), In(cp, {UTF8PROC_CATEGORY_ND})) << std::hex << cp;
    ASSERT_EQ(IsMark(cp), cp >= 0x300 && mark) << std::hex << cp;
    ASSERT_EQ(IsAlnum(cp),
              letter || (cp >= 0x300 && mark) ||
                  In(cp, {UTF8PROC_CATEGORY_ND, UTF8PROC_CATEGORY_NL, UTF8PROC_CATEGORY_NO}))
        << std::hex << cp;
    ASSERT_EQ(IsSpace(cp), cp == 0x85 || In(cp, {UTF8PROC_CATEGORY_ZS, UTF8PROC_CATEGORY_ZL,
                                                 UTF8PROC_CATEGORY_ZP}))
        << std::hex << cp;
    ASSERT_EQ(IsPunctuation(cp),
              In(cp, {UTF8PROC_CATEGORY_PC, UTF8PROC_CATEGORY_PD, UTF8PROC_CATEGORY_PS,
                      UTF8PROC_CATEGORY_PE, UTF8PROC_CATEGORY_PI, UTF8PROC_CATEGORY_PF,
                      UTF8PROC_CATEGORY_PO}))
        << std::hex << cp;
  }
  for (char32_t cp = 0; cp < 0x80; ++cp) {
    ASSERT_EQ(IsPunctuation(cp),
              In(cp, {UTF8PROC_CATEGORY_PC, UTF8PROC_CATEGORY_PD, UTF8PROC_CATEGORY_PS,
                      UTF8PROC_CATEGORY_PE, UTF8PROC_CATEGORY_PI, UTF8PROC_CATEGORY_PF,
                      UTF8PROC_CATEGORY_PO}))
        << std::hex << cp;
  }
}

TEST(UnicodeDataTest, LowerCaseOfEveryCodePoint) {
  for (char32_t cp = 0; cp < kCodePoints; ++cp) {
    ASSERT_EQ(ToLower(cp),
              static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(cp))))
        << std::hex << cp;
  }
}

TEST(UnicodeDataTest, FoldingOfEveryCodePoint) {
  for (char32_t cp = 0; cp < kCodePoints; ++cp) {
    if (IsSurrogate(cp)) continue;
    const std::string s = Encode({cp});
    ASSERT_EQ(FoldCase(s), Utf8procFold(s)) << std::hex << cp;
    // After a letter, and before a combining mark: composition and ordering.
    const std::string after = Encode({U'e', cp, 0x301});
    ASSERT_EQ(FoldCase(after), Utf8procFold(after)) << std::hex << cp;
  }
}

TEST(UnicodeDataTest, FoldingOfSequences) {
  // Code points whose folding is not themselves, combining marks, and the
  // code points that compose: random sequences of them.
  std::vector<char32_t> pool;
  for (char32_t cp = 0x80; cp < kCodePoints; ++cp) {
    if (IsSurrogate(cp)) continue;
    const utf8proc_property_t* p = utf8proc_get_property(static_cast<utf8proc_int32_t>(cp));
    if (p->combining_class != 0 || p->comb_index != UINT16_MAX ||
        p->decomp_seqindex != UINT16_MAX || p->casefold_seqindex != UINT16_MAX || p->ignorable) {
      pool.push_back(cp);
    }
  }
  for (char32_t cp : {0x1100, 0x1161, 0x11A7, 0x11A8, 0xAC00, 0xAC01, 0xD7A3}) pool.push_back(cp);
  for (char32_t cp = 'A'; cp <= 'z'; ++cp) pool.push_back(cp);
  std::mt19937 rng(20261205);
  std::uniform_int_distribution<std::size_t> pick(0, pool.size() - 1);
  std::uniform_int_distribution<int> length(1, 8);
  for (int i = 0; i < 300000; ++i) {
    std::vector<char32_t> cps(static_cast<std::size_t>(length(rng)));
    for (char32_t& cp : cps) cp = pool[pick(rng)];
    const std::string s = Encode(cps);
    ASSERT_EQ(FoldCase(s), Utf8procFold(s)) << s;
  }
}

TEST(UnicodeDataTest, InvalidUtf8IsLeftAlone) {
  for (const std::string s : {"caf\xC3", "\xED\xA0\x80x", "\xC0\xAF\xC3\xA9", "\xF4\x90\x80\x80"}) {
    EXPECT_EQ(FoldCase(s), Utf8procFold(s));
  }
}

}  // namespace
}  // namespace internal
}  // namespace precis

#endif  // __EMSCRIPTEN__
