// precis: extractive summaries, keywords and key facts for pasted articles.
//
// The public API of the core library. Two layers:
//   * Summarize(text, options, &result) -> Status   typed, for C++ callers;
//   * SummarizeJson(text, options_json) -> string   the JSON envelope used by
//     the CLI and the WebAssembly module.
// Neither throws: every failure is a Status (or an {"ok":false} envelope) with
// a stable error code. The library does no file or network I/O and keeps no
// global mutable state, so concurrent calls from several threads are safe.
//
// Offsets. Every span is reported twice: as UTF-8 byte offsets into the text
// that was passed in, and as UTF-16 code-unit offsets (what JavaScript's
// String.prototype.slice takes). When the input holds invalid UTF-8, each
// maximal invalid sequence counts as one U+FFFD for the UTF-16 offsets, which
// is what TextDecoder produces; byte offsets always refer to the raw input.
#ifndef PRECIS_PRECIS_H_
#define PRECIS_PRECIS_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace precis {

// Stable error codes; their names (ErrorCodeName) are part of the wire format.
enum class ErrorCode {
  kOk = 0,
  kInvalidOptions,  // "invalid_options": options of the wrong type, range or name
  kInputTooLarge,   // "input_too_large": input over Limits::kMaxInputBytes
  kInternal,        // "internal": a bug; the message says where
  kInvalidInput,    // "invalid_input": the input is binary data, not text
  kCancelled,       // "cancelled": the progress callback asked to stop
};

// "ok", "invalid_options", "input_too_large", "internal", "invalid_input",
// "cancelled".
const char* ErrorCodeName(ErrorCode code);

class Status {
 public:
  Status() = default;
  Status(ErrorCode code, std::string message) : code_(code), message_(std::move(message)) {}
  static Status Ok() { return Status(); }

  bool ok() const { return code_ == ErrorCode::kOk; }
  ErrorCode code() const { return code_; }
  const std::string& message() const { return message_; }

 private:
  ErrorCode code_ = ErrorCode::kOk;
  std::string message_;
};

// Documented hard limits. Inputs beyond them are refused or truncated in a
// reported way, never left to exhaust memory or time.
struct Limits {
  // Largest input accepted, in bytes (4 MiB, a long book). Larger inputs get
  // kInputTooLarge. Chosen so that the WebAssembly build finishes within
  // about 5 s: measured in node (CPU time, loaded 2-core machine), 1 MB of
  // news text took 0.57 s, 4 MB 3.8 s and 10 MB 6.8 s.
  static constexpr std::size_t kMaxInputBytes = 4u << 20;
  // A sentence unit longer than this many bytes (a line with no punctuation)
  // is cut at the last white space before the limit, or at a character
  // boundary when there is none.
  static constexpr std::size_t kMaxSentenceBytes = 3000;
  // Most articles a digest reads (Options::digest); later ones are counted
  // in Stats::articles_omitted and otherwise ignored.
  static constexpr std::size_t kMaxDigestArticles = 50;
  // Largest options JSON accepted, in bytes, and deepest nesting of its
  // arrays and objects: every option fits in a few hundred bytes at depth 1,
  // and larger or deeper text is refused (kInvalidOptions) before it is
  // parsed, so that no options text can take long or much memory.
  static constexpr std::size_t kMaxOptionsBytes = 4096;
  static constexpr std::size_t kMaxOptionsDepth = 4;
};

// How long the summary should be.
enum class LengthUnit {
  kAuto,       // about a fifth of the sentences, at least 3 and at most 8
  kSentences,  // value = number of sentences (>= 1)
  kRatio,      // value = fraction of the article's sentences, in (0, 1]
  kWords,      // value = word budget (>= 1); at least one sentence is chosen
};

// Progress of one call: `stage` is the step running now ("clean", "split",
// "junk", "tokenize", "rank", "select", "keywords", "facts", and "done" with
// fraction 1 at the end), `fraction` the estimated share of the work done
// (0..1, never decreasing). Called at each stage and, within the longer stages, whenever the
// fraction has grown by at least 0.01: a few dozen calls per summary.
// Returning false cancels the call, which then fails with kCancelled.
using ProgressCallback = std::function<bool(const char* stage, double fraction)>;

struct Options {
  LengthUnit length_unit = LengthUnit::kAuto;
  double length = 0;  // meaning depends on length_unit; unused for kAuto

  int max_keywords = 10;           // 0 disables keywords (0..50)
  int max_facts = 5;               // 0 disables key facts (0..20)
  bool remove_junk = true;         // drop pasted-page junk (donation pleas, ...)
  bool include_sentences = false;  // also return every sentence with its score
  // Key facts meant to be read without the summary (a list of key points):
  // they lead with the article's main news. By default they are chosen to
  // be read beside the summary and lead with what it does not say.
  bool facts_alone = false;
  // The article's language: "" or "auto" to detect it, otherwise an ISO 639
  // code from SupportedLanguages() (an unknown code is kInvalidOptions).
  std::string language;
  // Several articles separated by lines of "---": one digest with facts
  // merged across articles, support counts, and different-event articles
  // reported (see Result::articles).
  bool digest = false;
  // Digest only: articles (Article::index) to take as part of the digest's
  // event even when their dates or words set them apart ("include anyway").
  std::vector<std::size_t> include_articles;
  ProgressCallback progress;  // optional; not part of the JSON options
};

// A span of the input, in both unit systems (see "Offsets" above).
struct Span {
  std::size_t byte_start = 0;
  std::size_t byte_end = 0;
  std::size_t utf16_start = 0;
  std::size_t utf16_end = 0;
};

struct Sentence {
  std::size_t index = 0;  // position among the article's sentences (junk excluded)
  std::string text;       // the sentence with white space runs collapsed
  double score = 0;       // ranking score; the scores of a document sum to 1
  bool selected = false;  // part of the summary
  bool heading = false;   // a line that does not end a sentence (title, list item)
  Span span;
  std::size_t article = 0;  // digest: the article the sentence belongs to
};

struct Keyword {
  std::string text;  // surface form as it appears most often in the text
  double score = 0;  // word-graph rank, summed over the phrase's words
  int count = 0;     // occurrences of the phrase in the article
};

// What a typed piece of a key fact is. The order is the order in which
// KeyFact::kinds lists them.
enum class FactKind {
  kMoney,         // "$3.64 billion", "5 million euros"
  kPercent,       // "9.9%", "3 percentage points"
  kQuantity,      // "three people", "200 troops"
  kDate,          // "January 4 to 9", "in 2024", "Friday"
  kPerson,        // "Finance Minister Choi Sang-mok"
  kPlace,         // "South Korea", "Wharf Street"
  kOrganization,  // "the State Department", "NATO"
  kQuote,         // a quotation with a reporting verb and a speaker
};

// The kind's name in the JSON output: "money", "percent", "quantity",
// "date", "person", "place", "organization", "quote".
const char* FactKindName(FactKind kind);

// A typed piece of a key fact ("$3.64 billion", "January 4 to 9").
struct TypedSpan {
  FactKind kind = FactKind::kMoney;
  std::string text;  // as it reads in KeyFact::text: its first occurrence
                     // after the previous span's text or, failing that, at
                     // or after that text's start (inside a quote)
  Span span;         // where it is in the input
  // Where `text` stands in KeyFact::text: byte and UTF-16 offsets into the
  // bullet, not the input, so a caller can mark it without searching.
  Span in_text;
  // Quotes: who says it, as written in the source sentence (the person, else
  // the organisation, named nearest to the quote; "" when none is named, as
  // in "he said"). Empty for other kinds.
  std::string speaker;
};

struct KeyFact {
  std::string text;  // verbatim words of the source sentence
  // The distinct kinds of `spans`, in the order of FactKind. For text that
  // is not English, kPerson, kPlace and kOrganization are left out here
  // (names are found through English cues), though `spans` may hold them.
  std::vector<FactKind> kinds;
  std::vector<TypedSpan> spans;  // the typed pieces of `text`, in order (a
                                 // quote may contain others)
  // The subject the fact is grouped under when the article is organised by
  // subject (headings "Korea", "Japan" over their sections); "" otherwise.
  std::string group;
  std::size_t sentence_index = 0;  // index of the source Sentence
  Span span;                       // the source sentence
  // Digest only: the article the words come from, and every article that
  // reports the same fact (ascending; its size is the support count; one
  // entry means a single-source fact).
  std::size_t article = 0;
  std::vector<std::size_t> articles;
};

// Digest only: one of the articles of the input.
struct Article {
  std::size_t index = 0;      // position among the articles, from 0
  std::string title;          // its first sentence or heading, shortened
  Span span;                  // the article in the input (separators excluded)
  std::size_t sentences = 0;  // sentences after junk removal
  std::size_t words = 0;
  std::vector<std::string> dates;  // dates and years as written, in order
  // False when the article is about another event than the digest (other
  // dates, other subject): its facts and sentences are left out.
  bool same_event = true;
  std::string reason;  // why same_event is what it is, in a short phrase
};

// A part of the input that was dropped as pasted-page junk.
struct Removed {
  std::string text;
  std::string reason;  // "navigation", "donation_plea", "vote_count",
                       // "comment_form", "captcha", "share_subscribe",
                       // "byline", "dateline", "boilerplate"
  Span span;
};

struct Stats {
  std::size_t input_bytes = 0;
  std::size_t repaired_sequences = 0;  // invalid UTF-8 sequences replaced
  std::size_t sentences = 0;           // article sentences after junk removal
  std::size_t words = 0;               // words in those sentences
  std::size_t summary_words = 0;
  int iterations = 0;  // power-iteration steps of the sentence ranking
  bool converged = true;
  std::size_t articles_omitted = 0;  // digest: articles beyond the cap, unread
};

// The language the text was processed as.
struct Language {
  std::string code = "und";  // ISO 639-1 ("fr"; 639-3 for languages without
                             // a 639-1 code); "und" when undetermined
  double confidence = 0;     // 0..1 (1 when the caller chose the language)
  bool detected = true;      // false when Options::language chose it
};

struct Result {
  Language language;
  std::vector<Sentence> summary;  // chosen sentences, in document order
  // The opening news sentence (else the most central one) compressed to its
  // main clause, at most 12 words, no ellipsis; empty for a digest.
  std::string headline;
  std::vector<Sentence> sentences;  // all sentences (only if include_sentences)
  std::vector<Keyword> keywords;    // best first
  std::vector<KeyFact> facts;       // in document order
  std::vector<Removed> removed;     // in document order
  std::vector<Article> articles;    // digest only, in input order
  Stats stats;
};

// Summarizes `text` (UTF-8; invalid sequences are repaired, not rejected).
// Empty or blank input is not an error: it yields an empty result.
// On failure `*result` is left empty.
Status Summarize(std::string_view text, const Options& options, Result* result);

// The JSON adaptor. `options_json` is an object (or empty string for the
// defaults) with these keys, all optional; unknown keys are an error:
//   "sentences": int >= 1 | "ratio": number in (0,1] | "words": int >= 1
//       (at most one of the three; none means automatic length)
//   "keywords": int 0..50, "facts": int 0..20,
//   "removeJunk": bool, "includeSentences": bool, "factsAlone": bool,
//   "language": "auto" | an ISO 639 code from SupportedLanguages()
//   "digest": bool (default false; see below)
// Returns {"ok":true,"version":...,"summary":[...],"headline":"...","keywords":[...],
//          "facts":[...],"removed":[...],
//          "language":{"code":"fr","confidence":0.97,"source":"detected"},
//          "stats":{...}}
// ("source" is "detected" or "user"; confidence has 2 decimals).
// Each fact: {"text","kinds":[...],"spans":[{"kind","text","byteStart",
// "byteEnd","utf16Start","utf16End" (quotes also "speaker"),
// "inText":{"byteStart","byteEnd","utf16Start","utf16End"}}],
// "group":"Korea" or "","sentenceIndex",
// "byteStart","byteEnd","utf16Start","utf16End"} (see KeyFact, TypedSpan;
// the fact's offsets are its source sentence's; a digest's facts have no
// group).
// or      {"ok":false,"version":...,"error":{"code":...,"message":...}}.
// With "digest": true the input is split at lines that are exactly "---"
// (spaces, tabs and a CR around it allowed; blank parts are skipped; at most
// 50 articles are read) and the envelope gains, all offsets still into the
// whole input:
//   summary[i].article, sentences[i].article: index of the article;
//   facts[i].article (where the bullet's words come from), .support (number
//     of articles reporting the fact), .articles ([indices], ascending),
//     .singleSource (support == 1); facts are ordered by support, then input;
//   "articles":[{"index","title","byteStart","byteEnd","utf16Start",
//     "utf16End","sentences","words","dates":["December 3, 2024",...],
//     "sameEvent":bool,"reason":"..."}] before "stats";
//   stats.articlesOmitted: articles past the cap, not read.
// Articles with sameEvent false (other dates or another subject) add
// nothing to summary, facts and keywords. Without the option the envelope
// has none of these fields.
// Scores are rounded to 6 decimals so the output is identical across
// platforms. Never throws.
std::string SummarizeJson(std::string_view text, std::string_view options_json);
// The same, reporting progress (see ProgressCallback) to `progress` when it
// is set; a cancelled call returns the "cancelled" error envelope.
std::string SummarizeJson(std::string_view text, std::string_view options_json,
                          const ProgressCallback& progress);

// The same envelope for typed options (Options::progress is honoured):
// SummarizeJson(text, json) is ParseOptionsJson then this.
std::string SummarizeJson(std::string_view text, const Options& options);

// Parses the options object described above. Exposed for tests.
Status ParseOptionsJson(std::string_view options_json, Options* options);

// The failure envelope for `status` (not ok), exactly as SummarizeJson
// returns it: {"ok":false,"version":"0.1.0","error":{"code":"invalid_options",
// "message":"..."}}. For callers that refuse a request before reaching the
// core (the WebAssembly glue, the CLI). Never throws.
std::string ErrorEnvelope(const Status& status);

// "" when this build can summarize `text` with `options_json` exactly as a
// build with every language's data would; otherwise the code of a language
// (or the name of a script) whose data the text needs and this build lacks,
// or "und" when it could not tell (out of memory).
// Only a build with part of the language data (the web page's English-only
// WebAssembly module) returns anything but "", so that its caller can send
// the text to the module with every language instead. Never throws.
std::string MissingLanguageData(std::string_view text, std::string_view options_json);

// The contract of the API as one JSON object, for callers in other languages
// that must agree with the core (the WebAssembly module exports it as
// contract()):
//   {"version":"0.1.0",
//    "limits":{"maxInputBytes":4194304,"maxSentenceBytes":3000,
//              "maxDigestArticles":50},                       (see Limits)
//    "options":{"sentences":{"type":"integer","min":1,"max":1000000000,
//                            "group":"length","default":null},
//               "ratio":{"type":"number","min":0,"minExclusive":true,"max":1,
//                        "group":"length","default":null},
//               "keywords":{"type":"integer","min":0,"max":50,"default":10},
//               "removeJunk":{"type":"boolean","default":true},
//               "language":{"type":"language","default":"auto"}, ...},
//    "errorCodes":["ok","invalid_options",...],            (ErrorCodeName)
//    "languages":["af","am",...]}                          (SupportedLanguages)
// "options" holds every key of the options JSON described above, in that
// order; "type" is "integer" (a whole number), "number", "boolean" or
// "language" ("auto" or one of "languages"); "min" is inclusive unless
// "minExclusive" is true, "max" is inclusive; options with "group":"length"
// exclude each other; a "default" of null means the option is absent by
// default (automatic length). Never throws.
std::string ContractJson();

// The ISO 639 codes Options::language accepts (sorted): every language that
// is detected or has a stemmer or stopword list.
std::vector<std::string> SupportedLanguages();

// "0.1.0"
const char* Version();

}  // namespace precis

#endif  // PRECIS_PRECIS_H_
