#include "facts/key_facts.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <unordered_map>

#include "lex/word_set.h"
#include "text/unicode.h"

namespace precis {
namespace internal {
namespace {

// ---------------------------------------------------------------------------
// Limits. Work per sentence and the number of candidates are capped so that a
// large input stays linear.
constexpr std::size_t kMaxTokensPerSentence = 400;
constexpr std::size_t kMaxCandidates = 4000;
constexpr std::size_t kMaxAnalysed = 20000;
constexpr std::size_t kMaxQuotesPerSentence = 8;
constexpr std::size_t kMinBulletWords = 5;
constexpr std::size_t kMaxSourceWords = 80;
constexpr std::size_t kLongBulletWords = 16;
constexpr std::size_t kMinHeadWords = 7;
// A bullet from a sentence other than the article's first one is cut before
// a subordinate clause when it has more than kBudgetWords words, keeping at
// least kBudgetHeadWords. On CNN/DailyMail the highlights restate the
// opening sentence nearly whole, the later ones much less.
constexpr std::size_t kBudgetWords = 18;
constexpr std::size_t kBudgetHeadWords = 10;
// Words before a relative clause that are too few to hold a main clause.
constexpr std::size_t kShortOpening = 6;
// Past the first three bullets, a sentence must add at least this much new
// fact weight (more than a lone place or organisation).
constexpr double kMinExtraFact = 1.5;
constexpr double kPronounPenalty = 0.7;
constexpr double kNoFactPenalty = 0.8;
constexpr double kDuplicateNewFacts = 3.0;
// The lead preference of the sentence prior (see ExtractKeyFacts).
constexpr double kLeadBoost = 8.0;
constexpr double kLeadDecay = 3.0;
constexpr double kLeadLongWords = 25.0;

// ---------------------------------------------------------------------------
// Word lists (case-folded).

constexpr std::string_view kMonthWords[] = {
    "apr", "april",   "aug",      "august", "dec",     "december", "feb",  "february",
    "jan", "january", "jul",      "july",   "jun",     "june",     "mar",  "march",
    "may", "nov",     "november", "oct",    "october", "sep",      "sept", "september"};
constexpr std::string_view kWeekdayWords[] = {"friday",   "monday",  "saturday", "sunday",
                                              "thursday", "tuesday", "wednesday"};
// Words before a bare year that make it a date ("in 2024", "since 1990").
constexpr std::string_view kYearLeadWords[] = {
    "after", "around", "before", "between", "by",      "during", "early", "from", "in",
    "late",  "mid",    "of",     "since",   "through", "till",   "to",    "until"};
constexpr std::string_view kDateRangeWords[] = {"and", "through", "to", "until"};
constexpr std::string_view kScaleWords[] = {
    "b",        "bil", "billion", "billions", "bln",       "bn",       "k",         "m", "million",
    "millions", "mln", "mn",      "thousand", "thousands", "trillion", "trillions", "tn"};
constexpr std::string_view kCurrencyWords[] = {
    "baht",   "cny",    "dollar", "dollars", "eur",     "euro",   "euros",   "franc", "francs",
    "gbp",    "jpy",    "krona",  "kronor",  "krw",     "naira",  "peso",    "pesos", "pound",
    "pounds", "rand",   "real",   "reais",   "ringgit", "rouble", "roubles", "ruble", "rubles",
    "rupee",  "rupees", "rupiah", "shekel",  "shekels", "usd",    "won",     "yen",   "yuan"};
constexpr std::string_view kPercentWords[] = {"pc", "pct", "percent", "percentage"};
constexpr std::string_view kNumberWords[] = {
    "billions",  "dozen",    "dozens",  "eight",    "eighteen", "eighty",   "eleven",
    "fifteen",   "fifty",    "five",    "forty",    "four",     "fourteen", "hundred",
    "hundreds",  "millions", "nine",    "nineteen", "ninety",   "seven",    "seventeen",
    "seventy",   "six",      "sixteen", "sixty",    "ten",      "thirteen", "thirty",
    "thousands", "three",    "twelve",  "twenty",   "two"};
// Titles that make the capitalised name after them a person.
constexpr std::string_view kTitleWords[] = {"admiral",      "ambassador",
                                            "archbishop",   "attorney",
                                            "bishop",       "ceo",
                                            "chair",        "chairman",
                                            "chairwoman",   "chancellor",
                                            "chief",        "coach",
                                            "col",          "colonel",
                                            "commander",    "commissioner",
                                            "congressman",  "congresswoman",
                                            "councillor",   "councilman",
                                            "councilwoman", "captain",
                                            "deputy",       "director",
                                            "dr",           "emperor",
                                            "envoy",        "founder",
                                            "gen",          "general",
                                            "gov",          "governor",
                                            "judge",        "justice",
                                            "king",         "leader",
                                            "lieutenant",   "lord",
                                            "lt",           "manager",
                                            "mayor",        "minister",
                                            "mp",           "mr",
                                            "mrs",          "ms",
                                            "officer",      "pope",
                                            "premier",      "president",
                                            "prince",       "princess",
                                            "prof",         "professor",
                                            "prosecutor",   "queen",
                                            "rep",          "representative",
                                            "secretary",    "sen",
                                            "senator",      "sergeant",
                                            "sgt",          "sheikh",
                                            "sir",          "speaker",
                                            "spokesman",    "spokesperson",
                                            "spokeswoman",  "sultan"};
// Words that qualify a title ("Finance Minister", "Vice President").
constexpr std::string_view kRoleQualifierWords[] = {
    "agriculture", "defence",     "defense",     "deputy",  "economy", "education",
    "energy",      "environment", "finance",     "foreign", "health",  "home",
    "industry",    "interior",    "justice",     "labor",   "labour",  "prime",
    "trade",       "transport",   "unification", "vice"};
// Abbreviated titles written with a dot ("Mr.", "Dr.").
constexpr std::string_view kDottedTitles[] = {"col", "dr",   "gen", "gov", "lt",  "mr", "mrs",
                                              "ms",  "prof", "rep", "sen", "sgt", "st"};
constexpr std::string_view kOrgWords[] = {
    "academy",     "administration", "agency",     "airlines",     "army",         "assembly",
    "association", "authority",      "bank",       "board",        "branch",       "bureau",
    "cabinet",     "center",         "centre",     "co",           "college",      "commission",
    "committee",   "company",        "congress",   "corp",         "corporation",  "council",
    "court",       "department",     "federation", "foundation",   "fund",         "government",
    "group",       "hospital",       "inc",        "institute",    "journal",      "laboratory",
    "league",      "library",        "ltd",        "ministry",     "museum",       "navy",
    "network",     "news",           "office",     "organisation", "organization", "parliament",
    "party",       "pentagon",       "plc",        "police",       "post",         "press",
    "reserve",     "school",         "senate",     "service",      "society",      "studios",
    "tribune",     "union",          "university"};
// Words that make a capitalised span a place ("Wharf Street", "Port
// Ellis", "Lake Tahoe").
constexpr std::string_view kPlaceWords[] = {
    "avenue",  "bay",       "beach",   "boulevard", "bridge", "canyon",    "cape",
    "city",    "coast",     "county",  "district",  "fort",   "gulf",      "harbor",
    "harbour", "island",    "islands", "lake",      "mount",  "mountains", "ocean",
    "park",    "peninsula", "port",    "province",  "region", "river",     "road",
    "sea",     "square",    "strait",  "street",    "valley"};
// Places: countries, large cities and regions (folded; multi-word entries
// are matched against the whole capitalised span).
constexpr std::string_view kPlaceNames[] = {
    "afghanistan",  "africa",         "alaska",        "albania",      "algeria",
    "america",      "americas",       "amsterdam",     "ankara",       "antarctica",
    "arctic",       "argentina",      "armenia",       "asia",         "athens",
    "atlantic",     "australia",      "austria",       "azerbaijan",   "baghdad",
    "bahrain",      "bangkok",        "bangladesh",    "beijing",      "beirut",
    "belarus",      "belgium",        "berlin",        "bolivia",      "bosnia",
    "brazil",       "brussels",       "budapest",      "bulgaria",     "busan",
    "cairo",        "california",     "cambodia",      "cameroon",     "canada",
    "caribbean",    "chile",          "china",         "colombia",     "congo",
    "croatia",      "cuba",           "cyprus",        "czechia",      "damascus",
    "delhi",        "denmark",        "dubai",         "ecuador",      "egypt",
    "england",      "estonia",        "ethiopia",      "eu",           "europe",
    "finland",      "florida",        "france",        "gaza",         "georgia",
    "germany",      "ghana",          "greece",        "guam",         "haiti",
    "hanoi",        "havana",         "hawaii",        "helsinki",     "hiroshima",
    "hungary",      "iceland",        "india",         "indo-pacific", "indonesia",
    "iran",         "iraq",           "ireland",       "islamabad",    "israel",
    "istanbul",     "italy",          "jakarta",       "japan",        "jerusalem",
    "jordan",       "kabul",          "kazakhstan",    "kenya",        "kiev",
    "korea",        "kosovo",         "kuwait",        "kyiv",         "laos",
    "latvia",       "lebanon",        "libya",         "lisbon",       "lithuania",
    "london",       "los angeles",    "madrid",        "malaysia",     "manila",
    "mexico",       "middle east",    "minsk",         "mongolia",     "morocco",
    "moscow",       "mumbai",         "myanmar",       "nepal",        "netherlands",
    "new delhi",    "new york",       "new zealand",   "nigeria",      "north korea",
    "norway",       "oman",           "osaka",         "ottawa",       "pacific",
    "pakistan",     "palestine",      "panama",        "paris",        "peru",
    "philippines",  "poland",         "portugal",      "pyongyang",    "qatar",
    "riyadh",       "romania",        "rome",          "russia",       "rwanda",
    "saudi arabia", "scotland",       "seoul",         "serbia",       "shanghai",
    "singapore",    "slovakia",       "slovenia",      "somalia",      "south africa",
    "south korea",  "spain",          "sri lanka",     "stockholm",    "sudan",
    "sweden",       "switzerland",    "sydney",        "syria",        "taipei",
    "taiwan",       "tehran",         "tel aviv",      "texas",        "thailand",
    "tokyo",        "toronto",        "tunisia",       "turkey",       "u.k",
    "u.s",          "u.s.a",          "uae",           "uganda",       "uk",
    "ukraine",      "united kingdom", "united states", "uruguay",      "us",
    "usa",          "uzbekistan",     "venezuela",     "vienna",       "vietnam",
    "wales",        "warsaw",         "washington",    "west bank",    "yemen",
    "zambia",       "zimbabwe"};
// Words before a capitalised span that mark it as a place.
constexpr std::string_view kPlacePrepositions[] = {"across", "at", "from",   "in",     "into",
                                                   "near",   "to", "toward", "towards"};
// Reporting verbs (an attribution or the speaker of a quote).
constexpr std::string_view kSpeechVerbs[] = {
    "acknowledged", "added",     "admitted",  "announced", "argued",   "asked",
    "claimed",      "cautioned", "commented", "confirmed", "declared", "explained",
    "insisted",     "noted",     "remarked",  "replied",   "reported", "revealed",
    "said",         "say",       "says",      "stated",    "stressed", "suggested",
    "tells",        "told",      "tweeted",   "warned",    "wrote"};
// Words that open a subordinate clause.
constexpr std::string_view kSubordinators[] = {"although", "as",     "because", "if",      "since",
                                               "though",   "unless", "when",    "whereas", "while"};
// Verbs that introduce a quotation without being an attribution clause.
constexpr std::string_view kQuoteVerbs[] = {"call",   "called", "calling", "calls",  "described",
                                            "dubbed", "saying", "writes",  "writing"};
// Sentence-initial connectives that are safe to drop (followed by a comma
// unless marked otherwise below).
constexpr std::string_view kConnectives[] = {
    "additionally", "also", "besides", "consequently", "furthermore", "however", "indeed",
    "meanwhile", "moreover", "nevertheless", "nonetheless", "notably", "separately", "similarly",
    "still", "thus", "therefore", "instead", "overall",
    // sentence adverbs
    "amazingly", "clearly", "curiously", "fortunately", "incredibly", "interestingly", "ironically",
    "luckily", "obviously", "remarkably", "sadly", "surprisingly", "thankfully", "tragically",
    "unfortunately", "unsurprisingly"};
// Connectives dropped even without a comma.
constexpr std::string_view kBareConnectives[] = {"and", "but", "so", "yet"};
// Two- and three-word connectives, written with single spaces.
constexpr std::string_view kPhraseConnectives[] = {
    "as a result", "at the same time",  "by contrast", "for example",    "for instance",
    "in addition", "in contrast",       "in fact",     "in other words", "in this context",
    "in turn",     "on the other hand", "of course"};
// Words that open a final clause that can be dropped when it holds no value
// (money, percentage or date).
constexpr std::string_view kTrailingClauseWords[] = {"which", "who"};
// Words that open an adjunct after a complete clause: a cut before them
// leaves a sentence.
constexpr std::string_view kAdjunctWords[] = {
    "after",     "although", "amid",   "and",   "as",   "because", "before", "but",  "despite",
    "following", "since",    "though", "until", "when", "whereas", "while",  "with", "without"};

// Words that cannot end a clause: a cut right after them leaves it
// unfinished ("... told CNN that.").
constexpr std::string_view kDanglingWords[] = {
    "a",     "about",   "after",   "an",   "and", "are",   "as",     "at",     "be",
    "been",  "because", "before",  "but",  "by",  "can",   "could",  "during", "for",
    "from",  "had",     "has",     "have", "if",  "in",    "into",   "is",     "may",
    "might", "must",    "of",      "on",   "or",  "over",  "should", "since",  "than",
    "that",  "the",     "through", "till", "to",  "until", "was",    "were",   "whether",
    "will",  "with",    "within",  "would"};
// Words that qualify the clause after them ("even though", "just as",
// "only when"): no cut between them and it.
constexpr std::string_view kQualifierWords[] = {"especially",   "even",  "just",    "long", "only",
                                                "particularly", "right", "shortly", "so",   "soon"};
// Lower-case words after the closing comma of an aside that show the list
// or clause goes on instead of the main clause ("Seoul, which ..., and
// Tokyo"): the aside is then not dropped.
constexpr std::string_view kNoContinuationWords[] = {
    "a",  "an", "and",  "as",   "at",  "but",  "by", "for",   "from",  "in",    "nor", "of",  "on",
    "or", "so", "than", "that", "the", "then", "to", "whose", "where", "which", "who", "with"};
// News agencies named in a dateline ("LONDON (Reuters) --").
constexpr std::string_view kAgencyWords[] = {"ansa",  "bernama", "bloomberg", "dpa",   "efe",
                                             "kyodo", "reuters", "xinhua",    "yonhap"};
// Time spans that a following "after" or "before" belongs to ("a day
// after", "weeks before").
constexpr std::string_view kTimeUnitWords[] = {
    "day",   "days",   "hour", "hours", "minute", "minutes", "moment", "moments",
    "month", "months", "time", "times", "week",   "weeks",   "year",   "years"};
// Words whose complement follows them ("come after a slow summer", "to see
// if", "such as", "remain as the club's striker").
constexpr std::string_view kGoverningWords[] = {
    "act",    "acted",    "acts",    "ask",      "asked",     "be",        "being",  "came",
    "come",   "comes",    "coming",  "continue", "continued", "continues", "decide", "know",
    "remain", "remained", "remains", "see",      "serve",     "served",    "serves", "stay",
    "stayed", "stays",    "such",    "wonder",   "work",      "worked",    "works"};
// Words after "and" that open a second verb phrase ("and has also
// attracted", "and then treats").
constexpr std::string_view kConjunctOpenerWords[] = {"also", "could", "had",  "has",  "have",
                                                     "is",   "later", "now",  "then", "was",
                                                     "were", "will",  "would"};
// Words after "as" or "since" that open a clause with its own subject ("as he
// took up position", "as the season begins"), not a role ("as a special
// adviser") or a comparison ("as high as").
constexpr std::string_view kClauseSubjectWords[] = {"he",    "her",  "his",  "i",   "it",
                                                    "its",   "my",   "our",  "she", "the",
                                                    "their", "they", "this", "we",  "you"};
// Time words of a relative time adjunct ("last week", "this season").
constexpr std::string_view kRelTimeUnitWords[] = {"autumn", "month",   "season", "spring", "summer",
                                                  "week",   "weekend", "winter", "year"};
constexpr std::string_view kDayPartWords[] = {"afternoon", "evening", "morning", "night"};

const WordSet& Months() {
  static const WordSet s(kMonthWords);
  return s;
}
const WordSet& Weekdays() {
  static const WordSet s(kWeekdayWords);
  return s;
}
const WordSet& YearLeads() {
  static const WordSet s(kYearLeadWords);
  return s;
}
const WordSet& RangeWords() {
  static const WordSet s(kDateRangeWords);
  return s;
}
const WordSet& Scales() {
  static const WordSet s(kScaleWords);
  return s;
}
const WordSet& Currencies() {
  static const WordSet s(kCurrencyWords);
  return s;
}
const WordSet& PercentWords() {
  static const WordSet s(kPercentWords);
  return s;
}
const WordSet& NumberWords() {
  static const WordSet s(kNumberWords);
  return s;
}
const WordSet& Titles() {
  static const WordSet s(kTitleWords);
  return s;
}
const WordSet& RoleQualifiers() {
  static const WordSet s(kRoleQualifierWords);
  return s;
}
const WordSet& DottedTitles() {
  static const WordSet s(kDottedTitles);
  return s;
}
const WordSet& OrgWords() {
  static const WordSet s(kOrgWords);
  return s;
}
const WordSet& PlaceWords() {
  static const WordSet s(kPlaceWords);
  return s;
}
const WordSet& Places() {
  static const WordSet s(kPlaceNames);
  return s;
}
const WordSet& PlacePreps() {
  static const WordSet s(kPlacePrepositions);
  return s;
}
const WordSet& SpeechVerbs() {
  static const WordSet s(kSpeechVerbs);
  return s;
}
const WordSet& QuoteVerbs() {
  static const WordSet s(kQuoteVerbs);
  return s;
}
const WordSet& Connectives() {
  static const WordSet s(kConnectives);
  return s;
}
const WordSet& BareConnectives() {
  static const WordSet s(kBareConnectives);
  return s;
}
const WordSet& AdjunctWords() {
  static const WordSet s(kAdjunctWords);
  return s;
}
const WordSet& TrailingClause() {
  static const WordSet s(kTrailingClauseWords);
  return s;
}
const WordSet& Qualifiers() {
  static const WordSet s(kQualifierWords);
  return s;
}
const WordSet& Dangling() {
  static const WordSet s(kDanglingWords);
  return s;
}
const WordSet& NoContinuation() {
  static const WordSet s(kNoContinuationWords);
  return s;
}
const WordSet& Agencies() {
  static const WordSet s(kAgencyWords);
  return s;
}
const WordSet& Governing() {
  static const WordSet s(kGoverningWords);
  return s;
}
const WordSet& ConjunctOpeners() {
  static const WordSet s(kConjunctOpenerWords);
  return s;
}
const WordSet& ClauseSubjects() {
  static const WordSet s(kClauseSubjectWords);
  return s;
}
const WordSet& TimeUnits() {
  static const WordSet s(kTimeUnitWords);
  return s;
}
const WordSet& RelTimeUnits() {
  static const WordSet s(kRelTimeUnitWords);
  return s;
}
const WordSet& DayParts() {
  static const WordSet s(kDayPartWords);
  return s;
}

// ---------------------------------------------------------------------------
// Kinds, in the fixed output order, with the weight each adds to a sentence.

enum Kind { kMoney, kPercent, kQuantity, kDate, kPerson, kPlace, kOrg, kQuote, kNumKinds };
constexpr const char* kKindNames[kNumKinds] = {"money",  "percent", "quantity",     "date",
                                               "person", "place",   "organization", "quote"};

// Weights: values (money, percentages, full dates) say the most; names
// are common in news sentences and count less.
constexpr double kWMoney = 4.0;
constexpr double kWPercent = 3.0;
constexpr double kWDate = 2.5;          // day and month, or month and year
constexpr double kWDatePartial = 1.75;  // a month or a year alone
constexpr double kWWeekday = 0.5;
constexpr double kWQuantity = 1.5;
constexpr double kWPersonRole = 2.0;
constexpr double kWPerson = 1.25;
constexpr double kWPlace = 0.75;
constexpr double kWOrg = 0.75;
constexpr double kWQuote = 1.5;

struct Span {
  std::size_t begin = 0;  // byte offsets into the document text
  std::size_t end = 0;
  Kind kind = kMoney;
  double weight = 0;
  // A quote's speaker: the person or organisation span of the sentence
  // nearest to the quote, outside it (begin == end when there is none).
  std::size_t speaker_begin = 0;
  std::size_t speaker_end = 0;
};

// ---------------------------------------------------------------------------
// Character helpers.

bool IsOpenQuote(char32_t cp) {
  return cp == 0x201C || cp == 0x201E || cp == 0x00AB || cp == 0x2018;
}
bool IsCloseQuote(char32_t cp) { return cp == 0x201D || cp == 0x00BB || cp == 0x2019; }
bool IsDash(char32_t cp) { return cp == 0x2014 || cp == 0x2013; }

// Whether `s` has only white space.
bool Blank(std::string_view s) {
  for (std::size_t p = 0; p < s.size();) {
    char32_t cp;
    const int len = DecodeAt(s, p, &cp);
    if (len == 0) break;
    if (!IsSpace(cp)) return false;
    p += static_cast<std::size_t>(len);
  }
  return true;
}

std::string Ascii(std::string_view norm) {
  std::string out;
  out.reserve(norm.size());
  for (char ch : norm) {
    if (ch != '.') out.push_back(ch);
  }
  return out;
}

// A plain decimal number (digits with '.' or ',' separators) -> value.
bool NumberValue(std::string_view s, double* value) {
  double v = 0;
  double frac = 0;
  bool any = false;
  for (char ch : s) {
    if (ch >= '0' && ch <= '9') {
      any = true;
      if (frac > 0) {
        v += (ch - '0') * frac;
        frac /= 10;
      } else {
        v = v * 10 + (ch - '0');
      }
    } else if (ch == '.') {
      if (frac > 0) return false;
      frac = 0.1;
    } else if (ch != ',') {
      return false;
    }
  }
  *value = v;
  return any;
}

bool IsDayNumber(const Token& t) {
  if (t.kind == TokenKind::kNumber) {
    double v;
    return t.norm.size() <= 2 && NumberValue(t.norm, &v) && v >= 1 && v <= 31;
  }
  // "4th", "21st"
  const std::string& n = t.norm;
  if (n.size() < 3 || n.size() > 4) return false;
  const std::string suffix = n.substr(n.size() - 2);
  if (suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") return false;
  double v;
  return NumberValue(n.substr(0, n.size() - 2), &v) && v >= 1 && v <= 31;
}

bool IsYearNumber(const Token& t) {
  if (t.kind != TokenKind::kNumber || t.norm.size() != 4) return false;
  double v;
  return NumberValue(t.norm, &v) && v >= 1800 && v <= 2100;
}

// ---------------------------------------------------------------------------
// Document-wide facts about capitalisation, used to tell names from words
// that are capitalised only because they start a sentence.

struct CaseStats {
  // folded word -> (capitalised not at a sentence start, lower case)
  std::unordered_map<std::string, std::pair<int, int>> counts;

  bool NameLikeAtStart(const std::string& norm) const {
    auto it = counts.find(norm);
    if (it == counts.end()) return false;
    return it->second.first > 0 && it->second.second == 0;
  }
};

// Cap for the statistics pass: tokens beyond it are not counted.
constexpr std::size_t kMaxCaseTokens = 1000000;

CaseStats BuildCaseStats(const Document& doc) {
  CaseStats stats;
  std::size_t seen = 0;
  for (const DocSentence& s : doc.sentences) {
    for (std::size_t k = 1; k < s.tokens.size(); ++k) {
      const Token& t = s.tokens[k];
      if (t.kind != TokenKind::kWord) continue;
      if (++seen > kMaxCaseTokens) return stats;
      auto& c = stats.counts[t.norm];
      if (t.capitalized) {
        ++c.first;
      } else {
        ++c.second;
      }
    }
  }
  return stats;
}

// ---------------------------------------------------------------------------
// One sentence being analysed.

class SentenceFacts {
 public:
  SentenceFacts(const Document& doc, std::size_t index, const CaseStats& stats)
      : text_(doc.text), s_(doc.sentences[index]), stats_(stats) {
    n_ = std::min(s_.tokens.size(), kMaxTokensPerSentence);
    used_.assign(n_, 0);
  }

  std::vector<Span> Find() {
    FindQuotes();
    FindMoneyAndPercent();
    FindDates();
    FindNames();
    FindQuantities();
    std::sort(spans_.begin(), spans_.end(), [](const Span& a, const Span& b) {
      if (a.begin != b.begin) return a.begin < b.begin;
      return a.end > b.end;
    });
    return spans_;
  }

 private:
  const Token& T(std::size_t k) const { return s_.tokens[k]; }
  std::string_view Norm(std::size_t k) const { return T(k).norm; }

  // Text between token k-1 (or the sentence start) and token k.
  std::string_view GapBefore(std::size_t k) const {
    const std::size_t from = k == 0 ? s_.begin : T(k - 1).end;
    return text_.substr(from, T(k).begin - from);
  }
  // Text between token k and token k+1 (or the sentence end).
  std::string_view GapAfter(std::size_t k) const {
    const std::size_t to = k + 1 < n_ ? T(k + 1).begin : s_.end;
    return text_.substr(T(k).end, to - T(k).end);
  }
  bool Word(std::size_t k) const { return T(k).kind == TokenKind::kWord; }
  bool Number(std::size_t k) const { return T(k).kind == TokenKind::kNumber; }

  // End of token k including the final dot of an initialism or a dotted
  // title ("U.S.", "Mr.").
  std::size_t EndWithDot(std::size_t k) const {
    const Token& t = T(k);
    if (t.end < s_.end && text_[t.end] == '.' &&
        (t.norm.find('.') != std::string::npos || DottedTitles().Contains(t.norm))) {
      return t.end + 1;
    }
    return t.end;
  }

  // Tokens k and k+1 are separated by white space only (or a dot that
  // belongs to an initialism, or a hyphen inside a compound name).
  bool Tight(std::size_t k) const {
    if (k + 1 >= n_) return false;
    const std::size_t from = EndWithDot(k);
    const std::string_view gap = text_.substr(from, T(k + 1).begin - from);
    if (Blank(gap)) return true;
    if (gap == "-" || gap == "\xE2\x80\x90" || gap == "\xE2\x80\x91") return true;
    return false;
  }

  bool Free(std::size_t b, std::size_t e) const {
    for (std::size_t k = b; k < e; ++k) {
      if (used_[k]) return false;
    }
    return true;
  }
  void Add(std::size_t first, std::size_t last, Kind kind, double weight, bool mark = true) {
    Span sp;
    sp.begin = T(first).begin;
    sp.end = EndWithDot(last);
    if (kind == kPerson || kind == kPlace || kind == kOrg) {
      const std::string_view w = text_.substr(T(last).begin, T(last).end - T(last).begin);
      if (w.size() > 2 && w.substr(w.size() - 2) == "'s") sp.end = T(last).end - 2;
      if (w.size() > 4 && w.substr(w.size() - 4) == "\xE2\x80\x99s") sp.end = T(last).end - 4;
    }
    sp.kind = kind;
    sp.weight = weight;
    spans_.push_back(sp);
    if (mark) {
      for (std::size_t k = first; k <= last; ++k) used_[k] = 1;
    }
  }

  // Whether the token starts the sentence or follows an opening quote or a
  // colon: its capital says nothing about it being a name.
  bool ClauseInitial(std::size_t k) const {
    if (k == 0) return true;
    const std::string_view gap = GapBefore(k);
    for (std::size_t p = 0; p < gap.size();) {
      char32_t cp;
      const int len = DecodeAt(gap, p, &cp);
      if (len == 0) break;
      if (IsOpenQuote(cp) || cp == '"' || cp == ':') return true;
      p += static_cast<std::size_t>(len);
    }
    return false;
  }

  // A capitalised word that may be part of a name.
  bool NameWord(std::size_t k) const {
    const Token& t = T(k);
    if (t.kind != TokenKind::kWord || !t.capitalized) return false;
    if (t.stopword && !Acronym(k)) return false;  // "The", but "US"
    if (!ClauseInitial(k)) return true;
    const std::string ascii = Ascii(t.norm);
    if (Places().Contains(t.norm) || Titles().Contains(ascii) || Months().Contains(ascii) ||
        Weekdays().Contains(ascii)) {
      return true;
    }
    // "Finance Minister ...": a qualifier before a title.
    if (RoleQualifiers().Contains(t.norm) && k + 1 < n_ && Tight(k) &&
        Titles().Contains(Ascii(T(k + 1).norm))) {
      return true;
    }
    // All capitals ("NATO") or inner capitals ("McDonald", "U.S.").
    const std::string_view surface = text_.substr(t.begin, t.end - t.begin);
    for (std::size_t p = 0; p < surface.size();) {
      char32_t cp;
      const int len = DecodeAt(surface, p, &cp);
      if (len == 0) break;
      if (p > 0 && IsUpper(cp)) return true;
      p += static_cast<std::size_t>(len);
    }
    return stats_.NameLikeAtStart(t.norm);
  }

  // ---- quotes ------------------------------------------------------------
  void FindQuotes() {
    const std::string_view sent = text_.substr(s_.begin, s_.end - s_.begin);
    std::size_t open = std::string_view::npos;
    bool straight = false;
    std::size_t quotes = 0;
    for (std::size_t p = 0; p < sent.size();) {
      char32_t cp;
      const int len = DecodeAt(sent, p, &cp);
      if (len == 0) break;
      const std::size_t here = p;
      p += static_cast<std::size_t>(len);
      if (open == std::string_view::npos) {
        if (cp == 0x201C || cp == 0x201E || cp == 0x00AB) {
          open = here;
          straight = false;
        } else if (cp == '"') {
          open = here;
          straight = true;
        }
      } else if ((straight && cp == '"') || (!straight && (cp == 0x201D || cp == 0x00BB))) {
        if (++quotes > kMaxQuotesPerSentence) return;
        AddQuote(s_.begin + open, s_.begin + p);
        open = std::string_view::npos;
      }
    }
  }

  void AddQuote(std::size_t begin, std::size_t end) {
    std::size_t inside = 0;
    bool speaker = false;
    bool verb = false;
    for (std::size_t k = 0; k < n_; ++k) {
      const Token& t = T(k);
      if (t.begin >= begin && t.end <= end) {
        ++inside;
        continue;
      }
      if (t.kind != TokenKind::kWord) continue;
      if (SpeechVerbs().Contains(t.norm) || QuoteVerbs().Contains(t.norm)) verb = true;
      if (t.capitalized && !t.stopword && !ClauseInitial(k)) speaker = true;
      if (ClauseInitial(k) && NameWord(k)) speaker = true;
    }
    if (inside < 3 || !verb || !speaker) return;
    Span sp;
    sp.begin = begin;
    sp.end = end;
    sp.kind = kQuote;
    sp.weight = kWQuote;
    spans_.push_back(sp);
  }

  // ---- money and percentages ----------------------------------------------
  // Currency symbol at the end of the gap before token k.
  bool SymbolBefore(std::size_t k) const {
    std::string_view gap = GapBefore(k);
    while (!gap.empty() && (gap.back() == ' ')) gap.remove_suffix(1);
    if (gap.empty()) return false;
    const std::size_t last = PrevCodePoint(gap, gap.size());
    char32_t cp;
    DecodeAt(gap, last, &cp);
    return cp == '$' || cp == 0x20AC || cp == 0x00A3 || cp == 0x00A5 || cp == 0x20A9 ||
           cp == 0x20B9 || cp == 0x20BD || cp == 0x20BA;
  }

  // Number-like token: digits, or digits with a scale suffix ("5m", "3bn").
  bool Numeric(std::size_t k, bool* has_scale) const {
    *has_scale = false;
    if (Number(k)) return true;
    const std::string& n = T(k).norm;
    std::size_t d = 0;
    while (d < n.size() && ((n[d] >= '0' && n[d] <= '9') || n[d] == '.' || n[d] == ',')) ++d;
    if (d == 0 || d == n.size()) return false;
    if (Scales().Contains(n.substr(d))) {
      *has_scale = true;
      return true;
    }
    return false;
  }

  void FindMoneyAndPercent() {
    for (std::size_t k = 0; k < n_; ++k) {
      if (used_[k]) continue;
      bool scaled = false;
      if (!Numeric(k, &scaled)) continue;
      std::size_t last = k;
      if (!scaled && k + 1 < n_ && Tight(k) && Scales().Contains(Norm(k + 1))) {
        last = k + 1;
      }
      // A currency code or word right before the number: "US$", "USD 5".
      std::size_t first = k;
      bool money = SymbolBefore(k);
      if (money && k > 0 && GapBefore(k).size() <= 2 &&
          (Norm(k - 1) == "us" || Norm(k - 1) == "a" || Norm(k - 1) == "hk" ||
           Norm(k - 1) == "c") &&
          T(k - 1).capitalized) {
        first = k - 1;  // "US$" - the symbol follows the country prefix
      }
      if (!money && k > 0 && Tight(k - 1) && Currencies().Contains(Norm(k - 1)) &&
          T(k - 1).norm.size() == 3) {
        money = true;
        first = k - 1;  // "USD 5 million"
      }
      if (last + 1 < n_ && Tight(last) && Currencies().Contains(Norm(last + 1))) {
        money = true;
        ++last;  // "5 million euros", "$3.64 billion dollars"
      }
      if (money) {
        Span sp;
        sp.begin = money && first == k && SymbolBefore(k) ? SymbolStart(k) : T(first).begin;
        sp.end = T(last).end;
        sp.kind = kMoney;
        sp.weight = kWMoney;
        spans_.push_back(sp);
        for (std::size_t j = first; j <= last; ++j) used_[j] = 1;
        k = last;
        continue;
      }
      if (!Number(k)) continue;
      // Percentages.
      const std::string_view after = GapAfter(k);
      if (!after.empty() && after.front() == '%') {
        Span sp;
        sp.begin = T(k).begin;
        sp.end = T(k).end + 1;
        sp.kind = kPercent;
        sp.weight = kWPercent;
        spans_.push_back(sp);
        used_[k] = 1;
        continue;
      }
      if (k + 1 < n_ && Tight(k) && PercentWords().Contains(Norm(k + 1))) {
        last = k + 1;
        if (Norm(k + 1) == "percentage" && k + 2 < n_ && Norm(k + 2) == "points") last = k + 2;
        Add(k, last, kPercent, kWPercent);
        k = last;
        continue;
      }
      if (k + 2 < n_ && Tight(k) && Norm(k + 1) == "per" && Norm(k + 2) == "cent") {
        Add(k, k + 2, kPercent, kWPercent);
        k += 2;
      }
    }
  }

  std::size_t SymbolStart(std::size_t k) const {
    std::size_t p = T(k).begin;
    while (p > s_.begin) {
      const std::size_t prev = PrevCodePoint(text_, p);
      char32_t cp;
      DecodeAt(text_, prev, &cp);
      if (cp == ' ') {
        p = prev;
        continue;
      }
      return prev;
    }
    return p;
  }

  // ---- dates -------------------------------------------------------------
  // Whether token k is a month name used as a month.
  bool Month(std::size_t k) const {
    if (!Word(k) || !T(k).capitalized) return false;
    const std::string ascii = Ascii(T(k).norm);
    if (!Months().Contains(ascii)) return false;
    const bool next_num = k + 1 < n_ && Tight(k) &&
                          (IsDayNumber(T(k + 1)) || IsYearNumber(T(k + 1)) || DayYear(k + 1));
    const bool prev_day = k > 0 && Tight(k - 1) && IsDayNumber(T(k - 1));
    if (next_num || prev_day) return true;
    // "May" and "March" are also verbs; other months stand alone.
    if (ascii == "may" || ascii == "march") {
      return k > 0 && !ClauseInitial(k) &&
             (YearLeads().Contains(Norm(k - 1)) || Norm(k - 1) == "last" || Norm(k - 1) == "next" ||
              Norm(k - 1) == "this" || Norm(k - 1) == "on");
    }
    // Short forms need a dot or a number ("Jan." / "Jan 5").
    return ascii.size() > 4 || ascii == "june" || ascii == "july";
  }
  // "10,2021": a day and a year glued by a comma.
  bool DayYear(std::size_t k) const {
    if (!Number(k)) return false;
    const std::string& n = T(k).norm;
    const std::size_t comma = n.find(',');
    if (comma == std::string::npos || comma == 0 || comma > 2 || n.size() - comma - 1 != 4) {
      return false;
    }
    double day, year;
    return NumberValue(n.substr(0, comma), &day) && NumberValue(n.substr(comma + 1), &year) &&
           day >= 1 && day <= 31 && year >= 1800 && year <= 2100;
  }

  void FindDates() {
    for (std::size_t k = 0; k < n_; ++k) {
      if (used_[k]) continue;
      if (Month(k)) {
        std::size_t first = k;
        std::size_t last = k;
        double weight = kWDatePartial;
        if (k > 0 && Tight(k - 1) && IsDayNumber(T(k - 1)) && !used_[k - 1]) {
          first = k - 1;  // "4 January"
          weight = kWDate;
          if (first > 1 && RangeWords().Contains(Norm(first - 1)) && IsDayNumber(T(first - 2)) &&
              !used_[first - 2]) {
            first -= 2;  // "4 to 9 January"
          }
        } else if (last + 1 < n_ && Tight(last) && DayYear(last + 1)) {
          ++last;
          weight = kWDate;
        } else if (last + 1 < n_ && Tight(last) && IsDayNumber(T(last + 1))) {
          ++last;  // "January 4"
          weight = kWDate;
          // "January 4 to 9", "January 4 - 9", "January 4 to February 2"
          if (last + 2 < n_ && RangeWords().Contains(Norm(last + 1)) && IsDayNumber(T(last + 2))) {
            last += 2;
          } else if (last + 1 < n_ && IsDayNumber(T(last + 1)) &&
                     (GapAfter(last).find('-') != std::string_view::npos ||
                      GapAfter(last).find("\xE2\x80\x93") != std::string_view::npos)) {
            last += 1;
          }
        }
        // ", 2024" or " 2024"
        if (last + 1 < n_ && IsYearNumber(T(last + 1))) {
          const std::string_view gap = GapAfter(last);
          if (Blank(gap) || gap == ", " || gap == ",") {
            ++last;
            weight = kWDate;
          }
        }
        Add(first, last, kDate, weight);
        k = last;
        continue;
      }
      if (Word(k) && T(k).capitalized && Weekdays().Contains(T(k).norm)) {
        Add(k, k, kDate, kWWeekday);
        continue;
      }
      if (IsYearNumber(T(k)) && k > 0 && YearLeads().Contains(Norm(k - 1)) && Tight(k - 1)) {
        // A year after "in", "since", ... is a date; "2025 models" (a year
        // followed by a noun) is not.
        const bool noun_after = Norm(k - 1) == "of" && k + 1 < n_ && Tight(k) && Word(k + 1) &&
                                !T(k + 1).stopword && !T(k + 1).capitalized;
        if (!noun_after) {
          Add(k, k, kDate, kWDatePartial);
          continue;
        }
      }
      // ISO dates "2024-12-03".
      if (IsYearNumber(T(k)) && k + 2 < n_ && GapAfter(k) == "-" && GapAfter(k + 1) == "-" &&
          Number(k + 1) && Number(k + 2) && T(k + 1).norm.size() == 2 &&
          T(k + 2).norm.size() == 2) {
        Add(k, k + 2, kDate, kWDate);
        k += 2;
      }
    }
  }

  // ---- names: people, places, organisations ------------------------------
  bool IsTitle(std::size_t k) const { return Word(k) && Titles().Contains(Ascii(T(k).norm)); }
  bool IsOrgWord(std::size_t k) const { return Word(k) && OrgWords().Contains(T(k).norm); }
  bool IsPlaceWord(std::size_t k) const { return Word(k) && Places().Contains(T(k).norm); }
  bool IsCalendar(std::size_t k) const {
    const std::string ascii = Ascii(T(k).norm);
    return Months().Contains(ascii) || Weekdays().Contains(ascii);
  }
  bool Acronym(std::size_t k) const {
    const Token& t = T(k);
    if (!Word(k)) return false;
    const std::string_view s = text_.substr(t.begin, t.end - t.begin);
    if (s.size() < 2 || s.size() > 6) return false;
    for (char ch : s) {
      if (ch < 'A' || ch > 'Z') return false;
    }
    return true;
  }

  std::string RunText(std::size_t first, std::size_t last) const {
    std::string out;
    for (std::size_t k = first; k <= last; ++k) {
      if (k > first) out += GapBefore(k).find('-') != std::string_view::npos ? "-" : " ";
      out += T(k).norm;
    }
    return out;
  }

  void FindNames() {
    std::size_t k = 0;
    while (k < n_) {
      if (used_[k] || !NameWord(k)) {
        ++k;
        continue;
      }
      // A run of capitalised words, allowing "of" inside ("Secretary of
      // State", "Bank of Korea").
      std::size_t last = k;
      while (true) {
        if (last + 1 < n_ && Tight(last) && !used_[last + 1] && NameWord(last + 1)) {
          ++last;
          continue;
        }
        // "Sang-mok", "Jong-un": a lower-case part after a hyphen.
        if (last + 1 < n_ && !used_[last + 1] && Word(last + 1) && GapAfter(last) == "-" &&
            !T(last + 1).capitalized) {
          ++last;
          continue;
        }
        if (last + 2 < n_ && Tight(last) && Tight(last + 1) && Norm(last + 1) == "of" &&
            !used_[last + 2] && NameWord(last + 2) && (IsTitle(last) || IsOrgWord(last))) {
          last += 2;
          continue;
        }
        break;
      }
      ClassifyRun(k, last);
      k = last + 1;
    }
  }

  bool SpeechAround(std::size_t first, std::size_t last) const {
    if (last + 1 < n_ && SpeechVerbs().Contains(Norm(last + 1)) && Tight(last)) return true;
    if (first > 0 && (Norm(first - 1) == "said" || Norm(first - 1) == "says") && Tight(first - 1)) {
      return true;
    }
    return false;
  }

  void ClassifyRun(std::size_t first, std::size_t last) {
    // Trim calendar words off the ends (they were not dates).
    while (first <= last && IsCalendar(first)) ++first;
    while (last > first && IsCalendar(last)) --last;
    if (first > last) return;

    // Title inside the run: the words after the last title are the name.
    std::size_t title = n_;
    for (std::size_t j = first; j <= last; ++j) {
      if (IsTitle(j)) title = j;
    }
    if (title != n_) {
      std::size_t name = title + 1;
      if (name + 1 <= last && Norm(name) == "of") name += 2;  // "Secretary of State"
      bool clean = name <= last;
      for (std::size_t j = name; j <= last && clean; ++j) {
        if (IsOrgWord(j) || IsPlaceWord(j) || IsTitle(j)) clean = false;
      }
      if (clean && last - name < 4) {
        Add(first, last, kPerson, kWPersonRole);
        return;
      }
    }
    // Lower-case title before the run: "leader Kim Jong-un", "former
    // president Donald Trump", "State Department spokesman Ned Price".
    if (first > 0 && Tight(first - 1) && IsTitle(first - 1) && !T(first - 1).capitalized &&
        last - first < 4) {
      bool clean = true;
      for (std::size_t j = first; j <= last; ++j) {
        if (IsOrgWord(j) || IsPlaceWord(j)) clean = false;
      }
      if (clean) {
        std::size_t start = first - 1;
        // Include a capitalised qualifier run right before the title ("State
        // Department spokesman"), replacing the span it was given.
        while (start > 0 && Tight(start - 1) && NameWord(start - 1)) --start;
        const std::size_t from = T(start).begin;
        spans_.erase(std::remove_if(spans_.begin(), spans_.end(),
                                    [&](const Span& sp) {
                                      return sp.begin >= from && sp.end <= T(first).begin &&
                                             sp.kind >= kPerson && sp.kind != kQuote;
                                    }),
                     spans_.end());
        Add(start, last, kPerson, kWPersonRole);
        return;
      }
    }
    const std::string whole = RunText(first, last);
    if (Places().Contains(whole)) {
      Add(first, last, kPlace, kWPlace);
      return;
    }
    for (std::size_t j = first; j <= last; ++j) {
      if (IsOrgWord(j)) {
        Add(first, last, kOrg, kWOrg);
        return;
      }
    }
    if (first == last && Acronym(first) && !IsPlaceWord(first)) {
      Add(first, last, kOrg, kWOrg);
      return;
    }
    for (std::size_t j = first; j <= last; ++j) {
      if (Word(j) && PlaceWords().Contains(T(j).norm) && last > first) {
        Add(first, last, kPlace, kWPlace);
        return;
      }
    }
    bool all_places = true;
    for (std::size_t j = first; j <= last; ++j) all_places &= IsPlaceWord(j);
    if (all_places) {
      Add(first, last, kPlace, kWPlace);
      return;
    }
    if (first > 0 && PlacePreps().Contains(Norm(first - 1)) && Tight(first - 1) &&
        last - first < 3 && !SpeechAround(first, last)) {
      Add(first, last, kPlace, kWPlace);
      return;
    }
    // Two to four name words, or one next to a reporting verb: a person.
    if ((last > first && last - first < 4) || SpeechAround(first, last)) {
      bool clean = true;
      for (std::size_t j = first; j <= last; ++j) {
        if (IsTitle(j) || IsPlaceWord(j) || Acronym(j)) clean = false;
      }
      if (clean) Add(first, last, kPerson, kWPerson);
    }
  }

  // ---- quantities ----------------------------------------------------------
  void FindQuantities() {
    for (std::size_t k = 0; k + 1 < n_; ++k) {
      if (used_[k]) continue;
      const bool digits = Number(k);
      const bool word = Word(k) && NumberWords().Contains(T(k).norm);
      if (!digits && !word) continue;
      if (digits) {
        // "COVID-19", "1+3": a number glued to symbols is not a count.
        const std::string_view before = GapBefore(k);
        if (!before.empty() && !Blank(before.substr(before.size() - 1)) && before.back() != '(') {
          continue;
        }
        if (IsYearNumber(T(k))) continue;  // "2025 models": a label
      }
      std::size_t last = k;
      if (last + 1 < n_ && Tight(last) && Scales().Contains(Norm(last + 1))) ++last;
      // Up to one adjective, then a noun-like word.
      std::size_t noun = last + 1;
      if (noun >= n_ || !Tight(last) || !Word(noun) || T(noun).stopword || used_[noun]) continue;
      if (NumberWords().Contains(T(noun).norm) || IsCalendar(noun)) continue;
      Add(k, noun, kQuantity, kWQuantity);
      k = noun;
    }
  }

  std::string_view text_;
  const DocSentence& s_;
  const CaseStats& stats_;
  std::size_t n_ = 0;
  std::vector<char> used_;
  std::vector<Span> spans_;
};

// ---------------------------------------------------------------------------
// Compression: byte ranges of the sentence to drop.

struct Range {
  std::size_t begin;
  std::size_t end;
};

class Compressor {
 public:
  // `lead`: the sentence opens the article (no word budget for it).
  Compressor(const Document& doc, std::size_t index, const std::vector<Span>& spans, bool lead)
      : text_(doc.text), s_(doc.sentences[index]), spans_(spans), lead_(lead) {}

  // The bullet text and the spans that survive in it.
  std::string Run(std::vector<Span>* kept) {
    limit_ = N();
    DropDateline();
    DropLeadingConnective();
    DropInnerConnective();
    DropParentheticals();
    DropInnerAttributions();
    DropInnerTime();
    ShortenLong();
    CutAtBudget();
    DropTrailingAttribution();
    DropTrailingClause();
    DropTrailingTime();
    std::string out = Assemble();
    if (WordCount(out) < kMinBulletWords) {
      drops_.clear();
      out = Assemble();
    }
    kept->clear();
    for (const Span& sp : spans_) {
      if (!Dropped(sp.begin, sp.end)) kept->push_back(sp);
    }
    return out;
  }

 private:
  bool Dropped(std::size_t b, std::size_t e) const {
    for (const Range& r : drops_) {
      if (b < r.end && e > r.begin) return true;
    }
    return false;
  }
  double WeightIn(std::size_t b, std::size_t e, bool values_only) const {
    double w = 0;
    for (const Span& sp : spans_) {
      if (sp.begin >= b && sp.end <= e) {
        if (!values_only || sp.kind <= kDate) w += sp.weight;
      }
    }
    return w;
  }
  const Token& T(std::size_t k) const { return s_.tokens[k]; }
  std::size_t N() const { return std::min(s_.tokens.size(), kMaxTokensPerSentence); }

  static std::size_t WordCount(std::string_view s) {
    std::size_t words = 0;
    bool in = false;
    for (char ch : s) {
      const bool sp = ch == ' ';
      if (!sp && !in) ++words;
      in = !sp;
    }
    return words;
  }

  // Position right after the first comma after token k (and its spaces), or
  // npos when the gap after token k has no comma.
  std::size_t AfterComma(std::size_t k) const {
    const std::size_t to = k + 1 < N() ? T(k + 1).begin : s_.end;
    const std::string_view gap = text_.substr(T(k).end, to - T(k).end);
    const std::size_t c = gap.find(',');
    if (c == std::string_view::npos) return std::string_view::npos;
    std::size_t p = T(k).end + c + 1;
    while (p < to && text_[p] == ' ') ++p;
    return p;
  }

  // " - ", " -- " or a spaced en or em dash.
  static bool SpacedDash(std::string_view gap) {
    return gap == " - " || gap == " -- " || gap == " \xE2\x80\x94 " || gap == " \xE2\x80\x93 ";
  }

  void DropLeadingConnective() {
    if (N() < 4) return;
    const std::string& w0 = T(0).norm;
    if (BareConnectives().Contains(w0)) {
      std::size_t p = T(1).begin;
      if (const std::size_t c = AfterComma(0); c != std::string_view::npos) p = c;
      drops_.push_back({s_.begin, p});
      return;
    }
    if (Connectives().Contains(w0)) {
      if (const std::size_t c = AfterComma(0); c != std::string_view::npos) {
        drops_.push_back({s_.begin, c});
      }
      return;
    }
    // "According to X, ..." (X holds no value, and the comma ends it rather
    // than an item of a list: "According to her website she worked in
    // London, Paris and Miami").
    if (w0 == "according" && T(1).norm == "to") {
      for (std::size_t k = 2; k < 10 && k + 1 < N(); ++k) {
        const std::size_t c = AfterComma(k);
        if (c == std::string_view::npos) continue;
        bool list = false;
        for (std::size_t j = k + 1; j < N() && j <= k + 3; ++j) {
          list |= T(j).norm == "and" || T(j).norm == "or" ||
                  (j <= k + 2 && j + 1 < N() && CommaAfter(j));
        }
        if (!list && !HoldsValueOrQuote(s_.begin, c)) drops_.push_back({s_.begin, c});
        return;
      }
      return;
    }
    // Multi-word connectives.
    std::string phrase;
    for (std::size_t k = 0; k < 4 && k + 1 < N(); ++k) {
      if (k > 0) phrase += ' ';
      phrase += T(k).norm;
      const std::size_t c = AfterComma(k);
      if (c == std::string_view::npos) continue;
      bool known = false;
      for (std::string_view pc : kPhraseConnectives) known |= pc == phrase;
      if (known) drops_.push_back({s_.begin, c});
      return;
    }
  }

  void DropParentheticals() {
    const std::string_view sent = text_.substr(s_.begin, s_.end - s_.begin);
    // "( ... )"
    for (std::size_t p = 0; p < sent.size(); ++p) {
      if (sent[p] != '(') continue;
      const std::size_t close = sent.find(')', p);
      if (close == std::string_view::npos) break;
      std::size_t b = s_.begin + p;
      const std::size_t e = s_.begin + close + 1;
      if (WeightIn(b, e, true) > 0 && WeightIn(s_.begin, s_.end, true) == WeightIn(b, e, true)) {
        p = close;
        continue;  // the only value of the sentence is in there
      }
      while (b > s_.begin && text_[b - 1] == ' ') --b;
      drops_.push_back({b, e});
      p = close;
    }
    // " — aside — "
    std::size_t first_dash = std::string_view::npos;
    for (std::size_t p = 0; p < sent.size();) {
      char32_t cp;
      const int len = DecodeAt(sent, p, &cp);
      if (len == 0) break;
      const bool spaced = p > 0 && sent[p - 1] == ' ';
      if (IsDash(cp) || (cp == '-' && p + 1 < sent.size() && sent[p + 1] == '-')) {
        if (first_dash == std::string_view::npos) {
          if (spaced || IsDash(cp)) first_dash = p;
        } else {
          std::size_t b = s_.begin + first_dash;
          const std::size_t e = s_.begin + p + static_cast<std::size_t>(len) + (cp == '-' ? 1 : 0);
          if (WeightIn(b, e, true) == 0 && e - b < 300) {
            while (b > s_.begin && text_[b - 1] == ' ') --b;
            drops_.push_back({b, e});
          }
          first_dash = std::string_view::npos;
        }
        p += static_cast<std::size_t>(len) + (cp == '-' ? 1 : 0);
        continue;
      }
      p += static_cast<std::size_t>(len);
    }
  }

  bool HasQuoteMarks() const {
    const std::string_view sent = text_.substr(s_.begin, s_.end - s_.begin);
    for (std::size_t p = 0; p < sent.size();) {
      char32_t cp;
      const int len = DecodeAt(sent, p, &cp);
      if (len == 0) break;
      if (cp == '"' || IsOpenQuote(cp) || (IsCloseQuote(cp) && cp != 0x2019)) return true;
      p += static_cast<std::size_t>(len);
    }
    return false;
  }

  // Byte offset where the final punctuation of the sentence starts.
  std::size_t FinalPunct() const {
    std::size_t e = s_.end;
    while (e > s_.begin) {
      const std::size_t prev = PrevCodePoint(text_, e);
      char32_t cp;
      DecodeAt(text_, prev, &cp);
      if (cp == '.' || cp == '!' || cp == '?' || cp == ' ') {
        e = prev;
        continue;
      }
      break;
    }
    return e;
  }

  bool CommaAfter(std::size_t k) const {
    const std::string_view gap = text_.substr(T(k).end, T(k + 1).begin - T(k).end);
    return gap.find(',') != std::string_view::npos;
  }

  // The token before the last comma of the sentence, or npos.
  std::size_t LastCommaToken(std::size_t limit) const {
    for (std::size_t k = limit; k-- > 1;) {
      if (CommaAfter(k - 1)) return k - 1;
    }
    return std::string_view::npos;
  }

  // A final attribution: ", the State Department said", ", officials said
  // on Friday", ", said Ned Price, a spokesman", ", according to a report".
  // A clause that starts with the verb is only an attribution when the
  // speaker follows ("said Price"); ", told CNN" leaves its speaker in the
  // kept part, so it stays.
  void DropTrailingAttribution() {
    if (HasQuoteMarks()) return;  // keep the speaker of a quote
    // Try the last three commas, nearest first.
    std::size_t commas = 0;
    if (limit_ < 6) return;
    for (std::size_t before = limit_ - 1; before-- > 4 && commas < 3;) {
      if (!CommaAfter(before)) continue;
      ++commas;
      const std::size_t first = before + 1;
      const std::size_t count = limit_ - first;
      if (count == 0 || count > 20) return;
      // The segment up to the next comma holds the verb.
      std::size_t seg_end = first;
      while (seg_end + 1 < limit_ && !CommaAfter(seg_end)) ++seg_end;
      bool has_number = false;
      for (std::size_t k = first; k < limit_; ++k) {
        has_number |= T(k).kind == TokenKind::kNumber;
      }
      if (has_number) return;
      const bool according = T(first).norm == "according" && count > 2 && T(first + 1).norm == "to";
      if (seg_end - first + 1 > 8 && !according) continue;
      std::size_t verb = limit_;
      for (std::size_t k = first; k <= seg_end; ++k) {
        if (SpeechVerbs().Contains(T(k).norm)) {
          verb = k;
          break;
        }
      }
      if (!according && verb == limit_) continue;
      if (!according && verb == first) {
        const bool speaker_follows =
            verb + 1 < limit_ && (T(verb + 1).capitalized || T(verb + 1).norm == "the") &&
            (T(verb).norm == "said" || T(verb).norm == "says" || T(verb).norm == "added");
        if (!speaker_follows) return;
      }
      drops_.push_back({T(before).end, FinalPunct()});
      return;
    }
  }

  // Whether [b, e) holds a value (money, percentage, date) or a quotation
  // mark.
  bool HoldsValueOrQuote(std::size_t b, std::size_t e) const {
    for (const Span& sp : spans_) {
      if (sp.begin < e && sp.end > b && sp.kind <= kDate && sp.kind != kQuantity) return true;
    }
    const std::string_view seg = text_.substr(b, e - b);
    for (std::size_t p = 0; p < seg.size();) {
      char32_t cp;
      const int len = DecodeAt(seg, p, &cp);
      if (len == 0) break;
      if (cp == '"' || cp == '\'' || IsOpenQuote(cp) || IsCloseQuote(cp)) {
        // An apostrophe inside a word ("Chelsea's", "n't") is no quote.
        const bool inner = cp == '\'' || cp == 0x2019;
        const bool word_before = p > 0 && seg[p - 1] != ' ';
        if (!(inner && word_before)) return true;
      }
      p += static_cast<std::size_t>(len);
    }
    return false;
  }

  // Attributions between commas: ", police said,", ", said Ms Lee,",
  // ", according to the coast guard,". Not in a sentence with a quotation
  // (the speaker stays with the quote), nor when the aside holds a value.
  void DropInnerAttributions() {
    if (HasQuoteMarks()) return;
    const std::size_t n = limit_;
    for (std::size_t k = 1; k + 2 < n; ++k) {
      if (!CommaAfter(k - 1)) continue;
      // The closing comma: the first comma after token k.
      std::size_t j = k;
      while (j + 1 < n && !CommaAfter(j)) ++j;
      if (j + 1 >= n) return;  // no closing comma before the end
      const std::size_t len = j - k + 1;
      const Token& w = T(k);
      const bool according =
          w.norm == "according" && T(k + 1).norm == "to" && len >= 3 && len <= 10;
      const bool said = len <= 6 && (SpeechVerbs().Contains(T(j).norm) ||
                                     (SpeechVerbs().Contains(w.norm) && len >= 2));
      if (!according && !said) continue;
      const std::size_t b = T(k - 1).end;
      const std::size_t comma = text_.find(',', T(j).end);
      if (comma == std::string_view::npos || comma >= T(j + 1).begin) continue;
      const std::size_t e = comma + 1;
      if (Dropped(b, e) || HoldsValueOrQuote(b, e)) continue;
      drops_.push_back({b, e});
      k = j;
    }
  }

  // ", however," inside the sentence.
  void DropInnerConnective() {
    for (std::size_t k = 1; k + 1 < N(); ++k) {
      if (!Connectives().Contains(T(k).norm) || !CommaAfter(k - 1) || !CommaAfter(k)) continue;
      // From the comma before the word to the end of the word: the comma
      // after it stays.
      const std::size_t comma = text_.find(',', T(k - 1).end);
      if (comma == std::string_view::npos || comma >= T(k).begin) continue;
      // "The coast guard, however, told CNN": both commas go. Before an
      // adjunct ("Korea, however, after Yoon ..., have") the second comma
      // opens an aside and stays.
      std::size_t e = T(k).end;
      if (ClauseGoesOn(k + 1)) {
        const std::size_t c2 = text_.find(',', T(k).end);
        if (c2 != std::string_view::npos && c2 < T(k + 1).begin) e = c2 + 1;
      }
      drops_.push_back({comma, e});
    }
  }

  void DropTrailingClause() {
    const std::size_t before = LastCommaToken(limit_);
    if (before == std::string_view::npos || before < 7) return;
    const std::size_t first = before + 1;
    if (first >= limit_) return;
    // ", which ...", ", who ...", or a participle (", ending ...").
    const Token& w = T(first);
    const bool participle = w.kind == TokenKind::kWord && !w.capitalized && w.norm.size() > 5 &&
                            w.norm.compare(w.norm.size() - 3, 3, "ing") == 0;
    if (!TrailingClause().Contains(w.norm) && !participle) return;
    const std::size_t b = T(before).end;
    const std::size_t e = FinalPunct();
    if (Dropped(b, e)) return;
    for (const Span& sp : spans_) {
      if (sp.begin >= b && sp.end <= e && sp.kind != kQuantity && sp.kind <= kDate) return;
    }
    drops_.push_back({b, e});
  }

  // The gap between token k and token k+1.
  std::string_view Gap(std::size_t k) const {
    return text_.substr(T(k).end, T(k + 1).begin - T(k).end);
  }

  // Whether `gap` holds only spaces and at most one comma or dot.
  static bool DatelineJoin(std::string_view gap) {
    int marks = 0;
    for (char ch : gap) {
      if (ch == ',' || ch == '.') {
        ++marks;
      } else if (ch != ' ') {
        return false;
      }
    }
    return marks <= 1;
  }

  static bool AllCaps(std::string_view w) {
    if (w.size() < 2) return false;
    for (char ch : w) {
      if (ch < 'A' || ch > 'Z') return false;
    }
    return true;
  }

  // An opening dateline: "Rome (CNN) --", "LONDON, England (Reuters) --",
  // "(CNN)", "WASHINGTON --". Up to six capitalised words or numbers, then a
  // short parenthesised agency name (an initialism or a known agency), or
  // place words in capitals then a spaced dash. The sentence after it must
  // start with a capital.
  void DropDateline() {
    const std::size_t n = N();
    if (n < 6) return;
    bool all_caps = true;
    for (std::size_t k = 0; k < 7 && k + 5 < n; ++k) {
      const std::size_t from = k == 0 ? s_.begin : T(k - 1).end;
      const std::string_view gap = text_.substr(from, T(k).begin - from);
      if (gap.find('(') != std::string_view::npos) {
        // The agency: one to three capitalised words up to ')'.
        std::size_t c = k;
        bool agency = false;
        while (c < k + 3 && c + 1 < n) {
          const Token& t = T(c);
          if (t.kind != TokenKind::kWord || !t.capitalized) return;
          agency |= AllCaps(text_.substr(t.begin, t.end - t.begin)) || Agencies().Contains(t.norm);
          ++c;
          if (Gap(c - 1).find(')') != std::string_view::npos) break;
        }
        if (!agency || Gap(c - 1).find(')') == std::string_view::npos) return;
        if (!T(c).capitalized || c + 4 > n) return;
        drops_.push_back({s_.begin, T(c).begin});
        return;
      }
      if (k > 0) {
        std::string_view g = gap;
        while (!g.empty() && g.front() == ' ') g.remove_prefix(1);
        while (!g.empty() && g.back() == ' ') g.remove_suffix(1);
        const bool dash = g == "--" || g == "-" || g == "\xE2\x80\x94" || g == "\xE2\x80\x93";
        if (dash && gap.size() > g.size()) {
          if (!all_caps || !T(k).capitalized) return;
          drops_.push_back({s_.begin, T(k).begin});
          return;
        }
        if (!DatelineJoin(gap)) return;
      } else if (!Blank(gap)) {
        return;
      }
      const Token& t = T(k);
      if (t.kind == TokenKind::kNumber) continue;
      if (t.kind != TokenKind::kWord || !t.capitalized) return;
      all_caps &= AllCaps(text_.substr(t.begin, t.end - t.begin)) ||
                  (k > 0 && Gap(k - 1).find(',') != std::string_view::npos);
    }
  }

  // Whether token k can follow a dropped aside: the main clause goes on
  // with a lower-case word that opens no list item, clause or adjunct ("The
  // Japan international, who ..., will join").
  bool ClauseGoesOn(std::size_t k) const {
    if (k >= limit_) return false;
    const Token& t = T(k);
    if (t.kind != TokenKind::kWord || t.capitalized) return false;
    return !NoContinuation().Contains(t.norm) && !AdjunctWords().Contains(t.norm);
  }

  // Whether [b, e) holds money, a percentage or (when `dates`) a date.
  bool HoldsValue(std::size_t b, std::size_t e, bool dates) const {
    for (const Span& sp : spans_) {
      if (sp.begin < e && sp.end > b &&
          (sp.kind == kMoney || sp.kind == kPercent || (dates && sp.kind == kDate))) {
        return true;
      }
    }
    return false;
  }

  // A relative time adjunct ending at token `last` (inclusive): "on
  // Tuesday", "on Tuesday night", "last week", "earlier this year",
  // "yesterday". Returns its first token, or npos.
  std::size_t TimeAdjunctStart(std::size_t last) const {
    auto word = [&](std::size_t k) -> const std::string& { return T(k).norm; };
    std::size_t k = last;
    if (T(k).kind != TokenKind::kWord) return std::string_view::npos;
    if (DayParts().Contains(word(k)) && k > 0) {
      if (word(k - 1) == "last" || word(k - 1) == "this" || word(k - 1) == "tomorrow" ||
          word(k - 1) == "yesterday") {
        return k - 1;  // "last night", "yesterday morning"
      }
      if (!Weekdays().Contains(word(k - 1))) return std::string_view::npos;
      --k;  // "Tuesday night"
    }
    if (Weekdays().Contains(word(k)) && T(k).capitalized) {
      // "on Tuesday", "late Tuesday", "later on Tuesday"
      if (k > 0 && (word(k - 1) == "on" || word(k - 1) == "late" || word(k - 1) == "early")) {
        if (k > 1 && word(k - 1) == "on" && (word(k - 2) == "later" || word(k - 2) == "earlier")) {
          return k - 2;
        }
        return k - 1;
      }
      return k;
    }
    if (word(k) == "yesterday" || word(k) == "today" || word(k) == "tonight") return k;
    if (RelTimeUnits().Contains(word(k)) && k > 0) {
      const std::string& q = word(k - 1);
      if (q == "last" || q == "next") return k - 1;
      if (q == "this" && k > 1 && (word(k - 2) == "earlier" || word(k - 2) == "later")) {
        return k - 2;  // "earlier this year"
      }
      if (q == "this") return k - 1;
    }
    return std::string_view::npos;
  }

  // Whether a date survives in the kept text outside [b, e).
  bool OtherDateKept(std::size_t b, std::size_t e) const {
    for (const Span& sp : spans_) {
      if (sp.kind != kDate || (sp.begin < e && sp.end > b)) continue;
      if (sp.end <= T(limit_ - 1).end && !Dropped(sp.begin, sp.end)) return true;
    }
    return false;
  }

  // A final relative time adjunct when the bullet keeps another date: "...
  // in January this year" -> "... in January". Not after a preposition
  // ("until next week"), not inside a quotation, nor when the sentence is
  // left too short.
  void DropTrailingTime() {
    std::size_t last = limit_;
    while (last > 0 && Dropped(T(last - 1).begin, T(last - 1).end)) --last;
    if (last < 9) return;
    --last;
    const std::size_t first = TimeAdjunctStart(last);
    if (first == std::string_view::npos || first < 6) return;
    const Token& before = T(first - 1);
    if (before.kind != TokenKind::kWord && before.kind != TokenKind::kNumber) return;
    if (Dangling().Contains(before.norm) || !QuotesBalanced(s_.begin, before.end)) return;
    // "beginning Sunday", "starting next week": the time is what they govern
    // ("meeting later on Tuesday" has its own preposition).
    const std::string& b = before.norm;
    const std::string& f = T(first).norm;
    const bool own_word =
        f == "on" || f == "later" || f == "earlier" || f == "late" || f == "early";
    if (!own_word && b.size() > 4 && b.compare(b.size() - 3, 3, "ing") == 0) return;
    if (!OtherDateKept(T(first).begin, T(last).end)) return;
    // From the adjunct's first word: what is glued to the word before it
    // ("9.9% last month") stays.
    drops_.push_back({T(first).begin, T(last).end});
  }

  // "SpaceX on Tuesday launched" -> "SpaceX launched": a weekday between a
  // capitalised subject and a lower-case verb.
  void DropInnerTime() {
    for (std::size_t k = 1; k + 3 < limit_; ++k) {
      if (T(k).norm != "on" || !T(k - 1).capitalized || !Blank(Gap(k - 1))) continue;
      std::size_t last = k + 1;
      if (!Weekdays().Contains(T(last).norm) || !T(last).capitalized) continue;
      if (DayParts().Contains(T(last + 1).norm)) ++last;
      if (last + 1 >= limit_ || !Blank(Gap(last)) || !ClauseGoesOn(last + 1)) continue;
      drops_.push_back({T(k - 1).end, T(last).end});
      return;
    }
  }

  // Whether [b, e) closes the quotations it opens.
  bool QuotesBalanced(std::size_t b, std::size_t e) const {
    const std::string_view seg = text_.substr(b, e - b);
    int depth = 0;
    int straight = 0;
    for (std::size_t p = 0; p < seg.size();) {
      char32_t cp;
      const int len = DecodeAt(seg, p, &cp);
      if (len == 0) break;
      if (cp == 0x201C || cp == 0x201E || cp == 0x00AB) ++depth;
      if (cp == 0x201D || cp == 0x00BB) --depth;
      if (cp == '"') ++straight;
      p += static_cast<std::size_t>(len);
    }
    if (depth != 0 || straight % 2 != 0) return false;
    // Single quotation marks: an opening one follows a space and precedes a
    // letter; a closing one follows a letter or punctuation and precedes a
    // space or the end. An apostrophe inside a word is neither, nor is a
    // contraction split off its word ("team 's").
    int single = 0;
    for (std::size_t p = 0; p < seg.size(); ++p) {
      if (seg[p] != '\'') continue;
      const bool space_before = p == 0 || seg[p - 1] == ' ';
      const bool space_after = p + 1 >= seg.size() || seg[p + 1] == ' ';
      if (space_before && !space_after && !ContractionAt(seg, p + 1)) ++single;
      if (!space_before && space_after) --single;
    }
    return single <= 0;
  }

  // Whether `s` at `p` holds a contraction tail split off its word ("'s",
  // "'re" in "team 's", "they 're").
  static bool ContractionAt(std::string_view s, std::size_t p) {
    std::size_t e = p;
    while (e < s.size() && s[e] >= 'a' && s[e] <= 'z') ++e;
    if (e < s.size() && s[e] != ' ' && s[e] != ',' && s[e] != '.') return false;
    const std::string_view w = s.substr(p, e - p);
    return w == "s" || w == "re" || w == "ll" || w == "ve" || w == "m" || w == "d" || w == "t";
  }

  // A word that opens an adjunct after a complete clause (", after ...",
  // ", including the ..."). A participle needs a function word after it
  // ("featuring a", "leaving the"), so that a noun in -ing ("cycling's
  // body") is not taken for one.
  bool AdjunctOpener(std::size_t k) const {
    const Token& t = T(k);
    if (t.kind != TokenKind::kWord || t.capitalized) return false;
    if (AdjunctWords().Contains(t.norm)) return true;
    if (t.norm.size() <= 5 || t.norm.compare(t.norm.size() - 3, 3, "ing") != 0) return false;
    if (k + 1 >= N() || !T(k + 1).stopword || T(k + 1).kind != TokenKind::kWord) return false;
    const std::string_view gap = text_.substr(t.end, T(k + 1).begin - t.end);
    return Blank(gap);
  }

  // Whether a comma after token k would close a relative clause opened
  // after the first few words ("In South Korea, which is in turmoil, and
  // Japan, ..."): the head would be left without its main clause.
  bool ClosesRelativeClause(std::size_t k) const {
    for (std::size_t j = k; j-- > 0;) {
      if (!CommaAfter(j)) continue;
      const std::string& w = T(j + 1).norm;
      return j < kShortOpening && (w == "which" || w == "who" || w == "whose" || w == "where");
    }
    return false;
  }

  // Whether the comma after token k ends an item of a list ("bilateral,
  // regional, and global"): another comma came at most three tokens before.
  bool InList(std::size_t k) const {
    for (std::size_t j = k; j-- > 0 && k - j <= 3;) {
      if (CommaAfter(j)) return true;
    }
    return false;
  }

  // Whether [b, e) holds money or a percentage.
  bool HoldsAmount(std::size_t b, std::size_t e) const {
    for (const Span& sp : spans_) {
      if (sp.begin >= b && sp.end <= e && (sp.kind == kMoney || sp.kind == kPercent)) {
        return true;
      }
    }
    return false;
  }

  // A long sentence keeps its main clause: it is cut at the first clause
  // break after at least kMinHeadWords kept words ("; ", " - ", ", and",
  // ", which", ", after", ", including", " but "), when the rest holds no
  // value and no quotation is left open. On CNN/DailyMail the words after
  // such breaks are much less often in the highlights than the rest.
  void ShortenLong() {
    std::size_t kept_words = 0;
    for (std::size_t k = 0; k < N(); ++k) {
      if (!Dropped(T(k).begin, T(k).end)) ++kept_words;
    }
    if (kept_words <= kLongBulletWords) return;
    const std::size_t end = FinalPunct();
    std::size_t seen = 0;
    for (std::size_t k = 0; k + 1 < N(); ++k) {
      if (!Dropped(T(k).begin, T(k).end)) ++seen;
      if (seen < kMinHeadWords) continue;
      const Token& next = T(k + 1);
      const std::string_view gap = text_.substr(T(k).end, next.begin - T(k).end);
      const bool comma = gap.find(',') != std::string_view::npos;
      bool brk = gap.find(';') != std::string_view::npos || SpacedDash(gap);
      brk |= comma && (next.norm == "which" || AdjunctOpener(k + 1)) && !InList(k);
      brk |= Blank(gap) && !next.capitalized && (next.norm == "but" || next.norm == "while");
      if (!brk) continue;
      if (T(k).kind == TokenKind::kWord && Dangling().Contains(T(k).norm)) continue;
      if (!QuotesBalanced(s_.begin, T(k).end) || ClosesRelativeClause(k)) continue;
      if (HoldsAmount(next.begin, end)) continue;
      drops_.push_back({T(k).end, end});
      limit_ = k + 1;
      return;
    }
  }

  // A bullet that is not the article's opening and is still longer than
  // kBudgetWords is cut before a subordinate clause opened without a comma
  // ("... fell in front of tourists as he took up position") or a second
  // verb phrase ("... and has also attracted ..."), after enough words for a
  // main clause, when the rest holds no value (money, percentage, date) and
  // no quotation is left open. Conditions ("if", "unless") stay.
  void CutAtBudget() {
    std::size_t kept_words = 0;
    for (std::size_t k = 0; k < limit_; ++k) {
      if (!Dropped(T(k).begin, T(k).end)) ++kept_words;
    }
    if (lead_ || kept_words <= kBudgetWords) return;
    static const WordSet openers(kSubordinators);
    const std::size_t end = FinalPunct();
    // Kept commas only: ", however," is gone when its second comma stays.
    auto kept_comma = [&](std::size_t k) {
      if (!CommaAfter(k)) return false;
      const std::size_t c = text_.find(',', T(k).end);
      return !Dropped(c, c + 1);
    };
    std::size_t commas = 0;
    for (std::size_t k = 0; k + 1 < limit_; ++k) commas += kept_comma(k) ? 1 : 0;
    // The last kept comma, outside quotation marks, after which the clause
    // goes on with a verb-like word (a few are checked, then assumed).
    std::size_t goes_on = limit_;
    int checks = 0;
    for (std::size_t j = limit_ - 1; j-- > 0;) {
      if (!kept_comma(j) || !ClauseGoesOn(j + 1)) continue;
      if (++checks > 8 || QuotesBalanced(s_.begin, T(j).end)) {
        goes_on = j;
        break;
      }
    }
    std::size_t seen = 0;
    std::size_t commas_before = 0;  // kept commas after tokens 0 .. k-1
    for (std::size_t k = 0; k + 1 < limit_; ++k) {
      if (k > 0 && kept_comma(k - 1)) ++commas_before;
      if (!Dropped(T(k).begin, T(k).end)) ++seen;
      if (seen < kBudgetHeadWords) continue;
      const Token& next = T(k + 1);
      if (next.kind != TokenKind::kWord || next.capitalized || !Blank(Gap(k))) continue;
      // A condition ("if", "unless") is part of what the sentence says.
      bool opener = (openers.Contains(next.norm) && next.norm != "if" && next.norm != "unless") ||
                    next.norm == "after" || next.norm == "before";
      // "as he took up position", not "as high as" nor "as part of".
      if (next.norm == "as" || next.norm == "since") {
        opener = opener && k + 2 < limit_ && T(k + 2).kind == TokenKind::kWord &&
                 ClauseSubjects().Contains(T(k + 2).norm) && !T(k + 2).capitalized;
      }
      // A second verb phrase: "... set-up and has also attracted ...".
      if (next.norm == "and") {
        opener = k + 2 < limit_ && T(k + 2).kind == TokenKind::kWord &&
                 ConjunctOpeners().Contains(T(k + 2).norm);
      }
      // "because of the checks" is no clause.
      if (next.norm == "because" && k + 2 < limit_ && T(k + 2).norm == "of") opener = false;
      if (!opener) continue;
      // Not after a word that needs what follows ("told CNN that", "even
      // though", "said after", "described as", "a month after"), nor right
      // after a short phrase behind a comma ("since 1976, the year before").
      const std::string& w = T(k).norm;
      if (T(k).kind == TokenKind::kWord &&
          (Dangling().Contains(w) || Qualifiers().Contains(w) || SpeechVerbs().Contains(w) ||
           TimeUnits().Contains(w) || Governing().Contains(w) ||
           (next.norm == "as" && w.size() > 3 && w.compare(w.size() - 2, 2, "ed") == 0))) {
        continue;
      }
      if ((k > 0 && CommaAfter(k - 1)) || (k > 1 && CommaAfter(k - 2)) ||
          (k > 2 && CommaAfter(k - 3))) {
        continue;
      }
      // Inside an aside between commas ("The trip, confirmed on Wednesday
      // after it was reported, will start"): an odd number of commas
      // before, another one after.
      if (commas_before % 2 == 1 && commas > commas_before) continue;
      // The main clause goes on after a later comma ("Developments in Korea
      // after Yoon declared martial law and was impeached, have raised").
      if (goes_on != limit_ && goes_on > k) continue;
      if (!QuotesBalanced(s_.begin, T(k).end)) continue;
      if (HoldsValue(next.begin, end, true)) continue;
      drops_.push_back({T(k).end, end});
      limit_ = k + 1;
      return;
    }
  }

  std::string Assemble() const {
    std::vector<Range> drops = drops_;
    std::sort(drops.begin(), drops.end(),
              [](const Range& a, const Range& b) { return a.begin < b.begin; });
    std::string raw;
    std::size_t p = s_.begin;
    for (const Range& r : drops) {
      if (r.begin > p) raw.append(text_.substr(p, r.begin - p));
      p = std::max(p, r.end);
    }
    if (p < s_.end) raw.append(text_.substr(p, s_.end - p));
    std::string s = CollapseSpace(raw);
    // Tidy the joins: " ," -> ",", ",." -> ".", leading punctuation.
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
      const char ch = s[i];
      if ((ch == ',' || ch == '.' || ch == ';') && !out.empty() && out.back() == ' ') {
        out.pop_back();
      }
      if (ch == '.' && !out.empty() && (out.back() == ',' || out.back() == ';')) {
        out.pop_back();
      }
      if (ch == ',' && !out.empty() && out.back() == ',') continue;
      out.push_back(ch);
    }
    // Leading punctuation, and list markers ("- ", "* ", "• ").
    while (!out.empty() && (out.front() == ',' || out.front() == ';' || out.front() == ':' ||
                            out.front() == ' ' || out.front() == '-' || out.front() == '*')) {
      out.erase(out.begin());
    }
    if (out.compare(0, 4, "\xE2\x80\xA2 ") == 0) out.erase(0, 4);
    while (!out.empty() &&
           (out.back() == ',' || out.back() == ';' || out.back() == ' ' || out.back() == ':')) {
      out.pop_back();
    }
    // A dangling conjunction after a cut (", and").
    for (const char* tail : {", and.", ", or.", ", but.", ", and", ", or", ", but"}) {
      const std::size_t len = std::char_traits<char>::length(tail);
      if (out.size() > len && out.compare(out.size() - len, len, tail) == 0) {
        out.erase(out.size() - len);
        break;
      }
    }
    if (out.empty()) return out;
    // Capitalise the first letter after a dropped opening.
    char32_t cp;
    const int len = DecodeAt(out, 0, &cp);
    if (len > 0 && IsLower(cp) && !drops_.empty()) {
      std::string upper;
      // ASCII only: other scripts keep their case.
      if (cp < 0x80) {
        upper.push_back(static_cast<char>(cp - 'a' + 'A'));
        out = upper + out.substr(1);
      }
    }
    // End with sentence punctuation when the end was cut.
    char32_t last;
    DecodeAt(out, PrevCodePoint(out, out.size()), &last);
    if (IsLetter(last) || IsDigit(last) || last == ')') out.push_back('.');
    return out;
  }

  std::string_view text_;
  const DocSentence& s_;
  const std::vector<Span>& spans_;
  std::vector<Range> drops_;
  std::size_t limit_ = 0;  // tokens before a cut at the end
  bool lead_ = false;      // the first sentence of the article
};

// ---------------------------------------------------------------------------
// Selection.

struct Candidate {
  std::size_t sentence = 0;
  std::string text;
  std::vector<Span> spans;         // the spans kept in the bullet
  std::vector<std::string> keys;   // one per span: what it refers to
  std::vector<std::string> terms;  // sorted distinct content terms
  double prior = 0;                // rank and position mix
  double lead = 0;                 // the summary's lead-weighted rank
  std::size_t words = 0;
  bool pronoun_start = false;
};

// What a span refers to, for novelty: people by their last name word, other
// spans by their folded text.
std::string SpanKey(std::string_view text, const Span& sp) {
  std::string folded = FoldCase(text.substr(sp.begin, sp.end - sp.begin));
  if (sp.kind == kPerson) {
    const std::size_t space = folded.find_last_of(" -");
    if (space != std::string::npos) folded = folded.substr(space + 1);
  }
  return std::to_string(static_cast<int>(sp.kind)) + ":" + folded;
}

// Fact weight of a candidate given what the chosen bullets already say: the
// first new span of a kind counts fully, further ones a quarter (a list of
// five places is not five facts); repeated ones not at all.
double FactWeight(const Candidate& c, const std::vector<std::string>& covered) {
  bool seen[kNumKinds] = {};
  double w = 0;
  for (std::size_t i = 0; i < c.spans.size(); ++i) {
    if (std::find(covered.begin(), covered.end(), c.keys[i]) != covered.end()) continue;
    const Span& sp = c.spans[i];
    w += seen[sp.kind] ? 0.25 * sp.weight : sp.weight;
    seen[sp.kind] = true;
  }
  return std::min(w, 10.0);
}

bool Eligible(const Document& doc, std::size_t i) {
  const DocSentence& s = doc.sentences[i];
  if (s.line_unit) return false;
  if (s.words < kMinBulletWords || s.words > kMaxSourceWords) return false;
  const std::string_view t = s.Text(doc.text);
  if (t.empty() || t.back() == '?') return false;
  // Fragments of a quote that spans sentences: unbalanced quotation marks.
  int open = 0;
  int close = 0;
  int straight = 0;
  for (std::size_t p = 0; p < t.size();) {
    char32_t cp;
    const int len = DecodeAt(t, p, &cp);
    if (len == 0) break;
    if (cp == 0x201C || cp == 0x201E) ++open;
    if (cp == 0x201D) ++close;
    if (cp == '"') ++straight;
    p += static_cast<std::size_t>(len);
  }
  if (open != close || straight % 2 != 0) return false;
  // Starts in lower case: a fragment.
  char32_t first;
  DecodeAt(t, 0, &first);
  if (IsLower(first)) return false;
  // A short subordinate clause on its own ("As the tactics change."): a
  // fragment left by a broken paste.
  if (!s.tokens.empty() && s.words < 10 && t.find(',') == std::string_view::npos) {
    static const WordSet subordinators(kSubordinators);
    if (subordinators.Contains(s.tokens[0].norm)) return false;
  }
  return true;
}

double Overlap(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.empty() || b.empty()) return 0;
  std::size_t shared = 0;
  std::size_t i = 0;
  std::size_t j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] == b[j]) {
      ++shared;
      ++i;
      ++j;
    } else if (a[i] < b[j]) {
      ++i;
    } else {
      ++j;
    }
  }
  return static_cast<double>(shared) / static_cast<double>(std::min(a.size(), b.size()));
}

// Gives each quote the person (or, failing one, the organisation) named
// nearest to it outside it: "…,” said Finance Minister Choi Sang-mok",
// "the State Department said, “…”".
void AttributeQuotes(std::vector<Span>* spans) {
  for (Span& q : *spans) {
    if (q.kind != kQuote) continue;
    const Span* best = nullptr;
    std::size_t best_gap = 0;
    for (const Span& sp : *spans) {
      if (sp.kind != kPerson && sp.kind != kOrg) continue;
      if (sp.begin < q.end && sp.end > q.begin) continue;  // inside the quote
      const std::size_t gap = sp.end <= q.begin ? q.begin - sp.end : sp.begin - q.end;
      const bool better = best == nullptr || (sp.kind == kPerson && best->kind != kPerson) ||
                          (sp.kind == best->kind && gap < best_gap);
      if (better) {
        best = &sp;
        best_gap = gap;
      }
    }
    if (best != nullptr) {
      q.speaker_begin = best->begin;
      q.speaker_end = best->end;
    }
  }
}

std::vector<Span> SpansOf(const Document& doc, std::size_t i, const CaseStats& stats) {
  SentenceFacts f(doc, i, stats);
  std::vector<Span> spans = f.Find();
  AttributeQuotes(&spans);
  return spans;
}

}  // namespace

std::vector<FactSpan> FindFactSpans(const Document& doc, std::size_t sentence) {
  std::vector<FactSpan> out;
  if (sentence >= doc.sentences.size()) return out;
  const CaseStats stats = BuildCaseStats(doc);
  for (const Span& sp : SpansOf(doc, sentence, stats)) {
    out.push_back({sp.begin, sp.end, kKindNames[sp.kind], sp.speaker_begin, sp.speaker_end});
  }
  return out;
}

std::vector<FactBullet> ExtractKeyFacts(const Document& doc, const std::vector<double>& scores,
                                        int max_facts) {
  std::vector<FactBullet> out;
  if (max_facts <= 0 || doc.sentences.empty()) return out;
  const CaseStats stats = BuildCaseStats(doc);
  double max_score = 0;
  for (std::size_t i = 0; i < doc.sentences.size() && i < scores.size(); ++i) {
    max_score = std::max(max_score, scores[i]);
  }

  // On a very long document only the sentences with the best rank and
  // position prior are analysed.
  std::vector<std::size_t> eligible;
  // The summary's own preference for short summaries: the rank score
  // boosted at the opening (news puts the essentials first) and discounted
  // for long units, as a share of the best sentence's.
  std::vector<double> lead(doc.sentences.size(), 0.0);
  {
    double pos = 0;
    double max_lead = 0;
    for (std::size_t i = 0; i < doc.sentences.size(); ++i) {
      const DocSentence& s = doc.sentences[i];
      if (s.line_unit) continue;
      double v = i < scores.size() ? scores[i] : 0;
      v *= 1.0 + kLeadBoost * std::exp(-pos / kLeadDecay);
      pos += 1;
      const double words = static_cast<double>(s.words);
      if (words > kLeadLongWords) v *= std::pow(kLeadLongWords / words, 1.5);
      lead[i] = v;
      max_lead = std::max(max_lead, v);
    }
    if (max_lead > 0) {
      for (double& v : lead) v /= max_lead;
    }
  }
  auto prior = [&](std::size_t i) {
    const double rank = max_score > 0 && i < scores.size() ? scores[i] / max_score : 0;
    const double position = 1.0 / (1.0 + static_cast<double>(i) / 10.0);
    return 0.25 * rank + 0.15 * position;
  };
  for (std::size_t i = 0; i < doc.sentences.size(); ++i) {
    if (Eligible(doc, i)) eligible.push_back(i);
  }
  if (eligible.size() > kMaxAnalysed) {
    std::vector<std::pair<double, std::size_t>> by_prior;
    by_prior.reserve(eligible.size());
    for (std::size_t i : eligible) by_prior.push_back({-prior(i), i});
    std::nth_element(by_prior.begin(), by_prior.begin() + kMaxAnalysed, by_prior.end());
    by_prior.resize(kMaxAnalysed);
    eligible.clear();
    for (const auto& p : by_prior) eligible.push_back(p.second);
    std::sort(eligible.begin(), eligible.end());
  }

  std::size_t first_body = doc.sentences.size();
  for (std::size_t i = 0; i < doc.sentences.size(); ++i) {
    if (!doc.sentences[i].line_unit) {
      first_body = i;
      break;
    }
  }
  std::vector<Candidate> cands;
  for (std::size_t i : eligible) {
    Candidate c;
    c.sentence = i;
    const std::vector<Span> spans = SpansOf(doc, i, stats);
    Compressor comp(doc, i, spans, i == first_body);
    c.text = comp.Run(&c.spans);
    if (c.text.empty()) continue;
    for (const Span& sp : c.spans) c.keys.push_back(SpanKey(doc.text, sp));
    c.words = 1;
    for (char ch : c.text) c.words += ch == ' ' ? 1 : 0;
    for (const Token& t : doc.sentences[i].tokens) {
      if (!t.stopword && t.kind != TokenKind::kCjk) c.terms.push_back(t.term);
    }
    std::sort(c.terms.begin(), c.terms.end());
    c.terms.erase(std::unique(c.terms.begin(), c.terms.end()), c.terms.end());
    c.prior = prior(i);
    c.lead = lead[i];
    {
      std::size_t end = 0;
      while (end < c.text.size() && c.text[end] != ' ') ++end;
      const std::string first = FoldCase(c.text.substr(0, end));
      c.pronoun_start = first == "he" || first == "she" || first == "they" || first == "it" ||
                        first == "we" || first == "i";
    }
    cands.push_back(std::move(c));
  }
  // Keep the most promising candidates only (by their standalone score).
  auto standalone = [](const Candidate& c) { return FactWeight(c, {}) + 10.0 * c.prior; };
  if (cands.size() > kMaxCandidates) {
    std::stable_sort(cands.begin(), cands.end(), [&](const Candidate& a, const Candidate& b) {
      return standalone(a) > standalone(b);
    });
    cands.resize(kMaxCandidates);
    std::sort(cands.begin(), cands.end(),
              [](const Candidate& a, const Candidate& b) { return a.sentence < b.sentence; });
  }

  // Greedy: each step takes the candidate with the best score given what is
  // already said; near-duplicates (most content words shared) are skipped.
  const std::size_t want = static_cast<std::size_t>(max_facts);
  const std::size_t floor = std::min<std::size_t>(want, 3);
  std::vector<std::string> covered;
  std::vector<char> taken(cands.size(), 0);
  std::vector<std::size_t> chosen;
  while (chosen.size() < want) {
    double best = -1;
    std::size_t best_i = cands.size();
    for (std::size_t i = 0; i < cands.size(); ++i) {
      if (taken[i]) continue;
      const Candidate& c = cands[i];
      const double fact = FactWeight(c, covered);
      // Beyond three bullets only sentences that add more than a lone name
      // qualify.
      if (fact < kMinExtraFact && chosen.size() >= floor) continue;
      // The first bullets (up to three) are chosen the way a short summary
      // is: the lead-weighted rank dominates, short sentences are preferred,
      // fact weight breaks near ties. On CNN/DailyMail this brings ROUGE-2
      // against the highlights to the 3-sentence summary's in fewer words.
      // Further bullets are chosen for the facts they add.
      const double words = static_cast<double>(c.words);
      double score = chosen.size() < floor ? 0.4 * (fact / 10.0) / (1.0 + words / 12.0) +
                                                 (c.prior + 4.0 * c.lead) / (1.0 + words / 8.0)
                                           : (fact / 10.0) / (1.0 + words / 20.0) +
                                                 0.5 * c.prior / (1.0 + words / 25.0);
      // A bullet that opens with a personal pronoun does not say who.
      if (c.pronoun_start) score *= kPronounPenalty;
      // A sentence with no name, number or date is no key fact.
      if (c.spans.empty()) score *= kNoFactPenalty;
      // Compare on a grid of 2^-40 so that the last bit of exp/pow (which
      // may differ between libm builds) cannot change the choice.
      score = std::ldexp(static_cast<double>(std::llround(std::ldexp(score, 40))), -40);
      if (score > best) {
        best = score;
        best_i = i;
      }
    }
    if (best_i == cands.size()) break;
    taken[best_i] = 1;
    const Candidate& c = cands[best_i];
    // A sentence that shares most words with a chosen one but brings new
    // values ("... will visit South Korea" then "... will visit South Korea,
    // Japan, and France from January 4 to 9") is no duplicate.
    bool duplicate = false;
    if (FactWeight(c, covered) < kDuplicateNewFacts) {
      for (std::size_t j : chosen) {
        if (Overlap(c.terms, cands[j].terms) >= 0.5) duplicate = true;
      }
    }
    if (duplicate) continue;
    chosen.push_back(best_i);
    covered.insert(covered.end(), c.keys.begin(), c.keys.end());
  }
  std::sort(chosen.begin(), chosen.end());
  for (std::size_t i : chosen) {
    const Candidate& c = cands[i];
    FactBullet b;
    b.text = c.text;
    b.sentence = c.sentence;
    bool kinds[kNumKinds] = {};
    for (const Span& sp : c.spans) {
      kinds[sp.kind] = true;
      b.spans.push_back({sp.begin, sp.end, kKindNames[sp.kind], sp.speaker_begin, sp.speaker_end});
    }
    for (int k = 0; k < kNumKinds; ++k) {
      if (kinds[k]) b.kinds.push_back(kKindNames[k]);
    }
    std::sort(b.spans.begin(), b.spans.end(), [](const FactSpan& x, const FactSpan& y) {
      return x.begin < y.begin || (x.begin == y.begin && x.end > y.end);
    });
    out.push_back(std::move(b));
  }
  return out;
}

}  // namespace internal
}  // namespace precis
