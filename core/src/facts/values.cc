// Values in a sentence: money, percentages, dates and quantities.
#include "facts/sentence_facts.h"

#include <algorithm>

#include "facts/values_world.h"
#include "lex/dates.h"
#include "text/unicode.h"

namespace precis {
namespace internal {
namespace keyfacts {
namespace {

bool SpaceLike(char32_t cp) { return cp == ' ' || cp == 0xA0 || cp == 0x202F || cp == 0x2009; }

// White space inside a number written with spaced thousands ("120 000",
// "120\u00A0000", "120\u202F000").
bool ThousandsGap(std::string_view gap) {
  char32_t cp;
  const int len = DecodeAt(gap, 0, &cp);
  return len > 0 && static_cast<std::size_t>(len) == gap.size() && SpaceLike(cp);
}

// The end of the first character of `gap` that `wanted` accepts, after
// at most `skip` characters that `skipped` accepts; 0 when there is none.
template <typename Wanted, typename Skipped>
std::size_t SignEnd(std::string_view gap, Wanted wanted, Skipped skipped, int skip) {
  std::size_t p = 0;
  for (int i = 0; i <= skip && p < gap.size(); ++i) {
    char32_t cp;
    const int len = DecodeAt(gap, p, &cp);
    if (len == 0) return 0;
    p += static_cast<std::size_t>(len);
    if (wanted(cp)) return p;
    if (!skipped(cp, p == static_cast<std::size_t>(len))) return 0;
  }
  return 0;
}

// A percent sign after a number ("%", " %", "\u00A0%", "٪", "％").
std::size_t PercentSignEnd(std::string_view gap) {
  return SignEnd(
      gap, [](char32_t cp) { return cp == '%' || cp == 0x066A || cp == 0xFF05; },
      [](char32_t cp, bool) { return SpaceLike(cp); }, 1);
}

// A currency symbol after an amount ("3,5 €", "100 ₽", "5 Mrd. €").
std::size_t SymbolAfterEnd(std::string_view gap) {
  return SignEnd(
      gap, IsCurrencySymbol,
      [](char32_t cp, bool first) { return SpaceLike(cp) || (cp == '.' && first); }, 2);
}

// A currency word, also after an elided "d'" ("d'euros", "d’euros").
bool CurrencyWord(std::string_view norm) {
  if (Currencies().Contains(norm)) return true;
  if (norm.size() > 2 && norm[0] == 'd' && norm[1] == '\'') {
    return Currencies().Contains(norm.substr(2));
  }
  if (norm.size() > 4 && norm.substr(0, 4) == "d\xE2\x80\x99") {
    return Currencies().Contains(norm.substr(4));
  }
  return false;
}

// The gap of an elided "de" before a currency ("milliards d'euros": the
// tokenizer starts the word after the apostrophe).
bool ElidedGap(std::string_view gap) {
  while (!gap.empty() && gap.front() == ' ') gap.remove_prefix(1);
  return gap == "d'" || gap == "d\xE2\x80\x99" || gap == "D'" || gap == "D\xE2\x80\x99";
}

// Words between an amount and its currency ("millones de euros").
bool CurrencyLinker(std::string_view norm) { return norm == "de" || norm == "di" || norm == "del"; }

// Two words that say "per cent" ("por ciento", "pour cent", "في المئة").
bool PercentPhrase(std::string_view a, std::string_view b) {
  return ((a == "por" || a == "pour" || a == "per") &&
          (b == "ciento" || b == "cent" || b == "cento")) ||
         (a == "\xD9\x81\xD9\x8A" && (b == "\xD8\xA7\xD9\x84\xD9\x85\xD8\xA6\xD8\xA9" ||
                                      b == "\xD8\xA7\xD9\x84\xD9\x85\xD8\xA7\xD8\xA6\xD8\xA9"));
}

// The last token of the number that starts at token k: spaced thousands
// ("120 000", "1 234 567") and Arabic separators ("٣٫٥", "١٬٠٠٠") join
// number tokens.
std::size_t NumberGroupEnd(std::string_view text, const DocSentence& s, std::size_t n,
                           const std::vector<char>& used, std::size_t k) {
  std::size_t last = k;
  const auto number = [&](std::size_t j) { return s.tokens[j].kind == TokenKind::kNumber; };
  if (!number(k)) return last;
  const bool spaced = s.tokens[k].norm.size() <= 3;
  while (last + 1 < n && number(last + 1) && !used[last + 1]) {
    const std::string_view gap = GapBetween(text, s.tokens[last], s.tokens[last + 1]);
    if (gap == "\xD9\xAB" || gap == "\xD9\xAC") {  // ٫ ٬
      ++last;
      continue;
    }
    const std::string& next = s.tokens[last + 1].norm;
    const bool three = next.size() == 3 || (next.size() > 4 && (next[3] == ',' || next[3] == '.'));
    if (!spaced || !ThousandsGap(gap) || !three) break;
    ++last;
  }
  return last;
}

}  // namespace

// ---- money and percentages ----------------------------------------------
// Currency symbol at the end of the gap before token k.
bool SentenceFacts::SymbolBefore(std::size_t k) const {
  std::string_view gap = GapBefore(k);
  while (!gap.empty() && (gap.back() == ' ')) gap.remove_suffix(1);
  if (gap.empty()) return false;
  const std::size_t last = PrevCodePoint(gap, gap.size());
  char32_t cp;
  DecodeAt(gap, last, &cp);
  return IsCurrencySymbol(cp);
}

// Number-like token: digits, or digits with a scale suffix ("5m", "3bn").
bool SentenceFacts::Numeric(std::size_t k, bool* has_scale) const {
  *has_scale = false;
  if (Number(k)) return true;
  const std::string& n = T(k).norm;
  std::size_t d = 0;
  while (d < n.size() && ((n[d] >= '0' && n[d] <= '9') || n[d] == '.' || n[d] == ',')) ++d;
  if (d == 0 || d == n.size()) return false;
  if (Scales().Contains(n.substr(d))) {
    *has_scale = true;
    return true;
  }
  return false;
}

void SentenceFacts::FindMoneyAndPercent() {
  // Amounts glued to Chinese, Japanese or Korean units first ("34.2万亿元").
  for (const ValueSpan& v : GluedValues(text_, s_.begin, n_ > 0 ? T(n_ - 1).end : s_.begin)) {
    if (v.kind == FactKind::kQuantity) continue;
    AddRaw(s_, n_, v, &used_, &spans_);
  }
  for (std::size_t k = 0; k < n_; ++k) {
    if (used_[k]) continue;
    bool scaled = false;
    if (!Numeric(k, &scaled)) continue;
    std::size_t last = scaled ? k : NumberGroupEnd(text_, s_, n_, used_, k);
    const std::size_t number_end = last;
    if (!scaled && last + 1 < n_ && Tight(last) && Scales().Contains(Norm(last + 1))) ++last;
    // A currency code or word right before the number: "US$", "USD 5".
    std::size_t first = k;
    bool money = SymbolBefore(k);
    if (money && k > 0 && GapBefore(k).size() <= 2 &&
        (Norm(k - 1) == "us" || Norm(k - 1) == "a" || Norm(k - 1) == "hk" || Norm(k - 1) == "c" ||
         Norm(k - 1) == "r") &&
        T(k - 1).capitalized) {
      first = k - 1;  // "US$", "R$" - the symbol follows the country prefix
    }
    if (!money && k > 0 && Tight(k - 1) && Currencies().Contains(Norm(k - 1)) &&
        T(k - 1).norm.size() == 3) {
      money = true;
      first = k - 1;  // "USD 5 million"
    }
    std::size_t end = T(last).end;
    std::size_t cur = last + 1;
    if (cur + 1 < n_ && Tight(last) && CurrencyLinker(Norm(cur)) && Tight(cur) &&
        CurrencyWord(Norm(cur + 1))) {
      ++cur;  // "millones de euros"
    }
    if (cur + 1 < n_ && Tight(cur - 1) && Norm(cur) == "us" && Tight(cur) &&
        CurrencyWord(Norm(cur + 1))) {
      ++cur;  // "US-Dollar"
    }
    // "120 Mio. Euro", "3,5 млрд. рублей": an abbreviated scale's dot.
    const std::string_view gap = cur > 0 ? GapAfter(cur - 1) : std::string_view();
    const bool scale_dot = cur == last + 1 && last > number_end && !gap.empty() &&
                           gap.front() == '.' && Blank(gap.substr(1));
    if (cur < n_ && (Tight(cur - 1) || ElidedGap(gap) || scale_dot) && CurrencyWord(Norm(cur))) {
      money = true;
      last = cur;  // "5 million euros", "3,5 milliards d'euros"
      end = T(last).end;
    } else if (const std::size_t sym = SymbolAfterEnd(GapAfter(last)); sym > 0 && !money) {
      money = true;  // "3,5 €", "5 Mrd. €"
      end = T(last).end + sym;
    }
    if (money) {
      Span sp;
      sp.begin = first == k && SymbolBefore(k) ? SymbolStart(k) : T(first).begin;
      sp.end = end;
      sp.kind = FactKind::kMoney;
      sp.weight = kWMoney;
      spans_.push_back(sp);
      for (std::size_t j = first; j <= last; ++j) used_[j] = 1;
      k = last;
      continue;
    }
    if (!Number(k)) continue;
    last = number_end;
    // Percentages.
    if (const std::size_t sign = PercentSignEnd(GapAfter(last)); sign > 0) {
      Span sp;
      sp.begin = T(k).begin;
      sp.end = T(last).end + sign;
      sp.kind = FactKind::kPercent;
      sp.weight = kWPercent;
      spans_.push_back(sp);
      for (std::size_t j = k; j <= last; ++j) used_[j] = 1;
      k = last;
      continue;
    }
    if (last + 1 < n_ && Tight(last) && PercentWords().Contains(Norm(last + 1))) {
      ++last;
      if (Norm(last) == "percentage" && last + 1 < n_ && Norm(last + 1) == "points") ++last;
      Add(k, last, FactKind::kPercent, kWPercent);
      k = last;
      continue;
    }
    if (last + 2 < n_ && Tight(last) && Tight(last + 1) &&
        (PercentPhrase(Norm(last + 1), Norm(last + 2)) ||
         (Norm(last + 1) == "per" && Norm(last + 2) == "cent"))) {
      Add(k, last + 2, FactKind::kPercent, kWPercent);
      k = last + 2;
    }
  }
}

std::size_t SentenceFacts::SymbolStart(std::size_t k) const {
  std::size_t p = T(k).begin;
  while (p > s_.begin) {
    const std::size_t prev = PrevCodePoint(text_, p);
    char32_t cp;
    DecodeAt(text_, prev, &cp);
    if (cp == ' ') {
      p = prev;
      continue;
    }
    return prev;
  }
  return p;
}

// ---- dates -------------------------------------------------------------
// The dates of lex/dates with every rule on, each claiming the tokens it
// overlaps; a date that overlaps a token taken before (money, a quote) is
// left out.
void SentenceFacts::FindDates() {
  if (n_ == 0) return;
  const std::size_t base = s_.begin;
  const std::size_t limit = T(n_ - 1).end;
  const std::string_view text = text_.substr(base, s_.end - base);
  std::vector<DateSpan> dates = FindDateSpans(text, DateOptions::All());
  std::vector<DateSpan> world = FindWorldDateSpans(text);
  if (!world.empty()) {
    // A date of another language where no English date overlaps it, or
    // in place of the English dates inside it ("2026" of "1er janvier
    // 2026").
    for (const DateSpan& w : world) {
      bool inside = true;
      for (const DateSpan& d : dates) {
        if (w.begin < d.end && d.begin < w.end && (d.begin < w.begin || d.end > w.end)) {
          inside = false;
        }
      }
      if (!inside) continue;
      dates.erase(
          std::remove_if(dates.begin(), dates.end(),
                         [&](const DateSpan& d) { return d.begin >= w.begin && d.end <= w.end; }),
          dates.end());
      dates.push_back(w);
    }
    std::stable_sort(dates.begin(), dates.end(),
                     [](const DateSpan& a, const DateSpan& b) { return a.begin < b.begin; });
  }
  std::size_t k = 0;
  for (const DateSpan& d : dates) {
    const std::size_t begin = base + d.begin;
    const std::size_t end = base + d.end;
    if (end > limit) break;
    k = 0;
    while (k < n_ && T(k).end <= begin) ++k;
    std::size_t last = k;
    while (last < n_ && T(last).begin < end) ++last;
    if (last == k || !Free(k, last)) continue;
    Span sp;
    sp.begin = begin;
    sp.end = end;
    sp.kind = FactKind::kDate;
    sp.weight = d.weekday != 0 ? kWWeekday : d.partial ? kWDatePartial : kWDate;
    spans_.push_back(sp);
    for (std::size_t u = k; u < last; ++u) used_[u] = 1;
  }
}

// ---- quantities ----------------------------------------------------------
void SentenceFacts::FindQuantities() {
  // Counts glued to Chinese, Japanese or Korean counters ("五十座", "1만 명").
  for (const ValueSpan& v : GluedValues(text_, s_.begin, n_ > 0 ? T(n_ - 1).end : s_.begin)) {
    if (v.kind == FactKind::kQuantity) AddRaw(s_, n_, v, &used_, &spans_);
  }
  for (std::size_t k = 0; k + 1 < n_; ++k) {
    if (used_[k]) continue;
    const bool digits = Number(k);
    const bool word = Word(k) && NumberWords().Contains(T(k).norm);
    if (!digits && !word) continue;
    if (digits) {
      // "COVID-19", "1+3": a number glued to symbols is not a count.
      const std::string_view before = GapBefore(k);
      if (!before.empty() && !Blank(before.substr(before.size() - 1)) && before.back() != '(') {
        continue;
      }
      if (IsYearNumber(T(k))) continue;  // "2025 models": a label
    }
    std::size_t last = digits ? NumberGroupEnd(text_, s_, n_, used_, k) : k;
    bool scaled = false;
    if (last + 1 < n_ && Tight(last) && Scales().Contains(Norm(last + 1))) {
      ++last;
      scaled = true;
    }
    // "2,5 millones de hogares": a scale's "de" before the noun.
    if (scaled && last + 2 < n_ && Tight(last) && CurrencyLinker(Norm(last + 1)) &&
        Tight(last + 1)) {
      ++last;
    }
    // Up to one adjective, then a noun-like word.
    std::size_t noun = last + 1;
    if (noun >= n_ || !Tight(last) || !Word(noun) || T(noun).stopword || used_[noun]) continue;
    if (NumberWords().Contains(T(noun).norm) || IsCalendar(noun)) continue;
    Add(k, noun, FactKind::kQuantity, kWQuantity);
    k = noun;
  }
}

}  // namespace keyfacts
}  // namespace internal
}  // namespace precis
