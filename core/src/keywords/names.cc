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

// A word that can be part of a name run: capitalised, not a title, and not
// a function word ("The" at the start of a sentence; "US" is a name).
bool NameWord(std::string_view text, const Token& t) {
  if (t.kind != TokenKind::kWord || !t.capitalized) return false;
  if (t.stopword && !AllCapitals(text, t)) return false;
  std::string_view n = t.norm;
  if (!n.empty() && n.back() == '.') n.remove_suffix(1);
  return !IsTitleWord(n);
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
  for (std::size_t p = from; p < to;) {
    char32_t cp;
    const int len = DecodeAt(text, p, &cp);
    if (len == 0) return false;
    p += static_cast<std::size_t>(len);
    if (IsSpace(cp)) continue;
    if ((cp == '-' || cp == 0x2010 || cp == 0x2011) && !hyphen) {
      hyphen = true;
      continue;
    }
    return false;
  }
  return true;
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

TokenSpan WholeNameSpan(std::string_view text, const std::vector<Token>& tokens, TokenSpan span,
                        InnerCapitals* inner_capitals) {
  // "State" in "Secretary of State Antony Blinken" is part of a title.
  auto title_of = [&](std::size_t a) {
    return a >= 2 && tokens[a - 1].norm == "of" && IsTitleWord(tokens[a - 2].norm);
  };
  auto joined = [&](std::size_t a) {  // tokens a and a + 1 are one name
    return NameWord(text, tokens[a]) && NameWord(text, tokens[a + 1]) && !title_of(a) &&
           PossessiveSuffix(text, tokens[a]) == 0 &&
           Joinable(text, tokens[a].end, tokens[a + 1].begin);
  };
  while (span.first > 0 && joined(span.first - 1) &&
         (span.first > 1 || inner_capitals->Contains(tokens[0].norm))) {
    --span.first;
  }
  while (span.last + 1 < tokens.size() && joined(span.last)) ++span.last;
  return span;
}

}  // namespace internal
}  // namespace precis
