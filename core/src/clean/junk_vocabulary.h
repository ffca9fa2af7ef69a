// The vocabulary of the junk filter: the reasons a unit is junk, the topic
// word classes that are evidence for each, and the word tables.
#ifndef PRECIS_CORE_CLEAN_JUNK_VOCABULARY_H_
#define PRECIS_CORE_CLEAN_JUNK_VOCABULARY_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "lex/word_set.h"

namespace precis {
namespace internal {
namespace junk {

// ---------------------------------------------------------------------------
// Reasons, in the order ties are broken.
enum Reason : int {
  kNone = 0,
  kNavigation,
  kVoteCount,
  kCaptcha,
  kShareSubscribe,
  kCommentForm,
  kDonationPlea,
  kByline,
  kBoilerplate,
  kDateline,
  kNumReasons,
};

inline constexpr const char* kReasonNames[kNumReasons] = {
    "",
    "navigation",
    "vote_count",
    "captcha",
    "share_subscribe",
    "comment_form",
    "donation_plea",
    "byline",
    "boilerplate",
    "dateline",
};

// Topic vocabulary classes. "Supporting" classes only count once a word of
// their reason's core vocabulary is present: "accept" is a cookie-banner word
// next to "cookies", an ordinary verb elsewhere.
enum : std::uint32_t {
  kPress = 1u << 0,           // journalism and the publication itself
  kFunding = 1u << 1,         // donating, supporting, membership
  kPayment = 1u << 2,         // supporting: paying and subscriptions
  kComment = 1u << 3,         // comment forms and accounts
  kCaptchaW = 1u << 4,        // bot checks
  kCaptchaSupport = 1u << 5,  // supporting: "human", "solve", "automated"
  kSocial = 1u << 6,          // sharing, social networks, newsletters
  kNav = 1u << 7,             // site navigation
  kNavLine = 1u << 8,         // navigation only as a whole line ("Home")
  kCookie = 1u << 9,          // cookie and consent notices
  kCookieSupport = 1u << 10,  // supporting: "accept", "browser", "privacy"
  kRights = 1u << 11,         // copyright lines
  kAd = 1u << 12,             // advertisements
  kMore = 1u << 13,           // links to more content: read, watch, related
  kPhoto = 1u << 14,          // photo credits and captions
};

// What counts as evidence for each reason.
//   core:       vocabulary that starts the case;
//   voiced:     core vocabulary only when the publisher speaks (we, our):
//               "our journalism" pleads, "the news" does not;
//   support:    vocabulary counted only when core vocabulary is present;
//   pure:       vocabulary that makes a short line page furniture of this
//               reason ("Advertisement", "Read more", "Home");
//   reader, publisher: whether addressing the reader or the publisher's
//               voice is evidence. Prose about apps addresses the reader
//               ("you can share photos"), so for sharing it is not.
struct ReasonVocabulary {
  Reason reason;
  std::uint32_t core;
  std::uint32_t voiced;
  std::uint32_t support;
  std::uint32_t pure;
  bool reader;
  bool publisher;
};
inline constexpr ReasonVocabulary kReasonVocabulary[] = {
    {kNavigation, kNav, 0, 0, kNav | kNavLine, false, false},
    {kCaptcha, kCaptchaW, 0, kCaptchaSupport, kCaptchaW, true, false},
    {kShareSubscribe, kSocial, 0, 0, kSocial, false, true},
    {kCommentForm, kComment, 0, 0, kComment, true, true},
    {kDonationPlea, kFunding, kPress, kPayment, kFunding, true, true},
    {kBoilerplate, kCookie, 0, kCookieSupport, kPress | kCookie | kRights | kAd | kMore | kPhoto,
     true, true},
};

// Marks imperatives that are as often nouns ("Support for the plan", "Share
// prices"): they count only when an object or particle follows.
inline constexpr std::uint32_t kNounLike = 1u << 31;

struct Entry {
  std::string_view word;  // case-folded surface form
  std::uint32_t classes;
};

// A sorted word -> classes table; duplicate words have their classes merged.
class ClassTable {
 public:
  template <std::size_t N>
  explicit ClassTable(const Entry (&entries)[N])
      : entries_(Merge(std::vector<Entry>(std::begin(entries), std::end(entries)))),
        index_(Words(entries_)) {}
  std::uint32_t Classes(std::string_view w) const;

 private:
  // The entries sorted by word, one per word with its classes or-ed.
  static std::vector<Entry> Merge(std::vector<Entry> entries);
  static std::vector<std::string_view> Words(const std::vector<Entry>& entries);
  std::vector<Entry> entries_;
  WordSet index_;  // entries_[index_.Index(w)] is the entry of w
};

// The word tables (junk_vocabulary.cc), hashed or sorted for lookup.
struct Vocabulary {
  Vocabulary();
  ClassTable topic;              // topic words and their classes
  ClassTable cta;                // imperatives that open calls to action
  WordSet reader;                // you, your
  WordSet publisher;             // we, our, us
  WordSet date_words;            // "updated", "ago", "GMT"
  WordSet clock_words;           // "am", "GMT"
  WordSet byline_words;          // "and", "staff", "reporter"
  WordSet auxiliaries;           // "is", "has", "will"
  WordSet arithmetic_lead;       // "what", "is", "solve"
  WordSet photo_lead;            // "photo", "image", "credit"
  WordSet photo_lead_second;     // "source", "by", "courtesy"
  WordSet imperative_followers;  // "this", "up", "us"
};

// The vocabulary; immutable after its thread-safe initialisation.
const Vocabulary& Vocab();

// The reason of a counter line's word ("votes": kVoteCount, "users": kNone);
// `*found` tells whether `w` is a counter word at all.
Reason CounterReason(std::string_view w, bool* found);

}  // namespace junk
}  // namespace internal
}  // namespace precis

#endif  // PRECIS_CORE_CLEAN_JUNK_VOCABULARY_H_
