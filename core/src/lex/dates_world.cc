// Dates written in languages other than English (see FindWorldDateSpans).
#include <algorithm>
#include <string>

#include "lex/dates.h"
#include "lex/word_set.h"
#include "text/unicode.h"

namespace precis {
namespace internal {
namespace {

struct MonthWord {
  std::string_view word;  // case-folded
  int month;
};

// Month names (case-folded) of French, German, Spanish, Portuguese,
// Italian, Dutch, Russian (nominative and genitive) and Arabic. Names that
// are also English month names are found by the English rules first.
constexpr MonthWord kMonthWords[] = {
    // French
    {"janvier", 1},
    {"février", 2},
    {"fevrier", 2},
    {"mars", 3},
    {"avril", 4},
    {"mai", 5},
    {"juin", 6},
    {"juillet", 7},
    {"août", 8},
    {"aout", 8},
    {"septembre", 9},
    {"octobre", 10},
    {"novembre", 11},
    {"décembre", 12},
    {"decembre", 12},
    // German
    {"januar", 1},
    {"jänner", 1},
    {"februar", 2},
    {"märz", 3},
    {"maerz", 3},
    {"april", 4},
    {"juni", 6},
    {"juli", 7},
    {"august", 8},
    {"september", 9},
    {"oktober", 10},
    {"november", 11},
    {"dezember", 12},
    // Spanish
    {"enero", 1},
    {"febrero", 2},
    {"marzo", 3},
    {"abril", 4},
    {"mayo", 5},
    {"junio", 6},
    {"julio", 7},
    {"agosto", 8},
    {"septiembre", 9},
    {"setiembre", 9},
    {"octubre", 10},
    {"noviembre", 11},
    {"diciembre", 12},
    // Portuguese
    {"janeiro", 1},
    {"fevereiro", 2},
    {"março", 3},
    {"marco", 3},
    {"maio", 5},
    {"junho", 6},
    {"julho", 7},
    {"setembro", 9},
    {"outubro", 10},
    {"novembro", 11},
    {"dezembro", 12},
    // Italian
    {"gennaio", 1},
    {"febbraio", 2},
    {"aprile", 4},
    {"maggio", 5},
    {"giugno", 6},
    {"luglio", 7},
    {"settembre", 9},
    {"ottobre", 10},
    {"dicembre", 12},
    // Dutch
    {"januari", 1},
    {"februari", 2},
    {"maart", 3},
    {"mei", 5},
    {"augustus", 8},
    // Russian
    {"январь", 1},
    {"января", 1},
    {"февраль", 2},
    {"февраля", 2},
    {"март", 3},
    {"марта", 3},
    {"апрель", 4},
    {"апреля", 4},
    {"май", 5},
    {"мая", 5},
    {"июнь", 6},
    {"июня", 6},
    {"июль", 7},
    {"июля", 7},
    {"август", 8},
    {"августа", 8},
    {"сентябрь", 9},
    {"сентября", 9},
    {"октябрь", 10},
    {"октября", 10},
    {"ноябрь", 11},
    {"ноября", 11},
    {"декабрь", 12},
    {"декабря", 12},
    // Arabic
    {"يناير", 1},
    {"فبراير", 2},
    {"مارس", 3},
    {"أبريل", 4},
    {"ابريل", 4},
    {"إبريل", 4},
    {"مايو", 5},
    {"يونيو", 6},
    {"يوليو", 7},
    {"أغسطس", 8},
    {"اغسطس", 8},
    {"سبتمبر", 9},
    {"أكتوبر", 10},
    {"اكتوبر", 10},
    {"نوفمبر", 11},
    {"ديسمبر", 12}};

// Words after which a bare year is a date ("en 2024", "seit 2019", "в 2024
// году", "عام 2024").
constexpr std::string_view kYearLeads[] = {
    "en",  "depuis", "dès", "année", "im",  "jahr", "seit",  "bis",  "ab",    "desde", "hasta",
    "año", "em",     "até", "ano",   "nel", "dal",  "fino",  "anno", "entro", "в",     "с",
    "до",  "году",   "год", "عام",   "منذ", "سنة",  "العام", "حتى",  "in",    "sinds", "tot"};

// Words between a day and its month or a month and its year ("14 de
// marzo de 2024").
bool Linker(std::string_view w) { return w == "de" || w == "del" || w == "di"; }

int MonthOf(std::string_view folded) {
  static const WordSet names([] {
    std::vector<std::string_view> words;
    for (const MonthWord& m : kMonthWords) words.push_back(m.word);
    return words;
  }());
  if (!names.Contains(folded)) return 0;
  for (const MonthWord& m : kMonthWords) {
    if (m.word == folded) return m.month;
  }
  return 0;
}

struct Item {
  std::size_t begin = 0;
  std::size_t end = 0;
  char kind = 'o';  // 'w' word, 'n' number, 'h' one Han, kana or Hangul letter, 'o' other
  int value = 0;    // a number's value
  int digits = 0;   // a number's digit count
  char32_t cp = 0;
  std::string word;  // a word, case-folded
};

// Han numerals from `pos`: "二〇二七" (digit by digit) or "十二" (with 十).
std::size_t HanNumber(std::string_view s, std::size_t pos, Item* it) {
  int value = 0;
  int digits = 0;
  int ten = -1;  // the value before 十, when one was seen
  std::size_t p = pos;
  while (p < s.size()) {
    char32_t cp;
    const int len = DecodeAt(s, p, &cp);
    if (len == 0) break;
    const int d = HanDigit(cp);
    if (d >= 0) {
      value = value * 10 + d;
      ++digits;
    } else if (cp == 0x5341 && ten < 0) {  // 十
      ten = digits == 0 ? 1 : value;
      value = 0;
      digits = 0;
    } else {
      break;
    }
    p += static_cast<std::size_t>(len);
  }
  if (ten >= 0) {
    value += ten * 10;
    digits = value >= 10 ? 2 : 1;
  }
  it->value = value;
  it->digits = digits;
  return p;
}

std::vector<Item> Lex(std::string_view s) {
  std::vector<Item> out;
  std::size_t p = 0;
  while (p < s.size()) {
    char32_t cp;
    const int len = DecodeAt(s, p, &cp);
    if (len == 0) break;
    Item it;
    it.begin = p;
    it.end = p + static_cast<std::size_t>(len);
    it.kind = 'o';
    it.cp = cp;
    if (IsSpace(cp)) {
      p = it.end;
      continue;
    }
    if (DecimalDigit(cp) >= 0) {
      it.kind = 'n';
      std::size_t q = p;
      while (q < s.size()) {
        char32_t c;
        const int l = DecodeAt(s, q, &c);
        const int d = l == 0 ? -1 : DecimalDigit(c);
        if (d < 0) break;
        if (it.digits < 9) it.value = it.value * 10 + d;
        ++it.digits;
        q += static_cast<std::size_t>(l);
      }
      it.end = q;
    } else if (HanDigit(cp) >= 0 || cp == 0x5341) {
      it.kind = 'n';
      it.end = HanNumber(s, p, &it);
    } else if (IsCjk(cp) && IsLetter(cp)) {
      it.kind = 'h';
    } else if (IsLetter(cp)) {
      it.kind = 'w';
      std::size_t q = p;
      while (q < s.size()) {
        char32_t c;
        const int l = DecodeAt(s, q, &c);
        if (l == 0 || !(IsLetter(c) || IsMark(c)) || IsCjk(c)) break;
        q += static_cast<std::size_t>(l);
      }
      it.end = q;
      it.word = FoldCase(s.substr(p, q - p));
    }
    p = it.end;
    out.push_back(std::move(it));
  }
  return out;
}

bool IsYear(const Item& it) {
  return it.kind == 'n' && it.digits == 4 && it.value >= 1800 && it.value <= 2100;
}

class WorldScanner {
 public:
  explicit WorldScanner(std::string_view s) : s_(s), lx_(Lex(s)) {}

  std::vector<DateSpan> Scan() {
    for (std::size_t i = 0; i < lx_.size();) {
      const std::size_t next = Match(i);
      i = next > i ? next : i + 1;
    }
    for (DateSpan& d : out_) d.partial = d.day == 0 && (d.month == 0 || d.year == 0);
    return std::move(out_);
  }

 private:
  bool Glued(std::size_t a) const { return a + 1 < lx_.size() && lx_[a].end == lx_[a + 1].begin; }
  bool Han(std::size_t i, char32_t a, char32_t b) const {
    return i < lx_.size() && lx_[i].kind == 'h' && (lx_[i].cp == a || lx_[i].cp == b);
  }
  bool Number(std::size_t i, int lo, int hi) const {
    return i < lx_.size() && lx_[i].kind == 'n' && lx_[i].digits <= 2 && lx_[i].value >= lo &&
           lx_[i].value <= hi;
  }
  // A number that stands alone: not part of "3.14" or "2,5".
  bool Alone(std::size_t i) const {
    if (i > 0 && lx_[i - 1].end == lx_[i].begin &&
        (lx_[i - 1].kind == 'n' || lx_[i - 1].cp == '.' || lx_[i - 1].cp == ',')) {
      return false;
    }
    if (Glued(i) && (lx_[i + 1].cp == ',' || lx_[i + 1].cp == '%') && i + 2 < lx_.size() &&
        lx_[i + 2].kind == 'n') {
      return false;
    }
    return true;
  }
  std::size_t Add(std::size_t first, std::size_t last, int year, int month, int day) {
    DateSpan d;
    d.begin = lx_[first].begin;
    d.end = lx_[last].end;
    d.year = year;
    d.month = month;
    d.day = day;
    out_.push_back(d);
    return last + 1;
  }

  // The date starting at lexeme i; returns the lexeme after it, or i.
  std::size_t Match(std::size_t i) {
    const Item& it = lx_[i];
    if (it.kind == 'n') {
      const std::size_t cjk = Cjk(i);
      if (cjk > i) return cjk;
      if (!Alone(i)) return i;
      const std::size_t numeric = Numeric(i);
      if (numeric > i) return numeric;
      return DayMonth(i);
    }
    if (it.kind == 'w') {
      const int month = MonthOf(it.word);
      if (month != 0) return MonthYear(i, month);
      if (i + 1 < lx_.size() && IsYear(lx_[i + 1]) && Lead(it.word) && !Glued(i + 1)) {
        return Add(i + 1, i + 1, lx_[i + 1].value, 0, 0);
      }
    }
    return i;
  }

  static bool Lead(std::string_view w) {
    static const WordSet leads(kYearLeads);
    return leads.Contains(w);
  }

  // "2024年12月3日", "12月3日", "二〇二七年", "2024년 12월 3일".
  std::size_t Cjk(std::size_t i) {
    constexpr char32_t kYear = 0x5E74, kYearKo = 0xB144;    // 年 년
    constexpr char32_t kMonth = 0x6708, kMonthKo = 0xC6D4;  // 月 월
    constexpr char32_t kDay = 0x65E5, kDayKo = 0xC77C;      // 日 일
    constexpr char32_t kDayZh = 0x53F7;                     // 号
    std::size_t j = i;
    int year = 0;
    int month = 0;
    int day = 0;
    if (IsYear(lx_[j]) && Han(j + 1, kYear, kYearKo)) {
      year = lx_[j].value;
      j += 2;
    }
    std::size_t last = year != 0 ? j - 1 : i;
    if (Number(j, 1, 12) && Han(j + 1, kMonth, kMonthKo)) {
      month = lx_[j].value;
      last = j + 1;
      j += 2;
      if (Number(j, 1, 31) && (Han(j + 1, kDay, kDayKo) || Han(j + 1, kDayZh, kDayZh))) {
        day = lx_[j].value;
        last = j + 1;
      }
    }
    if (year == 0 && month == 0) return i;
    return Add(i, last, year, month, day);
  }

  // "14.03.2024".
  std::size_t Numeric(std::size_t i) {
    if (i + 4 >= lx_.size() || !Number(i, 1, 31) || !Number(i + 2, 1, 12) || !IsYear(lx_[i + 4]) ||
        lx_[i + 1].cp != '.' || lx_[i + 3].cp != '.') {
      return i;
    }
    for (std::size_t k = i; k < i + 4; ++k) {
      if (!Glued(k)) return i;
    }
    if (Glued(i + 4) && lx_[i + 5].kind != 'o') return i;
    return Add(i, i + 4, lx_[i + 4].value, lx_[i + 2].value, lx_[i].value);
  }

  // "14 mars", "1er janvier 2025", "31. Dezember", "14 de marzo de 2024",
  // "14 марта 2024 года", "14 مارس 2024".
  std::size_t DayMonth(std::size_t i) {
    if (!Number(i, 1, 31)) return i;
    std::size_t j = i + 1;
    if (j < lx_.size() && lx_[j].begin == lx_[i].end &&
        (lx_[j].cp == '.' || lx_[j].cp == 0x00BA || lx_[j].cp == 0x00B0 || lx_[j].word == "er" ||
         lx_[j].word == "o")) {
      ++j;  // "31.", "1º", "1er"
    }
    if (j < lx_.size() && lx_[j].kind == 'w' && Linker(lx_[j].word)) ++j;
    if (j >= lx_.size() || lx_[j].kind != 'w') return i;
    const int month = MonthOf(lx_[j].word);
    if (month == 0) return i;
    std::size_t last = j;
    int year = 0;
    std::size_t k = j + 1;
    if (k < lx_.size() && lx_[k].kind == 'w' && Linker(lx_[k].word)) ++k;
    if (k < lx_.size() && IsYear(lx_[k]) && !(Glued(k) && lx_[k + 1].kind == 'n')) {
      year = lx_[k].value;
      last = k;
    }
    return Add(i, last, year, month, lx_[i].value);
  }

  // "mars 2024", "marzo de 2024", "März 2024". A capitalised "Mars" needs a
  // day (the planet, the rover).
  std::size_t MonthYear(std::size_t i, int month) {
    std::size_t k = i + 1;
    if (k < lx_.size() && lx_[k].kind == 'w' && Linker(lx_[k].word)) ++k;
    if (k >= lx_.size() || !IsYear(lx_[k]) || (Glued(k) && lx_[k + 1].kind != 'o')) return i;
    if (lx_[i].word == "mars" && s_[lx_[i].begin] == 'M') return i;
    return Add(i, k, lx_[k].value, month, 0);
  }

  std::string_view s_;
  std::vector<Item> lx_;
  std::vector<DateSpan> out_;
};

}  // namespace

int DecimalDigit(char32_t cp) {
  if (cp >= '0' && cp <= '9') return static_cast<int>(cp - '0');
  if (cp >= 0x0660 && cp <= 0x0669) return static_cast<int>(cp - 0x0660);
  if (cp >= 0x06F0 && cp <= 0x06F9) return static_cast<int>(cp - 0x06F0);
  if (cp >= 0x0966 && cp <= 0x096F) return static_cast<int>(cp - 0x0966);
  if (cp >= 0xFF10 && cp <= 0xFF19) return static_cast<int>(cp - 0xFF10);
  return -1;
}

int HanDigit(char32_t cp) {
  switch (cp) {
    case 0x3007:  // 〇
    case 0x96F6:  // 零
      return 0;
    case 0x4E00:  // 一
      return 1;
    case 0x4E8C:  // 二
    case 0x4E24:  // 两
      return 2;
    case 0x4E09:  // 三
      return 3;
    case 0x56DB:  // 四
      return 4;
    case 0x4E94:  // 五
      return 5;
    case 0x516D:  // 六
      return 6;
    case 0x4E03:  // 七
      return 7;
    case 0x516B:  // 八
      return 8;
    case 0x4E5D:  // 九
      return 9;
    default:
      return -1;
  }
}

bool HasNumeral(std::string_view text) {
  for (std::size_t p = 0; p < text.size();) {
    const auto c = static_cast<unsigned char>(text[p]);
    if (c < 0x80) {
      if (c >= '0' && c <= '9') return true;
      ++p;
      continue;
    }
    char32_t cp;
    const int len = DecodeAt(text, p, &cp);
    if (DecimalDigit(cp) >= 0 || HanDigit(cp) >= 0 || cp == 0x5341) return true;
    p += static_cast<std::size_t>(len);
  }
  return false;
}

std::vector<DateSpan> FindWorldDateSpans(std::string_view text) {
  // Each date holds a number (a day, a month or a year).
  if (!HasNumeral(text)) return {};
  return WorldScanner(text).Scan();
}

}  // namespace internal
}  // namespace precis
