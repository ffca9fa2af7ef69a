// Word tokens of a sentence: Unicode-aware words and numbers, case-folded,
// stemmed (Snowball, in the text's language), with stopwords marked.
// Scripts written without spaces (Han, kana, Thai, Lao, Khmer, Myanmar) become
// overlapping character bigrams.
#ifndef PRECIS_CORE_LEX_TOKENIZER_H_
#define PRECIS_CORE_LEX_TOKENIZER_H_

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
  kCjk,     // a bigram of characters of a script written without spaces
            // (Han, kana, Thai, ...), or a single one when the run has one
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

// The text from byte `from` to byte `to`; empty when `to` is not after
// `from`, as between two overlapping CJK bigram tokens.
inline std::string_view TextBetween(std::string_view text, std::size_t from, std::size_t to) {
  return to > from ? text.substr(from, to - from) : std::string_view();
}

// The text between two tokens in order (empty when they overlap).
inline std::string_view GapBetween(std::string_view text, const Token& a, const Token& b) {
  return TextBetween(text, a.end, b.begin);
}

// Stateful because the Snowball stemmer keeps a buffer: one Tokenizer per
// thread. Construction is cheap.
class Tokenizer {
 public:
  // English.
  Tokenizer();
  // A language by ISO 639 code (language.h): its Snowball stemmer and
  // stopword list when it has them ("en" and "und" get English's, a language
  // without them gets none). French, Italian and Catalan elisions ("l'État")
  // are matched by the word after the apostrophe.
  explicit Tokenizer(std::string_view language);
  ~Tokenizer();
  Tokenizer(const Tokenizer&) = delete;
  Tokenizer& operator=(const Tokenizer&) = delete;

  // Tokens of text[begin, end) in order; offsets are relative to `text`.
  std::vector<Token> Tokenize(std::string_view text, std::size_t begin, std::size_t end);
  std::vector<Token> Tokenize(std::string_view text) { return Tokenize(text, 0, text.size()); }

  // The stem of one case-folded word.
  std::string Stem(std::string_view folded_word);

  // True when the case-folded word is a stopword of the tokenizer's language.
  bool IsLanguageStopword(std::string_view folded_word) const;

 private:
  std::size_t AddBigrams(std::string_view text, std::size_t pos, std::size_t end,
                         std::vector<Token>* tokens) const;
  Token WordToken(std::string_view text, std::size_t start, std::size_t end, bool number);
  // Whether text[begin, end), a bigram whose second character starts at
  // `middle` (== end for a single character), is a function word.
  bool BigramIsStopword(std::string_view text, std::size_t begin, std::size_t middle,
                        std::size_t end, const std::string& norm) const;

  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// True for English function words ("the", "of", "would", ...), given in
// case-folded form.
bool IsStopword(std::string_view folded_word);

}  // namespace internal
}  // namespace precis

#endif  // PRECIS_CORE_LEX_TOKENIZER_H_
