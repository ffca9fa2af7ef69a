// Pasted-page junk detection.
//
// Text copied from a browser carries lines that are not the article:
// breadcrumbs ("You are here"), donation pleas, vote counters ("13 users have
// voted"), comment forms and captcha prompts, share/subscribe/newsletter
// lines, bylines ("By AFP - Mar 10,2021 - Last updated ...") and datelines
// ("WASHINGTON — " before the first sentence). They are recognised by the
// shape of the line, its position and its vocabulary, never by a list of
// exact strings.
#ifndef PRECIS_CORE_JUNK_FILTER_H_
#define PRECIS_CORE_JUNK_FILTER_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "sentence_splitter.h"

namespace precis {
namespace internal {

struct JunkVerdict {
  // The whole unit is junk; `reason` says which kind (one of the reasons
  // documented for precis::Removed: "navigation", "donation_plea",
  // "vote_count", "comment_form", "captcha", "share_subscribe", "byline",
  // "dateline", "boilerplate").
  bool junk = false;
  const char* reason = "";
  // For units that are kept: bytes of junk at the start of the unit to cut
  // off (a dateline such as "WASHINGTON — "); 0 when none. The kept part
  // starts at unit.begin + strip_prefix (already trimmed of white space).
  std::size_t strip_prefix = 0;
};

// Classifies each unit of `text` (as returned by SplitSentences); the result
// has one verdict per unit.
std::vector<JunkVerdict> ClassifyJunk(std::string_view text,
                                      const std::vector<SentenceUnit>& units);

}  // namespace internal
}  // namespace precis

#endif  // PRECIS_CORE_JUNK_FILTER_H_
