// ROUGE-1, ROUGE-2 and summary-level ROUGE-L (Lin 2004), computed the way
// the reference Perl script ROUGE-1.5.5 computes them with "-m -n 2" on
// summaries written one sentence per line:
//   * lower-cased ASCII; every character other than a-z and 0-9 separates
//     tokens (so "39-year-old" is three tokens, non-ASCII bytes are breaks);
//   * '&', '<' and '>' count as the words "amp", "lt" and "gt", because the
//     usual wrapper writes summaries as HTML and escapes them;
//   * with stemming, words longer than three characters go through a table
//     of irregular forms ("went" -> "go") first, then the Porter stemmer;
//   * ROUGE-N counts clipped n-gram matches over the whole summary (n-grams
//     cross sentence boundaries); ROUGE-L is the union LCS of every
//     reference sentence against all candidate sentences, each token
//     counted at most as often as it occurs on both sides.
// Scores are fractions in [0, 1]; F is the balanced F-measure.
#ifndef PRECIS_BENCH_QUALITY_ROUGE_H_
#define PRECIS_BENCH_QUALITY_ROUGE_H_

#include <string>
#include <string_view>
#include <vector>

namespace precis_bench {

// The Porter (1980) stemmer applied to a lower-case ASCII word, as in the
// reference implementation that ROUGE-1.5.5 ships.
std::string PorterStem(std::string_view word);

// ROUGE-1.5.5's stemming of one token: irregular forms map through a table,
// other words longer than three letters are Porter-stemmed.
std::string RougeStem(std::string_view token);

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
                       const std::vector<std::string>& candidate,
                       bool stem = true);

// Splits text into non-empty lines.
std::vector<std::string> SplitLines(std::string_view text);

}  // namespace precis_bench

#endif  // PRECIS_BENCH_QUALITY_ROUGE_H_
