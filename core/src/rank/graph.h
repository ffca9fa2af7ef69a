// Graph and term-vector tools shared by the ranking stages:
//   * an undirected weighted graph in compressed rows, and PageRank's power
//     iteration over it (damping, tolerance, iteration cap, restart or
//     personalisation vector, dangling nodes);
//   * tf-idf term vectors and their cosine similarity;
//   * the near-duplicate test of two units' content-term sets, with its
//     thresholds.
// Everything here is deterministic: sums run in a fixed order (graph rows
// and vectors are sorted), so equal inputs give equal bits on every platform
// whose libm agrees.
#ifndef PRECIS_CORE_RANK_GRAPH_H_
#define PRECIS_CORE_RANK_GRAPH_H_

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace precis {
namespace internal {

// ---------------------------------------------------------------------------
// Weighted graphs and PageRank.

// An undirected weighted graph in compressed rows: the neighbours of node i
// are col[row[i]] .. col[row[i + 1] - 1], in increasing order, with the edge
// weights in `weight`. Every edge is stored in the rows of both its ends.
struct WeightedGraph {
  std::vector<std::size_t> row{0};
  std::vector<int> col;
  std::vector<double> weight;

  std::size_t nodes() const { return row.size() - 1; }
};

struct GraphEdge {
  int a;
  int b;  // a < b
  double weight;
};

// The graph of `nodes` nodes with the given edges, which must be sorted by
// (a, b) with a < b and no pair twice. Each row then lists its neighbours in
// increasing order.
WeightedGraph GraphFromEdges(std::size_t nodes, const std::vector<GraphEdge>& edges);

// How one step of the power iteration adds up a node's incoming score.
// Both compute next_i = (1 - d + d * dangling) * restart_i
//                       + d * sum over neighbours j of s_j * w_ij / out_j
// with the neighbours in increasing order; they round differently, and each
// caller keeps the one its outputs were measured with.
enum class PageRankSum {
  // sum = sum + (w_ij / out_j) * s_j, then restart term + d * sum.
  kDampTotal,
  // Onto the restart term, one neighbour at a time: + (d * s_j / out_j) * w_ij.
  kDampEach,
};

struct PageRankOptions {
  double damping = 0.85;
  // Stop when the L1 change of the score vector falls below this.
  double tolerance = 1e-6;
  int max_iterations = 100;
  PageRankSum sum = PageRankSum::kDampTotal;
};

struct PageRankResult {
  std::vector<double> scores;  // one per node, summing to 1
  int iterations = 0;
  bool converged = false;  // the change fell below the tolerance
};

// PageRank's power iteration from the uniform vector. The random surfer
// restarts by `restart` (one value per node, summing to 1: the
// personalisation vector), or evenly when `restart` is empty; a node without
// edges hands its score to the restart distribution, so the scores keep
// summing to 1. An empty graph gives no scores and counts as converged.
PageRankResult PageRank(const WeightedGraph& graph, const PageRankOptions& options,
                        const std::vector<double>& restart = {});

// ---------------------------------------------------------------------------
// tf-idf term vectors.

// The tf-idf weight of a term seen `tf` times in a unit and in `df` of
// `units` units: (1 + ln tf) * ln(1 + units / df). The smoothed idf keeps a
// term found in every unit a little weight.
double TfIdfWeight(double tf, double df, double units);

// A sparse vector of term weights, sorted by term key (an id or a string).
template <typename Key>
struct TermVector {
  std::vector<std::pair<Key, double>> weights;
  double sum_squares = 0;  // sum of the squared weights, in key order
};

// The tf-idf vector of a unit from its term counts, sorted by key; `df_of`
// gives a key's unit frequency, `units` the number of units.
template <typename Key, typename Count, typename DfOf>
TermVector<Key> TfIdfVector(const std::vector<std::pair<Key, Count>>& counts, double units,
                            DfOf df_of) {
  TermVector<Key> v;
  v.weights.reserve(counts.size());
  for (const auto& [key, count] : counts) {
    const double w =
        TfIdfWeight(static_cast<double>(count), static_cast<double>(df_of(key)), units);
    v.weights.emplace_back(key, w);
    v.sum_squares += w * w;
  }
  return v;
}

// Keeps the `max_terms` heaviest terms of `v` (ties: the smaller key), still
// sorted by key, and recomputes the sum of squares when terms are dropped.
template <typename Key>
void KeepHeaviest(TermVector<Key>* v, std::size_t max_terms) {
  if (v->weights.size() <= max_terms) return;
  std::nth_element(v->weights.begin(), v->weights.begin() + static_cast<std::ptrdiff_t>(max_terms),
                   v->weights.end(), [](const auto& a, const auto& b) {
                     return a.second != b.second ? a.second > b.second : a.first < b.first;
                   });
  v->weights.resize(max_terms);
  std::sort(v->weights.begin(), v->weights.end());
  v->sum_squares = 0;
  for (const auto& entry : v->weights) v->sum_squares += entry.second * entry.second;
}

// Dot product of two vectors, summed in key order over the shared keys.
template <typename Key>
double Dot(const TermVector<Key>& a, const TermVector<Key>& b) {
  double dot = 0;
  std::size_t i = 0;
  std::size_t j = 0;
  while (i < a.weights.size() && j < b.weights.size()) {
    if (a.weights[i].first < b.weights[j].first) {
      ++i;
    } else if (b.weights[j].first < a.weights[i].first) {
      ++j;
    } else {
      dot += a.weights[i].second * b.weights[j].second;
      ++i;
      ++j;
    }
  }
  return dot;
}

// Cosine from a dot product and the two sums of squares: dot / sqrt(sa * sb),
// 0 when either vector is empty.
inline double CosineOf(double dot, double sum_squares_a, double sum_squares_b) {
  if (sum_squares_a <= 0 || sum_squares_b <= 0) return 0;
  return dot / std::sqrt(sum_squares_a * sum_squares_b);
}

template <typename Key>
double Cosine(const TermVector<Key>& a, const TermVector<Key>& b) {
  return CosineOf(Dot(a, b), a.sum_squares, b.sum_squares);
}

// ---------------------------------------------------------------------------
// Redundancy: do two units say the same thing?
//
// Two units are near-duplicates when the content terms they share are at
// least kDuplicateContainment of the smaller unit's terms, such as a photo
// caption repeating the lede with a few words more. (A Jaccard test at 0.5
// adds nothing to it: Jaccard >= 0.5 means shared >= (|A| + |B|) / 3, which
// is at least 2/3 of the smaller set.)
constexpr double kDuplicateContainment = 0.6;
// Weighted variant (WeightedContainment): the weight of the shared terms
// over the lighter unit's weight, for units whose rarer terms are mostly
// shared.
constexpr double kDuplicateWeighted = 0.5;

// Number of elements two sorted, duplicate-free sets share.
std::size_t SharedTerms(const std::vector<std::string>& a, const std::vector<std::string>& b);
std::size_t SharedTerms(const std::vector<int>& a, const std::vector<int>& b);

// True when `shared` elements are at least `containment` of the smaller of
// two sets of sizes `size_a` and `size_b`; false when either is empty.
bool Contained(std::size_t shared, std::size_t size_a, std::size_t size_b, double containment);

// The containment test on two sorted, duplicate-free term sets.
inline bool NearDuplicate(const std::vector<std::string>& a, const std::vector<std::string>& b,
                          double containment = kDuplicateContainment) {
  return Contained(SharedTerms(a, b), a.size(), b.size(), containment);
}

// The containment test on two sorted, duplicate-free sets of term ids.
inline bool NearDuplicate(const std::vector<int>& a, const std::vector<int>& b,
                          double containment = kDuplicateContainment) {
  return Contained(SharedTerms(a, b), a.size(), b.size(), containment);
}

// Calls `shared(term)` for each term two sorted term lists (of strings or
// ids) have in common, in term order.
template <typename Term, typename Fn>
void ForEachShared(const std::vector<Term>& a, const std::vector<Term>& b, Fn shared) {
  std::size_t i = 0;
  std::size_t j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] < b[j]) {
      ++i;
    } else if (b[j] < a[i]) {
      ++j;
    } else {
      shared(a[i]);
      ++i;
      ++j;
    }
  }
}

// Weight of the terms two sorted sets share (`weight_of(term)` each, added
// in term order) over the lighter set's weight (`wa`, `wb`); 0 when they
// share fewer than two terms or a weight is not positive.
template <typename WeightOf>
double WeightedContainment(const std::vector<std::string>& a, double wa,
                           const std::vector<std::string>& b, double wb, WeightOf weight_of) {
  double shared = 0;
  std::size_t count = 0;
  ForEachShared(a, b, [&](const std::string& term) {
    shared += weight_of(term);
    ++count;
  });
  const double lighter = std::min(wa, wb);
  if (count < 2 || lighter <= 0) return 0.0;
  return shared / lighter;
}

}  // namespace internal
}  // namespace precis

#endif  // PRECIS_CORE_RANK_GRAPH_H_
