// The features of one unit that the junk filter scores: its words by
// vocabulary class, the reader or publisher addressed outside quotation
// marks, an opening call to action, and the text helpers they rest on.
#ifndef PRECIS_CORE_CLEAN_JUNK_FEATURES_H_
#define PRECIS_CORE_CLEAN_JUNK_FEATURES_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "lex/tokenizer.h"

namespace precis {
namespace internal {
namespace junk {

// Letters of a word: counts of upper and lower case ones.
void CountCase(std::string_view s, int* upper, int* lower);

// Two capitals or more and no lower-case letter.
bool IsAllCaps(std::string_view s);

// Sentence-final punctuation at the end of `s`, looking through closing
// quotes and brackets.
bool EndsSentence(std::string_view s);

// Quotation marks. QuotedRanges returns the byte ranges of `s` inside
// quotation marks, given the state when `s` starts; `*state` receives the
// state at its end. Double quotes (straight, curly, guillemets, low-9) are
// tracked; single curly quotes only when they open at a word start, since
// the right single quote is also the apostrophe.
struct QuoteState {
  bool in_double = false;
  bool in_single = false;
  bool open() const { return in_double || in_single; }
};

std::vector<std::pair<std::size_t, std::size_t>> QuotedRanges(std::string_view s,
                                                              QuoteState* state);

struct Features {
  int words = 0;                             // word, number and CJK tokens
  int nonstop = 0;                           // of which neither function words nor numbers
  int content = 0;                           // nonstop words outside quotes that are not vocabulary
  int vocab = 0;                             // nonstop words (outside quotes) that are vocabulary
  int reader = 0;                            // reader-addressing pronouns outside quotes
  int publisher = 0;                         // publisher-voice pronouns outside quotes
  bool quoted_all = false;                   // every token inside quotation marks
  std::uint32_t cta = 0;                     // topics of an opening imperative, 0 if none
  std::uint32_t direct = 0;                  // topics of the word right after "your"
  std::vector<std::uint32_t> topic_classes;  // per topic word outside quotes
  bool terminal = false;                     // ends with sentence punctuation
  bool has_aux = false;                      // holds an auxiliary or modal verb
  bool all_function = false;                 // every token is a function word
};

// The imperative opening a unit, if any: its topics (0 when none) and the
// index of its token.
std::uint32_t CallToAction(const std::vector<Token>& tokens, const std::vector<bool>& in_quote,
                           std::size_t* index);

// The features of `unit`, tokenized as `tokens`, with `quoted` the byte
// ranges inside quotation marks.
Features Analyze(std::string_view unit, const std::vector<Token>& tokens,
                 const std::vector<std::pair<std::size_t, std::size_t>>& quoted);

}  // namespace junk
}  // namespace internal
}  // namespace precis

#endif  // PRECIS_CORE_CLEAN_JUNK_FEATURES_H_
