// Token helpers of the sentence analysis, capitalisation statistics and
// the typed spans of a sentence.
#include "facts/sentence_facts.h"

#include <algorithm>

#include "facts/key_facts.h"
#include "text/unicode.h"

namespace precis {
namespace internal {
namespace keyfacts {
namespace {

// Cap for the statistics pass: tokens beyond it are not counted.
constexpr std::size_t kMaxCaseTokens = 1000000;

// Gives each quote the person (or, failing one, the organisation) named
// nearest to it outside it: "…,” said Finance Minister Choi Sang-mok",
// "the State Department said, “…”".
void AttributeQuotes(std::vector<Span>* spans) {
  for (Span& q : *spans) {
    if (q.kind != FactKind::kQuote) continue;
    const Span* best = nullptr;
    std::size_t best_gap = 0;
    for (const Span& sp : *spans) {
      if (sp.kind != FactKind::kPerson && sp.kind != FactKind::kOrganization) continue;
      if (sp.begin < q.end && sp.end > q.begin) continue;  // inside the quote
      const std::size_t gap = sp.end <= q.begin ? q.begin - sp.end : sp.begin - q.end;
      const bool better = best == nullptr ||
                          (sp.kind == FactKind::kPerson && best->kind != FactKind::kPerson) ||
                          (sp.kind == best->kind && gap < best_gap);
      if (better) {
        best = &sp;
        best_gap = gap;
      }
    }
    if (best != nullptr) {
      q.speaker_begin = best->begin;
      q.speaker_end = best->end;
    }
  }
}

}  // namespace

// Whether `s` has only white space.
bool Blank(std::string_view s) {
  for (std::size_t p = 0; p < s.size();) {
    char32_t cp;
    const int len = DecodeAt(s, p, &cp);
    if (len == 0) break;
    if (!IsSpace(cp)) return false;
    p += static_cast<std::size_t>(len);
  }
  return true;
}

// `norm` without dots ("u.s" -> "us").
std::string Ascii(std::string_view norm) {
  std::string out;
  out.reserve(norm.size());
  for (char ch : norm) {
    if (ch != '.') out.push_back(ch);
  }
  return out;
}

// A plain decimal number (digits with '.' or ',' separators) -> value.
bool NumberValue(std::string_view s, double* value) {
  double v = 0;
  double frac = 0;
  bool any = false;
  for (char ch : s) {
    if (ch >= '0' && ch <= '9') {
      any = true;
      if (frac > 0) {
        v += (ch - '0') * frac;
        frac /= 10;
      } else {
        v = v * 10 + (ch - '0');
      }
    } else if (ch == '.') {
      if (frac > 0) return false;
      frac = 0.1;
    } else if (ch != ',') {
      return false;
    }
  }
  *value = v;
  return any;
}

// A year 1800..2100 written in four digits.
bool IsYearNumber(const Token& t) {
  if (t.kind != TokenKind::kNumber || t.norm.size() != 4) return false;
  double v;
  return NumberValue(t.norm, &v) && v >= 1800 && v <= 2100;
}

CaseStats BuildCaseStats(const Document& doc) {
  CaseStats stats;
  std::size_t seen = 0;
  for (const DocSentence& s : doc.sentences) {
    for (std::size_t k = 1; k < s.tokens.size(); ++k) {
      const Token& t = s.tokens[k];
      if (t.kind != TokenKind::kWord) continue;
      if (++seen > kMaxCaseTokens) return stats;
      auto& c = stats.counts[t.norm];
      if (t.capitalized) {
        ++c.first;
      } else {
        ++c.second;
      }
    }
  }
  return stats;
}

SentenceFacts::SentenceFacts(const Document& doc, std::size_t index, const CaseStats& stats)
    : text_(doc.text), s_(doc.sentences[index]), stats_(stats) {
  n_ = std::min(s_.tokens.size(), kMaxTokensPerSentence);
  used_.assign(n_, 0);
}

std::vector<Span> SentenceFacts::Find() {
  FindQuotes();
  FindMoneyAndPercent();
  FindDates();
  FindNames();
  FindQuantities();
  std::sort(spans_.begin(), spans_.end(), [](const Span& a, const Span& b) {
    if (a.begin != b.begin) return a.begin < b.begin;
    return a.end > b.end;
  });
  return spans_;
}

// Text between token k-1 (or the sentence start) and token k.
std::string_view SentenceFacts::GapBefore(std::size_t k) const {
  const std::size_t from = k == 0 ? s_.begin : T(k - 1).end;
  return TextBetween(text_, from, T(k).begin);
}

// Text between token k and token k+1 (or the sentence end).
std::string_view SentenceFacts::GapAfter(std::size_t k) const {
  const std::size_t to = k + 1 < n_ ? T(k + 1).begin : s_.end;
  return TextBetween(text_, T(k).end, to);
}

// End of token k including the final dot of an initialism or a dotted
// title ("U.S.", "Mr.").
std::size_t SentenceFacts::EndWithDot(std::size_t k) const {
  const Token& t = T(k);
  if (t.end < s_.end && text_[t.end] == '.' &&
      (t.norm.find('.') != std::string::npos || DottedTitles().Contains(t.norm))) {
    return t.end + 1;
  }
  return t.end;
}

// Tokens k and k+1 are separated by white space only (or a dot that
// belongs to an initialism, or a hyphen inside a compound name).
bool SentenceFacts::Tight(std::size_t k) const {
  if (k + 1 >= n_) return false;
  const std::size_t from = EndWithDot(k);
  const std::string_view gap = TextBetween(text_, from, T(k + 1).begin);
  if (Blank(gap)) return true;
  if (gap == "-" || gap == "\xE2\x80\x90" || gap == "\xE2\x80\x91") return true;
  return false;
}

bool SentenceFacts::Free(std::size_t b, std::size_t e) const {
  for (std::size_t k = b; k < e; ++k) {
    if (used_[k]) return false;
  }
  return true;
}

void SentenceFacts::Add(std::size_t first, std::size_t last, FactKind kind, double weight,
                        bool mark) {
  Span sp;
  sp.begin = T(first).begin;
  sp.end = EndWithDot(last);
  if (kind == FactKind::kPerson || kind == FactKind::kPlace || kind == FactKind::kOrganization) {
    const std::string_view w = text_.substr(T(last).begin, T(last).end - T(last).begin);
    if (w.size() > 2 && w.substr(w.size() - 2) == "'s") sp.end = T(last).end - 2;
    if (w.size() > 4 && w.substr(w.size() - 4) == "\xE2\x80\x99s") sp.end = T(last).end - 4;
  }
  sp.kind = kind;
  sp.weight = weight;
  spans_.push_back(sp);
  if (mark) {
    for (std::size_t k = first; k <= last; ++k) used_[k] = 1;
  }
}

// Whether the token starts the sentence or follows an opening quote or a
// colon: its capital says nothing about it being a name.
bool SentenceFacts::ClauseInitial(std::size_t k) const {
  if (k == 0) return true;
  const std::string_view gap = GapBefore(k);
  for (std::size_t p = 0; p < gap.size();) {
    char32_t cp;
    const int len = DecodeAt(gap, p, &cp);
    if (len == 0) break;
    if (IsOpenQuote(cp) || cp == '"' || cp == ':') return true;
    p += static_cast<std::size_t>(len);
  }
  return false;
}

// A capitalised word that may be part of a name.
bool SentenceFacts::NameWord(std::size_t k) const {
  const Token& t = T(k);
  if (t.kind != TokenKind::kWord || !t.capitalized) return false;
  if (t.stopword && !Acronym(k)) return false;  // "The", but "US"
  if (!ClauseInitial(k)) return true;
  const std::string ascii = Ascii(t.norm);
  if (PlaceNames().Contains(t.norm) || PersonalTitles().Contains(ascii) ||
      EnglishMonths().Contains(ascii) || EnglishWeekdays().Contains(ascii)) {
    return true;
  }
  // "Finance Minister ...": a qualifier before a title.
  if (RoleQualifiers().Contains(t.norm) && k + 1 < n_ && Tight(k) &&
      PersonalTitles().Contains(Ascii(T(k + 1).norm))) {
    return true;
  }
  // All capitals ("NATO") or inner capitals ("McDonald", "U.S.").
  const std::string_view surface = text_.substr(t.begin, t.end - t.begin);
  for (std::size_t p = 0; p < surface.size();) {
    char32_t cp;
    const int len = DecodeAt(surface, p, &cp);
    if (len == 0) break;
    if (p > 0 && IsUpper(cp)) return true;
    p += static_cast<std::size_t>(len);
  }
  return stats_.NameLikeAtStart(t.norm);
}

std::vector<Span> SpansOf(const Document& doc, std::size_t i, const CaseStats& stats) {
  SentenceFacts f(doc, i, stats);
  std::vector<Span> spans = f.Find();
  AttributeQuotes(&spans);
  return spans;
}

}  // namespace keyfacts

std::vector<FactSpan> FindFactSpans(const Document& doc, std::size_t sentence) {
  using keyfacts::Span;
  std::vector<FactSpan> out;
  if (sentence >= doc.sentences.size()) return out;
  const keyfacts::CaseStats stats = keyfacts::BuildCaseStats(doc);
  for (const Span& sp : keyfacts::SpansOf(doc, sentence, stats)) {
    out.push_back({sp.begin, sp.end, sp.kind, sp.speaker_begin, sp.speaker_end});
  }
  return out;
}

}  // namespace internal

const char* FactKindName(FactKind kind) {
  switch (kind) {
    case FactKind::kMoney:
      return "money";
    case FactKind::kPercent:
      return "percent";
    case FactKind::kQuantity:
      return "quantity";
    case FactKind::kDate:
      return "date";
    case FactKind::kPerson:
      return "person";
    case FactKind::kPlace:
      return "place";
    case FactKind::kOrganization:
      return "organization";
    case FactKind::kQuote:
      return "quote";
  }
  return "";
}

}  // namespace precis
