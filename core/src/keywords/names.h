// Multi-word names for keywords. A run of capitalised words joined only by
// white space or a hyphen ("New York Yankees", "South China Morning Post",
// "Choi Sang-mok"), or by title-case function words inside a sentence
// ("Sex And The City"), is one name: a keyword does not start or end inside
// it.
// A title ("Sgt", "President", "Secretary of State") is not part of the
// name after it:
// "Cottonwood Police Sgt Jeremy Smith" holds the names "Cottonwood Police"
// and "Jeremy Smith".
#ifndef PRECIS_CORE_KEYWORDS_NAMES_H_
#define PRECIS_CORE_KEYWORDS_NAMES_H_

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

#include "lex/tokenizer.h"

namespace precis {
namespace internal {

// True for a title written before a name, given case-folded ("sgt",
// "president").
bool IsTitleWord(std::string_view folded);

// The text between two tokens joins them into one phrase when it is white
// space or a single hyphen (so "U.S.-Japan" stays together).
bool Joinable(std::string_view text, std::size_t from, std::size_t to);

// Length in bytes of a possessive suffix ("Korea's", "Korea’s") at the end
// of token `t`, or 0: a phrase or name ends at such a word.
std::size_t PossessiveSuffix(std::string_view text, const Token& t);

// The words the text writes capitalised inside a sentence: a sentence's
// capitalised first word is part of the name after it only when it is one
// of them ("New" of "the New York Yankees", not "Former" or "Boss"). Built
// on first use.
class InnerCapitals {
 public:
  using SentenceTokens = std::function<const std::vector<Token>&(std::size_t)>;
  InnerCapitals(std::size_t sentences, SentenceTokens tokens)
      : sentences_(sentences), tokens_(std::move(tokens)) {}
  bool Contains(const std::string& norm);

 private:
  std::size_t sentences_;
  SentenceTokens tokens_;
  bool built_ = false;
  std::unordered_set<std::string> words_;
};

// Tokens [first, last] of a sentence widened to the whole name run they
// stand in: while the token before the span and the span's first token are
// name words, and the span's last token and the token after it are, the
// span grows. Returns the span unchanged when its ends are not name words.
struct TokenSpan {
  std::size_t first;
  std::size_t last;
};
TokenSpan WholeNameSpan(std::string_view text, const std::vector<Token>& tokens, TokenSpan span,
                        InnerCapitals* inner_capitals);

// True when the name run `span` (as WholeNameSpan returns it) is part of a
// title or longer name the run does not hold: it stands before a title word
// ("Health" of "Deputy Health Minister") or before title-case function
// words that do not lead on to another name word, or after "Secretary of".
bool PartOfLongerName(std::string_view text, const std::vector<Token>& tokens, TokenSpan span);

}  // namespace internal
}  // namespace precis

#endif  // PRECIS_CORE_KEYWORDS_NAMES_H_
