// Writes the Unicode tables of text/unicode.cc (unicode_data.inc, in the
// build tree) from utf8proc's data, through utf8proc's public API: only the
// properties the core uses.
//   * per code point: general category, canonical combining class, and
//     whether it has a case-folding map or a lower-case map, or can be the
//     second character of a composition;
//   * the NFKC + full case folding + ignorable-removal map of each code point
//     that changes (utf8proc_decompose_char with the options of FoldCase),
//     Hangul syllables excepted (decomposed by formula);
//   * the simple lower-case map (utf8proc_tolower);
//   * the canonical compositions that utf8proc makes with UTF8PROC_STABLE
//     (composition exclusions left out), Hangul excepted.
// The per-code-point records go through a two-stage table: blocks of 128
// code points, identical blocks stored once. The sorted key and value lists
// (folding, lower case, composition) are written packed: each element as
// its difference from the one before, zigzag-encoded in a variable number
// of bytes (7 bits a byte, low first). text/unicode.cc unpacks them once, on
// first use. Packed, they take 13 KB gzipped instead of 42 KB.
//
//   precis_unicode_data_gen OUTPUT
#include <utf8proc.h>

#include <cstdint>
#include <cstdio>
#include <map>
#include <string>
#include <tuple>
#include <vector>

namespace {

constexpr int kBlockBits = 7;
constexpr int kBlock = 1 << kBlockBits;
constexpr std::int32_t kMaxCodePoint = 0x110000;
constexpr std::int32_t kHangulFirst = 0xAC00;
constexpr std::int32_t kHangulLast = 0xD7A3;

const utf8proc_option_t kFoldOptions = static_cast<utf8proc_option_t>(
    UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD | UTF8PROC_IGNORE);

std::vector<std::int32_t> Fold(std::int32_t cp) {
  std::int32_t buf[64];
  int boundclass = UTF8PROC_BOUNDCLASS_START;
  const utf8proc_ssize_t n = utf8proc_decompose_char(cp, buf, 64, kFoldOptions, &boundclass);
  if (n < 0 || n > 64) {
    std::fprintf(stderr, "unicode_data_gen: U+%04X does not decompose\n",
                 static_cast<unsigned>(cp));
    std::exit(1);
  }
  return std::vector<std::int32_t>(buf, buf + n);
}

void WriteArray(std::FILE* f, const char* type, const char* name,
                const std::vector<std::uint32_t>& v) {
  std::fprintf(f, "constexpr %s %s[%zu] = {", type, name, v.empty() ? std::size_t{1} : v.size());
  for (std::size_t i = 0; i < v.size(); ++i) {
    std::fprintf(f, "%s%u,", i % 16 == 0 ? "\n  " : "", v[i]);
  }
  if (v.empty()) std::fprintf(f, "0");
  std::fprintf(f, "\n};\n");
}

// Writes `v` packed (see above) as kNAME, with kNAMECount elements.
void WritePacked(std::FILE* f, const char* name, const std::vector<std::uint32_t>& v) {
  std::vector<std::uint32_t> bytes;
  std::uint32_t previous = 0;
  for (const std::uint32_t x : v) {
    const auto delta = static_cast<std::int32_t>(x - previous);
    previous = x;
    std::uint32_t z = (static_cast<std::uint32_t>(delta) << 1) ^ (delta < 0 ? ~0u : 0u);
    while (z >= 0x80) {
      bytes.push_back((z & 0x7F) | 0x80);
      z >>= 7;
    }
    bytes.push_back(z);
  }
  std::fprintf(f, "constexpr std::size_t k%sCount = %zu;\n", name, v.size());
  const std::string packed = std::string("k") + name;
  WriteArray(f, "std::uint8_t", packed.c_str(), bytes);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: precis_unicode_data_gen OUTPUT\n");
    return 2;
  }
  // Candidates for composition, as utf8proc marks them.
  std::vector<std::int32_t> firsts, seconds;
  for (std::int32_t cp = 0; cp < kMaxCodePoint; ++cp) {
    const utf8proc_property_t* p = utf8proc_get_property(cp);
    if (p->comb_index == UINT16_MAX) continue;
    (p->comb_index < 0x8000 ? firsts : seconds).push_back(cp);
  }
  std::map<std::uint64_t, std::uint32_t> compositions;
  std::vector<bool> is_second(kMaxCodePoint, false);
  for (std::int32_t a : firsts) {
    for (std::int32_t b : seconds) {
      std::int32_t buf[2] = {a, b};
      const utf8proc_ssize_t n = utf8proc_normalize_utf32(
          buf, 2, static_cast<utf8proc_option_t>(UTF8PROC_COMPOSE | UTF8PROC_STABLE));
      if (n != 1) continue;
      compositions[(static_cast<std::uint64_t>(a) << 21) | static_cast<std::uint64_t>(b)] =
          static_cast<std::uint32_t>(buf[0]);
      is_second[static_cast<std::size_t>(b)] = true;
    }
  }

  // Records: category | ccc << 5 | flags << 13.
  enum : std::uint32_t { kHasFold = 1, kHasLower = 2, kSecond = 4 };
  std::map<std::uint32_t, std::uint32_t> record_index;
  std::vector<std::uint32_t> records;
  std::vector<std::uint32_t> fold_keys, fold_starts, fold_seq, lower_keys, lower_values;
  std::map<std::vector<std::uint32_t>, std::uint32_t> block_index;
  std::vector<std::uint32_t> stage1, stage2;
  std::vector<std::uint32_t> block;
  for (std::int32_t cp = 0; cp < kMaxCodePoint; ++cp) {
    std::uint32_t flags = 0;
    const utf8proc_property_t* p = utf8proc_get_property(cp);
    const auto category = static_cast<std::uint32_t>(p->category);
    const auto ccc = static_cast<std::uint32_t>(p->combining_class);
    const bool hangul = cp >= kHangulFirst && cp <= kHangulLast;
    const std::vector<std::int32_t> folded = Fold(cp);
    if (!hangul && (folded.size() != 1 || folded[0] != cp)) {
      flags |= kHasFold;
      fold_keys.push_back(static_cast<std::uint32_t>(cp));
      fold_starts.push_back(static_cast<std::uint32_t>(fold_seq.size()));
      for (std::int32_t c : folded) fold_seq.push_back(static_cast<std::uint32_t>(c));
    }
    const std::int32_t lower = utf8proc_tolower(cp);
    if (lower != cp) {
      flags |= kHasLower;
      lower_keys.push_back(static_cast<std::uint32_t>(cp));
      lower_values.push_back(static_cast<std::uint32_t>(lower));
    }
    if (is_second[static_cast<std::size_t>(cp)]) flags |= kSecond;
    const std::uint32_t record = category | (ccc << 5) | (flags << 13);
    auto [it, added] = record_index.emplace(record, static_cast<std::uint32_t>(records.size()));
    if (added) records.push_back(record);
    block.push_back(it->second);
    if (block.size() == kBlock) {
      auto [b, fresh] = block_index.emplace(block, static_cast<std::uint32_t>(block_index.size()));
      if (fresh) stage2.insert(stage2.end(), block.begin(), block.end());
      stage1.push_back(b->second);
      block.clear();
    }
  }
  fold_starts.push_back(static_cast<std::uint32_t>(fold_seq.size()));
  if (records.size() > 256 || block_index.size() > 65535) {
    std::fprintf(stderr, "unicode_data_gen: the tables outgrew their types\n");
    return 1;
  }
  std::vector<std::uint32_t> comp_first, comp_second, comp_value;
  for (const auto& [key, value] : compositions) {
    comp_first.push_back(static_cast<std::uint32_t>(key >> 21));
    comp_second.push_back(static_cast<std::uint32_t>(key & 0x1FFFFF));
    comp_value.push_back(value);
  }

  std::FILE* f = std::fopen(argv[1], "w");
  if (f == nullptr) {
    std::perror(argv[1]);
    return 1;
  }
  std::fprintf(f, "// Generated by core/gen/unicode_data_gen.cc from utf8proc %s (Unicode %s).\n",
               utf8proc_version(), utf8proc_unicode_version());
  std::fprintf(f, "constexpr int kBlockBits = %d;\n", kBlockBits);
  WriteArray(f, "std::uint16_t", "kStage1", stage1);
  WriteArray(f, "std::uint8_t", "kStage2", stage2);
  WriteArray(f, "std::uint32_t", "kRecords", records);
  WritePacked(f, "FoldKeys", fold_keys);
  WritePacked(f, "FoldStarts", fold_starts);
  WritePacked(f, "FoldSequences", fold_seq);
  WritePacked(f, "LowerKeys", lower_keys);
  WritePacked(f, "LowerValues", lower_values);
  WritePacked(f, "CompositionFirsts", comp_first);
  WritePacked(f, "CompositionSeconds", comp_second);
  WritePacked(f, "CompositionValues", comp_value);
  if (std::fclose(f) != 0) {
    std::perror(argv[1]);
    return 1;
  }
  return 0;
}
