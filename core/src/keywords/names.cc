#include "keywords/names.h"

#include "lex/word_set.h"
#include "text/unicode.h"

namespace precis {
namespace internal {
namespace {

constexpr std::string_view kTitles[] = {
    "capt",     "captain", "chairman",  "chairwoman",  "cmdr",
    "col",      "colonel", "commander", "constable",   "cpl",
    "corporal", "det",     "detective", "dr",          "gov",
    "governor", "insp",    "inspector", "judge",       "lieutenant",
    "lt",       "mayor",   "minister",  "mp",          "mr",
    "mrs",      "ms",      "officer",   "pc",          "president",
    "prime",    "rep",     "secretary", "sen",         "senator",
    "sergeant", "sgt",     "spokesman", "spokeswoman", "superintendent",
    "supt",     "trooper",
};

// Whether token `t` is written in capitals only ("US", not "Us").
bool AllCapitals(std::string_view text, const Token& t) {
  std::size_t letters = 0;
  for (std::size_t p = t.begin; p < t.end;) {
    char32_t cp;
    const int len = DecodeAt(text, p, &cp);
    if (len == 0) break;
    if (IsLetter(cp)) {
      if (!IsUpper(cp)) return false;
      ++letters;
    }
    p += static_cast<std::size_t>(len);
  }
  return letters >= 2;
}

// Whether token `t` is a title word, abbreviated or not ("Sgt", "Sgt.").
bool TitleToken(const Token& t) {
  std::string_view n = t.norm;
  if (!n.empty() && n.back() == '.') n.remove_suffix(1);
  return IsTitleWord(n);
}

// A word that can be part of a name run: capitalised, not a title, and not
// a function word ("The" at the start of a sentence; "US" is a name).
bool NameWord(std::string_view text, const Token& t) {
  if (t.kind != TokenKind::kWord || !t.capitalized) return false;
  if (t.stopword && !AllCapitals(text, t)) return false;
  return !TitleToken(t);
}

}  // namespace

bool IsTitleWord(std::string_view folded) {
  static const WordSet set(kTitles);
  return set.Contains(folded);
}

bool Joinable(std::string_view text, std::size_t from, std::size_t to) {
  if (to < from) return true;  // overlapping CJK bigrams
  if (to - from > 8) return false;
  bool hyphen = false;
  bool space = false;
  for (std::size_t p = from; p < to;) {
    char32_t cp;
    const int len = DecodeAt(text, p, &cp);
    if (len == 0) return false;
    p += static_cast<std::size_t>(len);
    if (IsSpace(cp)) {
      space = true;
      continue;
    }
    if ((cp == '-' || cp == 0x2010 || cp == 0x2011) && !hyphen) {
      hyphen = true;
      continue;
    }
    return false;
  }
  // A spaced hyphen is a dash between two phrases ("Joy Division - Love").
  return !(hyphen && space);
}

std::size_t PossessiveSuffix(std::string_view text, const Token& t) {
  const std::string_view s = text.substr(t.begin, t.end - t.begin);
  if (s.size() > 2 && (s.substr(s.size() - 2) == "'s" || s.substr(s.size() - 2) == "'S")) {
    return 2;
  }
  if (s.size() > 4 && s.substr(s.size() - 4) == "\xE2\x80\x99s") return 4;
  return 0;
}

bool InnerCapitals::Contains(const std::string& norm) {
  if (!built_) {
    built_ = true;
    for (std::size_t s = 0; s < sentences_; ++s) {
      const std::vector<Token>& tokens = tokens_(s);
      for (std::size_t k = 1; k < tokens.size(); ++k) {
        if (tokens[k].capitalized && tokens[k].kind == TokenKind::kWord) {
          words_.insert(tokens[k].norm);
        }
      }
    }
  }
  return words_.count(norm) != 0;
}

namespace {

// "State" in "Secretary of State Antony Blinken" is part of a title.
bool TitleOf(const std::vector<Token>& tokens, std::size_t a) {
  return a >= 2 && tokens[a - 1].norm == "of" && IsTitleWord(tokens[a - 2].norm);
}

// A function word written capitalised inside a sentence, as in a title
// ("Sex And The City", "Breakfast With Frost"); after the first word of a
// bridge between two name words, articles included ("And The").
bool BridgeWord(std::string_view text, const Token& t, std::size_t index) {
  return index > 0 && t.kind == TokenKind::kWord && t.capitalized && t.stopword &&
         !AllCapitals(text, t);
}

// A bridge word that may open a bridge: not an article ("The", "A"), which
// is as likely the start of a sentence run together with the one before
// ("... at Old Trafford The English champions ...").
bool TitleCaseStopword(std::string_view text, const Token& t, std::size_t index) {
  return BridgeWord(text, t, index) && t.norm != "the" && t.norm != "a" && t.norm != "an";
}

// The token after `a` that continues the name run token `a` is in: a + 1,
// or the next name word past up to two title-case function words; 0 when
// the run ends at `a`.
std::size_t NextInName(std::string_view text, const std::vector<Token>& tokens, std::size_t a) {
  if (!NameWord(text, tokens[a]) || TitleOf(tokens, a) || PossessiveSuffix(text, tokens[a]) != 0) {
    return 0;
  }
  std::size_t b = a + 1;
  while (b < tokens.size() && b <= a + 2 &&
         (b == a + 1 ? TitleCaseStopword(text, tokens[b], b) : BridgeWord(text, tokens[b], b)) &&
         Joinable(text, tokens[b - 1].end, tokens[b].begin)) {
    ++b;
  }
  if (b >= tokens.size() || !NameWord(text, tokens[b]) ||
      !Joinable(text, tokens[b - 1].end, tokens[b].begin)) {
    return 0;
  }
  return b;
}

}  // namespace

TokenSpan WholeNameSpan(std::string_view text, const std::vector<Token>& tokens, TokenSpan span,
                        InnerCapitals* inner_capitals) {
  // Whether every token of the span is a name word: only such a span is
  // widened across title-case function words ("City" to "Sex And The City",
  // not "City drew").
  bool all_name = true;
  for (std::size_t k = span.first; k <= span.last && k < tokens.size(); ++k) {
    all_name = all_name && NameWord(text, tokens[k]);
  }
  // The token before `b` that goes on into it, or b when there is none.
  auto previous = [&](std::size_t b) {
    for (std::size_t c = b; c > 0 && c + 3 > b;) {
      --c;
      if (c + 1 < b && !all_name) break;
      if (NextInName(text, tokens, c) == b) return c;
    }
    return b;
  };
  for (std::size_t prev = 0; span.first > 0 && (prev = previous(span.first)) != span.first &&
                             (prev > 0 || inner_capitals->Contains(tokens[0].norm));) {
    span.first = prev;
  }
  for (std::size_t next = 0;
       span.last + 1 < tokens.size() && (next = NextInName(text, tokens, span.last)) != 0;) {
    span.last = next;
  }
  return span;
}

bool PartOfLongerName(std::string_view text, const std::vector<Token>& tokens, TokenSpan span) {
  if (span.last >= tokens.size() || !tokens[span.first].capitalized) return false;
  // Before a title word ("Health" of "Health Minister", "Foreign" of
  // "Foreign Secretary") or a title-case function word going on into a
  // title.
  if (span.last + 1 < tokens.size()) {
    const Token& after = tokens[span.last + 1];
    if (((after.capitalized && TitleToken(after)) ||
         TitleCaseStopword(text, after, span.last + 1)) &&
        Joinable(text, tokens[span.last].end, after.begin)) {
      return true;
    }
  }
  return TitleOf(tokens, span.first);
}

}  // namespace internal
}  // namespace precis
