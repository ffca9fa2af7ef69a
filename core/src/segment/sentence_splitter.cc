// Sentence segmentation: one left-to-right pass per line with bounded
// look-behind (the current and previous white-space token) and bounded
// look-ahead (the next word; a quotation's closing mark within
// kMaxQuoteBytes), so the whole split is linear in the size of the input.
//
// Decisions, in order:
//   * a line is a unit of its own unless it ends a sentence; a line that
//     does not is continued by the next one only when the break looks like
//     a wrap: trailing white space before a lower-case word (or after one),
//     or a lower-case next line after a comma, a dash or four words or more.
//     Blank lines, list items and CJK lines are never joined;
//   * inline lists ("1) a 2) b", "a. x b. y", "(a) x (b) y", "• a • b") are
//     cut before each marker in sequence;
//   * full stops of scripts written without spaces (CJK, Ethiopic, Burmese,
//     Devanagari danda) and Arabic, Armenian and Greek terminators end a
//     sentence whatever follows, except inside CJK brackets;
//   * inside round or square brackets that close on the same line ("[16:
//     firma? 13:28]") no sentence ends; a bracket after a quotation that
//     ends a longer sentence is an aside on it;
//   * SplitOptions::language adds the abbreviations of that language and
//     its punctuation habits (sentence_languages.h): the Arabic comma, Greek
//     sentences that start in lower case, Kazakh "?" before lower case,
//     Japanese lines wrapped after a particle;
//   * inside a quotation that closes on the same line ("A. B," she said)
//     no sentence ends; a dash before the closing mark ends one before a
//     capital;
//   * "!" and "?" end a sentence unless a lower-case word or a comma follows;
//   * "." ends a sentence unless it belongs to an abbreviation, an initial,
//     a German ordinal, a number, a URL or an e-mail address, or a
//     lower-case word follows; after ambiguous abbreviations ("U.S.", "Inc.",
//     "Jan.") a sentence ends only before a capitalised common word ("The",
//     "How", "It"). Word lists cover English, German, Danish, Spanish,
//     Italian, French and Russian;
//   * "..." ends a sentence before a capital, ". . ." (spaced) never does;
//   * tokenized text (" . " as a token, PTB quotes `` and '') ends a sentence
//     at a free-standing terminator, which takes a free-standing closing
//     quote with it; a lower-case word after such a quote ("'' he said")
//     continues the sentence.
#include "segment/sentence_splitter.h"

#include <string>
#include <vector>

#include "segment/line_splitter.h"
#include "segment/punctuation.h"
#include "segment/sentence_languages.h"
#include "text/ascii.h"
#include "text/unicode.h"

namespace precis {
namespace internal {
namespace {

// Physical lines of the input.
struct PhysLine {
  std::size_t begin;
  std::size_t end;  // before the line break
  bool blank;
};

class Splitter {
 public:
  Splitter(std::string_view text, const SplitOptions& options)
      : t_(text), opts_(options), rules_(RulesFor(options.language)) {}

  std::vector<SentenceUnit> Run();

 private:
  char32_t At(std::size_t p) const {
    char32_t c = 0;
    DecodeAt(t_, p, &c);
    return c;
  }
  bool EndsSentence(const PhysLine& l) const;
  bool ContinuesLine(const PhysLine& cur, const PhysLine& next) const;
  void AddPiece(const LinePiece& piece, std::vector<SentenceUnit>* out) const;
  std::size_t CountBreaks(std::size_t b, std::size_t e) const;

  std::string_view t_;
  SplitOptions opts_;
  const LanguageRules& rules_;
};

bool Splitter::EndsSentence(const PhysLine& l) const {
  std::size_t e = l.end;
  while (e > l.begin && IsSpace(At(PrevCodePoint(t_, e)))) e = PrevCodePoint(t_, e);
  while (e > l.begin && IsCloser(At(PrevCodePoint(t_, e)))) e = PrevCodePoint(t_, e);
  if (e <= l.begin) return false;
  const std::size_t last = PrevCodePoint(t_, e);
  const char32_t c = At(last);
  if (IsWeakTerminator(c) || IsStrongTerminator(c)) return true;
  if (last > l.begin) {
    const char32_t b = At(PrevCodePoint(t_, last));
    if (c == U':' && IsArmenianLetter(b)) return true;
    if (c == U';' && IsGreekLetter(b)) return true;
  }
  return false;
}

// A line that does not end a sentence continues on the next line when the
// break looks like a wrap: the line ends in white space (a soft wrap), or
// the next line starts with a lower-case letter after a trailing comma or
// dash or a line of four words or more. A next line that starts a list item
// is never a continuation, nor is text without spaces between words (CJK).
bool Splitter::ContinuesLine(const PhysLine& cur, const PhysLine& next) const {
  if (cur.blank || next.blank || EndsSentence(cur)) return false;
  std::size_t p = next.begin;
  char32_t c = 0;
  int len = 0;
  while (p < next.end) {
    len = DecodeAt(t_, p, &c);
    if (len <= 0 || !IsSpace(c)) break;
    p += static_cast<std::size_t>(len);
  }
  if (p < next.end && IsCjk(c) && rules_.cjk_line_wraps) {
    std::size_t e = cur.end;
    while (e > cur.begin && IsSpace(At(PrevCodePoint(t_, e)))) e = PrevCodePoint(t_, e);
    if (e > cur.begin) {
      const char32_t lc = At(PrevCodePoint(t_, e));
      if (lc == 0x3001 || lc == 0xFF0C) return true;  // 、，
      if (rules_.code == "ja") {
        switch (lc) {  // particles that never end a sentence or a heading
          case U'の':
          case U'を':
          case U'に':
          case U'が':
          case U'へ':
          case U'で':
          case U'や':
            return true;
          default:
            break;
        }
      }
    }
  }
  if (p >= next.end || IsCjk(c) || IsBullet(c)) return false;
  const std::size_t after = p + static_cast<std::size_t>(len);
  // "- item", "* item", "b. item", "c) item", "2. item", "(d) item".
  if ((c == U'-' || c == U'*' || c == 0x2013 || c == 0x2014) &&
      (after >= next.end || t_[after] == ' ' || t_[after] == '\t')) {
    return false;
  }
  {
    std::size_t q = p;
    if (t_[q] == '(') ++q;
    std::size_t k = q;
    while (k < next.end && k - q < 3 && IsAsciiDigit(t_[k])) ++k;
    if (k == q && k < next.end && IsAsciiLetter(t_[k])) ++k;
    if (k > q && k < next.end && (t_[k] == '.' || t_[k] == ')') &&
        (k + 1 >= next.end || t_[k + 1] == ' ' || t_[k + 1] == ')')) {
      return false;
    }
  }
  const std::size_t last = PrevCodePoint(t_, cur.end);
  if (IsSpace(At(last))) {
    // A soft wrap: into a lower-case word or a bracket, or after a line that
    // ends in a lower-case word ("eine möglichst problemlose \nSchwanger...").
    if (IsLower(c) || c == U'(') return true;
    // Into a capital only after plain spaces (not the no-break spaces of
    // pasted web headings) that follow a lower-case word.
    std::size_t e = last;
    while (e > cur.begin && IsSpace(At(e))) {
      if (t_[e] != ' ' && t_[e] != '\t') return false;
      e = PrevCodePoint(t_, e);
    }
    if (!IsLetter(c)) return false;
    const char32_t lc = At(e);
    if (IsLower(lc)) return true;
    // After a capitalised word or a dash, when the line is prose: four
    // words or more, one of them lower-case ("la Ingeniera LAURA LEÓN
    // \nSANDOVAL", "en Bangalore – \nIndia").
    if (!IsUpper(lc) && !IsDash(lc)) return false;
    int words = 0;
    bool lower_word = false;
    bool in_word = false;
    for (std::size_t i = cur.begin; i < cur.end;) {
      char32_t ch = 0;
      const int l = DecodeAt(t_, i, &ch);
      const bool space = IsSpace(ch);
      if (!space && !in_word) {
        ++words;
        if (IsLower(ch)) lower_word = true;
      }
      in_word = !space;
      i += static_cast<std::size_t>(l > 0 ? l : 1);
    }
    return words >= 4 && lower_word;
  }
  if (!IsLower(c)) return false;
  const char32_t lc = At(last);
  if (lc == U',' || lc == U';' || IsDash(lc)) return true;
  int words = 0;
  bool in_word = false;
  for (std::size_t i = cur.begin; i < cur.end && words < 4; ++i) {
    const unsigned char ch = static_cast<unsigned char>(t_[i]);
    const bool space = ch == ' ' || ch == '\t';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words >= 4;
}

void Splitter::AddPiece(const LinePiece& piece, std::vector<SentenceUnit>* out) const {
  const std::size_t max = opts_.max_unit_bytes;
  if (max == 0 || piece.end - piece.begin <= max) {
    SentenceUnit u;
    u.begin = piece.begin;
    u.end = piece.end;
    u.line_unit = !piece.ended;
    out->push_back(u);
    return;
  }
  // Cut at the last white space in the second half of the window, else at a
  // character boundary: each cut advances by at least half the limit.
  std::size_t cur = piece.begin;
  while (cur < piece.end) {
    SentenceUnit u;
    u.truncated = true;
    u.begin = cur;
    if (piece.end - cur <= max) {
      u.end = piece.end;
      out->push_back(u);
      break;
    }
    std::size_t limit = cur + max;
    while (limit > cur && (static_cast<unsigned char>(t_[limit]) & 0xC0) == 0x80) --limit;
    if (limit == cur) {  // max smaller than one character
      limit = cur + 1;
      while (limit < piece.end && (static_cast<unsigned char>(t_[limit]) & 0xC0) == 0x80) ++limit;
    }
    std::size_t cut = limit;
    const std::size_t floor = cur + max / 2;
    for (std::size_t s = limit; s > floor && s > cur + 1; --s) {
      const char ch = t_[s - 1];
      if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r') {
        cut = s - 1;
        break;
      }
    }
    std::size_t end = cut;
    while (end > cur) {
      const std::size_t prev = PrevCodePoint(t_, end);
      if (!IsSpace(At(prev))) break;
      end = prev;
    }
    if (end == cur) end = limit, cut = limit;
    u.end = end;
    out->push_back(u);
    cur = cut;
    while (cur < piece.end) {
      char32_t c = 0;
      const int len = DecodeAt(t_, cur, &c);
      if (len <= 0 || !IsSpace(c)) break;
      cur += static_cast<std::size_t>(len);
    }
  }
}

std::size_t Splitter::CountBreaks(std::size_t b, std::size_t e) const {
  std::size_t n = 0;
  for (std::size_t i = b; i < e; ++i) {
    const unsigned char ch = static_cast<unsigned char>(t_[i]);
    if (ch == '\n') {
      ++n;
    } else if (ch == '\r') {
      if (i + 1 >= t_.size() || t_[i + 1] != '\n') ++n;
    } else if (ch == 0xC2 && i + 1 < e && static_cast<unsigned char>(t_[i + 1]) == 0x85) {
      ++n;
    } else if (ch == 0xE2 && i + 2 < e && static_cast<unsigned char>(t_[i + 1]) == 0x80 &&
               (static_cast<unsigned char>(t_[i + 2]) == 0xA8 ||
                static_cast<unsigned char>(t_[i + 2]) == 0xA9)) {
      ++n;
    }
  }
  return n;
}

std::vector<SentenceUnit> Splitter::Run() {
  // Physical lines.
  std::vector<PhysLine> lines;
  std::size_t start = 0;
  bool blank = true;
  for (std::size_t p = 0; p < t_.size();) {
    char32_t c = 0;
    int len = DecodeAt(t_, p, &c);
    if (len <= 0) len = 1;
    if (IsLineBreak(c)) {
      lines.push_back(PhysLine{start, p, blank});
      p += static_cast<std::size_t>(len);
      if (c == U'\r' && p < t_.size() && t_[p] == '\n') ++p;
      start = p;
      blank = true;
      continue;
    }
    if (!IsSpace(c)) blank = false;
    p += static_cast<std::size_t>(len);
  }
  lines.push_back(PhysLine{start, t_.size(), blank});

  std::vector<SentenceUnit> out;
  std::vector<LinePiece> pieces;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].blank) continue;
    std::size_t j = i;
    while (j + 1 < lines.size() && ContinuesLine(lines[j], lines[j + 1])) ++j;
    pieces.clear();
    LineSplitter(t_, lines[i].begin, lines[j].end, rules_, &pieces).Run();
    for (const LinePiece& piece : pieces) AddPiece(piece, &out);
    i = j;
  }

  // Line and paragraph numbers.
  std::size_t line = 0;
  std::size_t pos = 0;
  int paragraph = 0;
  for (std::size_t k = 0; k < out.size(); ++k) {
    SentenceUnit& u = out[k];
    if (k == 0) {
      line = CountBreaks(0, u.begin);
    } else {
      const SentenceUnit& prev = out[k - 1];
      const std::size_t inside = CountBreaks(pos, prev.end);
      const std::size_t gap = CountBreaks(prev.end, u.begin);
      line += inside + gap;
      if (gap >= 2 || (gap >= 1 && !prev.line_unit)) ++paragraph;
    }
    pos = u.begin;
    u.line = static_cast<int>(line);
    u.paragraph = paragraph;
  }
  return out;
}

}  // namespace

std::vector<SentenceUnit> SplitSentences(std::string_view text, const SplitOptions& options) {
  return Splitter(text, options).Run();
}

}  // namespace internal
}  // namespace precis