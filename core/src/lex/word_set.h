// A fixed set of words (string literals) with hashed lookup, for the word
// lists of the tokenizer, the junk filter, keywords and key facts.
#ifndef PRECIS_CORE_LEX_WORD_SET_H_
#define PRECIS_CORE_LEX_WORD_SET_H_

#include <cstddef>
#include <cstdint>
#include <iterator>
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
    Build(std::begin(words), std::end(words));
  }
  // `words` must point to strings that outlive the set.
  explicit WordSet(const std::vector<std::string_view>& words) {
    Build(words.begin(), words.end());
  }
  bool Contains(std::string_view word) const { return Index(word) >= 0; }
  // The position of `word` among the set's distinct words, in the order
  // they were first given; -1 when it is not in the set.
  std::ptrdiff_t Index(std::string_view word) const {
    if (word.size() < 64 && (lengths_ >> word.size() & 1u) == 0) return -1;
    for (std::size_t slot = Hash(word) & mask_;; slot = (slot + 1) & mask_) {
      const std::uint32_t k = slots_[slot];
      if (k == kEmpty) return -1;
      if (words_[k] == word) return static_cast<std::ptrdiff_t>(k);
    }
  }

 private:
  static constexpr std::uint32_t kEmpty = UINT32_MAX;

  static std::size_t Hash(std::string_view word) {
    std::uint64_t h = 14695981039346656037ull;
    for (const char c : word) {
      h ^= static_cast<unsigned char>(c);
      h *= 1099511628211ull;
    }
    return static_cast<std::size_t>(h ^ (h >> 32));
  }

  template <typename It>
  void Build(It first, It last) {
    std::size_t size = 8;
    while (size < 2 * static_cast<std::size_t>(std::distance(first, last))) size *= 2;
    mask_ = size - 1;
    slots_.assign(size, kEmpty);
    for (It it = first; it != last; ++it) {
      const std::string_view w = *it;
      if (Contains(w)) continue;
      lengths_ |= w.size() < 64 ? std::uint64_t{1} << w.size() : ~std::uint64_t{0} << 63;
      std::size_t slot = Hash(w) & mask_;
      while (slots_[slot] != kEmpty) slot = (slot + 1) & mask_;
      slots_[slot] = static_cast<std::uint32_t>(words_.size());
      words_.push_back(w);
    }
  }

  std::vector<std::string_view> words_;
  std::vector<std::uint32_t> slots_;
  std::size_t mask_ = 0;
  std::uint64_t lengths_ = 0;  // bit L: some word has L bytes (bit 63: 63 or more)
};

}  // namespace internal
}  // namespace precis

#endif  // PRECIS_CORE_LEX_WORD_SET_H_
