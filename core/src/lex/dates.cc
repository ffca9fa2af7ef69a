#include "lex/dates.h"

#include <algorithm>
#include <string>

#include "lex/lexicon.h"
#include "text/ascii.h"

namespace precis {
namespace internal {
namespace {

struct Lexeme {
  std::size_t begin;
  std::size_t end;
  char kind;  // 'w' ASCII letters, 'n' digits (with inner , or .), 'o' other
};

std::vector<Lexeme> Lex(std::string_view s) {
  std::vector<Lexeme> out;
  std::size_t i = 0;
  while (i < s.size()) {
    const char c = s[i];
    if (IsAsciiLetter(c)) {
      std::size_t j = i;
      while (j < s.size() && IsAsciiLetter(s[j])) ++j;
      out.push_back({i, j, 'w'});
      i = j;
    } else if (IsAsciiDigit(c)) {
      const std::size_t j = NumberEnd(s, i);
      out.push_back({i, j, 'n'});
      i = j;
    } else if (IsAsciiSpace(c)) {
      ++i;
    } else {
      out.push_back({i, i + 1, 'o'});
      ++i;
    }
  }
  return out;
}

// 1..12 for a month name or abbreviation written with a capital first
// letter and the rest in lower case ("March", "Sept"); `*full` tells a full
// name from an abbreviation.
int CapitalizedMonth(std::string_view w, bool* full) {
  if (w.empty() || w[0] < 'A' || w[0] > 'Z') return 0;
  std::string folded(w);
  folded[0] = static_cast<char>(folded[0] - 'A' + 'a');
  for (std::size_t i = 1; i < w.size(); ++i) {
    if (w[i] < 'a' || w[i] > 'z') return 0;
  }
  return EnglishMonthNumber(folded, full);
}

int SmallNumber(std::string_view s, const Lexeme& l) {
  if (l.kind != 'n' || l.end - l.begin > 2) return 0;
  int v = 0;
  for (std::size_t i = l.begin; i < l.end; ++i) {
    if (!IsAsciiDigit(s[i])) return v;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

int FourDigitYear(std::string_view s, const Lexeme& l) {
  if (l.kind != 'n' || l.end - l.begin != 4) return 0;
  int y = 0;
  for (std::size_t i = l.begin; i < l.end; ++i) {
    if (!IsAsciiDigit(s[i])) break;
    y = y * 10 + (s[i] - '0');
  }
  return (y >= 1900 && y <= 2099) ? y : 0;
}

// Words after which a bare year is a date ("in 2021", "summer 2019").
bool IntroducesYear(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "in",     "In",      "since",   "Since", "by",     "By",     "from",   "From",   "until",
      "till",   "of",      "year",    "early", "late",   "mid",    "during", "During", "before",
      "after",  "through", "between", "and",   "to",     "spring", "summer", "autumn", "fall",
      "winter", "around",  "circa",   "Until", "Before", "After",  "end",    "start"};
  return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

// True when only spaces or tabs separate a and b.
bool Adjacent(std::string_view s, const Lexeme& a, const Lexeme& b) {
  for (std::size_t i = a.end; i < b.begin; ++i) {
    if (s[i] != ' ' && s[i] != '\t') return false;
  }
  return true;
}

class DateScanner {
 public:
  explicit DateScanner(std::string_view s) : s_(s), lx_(Lex(s)), used_(lx_.size(), false) {}

  std::vector<DateSpan> Scan() {
    for (std::size_t i = 0; i < lx_.size(); ++i) MonthDate(i);
    for (std::size_t i = 0; i < lx_.size(); ++i) BareYear(i);
    std::stable_sort(out_.begin(), out_.end(),
                     [](const DateSpan& a, const DateSpan& b) { return a.begin < b.begin; });
    return std::move(out_);
  }

 private:
  std::string_view Text(const Lexeme& l) const { return s_.substr(l.begin, l.end - l.begin); }

  // A date around the month name at lexeme i.
  void MonthDate(std::size_t i) {
    if (lx_[i].kind != 'w') return;
    // A letter run glued to letters of a non-ASCII word is not a month.
    if (lx_[i].begin > 0 && static_cast<unsigned char>(s_[lx_[i].begin - 1]) >= 0x80) return;
    if (lx_[i].end < s_.size() && static_cast<unsigned char>(s_[lx_[i].end]) >= 0x80) return;
    bool full = false;
    const int month = CapitalizedMonth(Text(lx_[i]), &full);
    if (month == 0) return;
    DateSpan d;
    d.month = month;
    d.begin = lx_[i].begin;
    d.end = lx_[i].end;
    std::size_t j = i + 1;
    // "Jan." abbreviation dot.
    if (!full && j < lx_.size() && Text(lx_[j]) == "." && lx_[j].begin == lx_[i].end) ++j;
    // Day first: "4 January".
    if (i > 0 && !used_[i - 1] && Adjacent(s_, lx_[i - 1], lx_[i])) {
      const int n = SmallNumber(s_, lx_[i - 1]);
      if (n >= 1 && n <= 31) {
        d.begin = lx_[i - 1].begin;
        d.day = n;
        used_[i - 1] = true;
      }
    }
    if (d.day == 0) j = DayAfter(j, &d);
    YearAfter(j, &d);
    // "May" and abbreviations alone are too often something else.
    if (d.day == 0 && d.year == 0 && (!full || month == 5)) return;
    used_[i] = true;
    out_.push_back(d);
  }

  // Day after the month at lexeme j: "January 4", "Jan 4th", "January 4 to
  // 9", "January 4-9". Returns the lexeme after what it took.
  std::size_t DayAfter(std::size_t j, DateSpan* d) {
    if (j >= lx_.size() || !Adjacent(s_, lx_[j - 1], lx_[j])) return j;
    const int n = SmallNumber(s_, lx_[j]);
    if (n < 1 || n > 31 || FourDigitYear(s_, lx_[j]) != 0) return j;
    d->day = n;
    d->end = lx_[j].end;
    ++j;
    if (j < lx_.size() && lx_[j].begin == lx_[j - 1].end && lx_[j].kind == 'w') {
      const std::string_view suf = Text(lx_[j]);
      if (suf == "st" || suf == "nd" || suf == "rd" || suf == "th") {
        d->end = lx_[j].end;
        ++j;
      }
    }
    // A range: "to 9", "-9", "–9" (a multi-byte dash is three 'o' bytes).
    std::size_t k = j;
    if (k < lx_.size() && Text(lx_[k]) == "to") {
      ++k;
    } else {
      while (k < lx_.size() && lx_[k].kind == 'o' &&
             (Text(lx_[k]) == "-" || static_cast<unsigned char>(s_[lx_[k].begin]) >= 0x80) &&
             k < j + 3) {
        ++k;
      }
    }
    if (k > j && k < lx_.size()) {
      const int n2 = SmallNumber(s_, lx_[k]);
      if (n2 > n && n2 <= 31) {
        d->end = lx_[k].end;
        j = k + 1;
      }
    }
    return j;
  }

  // The year after a month or day at lexeme j: "December 3, 2024", "Mar
  // 10,2021", "May 2020", "4 January 2025".
  void YearAfter(std::size_t j, DateSpan* d) {
    std::size_t k = j;
    if (d->day != 0 && k < lx_.size() && Text(lx_[k]) == ",") ++k;
    if (k >= lx_.size() || (k == j && !Adjacent(s_, lx_[k - 1], lx_[k]))) return;
    const int y = FourDigitYear(s_, lx_[k]);
    if (y != 0 && (k == j || Adjacent(s_, lx_[k - 1], lx_[k]))) {
      d->year = y;
      d->end = lx_[k].end;
      used_[k] = true;
    }
  }

  // A year on its own at lexeme i: "in 2021", "(2019)", "2024.".
  void BareYear(std::size_t i) {
    if (used_[i]) return;
    const int y = FourDigitYear(s_, lx_[i]);
    if (y == 0) return;
    // Not part of a longer token: "2021-22" is fine, "A2021" or "2021x" not.
    const std::size_t b = lx_[i].begin;
    const std::size_t e = lx_[i].end;
    if (b > 0 && !IsAsciiSpace(s_[b - 1]) &&
        std::string_view("([\"'").find(s_[b - 1]) == std::string_view::npos) {
      return;
    }
    if (e < s_.size() && (IsAsciiLetter(s_[e]) || s_[e] == '%')) return;
    const bool after_word = i > 0 && lx_[i - 1].kind == 'w' && Adjacent(s_, lx_[i - 1], lx_[i]) &&
                            IntroducesYear(Text(lx_[i - 1]));
    const bool before_mark =
        i + 1 == lx_.size() ||
        (lx_[i + 1].kind == 'o' &&
         std::string_view(".,;:)]\"'").find(s_[lx_[i + 1].begin]) != std::string_view::npos);
    if (!after_word && !before_mark) return;
    DateSpan d;
    d.begin = b;
    d.end = e;
    d.year = y;
    out_.push_back(d);
  }

  std::string_view s_;
  std::vector<Lexeme> lx_;
  std::vector<bool> used_;
  std::vector<DateSpan> out_;
};

}  // namespace

std::size_t NumberEnd(std::string_view s, std::size_t begin) {
  std::size_t j = begin;
  for (;;) {
    while (j < s.size() && IsAsciiDigit(s[j])) ++j;
    if (j + 1 < s.size() && s[j] == '.' && IsAsciiDigit(s[j + 1])) {
      ++j;
      continue;
    }
    if (j + 3 < s.size() && s[j] == ',' && IsAsciiDigit(s[j + 1]) && IsAsciiDigit(s[j + 2]) &&
        IsAsciiDigit(s[j + 3]) && (j + 4 >= s.size() || !IsAsciiDigit(s[j + 4]))) {
      ++j;
      continue;
    }
    return j;
  }
}

std::vector<DateSpan> FindDateSpans(std::string_view text) { return DateScanner(text).Scan(); }

}  // namespace internal
}  // namespace precis
