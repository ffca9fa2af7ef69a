// Word tokens of a sentence: Unicode-aware words and numbers, case-folded,
// stemmed (Snowball English), with stopwords marked.
#ifndef PRECIS_CORE_TOKENIZER_H_
#define PRECIS_CORE_TOKENIZER_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace precis {
namespace internal {

enum class TokenKind {
  kWord,    // letters (with inner apostrophes, hyphens and marks)
  kNumber,  // digits with inner separators: "3.64", "1,000", "2024"
  kCjk,     // a bigram of CJK characters (or a single one at a run's edge)
};

struct Token {
  std::size_t begin = 0;  // byte offsets into the text given to Tokenize
  std::size_t end = 0;
  TokenKind kind = TokenKind::kWord;
  std::string norm;  // NFKC + case folded surface form
  std::string term;  // the form used for matching: stem of `norm` for words,
                     // `norm` for numbers and CJK bigrams
  bool stopword = false;
  bool capitalized = false;  // first letter is upper or title case
};

// Stateful because the Snowball stemmer keeps a buffer: one Tokenizer per
// thread. Construction is cheap.
class Tokenizer {
 public:
  Tokenizer();
  ~Tokenizer();
  Tokenizer(const Tokenizer&) = delete;
  Tokenizer& operator=(const Tokenizer&) = delete;

  // Tokens of text[begin, end) in order; offsets are relative to `text`.
  std::vector<Token> Tokenize(std::string_view text, std::size_t begin,
                              std::size_t end);
  std::vector<Token> Tokenize(std::string_view text) {
    return Tokenize(text, 0, text.size());
  }

  // The stem of one case-folded word.
  std::string Stem(std::string_view folded_word);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// True for English function words ("the", "of", "would", ...), given in
// case-folded form.
bool IsStopword(std::string_view folded_word);

}  // namespace internal
}  // namespace precis

#endif  // PRECIS_CORE_TOKENIZER_H_
