#include "clean/junk_filter.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <iterator>
#include <string>
#include <utility>

#include "lex/lexicon.h"
#include "lex/tokenizer.h"
#include "lex/word_set.h"
#include "text/unicode.h"

namespace precis {
namespace internal {
namespace {

// ---------------------------------------------------------------------------
// Weights. All evidence is on one scale: kStrongScore (1.0) makes a unit junk
// on its own, kWeakScore (0.45) makes it junk next to junk. The values were
// set by hand against the junk in the three shared pasted articles and the
// hand-written samples in tests/data/junk_*, then checked for false positives
// on the BBC News Summary articles (junk_filter_test measures both). The
// guiding rule: no single ordinary feature reaches kStrongScore; it takes
// topic vocabulary together with a second, independent sign (the reader or
// publisher addressed, an imperative, a short line made of such words, a
// position outside the article body).

// Per word of a reason's topic vocabulary, counted up to kLexCap words, so
// three topic words alone (0.9) stay below kStrongScore.
constexpr double kLexWeight = 0.3;
constexpr int kLexCap = 3;
// Per reader-addressing pronoun (you, your) outside quotes, up to two.
constexpr double kReaderWeight = 0.4;
// Per publisher-voice pronoun (we, our, us) outside quotes, up to two; lower
// than the reader's because reported speech without quotation marks uses it.
constexpr double kPublisherWeight = 0.3;
constexpr int kPronounCap = 2;
// Added once when a unit both addresses someone and talks about the topic:
// "your donation", "our journalism".
constexpr double kTopicAddressBonus = 0.2;
// ... but only when topic words make up this share of the unit's words:
// "Your support makes all the difference." (1 of 3) is about support, "we
// benefit enormously from our membership of the EU, ..." (1 of 15) is not.
constexpr double kMinAddressedTopicShare = 0.15;
// "your" directly followed by a topic word ("your support", "your email").
constexpr double kDirectAddressBonus = 0.3;
// An imperative call to action opening the unit ("Subscribe to ...").
constexpr double kCtaWeight = 0.5;
// A short unit made (mostly) of topic words: "Advertisement", "Read more",
// "Related articles", "5 min read".
constexpr double kPureLineBonus = 0.75;
constexpr int kPureLineMaxWords = 5;
// Before the first or after the last body sentence, where page furniture
// sits. Only added to units that already carry some evidence.
constexpr double kEdgeBonus = 0.3;
// Long sentences are prose: beyond kLongUnitWords content words each further
// one takes this much off.
constexpr int kLongUnitWords = 25;
constexpr double kLongUnitPenalty = 0.03;
// Scores of shapes that are junk by themselves.
constexpr double kShapeScore = 1.2;
constexpr double kArithmeticScore = 1.5;
// "1+3" inside a unit: captcha instructions ("E.g. for 1+3, enter 4.").
constexpr double kInlineArithmeticScore = 0.5;
// "©" or "(c) 2021": copyright notices.
constexpr double kCopyrightSignScore = 0.6;
// A short line without a verb in the page furniture (a menu entry, a tag).
constexpr double kShortEdgeLineScore = 0.5;
constexpr int kShortEdgeLineMaxWords = 3;
// Units with more words than this are prose, never junk (the longest plea
// sentence in the shared articles has 47 words).
constexpr int kMaxJunkWords = 80;
// A body sentence (delimiting the top and bottom page furniture) has at least
// this many words, ends with sentence punctuation and carries no evidence.
constexpr int kBodySentenceMinWords = 8;
// Units between two donation-plea units (one of them junk on its own) are
// dropped with them when there are at most this many.
constexpr int kMaxPleaGap = 2;
// Longest dateline prefix ("NEW YORK, March 10 (Reuters) — "), in bytes.
constexpr std::size_t kMaxDatelineBytes = 80;
// A plea sentence glued to the next sentence is looked for this far into a
// unit, in bytes.
constexpr std::size_t kMaxGluedPrefixBytes = 400;

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

constexpr const char* kReasonNames[kNumReasons] = {
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
constexpr ReasonVocabulary kReasonVocabulary[] = {
    {kNavigation, kNav, 0, 0, kNav | kNavLine, false, false},
    {kCaptcha, kCaptchaW, 0, kCaptchaSupport, kCaptchaW, true, false},
    {kShareSubscribe, kSocial, 0, 0, kSocial, false, true},
    {kCommentForm, kComment, 0, 0, kComment, true, true},
    {kDonationPlea, kFunding, kPress, kPayment, kFunding, true, true},
    {kBoilerplate, kCookie, 0, kCookieSupport, kPress | kCookie | kRights | kAd | kMore | kPhoto,
     true, true},
};

struct Entry {
  std::string_view word;  // case-folded surface form
  std::uint32_t classes;
};

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

// Imperatives that open calls to action, with the topics they serve.
// kNounLike marks words that are as often nouns ("Support for the plan",
// "Share prices"): they count only when an object or particle follows.
constexpr std::uint32_t kNounLike = 1u << 31;
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

// A sorted word -> classes table; duplicate words have their classes merged.
class ClassTable {
 public:
  template <std::size_t N>
  explicit ClassTable(const Entry (&entries)[N]) {
    entries_.assign(std::begin(entries), std::end(entries));
    std::sort(entries_.begin(), entries_.end(),
              [](const Entry& a, const Entry& b) { return a.word < b.word; });
    std::vector<Entry> merged;
    for (const Entry& e : entries_) {
      if (!merged.empty() && merged.back().word == e.word) {
        merged.back().classes |= e.classes;
      } else {
        merged.push_back(e);
      }
    }
    entries_ = std::move(merged);
  }
  std::uint32_t Classes(std::string_view w) const {
    auto it = std::lower_bound(entries_.begin(), entries_.end(), w,
                               [](const Entry& e, std::string_view key) { return e.word < key; });
    return it != entries_.end() && it->word == w ? it->classes : 0;
  }

 private:
  std::vector<Entry> entries_;
};

struct Vocabulary {
  ClassTable topic{kTopicWords};
  ClassTable cta{kCallsToAction};
  WordSet reader{kReaderPronouns};
  WordSet publisher{kPublisherPronouns};
  WordSet date_words{kDateWords};
  WordSet clock_words{kClockWords};
  WordSet byline_words{kBylineWords};
  WordSet auxiliaries{kAuxiliaries};
  WordSet arithmetic_lead{kArithmeticLead};
  WordSet photo_lead{kPhotoLead};
  WordSet photo_lead_second{kPhotoLeadSecond};
  WordSet imperative_followers{kImperativeFollowers};
};

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

// ---------------------------------------------------------------------------
// Character helpers.

bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

// Typographic apostrophes become ASCII so "you’re" matches "you're".
std::string AsciiApostrophes(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s.substr(i, 3) == "\xE2\x80\x99") {
      out.push_back('\'');
      i += 2;
    } else {
      out.push_back(s[i]);
    }
  }
  return out;
}

// Letters of a word: counts of upper and lower case ones.
void CountCase(std::string_view s, int* upper, int* lower) {
  *upper = 0;
  *lower = 0;
  std::size_t pos = 0;
  char32_t cp;
  while (int len = DecodeAt(s, pos, &cp)) {
    if (IsUpper(cp)) ++*upper;
    if (IsLower(cp)) ++*lower;
    pos += static_cast<std::size_t>(len);
  }
}

bool IsAllCaps(std::string_view s) {
  int upper, lower;
  CountCase(s, &upper, &lower);
  return upper >= 2 && lower == 0;
}

// Sentence-final punctuation at the end of `s`, looking through closing
// quotes and brackets.
bool EndsSentence(std::string_view s) {
  std::size_t pos = s.size();
  while (pos > 0) {
    const std::size_t prev = PrevCodePoint(s, pos);
    char32_t cp;
    DecodeAt(s, prev, &cp);
    if (cp == '"' || cp == '\'' || cp == ')' || cp == ']' || cp == 0x201D || cp == 0x2019 ||
        cp == 0xBB || IsSpace(cp)) {
      pos = prev;
      continue;
    }
    return cp == '.' || cp == '!' || cp == '?' || cp == 0x2026 || cp == 0x3002 || cp == 0xFF01 ||
           cp == 0xFF1F;
  }
  return false;
}

// ---------------------------------------------------------------------------
// Quotation marks. Returns the byte ranges of `s` inside quotation marks,
// given whether a quotation was already open when `s` starts; `*open_out`
// receives the state at its end. Double quotes (straight, curly, guillemets,
// low-9) are tracked; single curly quotes only when they open at a word
// start, since the right single quote is also the apostrophe.
struct QuoteState {
  bool in_double = false;
  bool in_single = false;
  bool open() const { return in_double || in_single; }
};

std::vector<std::pair<std::size_t, std::size_t>> QuotedRanges(std::string_view s,
                                                              QuoteState* state) {
  std::vector<std::pair<std::size_t, std::size_t>> ranges;
  std::size_t start = 0;
  bool was_open = state->open();
  char32_t prev = ' ';
  std::size_t pos = 0;
  char32_t cp;
  while (int len = DecodeAt(s, pos, &cp)) {
    const std::size_t next = pos + static_cast<std::size_t>(len);
    char32_t after = 0;
    DecodeAt(s, next, &after);
    if (cp == '"') {
      // A straight quote opens after a space or bracket and before a word,
      // and closes after a word; a new quoted paragraph may open without the
      // previous one closing ("...unacceptable. "The rule of law ...").
      const bool after_space = IsSpace(prev) || prev == '(' || prev == '[' || pos == 0 ||
                               prev == 0x2014 || prev == 0x2013;
      const bool before_space = after == 0 || IsSpace(after);
      if (after_space && !before_space) {
        state->in_double = true;
      } else if (before_space && !after_space) {
        state->in_double = false;
      } else {
        state->in_double = !state->in_double;
      }
    } else if (cp == 0x201C || cp == 0x201E || cp == 0xAB) {
      state->in_double = true;
    } else if (cp == 0x201D || cp == 0xBB) {
      state->in_double = false;
    } else if (cp == 0x2018 && (IsSpace(prev) || IsPunctuation(prev))) {
      state->in_single = true;
    } else if (cp == 0x2019 && state->in_single && !IsLetter(after)) {
      state->in_single = false;
    }
    const bool is_open = state->open();
    if (is_open && !was_open) start = pos;
    if (!is_open && was_open) ranges.emplace_back(start, next);
    was_open = is_open;
    prev = cp;
    pos = next;
  }
  if (was_open) ranges.emplace_back(start, s.size());
  return ranges;
}

// ---------------------------------------------------------------------------
// Features of one unit.

struct Features {
  int words = 0;                             // word, number and CJK tokens
  int nonstop = 0;                           // of which neither function words nor numbers
  int content = 0;                           // nonstop words outside quotes that are not vocabulary
  int vocab = 0;                             // nonstop words (outside quotes) that are vocabulary
  int reader = 0;                            // reader-addressing pronouns outside quotes
  int publisher = 0;                         // publisher-voice pronouns outside quotes
  bool quoted_all = false;                   // every token inside quotation marks
  std::uint32_t cta = 0;                     // topics of an opening imperative, 0 if none
  std::uint32_t direct = 0;                  // topics of the word right after "your"
  std::vector<std::uint32_t> topic_classes;  // per topic word outside quotes
  bool terminal = false;                     // ends with sentence punctuation
  bool has_aux = false;                      // holds an auxiliary or modal verb
  bool all_function = false;                 // every token is a function word
};

// Shapes recognised on a unit; each scores on its own.
struct Shapes {
  Reason counter = kNone;  // kNone when not a counter line
  bool arithmetic = false;
  bool inline_arithmetic = false;
  bool byline = false;
  bool breadcrumb = false;
  bool photo_credit = false;
  bool copyright_sign = false;
  bool you_are_here = false;
  Reason label = kNone;  // "Read more:", "Related:", "Advertisement:"
};

bool NumberLike(const Token& t, std::string_view surface) {
  if (t.kind == TokenKind::kNumber) return true;
  // "1.2k", "3M": a social counter.
  if (surface.empty() || !IsAsciiDigit(surface[0])) return false;
  const char last = surface.back();
  if (last != 'k' && last != 'K' && last != 'm' && last != 'M') return false;
  for (std::size_t i = 0; i + 1 < surface.size(); ++i) {
    if (!IsAsciiDigit(surface[i]) && surface[i] != '.' && surface[i] != ',') {
      return false;
    }
  }
  return true;
}

// The imperative opening a unit, if any: its topics (0 when none) and the
// index of its token.
std::uint32_t CallToAction(const std::vector<Token>& tokens, const std::vector<bool>& in_quote,
                           std::size_t* index) {
  const Vocabulary& v = Vocab();
  if (tokens.empty() || in_quote[0]) return 0;
  std::size_t k = 0;
  // "Please subscribe": look past a courtesy word.
  if (tokens[0].norm == "please" && tokens.size() > 1) k = 1;
  const std::uint32_t cta = v.cta.Classes(tokens[k].norm);
  if (cta == 0) return 0;
  // An imperative is followed by its object or a particle ("Share this",
  // "Sign up", "Follow us") or stands in a short line ("Add new comment").
  // Words that are not also nouns may instead sit in a unit about their
  // topic ("Get top stories and blog posts emailed to you").
  bool ok = tokens.size() <= 4 ||
            (k + 1 < tokens.size() && v.imperative_followers.Contains(tokens[k + 1].norm));
  if (!(cta & kNounLike)) {
    for (std::size_t j = k + 1; !ok && j < tokens.size(); ++j) {
      ok = v.topic.Classes(AsciiApostrophes(tokens[j].norm)) != 0;
    }
  }
  if (!ok) return 0;
  *index = k;
  return cta & ~kNounLike;
}

Features Analyze(std::string_view unit, const std::vector<Token>& tokens,
                 const std::vector<std::pair<std::size_t, std::size_t>>& quoted) {
  const Vocabulary& v = Vocab();
  Features f;
  f.terminal = EndsSentence(unit);
  f.all_function = !tokens.empty();
  std::vector<bool> in_quote(tokens.size(), false);
  std::size_t q = 0;
  int quoted_tokens = 0;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    while (q < quoted.size() && quoted[q].second <= tokens[i].begin) ++q;
    in_quote[i] = q < quoted.size() && quoted[q].first <= tokens[i].begin;
    if (in_quote[i]) ++quoted_tokens;
  }
  std::size_t cta_index = tokens.size();
  f.cta = CallToAction(tokens, in_quote, &cta_index);

  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    ++f.words;
    const std::string norm = AsciiApostrophes(t.norm);
    const bool number = t.kind == TokenKind::kNumber;
    if (!t.stopword) f.all_function = false;
    if (!t.stopword && !number) ++f.nonstop;
    if (v.auxiliaries.Contains(norm)) f.has_aux = true;
    if (in_quote[i]) continue;

    const std::uint32_t classes = v.topic.Classes(norm);
    if (!t.stopword && !number) {
      if (classes != 0 || (f.cta != 0 && i <= cta_index)) {
        ++f.vocab;  // a topic word, the imperative or its "please"
      } else {
        ++f.content;
      }
    }
    if (classes != 0) f.topic_classes.push_back(classes);
    const std::string_view surface = unit.substr(t.begin, t.end - t.begin);
    if (v.reader.Contains(norm)) {
      ++f.reader;
      if ((norm == "your" || norm == "yours") && i + 1 < tokens.size() && !in_quote[i + 1]) {
        f.direct |= v.topic.Classes(AsciiApostrophes(tokens[i + 1].norm));
      }
    } else if (v.publisher.Contains(norm) && !(norm == "us" && IsAllCaps(surface))) {
      ++f.publisher;  // "US" in capitals is the country
    }
  }
  f.quoted_all = !tokens.empty() && quoted_tokens == f.words;
  return f;
}

// "13 users have voted.", "1.2k shares", "Comments (12)".
Reason CounterShape(std::string_view unit, const std::vector<Token>& tokens) {
  if (tokens.size() < 2 || tokens.size() > 6) return kNone;
  int numbers = 0;
  int counted = 0;
  Reason reason = kNone;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    const std::string_view surface = unit.substr(t.begin, t.end - t.begin);
    if (NumberLike(t, surface)) {
      ++numbers;
      if (i != 0 && i + 1 != tokens.size()) return kNone;
      continue;
    }
    bool found = false;
    const Reason r = CounterReason(t.norm, &found);
    if (found) {
      ++counted;
      if (reason == kNone) reason = r;
      continue;
    }
    if (!t.stopword) return kNone;
  }
  if (numbers != 1 || counted == 0) return kNone;
  return reason == kNone ? kVoteCount : reason;
}

// Digits joined by an arithmetic operator: "1+3", "18 + 0". A minus sign is
// left out (ranges and dates use the hyphen).
bool HasArithmetic(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    if (!IsAsciiDigit(s[i])) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < s.size() && IsAsciiDigit(s[j])) ++j;
    std::size_t k = j;
    while (k < s.size() && s[k] == ' ') ++k;
    std::size_t op_len = 0;
    if (k < s.size() && (s[k] == '+' || s[k] == '*')) {
      op_len = 1;
    } else if (s.substr(k, 2) == "\xC3\x97" ||  // multiplication sign
               s.substr(k, 2) == "\xC3\xB7") {  // division sign
      op_len = 2;
    }
    if (op_len > 0) {
      std::size_t m = k + op_len;
      while (m < s.size() && s[m] == ' ') ++m;
      if (m < s.size() && IsAsciiDigit(s[m])) return true;
    }
    i = j;
  }
  return false;
}

// A unit that is nothing but an arithmetic prompt: "18 + 0 =",
// "What is 3 + 4?".
bool ArithmeticShape(std::string_view unit, const std::vector<Token>& tokens) {
  const Vocabulary& v = Vocab();
  std::size_t rest = 0;
  for (const Token& t : tokens) {
    if (t.kind == TokenKind::kNumber) break;
    if (!v.arithmetic_lead.Contains(t.norm)) return false;
    rest = t.end;
  }
  const std::string_view tail = unit.substr(rest);
  int digit_groups = 0;
  for (std::size_t i = 0; i < tail.size(); ++i) {
    const char c = tail[i];
    if (IsAsciiDigit(c)) {
      if (i == 0 || !IsAsciiDigit(tail[i - 1])) ++digit_groups;
      continue;
    }
    if (c == ' ' || c == '+' || c == '-' || c == '*' || c == '/' || c == '=' || c == '?' ||
        c == 'x' || c == ':') {
      continue;
    }
    if (tail.substr(i, 2) == "\xC3\x97" || tail.substr(i, 2) == "\xC3\xB7") {
      ++i;
      continue;
    }
    return false;
  }
  const bool op = HasArithmetic(tail);
  const bool asks =
      tail.find('=') != std::string_view::npos || tail.find('?') != std::string_view::npos;
  return digit_groups >= 2 && op && asks;
}

// "By AFP - Mar 10,2021 - Last updated at Mar 10,2021", "By Jane Doe and
// John Roe, Associated Press", "Published 10 March 2021, 12:30 GMT",
// "March 10, 2021".
bool BylineShape(const std::vector<Token>& tokens) {
  const Vocabulary& v = Vocab();
  if (tokens.size() < 2 || tokens.size() > 30) return false;
  const Token& first = tokens[0];
  const bool by = first.norm == "by" && first.capitalized;
  const bool stamp = first.capitalized &&
                     (first.norm == "published" || first.norm == "updated" ||
                      first.norm == "posted" || first.norm == "last" || first.norm == "modified");
  const bool date_first = IsEnglishCalendarWord(first.norm) && first.capitalized;
  const bool number_first = first.kind == TokenKind::kNumber;
  if (!by && !stamp && !date_first && !number_first) return false;
  if (by && !tokens[1].capitalized) return false;
  int names = 0;
  int dates = 0;
  bool month_or_clock = date_first;
  for (std::size_t i = 1; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (t.kind == TokenKind::kNumber) {
      ++dates;
      continue;
    }
    if (IsEnglishCalendarWord(t.norm) && t.capitalized) {
      ++dates;
      month_or_clock = true;
      continue;
    }
    if (v.clock_words.Contains(t.norm)) month_or_clock = true;
    if (v.date_words.Contains(t.norm)) continue;
    if (by && t.capitalized) {
      ++names;
      continue;
    }
    if (by && v.byline_words.Contains(t.norm)) continue;
    return false;
  }
  if (by) return names >= 1 || dates >= 1;
  // "10 March 2021", "2000 GMT" (not "5 min read").
  if (number_first) return month_or_clock;
  return dates >= 1;  // a time stamp or a bare date
}

// "Home > World > Asia", "News | Politics | Europe".
bool BreadcrumbShape(std::string_view unit) {
  static constexpr std::string_view kSeparators[] = {" > ", " \xE2\x80\xBA ", " \xC2\xBB ", " / ",
                                                     " | ", " \xE2\x80\xA2 ", " \xC2\xB7 ", " :: "};
  std::vector<std::pair<std::size_t, std::size_t>> cuts;  // [begin, end)
  for (std::size_t i = 0; i < unit.size(); ++i) {
    if (unit[i] != ' ') continue;
    for (std::string_view sep : kSeparators) {
      if (unit.compare(i, sep.size(), sep) == 0) {
        cuts.emplace_back(i, i + sep.size());
        i += sep.size() - 2;  // the separator's closing space may start another
        break;
      }
    }
  }
  if (cuts.size() < 2) return false;
  std::size_t seg_begin = 0;
  for (std::size_t c = 0; c <= cuts.size(); ++c) {
    const std::size_t seg_end = c < cuts.size() ? cuts[c].first : unit.size();
    if (seg_end <= seg_begin) return false;
    const std::string_view seg = unit.substr(seg_begin, seg_end - seg_begin);
    char32_t cp;
    if (DecodeAt(seg, 0, &cp) == 0 || !(IsUpper(cp) || IsDigit(cp))) return false;
    if (std::count(seg.begin(), seg.end(), ' ') > 4) return false;
    if (c < cuts.size()) seg_begin = cuts[c].second;
  }
  return true;
}

// "Photo: Reuters", "(AP Photo/Evan Vucci)", "Image source, Getty Images",
// or a caption ending in such a credit.
bool PhotoCreditShape(std::string_view unit, const std::vector<Token>& tokens) {
  const Vocabulary& v = Vocab();
  if (tokens.empty() || tokens.size() > 40) return false;
  // A leading credit word followed by a separator.
  if (tokens.size() <= 15 && v.photo_lead.Contains(tokens[0].norm) && tokens[0].capitalized) {
    std::size_t k = 0;
    if (tokens.size() > 1 && v.photo_lead_second.Contains(tokens[1].norm)) k = 1;
    std::size_t pos = tokens[k].end;
    while (pos < unit.size() && unit[pos] == ' ') ++pos;
    if (pos < unit.size() &&
        (unit[pos] == ':' || unit[pos] == ',' || unit[pos] == '/' || unit[pos] == '|')) {
      return true;
    }
    if (k == 1 && tokens[1].norm == "by") return true;
  }
  // A closing parenthetical credit: "(AP Photo/Evan Vucci)".
  std::size_t end = unit.size();
  while (end > 0 && (unit[end - 1] == ' ' || unit[end - 1] == '.')) --end;
  if (end == 0 || unit[end - 1] != ')') return false;
  const std::size_t limit = end > 100 ? end - 100 : 0;
  std::size_t open = std::string_view::npos;
  for (std::size_t i = end - 1; i-- > limit;) {
    if (unit[i] == ')') return false;
    if (unit[i] == '(') {
      open = i;
      break;
    }
  }
  if (open == std::string_view::npos) return false;
  const std::string_view inner = unit.substr(open + 1, end - 1 - open - 1);
  if (inner.find('/') == std::string_view::npos && inner.find(':') == std::string_view::npos) {
    return false;
  }
  for (const Token& t : tokens) {
    if (t.begin > open && t.end < end && v.photo_lead.Contains(t.norm) && t.capitalized) {
      return true;
    }
  }
  return false;
}

bool CopyrightSign(std::string_view unit) {
  if (unit.find("\xC2\xA9") != std::string_view::npos) return true;  // ©
  for (std::string_view mark : {"(c) ", "(C) "}) {
    const std::size_t at = unit.find(mark);
    if (at != std::string_view::npos && at + 5 < unit.size() && IsAsciiDigit(unit[at + 4])) {
      return true;
    }
  }
  return false;
}

// A lead-in label of page furniture: up to three words of one reason's line
// vocabulary (or an imperative) and function words, then a colon: "Read
// more:", "RELATED:", "Sign up:". "Conclusion:" is not such a label.
Reason LabelShape(std::string_view unit, const std::vector<Token>& tokens, const Features& f) {
  const Vocabulary& v = Vocab();
  std::uint32_t classes = 0;
  bool any = false;
  for (std::size_t i = 0; i < tokens.size() && i < 3; ++i) {
    const Token& t = tokens[i];
    std::size_t after = t.end;
    while (after < unit.size() && unit[after] == ' ') ++after;
    if (!t.stopword) {
      std::uint32_t c = v.topic.Classes(t.norm);
      if (i == 0) c |= f.cta;
      if (c == 0) return kNone;
      classes |= c;
      any = true;
    } else if (i == 0) {
      return kNone;  // "He replies:", "The newsletter says:" introduce speech
    }
    if (after < unit.size() && unit[after] == ':') {
      if (!any) return kNone;
      for (const ReasonVocabulary& rv : kReasonVocabulary) {
        if (classes & (rv.core | rv.pure)) return rv.reason;
      }
      return kNone;
    }
  }
  return kNone;
}

Shapes FindShapes(std::string_view unit, const std::vector<Token>& tokens, const Features& f,
                  bool line_unit) {
  Shapes s;
  s.counter = CounterShape(unit, tokens);
  s.arithmetic = ArithmeticShape(unit, tokens);
  s.inline_arithmetic = !s.arithmetic && f.words <= 20 && HasArithmetic(unit);
  s.byline = BylineShape(tokens);
  const bool is_line = line_unit || !f.terminal;
  s.breadcrumb = is_line && f.words <= 15 && BreadcrumbShape(unit);
  s.photo_credit = PhotoCreditShape(unit, tokens);
  s.copyright_sign = CopyrightSign(unit);
  // "You are here": a short line of function words addressing the reader.
  s.you_are_here = is_line && f.words <= 5 && f.all_function && f.reader > 0;
  s.label = LabelShape(unit, tokens, f);
  return s;
}

struct Scored {
  Reason reason = kNone;
  double score = 0;
};

Scored ScoreUnit(const Features& f, const Shapes& s, bool line_unit) {
  std::array<double, kNumReasons> score{};
  if (f.words == 0 || f.words > kMaxJunkWords || f.quoted_all) return {};

  const bool short_unit = f.words <= kPureLineMaxWords;
  const bool is_line = line_unit || !f.terminal;
  for (const ReasonVocabulary& rv : kReasonVocabulary) {
    const int reader = rv.reader ? std::min(f.reader, kPronounCap) : 0;
    const int publisher = rv.publisher ? std::min(f.publisher, kPronounCap) : 0;
    const std::uint32_t core_mask = rv.core | (publisher > 0 ? rv.voiced : 0);
    int core = 0;
    int support = 0;
    int pure = 0;
    for (std::uint32_t c : f.topic_classes) {
      if (c & core_mask) {
        ++core;
      } else if (c & rv.support) {
        ++support;
      }
      if (c & rv.pure) ++pure;
    }
    const int topic = core > 0 ? core + support : 0;
    double x = kLexWeight * std::min(topic, kLexCap);
    // Addressing someone is evidence when the unit is about the topic, not
    // when a topic word passes by in a long sentence.
    const double address = kReaderWeight * reader + kPublisherWeight * publisher;
    if (topic > 0 && address > 0 && topic >= kMinAddressedTopicShare * std::max(f.nonstop, 1)) {
      x += address + kTopicAddressBonus;
    }
    if (rv.reader && (f.direct & rv.core)) x += kDirectAddressBonus;
    // An imperative counts when the unit is about its topic or is a short
    // line ("Sign up", "Read more").
    const bool cta_topic = (f.cta & (rv.core | rv.support)) != 0 && topic > 0;
    const bool cta_line = (f.cta & (rv.core | rv.pure)) != 0 && f.words <= 4;
    if (cta_topic || cta_line) x += kCtaWeight;
    // A short unit made of such words: on a line of its own at least half of
    // its words, in a full sentence all of them and at least two ("All
    // rights reserved.", not "I agree.").
    if (short_unit && (pure > 0 || cta_line) && f.vocab > 0) {
      const bool mostly = is_line ? 2 * f.vocab >= f.nonstop : f.vocab == f.nonstop && f.vocab >= 2;
      if (mostly) x += kPureLineBonus;
    }
    if (f.content > kLongUnitWords) {
      x -= kLongUnitPenalty * (f.content - kLongUnitWords);
    }
    score[rv.reason] = std::max(0.0, x);
  }
  auto raise = [&score](Reason r, double v) { score[r] = std::max(score[r], v); };
  if (s.counter != kNone) raise(s.counter, kShapeScore);
  if (s.label != kNone) raise(s.label, kShapeScore);
  if (s.arithmetic) raise(kCaptcha, kArithmeticScore);
  if (s.inline_arithmetic) score[kCaptcha] += kInlineArithmeticScore;
  if (s.byline) raise(kByline, kShapeScore);
  if (s.breadcrumb || s.you_are_here) raise(kNavigation, kShapeScore);
  if (s.photo_credit) raise(kBoilerplate, kShapeScore);
  if (s.copyright_sign) score[kBoilerplate] += kCopyrightSignScore;

  Scored best;
  for (int r = 1; r < kNumReasons; ++r) {
    if (score[r] > best.score) {
      best.score = score[r];
      best.reason = static_cast<Reason>(r);
    }
  }
  return best;
}

// ---------------------------------------------------------------------------
// Datelines: "WASHINGTON — ", "NEW YORK, March 10 (Reuters) - ",
// "Seoul, Jan. 4 (Yonhap) -- ". Returns the prefix length including the
// white space after the dash, or 0. With `whole`, the dateline may be all of
// `s` (a dateline on a line of its own).
std::size_t DatelinePrefix(std::string_view s, bool whole) {
  if (whole && s.size() > kMaxDatelineBytes) return 0;
  // Nothing past the limit can belong to the prefix; cutting here also keeps
  // an endless first word from being scanned to its end.
  s = s.substr(0, std::min(s.size(), 2 * kMaxDatelineBytes));
  std::size_t pos = 0;
  int caps_words = 0;
  int other_words = 0;
  bool first_caps = false;
  int caps_letters = 0;
  // Place and date words, separated by spaces and commas.
  while (pos < s.size() && pos < kMaxDatelineBytes) {
    if (s[pos] == ' ' || s[pos] == ',') {
      ++pos;
      continue;
    }
    std::size_t end = pos;
    char32_t cp;
    while (int len = DecodeAt(s, end, &cp)) {
      const bool inner_hyphen =
          cp == '-' && end > pos && end + 1 < s.size() &&
          ((s[end + 1] >= 'A' && s[end + 1] <= 'Z') || (s[end + 1] >= 'a' && s[end + 1] <= 'z'));
      if (!(IsLetter(cp) || IsDigit(cp) || cp == '.' || cp == '\'' || inner_hyphen)) {
        break;
      }
      end += static_cast<std::size_t>(len);
    }
    if (end == pos) break;
    const std::string_view word = s.substr(pos, end - pos);
    int upper, lower;
    CountCase(word, &upper, &lower);
    DecodeAt(word, 0, &cp);
    if (upper >= 2 && lower == 0) {
      if (caps_words + other_words == 0) first_caps = true;
      ++caps_words;
      caps_letters += upper;
    } else if (IsUpper(cp) || IsDigit(cp)) {
      ++other_words;
    } else {
      return 0;  // a lowercase word: prose, not a dateline
    }
    if (caps_words + other_words > 8) return 0;
    pos = end;
  }
  if (caps_words + other_words == 0) return 0;
  // An agency in parentheses: "(AP)", "(Reuters)".
  bool agency = false;
  while (pos < s.size() && s[pos] == ' ') ++pos;
  if (pos < s.size() && s[pos] == '(') {
    const std::size_t close = s.find(')', pos);
    if (close == std::string_view::npos || close - pos > 30) return 0;
    char32_t cp;
    if (DecodeAt(s, pos + 1, &cp) == 0 || !IsUpper(cp)) return 0;
    agency = true;
    pos = close + 1;
  }
  // The capitalised place must lead ("WASHINGTON", not "US Secretary") and be
  // more than an initialism ("UN", "BBC"), unless an agency vouches for it.
  if (!agency && (!first_caps || caps_letters < 4)) return 0;
  while (pos < s.size() && s[pos] == ' ') ++pos;
  // The dash: a spaced hyphen or double hyphen, or an en or em dash.
  bool spaced = true;
  if (s.substr(pos, 3) == "\xE2\x80\x94" || s.substr(pos, 3) == "\xE2\x80\x93") {
    pos += 3;
    spaced = false;
  } else if (s.substr(pos, 2) == "--") {
    pos += 2;
  } else if (s.substr(pos, 1) == "-") {
    pos += 1;
  } else {
    return 0;
  }
  const std::size_t dash_end = pos;
  while (pos < s.size()) {
    char32_t cp;
    const int len = DecodeAt(s, pos, &cp);
    if (len == 0 || !IsSpace(cp)) break;
    pos += static_cast<std::size_t>(len);
  }
  if (spaced && pos == dash_end && pos < s.size()) return 0;
  if (pos >= s.size()) return whole ? s.size() : 0;
  if (pos > kMaxDatelineBytes) return 0;
  char32_t cp;
  DecodeAt(s, pos, &cp);
  if (!(IsUpper(cp) || IsDigit(cp) || cp == '"' || cp == 0x201C)) return 0;
  return pos;
}

// A plea sentence glued to the next one: "...all the difference.Secretary".
// Returns the end of the glued sentence (just after its punctuation), or 0.
std::size_t GluePoint(std::string_view s) {
  const std::size_t limit = std::min(s.size(), kMaxGluedPrefixBytes);
  for (std::size_t i = 1; i + 1 < limit; ++i) {
    const char c = s[i];
    if (c != '.' && c != '!' && c != '?') continue;
    const char before = s[i - 1];
    const char after = s[i + 1];
    if (before >= 'a' && before <= 'z' && after >= 'A' && after <= 'Z') {
      return i + 1;
    }
  }
  return 0;
}

// A sentence's full evaluation: tokens, quotes, features, shapes, score.
struct UnitEval {
  Features features;
  Scored scored;
  bool short_verbless_line = false;
};

UnitEval Evaluate(std::string_view unit, bool line_unit, QuoteState* quotes, Tokenizer* tokenizer) {
  UnitEval e;
  const std::vector<Token> tokens = tokenizer->Tokenize(unit);
  const auto quoted = QuotedRanges(unit, quotes);
  e.features = Analyze(unit, tokens, quoted);
  const Shapes shapes = FindShapes(unit, tokens, e.features, line_unit);
  e.scored = ScoreUnit(e.features, shapes, line_unit);
  e.short_verbless_line = (line_unit || !e.features.terminal) && e.features.words > 0 &&
                          e.features.words <= kShortEdgeLineMaxWords && !e.features.has_aux;
  return e;
}

}  // namespace

std::vector<JunkVerdict> ClassifyJunk(std::string_view text,
                                      const std::vector<SentenceUnit>& units) {
  const std::size_t n = units.size();
  std::vector<JunkVerdict> verdicts(n);
  if (n == 0) return verdicts;

  Tokenizer tokenizer;
  std::vector<UnitEval> evals(n);
  std::vector<bool> analyzed(n, false);
  QuoteState quotes;
  for (std::size_t i = 0; i < n; ++i) {
    const SentenceUnit& u = units[i];
    if (i > 0 && u.paragraph != units[i - 1].paragraph) quotes = QuoteState();
    if (u.begin >= u.end || u.end > text.size() || u.end - u.begin > kMaxAnalyzedUnitBytes) {
      quotes = QuoteState();  // unknown after an unexamined unit
      continue;
    }
    evals[i] = Evaluate(text.substr(u.begin, u.end - u.begin), u.line_unit, &quotes, &tokenizer);
    analyzed[i] = true;
  }

  // The article body runs from the first to the last plain sentence; what
  // lies outside is page furniture territory.
  auto is_body = [&](std::size_t i) {
    const UnitEval& e = evals[i];
    return analyzed[i] && !units[i].line_unit && e.features.terminal &&
           e.features.words >= kBodySentenceMinWords && e.scored.score < kWeakScore;
  };
  std::size_t body_first = n;
  std::size_t body_last = n;
  for (std::size_t i = 0; i < n; ++i) {
    if (is_body(i)) {
      if (body_first == n) body_first = i;
      body_last = i;
    }
  }
  const bool has_body = body_first < n;

  // The headline: the longest line before the body that is not junk by
  // itself. Context never takes it.
  std::size_t headline = n;
  if (has_body) {
    int best_words = 0;
    for (std::size_t i = 0; i < body_first; ++i) {
      if (!analyzed[i] || evals[i].scored.score >= kStrongScore) continue;
      if (evals[i].features.words > best_words) {
        best_words = evals[i].features.words;
        headline = i;
      }
    }
  }

  std::vector<double> score(n, 0.0);
  std::vector<Reason> reason(n, kNone);
  std::vector<bool> junk(n, false);
  std::vector<bool> strong(n, false);
  for (std::size_t i = 0; i < n; ++i) {
    if (!analyzed[i]) continue;
    const UnitEval& e = evals[i];
    score[i] = e.scored.score;
    reason[i] = e.scored.reason;
    verdicts[i].score = e.scored.score;
    const bool top = has_body && i < body_first;
    const bool bottom = has_body && i > body_last;
    if ((top || bottom) && score[i] > 0) score[i] += kEdgeBonus;
    // Below the article, short verbless lines are tags and link labels. Above
    // it they are as often the venue or place of the story, so they are left
    // to their own evidence there.
    if (bottom && e.short_verbless_line && score[i] < kShortEdgeLineScore) {
      score[i] = kShortEdgeLineScore;
      if (reason[i] == kNone) reason[i] = kBoilerplate;
    }
    strong[i] = score[i] >= kStrongScore;
    junk[i] = strong[i];
  }

  // Weak evidence next to junk joins it, in both directions, so a run of
  // page furniture goes together.
  auto join = [&](std::size_t i, std::size_t from) {
    if (junk[i] || i == headline || score[i] < kWeakScore) return;
    junk[i] = true;
    if (reason[i] == kNone) reason[i] = reason[from];
  };
  for (std::size_t i = 1; i < n; ++i) {
    if (junk[i - 1]) join(i, i - 1);
  }
  for (std::size_t i = n - 1; i-- > 0;) {
    if (junk[i + 1]) join(i, i + 1);
  }

  // A donation plea is a block: units between plea units go with them.
  std::size_t last_plea = n;
  for (std::size_t i = 0; i < n; ++i) {
    if (!junk[i] || reason[i] != kDonationPlea) continue;
    if (last_plea != n && i - last_plea > 1 &&
        i - last_plea - 1 <= static_cast<std::size_t>(kMaxPleaGap) &&
        (strong[i] || strong[last_plea])) {
      for (std::size_t k = last_plea + 1; k < i; ++k) {
        if (k == headline) continue;
        junk[k] = true;
        reason[k] = kDonationPlea;
      }
    }
    last_plea = i;
  }

  for (std::size_t i = 0; i < n; ++i) {
    if (junk[i]) {
      verdicts[i].junk = true;
      verdicts[i].reason = kReasonNames[reason[i]];
    }
  }

  // A plea sentence glued to the first sentence after a plea block.
  for (std::size_t i = 1; i < n; ++i) {
    if (junk[i] || !junk[i - 1] || reason[i - 1] != kDonationPlea) continue;
    const SentenceUnit& u = units[i];
    if (u.begin >= u.end || u.end > text.size()) continue;
    const std::string_view s = text.substr(u.begin, u.end - u.begin);
    const std::size_t glue = GluePoint(s);
    if (glue == 0) continue;
    QuoteState fresh;
    const UnitEval e = Evaluate(s.substr(0, glue), false, &fresh, &tokenizer);
    if (e.scored.reason == kDonationPlea && e.scored.score >= kWeakScore) {
      verdicts[i].strip_prefix = glue;
      verdicts[i].reason = kReasonNames[kDonationPlea];
    }
  }

  // A dateline opens the first sentence of the body; one on a line of its
  // own before the body is junk.
  for (std::size_t i = 0; i < n; ++i) {
    const SentenceUnit& u = units[i];
    if (junk[i] || u.begin >= u.end || u.end > text.size()) continue;
    std::string_view s = text.substr(u.begin, u.end - u.begin);
    if (u.line_unit) {
      if (has_body && i < body_first && i != headline &&
          DatelinePrefix(s, /*whole=*/true) == s.size()) {
        verdicts[i].junk = true;
        verdicts[i].reason = kReasonNames[kDateline];
      }
      continue;
    }
    const std::size_t skip = verdicts[i].strip_prefix;
    const std::size_t prefix = DatelinePrefix(s.substr(skip), false);
    if (prefix > 0 && skip + prefix < s.size()) {
      verdicts[i].strip_prefix = skip + prefix;
      if (skip == 0) verdicts[i].reason = kReasonNames[kDateline];
    }
    break;
  }
  return verdicts;
}

}  // namespace internal
}  // namespace precis
