// Names in a sentence: quotes with a reporting verb, people (by title, by
// capitalised runs next to a reporting verb), places and organisations.
#include "facts/sentence_facts.h"

#include <algorithm>

#include "text/unicode.h"

namespace precis {
namespace internal {
namespace keyfacts {
namespace {

constexpr std::size_t kMaxQuotesPerSentence = 8;

}  // namespace

// ---- quotes ------------------------------------------------------------
void SentenceFacts::FindQuotes() {
  const std::string_view sent = text_.substr(s_.begin, s_.end - s_.begin);
  std::size_t open = std::string_view::npos;
  bool straight = false;
  std::size_t quotes = 0;
  for (std::size_t p = 0; p < sent.size();) {
    char32_t cp;
    const int len = DecodeAt(sent, p, &cp);
    if (len == 0) break;
    const std::size_t here = p;
    p += static_cast<std::size_t>(len);
    if (open == std::string_view::npos) {
      if (cp == 0x201C || cp == 0x201E || cp == 0x00AB) {
        open = here;
        straight = false;
      } else if (cp == '"') {
        open = here;
        straight = true;
      }
    } else if ((straight && cp == '"') || (!straight && (cp == 0x201D || cp == 0x00BB))) {
      if (++quotes > kMaxQuotesPerSentence) return;
      AddQuote(s_.begin + open, s_.begin + p);
      open = std::string_view::npos;
    }
  }
}

void SentenceFacts::AddQuote(std::size_t begin, std::size_t end) {
  std::size_t inside = 0;
  bool speaker = false;
  bool verb = false;
  for (std::size_t k = 0; k < n_; ++k) {
    const Token& t = T(k);
    if (t.begin >= begin && t.end <= end) {
      ++inside;
      continue;
    }
    if (t.kind != TokenKind::kWord) continue;
    if (SpeechVerbs().Contains(t.norm) || QuoteVerbs().Contains(t.norm)) verb = true;
    if (t.capitalized && !t.stopword && !ClauseInitial(k)) speaker = true;
    if (ClauseInitial(k) && NameWord(k)) speaker = true;
  }
  if (inside < 3 || !verb || !speaker) return;
  Span sp;
  sp.begin = begin;
  sp.end = end;
  sp.kind = FactKind::kQuote;
  sp.weight = kWQuote;
  spans_.push_back(sp);
}

bool SentenceFacts::IsCalendar(std::size_t k) const {
  const std::string ascii = Ascii(T(k).norm);
  return EnglishMonths().Contains(ascii) || EnglishWeekdays().Contains(ascii);
}

bool SentenceFacts::Acronym(std::size_t k) const {
  const Token& t = T(k);
  if (!Word(k)) return false;
  const std::string_view s = text_.substr(t.begin, t.end - t.begin);
  if (s.size() < 2 || s.size() > 6) return false;
  for (char ch : s) {
    if (ch < 'A' || ch > 'Z') return false;
  }
  return true;
}

std::string SentenceFacts::RunText(std::size_t first, std::size_t last) const {
  std::string out;
  for (std::size_t k = first; k <= last; ++k) {
    if (k > first) out += GapBefore(k).find('-') != std::string_view::npos ? "-" : " ";
    out += T(k).norm;
  }
  return out;
}

void SentenceFacts::FindNames() {
  std::size_t k = 0;
  while (k < n_) {
    if (used_[k] || !NameWord(k)) {
      ++k;
      continue;
    }
    // A run of capitalised words, allowing "of" inside ("Secretary of
    // State", "Bank of Korea").
    std::size_t last = k;
    while (true) {
      if (last + 1 < n_ && Tight(last) && !used_[last + 1] && NameWord(last + 1)) {
        ++last;
        continue;
      }
      // "Sang-mok", "Jong-un": a lower-case part after a hyphen.
      if (last + 1 < n_ && !used_[last + 1] && Word(last + 1) && GapAfter(last) == "-" &&
          !T(last + 1).capitalized) {
        ++last;
        continue;
      }
      if (last + 2 < n_ && Tight(last) && Tight(last + 1) && Norm(last + 1) == "of" &&
          !used_[last + 2] && NameWord(last + 2) && (IsTitle(last) || IsOrgWord(last))) {
        last += 2;
        continue;
      }
      break;
    }
    ClassifyRun(k, last);
    k = last + 1;
  }
}

bool SentenceFacts::SpeechAround(std::size_t first, std::size_t last) const {
  if (last + 1 < n_ && SpeechVerbs().Contains(Norm(last + 1)) && Tight(last)) return true;
  if (first > 0 && (Norm(first - 1) == "said" || Norm(first - 1) == "says") && Tight(first - 1)) {
    return true;
  }
  return false;
}

void SentenceFacts::ClassifyRun(std::size_t first, std::size_t last) {
  // Trim calendar words off the ends (they were not dates).
  while (first <= last && IsCalendar(first)) ++first;
  while (last > first && IsCalendar(last)) --last;
  if (first > last) return;

  // Title inside the run: the words after the last title are the name.
  std::size_t title = n_;
  for (std::size_t j = first; j <= last; ++j) {
    if (IsTitle(j)) title = j;
  }
  if (title != n_) {
    std::size_t name = title + 1;
    if (name + 1 <= last && Norm(name) == "of") name += 2;  // "Secretary of State"
    bool clean = name <= last;
    for (std::size_t j = name; j <= last && clean; ++j) {
      if (IsOrgWord(j) || IsPlaceWord(j) || IsTitle(j)) clean = false;
    }
    if (clean && last - name < 4) {
      Add(first, last, FactKind::kPerson, kWPersonRole);
      return;
    }
  }
  // Lower-case title before the run: "leader Kim Jong-un", "former
  // president Donald Trump", "State Department spokesman Ned Price".
  if (first > 0 && Tight(first - 1) && IsTitle(first - 1) && !T(first - 1).capitalized &&
      last - first < 4) {
    bool clean = true;
    for (std::size_t j = first; j <= last; ++j) {
      if (IsOrgWord(j) || IsPlaceWord(j)) clean = false;
    }
    if (clean) {
      std::size_t start = first - 1;
      // Include a capitalised qualifier run right before the title ("State
      // Department spokesman"), replacing the span it was given.
      while (start > 0 && Tight(start - 1) && NameWord(start - 1)) --start;
      const std::size_t from = T(start).begin;
      spans_.erase(std::remove_if(spans_.begin(), spans_.end(),
                                  [&](const Span& sp) {
                                    return sp.begin >= from && sp.end <= T(first).begin &&
                                           sp.kind >= FactKind::kPerson &&
                                           sp.kind != FactKind::kQuote;
                                  }),
                   spans_.end());
      Add(start, last, FactKind::kPerson, kWPersonRole);
      return;
    }
  }
  const std::string whole = RunText(first, last);
  if (PlaceNames().Contains(whole)) {
    Add(first, last, FactKind::kPlace, kWPlace);
    return;
  }
  for (std::size_t j = first; j <= last; ++j) {
    if (IsOrgWord(j)) {
      Add(first, last, FactKind::kOrganization, kWOrg);
      return;
    }
  }
  if (first == last && Acronym(first) && !IsPlaceWord(first)) {
    Add(first, last, FactKind::kOrganization, kWOrg);
    return;
  }
  for (std::size_t j = first; j <= last; ++j) {
    if (Word(j) && PlaceWords().Contains(T(j).norm) && last > first) {
      Add(first, last, FactKind::kPlace, kWPlace);
      return;
    }
  }
  bool all_places = true;
  for (std::size_t j = first; j <= last; ++j) all_places &= IsPlaceWord(j);
  if (all_places) {
    Add(first, last, FactKind::kPlace, kWPlace);
    return;
  }
  if (first > 0 && PlacePreps().Contains(Norm(first - 1)) && Tight(first - 1) && last - first < 3 &&
      !SpeechAround(first, last)) {
    Add(first, last, FactKind::kPlace, kWPlace);
    return;
  }
  // Two to four name words, or one next to a reporting verb: a person.
  if ((last > first && last - first < 4) || SpeechAround(first, last)) {
    bool clean = true;
    for (std::size_t j = first; j <= last; ++j) {
      if (IsTitle(j) || IsPlaceWord(j) || Acronym(j)) clean = false;
    }
    if (clean) Add(first, last, FactKind::kPerson, kWPerson);
  }
}

}  // namespace keyfacts
}  // namespace internal
}  // namespace precis
