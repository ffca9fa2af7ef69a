// Pasted-page junk detection.
//
// Text copied from a browser carries lines that are not the article:
// breadcrumbs ("You are here"), donation pleas, vote counters ("13 users have
// voted"), comment forms and captcha prompts, share/subscribe/newsletter
// lines, bylines ("By AFP - Mar 10,2021 - Last updated ...") and datelines
// ("WASHINGTON — " before the first sentence). They are recognised by the
// shape of the line, its position and its vocabulary, never by a list of
// exact strings.
//
// How a unit is judged (weights in junk_filter.cc, shapes in junk_rules.cc,
// word lists in junk_vocabulary.cc):
//   1. Shapes that are junk on their own: a counter ("13 users have voted."),
//      an arithmetic prompt ("18 + 0 ="), a byline ("By <Names/AGENCY>" with
//      date words), a breadcrumb trail, a photo credit, a line made only of
//      function words that addresses the reader ("You are here").
//   2. A score per reason from features: words of a topic vocabulary
//      (journalism and funding, comments, captchas, sharing and newsletters,
//      site navigation, cookies, copyright, ads, "read more" links, photo
//      credits), the reader addressed (you/your) or the publisher speaking
//      (we/our/us) outside quotation marks, an imperative call to action at
//      the start ("Subscribe", "Add", "Solve"), a short line made mostly of
//      such words, and position before the first or after the last body
//      sentence. A unit scoring at least kStrongScore is junk.
//   3. Context: a unit with weaker evidence (at least kWeakScore) next to
//      junk is junk too, and short gaps inside a donation plea are dropped
//      with it, so a block of plea sentences goes together.
//   4. Prefixes of kept units: a dateline before the first body sentence, and
//      a plea sentence glued to the sentence after a plea block
//      ("...all the difference.Secretary of State ...").
// Quoted speech is not evidence: "we will" inside quotation marks is someone
// quoted by the article, not the publisher talking.
#ifndef PRECIS_CORE_CLEAN_JUNK_FILTER_H_
#define PRECIS_CORE_CLEAN_JUNK_FILTER_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "lex/tokenizer.h"
#include "segment/sentence_splitter.h"

namespace precis {
namespace internal {

struct JunkVerdict {
  // The whole unit is junk; `reason` says which kind (one of the reasons
  // documented for precis::Removed: "navigation", "donation_plea",
  // "vote_count", "comment_form", "captcha", "share_subscribe", "byline",
  // "dateline", "boilerplate").
  bool junk = false;
  // For junk units, the kind of junk. For kept units with strip_prefix > 0,
  // the kind of the stripped prefix ("dateline" or "donation_plea"). ""
  // otherwise. Points to a string literal.
  const char* reason = "";
  // For units that are kept: bytes of junk at the start of the unit to cut
  // off (a dateline such as "WASHINGTON — "); 0 when none. The kept part
  // starts at unit.begin + strip_prefix (already trimmed of white space).
  std::size_t strip_prefix = 0;
  // The unit's own junk evidence before context was applied (0 when none;
  // kStrongScore and above is junk on its own). For diagnostics.
  double score = 0;
};

// Evidence at or above which a unit is junk on its own.
inline constexpr double kStrongScore = 1.0;
// Evidence at or above which a unit is junk when it touches junk.
inline constexpr double kWeakScore = 0.45;

// Classifies each unit of `text` (as returned by SplitSentences); the result
// has one verdict per unit. Linear in the size of the text plus the number of
// units; units longer than kMaxAnalyzedUnitBytes are never junk (junk lines
// are short) though their dateline prefix is still recognised.
std::vector<JunkVerdict> ClassifyJunk(std::string_view text,
                                      const std::vector<SentenceUnit>& units);

// The same with the units' tokens given: unit_tokens[i] holds the tokens of
// units[i] tokenized on its own by the English tokenizer
// (Tokenizer().Tokenize(unit text), offsets from the unit's start).
std::vector<JunkVerdict> ClassifyJunk(std::string_view text, const std::vector<SentenceUnit>& units,
                                      const std::vector<std::vector<Token>>& unit_tokens);

// Longest unit whose words are examined, in bytes.
inline constexpr std::size_t kMaxAnalyzedUnitBytes = 4096;

}  // namespace internal
}  // namespace precis

#endif  // PRECIS_CORE_CLEAN_JUNK_FILTER_H_
