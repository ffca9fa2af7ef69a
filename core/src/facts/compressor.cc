// Bullet compression, first part: the dateline, connectives, asides,
// parentheticals and attributions.
#include "facts/compressor.h"

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
  DropInnerAttributions();
  DropInnerTime();
  ShortenLong();
  CutAtBudget();
  DropTrailingAttribution();
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
    drops_.push_back({s_.begin, p});
    return;
  }
  if (Connectives().Contains(w0)) {
    if (const std::size_t c = AfterComma(0); c != std::string_view::npos) {
      drops_.push_back({s_.begin, c});
    }
    return;
  }
  // "According to X, ..." (X holds no value, and the comma ends it rather
  // than an item of a list: "According to her website she worked in
  // London, Paris and Miami").
  if (w0 == "according" && T(1).norm == "to") {
    for (std::size_t k = 2; k < 10 && k + 1 < N(); ++k) {
      const std::size_t c = AfterComma(k);
      if (c == std::string_view::npos) continue;
      bool list = false;
      for (std::size_t j = k + 1; j < N() && j <= k + 3; ++j) {
        list |=
            T(j).norm == "and" || T(j).norm == "or" || (j <= k + 2 && j + 1 < N() && CommaAfter(j));
      }
      if (!list && !HoldsValueOrQuote(s_.begin, c)) drops_.push_back({s_.begin, c});
      return;
    }
    return;
  }
  // Multi-word connectives.
  std::string phrase;
  for (std::size_t k = 0; k < 4 && k + 1 < N(); ++k) {
    if (k > 0) phrase += ' ';
    phrase += T(k).norm;
    const std::size_t c = AfterComma(k);
    if (c == std::string_view::npos) continue;
    if (IsPhraseConnective(phrase)) drops_.push_back({s_.begin, c});
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
    drops_.push_back({b, e});
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
          drops_.push_back({b, e});
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

// A final attribution: ", the State Department said", ", officials said
// on Friday", ", said Ned Price, a spokesman", ", according to a report".
// A clause that starts with the verb is only an attribution when the
// speaker follows ("said Price"); ", told CNN" leaves its speaker in the
// kept part, so it stays.
void Compressor::DropTrailingAttribution() {
  if (HasQuoteMarks()) return;  // keep the speaker of a quote
  // Try the last three commas, nearest first.
  std::size_t commas = 0;
  if (limit_ < 6) return;
  for (std::size_t before = limit_ - 1; before-- > 4 && commas < 3;) {
    if (!CommaAfter(before)) continue;
    ++commas;
    const std::size_t first = before + 1;
    const std::size_t count = limit_ - first;
    if (count == 0 || count > 20) return;
    // The segment up to the next comma holds the verb.
    std::size_t seg_end = first;
    while (seg_end + 1 < limit_ && !CommaAfter(seg_end)) ++seg_end;
    bool has_number = false;
    for (std::size_t k = first; k < limit_; ++k) {
      has_number |= T(k).kind == TokenKind::kNumber;
    }
    if (has_number) return;
    const bool according = T(first).norm == "according" && count > 2 && T(first + 1).norm == "to";
    if (seg_end - first + 1 > 8 && !according) continue;
    std::size_t verb = limit_;
    for (std::size_t k = first; k <= seg_end; ++k) {
      if (SpeechVerbs().Contains(T(k).norm)) {
        verb = k;
        break;
      }
    }
    if (!according && verb == limit_) continue;
    if (!according && verb == first) {
      const bool speaker_follows =
          verb + 1 < limit_ && (T(verb + 1).capitalized || T(verb + 1).norm == "the") &&
          (T(verb).norm == "said" || T(verb).norm == "says" || T(verb).norm == "added");
      if (!speaker_follows) return;
    }
    drops_.push_back({T(before).end, FinalPunct()});
    return;
  }
}

// Whether [b, e) holds a value (money, percentage, date) or a quotation
// mark.
bool Compressor::HoldsValueOrQuote(std::size_t b, std::size_t e) const {
  for (const Span& sp : spans_) {
    if (sp.begin < e && sp.end > b && sp.kind <= FactKind::kDate && sp.kind != FactKind::kQuantity)
      return true;
  }
  const std::string_view seg = text_.substr(b, e - b);
  for (std::size_t p = 0; p < seg.size();) {
    char32_t cp;
    const int len = DecodeAt(seg, p, &cp);
    if (len == 0) break;
    if (cp == '"' || cp == '\'' || IsOpenQuote(cp) || IsCloseQuote(cp)) {
      // An apostrophe inside a word ("Chelsea's", "n't") is no quote.
      const bool inner = cp == '\'' || cp == 0x2019;
      const bool word_before = p > 0 && seg[p - 1] != ' ';
      if (!(inner && word_before)) return true;
    }
    p += static_cast<std::size_t>(len);
  }
  return false;
}

// Attributions between commas: ", police said,", ", said Ms Lee,",
// ", according to the coast guard,". Not in a sentence with a quotation
// (the speaker stays with the quote), nor when the aside holds a value.
void Compressor::DropInnerAttributions() {
  if (HasQuoteMarks()) return;
  const std::size_t n = limit_;
  for (std::size_t k = 1; k + 2 < n; ++k) {
    if (!CommaAfter(k - 1)) continue;
    // The closing comma: the first comma after token k.
    std::size_t j = k;
    while (j + 1 < n && !CommaAfter(j)) ++j;
    if (j + 1 >= n) return;  // no closing comma before the end
    const std::size_t len = j - k + 1;
    const Token& w = T(k);
    const bool according = w.norm == "according" && T(k + 1).norm == "to" && len >= 3 && len <= 10;
    const bool said = len <= 6 && (SpeechVerbs().Contains(T(j).norm) ||
                                   (SpeechVerbs().Contains(w.norm) && len >= 2));
    if (!according && !said) continue;
    const std::size_t b = T(k - 1).end;
    const std::size_t comma = text_.find(',', T(j).end);
    if (comma == std::string_view::npos || comma >= T(j + 1).begin) continue;
    const std::size_t e = comma + 1;
    if (Dropped(b, e) || HoldsValueOrQuote(b, e)) continue;
    drops_.push_back({b, e});
    k = j;
  }
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
    drops_.push_back({comma, e});
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
  drops_.push_back({b, e});
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
      drops_.push_back({s_.begin, T(c).begin});
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
