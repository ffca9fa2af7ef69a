// The splitting of one logical line (physical lines joined where the break
// is a wrap) into sentences and list items: one left-to-right pass with
// bounded look-behind and look-ahead (see sentence_splitter.cc for the
// decisions it makes). The full-stop decisions are in sentence_boundary.cc.
#ifndef PRECIS_CORE_SEGMENT_LINE_SPLITTER_H_
#define PRECIS_CORE_SEGMENT_LINE_SPLITTER_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "segment/abbreviations.h"
#include "segment/sentence_languages.h"
#include "text/unicode.h"

namespace precis {
namespace internal {

// A unit of a line: a byte range of the text, trimmed.
struct LinePiece {
  std::size_t begin;
  std::size_t end;
  bool ended;  // closed by sentence-final punctuation
};

// Splits one logical line [begin, end) of `text` into pieces.
class LineSplitter {
 public:
  LineSplitter(std::string_view text, std::size_t begin, std::size_t end,
               const LanguageRules& rules, std::vector<LinePiece>* out)
      : t_(text), b_(begin), e_(end), rules_(rules), out_(out) {}

  void Run();

 private:
  static constexpr std::size_t kNone = std::string_view::npos;
  // Longest quotation whose inner full stops are kept inside one sentence.
  static constexpr std::size_t kMaxQuoteBytes = 600;

  struct Marker {
    bool ok = false;
    int value = 0;
    int style = 0;  // 1 "1.", 2 "1)", 3 "1.)", 4 "(1)"
    std::size_t dot = std::string_view::npos;
    std::size_t end = 0;
  };

  // A run of sentence terminators ("." "?!" "..." ". . ." "。"), with the
  // closing quotes, brackets and reference marks attached to it.
  struct TerminatorRun {
    std::size_t begin = 0;          // the first terminator
    std::size_t end = 0;            // after the last terminator
    std::size_t closed = 0;         // after the attached closers
    std::size_t first_dot_end = 0;  // after the first full stop, or kNone
    int dots = 0;                   // full stops in the run
    bool strong = false;            // ends a sentence whatever follows
    bool ellipsis = false;          // "…", or three full stops or more
    bool exclaim = false;           // "!", "?" and the like
    bool spaced = false;            // spaced dots (". . .")
    bool standalone = false;        // white space before the run
    bool quote_mark = false;        // a closing quotation mark is attached
  };

  // What the scan does after a run of terminators followed by white space.
  enum class RunOutcome {
    kContinues,  // the sentence goes on
    kEnds,       // the sentence ends (at `*cut`)
    kLineEnds,   // nothing but closers follow on the line
    kReopened,   // a full stop ended the sentence and an ellipsis opens the next
  };

  char32_t At(std::size_t p, int* len) const {
    char32_t c = 0;
    *len = DecodeAt(t_, p, &c);
    return c;
  }
  char32_t At(std::size_t p) const {
    int len;
    return At(p, &len);
  }
  std::size_t Next(std::size_t p) const {
    char32_t c;
    const int len = DecodeAt(t_, p, &c);
    return p + static_cast<std::size_t>(len > 0 ? len : 1);
  }
  char32_t Before(std::size_t p) const {
    if (p <= b_) return 0;
    return At(PrevCodePoint(t_, p));
  }
  std::size_t SkipSpaces(std::size_t p) const {
    while (p < e_) {
      int len;
      if (!IsSpace(At(p, &len))) break;
      p += static_cast<std::size_t>(len);
    }
    return p;
  }
  // End of the white-space delimited token starting at p.
  std::size_t TokenEnd(std::size_t p) const {
    while (p < e_) {
      int len;
      if (IsSpace(At(p, &len))) break;
      p += static_cast<std::size_t>(len);
    }
    return p;
  }

  // Steps of Run (line_splitter.cc).
  bool EnterToken(std::size_t* p, char32_t c);
  void TrackQuotation(std::size_t p, char32_t c);
  bool CutAtBrokenQuotation(std::size_t* p, std::size_t next);
  bool IsStrongAt(std::size_t p, char32_t c, std::size_t next) const;
  TerminatorRun ScanTerminators(std::size_t p, char32_t c, std::size_t next, bool strong) const;
  void AttachClosers(TerminatorRun* run) const;
  bool OpensUnit(std::size_t run_begin) const;
  bool InsideAside(const TerminatorRun& run) const;
  bool EndsBeforeText(const TerminatorRun& run, std::size_t* cut) const;
  RunOutcome EndsBeforeSpace(const TerminatorRun& run, std::size_t* cut);
  bool SkipFreeClosingQuote(const TerminatorRun& run, std::size_t* r, std::size_t* cut) const;
  std::size_t NextWordStart(std::size_t r) const;
  bool EllipsisEnds(const TerminatorRun& run, char32_t fl) const;
  void EmitRest();

  Marker ParseMarker(std::size_t p) const;
  std::size_t EnterItem(std::size_t p, bool line_start);
  std::size_t QuoteClose(std::size_t p, char32_t c) const;
  std::size_t SingleQuoteClose(std::size_t p, char32_t c) const;
  std::size_t BracketClose(std::size_t p, char32_t c) const;
  bool NextMarkerFollows(const Marker& m) const;
  bool OpensWithEllipsis(std::size_t p) const;
  void Emit(std::size_t end, bool ended);
  // [b, e) without white space and decoration at its edges.
  void Trim(std::size_t* b, std::size_t* e) const;

  // Full-stop decisions (sentence_boundary.cc).
  bool DotIsBoundary(std::size_t tok_begin, std::size_t dot, std::size_t next_word) const;
  enum class Decision { kUndecided, kBoundary, kNoBoundary };
  Decision AbbreviationDecision(const std::string& word, std::size_t w, bool digit_next,
                                std::size_t pw) const;
  bool WordShapeDotIsBoundary(std::size_t a, std::size_t dot, std::size_t w,
                              const std::string& word, bool digit_next, std::size_t pw) const;
  bool NoSpaceBoundary(std::size_t tok_begin, std::size_t dot) const;
  std::size_t FootnoteEnd(std::size_t tok_begin, std::size_t dot) const;
  bool IsStarterAt(std::size_t p) const;
  bool QuoteGlueBoundary(const TerminatorRun& run, std::size_t* cut) const;
  bool ClosesQuotation(std::size_t p, char32_t c) const;
  bool ArabicLabelColon(std::size_t colon, std::size_t next) const;
  bool OpensWithTimePhrase(std::size_t a) const;
  // `word` (case-folded) belongs to the class `cls` in any language or in
  // the text's language.
  bool Has(unsigned cls, std::string_view word) const {
    return InSharedWordClass(cls, word) || (LanguageWordClasses(rules_, word) & cls) != 0;
  }
  std::string LowerAscii(std::size_t b, std::size_t e) const;
  std::string Fold(std::size_t b, std::size_t e) const;

  std::string_view t_;
  std::size_t b_;
  std::size_t e_;
  const LanguageRules& rules_;
  std::vector<LinePiece>* out_;
  std::size_t unit_ = 0;                           // start of the current unit
  std::size_t tok_ = 0;                            // start of the current token
  std::size_t prev_tok_ = std::string_view::npos;  // previous token start
  std::size_t prev_tok_end_ = 0;
  std::size_t marker_dot_ = std::string_view::npos;
  std::size_t quote_begin_ = kNone;  // the current quotation
  std::size_t quote_end_ = kNone;
  std::size_t bracket_begin_ = kNone;  // the current bracketed aside
  std::size_t bracket_end_ = kNone;
  char32_t bullet_ = 0;       // the bullet that starts the line's items
  int expected_ = -1;         // the next list marker value, or -1
  int style_ = 0;             // its style
  int cjk_depth_ = 0;         // open CJK brackets
  bool after_space_ = false;  // white space before the current character
};

}  // namespace internal
}  // namespace precis

#endif  // PRECIS_CORE_SEGMENT_LINE_SPLITTER_H_
