#include "lex/word_set.h"

namespace precis {
namespace internal {
namespace {

constexpr std::uint32_t kEmpty = UINT32_MAX;

std::size_t Hash(std::string_view word) {
  std::uint64_t h = 14695981039346656037ull;
  for (const char c : word) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ull;
  }
  return static_cast<std::size_t>(h ^ (h >> 32));
}

std::uint64_t LengthBit(std::size_t length) {
  return std::uint64_t{1} << (length < 63 ? length : 63);
}

}  // namespace

std::ptrdiff_t WordSet::Index(std::string_view word) const {
  if ((lengths_ & LengthBit(word.size())) == 0) return -1;
  for (std::size_t slot = Hash(word) & mask_;; slot = (slot + 1) & mask_) {
    const std::uint32_t k = slots_[slot];
    if (k == kEmpty) return -1;
    if (words_[k] == word) return static_cast<std::ptrdiff_t>(k);
  }
}

void WordSet::Build(const std::string_view* words, std::size_t count) {
  std::size_t size = 8;
  while (size < 2 * count) size *= 2;
  mask_ = size - 1;
  slots_.assign(size, kEmpty);
  for (std::size_t i = 0; i < count; ++i) {
    const std::string_view w = words[i];
    if (Index(w) >= 0) continue;
    lengths_ |= LengthBit(w.size());
    std::size_t slot = Hash(w) & mask_;
    while (slots_[slot] != kEmpty) slot = (slot + 1) & mask_;
    slots_[slot] = static_cast<std::uint32_t>(words_.size());
    words_.push_back(w);
  }
}

}  // namespace internal
}  // namespace precis
