// Values with Chinese, Japanese and Korean units (see values_world.h).
#include "facts/values_world.h"

#include <algorithm>

#include "lex/dates.h"
#include "text/unicode.h"

namespace precis {
namespace internal {
namespace keyfacts {
namespace {

// Currencies after an amount, the longer first where one begins another.
constexpr std::string_view kCurrencyUnits[] = {
    "美元", "日元",   "欧元",   "歐元",   "英镑",   "英鎊", "港元", "港币", "港幣", "韩元", "韓元",
    "卢布", "盧布",   "人民币", "人民幣", "澳元",   "加元", "元",   "円",   "圆",   "圓",   "块",
    "ドル", "ユーロ", "ウォン", "ポンド", "人民元", "원",   "달러", "엔",   "유로", "위안"};
// Percent words after a number.
constexpr std::string_view kPercentUnits[] = {"パーセント", "퍼센트", "プロ"};
// Counters after a count: a count of people, places or things.
constexpr std::string_view kCounterUnits[] = {
    "人", "名",   "座",   "个",   "個", "家", "所", "辆", "輛", "架", "艘", "件",   "项",
    "項", "位",   "户",   "戶",   "台", "社", "校", "棟", "戸", "隻", "機", "頭",   "匹",
    "枚", "カ所", "か所", "箇所", "명", "개", "건", "대", "곳", "채", "척", "마리", "가구"};

// Scale characters after a number.
bool IsScale(char32_t cp) {
  switch (cp) {
    case 0x5341:  // 十
    case 0x767E:  // 百
    case 0x5343:  // 千
    case 0x4E07:  // 万
    case 0x842C:  // 萬
    case 0x4EBF:  // 亿
    case 0x5104:  // 億
    case 0x5146:  // 兆
    case 0xB9CC:  // 만
    case 0xC5B5:  // 억
    case 0xC870:  // 조
    case 0xCC9C:  // 천
      return true;
    default:
      return false;
  }
}

bool IsHangul(char32_t cp) { return cp >= 0xAC00 && cp <= 0xD7AF; }

// Whether `unit` is written at `p` of `text`, before `end`.
bool At(std::string_view text, std::size_t p, std::size_t end, std::string_view unit) {
  return p + unit.size() <= end && text.compare(p, unit.size(), unit) == 0;
}

// The end of the unit of `units` at `p`, or 0.
template <std::size_t N>
std::size_t UnitEnd(std::string_view text, std::size_t p, std::size_t end,
                    const std::string_view (&units)[N]) {
  std::size_t best = 0;
  for (std::string_view u : units) {
    if (At(text, p, end, u) && p + u.size() > best) best = p + u.size();
  }
  return best;
}

// A number from `p`: digits with inner '.' or ',' (any script), or Chinese
// numerals with 十, 百 and 千 inside ("三千", "二十"). Returns its end (p
// when there is none); `*han` tells the kind, `*single` a lone "一".
std::size_t NumberAt(std::string_view text, std::size_t p, std::size_t end, bool* han,
                     bool* single) {
  char32_t cp;
  int len = DecodeAt(text, p, &cp);
  *han = false;
  *single = false;
  if (len == 0) return p;
  std::size_t q = p;
  if (DecimalDigit(cp) >= 0) {
    while (q < end) {
      len = DecodeAt(text, q, &cp);
      if (len == 0) break;
      if (DecimalDigit(cp) >= 0) {
        q += static_cast<std::size_t>(len);
        continue;
      }
      char32_t next = 0;
      const int next_len = DecodeAt(text, q + static_cast<std::size_t>(len), &next);
      if ((cp == '.' || cp == ',' || cp == 0x066B || cp == 0x066C) && next_len > 0 &&
          DecimalDigit(next) >= 0) {
        q += static_cast<std::size_t>(len);
        continue;
      }
      break;
    }
    return q;
  }
  if (HanDigit(cp) < 0 && cp != 0x5341) return p;
  *han = true;
  std::size_t chars = 0;
  while (q < end) {
    len = DecodeAt(text, q, &cp);
    if (len == 0) break;
    if (HanDigit(cp) < 0 && cp != 0x5341 && cp != 0x767E && cp != 0x5343) break;
    q += static_cast<std::size_t>(len);
    ++chars;
  }
  *single = chars == 1 && text.compare(p, 3, "\xE4\xB8\x80") == 0;  // 一
  return q;
}

}  // namespace

bool IsCurrencySymbol(char32_t cp) {
  return cp == '$' || cp == 0x20AC || cp == 0x00A3 || cp == 0x00A5 || cp == 0x20A9 ||
         cp == 0x20B9 || cp == 0x20BD || cp == 0x20BA || cp == 0xFFE5 || cp == 0xFFE1;
}

std::vector<ValueSpan> GluedValues(std::string_view text, std::size_t begin, std::size_t end) {
  std::vector<ValueSpan> out;
  // Each value holds a number and a unit, scale or "百分之", which are not
  // ASCII.
  if (end <= begin) return out;
  const std::string_view range = text.substr(begin, end - begin);
  if (std::none_of(range.begin(), range.end(),
                   [](char c) { return static_cast<unsigned char>(c) >= 0x80; }) ||
      !HasNumeral(range)) {
    return out;
  }
  constexpr std::string_view kPercentBefore = "百分之";
  char32_t prev = 0;
  for (std::size_t p = begin; p < end;) {
    char32_t cp;
    const int len = DecodeAt(text, p, &cp);
    if (len == 0) break;
    bool han = false;
    bool single = false;
    if (At(text, p, end, kPercentBefore)) {
      const std::size_t q = NumberAt(text, p + kPercentBefore.size(), end, &han, &single);
      if (q > p + kPercentBefore.size()) {
        out.push_back({p, q, FactKind::kPercent});
        p = q;
        prev = 0;
        continue;
      }
    }
    // A number starts here unless it continues a word or a number.
    const bool starts = !(IsLetter(prev) && !IsCjk(prev)) && DecimalDigit(prev) < 0 &&
                        HanDigit(prev) < 0 && prev != '.' && prev != ',';
    const std::size_t q = starts ? NumberAt(text, p, end, &han, &single) : p;
    if (q == p) {
      prev = cp;
      p += static_cast<std::size_t>(len);
      continue;
    }
    // Scales, then a unit (a space allowed before a Korean one).
    std::size_t r = q;
    int scales = 0;
    for (int part = 0; part < 4; ++part) {  // "36兆1500億": number, scale, number, scale
      const int before = scales;
      while (r < end && scales < 8) {
        char32_t sc;
        const int sl = DecodeAt(text, r, &sc);
        if (sl == 0 || !IsScale(sc)) break;
        r += static_cast<std::size_t>(sl);
        ++scales;
      }
      if (scales == before || scales == 0) break;
      bool h = false;
      bool one = false;
      const std::size_t more = NumberAt(text, r, end, &h, &one);
      std::size_t after = more;
      char32_t sc = 0;
      if (more == r || DecodeAt(text, after, &sc) == 0 || !IsScale(sc)) break;
      r = more;
    }
    std::size_t u = r;
    if (u < end && text[u] == ' ') {
      char32_t after = 0;
      DecodeAt(text, u + 1, &after);
      if (IsHangul(after)) ++u;
    }
    ValueSpan v{p, 0, FactKind::kMoney};
    if (const std::size_t e = UnitEnd(text, u, end, kCurrencyUnits); e > 0) {
      v.end = e;
    } else if (const std::size_t pe = UnitEnd(text, u, end, kPercentUnits); pe > 0) {
      v.end = pe;
      v.kind = FactKind::kPercent;
    } else if (const std::size_t ce = UnitEnd(text, u, end, kCounterUnits);
               ce > 0 && !(single && scales == 0) && !At(text, ce, end, "월")) {
      v.end = ce;  // not "一人" (alone) nor "3개월" (three months)
      v.kind = FactKind::kQuantity;
    } else if (scales > 0) {
      v.end = r;  // "1400万"
      v.kind = FactKind::kQuantity;
    }
    if (v.end > 0) {
      out.push_back(v);
      p = v.end;
      prev = 0;
      DecodeAt(text, PrevCodePoint(text, p), &prev);
      continue;
    }
    p = q;
    DecodeAt(text, PrevCodePoint(text, p), &prev);
  }
  return out;
}

void AddRaw(const DocSentence& s, std::size_t n, const ValueSpan& v, std::vector<char>* used,
            std::vector<Span>* spans) {
  std::size_t first = n;
  std::size_t last = 0;
  for (std::size_t k = 0; k < n; ++k) {
    const Token& t = s.tokens[k];
    if (t.end <= v.begin || t.begin >= v.end) continue;
    if ((*used)[k]) return;
    if (first == n) first = k;
    last = k;
  }
  if (first == n) return;
  for (std::size_t k = first; k <= last; ++k) (*used)[k] = 1;
  Span sp;
  sp.begin = v.begin;
  sp.end = v.end;
  sp.kind = v.kind;
  sp.weight = v.kind == FactKind::kMoney     ? kWMoney
              : v.kind == FactKind::kPercent ? kWPercent
                                             : kWQuantity;
  spans->push_back(sp);
}

std::size_t FactWords(const DocSentence& s) {
  // From the tokens, not s.words: that counts every CJK character.
  std::size_t words = 0;
  std::size_t bigrams = 0;
  for (const Token& t : s.tokens) ++(t.kind == TokenKind::kCjk ? bigrams : words);
  return words + (bigrams + 1) / 2;
}

}  // namespace keyfacts
}  // namespace internal
}  // namespace precis
