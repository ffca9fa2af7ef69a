// Bullet compression, first part: the dateline, connectives, asides,
// parentheticals and attributions.
#include "facts/compressor.h"

#include <initializer_list>

#include "text/unicode.h"

namespace precis {
namespace internal {
namespace keyfacts {

// The bullet text and the spans that survive in it.
std::string Compressor::Run(std::vector<Span>* kept) {
  limit_ = N();
  DropDateline();
  DropLeadingConnective();
  DropInnerConnective();
  DropParentheticals();
  DropInnerTime();
  ShortenLong();
  CutAtBudget();
  CutToMax();
  DropTrailingClause();
  DropTrailingTime();
  std::string out = Assemble();
  if (WordCount(out) < kMinBulletWords) {
    drops_.clear();
    out = Assemble();
  }
  kept->clear();
  for (const Span& sp : spans_) {
    if (!Dropped(sp.begin, sp.end)) kept->push_back(sp);
  }
  return out;
}

namespace {

bool OneOf(std::string_view w, std::initializer_list<std::string_view> words) {
  for (std::string_view x : words) {
    if (w == x) return true;
  }
  return false;
}

bool HasDigit(std::string_view w) {
  for (char ch : w) {
    if (ch >= '0' && ch <= '9') return true;
  }
  return false;
}

bool NegationWord(std::string_view w) {
  if (w.size() > 3 && (w.substr(w.size() - 3) == "n't" || w.substr(w.size() - 3) == "nt'")) {
    return true;
  }
  if (w.size() > 5 && w.substr(w.size() - 5) == "n\xE2\x80\x99t") return true;
  return OneOf(w, {"not", "no", "never", "nor", "neither", "none", "nobody", "nothing", "without",
                   "cannot", "n't"});
}

bool ContrastOrCondition(std::string_view w) {
  return OneOf(w, {"but", "however", "although", "though", "yet", "whereas", "despite", "if",
                   "unless", "provided", "whether"});
}

bool AttributionWord(std::string_view w) {
  return OneOf(w, {"according", "said", "says", "say", "told", "tells", "claimed", "claims",
                   "alleged", "allegedly", "reportedly", "reported", "stated", "insisted", "added",
                   "announced", "confirmed"});
}

bool NumberWord(std::string_view w) {
  return OneOf(
      w, {"one",       "two",      "three",     "four",     "five",     "six",      "seven",
          "eight",     "nine",     "ten",       "eleven",   "twelve",   "thirteen", "fourteen",
          "fifteen",   "sixteen",  "seventeen", "eighteen", "nineteen", "twenty",   "thirty",
          "forty",     "fifty",    "sixty",     "seventy",  "eighty",   "ninety",   "hundred",
          "thousand",  "million",  "billion",   "trillion", "dozen",    "dozens",   "hundreds",
          "thousands", "millions", "billions",  "half",     "twice",    "first",    "second",
          "third"});
}

// A word a bullet must not end on after a cut: a conjunction, preposition
// or determiner.
bool DanglingWord(std::string_view w) {
  return OneOf(w, {"and",     "or",      "but",       "nor",   "because", "although", "though",
                   "whereas", "if",      "unless",    "which", "who",     "whom",     "whose",
                   "of",      "to",      "for",       "with",  "by",      "from",     "into",
                   "onto",    "at",      "as",        "than",  "between", "against",  "during",
                   "without", "within",  "including", "via",   "toward",  "towards",  "upon",
                   "among",   "despite", "the",       "a",     "an",      "these",    "those",
                   "its",     "their",   "our",       "my",    "your",    "every",    "each"});
}

}  // namespace

// Drops [b, e) when that is safe: the range holds no negation, number or
// attribution ("said", "according to"), and after the opening no contrast
// ("but", "however") or condition ("if", "unless"); a cut at the end leaves
// no conjunction, preposition or determiner last. Returns whether it did.
bool Compressor::Drop(std::size_t b, std::size_t e) {
  const bool opening = b <= s_.begin;
  const bool tail = e >= FinalPunct() && !opening;
  std::size_t last_kept = N();
  for (std::size_t k = 0; k < N(); ++k) {
    const Token& t = T(k);
    if (t.end <= b) {
      if (!Dropped(t.begin, t.end)) last_kept = k;
      continue;
    }
    if (t.begin >= e) break;
    if (AttributionWord(t.norm)) return false;
    // A whole clause cut at the end may take its own numbers and negation.
    if (!tail && (t.kind == TokenKind::kNumber || HasDigit(t.norm) || NegationWord(t.norm) ||
                  NumberWord(t.norm))) {
      return false;
    }
    if (!opening && ContrastOrCondition(t.norm)) return false;
  }
  if (e >= FinalPunct() && !opening) {
    if (last_kept == N()) return false;
    if (T(last_kept).kind == TokenKind::kWord && DanglingWord(T(last_kept).norm)) return false;
  }
  drops_.push_back({b, e});
  return true;
}

bool Compressor::Dropped(std::size_t b, std::size_t e) const {
  for (const Range& r : drops_) {
    if (b < r.end && e > r.begin) return true;
  }
  return false;
}

double Compressor::WeightIn(std::size_t b, std::size_t e, bool values_only) const {
  double w = 0;
  for (const Span& sp : spans_) {
    if (sp.begin >= b && sp.end <= e) {
      if (!values_only || sp.kind <= FactKind::kDate) w += sp.weight;
    }
  }
  return w;
}

std::size_t Compressor::WordCount(std::string_view s) {
  std::size_t words = 0;
  bool in = false;
  for (char ch : s) {
    const bool sp = ch == ' ';
    if (!sp && !in) ++words;
    in = !sp;
  }
  return words;
}

// Position right after the first comma after token k (and its spaces), or
// npos when the gap after token k has no comma.
std::size_t Compressor::AfterComma(std::size_t k) const {
  const std::size_t to = k + 1 < N() ? T(k + 1).begin : s_.end;
  const std::size_t c = TextBetween(text_, T(k).end, to).find(',');
  if (c == std::string_view::npos) return std::string_view::npos;
  std::size_t p = T(k).end + c + 1;
  while (p < to && text_[p] == ' ') ++p;
  return p;
}

// " - ", " -- " or a spaced en or em dash.
bool Compressor::SpacedDash(std::string_view gap) {
  return gap == " - " || gap == " -- " || gap == " \xE2\x80\x94 " || gap == " \xE2\x80\x93 ";
}

void Compressor::DropLeadingConnective() {
  if (N() < 4) return;
  const std::string& w0 = T(0).norm;
  if (BareConnectives().Contains(w0)) {
    std::size_t p = T(1).begin;
    if (const std::size_t c = AfterComma(0); c != std::string_view::npos) p = c;
    Drop(s_.begin, p);
    return;
  }
  if (Connectives().Contains(w0)) {
    if (const std::size_t c = AfterComma(0); c != std::string_view::npos) {
      Drop(s_.begin, c);
    }
    return;
  }
  // "According to X, ..." stays: the attribution is part of the fact.
  // Multi-word connectives.
  std::string phrase;
  for (std::size_t k = 0; k < 4 && k + 1 < N(); ++k) {
    if (k > 0) phrase += ' ';
    phrase += T(k).norm;
    const std::size_t c = AfterComma(k);
    if (c == std::string_view::npos) continue;
    if (IsPhraseConnective(phrase)) Drop(s_.begin, c);
    return;
  }
}

void Compressor::DropParentheticals() {
  const std::string_view sent = text_.substr(s_.begin, s_.end - s_.begin);
  // "( ... )"
  for (std::size_t p = 0; p < sent.size(); ++p) {
    if (sent[p] != '(') continue;
    const std::size_t close = sent.find(')', p);
    if (close == std::string_view::npos) break;
    std::size_t b = s_.begin + p;
    const std::size_t e = s_.begin + close + 1;
    if (WeightIn(b, e, true) > 0 && WeightIn(s_.begin, s_.end, true) == WeightIn(b, e, true)) {
      p = close;
      continue;  // the only value of the sentence is in there
    }
    while (b > s_.begin && text_[b - 1] == ' ') --b;
    Drop(b, e);
    p = close;
  }
  // " — aside — "
  std::size_t first_dash = std::string_view::npos;
  for (std::size_t p = 0; p < sent.size();) {
    char32_t cp;
    const int len = DecodeAt(sent, p, &cp);
    if (len == 0) break;
    const bool spaced = p > 0 && sent[p - 1] == ' ';
    if (IsDash(cp) || (cp == '-' && p + 1 < sent.size() && sent[p + 1] == '-')) {
      if (first_dash == std::string_view::npos) {
        if (spaced || IsDash(cp)) first_dash = p;
      } else {
        std::size_t b = s_.begin + first_dash;
        const std::size_t e = s_.begin + p + static_cast<std::size_t>(len) + (cp == '-' ? 1 : 0);
        if (WeightIn(b, e, true) == 0 && e - b < 300) {
          while (b > s_.begin && text_[b - 1] == ' ') --b;
          Drop(b, e);
        }
        first_dash = std::string_view::npos;
      }
      p += static_cast<std::size_t>(len) + (cp == '-' ? 1 : 0);
      continue;
    }
    p += static_cast<std::size_t>(len);
  }
}

bool Compressor::HasQuoteMarks() const {
  const std::string_view sent = text_.substr(s_.begin, s_.end - s_.begin);
  for (std::size_t p = 0; p < sent.size();) {
    char32_t cp;
    const int len = DecodeAt(sent, p, &cp);
    if (len == 0) break;
    if (cp == '"' || IsOpenQuote(cp) || (IsCloseQuote(cp) && cp != 0x2019)) return true;
    p += static_cast<std::size_t>(len);
  }
  return false;
}

// Byte offset where the final punctuation of the sentence starts.
std::size_t Compressor::FinalPunct() const {
  std::size_t e = s_.end;
  while (e > s_.begin) {
    const std::size_t prev = PrevCodePoint(text_, e);
    char32_t cp;
    DecodeAt(text_, prev, &cp);
    if (cp == '.' || cp == '!' || cp == '?' || cp == ' ') {
      e = prev;
      continue;
    }
    break;
  }
  return e;
}

bool Compressor::CommaAfter(std::size_t k) const {
  return Gap(k).find(',') != std::string_view::npos;
}

// The token before the last comma of the sentence, or npos.
std::size_t Compressor::LastCommaToken(std::size_t limit) const {
  for (std::size_t k = limit; k-- > 1;) {
    if (CommaAfter(k - 1)) return k - 1;
  }
  return std::string_view::npos;
}

// ", however," inside the sentence.
void Compressor::DropInnerConnective() {
  for (std::size_t k = 1; k + 1 < N(); ++k) {
    if (!Connectives().Contains(T(k).norm) || !CommaAfter(k - 1) || !CommaAfter(k)) continue;
    // From the comma before the word to the end of the word: the comma
    // after it stays.
    const std::size_t comma = text_.find(',', T(k - 1).end);
    if (comma == std::string_view::npos || comma >= T(k).begin) continue;
    // "The coast guard, however, told CNN": both commas go. Before an
    // adjunct ("Korea, however, after Yoon ..., have") the second comma
    // opens an aside and stays.
    std::size_t e = T(k).end;
    if (ClauseGoesOn(k + 1)) {
      const std::size_t c2 = text_.find(',', T(k).end);
      if (c2 != std::string_view::npos && c2 < T(k + 1).begin) e = c2 + 1;
    }
    Drop(comma, e);
  }
}

void Compressor::DropTrailingClause() {
  const std::size_t before = LastCommaToken(limit_);
  if (before == std::string_view::npos || before < 7) return;
  const std::size_t first = before + 1;
  if (first >= limit_) return;
  // ", which ...", ", who ...", or a participle (", ending ...").
  const Token& w = T(first);
  const bool participle = w.kind == TokenKind::kWord && !w.capitalized && w.norm.size() > 5 &&
                          w.norm.compare(w.norm.size() - 3, 3, "ing") == 0;
  if (!TrailingClause().Contains(w.norm) && !participle) return;
  const std::size_t b = T(before).end;
  const std::size_t e = FinalPunct();
  if (Dropped(b, e)) return;
  for (const Span& sp : spans_) {
    if (sp.begin >= b && sp.end <= e && sp.kind != FactKind::kQuantity &&
        sp.kind <= FactKind::kDate)
      return;
  }
  Drop(b, e);
}

// The gap between token k and token k+1.
std::string_view Compressor::Gap(std::size_t k) const { return GapBetween(text_, T(k), T(k + 1)); }

// Whether `gap` holds only spaces and at most one comma or dot.
bool Compressor::DatelineJoin(std::string_view gap) {
  int marks = 0;
  for (char ch : gap) {
    if (ch == ',' || ch == '.') {
      ++marks;
    } else if (ch != ' ') {
      return false;
    }
  }
  return marks <= 1;
}

bool Compressor::AllCaps(std::string_view w) {
  if (w.size() < 2) return false;
  for (char ch : w) {
    if (ch < 'A' || ch > 'Z') return false;
  }
  return true;
}

// An opening dateline: "Rome (CNN) --", "LONDON, England (Reuters) --",
// "(CNN)", "WASHINGTON --". Up to six capitalised words or numbers, then a
// short parenthesised agency name (an initialism or a known agency), or
// place words in capitals then a spaced dash. The sentence after it must
// start with a capital.
void Compressor::DropDateline() {
  const std::size_t n = N();
  if (n < 6) return;
  bool all_caps = true;
  for (std::size_t k = 0; k < 7 && k + 5 < n; ++k) {
    const std::size_t from = k == 0 ? s_.begin : T(k - 1).end;
    const std::string_view gap = TextBetween(text_, from, T(k).begin);
    if (gap.find('(') != std::string_view::npos) {
      // The agency: one to three capitalised words up to ')'.
      std::size_t c = k;
      bool agency = false;
      while (c < k + 3 && c + 1 < n) {
        const Token& t = T(c);
        if (t.kind != TokenKind::kWord || !t.capitalized) return;
        agency |= AllCaps(text_.substr(t.begin, t.end - t.begin)) || Agencies().Contains(t.norm);
        ++c;
        if (Gap(c - 1).find(')') != std::string_view::npos) break;
      }
      if (!agency || Gap(c - 1).find(')') == std::string_view::npos) return;
      if (!T(c).capitalized || c + 4 > n) return;
      drops_.push_back({s_.begin, T(c).begin});  // a dateline: no check
      return;
    }
    if (k > 0) {
      std::string_view g = gap;
      while (!g.empty() && g.front() == ' ') g.remove_prefix(1);
      while (!g.empty() && g.back() == ' ') g.remove_suffix(1);
      const bool dash = g == "--" || g == "-" || g == "\xE2\x80\x94" || g == "\xE2\x80\x93";
      if (dash && gap.size() > g.size()) {
        if (!all_caps || !T(k).capitalized) return;
        drops_.push_back({s_.begin, T(k).begin});
        return;
      }
      if (!DatelineJoin(gap)) return;
    } else if (!Blank(gap)) {
      return;
    }
    const Token& t = T(k);
    if (t.kind == TokenKind::kNumber) continue;
    if (t.kind != TokenKind::kWord || !t.capitalized) return;
    all_caps &= AllCaps(text_.substr(t.begin, t.end - t.begin)) ||
                (k > 0 && Gap(k - 1).find(',') != std::string_view::npos);
  }
}

}  // namespace keyfacts
}  // namespace internal
}  // namespace precis
