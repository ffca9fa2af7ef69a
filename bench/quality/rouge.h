// ROUGE-1, ROUGE-2 and summary-level ROUGE-L (Lin 2004), computed the way
// the reference Perl script ROUGE-1.5.5 computes them with "-m -n 2" on
// summaries written one sentence per line:
//   * lower-cased ASCII; every character other than a-z and 0-9 separates
//     tokens (so "39-year-old" is three tokens, non-ASCII bytes are breaks);
//   * '&', '<' and '>' count as the words "amp", "lt" and "gt", because the
//     usual wrapper writes summaries as HTML and escapes them;
//   * with stemming, words longer than three characters go through WordNet's
//     exception lists of irregular forms ("went" -> "go") first, then the
//     Porter stemmer as ROUGE-1.5.5 modifies it (see PorterStem);
//   * ROUGE-N counts clipped n-gram matches over the whole summary (n-grams
//     cross sentence boundaries); ROUGE-L is the union LCS of every
//     reference sentence against all candidate sentences, each token
//     counted at most as often as it occurs on both sides.
// Scores are fractions in [0, 1]; F is the balanced F-measure.
#ifndef PRECIS_BENCH_QUALITY_ROUGE_H_
#define PRECIS_BENCH_QUALITY_ROUGE_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace precis_bench {

// The Porter (1980) stemmer applied to a lower-case ASCII word, as
// ROUGE-1.5.5 ships it: step 4 handles "-ment", "-ent" and "-ion" in
// separate passes (see rouge.cc), so a few words stem further than in the
// original algorithm ("agreement" -> "agreem", "congressional" ->
// "congress").
std::string PorterStem(std::string_view word);

// ROUGE-1.5.5's stemming of one token: tokens of three letters or fewer stay
// as they are; irregular forms map to their base form through WordNet's
// exception lists; other words are Porter-stemmed.
//
// The lists (adj.exc, adv.exc, noun.exc, verb.exc: "inflected base" per
// line) are read once, on first use, from $PRECIS_WORDNET_DIR or else
// /usr/share/wordnet (Debian package wordnet-base), merged the way
// ROUGE-1.5.5 builds its exception database: the first base form of a line
// counts and later files replace earlier entries. When none is readable a
// built-in list of common irregular forms is used and a note goes to stderr
// once.
std::string RougeStem(std::string_view token);

// Irregular form -> base form.
using ExceptionTable = std::unordered_map<std::string, std::string>;

// Adds WordNet's exception lists in `dir` (adj.exc, adv.exc, noun.exc,
// verb.exc, in that order; missing files are skipped) to `table`. Each line
// is "inflected base [base...]"; the first base form counts and a later line
// for the same word replaces an earlier one, as in the database ROUGE-1.5.5
// builds from the same files (it merges them in directory-listing order; the
// entries longer than three letters where that order matters are "better"
// and "best" ("good" in adj.exc, "well" in adv.exc) and "testes"; the test
// pairs score the same either way). Lines with fewer than two fields are ignored.
// Returns how many files had entries.
std::size_t ReadWordNetExceptions(const std::string& dir, ExceptionTable* table);

// Where the exception table came from (a directory or the built-in list),
// and how many entries it holds; both load the table if needed.
const std::string& RougeExceptionSource();
std::size_t RougeExceptionCount();

// Tokens of one line of text, stemmed when `stem` is set.
std::vector<std::string> RougeTokens(std::string_view text, bool stem);

struct PrfScore {
  double precision = 0;
  double recall = 0;
  double f = 0;
};

struct RougeScores {
  PrfScore rouge1;
  PrfScore rouge2;
  PrfScore rougeL;
};

// Scores `candidate` against `reference`; each is a list of sentences (the
// lines of the summary file). Empty sides score 0.
RougeScores ScoreRouge(const std::vector<std::string>& reference,
                       const std::vector<std::string>& candidate, bool stem = true);

// The highest mean ROUGE-2 F that candidates with `total_tokens` tokens in
// all can reach against references of `reference_tokens[i]` tokens: every
// candidate bigram found in its reference (a candidate of t tokens has t - 1
// bigrams, n-grams crossing its sentence boundaries), the tokens spread over
// the documents wherever they gain most. An upper bound by Lagrangian
// relaxation (exact up to the grid of multipliers, never below the optimum).
double MaxMeanRouge2F(const std::vector<std::size_t>& reference_tokens, double total_tokens);

// The highest ROUGE-2 F of a candidate of `candidate_tokens` tokens against a
// reference of `reference_tokens` tokens (every candidate bigram in it).
double MaxRouge2F(std::size_t reference_tokens, std::size_t candidate_tokens);

// Splits text into non-empty lines.
std::vector<std::string> SplitLines(std::string_view text);

}  // namespace precis_bench

#endif  // PRECIS_BENCH_QUALITY_ROUGE_H_
