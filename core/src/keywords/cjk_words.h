// Words of Chinese and Japanese text for keywords. The tokenizer writes Han
// and kana as overlapping character bigrams, which suits sentence similarity
// but makes keywords out of fragments ("个社区公", "府は"). Here the words are
// found from the text itself:
//   - Japanese text (any kana) is cut where the script changes: runs of
//     kanji and of katakana are words, hiragana (particles, inflections) is
//     never part of one;
//   - Chinese text is cut by the repeated substrings of the document that
//     occur in varied contexts (two or more different characters, or a run
//     edge, on each side: accessor variety), longest first; what no such
//     word covers is cut at function characters (的 了 是 在 和 ...) and
//     its short pieces become words;
//   - no word starts or ends with a function character or particle, and
//     numbers with their counters ("三十亿元") and generic news words
//     ("表示", "今年") are not words.
// Text of other scripts keeps its tokens.
#ifndef PRECIS_CORE_KEYWORDS_CJK_WORDS_H_
#define PRECIS_CORE_KEYWORDS_CJK_WORDS_H_

#include <vector>

#include "lex/tokenizer.h"
#include "pipeline/document.h"

namespace precis {
namespace internal {

struct CjkWords {
  // Empty when the document has no Han or kana text; otherwise the tokens
  // of every sentence of the document, with each run of Han and kana
  // bigrams replaced by its words (kind kCjk, term == norm == the word).
  std::vector<std::vector<Token>> sentences;
};

CjkWords FindCjkWords(const Document& doc);

}  // namespace internal
}  // namespace precis

#endif  // PRECIS_CORE_KEYWORDS_CJK_WORDS_H_
