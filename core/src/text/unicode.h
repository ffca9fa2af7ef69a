// Unicode helpers over UTF-8 text, with tables generated from utf8proc's
// data (core/gen/unicode_data_gen.cc): the same results as utf8proc.
//
// Everything here except RepairUtf8 assumes valid UTF-8 (the pipeline repairs
// its input once, at entry). Positions are byte offsets.
#ifndef PRECIS_CORE_TEXT_UNICODE_H_
#define PRECIS_CORE_TEXT_UNICODE_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace precis {
namespace internal {

// One replacement made by RepairUtf8: the invalid sequence at `raw_pos`
// (`raw_len` bytes) of the input became U+FFFD (3 bytes) at `fixed_pos`.
struct Repair {
  std::size_t fixed_pos;
  std::size_t raw_pos;
  std::size_t raw_len;
};

// Copies `in` to `*out`, replacing every maximal invalid UTF-8 sequence
// (including overlong forms, surrogates and code points above U+10FFFF) with
// U+FFFD, and control characters other than \t \n \r with a space (same
// length, so offsets are kept). Returns the number of invalid sequences.
std::size_t RepairUtf8(std::string_view in, std::string* out, std::vector<Repair>* repairs);

// Maps a byte offset of repaired text back to the raw input.
std::size_t RawOffset(const std::vector<Repair>& repairs, std::size_t fixed_pos);

// Decodes the code point at `pos` of valid UTF-8 `s`; returns its byte length
// (1..4), or 0 at the end. `*cp` receives the code point. Inline: every
// stage decodes text one code point at a time.
inline int DecodeAt(std::string_view s, std::size_t pos, char32_t* cp) {
  if (pos >= s.size()) {
    *cp = 0;
    return 0;
  }
  const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + pos;
  const std::size_t left = s.size() - pos;
  const unsigned char c = p[0];
  if (c < 0x80 || left < 2) {
    *cp = c;
    return 1;
  }
  if (c < 0xE0) {
    *cp = ((c & 0x1Fu) << 6) | (p[1] & 0x3Fu);
    return 2;
  }
  if (c < 0xF0 || left < 4) {
    if (left < 3) {
      *cp = c;
      return 1;
    }
    *cp = ((c & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
    return 3;
  }
  *cp = ((c & 0x07u) << 18) | ((p[1] & 0x3Fu) << 12) | ((p[2] & 0x3Fu) << 6) | (p[3] & 0x3Fu);
  return 4;
}

// Byte offset of the code point that ends right before `pos` (pos > 0).
std::size_t PrevCodePoint(std::string_view s, std::size_t pos);

// Appends the UTF-8 encoding of `cp`.
void AppendUtf8(char32_t cp, std::string* out);

// Character classes (Unicode general categories, as utf8proc has them).
bool IsLetter(char32_t cp);       // L*
bool IsUpper(char32_t cp);        // Lu, Lt
bool IsLower(char32_t cp);        // Ll
bool IsDigit(char32_t cp);        // Nd
bool IsAlnum(char32_t cp);        // L*, N*, and combining marks (M*)
bool IsSpace(char32_t cp);        // Zs, Zl, Zp, \t \n \v \f \r, U+0085
bool IsPunctuation(char32_t cp);  // P*
bool IsMark(char32_t cp);         // M*
// Han, Hiragana, Katakana, Hangul, and CJK punctuation blocks: scripts that
// are written without spaces between words.
bool IsCjk(char32_t cp);

// NFKC normalisation plus full case folding, default-ignorable code points
// removed ("Straße" -> "strasse"): utf8proc_map with UTF8PROC_STABLE,
// COMPOSE, COMPAT, CASEFOLD and IGNORE. The result is what tokens are
// compared by. Returns `s` unchanged when it is not valid UTF-8.
std::string FoldCase(std::string_view s);

// The simple lower-case map of `cp` (utf8proc_tolower).
char32_t ToLower(char32_t cp);

// `s` with typographic apostrophes (U+2019) replaced by ASCII ones, so that
// "it’s" matches "it's".
std::string AsciiApostrophes(std::string_view s);

// Number of UTF-16 code units in s[begin, end).
std::size_t Utf16Length(std::string_view s, std::size_t begin, std::size_t end);

// Incremental byte -> UTF-16 offset conversion for ascending queries.
class Utf16Counter {
 public:
  explicit Utf16Counter(std::string_view s) : s_(s) {}
  // UTF-16 offset of byte offset `pos`; calls must not decrease `pos`
  // (a smaller `pos` restarts from the beginning).
  std::size_t At(std::size_t pos);

 private:
  std::string_view s_;
  std::size_t byte_ = 0;
  std::size_t units_ = 0;
};

// `s` with leading and trailing white space removed and inner runs of white
// space collapsed to one ASCII space; byte-order marks and explicit direction
// embeddings, overrides and isolates (U+202A..U+202E, U+2066..U+2069) are
// dropped. Display text only: spans still cover the original bytes.
std::string CollapseSpace(std::string_view s);

}  // namespace internal
}  // namespace precis

#endif  // PRECIS_CORE_TEXT_UNICODE_H_
