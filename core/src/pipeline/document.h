// The article as the ranking stages see it: sentences that survived junk
// removal, each with its tokens.
#ifndef PRECIS_CORE_PIPELINE_DOCUMENT_H_
#define PRECIS_CORE_PIPELINE_DOCUMENT_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "lex/tokenizer.h"

namespace precis {
namespace internal {

struct DocSentence {
  std::size_t begin = 0;  // byte range in Document::text
  std::size_t end = 0;
  int paragraph = 0;          // paragraph number in the input (may skip values)
  bool line_unit = false;     // heading, title or list item (no final punctuation)
  std::vector<Token> tokens;  // offsets are into Document::text
  std::size_t words = 0;      // words and numbers, and characters of scripts
                              // written without spaces (Han, kana, Thai, ...)

  std::string_view Text(std::string_view doc) const { return doc.substr(begin, end - begin); }
};

struct Document {
  std::string_view text;  // valid UTF-8 (the repaired input)
  std::vector<DocSentence> sentences;
  bool english = true;  // processed as English (or an undetermined language)
};

}  // namespace internal
}  // namespace precis

#endif  // PRECIS_CORE_PIPELINE_DOCUMENT_H_
