#include "text/unicode.h"

#include <utf8proc.h>

#include <algorithm>
#include <cstdlib>

namespace precis {
namespace internal {
namespace {

// Length of the valid UTF-8 sequence at in[pos], or 0 when it is invalid
// (truncated, overlong, surrogate, above U+10FFFF, stray continuation byte).
std::size_t ValidSequenceLength(std::string_view in, std::size_t pos) {
  const auto* p = reinterpret_cast<const unsigned char*>(in.data()) + pos;
  const std::size_t left = in.size() - pos;
  const unsigned char c = p[0];
  if (c < 0x80) return 1;
  auto cont = [&](std::size_t i) { return i < left && (p[i] & 0xC0) == 0x80; };
  if (c >= 0xC2 && c <= 0xDF) return cont(1) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    if (!cont(1) || !cont(2)) return 0;
    if (c == 0xE0 && p[1] < 0xA0) return 0;  // overlong
    if (c == 0xED && p[1] > 0x9F) return 0;  // UTF-16 surrogate
    return 3;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if (!cont(1) || !cont(2) || !cont(3)) return 0;
    if (c == 0xF0 && p[1] < 0x90) return 0;  // overlong
    if (c == 0xF4 && p[1] > 0x8F) return 0;  // above U+10FFFF
    return 4;
  }
  return 0;
}

// Length of the maximal invalid subpart starting at in[pos] (the unit that
// the WHATWG decoder replaces with one U+FFFD): a lead byte followed by the
// continuation bytes it could validly take, or a single byte.
std::size_t InvalidSubpartLength(std::string_view in, std::size_t pos) {
  const auto* p = reinterpret_cast<const unsigned char*>(in.data()) + pos;
  const std::size_t left = in.size() - pos;
  const unsigned char c = p[0];
  std::size_t need = 0;
  unsigned char lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) {
    need = 1;
  } else if (c >= 0xE0 && c <= 0xEF) {
    need = 2;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    need = 3;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    return 1;
  }
  std::size_t n = 1;
  for (std::size_t i = 0; i < need && n < left; ++i) {
    const unsigned char b = p[n];
    if (b < lo || b > hi) break;
    lo = 0x80;
    hi = 0xBF;
    ++n;
  }
  return n;
}

bool CategoryIs(char32_t cp, std::initializer_list<utf8proc_category_t> cats) {
  const utf8proc_category_t c = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
  return std::find(cats.begin(), cats.end(), c) != cats.end();
}

}  // namespace

std::size_t RepairUtf8(std::string_view in, std::string* out, std::vector<Repair>* repairs) {
  out->clear();
  out->reserve(in.size());
  repairs->clear();
  std::size_t pos = 0;
  while (pos < in.size()) {
    const std::size_t len = ValidSequenceLength(in, pos);
    if (len == 0) {
      const std::size_t bad = InvalidSubpartLength(in, pos);
      repairs->push_back({out->size(), pos, bad});
      out->append("\xEF\xBF\xBD");
      pos += bad;
      continue;
    }
    const unsigned char c = static_cast<unsigned char>(in[pos]);
    if (len == 1 && (c < 0x20 || c == 0x7F) && c != '\t' && c != '\n' && c != '\r') {
      out->push_back(' ');  // NUL and other C0 controls: keep the offset
    } else {
      out->append(in.substr(pos, len));
    }
    pos += len;
  }
  return repairs->size();
}

std::size_t RawOffset(const std::vector<Repair>& repairs, std::size_t fixed_pos) {
  // Last repair that starts before fixed_pos.
  auto it = std::upper_bound(repairs.begin(), repairs.end(), fixed_pos,
                             [](std::size_t pos, const Repair& r) { return pos < r.fixed_pos; });
  if (it == repairs.begin()) return fixed_pos;
  const Repair& r = *(it - 1);
  if (fixed_pos < r.fixed_pos + 3) return r.raw_pos;  // inside the U+FFFD
  return r.raw_pos + r.raw_len + (fixed_pos - r.fixed_pos - 3);
}

std::size_t PrevCodePoint(std::string_view s, std::size_t pos) {
  std::size_t i = pos;
  while (i > 0) {
    --i;
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) break;
  }
  return i;
}

void AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

bool IsLetter(char32_t cp) {
  if (cp < 0x80) return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
  return CategoryIs(cp, {UTF8PROC_CATEGORY_LU, UTF8PROC_CATEGORY_LL, UTF8PROC_CATEGORY_LT,
                         UTF8PROC_CATEGORY_LM, UTF8PROC_CATEGORY_LO});
}

bool IsUpper(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  return CategoryIs(cp, {UTF8PROC_CATEGORY_LU, UTF8PROC_CATEGORY_LT});
}

bool IsLower(char32_t cp) {
  if (cp < 0x80) return cp >= 'a' && cp <= 'z';
  return CategoryIs(cp, {UTF8PROC_CATEGORY_LL});
}

bool IsDigit(char32_t cp) {
  if (cp < 0x80) return cp >= '0' && cp <= '9';
  return CategoryIs(cp, {UTF8PROC_CATEGORY_ND});
}

bool IsMark(char32_t cp) {
  if (cp < 0x300) return false;
  return CategoryIs(cp, {UTF8PROC_CATEGORY_MN, UTF8PROC_CATEGORY_MC, UTF8PROC_CATEGORY_ME});
}

bool IsAlnum(char32_t cp) {
  if (cp < 0x80) return IsLetter(cp) || IsDigit(cp);
  return IsLetter(cp) || IsMark(cp) ||
         CategoryIs(cp, {UTF8PROC_CATEGORY_ND, UTF8PROC_CATEGORY_NL, UTF8PROC_CATEGORY_NO});
}

bool IsSpace(char32_t cp) {
  if (cp == ' ' || (cp >= '\t' && cp <= '\r') || cp == 0x85) return true;
  if (cp < 0x80) return false;
  return CategoryIs(cp, {UTF8PROC_CATEGORY_ZS, UTF8PROC_CATEGORY_ZL, UTF8PROC_CATEGORY_ZP});
}

bool IsPunctuation(char32_t cp) {
  return CategoryIs(
      cp, {UTF8PROC_CATEGORY_PC, UTF8PROC_CATEGORY_PD, UTF8PROC_CATEGORY_PS, UTF8PROC_CATEGORY_PE,
           UTF8PROC_CATEGORY_PI, UTF8PROC_CATEGORY_PF, UTF8PROC_CATEGORY_PO});
}

bool IsCjk(char32_t cp) {
  return (cp >= 0x2E80 && cp <= 0x2FDF) ||  // radicals
         (cp >= 0x3000 && cp <= 0x303F) ||  // CJK symbols and punctuation
         (cp >= 0x3040 && cp <= 0x30FF) ||  // Hiragana, Katakana
         (cp >= 0x3100 && cp <= 0x31FF) ||  // Bopomofo, Katakana ext.
         (cp >= 0x3400 && cp <= 0x4DBF) ||  // Han ext. A
         (cp >= 0x4E00 && cp <= 0x9FFF) ||  // Han
         (cp >= 0xAC00 && cp <= 0xD7AF) ||  // Hangul syllables
         (cp >= 0xF900 && cp <= 0xFAFF) ||  // Han compatibility
         (cp >= 0xFF00 && cp <= 0xFF0F) ||  // full-width punctuation
         (cp >= 0xFF1A && cp <= 0xFF20) ||
         (cp >= 0xFF5B && cp <= 0xFF65) ||  // half-width CJK punctuation
         (cp >= 0x20000 && cp <= 0x3134F);  // Han ext. B..G
}

std::string FoldCase(std::string_view s) {
  bool ascii = true;
  for (char ch : s) {
    if (static_cast<unsigned char>(ch) >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) {
    std::string out(s);
    for (char& ch : out) {
      if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch + 32);
    }
    return out;
  }
  utf8proc_uint8_t* folded = nullptr;
  const utf8proc_ssize_t n = utf8proc_map(
      reinterpret_cast<const utf8proc_uint8_t*>(s.data()), static_cast<utf8proc_ssize_t>(s.size()),
      &folded,
      static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT |
                                     UTF8PROC_CASEFOLD | UTF8PROC_IGNORE));
  if (n < 0 || folded == nullptr) return std::string(s);
  std::string out(reinterpret_cast<char*>(folded), static_cast<std::size_t>(n));
  std::free(folded);
  return out;
}

std::string AsciiApostrophes(std::string_view s) {
  // U+2019 starts with 0xE2: most words have no such byte.
  if (s.find('\xE2') == std::string_view::npos) return std::string(s);
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (i + 2 < s.size() && s.compare(i, 3, "\xE2\x80\x99") == 0) {
      out.push_back('\'');
      i += 2;
    } else {
      out.push_back(s[i]);
    }
  }
  return out;
}

std::size_t Utf16Length(std::string_view s, std::size_t begin, std::size_t end) {
  std::size_t units = 0;
  for (std::size_t i = begin; i < end && i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if ((c & 0xC0) != 0x80) units += (c >= 0xF0) ? 2 : 1;
  }
  return units;
}

std::size_t Utf16Counter::At(std::size_t pos) {
  if (pos < byte_) {
    byte_ = 0;
    units_ = 0;
  }
  units_ += Utf16Length(s_, byte_, pos);
  byte_ = pos;
  return units_;
}

namespace {

// A byte-order mark / zero-width no-break space, or an explicit direction
// embedding, override or isolate (U+202A..U+202E, U+2066..U+2069).
bool IsHiddenControl(char32_t cp) {
  return cp == 0xFEFF || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

}  // namespace

std::string CollapseSpace(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool pending_space = false;
  std::size_t pos = 0;
  while (pos < s.size()) {
    char32_t cp;
    const int len = DecodeAt(s, pos, &cp);
    if (IsSpace(cp)) {
      pending_space = !out.empty();
    } else if (IsHiddenControl(cp)) {
      // Dropped: invisible, and a stray direction override would reorder
      // the rest of the line wherever the sentence is shown.
    } else {
      if (pending_space) out.push_back(' ');
      pending_space = false;
      out.append(s.substr(pos, static_cast<std::size_t>(len)));
    }
    pos += static_cast<std::size_t>(len);
  }
  return out;
}

}  // namespace internal
}  // namespace precis
