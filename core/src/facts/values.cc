// Values in a sentence: money, percentages, dates and quantities.
#include "facts/sentence_facts.h"

#include <algorithm>

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
// Whether token k is a month name used as a month.
bool SentenceFacts::Month(std::size_t k) const {
  if (!Word(k) || !T(k).capitalized) return false;
  const std::string ascii = Ascii(T(k).norm);
  if (!EnglishMonths().Contains(ascii)) return false;
  const bool next_num =
      k + 1 < n_ && Tight(k) && (IsDayNumber(T(k + 1)) || IsYearNumber(T(k + 1)) || DayYear(k + 1));
  const bool prev_day = k > 0 && Tight(k - 1) && IsDayNumber(T(k - 1));
  if (next_num || prev_day) return true;
  // "May" and "March" are also verbs; other months stand alone.
  if (ascii == "may" || ascii == "march") {
    return k > 0 && !ClauseInitial(k) &&
           (YearLeads().Contains(Norm(k - 1)) || Norm(k - 1) == "last" || Norm(k - 1) == "next" ||
            Norm(k - 1) == "this" || Norm(k - 1) == "on");
  }
  // Short forms need a dot or a number ("Jan." / "Jan 5").
  return ascii.size() > 4 || ascii == "june" || ascii == "july";
}

// "10,2021": a day and a year glued by a comma.
bool SentenceFacts::DayYear(std::size_t k) const {
  if (!Number(k)) return false;
  const std::string& n = T(k).norm;
  const std::size_t comma = n.find(',');
  if (comma == std::string::npos || comma == 0 || comma > 2 || n.size() - comma - 1 != 4) {
    return false;
  }
  double day, year;
  return NumberValue(n.substr(0, comma), &day) && NumberValue(n.substr(comma + 1), &year) &&
         day >= 1 && day <= 31 && year >= 1800 && year <= 2100;
}

void SentenceFacts::FindDates() {
  for (std::size_t k = 0; k < n_; ++k) {
    if (used_[k]) continue;
    if (Month(k)) {
      std::size_t first = k;
      std::size_t last = k;
      double weight = kWDatePartial;
      if (k > 0 && Tight(k - 1) && IsDayNumber(T(k - 1)) && !used_[k - 1]) {
        first = k - 1;  // "4 January"
        weight = kWDate;
        if (first > 1 && RangeWords().Contains(Norm(first - 1)) && IsDayNumber(T(first - 2)) &&
            !used_[first - 2]) {
          first -= 2;  // "4 to 9 January"
        }
      } else if (last + 1 < n_ && Tight(last) && DayYear(last + 1)) {
        ++last;
        weight = kWDate;
      } else if (last + 1 < n_ && Tight(last) && IsDayNumber(T(last + 1))) {
        ++last;  // "January 4"
        weight = kWDate;
        // "January 4 to 9", "January 4 - 9", "January 4 to February 2"
        if (last + 2 < n_ && RangeWords().Contains(Norm(last + 1)) && IsDayNumber(T(last + 2))) {
          last += 2;
        } else if (last + 1 < n_ && IsDayNumber(T(last + 1)) &&
                   (GapAfter(last).find('-') != std::string_view::npos ||
                    GapAfter(last).find("\xE2\x80\x93") != std::string_view::npos)) {
          last += 1;
        }
      }
      // ", 2024" or " 2024"
      if (last + 1 < n_ && IsYearNumber(T(last + 1))) {
        const std::string_view gap = GapAfter(last);
        if (Blank(gap) || gap == ", " || gap == ",") {
          ++last;
          weight = kWDate;
        }
      }
      Add(first, last, FactKind::kDate, weight);
      k = last;
      continue;
    }
    if (Word(k) && T(k).capitalized && EnglishWeekdays().Contains(T(k).norm)) {
      Add(k, k, FactKind::kDate, kWWeekday);
      continue;
    }
    if (IsYearNumber(T(k)) && k > 0 && YearLeads().Contains(Norm(k - 1)) && Tight(k - 1)) {
      // A year after "in", "since", ... is a date; "2025 models" (a year
      // followed by a noun) is not.
      const bool noun_after = Norm(k - 1) == "of" && k + 1 < n_ && Tight(k) && Word(k + 1) &&
                              !T(k + 1).stopword && !T(k + 1).capitalized;
      if (!noun_after) {
        Add(k, k, FactKind::kDate, kWDatePartial);
        continue;
      }
    }
    // ISO dates "2024-12-03".
    if (IsYearNumber(T(k)) && k + 2 < n_ && GapAfter(k) == "-" && GapAfter(k + 1) == "-" &&
        Number(k + 1) && Number(k + 2) && T(k + 1).norm.size() == 2 && T(k + 2).norm.size() == 2) {
      Add(k, k + 2, FactKind::kDate, kWDate);
      k += 2;
    }
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
