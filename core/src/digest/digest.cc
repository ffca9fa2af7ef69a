// Multi-article digests. Each article is run through the single-article
// pipeline on its range of the repaired input (api/precis.cc); the digest
// then
//   1. decides which articles are about the same event (digest/event.cc):
//      content similarity (tf-idf cosine of their content stems) and the
//      years they mention; the largest group of mutually consistent
//      articles is the digest, the others are reported as different events
//      and left out;
//   2. clusters the key facts of the digest's articles (digest/merge.cc):
//      two facts from different articles are the same fact when the rare
//      content stems they share (names, numbers such as "3.64", events such
//      as "impeach") carry most of the weight of the shorter one, their
//      numbers agree, and they share a name, a place or a number (or nearly
//      all their words); a country is one term however it is named
//      ("Seoul", "South Korea", "Korea", "South Korean"), and a list of
//      countries one more term for the set; each cluster becomes one bullet
//      (the member stating the most values, a date above a weekday, then
//      the shortest) with the articles that support it; a single-source
//      bullet with no figure, quote or name of its own only fills up to the
//      bullet count;
//   3. builds the summary round-robin from the articles' own summaries,
//      skipping sentences that repeat one already chosen
//      (digest/summary.cc).
// Work is bounded: at most kMaxDigestArticles articles, facts and summary
// sentences compared through capped inverted indexes or small sets.
#include "digest/digest.h"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <utility>

#include "digest/event.h"
#include "digest/merge.h"
#include "digest/summary.h"
#include "lex/dates.h"
#include "lex/tokenizer.h"
#include "pipeline/result.h"
#include "text/unicode.h"

namespace precis {
namespace internal {

std::vector<const std::vector<Terms>*> SentenceTerms(const std::vector<Piece>& pieces,
                                                     const std::vector<std::size_t>& which) {
  std::vector<const std::vector<Terms>*> out;
  out.reserve(which.size());
  for (std::size_t i : which) out.push_back(&pieces[i].sentence_terms);
  return out;
}

namespace {

std::string ShortTitle(const std::string& text) {
  constexpr std::size_t kMax = 100;
  if (text.size() <= kMax) return text;
  std::size_t cut = text.rfind(' ', kMax);
  if (cut == std::string::npos || cut < kMax / 2) {
    cut = kMax;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  }
  return text.substr(0, cut) + "\xE2\x80\xA6";  // …
}

// Article `index` as a piece: its result with spans of the whole input
// (`utf16_offset` is the UTF-16 offset of its start), every sentence and
// fact marked as its own.
Piece MakePiece(const RepairedInput& input, const Analysis& a, std::size_t index,
                std::size_t utf16_offset, const Options& options) {
  Options per = options;
  per.digest = false;
  per.include_sentences = true;
  Piece p;
  p.analysis = &a;
  Result& r = p.result;
  for (const Repair& rep : input.repairs) {
    if (rep.fixed_pos >= a.offset && rep.fixed_pos < a.offset + a.text.size()) {
      ++r.stats.repaired_sequences;
    }
  }
  BuildResult(a, input, per, utf16_offset, &r);
  for (Sentence& s : r.sentences) s.article = index;
  for (Sentence& s : r.summary) s.article = index;
  for (KeyFact& f : r.facts) {
    f.group.clear();  // one article's sections do not organise the digest
    f.article = index;
    f.articles = {index};
  }
  return p;
}

// Sentences at an article's opening whose dates are the news's dates.
constexpr std::size_t kOpeningSentences = 3;

// Whether `text` is a publication line ("Published 10:05 GMT, 4 January
// 2025", "Updated: Jan 4, 2025").
bool PublicationLine(std::string_view text) {
  for (std::string_view lead : {"Published", "Updated", "Posted", "Last updated", "Date:"}) {
    if (text.substr(0, lead.size()) == lead) return true;
  }
  return false;
}

// The years of the dates in `text` that state a year: with their month
// unless `bare` (a year alone, "in 2022", is background more often than
// news).
void YearsIn(std::string_view text, bool bare, int* year) {
  for (const std::vector<DateSpan>& found : {FindDateSpans(text), FindWorldDateSpans(text)}) {
    for (const DateSpan& d : found) {
      if (d.year != 0 && (bare || d.month != 0)) *year = std::max(*year, d.year);
    }
  }
}

// The year of the news an article reports, from its news dates: datelines,
// bylines and publication lines, then dates with a month and a year in its
// opening sentences; failing those, the latest date with a month and a
// year anywhere in it (`*stated` false). Years mentioned in passing ("since
// Russia's invasion in 2022") are not news dates.
int NewsYear(const Result& r, bool* stated) {
  int year = 0;
  for (const Removed& rm : r.removed) {
    if (rm.reason == "byline" || rm.reason == "dateline") YearsIn(rm.text, true, &year);
  }
  for (std::size_t i = 0; i < r.sentences.size(); ++i) {
    const Sentence& s = r.sentences[i];
    if (PublicationLine(s.text)) YearsIn(s.text, true, &year);
    if (i < kOpeningSentences) YearsIn(s.text, false, &year);
  }
  *stated = year != 0;
  if (year != 0) return year;
  for (const Sentence& s : r.sentences) YearsIn(s.text, false, &year);
  return year;
}

// The article's entry of Result::articles: its dates (from its sentences,
// bylines and datelines) as written; the piece gets its news year.
Article DescribeArticle(const RepairedInput& input, std::size_t index, std::size_t utf16_offset,
                        Piece* p) {
  const Analysis& an = *p->analysis;
  const Result& r = p->result;
  Article a;
  a.index = index;
  a.span.byte_start = RawOffset(input.repairs, an.offset);
  a.span.byte_end = RawOffset(input.repairs, an.offset + an.text.size());
  a.span.utf16_start = utf16_offset;
  a.span.utf16_end = utf16_offset + Utf16Length(an.text, 0, an.text.size());
  a.sentences = r.stats.sentences;
  a.words = r.stats.words;
  if (!r.sentences.empty()) a.title = ShortTitle(r.sentences[0].text);
  std::vector<std::pair<std::size_t, const std::string*>> texts;
  for (const Sentence& s : r.sentences) texts.emplace_back(s.span.byte_start, &s.text);
  for (const Removed& rm : r.removed) {
    if (rm.reason == "byline" || rm.reason == "dateline") {
      texts.emplace_back(rm.span.byte_start, &rm.text);
    }
  }
  std::sort(texts.begin(), texts.end());
  for (const auto& [unused, t] : texts) {
    for (const DateSpan& d : FindDateSpans(*t)) {
      if (a.dates.size() < 50) a.dates.push_back(t->substr(d.begin, d.end - d.begin));
    }
  }
  p->news_year = NewsYear(r, &p->news_stated);
  return a;
}

// The pieces of the articles and their Result::articles entries.
std::vector<Piece> MakePieces(const RepairedInput& input, const std::vector<Analysis>& analyses,
                              const Options& options, Result* out) {
  std::vector<Piece> pieces;
  std::size_t prev = 0;
  std::size_t utf16 = 0;
  for (std::size_t i = 0; i < analyses.size(); ++i) {
    const Analysis& a = analyses[i];
    utf16 += Utf16Length(input.text, prev, a.offset);
    pieces.push_back(MakePiece(input, a, i, utf16, options));
    out->articles.push_back(DescribeArticle(input, i, utf16, &pieces.back()));
    utf16 += Utf16Length(input.text, a.offset, a.offset + a.text.size());
    prev = a.offset + a.text.size();
  }
  return pieces;
}

// The tokens of document sentence `ds` of `text` with offsets into
// `shown`, the sentence as CollapseSpace shows it (white space runs made
// one space). False when the tokenizer might read `shown` otherwise: when
// CollapseSpace dropped a character inside the sentence (the words around
// it would join), or when a letter follows the sentence (the tokenizer
// looks one character past a dotted initialism such as "U.S").
bool ShownTokens(std::string_view text, const DocSentence& ds, std::string_view shown,
                 std::vector<Token>* out) {
  constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  std::vector<std::size_t> at(ds.end - ds.begin + 1, kNone);  // offset in `shown`
  std::size_t shown_pos = 0;
  bool pending_space = false;
  for (std::size_t pos = ds.begin; pos < ds.end;) {
    char32_t cp;
    const std::size_t len = static_cast<std::size_t>(DecodeAt(text, pos, &cp));
    if (IsSpace(cp)) {
      pending_space = shown_pos > 0;
    } else {
      if (pending_space) ++shown_pos;
      pending_space = false;
      at[pos - ds.begin] = shown_pos;
      shown_pos += len;
    }
    pos += len;
  }
  if (shown_pos != shown.size()) return false;
  char32_t next = 0;
  if (DecodeAt(text, ds.end, &next) > 0 && IsLetter(next)) return false;
  *out = ds.tokens;
  for (Token& t : *out) {
    const std::size_t len = t.end - t.begin;
    const std::size_t begin = at[t.begin - ds.begin];
    if (begin == kNone || shown.substr(begin, len) != text.substr(t.begin, len)) return false;
    t.begin = begin;
    t.end = begin + len;
  }
  return true;
}

// The sentence terms and tf-idf vectors of the pieces. The terms come from
// the tokens of each article's document, read against the sentence as the
// result shows it; a sentence the tokenizer might read otherwise there, or
// an article in another language than the digest's, is tokenized again.
void AddTerms(Tokenizer* tokenizer, const std::string& language, std::vector<Piece>* pieces) {
  std::vector<Token> tokens;
  for (Piece& p : *pieces) {
    const Document& doc = p.analysis->doc;
    const bool same_language = p.analysis->language.code == language;
    for (const Sentence& s : p.result.sentences) {
      if (same_language && ShownTokens(doc.text, doc.sentences[s.index], s.text, &tokens)) {
        p.sentence_terms.push_back(ContentTerms(s.text, tokens));
      } else {
        p.sentence_terms.push_back(ContentTerms(tokenizer, s.text));
      }
    }
  }
  std::vector<std::size_t> all(pieces->size());
  for (std::size_t i = 0; i < all.size(); ++i) all[i] = i;
  std::vector<TermVector<std::string>> vectors = ArticleVectors(SentenceTerms(*pieces, all));
  for (std::size_t i = 0; i < pieces->size(); ++i) (*pieces)[i].vector = std::move(vectors[i]);
}

// Keywords of the members, merged by case-folded text.
void MergeKeywords(const std::vector<Piece>& pieces, const std::vector<std::size_t>& members,
                   int max_keywords, Result* out) {
  std::vector<Keyword> merged;
  std::unordered_map<std::string, std::size_t> at;
  for (std::size_t m : members) {
    for (const Keyword& k : pieces[m].result.keywords) {
      const std::string key = FoldCase(k.text);
      const auto it = at.find(key);
      if (it == at.end()) {
        at.emplace(key, merged.size());
        merged.push_back(k);
      } else {
        merged[it->second].score += k.score;
        merged[it->second].count += k.count;
      }
    }
  }
  const double scale = members.empty() ? 1 : 1.0 / static_cast<double>(members.size());
  for (Keyword& k : merged) k.score *= scale;
  std::stable_sort(merged.begin(), merged.end(),
                   [](const Keyword& a, const Keyword& b) { return a.score > b.score; });
  if (merged.size() > static_cast<std::size_t>(max_keywords)) {
    merged.resize(static_cast<std::size_t>(max_keywords));
  }
  out->keywords = std::move(merged);
}

// The summary of a digest of one article: that article's own.
void SingleSummary(const std::vector<Piece>& pieces, std::size_t member, const Options& options,
                   Result* out) {
  const Result& r = pieces[member].result;
  out->summary = r.summary;
  out->stats.summary_words = r.stats.summary_words;
  if (!options.include_sentences) return;
  for (std::size_t p = 0; p < pieces.size(); ++p) {
    for (Sentence s : pieces[p].result.sentences) {
      if (p != member) s.selected = false;
      out->sentences.push_back(std::move(s));
    }
  }
}

}  // namespace

Status BuildDigest(const RepairedInput& input, const std::vector<Analysis>& articles,
                   std::size_t omitted, const Options& options, const DigestTuning& tuning,
                   Result* result) {
  *result = Result();
  Result out;
  out.stats.input_bytes = input.raw.size();
  out.stats.articles_omitted = omitted;
  std::vector<Piece> pieces = MakePieces(input, articles, options, &out);
  // The digest speaks the language of its first article (each article was
  // detected on its own, or all were told the caller's language).
  if (!pieces.empty()) out.language = pieces[0].result.language;
  Tokenizer tokenizer(out.language.code);
  AddTerms(&tokenizer, out.language.code, &pieces);
  const std::vector<std::size_t> members =
      ChooseEvent(pieces, &out.articles, tuning.one_event, options.include_articles);

  // Summary, facts, keywords from the members; removed and stats from all.
  if (members.size() == 1) SingleSummary(pieces, members[0], options, &out);
  const TermWeights weights(SentenceTerms(pieces, members));
  if (members.size() > 1) BuildSummary(pieces, members, weights, options, &out);
  if (options.max_facts > 0) {
    MergeFacts(pieces, members, weights, options.max_facts, &tokenizer, &out);
  }
  if (options.max_keywords > 0) {
    if (members.size() == 1) {
      out.keywords = pieces[members[0]].result.keywords;
    } else {
      MergeKeywords(pieces, members, options.max_keywords, &out);
    }
  }
  for (Piece& p : pieces) {
    for (Removed& rm : p.result.removed) out.removed.push_back(std::move(rm));
    out.stats.repaired_sequences += p.result.stats.repaired_sequences;
    out.stats.sentences += p.result.stats.sentences;
    out.stats.words += p.result.stats.words;
    out.stats.iterations = std::max(out.stats.iterations, p.result.stats.iterations);
    out.stats.converged = out.stats.converged && p.result.stats.converged;
  }
  *result = std::move(out);
  return Status::Ok();
}

}  // namespace internal
}  // namespace precis
