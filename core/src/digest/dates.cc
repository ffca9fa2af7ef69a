#include "digest/dates.h"

#include <algorithm>
#include <cstdlib>
#include <iterator>
#include <string>

#include "digest/ascii.h"

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
    if (IsAsciiAlpha(c)) {
      std::size_t j = i;
      while (j < s.size() && IsAsciiAlpha(s[j])) ++j;
      out.push_back({i, j, 'w'});
      i = j;
    } else if (IsAsciiDigit(c)) {
      std::size_t j = i;
      // Inner separators: "3.64", and "1,000" (a comma before exactly
      // three digits; "10,2021" is a day and a year).
      for (;;) {
        while (j < s.size() && IsAsciiDigit(s[j])) ++j;
        if (j + 1 < s.size() && s[j] == '.' && IsAsciiDigit(s[j + 1])) {
          ++j;
          continue;
        }
        if (j + 3 < s.size() + 0 && s[j] == ',' && IsAsciiDigit(s[j + 1]) &&
            IsAsciiDigit(s[j + 2]) && IsAsciiDigit(s[j + 3]) &&
            (j + 4 >= s.size() || !IsAsciiDigit(s[j + 4]))) {
          ++j;
          continue;
        }
        break;
      }
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
// letter; `*full` tells a full name ("March") from an abbreviation.
int MonthNumber(std::string_view w, bool* full) {
  static constexpr std::string_view kFull[] = {"January",   "February", "March",    "April",
                                               "May",       "June",     "July",     "August",
                                               "September", "October",  "November", "December"};
  static constexpr std::string_view kShort[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  for (int m = 0; m < 12; ++m) {
    if (w == kFull[m]) {
      *full = true;
      return m + 1;
    }
    if (w == kShort[m] || (m == 8 && w == "Sept")) {
      *full = false;
      return m + 1;
    }
  }
  return 0;
}

int SmallNumber(std::string_view s, const Lexeme& l) {
  if (l.kind != 'n' || l.end - l.begin > 2) return 0;
  return std::atoi(std::string(s.substr(l.begin, l.end - l.begin)).c_str());
}

int Year(std::string_view s, const Lexeme& l) {
  if (l.kind != 'n' || l.end - l.begin != 4) return 0;
  const int y = std::atoi(std::string(s.substr(l.begin, l.end - l.begin)).c_str());
  return (y >= 1900 && y <= 2099) ? y : 0;
}

bool IntroducesYear(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "in",     "In",      "since",   "Since", "by",     "By",     "from",   "From",   "until",
      "till",   "of",      "year",    "early", "late",   "mid",    "during", "During", "before",
      "after",  "through", "between", "and",   "to",     "spring", "summer", "autumn", "fall",
      "winter", "around",  "circa",   "Until", "Before", "After",  "end",    "start"};
  for (std::string_view k : kWords) {
    if (w == k) return true;
  }
  return false;
}

// True when only spaces or tabs separate a and b.
bool Adjacent(std::string_view s, const Lexeme& a, const Lexeme& b) {
  for (std::size_t i = a.end; i < b.begin; ++i) {
    if (s[i] != ' ' && s[i] != '\t') return false;
  }
  return true;
}

}  // namespace

std::vector<DateMention> FindDates(std::string_view s) {
  std::vector<DateMention> out;
  const std::vector<Lexeme> lx = Lex(s);
  std::vector<bool> used(lx.size(), false);
  auto text_of = [&](const Lexeme& l) { return s.substr(l.begin, l.end - l.begin); };
  for (std::size_t i = 0; i < lx.size(); ++i) {
    if (lx[i].kind != 'w') continue;
    // A letter run glued to letters of a non-ASCII word is not a month.
    if (lx[i].begin > 0 && static_cast<unsigned char>(s[lx[i].begin - 1]) >= 0x80) continue;
    if (lx[i].end < s.size() && static_cast<unsigned char>(s[lx[i].end]) >= 0x80) continue;
    bool full = false;
    const int month = MonthNumber(text_of(lx[i]), &full);
    if (month == 0) continue;
    DateMention d;
    d.month = month;
    d.begin = lx[i].begin;
    d.end = lx[i].end;
    bool day = false;
    std::size_t j = i + 1;
    // "Jan." abbreviation dot.
    if (!full && j < lx.size() && text_of(lx[j]) == "." && lx[j].begin == lx[i].end) ++j;
    // Day first: "4 January".
    if (i > 0 && !used[i - 1] && Adjacent(s, lx[i - 1], lx[i])) {
      const int n = SmallNumber(s, lx[i - 1]);
      if (n >= 1 && n <= 31) {
        d.begin = lx[i - 1].begin;
        day = true;
        used[i - 1] = true;
      }
    }
    // Day after: "January 4", "Jan 4th", "January 4 to 9", "January 4-9".
    if (!day && j < lx.size() && Adjacent(s, lx[j - 1], lx[j])) {
      const int n = SmallNumber(s, lx[j]);
      if (n >= 1 && n <= 31 && Year(s, lx[j]) == 0) {
        day = true;
        d.end = lx[j].end;
        ++j;
        if (j < lx.size() && lx[j].begin == lx[j - 1].end && lx[j].kind == 'w') {
          const std::string_view suf = text_of(lx[j]);
          if (suf == "st" || suf == "nd" || suf == "rd" || suf == "th") {
            d.end = lx[j].end;
            ++j;
          }
        }
        // A range: "to 9", "-9", "–9" (a multi-byte dash is three 'o' bytes).
        std::size_t k = j;
        if (k < lx.size() && text_of(lx[k]) == "to") {
          ++k;
        } else {
          while (k < lx.size() && lx[k].kind == 'o' &&
                 (text_of(lx[k]) == "-" || static_cast<unsigned char>(s[lx[k].begin]) >= 0x80) &&
                 k < j + 3) {
            ++k;
          }
        }
        if (k > j && k < lx.size()) {
          const int n2 = SmallNumber(s, lx[k]);
          if (n2 > n && n2 <= 31) {
            d.end = lx[k].end;
            j = k + 1;
          }
        }
      }
    }
    // Year: "December 3, 2024", "Mar 10,2021", "May 2020", "4 January 2025".
    std::size_t k = j;
    if (day && k < lx.size() && text_of(lx[k]) == ",") ++k;
    if (k < lx.size() && (k == j ? Adjacent(s, lx[k - 1], lx[k]) : true)) {
      const int y = Year(s, lx[k]);
      if (y != 0 && (k == j || Adjacent(s, lx[k - 1], lx[k]))) {
        d.year = y;
        d.end = lx[k].end;
        used[k] = true;
      }
    }
    // "May" and abbreviations alone are too often something else.
    if (!day && d.year == 0 && (!full || month == 5)) continue;
    used[i] = true;
    out.push_back(d);
  }
  // Years on their own: "in 2021", "(2019)", "2024." ...
  for (std::size_t i = 0; i < lx.size(); ++i) {
    if (used[i]) continue;
    const int y = Year(s, lx[i]);
    if (y == 0) continue;
    // Not part of a longer token: "2021-22" is fine, "A2021" or "2021x" not.
    if (lx[i].begin > 0 && !IsAsciiSpace(s[lx[i].begin - 1]) &&
        std::string_view("([\"'").find(s[lx[i].begin - 1]) == std::string_view::npos) {
      continue;
    }
    if (lx[i].end < s.size() && (IsAsciiAlpha(s[lx[i].end]) || s[lx[i].end] == '%')) {
      continue;
    }
    const bool after_word = i > 0 && lx[i - 1].kind == 'w' && Adjacent(s, lx[i - 1], lx[i]) &&
                            IntroducesYear(text_of(lx[i - 1]));
    const bool before_mark =
        i + 1 == lx.size() ||
        (lx[i + 1].kind == 'o' &&
         std::string_view(".,;:)]\"'").find(s[lx[i + 1].begin]) != std::string_view::npos);
    if (!after_word && !before_mark) continue;
    DateMention d;
    d.begin = lx[i].begin;
    d.end = lx[i].end;
    d.year = y;
    out.push_back(d);
  }
  std::sort(out.begin(), out.end(),
            [](const DateMention& a, const DateMention& b) { return a.begin < b.begin; });
  return out;
}

namespace {

bool IsWeekday(std::string_view w) {
  static constexpr std::string_view kDays[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                               "Friday", "Saturday", "Sunday"};
  return std::find(std::begin(kDays), std::end(kDays), w) != std::end(kDays);
}

}  // namespace

TextFigures FindFigures(std::string_view text) {
  TextFigures out;
  out.dates = FindDates(text);
  for (const Lexeme& l : Lex(text)) {
    if (l.kind == 'w' && IsWeekday(text.substr(l.begin, l.end - l.begin))) ++out.weekdays;
    if (l.kind != 'n') continue;
    bool in_date = false;
    for (const DateMention& d : out.dates) in_date |= l.begin >= d.begin && l.end <= d.end;
    if (!in_date) ++out.numbers;
  }
  return out;
}

}  // namespace internal
}  // namespace precis
