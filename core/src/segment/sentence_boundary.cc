// The decisions on full stops: abbreviations, initials, ordinal numbers,
// footnote numbers and full stops without a space after them.
#include <algorithm>
#include <string>
#include <string_view>

#include "segment/line_splitter.h"
#include "segment/punctuation.h"
#include "text/ascii.h"

namespace precis {
namespace internal {

// The word at `p` is capitalised and a common sentence start.
bool LineSplitter::IsStarterAt(std::size_t p) const {
  if (p >= e_ || !IsUpper(At(p))) return false;
  std::size_t q = p;
  while (q < e_ && q - p < 24) {
    int len;
    const char32_t c = At(q, &len);
    if (!IsLetter(c)) break;
    q += static_cast<std::size_t>(len);
  }
  if (q - p >= 24) return false;
  return Has(kClassStarter, Fold(p, q));
}

// Footnote numbers after a full stop ("a consultation.11 12 Take", "(type
// 2).10 This"): the end of the numbers when a capitalised word follows and
// the full stop ends a word or a bracket; else kNone.
std::size_t LineSplitter::FootnoteEnd(std::size_t tok_begin, std::size_t dot) const {
  if (dot <= tok_begin) return kNone;
  const char32_t before = Before(dot);
  if (!IsLower(before) && before != U')') return kNone;
  if (before != U')') {
    // A word of two letters or more, not an address.
    std::size_t i = dot;
    int letters = 0;
    while (i > tok_begin && letters < 3) {
      const std::size_t prev = PrevCodePoint(t_, i);
      if (!IsLetter(At(prev))) break;
      ++letters;
      i = prev;
    }
    if (letters < 2 || (i > tok_begin && At(PrevCodePoint(t_, i)) == U'.')) return kNone;
  }
  std::size_t q = dot + 1;
  std::size_t end = kNone;
  for (int group = 0; group < 4; ++group) {
    std::size_t k = q;
    while (k < e_ && k - q < 3 && IsAsciiDigit(t_[k])) ++k;
    if (k == q || (k < e_ && !IsSpace(At(k)))) return end;
    end = k;
    q = SkipSpaces(k);
    if (q >= e_) return kNone;
    if (IsUpper(At(q))) return end;
  }
  return kNone;
}

// A full stop directly followed by a capitalised word ("world.Today").
bool LineSplitter::NoSpaceBoundary(std::size_t tok_begin, std::size_t dot) const {
  // The next word: an upper-case letter followed by a lower-case one, or a
  // Roman numeral or the pronoun "I" before a space ("world.I think",
  // "жағдайы.XVIII ғасыр").
  int len1;
  const char32_t c1 = At(dot + 1, &len1);
  if (!IsUpper(c1) || dot + 1 + static_cast<std::size_t>(len1) >= e_) return false;
  bool roman = false;
  {
    std::size_t k = dot + 1;
    while (k < e_ && k - dot <= 8 && std::string_view("IVXLCDM").find(t_[k]) != kNone) ++k;
    roman = k > dot + 1 && k + 1 < e_ && t_[k] == ' ' && IsLetter(At(k + 1));
  }
  if (!roman && !IsLower(At(dot + 1 + static_cast<std::size_t>(len1)))) return false;
  // The segment before the dot: two or more letters or digits, with a
  // lower-case letter or only digits, in a token that is no address.
  std::size_t seg = dot;
  bool lower = false;
  bool letters = false;
  std::size_t chars = 0;
  while (seg > tok_begin) {
    const std::size_t prev = PrevCodePoint(t_, seg);
    const char32_t c = At(prev);
    if (c == U'.') break;
    if (IsLower(c)) lower = true;
    if (IsLetter(c)) letters = true;
    if (!IsAlnum(c) && c != U',') return false;
    seg = prev;
    ++chars;
    if (chars > 64) break;
  }
  if (chars < 2 || (letters && !lower)) return false;
  if (roman) {
    // Only after a word of lower-case letters.
    for (std::size_t i = seg; i < dot;) {
      int len;
      const char32_t c = At(i, &len);
      if (!IsLower(c)) return false;
      i += static_cast<std::size_t>(len > 0 ? len : 1);
    }
  }
  // "www.example.Com", "testurl.Awesome.com": a host name.
  if (dot - tok_begin >= 3 && AsciiLower(t_[tok_begin]) == 'w' &&
      AsciiLower(t_[tok_begin + 1]) == 'w' && AsciiLower(t_[tok_begin + 2]) == 'w') {
    return false;
  }
  {
    std::size_t q = dot + 1;
    while (q < e_ && q - dot < 64 && IsAsciiLetter(t_[q])) ++q;
    if (q + 1 < e_ && t_[q] == '.' && IsAsciiLetter(t_[q + 1])) return false;
  }
  // No addresses: look through the whole token (bounded).
  const std::size_t from = dot - tok_begin > 256 ? dot - 256 : tok_begin;
  for (std::size_t i = from; i < e_ && i < dot + 256; ++i) {
    const char ch = t_[i];
    if (i > dot && (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r')) break;
    if (ch == '@' || ch == '/' || ch == ':') return false;
  }
  const std::string w = Fold(seg, dot);
  if (Has(kClassTitle, w) || Has(kClassAmbiguous, w) || Has(kClassBeforeNumber, w) ||
      Has(kClassNeverFinal, w)) {
    return false;
  }
  return true;
}

// Decides whether the single "." at `dot`, attached to the token starting at
// `tok_begin` and followed by white space and the word at `next_word`, ends
// a sentence.
bool LineSplitter::DotIsBoundary(std::size_t tok_begin, std::size_t dot,
                                 std::size_t next_word) const {
  // Skip openers before the next word.
  std::size_t w = next_word;
  while (w < e_) {
    int len;
    const char32_t c = At(w, &len);
    if (!IsOpener(c)) break;
    w += static_cast<std::size_t>(len);
  }
  if (w >= e_) return true;
  {
    // A list that starts after a sentence ("Smith. a. here it is").
    const Marker m = ParseMarker(next_word);
    if (m.ok && (m.value == 1 || m.value == 1000 + 'a' || NextMarkerFollows(m))) {
      return true;
    }
  }
  const char32_t f = At(w);
  // A lower-case word continues the sentence; in Greek text it starts a new
  // one unless an abbreviation or an initial comes before the full stop
  // (decided below: abbreviations end a sentence only before capitals).
  if (IsLower(f) && !(rules_.stop_ends_before_lower && IsGreekLetter(f))) return false;
  // A slash marks a line break of quoted verse ("se consuela. / Y").
  if (f == U'/') return false;
  const bool digit_next = IsDigit(f);
  // "1. -3. Jahrhundert": a range, not a sentence start.
  if (IsDash(f) && w + 1 < e_ && IsAsciiDigit(t_[w + 1])) return false;

  // The word before the dot, without leading openers or an elided article
  // ("l'Ing.").
  std::size_t a = tok_begin;
  while (a < dot) {
    int len;
    const char32_t c = At(a, &len);
    if (!IsOpener(c)) break;
    a += static_cast<std::size_t>(len);
  }
  if (a >= dot) return true;
  if (dot - a > 32) return true;  // too long for an abbreviation
  for (std::size_t i = a; i < dot;) {
    int len;
    const char32_t c = At(i, &len);
    i += static_cast<std::size_t>(len > 0 ? len : 1);
    if ((c == U'\'' || c == 0x2019) && i < dot) a = i;
  }
  const std::string word = Fold(a, dot);
  // The previous word, without openers.
  std::size_t pw = kNone;
  if (prev_tok_ != kNone && prev_tok_ >= unit_) {
    pw = prev_tok_;
    while (pw < prev_tok_end_ && IsOpener(At(pw))) pw = Next(pw);
    if (pw >= prev_tok_end_) pw = kNone;
  }
  const Decision listed = AbbreviationDecision(word, w, digit_next, pw);
  if (listed != Decision::kUndecided) return listed == Decision::kBoundary;
  return WordShapeDotIsBoundary(a, dot, w, word, digit_next, pw);
}

// The decision for a full stop after `word`, a listed abbreviation or title,
// before the word at `w`; `pw` is the previous word or kNone.
LineSplitter::Decision LineSplitter::AbbreviationDecision(const std::string& word, std::size_t w,
                                                          bool digit_next, std::size_t pw) const {
  const auto decide = [](bool boundary) {
    return boundary ? Decision::kBoundary : Decision::kNoBoundary;
  };
  if (Has(kClassTitle, word) || Has(kClassNeverFinal, word)) return Decision::kNoBoundary;
  if (Has(kClassBeforeNumber, word) || Has(kClassAmbiguous, word)) {
    return decide(!digit_next && IsStarterAt(w));
  }
  if (Has(kClassAfterNumber, word)) {
    if (digit_next) return Decision::kNoBoundary;
    if (pw != kNone && IsAsciiDigit(t_[pw])) return decide(IsStarterAt(w));
  }
  if (Has(kClassOnlyBeforeNumber, word)) {
    if (digit_next) return Decision::kNoBoundary;
    // "ad es.", "et al.": two-word abbreviations.
    if ((word == "es" || word == "al") && pw != kNone) {
      const std::string prev = Fold(pw, prev_tok_end_);
      if (word == "es" && prev == "ad") return Decision::kNoBoundary;
      if (word == "al" && prev == "et") return decide(IsStarterAt(w));
    }
  }
  return Decision::kUndecided;
}

// The decision for a full stop after the word [a, dot) (case-folded:
// `word`) by its shape: letters in short segments ("U.S", "a.m"), a small
// number (German ordinals), a single letter (an initial). Elsewhere the
// full stop ends the sentence.
bool LineSplitter::WordShapeDotIsBoundary(std::size_t a, std::size_t dot, std::size_t w,
                                          const std::string& word, bool digit_next,
                                          std::size_t pw) const {
  // Letters only, in segments separated by dots ("U.S", "a.m", "Ph.D",
  // "Л.Н").
  std::size_t letters = 0;
  std::size_t longest = 0;
  std::size_t segment = 0;
  bool has_dot = false;
  bool only_letters = true;
  bool only_digits = true;
  char32_t first = 0;
  for (std::size_t i = a; i < dot;) {
    int len;
    const char32_t c = At(i, &len);
    i += static_cast<std::size_t>(len > 0 ? len : 1);
    if (first == 0) first = c;
    if (!IsDigit(c) && !(IsDash(c) && first == c)) only_digits = false;
    if (c == U'.') {
      if (segment == 0) only_letters = false;
      segment = 0;
      has_dot = true;
    } else if (IsLetter(c)) {
      ++letters;
      longest = std::max(longest, ++segment);
    } else {
      only_letters = false;
    }
  }
  if (only_letters && has_dot && longest <= 2) {
    if (digit_next) return false;
    // A time ends the sentence before a capitalised word other than a day,
    // a month or a time zone ("at 6 p.m. Travelers left" / "5 p.m. Monday").
    if (word == "a.m" || word == "p.m") {
      // "At 5 a.m. Mr. Smith went": an opening phrase of time is no sentence.
      if (OpensWithTimePhrase(a)) return false;
      std::size_t q = w;
      while (q < e_ && q - w < 16 && IsAsciiLetter(t_[q])) ++q;
      return !Has(kClassAfterTime, LowerAscii(w, q));
    }
    return IsStarterAt(w);
  }

  // German ordinal numbers ("am 12. Juni", "im 19. Jahrhundert", "zum 01.
  // Januar"): after an article or a preposition, or before a month, a small
  // number ends a sentence only before a common sentence start. Elsewhere
  // ("the toll rose to 12. Rescue teams") it is a plain number.
  if (only_digits && dot - a <= 3 && letters == 0 && !digit_next) {
    std::size_t q = w;
    while (q < e_ && q - w < 24 && IsLetter(At(q))) q = Next(q);
    const bool month = Has(kClassMonth, Fold(w, q));
    const bool after_article = IsDash(first) ||  // the end of a range, "1. -3. Jahrhundert"
                               (pw != kNone && Has(kClassOrdinalContext, Fold(pw, prev_tok_end_)));
    if (month || after_article) return IsStarterAt(w);
  }

  // A single letter: a lower-case one is an abbreviation ("z. B.", "s.
  // oben"); a capital is an initial ("J. R. R. Tolkien", "А. И. Семенов"),
  // or the pronoun "I" or a letter ending a sentence after a lower-case word.
  if (only_letters && !has_dot && letters == 1) {
    if (IsLower(first)) return false;
    if (digit_next) return false;  // "S. 225", "Appendix A. 5"
    if (prev_tok_ == kNone || prev_tok_ < unit_) return false;
    std::size_t pa = prev_tok_;
    while (pa < prev_tok_end_) {
      int len;
      const char32_t c = At(pa, &len);
      if (!IsOpener(c)) break;
      pa += static_cast<std::size_t>(len);
    }
    if (pa >= prev_tok_end_) return false;
    if (!IsLower(At(pa))) return false;
    {
      // Another initial follows ("наук А. И. Семенов").
      int len;
      At(w, &len);
      const std::size_t after = w + static_cast<std::size_t>(len);
      if (after < e_ && t_[after] == '.') return false;
    }
    if (first == U'I') return true;
    return IsStarterAt(w);
  }
  return true;
}

// Whether the quotation mark `c` at `p` closes a quotation opened before it
// in the unit (looking back at most kMaxQuoteBytes); else it opens one.
// Marks that only close ("”", "’") always close; a straight mark closes
// after an odd number of them; "“" and "‘" close a German „quotation“; "»"
// closes a «quotation» and opens a German »quotation«; "'" closes after an
// opening mark (a "'" after white space and before a letter).
bool LineSplitter::ClosesQuotation(std::size_t p, char32_t c) const {
  const std::size_t from = p - unit_ > kMaxQuoteBytes ? p - kMaxQuoteBytes : unit_;
  int same = 0;
  int german = 0;     // „ or ‚
  int guillemet = 0;  // « minus »
  int opening = 0;    // opening-shaped "'"
  for (std::size_t i = from; i < p;) {
    int len;
    const char32_t d = At(i, &len);
    const std::size_t next = i + static_cast<std::size_t>(len > 0 ? len : 1);
    if (d == c) ++same;
    if ((c == 0x201C && d == 0x201E) || (c == 0x2018 && d == 0x201A)) ++german;
    if (d == 0x00AB) ++guillemet;
    if (d == 0x00BB) --guillemet;
    if (d == U'\'' && (i == from || IsSpace(Before(i)) || IsOpener(Before(i))) && next < p &&
        IsLetter(At(next))) {
      ++opening;
    }
    i = next;
  }
  switch (c) {
    case U'"':
    case 0xFF02:
      return same % 2 == 1;
    case 0x201C:
    case 0x2018:
      return german > same;
    case 0x00BB:
      return guillemet > 0;
    case U'\'':
      return opening > 0;
    default:
      return true;
  }
}

// A terminator run with quotation marks and no space before a capital
// ("wasted."Life", "mal!“Der", "go.'She") or before an opening mark and a
// capital ("wasted.“Life"). A single full stop decides as before white space
// (abbreviations: "U.S."Army" goes on). The cut follows the marks that close
// a quotation and comes before a mark that opens the next one.
bool LineSplitter::QuoteGlueBoundary(const TerminatorRun& run, std::size_t* cut) const {
  if (run.spaced || run.strong) return false;
  std::size_t split = run.closed;  // the end of the sentence
  bool mark = false;
  for (std::size_t q = run.end; q < run.closed;) {
    int len;
    const char32_t d = At(q, &len);
    if (d == U')' || d == U']' || d == U'}' || CjkBracketDelta(d) != 0) return false;
    if (d == U'[') break;  // a reference mark
    mark = true;
    if (!ClosesQuotation(q, d)) {
      split = q;
      break;
    }
    q += static_cast<std::size_t>(len > 0 ? len : 1);
  }
  std::size_t w = run.closed;  // the first letter of the next sentence
  if (split == run.closed && w < e_) {
    const char32_t o = At(w);
    if (o == U'"' || o == U'\'' || o == 0x201C || o == 0x201E || o == 0x00AB || o == 0x2018 ||
        o == 0x201A) {
      mark = true;
      w = Next(w);
    }
  }
  if (!mark || w >= e_ || !IsUpper(At(w))) return false;
  bool ends = run.exclaim || run.ellipsis;
  if (!ends && run.dots == 1 && run.end == run.begin + 1) {
    ends = DotIsBoundary(tok_, run.begin, split);
  }
  if (!ends) return false;
  *cut = split;
  return true;
}

// The reporting verbs after which an Arabic colon introduces speech
// ("وأضاف:", "he added:"), with the conjunctions و and ف stripped.
constexpr std::string_view kArabicSpeechVerbs[] = {
    "قال",   "قالت",  "يقول", "تقول", "أضاف",  "أضافت", "يضيف",  "تابع",   "تابعت",
    "أوضح",  "أوضحت", "أكد",  "أكدت", "ذكر",   "ذكرت",  "صرح",   "صرحت",   "أشار",
    "أشارت", "كتب",   "كتبت", "أعلن", "أعلنت", "مضيفا", "قائلا", "متابعا", "موضحا"};

// A colon after an Arabic word ends a sentence only when it closes a label
// at the start of the line ("سؤال وجواب:", "Q&A:", a newspaper's name before
// its headline) of at most twelve words, none of them a reporting verb; in
// running text, and after "وأضاف:" ("he added:"), the sentence goes on, as
// in other languages.
bool LineSplitter::ArabicLabelColon(std::size_t colon, std::size_t next) const {
  constexpr int kMaxLabelWords = 12;
  if (unit_ != SkipSpaces(b_) || next >= e_ || !IsSpace(At(next))) return false;
  int words = 0;
  std::size_t i = unit_;
  while (i < colon) {
    const std::size_t te = std::min(TokenEnd(i), colon);
    if (++words > kMaxLabelWords) return false;
    std::string_view word = t_.substr(i, te - i);
    for (std::string_view prefix : {std::string_view("و"), std::string_view("ف")}) {
      if (word.size() > prefix.size() + 4 && word.substr(0, prefix.size()) == prefix) {
        word.remove_prefix(prefix.size());
        break;
      }
    }
    for (std::string_view verb : kArabicSpeechVerbs) {
      if (word == verb || t_.substr(i, te - i) == verb) return false;
    }
    i = SkipSpaces(te);
  }
  return true;
}

// The unit so far, before the word at `a`, is a preposition and at most two
// more words ("At 5", "Before 6"): a phrase of time opening the sentence.
bool LineSplitter::OpensWithTimePhrase(std::size_t a) const {
  constexpr int kMaxWords = 3;
  static constexpr std::string_view kPrepositions[] = {"at",   "by",   "before", "after", "until",
                                                       "till", "from", "around", "about", "since"};
  int words = 0;
  bool preposition = false;
  for (std::size_t i = SkipSpaces(unit_); i < a; i = SkipSpaces(TokenEnd(i))) {
    const std::size_t te = std::min(TokenEnd(i), a);
    if (++words > kMaxWords) return false;
    const std::string w = LowerAscii(i, te);
    for (std::string_view p : kPrepositions) {
      if (words == 1 && w == p) preposition = true;
    }
  }
  return preposition;
}

}  // namespace internal
}  // namespace precis
