// The bullet compressor: turns a source sentence into a bullet by dropping
// byte ranges that are safe to lose (a dateline, leading connectives,
// parentheticals, attributions, trailing clauses and time adjuncts) and by
// cutting a long sentence at a clause break. Internal to facts/.
#ifndef PRECIS_CORE_FACTS_COMPRESSOR_H_
#define PRECIS_CORE_FACTS_COMPRESSOR_H_

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "facts/sentence_facts.h"
#include "pipeline/document.h"

namespace precis {
namespace internal {
namespace keyfacts {

constexpr std::size_t kLongBulletWords = 16;
constexpr std::size_t kMinHeadWords = 7;
// A bullet from a sentence other than the article's first one is cut before
// a subordinate clause when it has more than kBudgetWords words, keeping at
// least kBudgetHeadWords. On CNN/DailyMail the highlights restate the
// opening sentence nearly whole, the later ones much less.
constexpr std::size_t kBudgetWords = 18;
constexpr std::size_t kBudgetHeadWords = 10;
// The opening is cut too when it has more words than a bullet may have.
constexpr std::size_t kMaxLeadWords = 25;
// Words before a relative clause that are too few to hold a main clause.
constexpr std::size_t kShortOpening = 6;

// A byte range of the sentence to drop.
struct Range {
  std::size_t begin;
  std::size_t end;
};

//   compressor.cc:      the opening, asides and attributions
//   compressor_cuts.cc: cuts at the end of long sentences, the final text
class Compressor {
 public:
  // `lead`: the sentence opens the article (no word budget for it).
  // `short_form`: the sentence is in the summary, so the bullet is its short
  // form: the clause cuts apply at any length.
  Compressor(const Document& doc, std::size_t index, const std::vector<Span>& spans, bool lead,
             bool short_form = false)
      : text_(doc.text),
        s_(doc.sentences[index]),
        spans_(spans),
        lead_(lead && !short_form),
        short_form_(short_form) {}

  // The bullet text and the spans that survive in it.
  std::string Run(std::vector<Span>* kept);

 private:
  const Token& T(std::size_t k) const { return s_.tokens[k]; }
  std::size_t N() const { return std::min(s_.tokens.size(), kMaxTokensPerSentence); }

  // compressor.cc
  bool Drop(std::size_t b, std::size_t e);
  bool Dropped(std::size_t b, std::size_t e) const;
  double WeightIn(std::size_t b, std::size_t e, bool values_only) const;
  static std::size_t WordCount(std::string_view s);
  std::size_t AfterComma(std::size_t k) const;
  static bool SpacedDash(std::string_view gap);
  void DropLeadingConnective();
  void DropParentheticals();
  bool HasQuoteMarks() const;
  std::size_t FinalPunct() const;
  bool CommaAfter(std::size_t k) const;
  std::size_t LastCommaToken(std::size_t limit) const;
  void DropInnerConnective();
  void DropTrailingClause();
  std::string_view Gap(std::size_t k) const;
  static bool DatelineJoin(std::string_view gap);
  static bool AllCaps(std::string_view w);
  void DropDateline();

  // compressor_cuts.cc
  bool ClauseGoesOn(std::size_t k) const;
  bool HoldsValue(std::size_t b, std::size_t e, bool dates) const;
  std::size_t TimeAdjunctStart(std::size_t last) const;
  bool OtherDateKept(std::size_t b, std::size_t e) const;
  void DropTrailingTime();
  void DropInnerTime();
  bool QuotesBalanced(std::size_t b, std::size_t e) const;
  static bool ContractionAt(std::string_view s, std::size_t p);
  bool AdjunctOpener(std::size_t k) const;
  bool ClosesRelativeClause(std::size_t k) const;
  bool InList(std::size_t k) const;
  bool HoldsAmount(std::size_t b, std::size_t e) const;
  void ShortenLong();
  void CutAtBudget();
  void CutToMax();
  std::string Assemble() const;

  std::string_view text_;
  const DocSentence& s_;
  const std::vector<Span>& spans_;
  std::vector<Range> drops_;
  std::size_t limit_ = 0;  // tokens before a cut at the end
  bool lead_ = false;      // the first sentence of the article
  bool short_form_ = false;
};

}  // namespace keyfacts
}  // namespace internal
}  // namespace precis

#endif  // PRECIS_CORE_FACTS_COMPRESSOR_H_
