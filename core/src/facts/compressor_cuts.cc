// Bullet compression, second part: time adjuncts, cuts of long sentences
// at a clause break, and the final text.
#include "facts/compressor.h"

#include "text/ascii.h"
#include "text/unicode.h"

namespace precis {
namespace internal {
namespace keyfacts {

// Whether token k can follow a dropped aside: the main clause goes on
// with a lower-case word that opens no list item, clause or adjunct ("The
// Japan international, who ..., will join").
bool Compressor::ClauseGoesOn(std::size_t k) const {
  if (k >= limit_) return false;
  const Token& t = T(k);
  if (t.kind != TokenKind::kWord || t.capitalized) return false;
  return !NoContinuation().Contains(t.norm) && !AdjunctWords().Contains(t.norm);
}

// Whether [b, e) holds money, a percentage or (when `dates`) a date.
bool Compressor::HoldsValue(std::size_t b, std::size_t e, bool dates) const {
  for (const Span& sp : spans_) {
    if (sp.begin < e && sp.end > b &&
        (sp.kind == FactKind::kMoney || sp.kind == FactKind::kPercent ||
         (dates && sp.kind == FactKind::kDate))) {
      return true;
    }
  }
  return false;
}

// A relative time adjunct ending at token `last` (inclusive): "on
// Tuesday", "on Tuesday night", "last week", "earlier this year",
// "yesterday". Returns its first token, or npos.
std::size_t Compressor::TimeAdjunctStart(std::size_t last) const {
  auto word = [&](std::size_t k) -> const std::string& { return T(k).norm; };
  std::size_t k = last;
  if (T(k).kind != TokenKind::kWord) return std::string_view::npos;
  if (DayParts().Contains(word(k)) && k > 0) {
    if (word(k - 1) == "last" || word(k - 1) == "this" || word(k - 1) == "tomorrow" ||
        word(k - 1) == "yesterday") {
      return k - 1;  // "last night", "yesterday morning"
    }
    if (!EnglishWeekdays().Contains(word(k - 1))) return std::string_view::npos;
    --k;  // "Tuesday night"
  }
  if (EnglishWeekdays().Contains(word(k)) && T(k).capitalized) {
    // "on Tuesday", "late Tuesday", "later on Tuesday"
    if (k > 0 && (word(k - 1) == "on" || word(k - 1) == "late" || word(k - 1) == "early")) {
      if (k > 1 && word(k - 1) == "on" && (word(k - 2) == "later" || word(k - 2) == "earlier")) {
        return k - 2;
      }
      return k - 1;
    }
    return k;
  }
  if (word(k) == "yesterday" || word(k) == "today" || word(k) == "tonight") return k;
  if (RelTimeUnits().Contains(word(k)) && k > 0) {
    const std::string& q = word(k - 1);
    if (q == "last" || q == "next") return k - 1;
    if (q == "this" && k > 1 && (word(k - 2) == "earlier" || word(k - 2) == "later")) {
      return k - 2;  // "earlier this year"
    }
    if (q == "this") return k - 1;
  }
  return std::string_view::npos;
}

// Whether a date survives in the kept text outside [b, e).
bool Compressor::OtherDateKept(std::size_t b, std::size_t e) const {
  for (const Span& sp : spans_) {
    if (sp.kind != FactKind::kDate || (sp.begin < e && sp.end > b)) continue;
    if (sp.end <= T(limit_ - 1).end && !Dropped(sp.begin, sp.end)) return true;
  }
  return false;
}

// A final relative time adjunct when the bullet keeps another date: "...
// in January this year" -> "... in January". Not after a preposition
// ("until next week"), not inside a quotation, nor when the sentence is
// left too short.
void Compressor::DropTrailingTime() {
  std::size_t last = limit_;
  while (last > 0 && Dropped(T(last - 1).begin, T(last - 1).end)) --last;
  if (last < 9) return;
  --last;
  const std::size_t first = TimeAdjunctStart(last);
  if (first == std::string_view::npos || first < 6) return;
  const Token& before = T(first - 1);
  if (before.kind != TokenKind::kWord && before.kind != TokenKind::kNumber) return;
  if (Dangling().Contains(before.norm) || !QuotesBalanced(s_.begin, before.end)) return;
  // "beginning Sunday", "starting next week": the time is what they govern
  // ("meeting later on Tuesday" has its own preposition).
  const std::string& b = before.norm;
  const std::string& f = T(first).norm;
  const bool own_word = f == "on" || f == "later" || f == "earlier" || f == "late" || f == "early";
  if (!own_word && b.size() > 4 && b.compare(b.size() - 3, 3, "ing") == 0) return;
  if (!OtherDateKept(T(first).begin, T(last).end)) return;
  // From the adjunct's first word: what is glued to the word before it
  // ("9.9% last month") stays.
  Drop(T(first).begin, T(last).end);
}

// "SpaceX on Tuesday launched" -> "SpaceX launched": a weekday between a
// capitalised subject and a lower-case verb.
void Compressor::DropInnerTime() {
  for (std::size_t k = 1; k + 3 < limit_; ++k) {
    if (T(k).norm != "on" || !T(k - 1).capitalized || !Blank(Gap(k - 1))) continue;
    std::size_t last = k + 1;
    if (!EnglishWeekdays().Contains(T(last).norm) || !T(last).capitalized) continue;
    if (DayParts().Contains(T(last + 1).norm)) ++last;
    if (last + 1 >= limit_ || !Blank(Gap(last)) || !ClauseGoesOn(last + 1)) continue;
    if (Drop(T(k - 1).end, T(last).end)) return;
  }
}

// Whether [b, e) closes the quotations it opens.
bool Compressor::QuotesBalanced(std::size_t b, std::size_t e) const {
  const std::string_view seg = text_.substr(b, e - b);
  int depth = 0;
  int straight = 0;
  for (std::size_t p = 0; p < seg.size();) {
    char32_t cp;
    const int len = DecodeAt(seg, p, &cp);
    if (len == 0) break;
    if (cp == 0x201C || cp == 0x201E || cp == 0x00AB) ++depth;
    if (cp == 0x201D || cp == 0x00BB) --depth;
    if (cp == '"') ++straight;
    p += static_cast<std::size_t>(len);
  }
  if (depth != 0 || straight % 2 != 0) return false;
  // Single quotation marks: an opening one follows a space and precedes a
  // letter; a closing one follows a letter or punctuation and precedes a
  // space or the end. An apostrophe inside a word is neither, nor is a
  // contraction split off its word ("team 's").
  int single = 0;
  for (std::size_t p = 0; p < seg.size(); ++p) {
    if (seg[p] != '\'') continue;
    const bool space_before = p == 0 || seg[p - 1] == ' ';
    const bool space_after = p + 1 >= seg.size() || seg[p + 1] == ' ';
    if (space_before && !space_after && !ContractionAt(seg, p + 1)) ++single;
    if (!space_before && space_after) --single;
  }
  return single <= 0;
}

// Whether `s` at `p` holds a contraction tail split off its word ("'s",
// "'re" in "team 's", "they 're").
bool Compressor::ContractionAt(std::string_view s, std::size_t p) {
  std::size_t e = p;
  while (e < s.size() && s[e] >= 'a' && s[e] <= 'z') ++e;
  if (e < s.size() && s[e] != ' ' && s[e] != ',' && s[e] != '.') return false;
  const std::string_view w = s.substr(p, e - p);
  return w == "s" || w == "re" || w == "ll" || w == "ve" || w == "m" || w == "d" || w == "t";
}

// A word that opens an adjunct after a complete clause (", after ...",
// ", including the ..."). A participle needs a function word after it
// ("featuring a", "leaving the"), so that a noun in -ing ("cycling's
// body") is not taken for one.
bool Compressor::AdjunctOpener(std::size_t k) const {
  const Token& t = T(k);
  if (t.kind != TokenKind::kWord || t.capitalized) return false;
  if (AdjunctWords().Contains(t.norm)) return true;
  if (t.norm.size() <= 5 || t.norm.compare(t.norm.size() - 3, 3, "ing") != 0) return false;
  if (k + 1 >= N() || !T(k + 1).stopword || T(k + 1).kind != TokenKind::kWord) return false;
  const std::string_view gap = GapBetween(text_, t, T(k + 1));
  return Blank(gap);
}

// Whether a comma after token k would close a relative clause opened
// after the first few words ("In South Korea, which is in turmoil, and
// Japan, ..."): the head would be left without its main clause.
bool Compressor::ClosesRelativeClause(std::size_t k) const {
  for (std::size_t j = k; j-- > 0;) {
    if (!CommaAfter(j)) continue;
    const std::string& w = T(j + 1).norm;
    return j < kShortOpening && (w == "which" || w == "who" || w == "whose" || w == "where");
  }
  return false;
}

// Whether the comma after token k ends an item of a list ("bilateral,
// regional, and global"): another comma came at most three tokens before.
bool Compressor::InList(std::size_t k) const {
  for (std::size_t j = k; j-- > 0 && k - j <= 3;) {
    if (CommaAfter(j)) return true;
  }
  return false;
}

// Whether [b, e) holds money or a percentage.
bool Compressor::HoldsAmount(std::size_t b, std::size_t e) const {
  for (const Span& sp : spans_) {
    if (sp.begin >= b && sp.end <= e &&
        (sp.kind == FactKind::kMoney || sp.kind == FactKind::kPercent)) {
      return true;
    }
  }
  return false;
}

// A long sentence keeps its main clause: it is cut at the first clause
// break after at least kMinHeadWords kept words ("; ", " - ", ", and",
// ", which", ", after", ", including"), when the rest holds no value and
// no quotation is left open, and the cut is safe (see Drop). On CNN/DailyMail the words after
// such breaks are much less often in the highlights than the rest.
void Compressor::ShortenLong() {
  std::size_t kept_words = 0;
  for (std::size_t k = 0; k < N(); ++k) {
    if (!Dropped(T(k).begin, T(k).end)) ++kept_words;
  }
  if (kept_words <= (short_form_ ? 0 : kLongBulletWords)) return;
  const std::size_t end = FinalPunct();
  std::size_t seen = 0;
  for (std::size_t k = 0; k + 1 < N(); ++k) {
    if (!Dropped(T(k).begin, T(k).end)) ++seen;
    if (seen < kMinHeadWords) continue;
    const Token& next = T(k + 1);
    const std::string_view gap = GapBetween(text_, T(k), next);
    const bool comma = gap.find(',') != std::string_view::npos;
    bool brk = gap.find(';') != std::string_view::npos || SpacedDash(gap);
    brk |= comma && (next.norm == "which" || AdjunctOpener(k + 1)) && !InList(k);
    if (!brk) continue;
    if (T(k).kind == TokenKind::kWord && Dangling().Contains(T(k).norm)) continue;
    if (!QuotesBalanced(s_.begin, T(k).end) || ClosesRelativeClause(k)) continue;
    if (HoldsAmount(next.begin, end) || !Drop(T(k).end, end)) continue;
    limit_ = k + 1;
    return;
  }
}

// A bullet that is not the article's opening and is still longer than
// kBudgetWords is cut before a subordinate clause opened without a comma
// ("... fell in front of tourists as he took up position") or a second
// verb phrase ("... and has also attracted ..."), after enough words for a
// main clause, when the rest holds no value (money, percentage, date) and
// no quotation is left open. Conditions ("if", "unless") stay.
void Compressor::CutAtBudget() {
  std::size_t kept_words = 0;
  for (std::size_t k = 0; k < limit_; ++k) {
    if (!Dropped(T(k).begin, T(k).end)) ++kept_words;
  }
  // The opening keeps its words unless it is over the longest a bullet may be.
  if ((lead_ && kept_words <= kMaxLeadWords) || kept_words <= (short_form_ ? 0 : kBudgetWords)) {
    return;
  }
  const WordSet& openers = Subordinators();
  const std::size_t end = FinalPunct();
  // Kept commas only: ", however," is gone when its second comma stays.
  auto kept_comma = [&](std::size_t k) {
    if (!CommaAfter(k)) return false;
    const std::size_t c = text_.find(',', T(k).end);
    return !Dropped(c, c + 1);
  };
  std::size_t commas = 0;
  for (std::size_t k = 0; k + 1 < limit_; ++k) commas += kept_comma(k) ? 1 : 0;
  // The last kept comma, outside quotation marks, after which the clause
  // goes on with a verb-like word (a few are checked, then assumed).
  std::size_t goes_on = limit_;
  int checks = 0;
  for (std::size_t j = limit_ - 1; j-- > 0;) {
    if (!kept_comma(j) || !ClauseGoesOn(j + 1)) continue;
    if (++checks > 8 || QuotesBalanced(s_.begin, T(j).end)) {
      goes_on = j;
      break;
    }
  }
  std::size_t seen = 0;
  std::size_t commas_before = 0;  // kept commas after tokens 0 .. k-1
  for (std::size_t k = 0; k + 1 < limit_; ++k) {
    if (k > 0 && kept_comma(k - 1)) ++commas_before;
    if (!Dropped(T(k).begin, T(k).end)) ++seen;
    if (seen < kBudgetHeadWords) continue;
    const Token& next = T(k + 1);
    if (next.kind != TokenKind::kWord || next.capitalized || !Blank(Gap(k))) continue;
    // A condition ("if", "unless") is part of what the sentence says.
    bool opener = (openers.Contains(next.norm) && next.norm != "if" && next.norm != "unless") ||
                  next.norm == "after" || next.norm == "before";
    // "as he took up position", not "as high as" nor "as part of".
    if (next.norm == "as" || next.norm == "since") {
      opener = opener && k + 2 < limit_ && T(k + 2).kind == TokenKind::kWord &&
               ClauseSubjects().Contains(T(k + 2).norm) && !T(k + 2).capitalized;
    }
    // A second verb phrase: "... set-up and has also attracted ...".
    if (next.norm == "and") {
      opener = k + 2 < limit_ && T(k + 2).kind == TokenKind::kWord &&
               ConjunctOpeners().Contains(T(k + 2).norm);
    }
    // "because of the checks" is no clause.
    if (next.norm == "because" && k + 2 < limit_ && T(k + 2).norm == "of") opener = false;
    if (!opener) continue;
    // Not after a word that needs what follows ("told CNN that", "even
    // though", "said after", "described as", "a month after"), nor right
    // after a short phrase behind a comma ("since 1976, the year before").
    const std::string& w = T(k).norm;
    if (T(k).kind == TokenKind::kWord &&
        (Dangling().Contains(w) || Qualifiers().Contains(w) || SpeechVerbs().Contains(w) ||
         TimeUnits().Contains(w) || Governing().Contains(w) ||
         (next.norm == "as" && w.size() > 3 && w.compare(w.size() - 2, 2, "ed") == 0))) {
      continue;
    }
    if ((k > 0 && CommaAfter(k - 1)) || (k > 1 && CommaAfter(k - 2)) ||
        (k > 2 && CommaAfter(k - 3))) {
      continue;
    }
    // Inside an aside between commas ("The trip, confirmed on Wednesday
    // after it was reported, will start"): an odd number of commas
    // before, another one after.
    if (commas_before % 2 == 1 && commas > commas_before) continue;
    // The main clause goes on after a later comma ("Developments in Korea
    // after Yoon declared martial law and was impeached, have raised").
    if (goes_on != limit_ && goes_on > k) continue;
    if (!QuotesBalanced(s_.begin, T(k).end)) continue;
    if (HoldsValue(next.begin, end, true) || !Drop(T(k).end, end)) continue;
    limit_ = k + 1;
    return;
  }
}

// A bullet still over kMaxLeadWords words is cut at the last comma before a
// clause ("..., and is under investigation", "..., which ...", "...,
// leaving ...") that leaves at most that many words and at least
// kMinHeadWords, when the cut is safe (see Drop) and closes every quotation.
void Compressor::CutToMax() {
  std::vector<std::size_t> kept_before(limit_ + 1, 0);  // kept words in tokens [0, k)
  for (std::size_t k = 0; k < limit_; ++k) {
    kept_before[k + 1] = kept_before[k] + (Dropped(T(k).begin, T(k).end) ? 0 : 1);
  }
  if (kept_before[limit_] <= kMaxLeadWords) return;
  const std::size_t end = FinalPunct();
  for (std::size_t k = limit_ - 1; k-- > 0;) {
    const std::size_t words = kept_before[k + 1];
    if (words > kMaxLeadWords) continue;
    if (words < kMinHeadWords) return;
    if (!CommaAfter(k) || Dropped(T(k).end, T(k + 1).begin)) continue;
    const Token& next = T(k + 1);
    if (next.kind != TokenKind::kWord || next.capitalized) continue;
    const bool clause = next.norm == "and" || next.norm == "which" || next.norm == "who" ||
                        next.norm == "where" || AdjunctOpener(k + 1);
    if (!clause || (T(k).kind == TokenKind::kWord && Dangling().Contains(T(k).norm))) continue;
    // Not inside a list ("bilateral, regional, and global"); the comma of a
    // date ("December 3, 2024, and") is none.
    if (InList(k) && T(k).kind != TokenKind::kNumber) continue;
    if (!QuotesBalanced(s_.begin, T(k).end) || ClosesRelativeClause(k)) continue;
    if (HoldsAmount(next.begin, end) || !Drop(T(k).end, end)) continue;
    limit_ = k + 1;
    return;
  }
}

std::string Compressor::Assemble() const {
  std::vector<Range> drops = drops_;
  std::sort(drops.begin(), drops.end(),
            [](const Range& a, const Range& b) { return a.begin < b.begin; });
  std::string raw;
  std::size_t p = s_.begin;
  for (const Range& r : drops) {
    if (r.begin > p) raw.append(text_.substr(p, r.begin - p));
    p = std::max(p, r.end);
  }
  if (p < s_.end) raw.append(text_.substr(p, s_.end - p));
  std::string s = CollapseSpace(raw);
  // Tidy the joins: " ," -> ",", ",." -> ".", leading punctuation. A mark
  // that opens a word (".22 calibre", ".NET") keeps the space before it.
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char ch = s[i];
    const bool opens_word = i + 1 < s.size() && (IsAsciiLetter(s[i + 1]) || IsAsciiDigit(s[i + 1]));
    if ((ch == ',' || ch == '.' || ch == ';') && !opens_word && !out.empty() && out.back() == ' ') {
      out.pop_back();
    }
    if (ch == '.' && !out.empty() && (out.back() == ',' || out.back() == ';')) {
      out.pop_back();
    }
    if (ch == ',' && !out.empty() && out.back() == ',') continue;
    out.push_back(ch);
  }
  // Leading punctuation, and list markers ("- ", "* ", "• ").
  while (!out.empty() && (out.front() == ',' || out.front() == ';' || out.front() == ':' ||
                          out.front() == ' ' || out.front() == '-' || out.front() == '*')) {
    out.erase(out.begin());
  }
  if (out.compare(0, 4, "\xE2\x80\xA2 ") == 0) out.erase(0, 4);
  while (!out.empty() &&
         (out.back() == ',' || out.back() == ';' || out.back() == ' ' || out.back() == ':')) {
    out.pop_back();
  }
  // A dangling conjunction after a cut (", and").
  for (const char* tail : {", and.", ", or.", ", but.", ", and", ", or", ", but"}) {
    const std::size_t len = std::char_traits<char>::length(tail);
    if (out.size() > len && out.compare(out.size() - len, len, tail) == 0) {
      out.erase(out.size() - len);
      break;
    }
  }
  if (out.empty()) return out;
  // Capitalise the first letter after a dropped opening.
  char32_t cp;
  const int len = DecodeAt(out, 0, &cp);
  if (len > 0 && IsLower(cp) && !drops_.empty()) {
    std::string upper;
    // ASCII only: other scripts keep their case.
    if (cp < 0x80) {
      upper.push_back(static_cast<char>(cp - 'a' + 'A'));
      out = upper + out.substr(1);
    }
  }
  // End with sentence punctuation when the end was cut.
  char32_t last;
  DecodeAt(out, PrevCodePoint(out, out.size()), &last);
  if (IsLetter(last) || IsDigit(last) || last == ')') out.push_back('.');
  return out;
}

}  // namespace keyfacts
}  // namespace internal
}  // namespace precis
