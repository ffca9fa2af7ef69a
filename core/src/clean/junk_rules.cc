// The shape rules of the junk filter: one function per kind of page
// furniture recognised by its form rather than its vocabulary.
#include "clean/junk_rules.h"

#include <algorithm>
#include <utility>

#include "clean/furniture.h"
#include "lex/lexicon.h"
#include "text/ascii.h"
#include "text/unicode.h"

namespace precis {
namespace internal {
namespace junk {

bool NumberLike(const Token& t, std::string_view surface) {
  if (t.kind == TokenKind::kNumber) return true;
  // "1.2k", "3M": a social counter.
  if (surface.empty() || !IsAsciiDigit(surface[0])) return false;
  const char last = surface.back();
  if (last != 'k' && last != 'K' && last != 'm' && last != 'M') return false;
  for (std::size_t i = 0; i + 1 < surface.size(); ++i) {
    if (!IsAsciiDigit(surface[i]) && surface[i] != '.' && surface[i] != ',') {
      return false;
    }
  }
  return true;
}

// A counter line has this many tokens: a number, a counter word and
// function words.
constexpr std::size_t kMinCounterTokens = 2;
constexpr std::size_t kMaxCounterTokens = 6;

// "13 users have voted.", "1.2k shares", "Comments (12)".
Reason CounterShape(std::string_view unit, const std::vector<Token>& tokens) {
  if (tokens.size() < kMinCounterTokens || tokens.size() > kMaxCounterTokens) return kNone;
  int numbers = 0;
  int counted = 0;
  Reason reason = kNone;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    const std::string_view surface = unit.substr(t.begin, t.end - t.begin);
    if (NumberLike(t, surface)) {
      ++numbers;
      if (i != 0 && i + 1 != tokens.size()) return kNone;
      continue;
    }
    bool found = false;
    const Reason r = CounterReason(t.norm, &found);
    if (found) {
      ++counted;
      if (reason == kNone) reason = r;
      continue;
    }
    if (!t.stopword) return kNone;
  }
  if (numbers != 1 || counted == 0) return kNone;
  return reason == kNone ? kVoteCount : reason;
}

// Digits joined by an arithmetic operator: "1+3", "18 + 0". A minus sign is
// left out (ranges and dates use the hyphen).
bool HasArithmetic(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    if (!IsAsciiDigit(s[i])) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < s.size() && IsAsciiDigit(s[j])) ++j;
    std::size_t k = j;
    while (k < s.size() && s[k] == ' ') ++k;
    std::size_t op_len = 0;
    if (k < s.size() && (s[k] == '+' || s[k] == '*')) {
      op_len = 1;
    } else if (s.substr(k, 2) == "\xC3\x97" ||  // multiplication sign
               s.substr(k, 2) == "\xC3\xB7") {  // division sign
      op_len = 2;
    }
    if (op_len > 0) {
      std::size_t m = k + op_len;
      while (m < s.size() && s[m] == ' ') ++m;
      if (m < s.size() && IsAsciiDigit(s[m])) return true;
    }
    i = j;
  }
  return false;
}

// A unit that is nothing but an arithmetic prompt: "18 + 0 =",
// "What is 3 + 4?".
bool ArithmeticShape(std::string_view unit, const std::vector<Token>& tokens) {
  const Vocabulary& v = Vocab();
  std::size_t rest = 0;
  for (const Token& t : tokens) {
    if (t.kind == TokenKind::kNumber) break;
    if (!v.arithmetic_lead.Contains(t.norm)) return false;
    rest = t.end;
  }
  const std::string_view tail = unit.substr(rest);
  int digit_groups = 0;
  for (std::size_t i = 0; i < tail.size(); ++i) {
    const char c = tail[i];
    if (IsAsciiDigit(c)) {
      if (i == 0 || !IsAsciiDigit(tail[i - 1])) ++digit_groups;
      continue;
    }
    if (c == ' ' || c == '+' || c == '-' || c == '*' || c == '/' || c == '=' || c == '?' ||
        c == 'x' || c == ':') {
      continue;
    }
    if (tail.substr(i, 2) == "\xC3\x97" || tail.substr(i, 2) == "\xC3\xB7") {
      ++i;
      continue;
    }
    return false;
  }
  const bool op = HasArithmetic(tail);
  const bool asks =
      tail.find('=') != std::string_view::npos || tail.find('?') != std::string_view::npos;
  return digit_groups >= 2 && op && asks;
}

// A byline or time stamp has this many tokens.
constexpr std::size_t kMinBylineTokens = 2;
constexpr std::size_t kMaxBylineTokens = 30;

// "By AFP - Mar 10,2021 - Last updated at Mar 10,2021", "By Jane Doe and
// John Roe, Associated Press", "Published 10 March 2021, 12:30 GMT",
// "March 10, 2021".
bool BylineShape(const std::vector<Token>& tokens) {
  const Vocabulary& v = Vocab();
  if (tokens.size() < kMinBylineTokens || tokens.size() > kMaxBylineTokens) return false;
  const Token& first = tokens[0];
  const bool by = first.norm == "by" && first.capitalized;
  const bool stamp = first.capitalized &&
                     (first.norm == "published" || first.norm == "updated" ||
                      first.norm == "posted" || first.norm == "last" || first.norm == "modified");
  const bool date_first = IsEnglishCalendarWord(first.norm) && first.capitalized;
  const bool number_first = first.kind == TokenKind::kNumber;
  if (!by && !stamp && !date_first && !number_first) return false;
  if (by && !tokens[1].capitalized) return false;
  int names = 0;
  int dates = 0;
  bool month_or_clock = date_first;
  for (std::size_t i = 1; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (t.kind == TokenKind::kNumber) {
      ++dates;
      continue;
    }
    if (IsEnglishCalendarWord(t.norm) && t.capitalized) {
      ++dates;
      month_or_clock = true;
      continue;
    }
    if (v.clock_words.Contains(t.norm)) month_or_clock = true;
    if (v.date_words.Contains(t.norm)) continue;
    if (by && t.capitalized) {
      ++names;
      continue;
    }
    if (by && v.byline_words.Contains(t.norm)) continue;
    return false;
  }
  if (by) return names >= 1 || dates >= 1;
  // "10 March 2021", "2000 GMT" (not "5 min read").
  if (number_first) return month_or_clock;
  return dates >= 1;  // a time stamp or a bare date
}

// Each step of a breadcrumb trail holds at most this many spaces (five
// words).
constexpr int kMaxBreadcrumbStepSpaces = 4;

// "Home > World > Asia", "News | Politics | Europe".
bool BreadcrumbShape(std::string_view unit) {
  static constexpr std::string_view kSeparators[] = {" > ", " \xE2\x80\xBA ", " \xC2\xBB ", " / ",
                                                     " | ", " \xE2\x80\xA2 ", " \xC2\xB7 ", " :: "};
  std::vector<std::pair<std::size_t, std::size_t>> cuts;  // [begin, end)
  for (std::size_t i = 0; i < unit.size(); ++i) {
    if (unit[i] != ' ') continue;
    for (std::string_view sep : kSeparators) {
      if (unit.compare(i, sep.size(), sep) == 0) {
        cuts.emplace_back(i, i + sep.size());
        i += sep.size() - 2;  // the separator's closing space may start another
        break;
      }
    }
  }
  if (cuts.size() < 2) return false;
  std::size_t seg_begin = 0;
  for (std::size_t c = 0; c <= cuts.size(); ++c) {
    const std::size_t seg_end = c < cuts.size() ? cuts[c].first : unit.size();
    if (seg_end <= seg_begin) return false;
    const std::string_view seg = unit.substr(seg_begin, seg_end - seg_begin);
    char32_t cp;
    if (DecodeAt(seg, 0, &cp) == 0 || !(IsUpper(cp) || IsDigit(cp))) return false;
    if (std::count(seg.begin(), seg.end(), ' ') > kMaxBreadcrumbStepSpaces) return false;
    if (c < cuts.size()) seg_begin = cuts[c].second;
  }
  return true;
}

// A unit with a photo credit has at most kMaxCreditTokens tokens, at most
// kMaxLeadCreditTokens when the credit leads; a closing parenthetical credit
// opens within kMaxCreditParenthesisBytes of the end.
constexpr std::size_t kMaxCreditTokens = 40;
constexpr std::size_t kMaxLeadCreditTokens = 15;
constexpr std::size_t kMaxCreditParenthesisBytes = 100;

// "Photo: Reuters", "(AP Photo/Evan Vucci)", "Image source, Getty Images",
// or a caption ending in such a credit.
bool PhotoCreditShape(std::string_view unit, const std::vector<Token>& tokens) {
  const Vocabulary& v = Vocab();
  if (tokens.empty() || tokens.size() > kMaxCreditTokens) return false;
  // A leading credit word followed by a separator.
  if (tokens.size() <= kMaxLeadCreditTokens && v.photo_lead.Contains(tokens[0].norm) &&
      tokens[0].capitalized) {
    std::size_t k = 0;
    if (tokens.size() > 1 && v.photo_lead_second.Contains(tokens[1].norm)) k = 1;
    std::size_t pos = tokens[k].end;
    while (pos < unit.size() && unit[pos] == ' ') ++pos;
    if (pos < unit.size() &&
        (unit[pos] == ':' || unit[pos] == ',' || unit[pos] == '/' || unit[pos] == '|')) {
      return true;
    }
    if (k == 1 && tokens[1].norm == "by") return true;
  }
  // A closing parenthetical credit: "(AP Photo/Evan Vucci)".
  std::size_t end = unit.size();
  while (end > 0 && (unit[end - 1] == ' ' || unit[end - 1] == '.')) --end;
  if (end == 0 || unit[end - 1] != ')') return false;
  const std::size_t limit = end > kMaxCreditParenthesisBytes ? end - kMaxCreditParenthesisBytes : 0;
  std::size_t open = std::string_view::npos;
  for (std::size_t i = end - 1; i-- > limit;) {
    if (unit[i] == ')') return false;
    if (unit[i] == '(') {
      open = i;
      break;
    }
  }
  if (open == std::string_view::npos) return false;
  const std::string_view inner = unit.substr(open + 1, end - 1 - open - 1);
  if (inner.find('/') == std::string_view::npos && inner.find(':') == std::string_view::npos) {
    return false;
  }
  for (const Token& t : tokens) {
    if (t.begin > open && t.end < end && v.photo_lead.Contains(t.norm) && t.capitalized) {
      return true;
    }
  }
  return false;
}

bool CopyrightSign(std::string_view unit) {
  if (unit.find("\xC2\xA9") != std::string_view::npos) return true;  // ©
  for (std::string_view mark : {"(c) ", "(C) "}) {
    const std::size_t at = unit.find(mark);
    if (at != std::string_view::npos && at + 5 < unit.size() && IsAsciiDigit(unit[at + 4])) {
      return true;
    }
  }
  return false;
}

// Words of a lead-in label before its colon.
constexpr std::size_t kMaxLabelWords = 3;

// A lead-in label of page furniture: up to three words of one reason's line
// vocabulary (or an imperative) and function words, then a colon: "Read
// more:", "RELATED:", "Sign up:". "Conclusion:" is not such a label.
Reason LabelShape(std::string_view unit, const std::vector<Token>& tokens, const Features& f) {
  const Vocabulary& v = Vocab();
  std::uint32_t classes = 0;
  bool any = false;
  for (std::size_t i = 0; i < tokens.size() && i < kMaxLabelWords; ++i) {
    const Token& t = tokens[i];
    std::size_t after = t.end;
    while (after < unit.size() && unit[after] == ' ') ++after;
    if (!t.stopword) {
      std::uint32_t c = v.topic.Classes(t.norm);
      if (i == 0) c |= f.cta;
      if (c == 0) return kNone;
      classes |= c;
      any = true;
    } else if (i == 0) {
      return kNone;  // "He replies:", "The newsletter says:" introduce speech
    }
    if (after < unit.size() && unit[after] == ':') {
      if (!any) return kNone;
      for (const ReasonVocabulary& rv : kReasonVocabulary) {
        if (classes & (rv.core | rv.pure)) return rv.reason;
      }
      return kNone;
    }
  }
  return kNone;
}

// Longest units, in words, in which "1+3" counts as a captcha, a breadcrumb
// trail is looked for, and "You are here" is recognised.
constexpr int kMaxInlineArithmeticWords = 20;
constexpr int kMaxBreadcrumbWords = 15;
constexpr int kMaxYouAreHereWords = 5;

Shapes FindShapes(std::string_view unit, const std::vector<Token>& tokens, const Features& f,
                  bool line_unit, bool starts_line) {
  Shapes s;
  s.counter = CounterShape(unit, tokens);
  s.arithmetic = ArithmeticShape(unit, tokens);
  s.inline_arithmetic =
      !s.arithmetic && f.words <= kMaxInlineArithmeticWords && HasArithmetic(unit);
  s.byline = BylineShape(tokens);
  const bool is_line = line_unit || !f.terminal;
  s.breadcrumb = is_line && f.words <= kMaxBreadcrumbWords && BreadcrumbShape(unit);
  s.photo_credit = PhotoCreditShape(unit, tokens);
  s.copyright_sign = CopyrightSign(unit);
  // "You are here": a short line of function words addressing the reader.
  s.you_are_here = is_line && f.words <= kMaxYouAreHereWords && f.all_function && f.reader > 0;
  s.label = LabelShape(unit, tokens, f);
  s.furniture = FurnitureShape(unit, tokens, starts_line) != Furniture::kNone;
  return s;
}

// A dateline has at most this many place and date words, and an agency in
// parentheses at most this many bytes ("(Reuters)").
constexpr int kMaxDatelineWords = 8;
constexpr std::size_t kMaxAgencyBytes = 30;

// ---------------------------------------------------------------------------
// Datelines: "WASHINGTON — ", "NEW YORK, March 10 (Reuters) - ",
// "Seoul, Jan. 4 (Yonhap) -- ". Returns the prefix length including the
// white space after the dash, or 0. With `whole`, the dateline may be all of
// `s` (a dateline on a line of its own).
std::size_t DatelinePrefix(std::string_view s, bool whole) {
  if (whole && s.size() > kMaxDatelineBytes) return 0;
  // Nothing past the limit can belong to the prefix; cutting here also keeps
  // an endless first word from being scanned to its end.
  s = s.substr(0, std::min(s.size(), 2 * kMaxDatelineBytes));
  std::size_t pos = 0;
  int caps_words = 0;
  int other_words = 0;
  bool first_caps = false;
  int caps_letters = 0;
  // Place and date words, separated by spaces and commas.
  while (pos < s.size() && pos < kMaxDatelineBytes) {
    if (s[pos] == ' ' || s[pos] == ',') {
      ++pos;
      continue;
    }
    std::size_t end = pos;
    char32_t cp;
    while (int len = DecodeAt(s, end, &cp)) {
      const bool inner_hyphen =
          cp == '-' && end > pos && end + 1 < s.size() &&
          ((s[end + 1] >= 'A' && s[end + 1] <= 'Z') || (s[end + 1] >= 'a' && s[end + 1] <= 'z'));
      if (!(IsLetter(cp) || IsDigit(cp) || cp == '.' || cp == '\'' || inner_hyphen)) {
        break;
      }
      end += static_cast<std::size_t>(len);
    }
    if (end == pos) break;
    const std::string_view word = s.substr(pos, end - pos);
    int upper, lower;
    CountCase(word, &upper, &lower);
    DecodeAt(word, 0, &cp);
    if (upper >= 2 && lower == 0) {
      if (caps_words + other_words == 0) first_caps = true;
      ++caps_words;
      caps_letters += upper;
    } else if (IsUpper(cp) || IsDigit(cp)) {
      ++other_words;
    } else {
      return 0;  // a lowercase word: prose, not a dateline
    }
    if (caps_words + other_words > kMaxDatelineWords) return 0;
    pos = end;
  }
  if (caps_words + other_words == 0) return 0;
  // An agency in parentheses: "(AP)", "(Reuters)".
  bool agency = false;
  while (pos < s.size() && s[pos] == ' ') ++pos;
  if (pos < s.size() && s[pos] == '(') {
    const std::size_t close = s.find(')', pos);
    if (close == std::string_view::npos || close - pos > kMaxAgencyBytes) return 0;
    char32_t cp;
    if (DecodeAt(s, pos + 1, &cp) == 0 || !IsUpper(cp)) return 0;
    agency = true;
    pos = close + 1;
  }
  // The capitalised place must lead ("WASHINGTON", not "US Secretary") and be
  // more than an initialism ("UN", "BBC"), unless an agency vouches for it.
  if (!agency && (!first_caps || caps_letters < 4)) return 0;
  while (pos < s.size() && s[pos] == ' ') ++pos;
  // The dash: a spaced hyphen or double hyphen, or an en or em dash.
  bool spaced = true;
  if (s.substr(pos, 3) == "\xE2\x80\x94" || s.substr(pos, 3) == "\xE2\x80\x93") {
    pos += 3;
    spaced = false;
  } else if (s.substr(pos, 2) == "--") {
    pos += 2;
  } else if (s.substr(pos, 1) == "-") {
    pos += 1;
  } else {
    return 0;
  }
  const std::size_t dash_end = pos;
  while (pos < s.size()) {
    char32_t cp;
    const int len = DecodeAt(s, pos, &cp);
    if (len == 0 || !IsSpace(cp)) break;
    pos += static_cast<std::size_t>(len);
  }
  if (spaced && pos == dash_end && pos < s.size()) return 0;
  if (pos >= s.size()) return whole ? s.size() : 0;
  if (pos > kMaxDatelineBytes) return 0;
  char32_t cp;
  DecodeAt(s, pos, &cp);
  if (!(IsUpper(cp) || IsDigit(cp) || cp == '"' || cp == 0x201C)) return 0;
  return pos;
}

// A plea sentence glued to the next one: "...all the difference.Secretary".
// Returns the end of the glued sentence (just after its punctuation), or 0.
std::size_t GluePoint(std::string_view s) {
  const std::size_t limit = std::min(s.size(), kMaxGluedPrefixBytes);
  for (std::size_t i = 1; i + 1 < limit; ++i) {
    const char c = s[i];
    if (c != '.' && c != '!' && c != '?') continue;
    const char before = s[i - 1];
    const char after = s[i + 1];
    if (before >= 'a' && before <= 'z' && after >= 'A' && after <= 'Z') {
      return i + 1;
    }
  }
  return 0;
}

}  // namespace junk
}  // namespace internal
}  // namespace precis
