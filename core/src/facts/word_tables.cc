// Word lists of the key-fact finder and the bullet compressor (case-folded).
#include "facts/word_tables.h"

namespace precis {
namespace internal {
namespace keyfacts {
namespace {

// Words before a bare year that make it a date ("in 2024", "since 1990").
constexpr std::string_view kScaleWords[] = {
    "b", "bil", "billion", "billions", "bln", "bn", "k", "m", "million", "millions", "mln", "mn",
    "thousand", "thousands", "trillion", "trillions", "tn",
    // French, German, Spanish, Portuguese, Italian, Dutch
    "milliard", "milliards", "milliarde", "milliarden", "mrd", "mio", "millionen", "billionen",
    "mil", "millón", "millones", "billón", "billones", "milhão", "milhões", "bilhão", "bilhões",
    "milione", "milioni", "miliardo", "miliardi", "miljoen", "miljard",
    // Russian, Arabic
    "тыс", "тысяч", "тысячи", "млн", "млрд", "трлн", "миллион", "миллиона", "миллионов", "миллиард",
    "миллиарда", "миллиардов", "مليون", "ملايين", "مليار", "مليارات", "ألف", "آلاف"};
constexpr std::string_view kCurrencyWords[] = {
    "baht", "cny", "dollar", "dollars", "eur", "euro", "euros", "franc", "francs", "gbp", "jpy",
    "krona", "kronor", "krw", "naira", "peso", "pesos", "pound", "pounds", "rand", "real", "reais",
    "ringgit", "rouble", "roubles", "ruble", "rubles", "rupee", "rupees", "rupiah", "shekel",
    "shekels", "usd", "won", "yen", "yuan",
    // codes and the words of other languages
    "chf", "rub", "brl", "inr", "sar", "aed", "egp", "franken", "dólar", "dólares", "dolares",
    "dollari", "dollaro", "libra", "libras", "sterline", "yuanes", "yenes", "rublos", "francos",
    "rubli", "pfund", "рубль", "рубля", "рублей", "доллар", "доллара", "долларов", "евро", "юань",
    "юаня", "юаней", "иен", "دولار", "دولارا", "دولارات", "يورو", "ريال", "ريالات", "جنيه", "درهم",
    "دينار", "ليرة", "يوان", "ين"};
constexpr std::string_view kPercentWords[] = {"pc",       "pct",       "percent",  "percentage",
                                              "prozent",  "procent",   "percento", "процент",
                                              "процента", "процентов", "بالمئة",   "بالمائة"};
constexpr std::string_view kNumberWords[] = {
    "billions",  "dozen",    "dozens",  "eight",    "eighteen", "eighty",   "eleven",
    "fifteen",   "fifty",    "five",    "forty",    "four",     "fourteen", "hundred",
    "hundreds",  "millions", "nine",    "nineteen", "ninety",   "seven",    "seventeen",
    "seventy",   "six",      "sixteen", "sixty",    "ten",      "thirteen", "thirty",
    "thousands", "three",    "twelve",  "twenty",   "two"};
// Words that qualify a title ("Finance Minister", "Vice President").
constexpr std::string_view kRoleQualifierWords[] = {
    "agriculture", "defence",     "defense",     "deputy",  "economy", "education",
    "energy",      "environment", "finance",     "foreign", "health",  "home",
    "industry",    "interior",    "justice",     "labor",   "labour",  "prime",
    "trade",       "transport",   "unification", "vice"};
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

}  // namespace

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
const WordSet& RoleQualifiers() {
  static const WordSet s(kRoleQualifierWords);
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
const WordSet& Subordinators() {
  static const WordSet s(kSubordinators);
  return s;
}

bool IsPhraseConnective(std::string_view phrase) {
  for (std::string_view pc : kPhraseConnectives) {
    if (pc == phrase) return true;
  }
  return false;
}

}  // namespace keyfacts
}  // namespace internal
}  // namespace precis
