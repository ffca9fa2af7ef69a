// A fixed set of words (string literals) with hashed lookup, for the word
// lists of the tokenizer, the junk filter, keywords and key facts.
#ifndef PRECIS_CORE_LEX_WORD_SET_H_
#define PRECIS_CORE_LEX_WORD_SET_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace precis {
namespace internal {

// Open addressing over a power-of-two table of indices into the words,
// with linear probing; a word's hash is FNV-1a over its bytes. Words whose
// length no member has are answered without hashing.
class WordSet {
 public:
  // `words` must outlive the set (they are string literals in practice).
  template <std::size_t N>
  explicit WordSet(const std::string_view (&words)[N]) {
    Build(words, N);
  }
  // `words` must point to strings that outlive the set.
  explicit WordSet(const std::vector<std::string_view>& words) {
    Build(words.data(), words.size());
  }
  bool Contains(std::string_view word) const { return Index(word) >= 0; }
  // The position of `word` among the set's distinct words, in the order
  // they were first given; -1 when it is not in the set.
  std::ptrdiff_t Index(std::string_view word) const;

 private:
  void Build(const std::string_view* words, std::size_t count);

  std::vector<std::string_view> words_;
  std::vector<std::uint32_t> slots_;  // indices into words_, or UINT32_MAX
  std::size_t mask_ = 0;
  std::uint64_t lengths_ = 0;  // bit L: some word has L bytes (bit 63: 63 or more)
};

}  // namespace internal
}  // namespace precis

#endif  // PRECIS_CORE_LEX_WORD_SET_H_
