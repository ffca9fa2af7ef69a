// Which articles of a digest are about the same event.
#ifndef PRECIS_CORE_DIGEST_EVENT_H_
#define PRECIS_CORE_DIGEST_EVENT_H_

#include <cstddef>
#include <vector>

#include "digest/piece.h"
#include "precis/precis.h"

namespace precis {
namespace internal {

// Decides Article::same_event and Article::reason for every piece from the
// content similarity of the articles (tf-idf cosine) and the years of
// their news (Piece::news_year): the largest group of mutually consistent
// articles is the digest. The articles of `include` (indexes) join it
// whatever their dates and words. Returns its members, ascending. With
// `one_event`, every article with text is a member.
std::vector<std::size_t> ChooseEvent(const std::vector<Piece>& pieces,
                                     std::vector<Article>* articles, bool one_event,
                                     const std::vector<std::size_t>& include = {});

}  // namespace internal
}  // namespace precis

#endif  // PRECIS_CORE_DIGEST_EVENT_H_
