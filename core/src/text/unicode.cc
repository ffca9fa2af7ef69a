#include "text/unicode.h"

#include <algorithm>
#include <cstdint>
#include <initializer_list>
#include <vector>

namespace precis {
namespace internal {
namespace {

// kStage1, kStage2, kRecords, the folding, lower-case and composition
// tables: generated from utf8proc's data by core/gen/unicode_data_gen.cc.
// The last three are packed (see the generator) and unpacked by Maps().
#include "unicode_data.inc"

// Unpacks `count` elements of a packed list: zigzag varint differences.
std::vector<std::uint32_t> Unpack(const std::uint8_t* p, std::size_t bytes, std::size_t count) {
  std::vector<std::uint32_t> out;
  out.reserve(count);
  const std::uint8_t* end = p + bytes;
  std::uint32_t value = 0;
  while (p < end && out.size() < count) {
    std::uint32_t z = 0;
    int shift = 0;
    std::uint8_t b;
    do {
      b = *p++;
      z |= static_cast<std::uint32_t>(b & 0x7F) << shift;
      shift += 7;
    } while ((b & 0x80) != 0 && p < end);
    value += (z >> 1) ^ (0u - (z & 1u));
    out.push_back(value);
  }
  return out;
}

// The folding, lower-case and composition maps, unpacked on first use.
struct UnicodeMaps {
  std::vector<std::uint32_t> fold_keys = Unpack(kFoldKeys, sizeof(kFoldKeys), kFoldKeysCount);
  std::vector<std::uint32_t> fold_starts =
      Unpack(kFoldStarts, sizeof(kFoldStarts), kFoldStartsCount);
  std::vector<std::uint32_t> fold_sequences =
      Unpack(kFoldSequences, sizeof(kFoldSequences), kFoldSequencesCount);
  std::vector<std::uint32_t> lower_keys = Unpack(kLowerKeys, sizeof(kLowerKeys), kLowerKeysCount);
  std::vector<std::uint32_t> lower_values =
      Unpack(kLowerValues, sizeof(kLowerValues), kLowerValuesCount);
  std::vector<std::uint32_t> composition_firsts =
      Unpack(kCompositionFirsts, sizeof(kCompositionFirsts), kCompositionFirstsCount);
  std::vector<std::uint32_t> composition_seconds =
      Unpack(kCompositionSeconds, sizeof(kCompositionSeconds), kCompositionSecondsCount);
  std::vector<std::uint32_t> composition_values =
      Unpack(kCompositionValues, sizeof(kCompositionValues), kCompositionValuesCount);
};

const UnicodeMaps& Maps() {
  static const UnicodeMaps maps;
  return maps;
}

// General categories, numbered as utf8proc numbers them.
enum Category : std::uint32_t {
  kCn,
  kLu,
  kLl,
  kLt,
  kLm,
  kLo,
  kMn,
  kMc,
  kMe,
  kNd,
  kNl,
  kNo,
  kPc,
  kPd,
  kPs,
  kPe,
  kPi,
  kPf,
  kPo,
  kSm,
  kSc,
  kSk,
  kSo,
  kZs,
  kZl,
  kZp,
  kCc,
  kCf,
  kCs,
  kCo,
};
// Flags of a record (bits 13 and up): the code point has a folding map, a
// lower-case map, or can be the second character of a composition.
constexpr std::uint32_t kHasFold = 1u << 13;
constexpr std::uint32_t kHasLower = 2u << 13;
constexpr std::uint32_t kComposesSecond = 4u << 13;

std::uint32_t Record(char32_t cp) {
  if (cp >= 0x110000) return 0;  // unassigned, no maps
  const std::uint32_t block = kStage1[cp >> kBlockBits];
  return kRecords[kStage2[(block << kBlockBits) | (cp & ((1u << kBlockBits) - 1))]];
}

std::uint32_t CategoryOf(char32_t cp) { return Record(cp) & 31u; }
int CombiningClass(char32_t cp) { return static_cast<int>((Record(cp) >> 5) & 255u); }

// Index of `cp` in the sorted `keys`, or -1.
std::ptrdiff_t Find(const std::vector<std::uint32_t>& keys, char32_t cp) {
  const auto it = std::lower_bound(keys.begin(), keys.end(), static_cast<std::uint32_t>(cp));
  return it != keys.end() && *it == cp ? it - keys.begin() : -1;
}

// Hangul syllables, decomposed and composed by formula (Unicode 3.12).
constexpr char32_t kSBase = 0xAC00, kLBase = 0x1100, kVBase = 0x1161, kTBase = 0x11A7;
constexpr char32_t kLCount = 19, kVCount = 21, kTCount = 28, kNCount = kVCount * kTCount,
                   kSCount = kLCount * kNCount;

// Appends the NFKC + case-folding + ignorable-removal map of `cp`.
void AppendFolded(char32_t cp, std::u32string* out) {
  if (cp >= kSBase && cp < kSBase + kSCount) {
    const char32_t s = cp - kSBase;
    out->push_back(kLBase + s / kNCount);
    out->push_back(kVBase + (s % kNCount) / kTCount);
    if (s % kTCount != 0) out->push_back(kTBase + s % kTCount);
    return;
  }
  if ((Record(cp) & kHasFold) == 0) {
    out->push_back(cp);
    return;
  }
  const UnicodeMaps& maps = Maps();
  const std::ptrdiff_t at = Find(maps.fold_keys, cp);
  if (at < 0) {
    out->push_back(cp);
    return;
  }
  const auto i = static_cast<std::size_t>(at);
  out->append(maps.fold_sequences.begin() + maps.fold_starts[i],
              maps.fold_sequences.begin() + maps.fold_starts[i + 1]);
}

// The canonical composition of `first` and `second`, or 0.
char32_t Compose(char32_t first, char32_t second) {
  if (first >= kLBase && first < kLBase + kLCount && second >= kVBase &&
      second < kVBase + kVCount) {
    return kSBase + ((first - kLBase) * kVCount + (second - kVBase)) * kTCount;
  }
  if (first >= kSBase && first < kSBase + kSCount && (first - kSBase) % kTCount == 0 &&
      second >= kTBase && second < kTBase + kTCount) {
    return first + (second - kTBase);
  }
  if ((Record(second) & kComposesSecond) == 0) return 0;
  const UnicodeMaps& maps = Maps();
  const std::vector<std::uint32_t>& firsts = maps.composition_firsts;
  for (auto it = std::lower_bound(firsts.begin(), firsts.end(), static_cast<std::uint32_t>(first));
       it != firsts.end() && *it == first; ++it) {
    const auto i = static_cast<std::size_t>(it - firsts.begin());
    if (maps.composition_seconds[i] == second) return maps.composition_values[i];
  }
  return 0;
}

// Canonical ordering of combining marks, then canonical composition, as
// utf8proc does them (utf8proc_decompose_custom, utf8proc_normalize_utf32).
void ReorderAndCompose(std::u32string* buf) {
  std::size_t pos = 0;
  while (buf->size() > 1 && pos < buf->size() - 1) {
    const int c1 = CombiningClass((*buf)[pos]);
    const int c2 = CombiningClass((*buf)[pos + 1]);
    if (c1 > c2 && c2 > 0) {
      std::swap((*buf)[pos], (*buf)[pos + 1]);
      if (pos > 0) {
        --pos;
      } else {
        ++pos;
      }
    } else {
      ++pos;
    }
  }
  std::size_t starter = std::u32string::npos;
  int max_class = -1;
  std::size_t w = 0;
  for (std::size_t r = 0; r < buf->size(); ++r) {
    const char32_t current = (*buf)[r];
    const int cls = CombiningClass(current);
    if (starter != std::u32string::npos && cls > max_class) {
      const char32_t composed = Compose((*buf)[starter], current);
      if (composed != 0) {
        (*buf)[starter] = composed;
        continue;
      }
    }
    (*buf)[w] = current;
    if (cls != 0) {
      max_class = std::max(max_class, cls);
    } else {
      starter = w;
      max_class = -1;
    }
    ++w;
  }
  buf->resize(w);
}

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

bool CategoryIs(char32_t cp, std::initializer_list<Category> cats) {
  const std::uint32_t c = CategoryOf(cp);
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
  return CategoryIs(cp, {kLu, kLl, kLt, kLm, kLo});
}

bool IsUpper(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  return CategoryIs(cp, {kLu, kLt});
}

bool IsLower(char32_t cp) {
  if (cp < 0x80) return cp >= 'a' && cp <= 'z';
  return CategoryIs(cp, {kLl});
}

bool IsDigit(char32_t cp) {
  if (cp < 0x80) return cp >= '0' && cp <= '9';
  return CategoryIs(cp, {kNd});
}

bool IsMark(char32_t cp) {
  if (cp < 0x300) return false;
  return CategoryIs(cp, {kMn, kMc, kMe});
}

bool IsAlnum(char32_t cp) {
  if (cp < 0x80) return IsLetter(cp) || IsDigit(cp);
  return IsLetter(cp) || IsMark(cp) || CategoryIs(cp, {kNd, kNl, kNo});
}

bool IsSpace(char32_t cp) {
  if (cp == ' ' || (cp >= '\t' && cp <= '\r') || cp == 0x85) return true;
  if (cp < 0x80) return false;
  return CategoryIs(cp, {kZs, kZl, kZp});
}

bool IsPunctuation(char32_t cp) { return CategoryIs(cp, {kPc, kPd, kPs, kPe, kPi, kPf, kPo}); }

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
  std::u32string buf;
  buf.reserve(s.size());
  for (std::size_t pos = 0; pos < s.size();) {
    const std::size_t len = ValidSequenceLength(s, pos);
    if (len == 0) return std::string(s);  // not UTF-8: unchanged
    char32_t cp;
    DecodeAt(s, pos, &cp);
    AppendFolded(cp, &buf);
    pos += len;
  }
  ReorderAndCompose(&buf);
  std::string out;
  out.reserve(s.size());
  for (char32_t cp : buf) AppendUtf8(cp, &out);
  return out;
}

char32_t ToLower(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z' ? cp + 32 : cp;
  if ((Record(cp) & kHasLower) == 0) return cp;
  const UnicodeMaps& maps = Maps();
  return maps.lower_values[static_cast<std::size_t>(Find(maps.lower_keys, cp))];
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
