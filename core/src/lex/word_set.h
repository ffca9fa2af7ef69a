// A fixed set of words (string literals) with hashed lookup, for the word
// lists of the tokenizer, the junk filter, keywords and key facts.
#ifndef PRECIS_CORE_LEX_WORD_SET_H_
#define PRECIS_CORE_LEX_WORD_SET_H_

#include <cstddef>
#include <iterator>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace precis {
namespace internal {

class WordSet {
 public:
  // `words` must outlive the set (they are string literals in practice).
  template <std::size_t N>
  explicit WordSet(const std::string_view (&words)[N])
      : words_(std::begin(words), std::end(words)) {}
  // `words` must point to strings that outlive the set.
  explicit WordSet(const std::vector<std::string_view>& words)
      : words_(words.begin(), words.end()) {}
  bool Contains(std::string_view word) const { return words_.count(word) != 0; }

 private:
  std::unordered_set<std::string_view> words_;
};

}  // namespace internal
}  // namespace precis

#endif  // PRECIS_CORE_LEX_WORD_SET_H_
