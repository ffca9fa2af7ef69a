// The pass over one logical line: list items, quotations and brackets, and
// runs of terminators, each decided where it stands.
#include "segment/line_splitter.h"

#include <algorithm>

#include "segment/punctuation.h"
#include "text/ascii.h"

namespace precis {
namespace internal {
namespace {

// Decoration at the edges of a unit is not part of its text: line breaks
// escaped as text ("\\r\\n"), horizontal rules ("_____", "=====",
// "/////") and, at the end, a table-of-contents leader with its page number
// ("Chapter 2 ........ 6"). Markup is text and stays verbatim ("<p>Hi.</p>").
// Each step looks at a bounded stretch, so trimming stays linear.
constexpr std::size_t kMinRuleChars = 5;

bool IsRuleChar(char c) {
  return c == '_' || c == '=' || c == '/' || c == '~' || c == '-' || c == '#';
}

// The end of the decoration that starts at `p` (before `e`), or `p`.
std::size_t LeadingDecorationEnd(std::string_view t, std::size_t p, std::size_t e) {
  if (p >= e) return p;
  const char c = t[p];
  if (c == '\\') {
    // A token made only of escaped line breaks and tabs.
    std::size_t q = p;
    while (q + 1 < e && t[q] == '\\' && (t[q + 1] == 'r' || t[q + 1] == 'n' || t[q + 1] == 't')) {
      q += 2;
    }
    return q > p && (q >= e || t[q] == ' ' || t[q] == '\t') ? q : p;
  }
  if (IsRuleChar(c)) {
    std::size_t q = p;
    while (q < e && t[q] == c) ++q;
    return q - p >= kMinRuleChars ? q : p;
  }
  return p;
}

// The start of the decoration that ends at `e` (after `b`), or `e`.
std::size_t TrailingDecorationBegin(std::string_view t, std::size_t b, std::size_t e) {
  if (e <= b) return e;
  const char c = t[e - 1];
  if ((c == 'r' || c == 'n' || c == 't') && e - b >= 2 && t[e - 2] == '\\') {
    std::size_t q = e;
    while (q >= b + 2 && t[q - 2] == '\\' &&
           (t[q - 1] == 'r' || t[q - 1] == 'n' || t[q - 1] == 't')) {
      q -= 2;
    }
    return q == b || t[q - 1] == ' ' || t[q - 1] == '\t' ? q : e;
  }
  if (IsRuleChar(c)) {
    std::size_t q = e;
    while (q > b && t[q - 1] == c) --q;
    return e - q >= kMinRuleChars ? q : e;
  }
  if (IsAsciiDigit(c)) {
    // A leader of four dots or more, then a page number or range ("16-17").
    std::size_t q = e;
    while (q > b && e - q < 10 && (IsAsciiDigit(t[q - 1]) || t[q - 1] == '-')) --q;
    if (!IsAsciiDigit(t[q])) return e;
    std::size_t d = q;
    while (d > b && (t[d - 1] == ' ' || t[d - 1] == '\t')) --d;
    std::size_t dots = d;
    while (dots > b && t[dots - 1] == '.') --dots;
    return d - dots >= 4 ? dots : e;
  }
  return e;
}

}  // namespace

// When the double quotation mark `c` at `p` opens a quotation (after a space
// or an opener, before a non-space) that closes on this line within
// kMaxQuoteBytes, the position of the closing mark; else kNone. The scan
// stops at the next mark of the same kind, so scans never overlap.
std::size_t LineSplitter::QuoteClose(std::size_t p, char32_t c) const {
  char32_t close1 = 0;
  char32_t close2 = 0;
  switch (c) {
    case U'"':
      close1 = U'"';
      break;
    case 0x201C:  // “ ... ”
      close1 = 0x201D;
      break;
    case 0x201E:  // „ ... “ or ”
      close1 = 0x201C;
      close2 = 0x201D;
      break;
    case 0x00AB:  // « ... »
      close1 = 0x00BB;
      break;
    case 0x201A:  // ‚ ... ‘
      close1 = 0x2018;
      break;
    case U'\'':
    case 0x2018:
      return SingleQuoteClose(p, c);
    default:
      return kNone;
  }
  if (p > b_) {
    const char32_t before = Before(p);
    if (!IsSpace(before) && !IsOpener(before) && !IsDash(before)) return kNone;
  }
  int len;
  At(p, &len);
  std::size_t q = p + static_cast<std::size_t>(len);
  if (q >= e_ || IsSpace(At(q))) return kNone;
  // A mark after white space opens another quotation (a quoted paragraph
  // continued without a closing mark: `said: "One. "Two.`): no pair.
  while (q < e_ && q - p < kMaxQuoteBytes) {
    const char32_t d = At(q, &len);
    if (d == close1 || d == close2 || d == c) {
      if (IsSpace(Before(q))) return kNone;
      if (d == close1 || d == close2) return q;
    }
    q += static_cast<std::size_t>(len > 0 ? len : 1);
  }
  return kNone;
}

// Single quotation marks double as apostrophes ("they'll", "dragon’s",
// "fans'"): a quotation opens after a space and before a letter (not a
// clitic of tokenized text such as " 's"), and closes at a mark after a
// non-space and before a non-letter. The scan stops at the next opening mark.
std::size_t LineSplitter::SingleQuoteClose(std::size_t p, char32_t c) const {
  const char32_t close = c == U'\'' ? U'\'' : 0x2019;
  if (p > b_) {
    const char32_t before = Before(p);
    if (!IsSpace(before) && !IsOpener(before) && !IsDash(before)) return kNone;
  }
  int len;
  At(p, &len);
  std::size_t q = p + static_cast<std::size_t>(len);
  if (q >= e_ || !IsLetter(At(q))) return kNone;
  {
    std::size_t k = q;
    while (k < e_ && k - q < 3 && IsAsciiLetter(t_[k])) ++k;
    if (k == e_ || t_[k] == ' ') {
      const std::string w = LowerAscii(q, k);
      if (w == "s" || w == "m" || w == "d" || w == "re" || w == "ve" || w == "ll") {
        return kNone;
      }
    }
  }
  while (q < e_ && q - p < kMaxQuoteBytes) {
    const char32_t d = At(q, &len);
    const std::size_t next = q + static_cast<std::size_t>(len > 0 ? len : 1);
    if (d == close || d == c) {
      const bool space_before = IsSpace(Before(q));
      const bool letter_after = next < e_ && IsLetter(At(next));
      if (d == close && !space_before && !letter_after) return q;
      if (d == c && space_before && letter_after) return kNone;
    }
    q = next;
  }
  return kNone;
}

// When the bracket `c` at `p` ("(" or "[") closes on this line within
// kMaxQuoteBytes, the position of the closing bracket; else kNone. Inner
// brackets of another kind are skipped; the scan stops at the next bracket
// of the same kind, so scans never overlap.
std::size_t LineSplitter::BracketClose(std::size_t p, char32_t c) const {
  const char close = c == U'(' ? ')' : ']';
  const char open = static_cast<char>(c);
  for (std::size_t q = p + 1; q < e_ && q - p < kMaxQuoteBytes; ++q) {
    if (t_[q] == open) return kNone;
    if (t_[q] == close) return q;
  }
  return kNone;
}

// The marker after `m` in its sequence ("x)" after "w)") follows within
// a short distance on this line: `m` starts a list even when it is not its
// first item.
bool LineSplitter::NextMarkerFollows(const Marker& m) const {
  constexpr std::size_t kMaxItemBytes = 160;
  for (std::size_t q = m.end; q < e_ && q - m.end < kMaxItemBytes; ++q) {
    if (q > m.end && t_[q - 1] == ' ' && t_[q] != ' ') {
      const Marker n = ParseMarker(q);
      if (n.ok && n.style == m.style && n.value == m.value + 1) return true;
    }
  }
  return false;
}

// An ellipsis ("..." or "…") directly followed by a letter starts at `p`.
bool LineSplitter::OpensWithEllipsis(std::size_t p) const {
  std::size_t q = p;
  int dots = 0;
  while (q < e_ && dots < 8) {
    int len;
    const char32_t c = At(q, &len);
    if (c == U'.') {
      ++dots;
    } else if (c == 0x2026) {
      dots += 3;
    } else {
      break;
    }
    q += static_cast<std::size_t>(len);
  }
  return dots >= 3 && q < e_ && IsLetter(At(q));
}

// At the start of a unit: skips the line's bullet and a list marker in
// sequence (recording the marker's dot, which ends no sentence). Returns
// the position after them, or `p`.
std::size_t LineSplitter::EnterItem(std::size_t p, bool line_start) {
  std::size_t q = p;
  int len;
  const char32_t c = At(q, &len);
  if (bullet_ == 0 && IsBullet(c)) bullet_ = c;  // a list after a sentence
  if (bullet_ != 0 && c == bullet_) q = SkipSpaces(q + static_cast<std::size_t>(len));
  if (q >= e_) return q;
  const Marker m = ParseMarker(q);
  if (!m.ok) return q;
  if (line_start || bullet_ != 0 || m.value == 1 || m.value == 1000 + 'a' ||
      (m.value != expected_ && NextMarkerFollows(m))) {
    expected_ = m.value + 1;
    style_ = m.style;
  } else if (m.value == expected_ && m.style == style_) {
    ++expected_;
  } else if (expected_ >= 0 && m.style == style_) {  // the list restarts
    expected_ = m.value + 1;
  } else {
    return q;
  }
  marker_dot_ = m.dot;
  return m.end;
}

LineSplitter::Marker LineSplitter::ParseMarker(std::size_t p) const {
  Marker m;
  std::size_t q = p;
  const bool paren = q < e_ && t_[q] == '(';
  if (paren) ++q;
  int value = 0;
  int digits = 0;
  while (q < e_ && IsAsciiDigit(t_[q]) && digits < 4) {
    value = value * 10 + (t_[q] - '0');
    ++q;
    ++digits;
  }
  if (digits == 0) {
    if (q < e_ && IsAsciiLetter(t_[q])) {
      value = 1000 + AsciiLower(t_[q]);
      ++q;
    } else {
      return m;
    }
  } else if (digits > 3) {
    return m;
  }
  if (q >= e_) return m;
  if (paren) {
    if (t_[q] != ')') return m;
    m.style = 4;
    ++q;
  } else if (t_[q] == '.') {
    m.dot = q;
    ++q;
    if (q < e_ && t_[q] == ')') {
      m.style = 3;
      ++q;
    } else {
      m.style = 1;
    }
  } else if (t_[q] == ')') {
    m.style = 2;
    ++q;
  } else {
    return m;
  }
  if (q < e_ && !IsSpace(At(q))) return m;
  if (digits == 0 && m.style == 1) {
    // "A. B. Smith": initials, not list items.
    const std::size_t r = SkipSpaces(q);
    if (r < e_ && IsLetter(At(r)) && Next(r) < e_ && t_[Next(r)] == '.') return m;
  }
  m.ok = true;
  m.value = value;
  m.end = q;
  return m;
}

std::string LineSplitter::LowerAscii(std::size_t b, std::size_t e) const {
  std::string s;
  s.reserve(e - b);
  for (std::size_t i = b; i < e; ++i) s += AsciiLower(t_[i]);
  return s;
}

std::string LineSplitter::Fold(std::size_t b, std::size_t e) const {
  for (std::size_t i = b; i < e; ++i) {
    if (static_cast<unsigned char>(t_[i]) >= 0x80) return FoldCase(t_.substr(b, e - b));
  }
  return LowerAscii(b, e);
}

void LineSplitter::Trim(std::size_t* b, std::size_t* e) const {
  std::size_t begin = *b;
  std::size_t end = *e;
  for (;;) {
    while (end > begin && IsSpace(At(PrevCodePoint(t_, end)))) end = PrevCodePoint(t_, end);
    const std::size_t d = TrailingDecorationBegin(t_, begin, end);
    if (d == end) break;
    end = d;
  }
  for (;;) {
    begin = SkipSpaces(begin);
    if (begin >= end) break;
    const std::size_t d = LeadingDecorationEnd(t_, begin, end);
    if (d == begin) break;
    begin = d;
  }
  *b = begin;
  *e = std::max(begin, end);
}

void LineSplitter::Emit(std::size_t end, bool ended) {
  std::size_t b = unit_;
  std::size_t e = end;
  Trim(&b, &e);
  if (e > b) out_->push_back(LinePiece{b, e, ended});
}

void LineSplitter::Run() {
  std::size_t p = SkipSpaces(b_);
  unit_ = p;
  if (p >= e_) return;

  // Inline lists: a line that starts with a bullet or a list marker is cut
  // before the next bullet or the next marker in sequence.
  {
    int len;
    const char32_t c = At(p, &len);
    if (IsBullet(c)) bullet_ = c;
    p = EnterItem(p, true);
  }
  tok_ = p;
  cjk_depth_ = 0;
  after_space_ = false;
  while (p < e_) {
    int len;
    const char32_t c = At(p, &len);
    const std::size_t next = p + static_cast<std::size_t>(len > 0 ? len : 1);
    if (IsSpace(c)) {
      after_space_ = true;
      p = next;
      continue;
    }
    if (after_space_ && EnterToken(&p, c)) continue;

    // ASCII letters and digits open, close and end nothing.
    if (c < 0x80 && (IsAsciiLetter(static_cast<char>(c)) || IsAsciiDigit(static_cast<char>(c)))) {
      p = next;
      continue;
    }
    TrackQuotation(p, c);
    if (CutAtBrokenQuotation(&p, next)) continue;

    const int delta = CjkBracketDelta(c);
    if (delta != 0) {
      cjk_depth_ = std::max(0, cjk_depth_ + delta);
      p = next;
      continue;
    }
    const bool strong = IsStrongAt(p, c, next);
    if ((!strong && !IsWeakTerminator(c)) || p == marker_dot_) {
      p = next;
      continue;
    }

    const TerminatorRun run = ScanTerminators(p, c, next, strong);
    if (OpensUnit(run.begin)) {  // "... and"
      p = run.end;
      continue;
    }
    if (run.closed >= e_) break;  // the rest of the line is the unit's end
    if (InsideAside(run)) {
      p = run.closed;
      continue;
    }
    std::size_t cut = run.closed;
    bool boundary = false;
    if (!IsSpace(At(run.closed))) {
      boundary = EndsBeforeText(run, &cut);
    } else {
      const RunOutcome outcome = EndsBeforeSpace(run, &cut);
      if (outcome == RunOutcome::kLineEnds) break;
      if (outcome == RunOutcome::kReopened) {
        p = run.end;
        continue;
      }
      boundary = outcome == RunOutcome::kEnds;
    }
    if (boundary) {
      Emit(cut, true);
      unit_ = SkipSpaces(cut);
      p = unit_;
      if (p > cut) after_space_ = true;
      tok_ = p;
      continue;
    }
    p = run.closed;
  }
  EmitRest();
}

// At the first character of a white-space token at `*p`: records the token
// and, at an inline list boundary, ends the unit before it and skips the
// item's bullet or marker. Returns true when `*p` moved on.
bool LineSplitter::EnterToken(std::size_t* p, char32_t c) {
  after_space_ = false;
  prev_tok_ = tok_;
  prev_tok_end_ = PrevCodePoint(t_, *p);
  while (prev_tok_end_ > tok_ && IsSpace(At(prev_tok_end_))) {
    prev_tok_end_ = PrevCodePoint(t_, prev_tok_end_);
  }
  prev_tok_end_ = Next(prev_tok_end_);
  tok_ = *p;
  if (*p <= unit_) {
    *p = EnterItem(*p, false);
    return *p != tok_;
  }
  // Inline list boundaries.
  if (bullet_ != 0 && IsBullet(c)) {
    Emit(*p, false);
    unit_ = *p;
    bullet_ = c;
    *p = EnterItem(*p, false);
    return true;
  }
  if (expected_ >= 0) {
    const Marker m = ParseMarker(*p);
    if (m.ok && m.style == style_ &&
        (m.value == expected_ || m.value == 1 || m.value == 1000 + 'a')) {
      Emit(*p, false);
      unit_ = *p;
      *p = EnterItem(*p, false);
      return true;
    }
  }
  return false;
}

// Brackets and quotations that close on this line within kMaxQuoteBytes:
// their inner full stops do not end the sentence.
void LineSplitter::TrackQuotation(std::size_t p, char32_t c) {
  if ((c == U'(' || c == U'[') && (p >= bracket_end_ || bracket_end_ == kNone)) {
    const std::size_t close = BracketClose(p, c);
    if (close != kNone) {
      bracket_begin_ = p;
      bracket_end_ = close;
    }
  }
  if (p >= quote_end_ || quote_end_ == kNone) {
    const std::size_t close = QuoteClose(p, c);
    if (close != kNone) {
      quote_begin_ = p;
      quote_end_ = close;
    }
  }
}

// A quotation broken off with a dash ("to--\" At this moment") ends the
// sentence before a capital. Returns true when it did (`*p` moved on).
bool LineSplitter::CutAtBrokenQuotation(std::size_t* p, std::size_t next) {
  if (*p != quote_end_ || *p <= b_ || !IsDash(Before(*p)) || next >= e_ || !IsSpace(At(next))) {
    return false;
  }
  const std::size_t r = SkipSpaces(next);
  if (r >= e_ || !IsUpper(At(r))) return false;
  Emit(next, true);
  unit_ = r;
  *p = r;
  after_space_ = true;
  quote_end_ = kNone;
  return true;
}

// The character `c` at `p` (before `next`) ends a sentence whatever follows.
bool LineSplitter::IsStrongAt(std::size_t p, char32_t c, std::size_t next) const {
  if (IsStrongTerminator(c)) return true;
  if (c == U':' && IsArmenianLetter(Before(p))) return true;
  if (c == U':' && IsArabicLetter(Before(p))) return ArabicLabelColon(p, next);
  if (c == U';' && IsGreekLetter(Before(p))) {
    const std::size_t q = SkipSpaces(next);
    return q > next && (q >= e_ || IsUpper(At(q)));
  }
  // Fullwidth full stop: a decimal point between digits ("３．２９").
  if (c == 0xFF0E) return next >= e_ || !IsDigit(At(next));
  return false;
}

// The run of terminators that starts with `c` at `p` (before `next`),
// including spaced dots (". . ."), and the closers attached to it.
LineSplitter::TerminatorRun LineSplitter::ScanTerminators(std::size_t p, char32_t c,
                                                          std::size_t next, bool strong) const {
  TerminatorRun run;
  run.begin = p;
  run.standalone = p > b_ && IsSpace(Before(p));
  run.dots = c == U'.' ? 1 : 0;
  run.strong = strong;
  run.ellipsis = c == 0x2026;
  run.exclaim = c != U'.' && c != 0x2026 && !strong;
  run.first_dot_end = c == U'.' ? next : kNone;
  std::size_t re = next;
  while (re < e_) {
    int len;
    const char32_t d = At(re, &len);
    if (IsWeakTerminator(d) || IsStrongTerminator(d)) {
      if (d == U'.') ++run.dots;
      if (d == 0x2026) run.ellipsis = true;
      if (IsStrongTerminator(d))
        run.strong = true;
      else if (d != U'.' && d != 0x2026)
        run.exclaim = true;
      re += static_cast<std::size_t>(len);
      continue;
    }
    if (d == U' ' && run.dots > 0 && re + 1 < e_ && t_[re + 1] == '.' &&
        !(re + 2 < e_ && (IsAsciiDigit(t_[re + 2]) || t_[re + 2] == '.'))) {
      run.spaced = true;
      re += 1;
      continue;
    }
    break;
  }
  if (run.dots >= 3) run.ellipsis = true;
  run.end = re;
  AttachClosers(&run);
  return run;
}

// Closing quotes and brackets attached to the run, then reference marks
// ("martyr.[1] The emperor").
void LineSplitter::AttachClosers(TerminatorRun* run) const {
  std::size_t q = run->end;
  while (q < e_) {
    int len;
    const char32_t d = At(q, &len);
    if (!IsCloser(d)) break;
    if (CjkBracketDelta(d) == 0 && d != U')' && d != U']' && d != U'}') run->quote_mark = true;
    q += static_cast<std::size_t>(len);
  }
  while (q + 2 < e_ && t_[q] == '[') {
    std::size_t k = q + 1;
    while (k < e_ && k - q <= 4 && IsAsciiDigit(t_[k])) ++k;
    if (k == q + 1 || k >= e_ || t_[k] != ']') break;
    q = k + 1;
  }
  run->closed = q;
}

// Nothing but openers before the run at `run_begin`: it opens the unit.
bool LineSplitter::OpensUnit(std::size_t run_begin) const {
  if (run_begin - unit_ >= 16) return false;
  for (std::size_t i = unit_; i < run_begin && i - unit_ < 16; ++i) {
    if (!IsOpener(At(i)) && (t_[i] & 0xC0) != 0x80) return false;
  }
  return true;
}

// Inside brackets that close on this line after more text ("[16: firma?
// 13:28]", "(«Айқын», 2010 жыл. № 70)"), or inside a quotation that goes on
// after the run, no sentence ends.
bool LineSplitter::InsideAside(const TerminatorRun& run) const {
  if (bracket_end_ != kNone && run.begin > bracket_begin_ && run.closed <= bracket_end_) {
    return true;
  }
  return quote_end_ != kNone && run.begin > quote_begin_ && run.closed <= quote_end_;
}

// A run followed directly by text: a strong terminator outside CJK
// brackets, a single full stop before footnote numbers or a capitalised
// word ("world.Today"), or a terminator and a quotation mark before a
// capital ("wasted."Life") end the sentence.
bool LineSplitter::EndsBeforeText(const TerminatorRun& run, std::size_t* cut) const {
  if (run.strong) return cjk_depth_ == 0;
  if (run.dots == 1 && !run.spaced && !run.exclaim && run.end == run.begin + 1 &&
      run.closed == run.end) {
    const std::size_t note = FootnoteEnd(tok_, run.begin);
    if (note != kNone) {
      *cut = note;
      return true;
    }
    if (NoSpaceBoundary(tok_, run.begin)) return true;
  }
  return QuoteGlueBoundary(run, cut);
}

// A run followed by white space: decided by the next word.
LineSplitter::RunOutcome LineSplitter::EndsBeforeSpace(const TerminatorRun& run, std::size_t* cut) {
  std::size_t r = SkipSpaces(run.closed);
  if (r >= e_) return RunOutcome::kLineEnds;
  bool quote_closed = run.closed > run.end;
  if (SkipFreeClosingQuote(run, &r, cut)) {
    quote_closed = true;
    if (r >= e_) return RunOutcome::kLineEnds;
  }
  const char32_t f = At(r);
  const bool next_is_terminator = IsWeakTerminator(f) || IsStrongTerminator(f);
  const std::size_t w = NextWordStart(r);
  const char32_t fl = w < e_ ? At(w) : 0;
  bool boundary = false;
  if (run.strong) {
    boundary = cjk_depth_ == 0;
  } else if (f == U',' || f == U';' || f == U':') {
    boundary = false;
  } else if (f == U'(' && run.quote_mark && quote_end_ != kNone && quote_end_ >= run.end &&
             quote_end_ < run.closed && quote_begin_ > unit_) {
    // A bracket after a quotation that ends in a terminator and is part
    // of a longer sentence (thought Alice, 'after ... house!' (Which
    // was true.)): an aside on the sentence. After a quotation that is
    // a sentence of its own, the bracket starts the next one.
    boundary = false;
  } else if (next_is_terminator && !run.ellipsis && OpensWithEllipsis(r)) {
    boundary = true;  // "raak. ...en toen"
  } else if (next_is_terminator && !(run.dots > 0 && f == U'.' && run.spaced)) {
    boundary = false;
  } else if (run.ellipsis) {
    if (run.spaced && run.dots == 4 && !run.standalone && IsUpper(fl)) {
      // "word. . . . Next": a full stop, then an ellipsis that opens
      // the next sentence.
      Emit(run.first_dot_end, true);
      unit_ = SkipSpaces(run.first_dot_end);
      return RunOutcome::kReopened;
    }
    boundary = EllipsisEnds(run, fl);
  } else if (run.standalone) {
    boundary = !(quote_closed && IsLower(fl));
  } else if (run.exclaim || run.dots != 1) {
    // In Kazakh a lower-case word right after "?" or "!" starts a new
    // sentence ("кім? не?"); after a dash it is the speaker ("бар? —
    // деді").
    boundary = !IsLower(fl) || (run.exclaim && rules_.question_ends_before_lower && IsLetter(f));
  } else {
    boundary = DotIsBoundary(tok_, run.begin, r);
  }
  return boundary ? RunOutcome::kEnds : RunOutcome::kContinues;
}

// Tokenized text: a free-standing closing quote after a free-standing
// terminator belongs to the sentence (" . '' He"). When one follows at `*r`,
// moves `*cut` after it and `*r` to the word after it, and returns true.
bool LineSplitter::SkipFreeClosingQuote(const TerminatorRun& run, std::size_t* r,
                                        std::size_t* cut) const {
  if (!run.standalone || run.strong || run.closed != run.end) return false;
  const std::size_t te = TokenEnd(*r);
  bool all_closers = te > *r;
  for (std::size_t i = *r; i < te && all_closers;) {
    int len;
    const char32_t d = At(i, &len);
    if (!IsCloser(d) || d == 0x201C || d == 0x2018) all_closers = false;
    i += static_cast<std::size_t>(len);
  }
  if (!all_closers) return false;
  *cut = te;
  *r = SkipSpaces(te);
  return true;
}

// The first letter of the word at `r`, after openers and a free-standing
// dash ("voila! -- you have").
std::size_t LineSplitter::NextWordStart(std::size_t r) const {
  std::size_t w = r;
  while (w < e_ && IsOpener(At(w))) w = Next(w);
  std::size_t d = w;
  while (d < e_ && d - w < 4 && IsDash(At(d))) d = Next(d);
  if (d > w && d < e_ && IsSpace(At(d))) w = SkipSpaces(d);
  return w;
}

// "[...]" marks an omission; ". . ." (three spaced dots) is an ellipsis
// inside the sentence; "..." before a capital (`fl`) ends it.
bool LineSplitter::EllipsisEnds(const TerminatorRun& run, char32_t fl) const {
  const char32_t before = Before(run.begin);
  if (before == U'[' || before == U'(' || (run.spaced && run.dots == 3)) return false;
  return IsUpper(fl) || (run.standalone && run.dots == 4 && !IsLower(fl));
}

// The rest of the line: ended when it closes with a terminator.
void LineSplitter::EmitRest() {
  if (unit_ >= e_) return;
  std::size_t b = unit_;
  std::size_t e = e_;
  Trim(&b, &e);
  std::size_t k = e;
  while (k > b && IsCloser(At(PrevCodePoint(t_, k)))) k = PrevCodePoint(t_, k);
  bool ended = false;
  if (k > b) {
    const std::size_t last = PrevCodePoint(t_, k);
    const char32_t lc = At(last);
    ended = IsWeakTerminator(lc) || IsStrongTerminator(lc) ||
            (lc == U':' && IsArmenianLetter(Before(last))) ||
            (lc == U';' && IsGreekLetter(Before(last)));
    if (last == marker_dot_) ended = false;
  }
  Emit(e_, ended);
}

}  // namespace internal
}  // namespace precis
