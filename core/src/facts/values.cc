// Values in a sentence: money, percentages, dates and quantities.
#include "facts/sentence_facts.h"

#include <algorithm>

#include "lex/dates.h"
#include "text/unicode.h"

namespace precis {
namespace internal {
namespace keyfacts {

// ---- money and percentages ----------------------------------------------
// Currency symbol at the end of the gap before token k.
bool SentenceFacts::SymbolBefore(std::size_t k) const {
  std::string_view gap = GapBefore(k);
  while (!gap.empty() && (gap.back() == ' ')) gap.remove_suffix(1);
  if (gap.empty()) return false;
  const std::size_t last = PrevCodePoint(gap, gap.size());
  char32_t cp;
  DecodeAt(gap, last, &cp);
  return cp == '$' || cp == 0x20AC || cp == 0x00A3 || cp == 0x00A5 || cp == 0x20A9 ||
         cp == 0x20B9 || cp == 0x20BD || cp == 0x20BA;
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
  for (std::size_t k = 0; k < n_; ++k) {
    if (used_[k]) continue;
    bool scaled = false;
    if (!Numeric(k, &scaled)) continue;
    std::size_t last = k;
    if (!scaled && k + 1 < n_ && Tight(k) && Scales().Contains(Norm(k + 1))) {
      last = k + 1;
    }
    // A currency code or word right before the number: "US$", "USD 5".
    std::size_t first = k;
    bool money = SymbolBefore(k);
    if (money && k > 0 && GapBefore(k).size() <= 2 &&
        (Norm(k - 1) == "us" || Norm(k - 1) == "a" || Norm(k - 1) == "hk" || Norm(k - 1) == "c") &&
        T(k - 1).capitalized) {
      first = k - 1;  // "US$" - the symbol follows the country prefix
    }
    if (!money && k > 0 && Tight(k - 1) && Currencies().Contains(Norm(k - 1)) &&
        T(k - 1).norm.size() == 3) {
      money = true;
      first = k - 1;  // "USD 5 million"
    }
    if (last + 1 < n_ && Tight(last) && Currencies().Contains(Norm(last + 1))) {
      money = true;
      ++last;  // "5 million euros", "$3.64 billion dollars"
    }
    if (money) {
      Span sp;
      sp.begin = money && first == k && SymbolBefore(k) ? SymbolStart(k) : T(first).begin;
      sp.end = T(last).end;
      sp.kind = FactKind::kMoney;
      sp.weight = kWMoney;
      spans_.push_back(sp);
      for (std::size_t j = first; j <= last; ++j) used_[j] = 1;
      k = last;
      continue;
    }
    if (!Number(k)) continue;
    // Percentages.
    const std::string_view after = GapAfter(k);
    if (!after.empty() && after.front() == '%') {
      Span sp;
      sp.begin = T(k).begin;
      sp.end = T(k).end + 1;
      sp.kind = FactKind::kPercent;
      sp.weight = kWPercent;
      spans_.push_back(sp);
      used_[k] = 1;
      continue;
    }
    if (k + 1 < n_ && Tight(k) && PercentWords().Contains(Norm(k + 1))) {
      last = k + 1;
      if (Norm(k + 1) == "percentage" && k + 2 < n_ && Norm(k + 2) == "points") last = k + 2;
      Add(k, last, FactKind::kPercent, kWPercent);
      k = last;
      continue;
    }
    if (k + 2 < n_ && Tight(k) && Norm(k + 1) == "per" && Norm(k + 2) == "cent") {
      Add(k, k + 2, FactKind::kPercent, kWPercent);
      k += 2;
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
  std::size_t k = 0;
  for (const DateSpan& d : FindDateSpans(text, DateOptions::All())) {
    const std::size_t begin = base + d.begin;
    const std::size_t end = base + d.end;
    if (end > limit) break;
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
    std::size_t last = k;
    if (last + 1 < n_ && Tight(last) && Scales().Contains(Norm(last + 1))) ++last;
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
