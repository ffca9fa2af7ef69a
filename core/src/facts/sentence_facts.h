// Typed spans of one sentence (money, percentages, quantities, dates,
// people, places, organisations, quotes) and the helpers the key-fact
// stages share. Internal to facts/.
#ifndef PRECIS_CORE_FACTS_SENTENCE_FACTS_H_
#define PRECIS_CORE_FACTS_SENTENCE_FACTS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "facts/word_tables.h"
#include "lex/lexicon.h"
#include "pipeline/document.h"
#include "precis/precis.h"

namespace precis {
namespace internal {
namespace keyfacts {

// Work per sentence is capped so that a long input stays linear.
constexpr std::size_t kMaxTokensPerSentence = 400;
// Fewest words of a bullet (a shorter compression is undone) and of its
// source sentence.
constexpr std::size_t kMinBulletWords = 5;

constexpr int kNumFactKinds = 8;
inline int KindIndex(FactKind kind) { return static_cast<int>(kind); }

// Weights each span adds to a sentence: values (money, percentages, full
// dates) say the most; names are common in news sentences and count less.
constexpr double kWMoney = 4.0;
constexpr double kWPercent = 3.0;
constexpr double kWDate = 2.5;          // day and month, or month and year
constexpr double kWDatePartial = 1.75;  // a month or a year alone
constexpr double kWWeekday = 0.5;
constexpr double kWQuantity = 1.5;
constexpr double kWPersonRole = 2.0;
constexpr double kWPerson = 1.25;
constexpr double kWPlace = 0.75;
constexpr double kWOrg = 0.75;
constexpr double kWQuote = 1.5;

// Whether a kind is a value: money, a percentage, a quantity or a date.
inline bool IsValue(FactKind kind) { return kind <= FactKind::kDate; }

struct Span {
  std::size_t begin = 0;  // byte offsets into the document text
  std::size_t end = 0;
  FactKind kind = FactKind::kMoney;
  double weight = 0;
  // A quote's speaker: the person or organisation span of the sentence
  // nearest to the quote, outside it (begin == end when there is none).
  std::size_t speaker_begin = 0;
  std::size_t speaker_end = 0;
};

// ---------------------------------------------------------------------------
// Character and token helpers.

inline bool IsOpenQuote(char32_t cp) {
  return cp == 0x201C || cp == 0x201E || cp == 0x00AB || cp == 0x2018;
}
inline bool IsCloseQuote(char32_t cp) { return cp == 0x201D || cp == 0x00BB || cp == 0x2019; }
inline bool IsDash(char32_t cp) { return cp == 0x2014 || cp == 0x2013; }

// Whether `s` has only white space.
bool Blank(std::string_view s);
// `norm` without dots ("u.s" -> "us").
std::string Ascii(std::string_view norm);
// A plain decimal number (digits with '.' or ',' separators) -> value.
bool NumberValue(std::string_view s, double* value);
// A year 1800..2100 written in four digits.
bool IsYearNumber(const Token& t);

// ---------------------------------------------------------------------------
// Document-wide facts about capitalisation, used to tell names from words
// that are capitalised only because they start a sentence.

struct CaseStats {
  // folded word -> (capitalised not at a sentence start, lower case)
  std::unordered_map<std::string, std::pair<int, int>> counts;

  bool NameLikeAtStart(const std::string& norm) const {
    auto it = counts.find(norm);
    if (it == counts.end()) return false;
    return it->second.first > 0 && it->second.second == 0;
  }
};

CaseStats BuildCaseStats(const Document& doc);

// ---------------------------------------------------------------------------
// One sentence being analysed. The finders run in a fixed order (quotes,
// money and percentages, dates, names, quantities); each claims its tokens,
// so that a later one does not take them again.
//   sentence_facts.cc: token helpers, spans
//   values.cc:         money, percentages, dates, quantities
//   entities.cc:       quotes, people, places, organisations

class SentenceFacts {
 public:
  SentenceFacts(const Document& doc, std::size_t index, const CaseStats& stats);

  // The spans, by start (a longer one first).
  std::vector<Span> Find();

 private:
  const Token& T(std::size_t k) const { return s_.tokens[k]; }
  std::string_view Norm(std::size_t k) const { return T(k).norm; }
  bool Word(std::size_t k) const { return T(k).kind == TokenKind::kWord; }
  bool Number(std::size_t k) const { return T(k).kind == TokenKind::kNumber; }
  std::string_view GapBefore(std::size_t k) const;
  std::string_view GapAfter(std::size_t k) const;
  std::size_t EndWithDot(std::size_t k) const;
  bool Tight(std::size_t k) const;
  bool Free(std::size_t b, std::size_t e) const;
  void Add(std::size_t first, std::size_t last, FactKind kind, double weight, bool mark = true);
  bool ClauseInitial(std::size_t k) const;
  bool NameWord(std::size_t k) const;

  // values.cc
  bool SymbolBefore(std::size_t k) const;
  bool Numeric(std::size_t k, bool* has_scale) const;
  void FindMoneyAndPercent();
  std::size_t SymbolStart(std::size_t k) const;
  void FindDates();
  void FindQuantities();

  // entities.cc
  void FindQuotes();
  void AddQuote(std::size_t begin, std::size_t end);
  bool IsTitle(std::size_t k) const {
    return Word(k) && PersonalTitles().Contains(Ascii(T(k).norm));
  }
  bool IsOrgWord(std::size_t k) const { return Word(k) && OrgWords().Contains(T(k).norm); }
  bool IsPlaceWord(std::size_t k) const { return Word(k) && PlaceNames().Contains(T(k).norm); }
  bool IsCalendar(std::size_t k) const;
  bool Acronym(std::size_t k) const;
  std::string RunText(std::size_t first, std::size_t last) const;
  void FindNames();
  bool SpeechAround(std::size_t first, std::size_t last) const;
  void ClassifyRun(std::size_t first, std::size_t last);

  std::string_view text_;
  const DocSentence& s_;
  const CaseStats& stats_;
  std::size_t n_ = 0;
  std::vector<char> used_;
  std::vector<Span> spans_;
};

// The spans of sentence `i`, each quote given its speaker.
std::vector<Span> SpansOf(const Document& doc, std::size_t i, const CaseStats& stats);

}  // namespace keyfacts
}  // namespace internal
}  // namespace precis

#endif  // PRECIS_CORE_FACTS_SENTENCE_FACTS_H_
