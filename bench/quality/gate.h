// Pieces of the quality gate that do not depend on precis' own stages: a
// plain sentence splitter for the Lead baseline, paired bootstrap
// intervals, the committed reference figures, and the labelled junk lines.
#ifndef PRECIS_BENCH_QUALITY_GATE_H_
#define PRECIS_BENCH_QUALITY_GATE_H_

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace precis_bench {

// Splits `text` into sentences by a fixed rule, independent of precis:
//   * every line break ends a sentence (a pasted paragraph is a line);
//   * '.', '!' or '?', optionally followed by closing quotes or brackets
//     (" ' ) ] and the UTF-8 right quotes), ends a sentence when white space
//     follows and then an ASCII capital letter, a digit or an opening quote
//     (" ' ` and the UTF-8 left quotes).
// Pieces are trimmed of white space; empty pieces are dropped. Headings and
// junk lines are sentences like any other.
std::vector<std::string> PlainSplit(const std::string& text);

// A 95% interval of the mean of paired per-document differences.
struct Interval {
  double mean = 0;
  double lo = 0;
  double hi = 0;
};

// Percentile bootstrap: `resamples` resamples of the documents with
// replacement, drawn by a 64-bit Mersenne Twister seeded with `seed`.
Interval PairedBootstrap(const std::vector<double>& diffs, int resamples = 1000,
                         std::uint64_t seed = 20261204);

// The committed reference figures: "key value" a line, '#' starts a comment.
// Returns false when the file cannot be read.
bool ReadReference(const std::string& path, std::map<std::string, double>* out);
bool WriteReference(const std::string& path, const std::map<std::string, double>& values);

// Junk removal against labelled lines (see junk_lines.tsv): each line is
// "junk|clean <TAB> source <TAB> text", where source names the document the
// text is found in (articles/FILE of the shared data, cnndm:ID, bbc:ID) or
// "host": the text is put as its own paragraph into the middle of a fixed
// clean article. A line counts as removed when precis reports at least half
// of its bytes as removed junk (Result::removed).
struct JunkScore {
  int junk = 0, clean = 0;
  int removed_junk = 0;   // true positives
  int removed_clean = 0;  // false positives
  double Precision() const {
    const int removed = removed_junk + removed_clean;
    return removed > 0 ? static_cast<double>(removed_junk) / removed : 1.0;
  }
  double Recall() const { return junk > 0 ? static_cast<double>(removed_junk) / junk : 0.0; }
  std::vector<std::string> wrongly_removed;  // clean lines removed
};

// Returns false (and a message in *error) when a file or a line's text is
// missing. `remove_junk` is Options::remove_junk.
bool ScoreJunk(const std::string& labels_path, const std::string& data_dir, bool remove_junk,
               JunkScore* score, std::string* error);

}  // namespace precis_bench

#endif  // PRECIS_BENCH_QUALITY_GATE_H_
