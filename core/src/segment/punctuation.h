// Character classes of the sentence splitter: line breaks, sentence
// terminators, quotation marks and brackets, list bullets and dashes.
#ifndef PRECIS_CORE_SEGMENT_PUNCTUATION_H_
#define PRECIS_CORE_SEGMENT_PUNCTUATION_H_

namespace precis {
namespace internal {

inline bool IsLineBreak(char32_t c) {
  return c == U'\n' || c == U'\r' || c == 0x85 || c == 0x2028 || c == 0x2029;
}

// Terminators that need a following space (or end) and a look at the next
// word.
inline bool IsWeakTerminator(char32_t c) {
  switch (c) {
    case U'.':
    case U'!':
    case U'?':
    case 0x2026:  // … horizontal ellipsis
    case 0x203C:  // ‼
    case 0x2047:  // ⁇
    case 0x2048:  // ⁈
    case 0x2049:  // ⁉
      return true;
    default:
      return false;
  }
}

// Terminators that end a sentence whatever follows.
inline bool IsStrongTerminator(char32_t c) {
  switch (c) {
    case 0x3002:  // 。 ideographic full stop
    case 0xFF01:  // ！ fullwidth exclamation mark
    case 0xFF1F:  // ？ fullwidth question mark
    case 0xFF61:  // ｡ halfwidth ideographic full stop
    case 0xFE52:  // ﹒ small full stop
    case 0xFE56:  // ﹖ small question mark
    case 0xFE57:  // ﹗ small exclamation mark
    case 0x0964:  // । Devanagari danda
    case 0x0965:  // ॥ double danda
    case 0x061F:  // ؟ Arabic question mark
    case 0x06D4:  // ۔ Arabic full stop (Urdu)
    case 0x0589:  // ։ Armenian full stop
    case 0x037E:  // ; Greek question mark
    case 0x1362:  // ። Ethiopic full stop
    case 0x1367:  // ፧ Ethiopic question mark
    case 0x1368:  // ፨ Ethiopic paragraph separator
    case 0x104A:  // ၊ Burmese little section
    case 0x104B:  // ။ Burmese section
    case 0x0F0D:  // ། Tibetan shad
    case 0x17D4:  // ។ Khmer khan
    case 0x1803:  // ᠃ Mongolian full stop
    case 0x0E5A:  // ๚ Thai angkhankhu
    case 0x0700:  // ܀ Syriac end of paragraph
    case 0x0701:  // ܁ Syriac supralinear full stop
    case 0x0702:  // ܂ Syriac sublinear full stop
    case 0x07F9:  // ߹ NKo exclamation mark
    case 0xA60E:  // ꘎ Vai full stop
    case 0xA6F3:  // ꛳ Bamum full stop
      return true;
    default:
      return false;
  }
}

inline bool IsArmenianLetter(char32_t c) {
  return (c >= 0x0531 && c <= 0x0587) || (c >= 0xFB13 && c <= 0xFB17);
}

inline bool IsArabicLetter(char32_t c) {
  return (c >= 0x0620 && c <= 0x064A) || (c >= 0x066E && c <= 0x06D3) ||
         (c >= 0x06FA && c <= 0x06FF);
}

inline bool IsGreekLetter(char32_t c) {
  return (c >= 0x0370 && c <= 0x03FF && c != 0x037E) || (c >= 0x1F00 && c <= 0x1FFF);
}

// Characters that close a quotation or a bracket after a full stop.
inline bool IsCloser(char32_t c) {
  switch (c) {
    case U'"':
    case U'\'':
    case U')':
    case U']':
    case U'}':
    case 0x00BB:  // »
    case 0x203A:  // ›
    case 0x201D:  // ”
    case 0x2019:  // ’
    case 0x201C:  // “ closes a German „quotation“
    case 0x2018:  // ‘ closes a German ‚quotation‘
    case 0x300D:  // 」
    case 0x300F:  // 』
    case 0xFF09:  // ）
    case 0xFF3D:  // ］
    case 0xFF5D:  // ｝
    case 0x3011:  // 】
    case 0x3009:  // 〉
    case 0x300B:  // 》
    case 0x3015:  // 〕
    case 0x3017:  // 〗
    case 0x3019:  // 〙
    case 0x301B:  // 〛
    case 0x301E:  // 〞
    case 0x301F:  // 〟
    case 0xFF02:  // ＂
    case 0xFF07:  // ＇
      return true;
    default:
      return false;
  }
}

// Characters that may open a sentence before its first word.
inline bool IsOpener(char32_t c) {
  switch (c) {
    case U'"':
    case U'\'':
    case U'(':
    case U'[':
    case U'{':
    case U'`':
    case 0x00AB:  // «
    case 0x2039:  // ‹
    case 0x201C:  // “
    case 0x2018:  // ‘
    case 0x201E:  // „
    case 0x201A:  // ‚
    case 0x00BF:  // ¿
    case 0x00A1:  // ¡
    case 0x300C:  // 「
    case 0x300E:  // 『
    case 0xFF08:  // （
    case 0x3010:  // 【
    case 0x3008:  // 〈
    case 0x300A:  // 《
    case 0x3014:  // 〔
    case 0x301D:  // 〝
      return true;
    default:
      return false;
  }
}

// CJK brackets: terminators inside them do not end the sentence.
inline int CjkBracketDelta(char32_t c) {
  switch (c) {
    case 0x300C:
    case 0x300E:
    case 0xFF08:
    case 0x3010:
    case 0x3008:
    case 0x300A:
    case 0x3014:
    case 0x3016:
      return 1;
    case 0x300D:
    case 0x300F:
    case 0xFF09:
    case 0x3011:
    case 0x3009:
    case 0x300B:
    case 0x3015:
    case 0x3017:
      return -1;
    default:
      return 0;
  }
}

// Bullet characters that can separate list items within one line.
inline bool IsBullet(char32_t c) {
  switch (c) {
    case 0x2022:  // •
    case 0x2023:  // ‣
    case 0x2043:  // ⁃
    case 0x25E6:  // ◦
    case 0x25AA:  // ▪
    case 0x25CF:  // ●
    case 0x25A0:  // ■
    case 0x27A2:  // ➢
    case 0x25BA:  // ►
    case 0x2219:  // ∙
      return true;
    default:
      return false;
  }
}

inline bool IsDash(char32_t c) { return c == U'-' || c == 0x2013 || c == 0x2014 || c == 0x2015; }

}  // namespace internal
}  // namespace precis

#endif  // PRECIS_CORE_SEGMENT_PUNCTUATION_H_
