// Splitting a digest's input into its articles.
#ifndef PRECIS_CORE_DIGEST_ARTICLES_H_
#define PRECIS_CORE_DIGEST_ARTICLES_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "precis/precis.h"
#include "text/unicode.h"

namespace precis {
namespace internal {

// Most articles a digest reads; later parts are counted in
// Stats::articles_omitted and otherwise ignored.
constexpr std::size_t kMaxDigestArticles = Limits::kMaxDigestArticles;

// A byte range [begin, end) of the input holding one article, trimmed of
// surrounding ASCII white space (so both ends sit next to ASCII bytes or the
// ends of the input).
struct ArticlePart {
  std::size_t begin = 0;
  std::size_t end = 0;
};

// Splits `text` at separator lines: lines holding exactly "---" with
// optional spaces or tabs around it, ended by "\n", "\r\n" or the end of the
// text. Parts holding only white space are dropped. At most `max_parts`
// parts are returned; `*omitted` (if given) receives how many non-empty
// parts came after them. Linear in the text.
//
// The digest splits the caller's bytes (a control character next to a
// separator is not white space there) and reads the parts in the repaired
// text through RepairedOffset.
std::vector<ArticlePart> SplitArticles(std::string_view text, std::size_t max_parts,
                                       std::size_t* omitted = nullptr);

// The offset of the repaired text (see RepairUtf8) at raw offset `raw_pos`;
// an offset inside an invalid sequence maps to the start of its U+FFFD.
// The inverse of RawOffset at the ends of an ArticlePart.
std::size_t RepairedOffset(const std::vector<Repair>& repairs, std::size_t raw_pos);

}  // namespace internal
}  // namespace precis

#endif  // PRECIS_CORE_DIGEST_ARTICLES_H_
