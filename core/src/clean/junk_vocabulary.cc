// The word tables of the junk filter.
#include "clean/junk_vocabulary.h"

#include <algorithm>
#include <iterator>
#include <utility>

namespace precis {
namespace internal {
namespace junk {
namespace {

// Topic words, matched on the case-folded surface form (not the stem, so
// that "shared values" is not "share" and "shares" stays a stock-market
// word). A word may appear under several classes.
constexpr Entry kTopicWords[] = {
    // Journalism and the publication.
    {"journalism", kPress},
    {"journalist", kPress},
    {"journalists", kPress},
    {"journalistic", kPress},
    {"reporting", kPress},
    {"reporter", kPress},
    {"reporters", kPress},
    {"newsroom", kPress},
    {"newsrooms", kPress},
    {"news", kPress},
    {"story", kPress},
    {"stories", kPress},
    {"coverage", kPress},
    {"outlet", kPress},
    {"outlets", kPress},
    {"paywall", kPress},
    {"paywalls", kPress},
    {"documentary", kPress},
    {"documentaries", kPress},
    {"editorial", kPress},
    {"investigative", kPress},
    {"reader", kPress},
    {"readers", kPress},
    {"readership", kPress},
    {"article", kPress | kMore},
    {"articles", kPress | kMore},
    {"blog", kPress | kSocial},
    {"blogs", kPress | kSocial},
    {"headlines", kPress | kSocial},
    // Funding.
    {"support", kFunding},
    {"supporting", kFunding},
    {"supporter", kFunding},
    {"supporters", kFunding},
    {"donate", kFunding},
    {"donates", kFunding},
    {"donating", kFunding},
    {"donation", kFunding},
    {"donations", kFunding},
    {"donor", kFunding},
    {"donors", kFunding},
    {"contribute", kFunding},
    {"contributing", kFunding},
    {"contribution", kFunding},
    {"contributions", kFunding},
    {"membership", kFunding},
    {"subscribe", kPayment | kSocial},
    {"subscribing", kPayment | kSocial},
    {"subscription", kPayment},
    {"subscriptions", kPayment},
    {"subscriber", kPayment},
    {"subscribers", kPayment},
    {"pay", kPayment},
    {"paid", kPayment},
    {"paying", kPayment},
    {"afford", kPayment},
    {"fund", kPayment},
    {"funding", kPayment},
    {"funded", kPayment},
    // Comment forms and accounts.
    {"comment", kComment},
    {"comments", kComment},
    {"commenting", kComment},
    {"reply", kComment},
    {"replies", kComment},
    {"login", kComment},
    {"username", kComment},
    {"password", kComment},
    {"moderation", kComment},
    {"moderated", kComment},
    {"moderator", kComment},
    {"required", kComment},
    {"fields", kComment},
    {"published", kComment},
    {"email", kComment | kSocial},
    {"e-mail", kComment | kSocial},
    // Bot checks.
    {"captcha", kCaptchaW},
    {"recaptcha", kCaptchaW},
    {"robot", kCaptchaW},
    {"robots", kCaptchaW},
    {"bot", kCaptchaW},
    {"bots", kCaptchaW},
    {"spam", kCaptchaW},
    {"visitor", kCaptchaW},
    {"visitors", kCaptchaW},
    {"math", kCaptchaW},
    {"maths", kCaptchaW},
    {"arithmetic", kCaptchaW},
    {"human", kCaptchaSupport},
    {"automated", kCaptchaSupport},
    {"solve", kCaptchaSupport},
    {"verify", kCaptchaSupport},
    {"verification", kCaptchaSupport},
    {"submission", kCaptchaSupport},
    {"submissions", kCaptchaSupport},
    {"problem", kCaptchaSupport},
    {"result", kCaptchaSupport},
    {"question", kCaptchaSupport},
    {"testing", kCaptchaSupport},
    // Sharing, social networks, newsletters.
    {"share", kSocial},
    {"facebook", kSocial},
    {"twitter", kSocial},
    {"whatsapp", kSocial},
    {"linkedin", kSocial},
    {"pinterest", kSocial},
    {"reddit", kSocial},
    {"telegram", kSocial},
    {"instagram", kSocial},
    {"tiktok", kSocial},
    {"youtube", kSocial},
    {"messenger", kSocial},
    {"emails", kSocial},
    {"emailed", kSocial},
    {"newsletter", kSocial},
    {"newsletters", kSocial},
    {"inbox", kSocial},
    {"unsubscribe", kSocial},
    {"alerts", kSocial},
    {"notifications", kSocial},
    {"podcast", kSocial},
    {"podcasts", kSocial},
    {"rss", kSocial},
    {"app", kSocial},
    // Site navigation.
    {"homepage", kNav},
    {"menu", kNav},
    {"navigation", kNav},
    {"skip", kNav},
    {"sitemap", kNav},
    {"breadcrumb", kNav},
    {"breadcrumbs", kNav},
    {"home", kNavLine},
    {"search", kNavLine},
    {"sections", kNavLine},
    {"main", kNavLine},
    {"content", kNavLine},
    {"top", kNavLine},
    // Cookie and consent notices.
    {"cookie", kCookie},
    {"cookies", kCookie},
    {"consent", kCookie},
    {"gdpr", kCookie},
    {"privacy", kCookieSupport},
    {"browse", kCookieSupport},
    {"browsing", kCookieSupport},
    {"browser", kCookieSupport},
    {"preferences", kCookieSupport},
    {"settings", kCookieSupport},
    {"tracking", kCookieSupport},
    {"personalised", kCookieSupport},
    {"personalized", kCookieSupport},
    {"analytics", kCookieSupport},
    {"accept", kCookieSupport},
    {"agree", kCookieSupport},
    {"experience", kCookieSupport},
    {"site", kCookieSupport},
    {"website", kCookieSupport},
    // Copyright.
    {"copyright", kRights},
    {"rights", kRights},
    {"reserved", kRights},
    {"reproduction", kRights},
    {"redistributed", kRights},
    {"republished", kRights},
    {"rewritten", kRights},
    // Advertisements.
    {"advertisement", kAd},
    {"advertisements", kAd},
    {"advert", kAd},
    {"adverts", kAd},
    {"ad", kAd},
    {"ads", kAd},
    {"sponsored", kAd},
    {"promoted", kAd},
    // Links to more content.
    {"read", kMore},
    {"reading", kMore},
    {"related", kMore},
    {"recommended", kMore},
    {"popular", kMore},
    {"trending", kMore},
    {"watch", kMore},
    {"listen", kMore},
    {"video", kMore},
    {"videos", kMore},
    {"audio", kMore},
    {"gallery", kMore},
    {"click", kMore},
    {"tap", kMore},
    {"continue", kMore},
    {"min", kMore},
    {"mins", kMore},
    // Photo credits and captions.
    {"photo", kPhoto},
    {"photos", kPhoto},
    {"photograph", kPhoto},
    {"photographer", kPhoto},
    {"image", kPhoto},
    {"images", kPhoto},
    {"picture", kPhoto},
    {"pictures", kPhoto},
    {"credit", kPhoto},
    {"getty", kPhoto},
    {"illustration", kPhoto},
    {"caption", kPhoto},
};

// Imperatives that open calls to action, with the topics they serve
// (kNounLike: also a common noun).
constexpr Entry kCallsToAction[] = {
    {"subscribe", kSocial | kPayment},
    {"sign", kSocial | kComment | kFunding | kNounLike},
    {"donate", kFunding},
    {"support", kFunding | kNounLike},
    {"give", kFunding},
    {"contribute", kFunding},
    {"join", kFunding | kComment | kSocial},
    {"become", kFunding},
    {"share", kSocial | kNounLike},
    {"follow", kSocial},
    {"get", kSocial},
    {"download", kSocial},
    {"click", kMore},
    {"tap", kMore},
    {"read", kMore | kNounLike},
    {"watch", kMore | kNounLike},
    {"listen", kMore},
    {"continue", kMore},
    {"add", kComment},
    {"leave", kComment},
    {"post", kComment | kNounLike},
    {"write", kComment},
    {"submit", kComment | kCaptchaW},
    {"reply", kComment | kNounLike},
    {"log", kComment | kSocial | kNounLike},
    {"register", kComment},
    {"solve", kCaptchaW},
    {"enter", kCaptchaW | kComment | kSocial},
    {"type", kCaptchaW | kNounLike},
    {"prove", kCaptchaW},
    {"verify", kCaptchaW},
    {"accept", kCookie},
    {"manage", kCookie},
    {"allow", kCookie},
    {"skip", kNav | kAd | kNounLike},
    {"jump", kNav | kNounLike},
    {"back", kNav | kNounLike},
};
// Words that follow an imperative: its object or particle ("Share this",
// "Sign up", "Follow us", "Support our journalism").
constexpr std::string_view kImperativeFollowers[] = {
    "this", "these", "the",  "our", "us",   "your", "a",           "an",
    "it",   "up",    "in",   "on",  "out",  "now",  "here",        "today",
    "more", "to",    "with", "me",  "them", "and",  "independent",
};

constexpr std::string_view kReaderPronouns[] = {
    "you", "your", "yours", "yourself", "yourselves", "you're", "you've", "you'll", "you'd",
};
constexpr std::string_view kPublisherPronouns[] = {
    "we", "our", "ours", "us", "ourselves", "we're", "we've", "we'll", "we'd",
};

// Words a counter line may hold besides its number and function words,
// with the reason the counter is reported under.
struct CounterWord {
  std::string_view word;
  Reason reason;
};
constexpr CounterWord kCounterWords[] = {
    {"vote", kVoteCount},
    {"votes", kVoteCount},
    {"voted", kVoteCount},
    {"rating", kVoteCount},
    {"ratings", kVoteCount},
    {"rated", kVoteCount},
    {"points", kVoteCount},
    {"users", kNone},
    {"user", kNone},
    {"people", kNone},
    {"persons", kNone},
    {"readers", kNone},
    {"reader", kNone},
    {"comment", kCommentForm},
    {"comments", kCommentForm},
    {"commented", kCommentForm},
    {"replies", kCommentForm},
    {"responses", kCommentForm},
    {"response", kCommentForm},
    {"shares", kShareSubscribe},
    {"shared", kShareSubscribe},
    {"likes", kShareSubscribe},
    {"liked", kShareSubscribe},
    {"retweets", kShareSubscribe},
    {"followers", kShareSubscribe},
    {"reactions", kShareSubscribe},
    {"recommended", kVoteCount},
    {"found", kVoteCount},
    {"helpful", kVoteCount},
    {"views", kBoilerplate},
    {"viewed", kBoilerplate},
    {"reads", kBoilerplate},
};
// Words of publication times: "Last updated at", "3 hours ago", "12:30 GMT".
constexpr std::string_view kDateWords[] = {
    "updated", "published", "posted", "modified", "last", "hours", "hour", "ago", "minutes",
    "minute",  "min",       "mins",   "read",     "am",   "pm",    "gmt",  "bst", "cet",
    "utc",     "est",       "edt",    "pst",      "pdt",  "et",    "pt",   "kst", "jst",
    "today",   "yesterday", "on",     "at",       "a.m",  "p.m",
};
// Clock words that make a number a time: "2000 GMT", "10:30 am".
constexpr std::string_view kClockWords[] = {
    "am",  "pm",  "a.m", "p.m", "gmt", "bst", "cet", "utc",
    "est", "edt", "pst", "pdt", "et",  "pt",  "kst", "jst",
};
// Words of a byline besides names and dates.
constexpr std::string_view kBylineWords[] = {
    "and",
    "of",
    "in",
    "at",
    "for",
    "the",
    "de",
    "van",
    "von",
    "der",
    "da",
    "du",
    "la",
    "le",
    "al",
    "bin",
    "el",
    "with",
    "staff",
    "reporter",
    "reporters",
    "correspondent",
    "correspondents",
    "editor",
    "editors",
    "writer",
    "writers",
    "contributor",
    "columnist",
    "agency",
    "agencies",
    "news",
    "wire",
    "wires",
    "desk",
    "bureau",
    "team",
    "senior",
    "chief",
    "special",
    "political",
    "diplomatic",
    "foreign",
    "reporting",
    "additional",
    "via",
    "photos",
    "photo",
    "video",
};
// Auxiliaries and modals: a line holding one has a verb.
constexpr std::string_view kAuxiliaries[] = {
    "is",   "are",  "was",   "were", "be",    "been",   "am",     "has",   "have",
    "had",  "will", "would", "can",  "could", "shall",  "should", "may",   "might",
    "must", "do",   "does",  "did",  "isn't", "aren't", "wasn't", "won't", "can't",
};
// Words that lead an arithmetic prompt ("What is 3 + 4?").
constexpr std::string_view kArithmeticLead[] = {
    "what", "is", "how", "much", "solve", "calculate", "the", "sum", "of", "enter", "answer",
};
// Words that open a photo credit or caption line ("Photo: Reuters",
// "Image source, Getty Images").
constexpr std::string_view kPhotoLead[] = {
    "photo",    "photograph", "photos",       "image",   "images",  "picture",
    "pictures", "credit",     "illustration", "caption", "graphic", "file",
};
constexpr std::string_view kPhotoLeadSecond[] = {
    "source", "credit", "caption", "by", "courtesy", "photo",
};

}  // namespace

std::vector<Entry> ClassTable::Merge(std::vector<Entry> entries) {
  std::sort(entries.begin(), entries.end(),
            [](const Entry& a, const Entry& b) { return a.word < b.word; });
  std::vector<Entry> merged;
  for (const Entry& e : entries) {
    if (!merged.empty() && merged.back().word == e.word) {
      merged.back().classes |= e.classes;
    } else {
      merged.push_back(e);
    }
  }
  return merged;
}

std::vector<std::string_view> ClassTable::Words(const std::vector<Entry>& entries) {
  std::vector<std::string_view> words;
  words.reserve(entries.size());
  for (const Entry& e : entries) words.push_back(e.word);
  return words;
}

std::uint32_t ClassTable::Classes(std::string_view w) const {
  const std::ptrdiff_t i = index_.Index(w);
  return i >= 0 ? entries_[static_cast<std::size_t>(i)].classes : 0;
}

Vocabulary::Vocabulary()
    : topic(kTopicWords),
      cta(kCallsToAction),
      reader(kReaderPronouns),
      publisher(kPublisherPronouns),
      date_words(kDateWords),
      clock_words(kClockWords),
      byline_words(kBylineWords),
      auxiliaries(kAuxiliaries),
      arithmetic_lead(kArithmeticLead),
      photo_lead(kPhotoLead),
      photo_lead_second(kPhotoLeadSecond),
      imperative_followers(kImperativeFollowers) {}

// Immutable after its thread-safe initialisation.
const Vocabulary& Vocab() {
  static const Vocabulary vocabulary;
  return vocabulary;
}

Reason CounterReason(std::string_view w, bool* found) {
  for (const CounterWord& c : kCounterWords) {
    if (c.word == w) {
      *found = true;
      return c.reason;
    }
  }
  *found = false;
  return kNone;
}

}  // namespace junk
}  // namespace internal
}  // namespace precis
