#include "lex/dates.h"

#include <algorithm>
#include <string>

#include "lex/lexicon.h"
#include "lex/tokenizer.h"
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

// 1..7 (Monday..Sunday) for a full weekday name written like "Sunday".
int CapitalizedWeekday(std::string_view w) {
  if (w.empty() || w[0] < 'A' || w[0] > 'Z') return 0;
  std::string folded(w);
  folded[0] = static_cast<char>(folded[0] - 'A' + 'a');
  for (std::size_t i = 1; i < w.size(); ++i) {
    if (w[i] < 'a' || w[i] > 'z') return 0;
  }
  for (std::size_t i = 0; i < std::size(kEnglishWeekdayWords); ++i) {
    if (kEnglishWeekdayWords[i] == folded) return static_cast<int>(i) + 1;
  }
  return 0;
}

// `w` with its first letter in lower case ("Between" -> "between").
std::string LowerFirst(std::string_view w) {
  std::string out(w);
  if (!out.empty() && out[0] >= 'A' && out[0] <= 'Z') out[0] = static_cast<char>(out[0] + 32);
  return out;
}

// Words that join the days of a list or a range ("May 2 and 3").
bool JoinsDays(std::string_view w) {
  return w == "to" || w == "and" || w == "through" || w == "until";
}

// Words after which "May" or "March" alone is a month ("in May").
bool LeadsMonthVerb(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "after", "around", "before", "between", "by",   "during", "early",
      "from",  "in",     "late",   "mid",     "of",   "since",  "through",
      "till",  "to",     "until",  "last",    "next", "this",   "on"};
  return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
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

int FourDigitYear(std::string_view s, const Lexeme& l, bool wide) {
  if (l.kind != 'n' || l.end - l.begin != 4) return 0;
  int y = 0;
  for (std::size_t i = l.begin; i < l.end; ++i) {
    if (!IsAsciiDigit(s[i])) break;
    y = y * 10 + (s[i] - '0');
  }
  if (wide) return (y >= 1800 && y <= 2100) ? y : 0;
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
  DateScanner(std::string_view s, const DateOptions& o)
      : s_(s), o_(o), lx_(Lex(s)), used_(lx_.size(), false) {}

  std::vector<DateSpan> Scan() {
    if (o_.iso_dates) {
      for (std::size_t i = 0; i < lx_.size(); ++i) IsoDate(i);
    }
    for (std::size_t i = 0; i < lx_.size(); ++i) MonthDate(i);
    if (o_.weekdays) {
      for (std::size_t i = 0; i < lx_.size(); ++i) Weekday(i);
    }
    for (std::size_t i = 0; i < lx_.size(); ++i) BareYear(i);
    for (DateSpan& d : out_) d.partial = d.day == 0 && (d.month == 0 || d.year == 0);
    std::stable_sort(out_.begin(), out_.end(),
                     [](const DateSpan& a, const DateSpan& b) { return a.begin < b.begin; });
    return std::move(out_);
  }

 private:
  std::string_view Text(const Lexeme& l) const { return s_.substr(l.begin, l.end - l.begin); }
  int Year(const Lexeme& l) const { return FourDigitYear(s_, l, o_.wide_years); }
  bool Glued(std::size_t i) const {
    return (lx_[i].begin > 0 && static_cast<unsigned char>(s_[lx_[i].begin - 1]) >= 0x80) ||
           (lx_[i].end < s_.size() && static_cast<unsigned char>(s_[lx_[i].end]) >= 0x80);
  }
  bool IsWord(std::size_t i, std::string_view w) const {
    return i < lx_.size() && lx_[i].kind == 'w' && Text(lx_[i]) == w;
  }
  bool TwoDigits(std::size_t i, int lo, int hi) const {
    if (i >= lx_.size() || lx_[i].end - lx_[i].begin != 2) return false;
    const int n = SmallNumber(s_, lx_[i]);
    return n >= lo && n <= hi;
  }

  // An ISO date at lexeme i: "2024-12-03".
  void IsoDate(std::size_t i) {
    if (i + 4 >= lx_.size() || used_[i]) return;
    const int y = Year(lx_[i]);
    if (y == 0 || Text(lx_[i + 1]) != "-" || Text(lx_[i + 3]) != "-") return;
    if (!TwoDigits(i + 2, 1, 12) || !TwoDigits(i + 4, 1, 31)) return;
    for (std::size_t k = i; k < i + 4; ++k) {
      if (lx_[k].end != lx_[k + 1].begin) return;
    }
    if (i + 5 < lx_.size() && lx_[i + 5].begin == lx_[i + 4].end && lx_[i + 5].kind != 'o') return;
    DateSpan d;
    d.begin = lx_[i].begin;
    d.end = lx_[i + 4].end;
    d.year = y;
    d.month = SmallNumber(s_, lx_[i + 2]);
    d.day = SmallNumber(s_, lx_[i + 4]);
    for (std::size_t k = i; k <= i + 4; ++k) used_[k] = true;
    out_.push_back(d);
  }

  // A weekday name at lexeme i: "Sunday".
  void Weekday(std::size_t i) {
    if (used_[i] || lx_[i].kind != 'w' || Glued(i)) return;
    const int w = CapitalizedWeekday(Text(lx_[i]));
    if (w == 0) return;
    DateSpan d;
    d.begin = lx_[i].begin;
    d.end = lx_[i].end;
    d.weekday = w;
    used_[i] = true;
    out_.push_back(d);
  }

  // The lexeme of a day number right before lexeme i ("4 January", "21st
  // January"), or lx_.size() when there is none.
  std::size_t DayBefore(std::size_t i) const {
    if (i == 0 || used_[i - 1] || !Adjacent(s_, lx_[i - 1], lx_[i])) return lx_.size();
    std::size_t k = i - 1;
    if (o_.day_lists && k > 0 && lx_[k].kind == 'w' && lx_[k].begin == lx_[k - 1].end &&
        lx_[k - 1].kind == 'n') {
      const std::string_view suf = Text(lx_[k]);
      if (suf == "st" || suf == "nd" || suf == "rd" || suf == "th") --k;
    }
    if (used_[k]) return lx_.size();
    const int n = SmallNumber(s_, lx_[k]);
    return n >= 1 && n <= 31 ? k : lx_.size();
  }

  // A date around the month name at lexeme i.
  void MonthDate(std::size_t i) {
    if (lx_[i].kind != 'w' || used_[i]) return;
    // A letter run glued to letters of a non-ASCII word is not a month.
    if (Glued(i)) return;
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
    // Day first: "4 January", "4 to 9 January".
    const std::size_t k = DayBefore(i);
    if (k < lx_.size()) {
      d.begin = lx_[k].begin;
      d.day = SmallNumber(s_, lx_[k]);
      for (std::size_t u = k; u < i; ++u) used_[u] = true;
      if (o_.day_lists) RangeBefore(k, &d);
    }
    if (d.day == 0) j = DayAfter(j, &d);
    YearAfter(j, &d);
    if (d.day == 0 && d.year == 0 && !MonthAlone(i, full, month)) return;
    used_[i] = true;
    out_.push_back(d);
  }

  // Whether the month name at lexeme i is a date on its own: a full name,
  // but "May" and abbreviations are too often something else. With
  // `month_verbs`, "May" and "March" count after a time word.
  bool MonthAlone(std::size_t i, bool full, int month) const {
    if (!full) return false;
    if (!o_.month_verbs) return month != 5;
    if (month != 5 && month != 3) return true;
    std::size_t w = i - 1;  // the word before, or before a hyphen: "January-to-March"
    if (i > 1 && Text(lx_[i - 1]) == "-" && lx_[i - 1].end == lx_[i].begin &&
        lx_[i - 2].end == lx_[i - 1].begin) {
      w = i - 2;
    } else if (i == 0 || !Adjacent(s_, lx_[i - 1], lx_[i])) {
      return false;
    }
    return lx_[w].kind == 'w' && LeadsMonthVerb(LowerFirst(Text(lx_[w])));
  }

  // The first day of a range before the day at lexeme k: "4 to 9 January".
  void RangeBefore(std::size_t k, DateSpan* d) {
    if (k < 2 || used_[k - 2] || lx_[k - 1].kind != 'w' || !JoinsDays(Text(lx_[k - 1]))) return;
    if (!Adjacent(s_, lx_[k - 2], lx_[k - 1]) || !Adjacent(s_, lx_[k - 1], lx_[k])) return;
    const int n0 = SmallNumber(s_, lx_[k - 2]);
    if (n0 < 1 || n0 >= d->day) return;
    d->begin = lx_[k - 2].begin;
    d->day = n0;
    used_[k - 2] = used_[k - 1] = true;
  }

  // Day after the month at lexeme j: "January 4", "Jan 4th", "January 4 to
  // 9", "January 4-9". Returns the lexeme after what it took.
  std::size_t DayAfter(std::size_t j, DateSpan* d) {
    if (j >= lx_.size() || !Adjacent(s_, lx_[j - 1], lx_[j])) return j;
    const int n = SmallNumber(s_, lx_[j]);
    if (n < 1 || n > 31 || Year(lx_[j]) != 0) return j;
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
    if (k < lx_.size() && lx_[k].kind == 'w' &&
        (Text(lx_[k]) == "to" || (o_.day_lists && JoinsDays(Text(lx_[k]))))) {
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
    if (d->day != 0 && k < lx_.size() && Text(lx_[k]) == "," &&
        (!o_.glued_commas || lx_[k].begin == lx_[k - 1].end)) {
      ++k;
    }
    if (k >= lx_.size() || (k == j && !Adjacent(s_, lx_[k - 1], lx_[k]))) return;
    const int y = Year(lx_[k]);
    if (y != 0 && (k == j || Adjacent(s_, lx_[k - 1], lx_[k]))) {
      d->year = y;
      d->end = lx_[k].end;
      used_[k] = true;
    }
  }

  // A year on its own at lexeme i: "in 2021", "(2019)", "2024.".
  void BareYear(std::size_t i) {
    if (used_[i]) return;
    const int y = Year(lx_[i]);
    if (y == 0) return;
    // Not part of a longer token: "2021-22" is fine, "A2021" or "2021x" not.
    const std::size_t b = lx_[i].begin;
    const std::size_t e = lx_[i].end;
    const bool hyphen_lead =
        o_.year_leads && i > 1 && Text(lx_[i - 1]) == "-" && lx_[i - 1].end == b &&
        lx_[i - 2].end == lx_[i - 1].begin && lx_[i - 2].kind == 'w' &&
        (LowerFirst(Text(lx_[i - 2])) == "mid" || LowerFirst(Text(lx_[i - 2])) == "early" ||
         LowerFirst(Text(lx_[i - 2])) == "late");
    if (!hyphen_lead && b > 0 && !IsAsciiSpace(s_[b - 1]) &&
        std::string_view("([\"'").find(s_[b - 1]) == std::string_view::npos) {
      return;
    }
    if (e < s_.size() && (IsAsciiLetter(s_[e]) || s_[e] == '%')) return;
    bool after_word = hyphen_lead;
    if (!after_word && i > 0 && lx_[i - 1].kind == 'w' && Adjacent(s_, lx_[i - 1], lx_[i])) {
      const std::string_view w = Text(lx_[i - 1]);
      after_word = IntroducesYear(w) || (o_.year_leads && IntroducesYear(LowerFirst(w)));
      if (after_word && o_.year_leads && w == "of" && LabelAfter(i)) return;
    }
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

  // A common noun right after the year at lexeme i: "of 2025 models".
  bool LabelAfter(std::size_t i) const {
    if (i + 1 >= lx_.size() || lx_[i + 1].kind != 'w' || !Adjacent(s_, lx_[i], lx_[i + 1])) {
      return false;
    }
    const std::string_view w = Text(lx_[i + 1]);
    return w[0] >= 'a' && w[0] <= 'z' && !IsStopword(w);
  }

  std::string_view s_;
  DateOptions o_;
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

// Whether `text` may hold a date: an ASCII digit, or a capital letter that
// starts one of the first three letters of a month or weekday name ("Jan",
// "Sept", "Sunday"). Every date of FindDateSpans has one of them.
bool MayHoldDate(std::string_view text) {
  constexpr std::string_view kStarts[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul",
                                          "Aug", "Sep", "Oct", "Nov", "Dec", "Mon", "Tue",
                                          "Wed", "Thu", "Fri", "Sat", "Sun"};
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (IsAsciiDigit(c)) return true;
    if (c < 'A' || c > 'Z' || i + 3 > text.size()) continue;
    const std::string_view three = text.substr(i, 3);
    for (std::string_view start : kStarts) {
      if (three == start) return true;
    }
  }
  return false;
}

std::vector<DateSpan> FindDateSpans(std::string_view text, const DateOptions& options) {
  if (!MayHoldDate(text)) return {};
  return DateScanner(text, options).Scan();
}

}  // namespace internal
}  // namespace precis
