#include "rank/graph.h"

#include <cstdint>

namespace precis {
namespace internal {

WeightedGraph GraphFromEdges(std::size_t nodes, const std::vector<GraphEdge>& edges) {
  std::vector<std::size_t> degree(nodes, 0);
  for (const GraphEdge& e : edges) {
    ++degree[static_cast<std::size_t>(e.a)];
    ++degree[static_cast<std::size_t>(e.b)];
  }
  WeightedGraph g;
  g.row.assign(nodes + 1, 0);
  for (std::size_t i = 0; i < nodes; ++i) g.row[i + 1] = g.row[i] + degree[i];
  g.col.resize(g.row[nodes]);
  g.weight.resize(g.row[nodes]);
  // With the edges sorted by (a, b), each row receives its smaller
  // neighbours (as b) before its larger ones (as a), both in increasing order.
  std::vector<std::size_t> fill(g.row.begin(), g.row.end() - 1);
  for (const GraphEdge& e : edges) {
    const std::size_t ua = static_cast<std::size_t>(e.a);
    const std::size_t ub = static_cast<std::size_t>(e.b);
    g.col[fill[ua]] = e.b;
    g.weight[fill[ua]++] = e.weight;
    g.col[fill[ub]] = e.a;
    g.weight[fill[ub]++] = e.weight;
  }
  return g;
}

namespace {

// Rows summed side by side in PageRank's step.
constexpr std::size_t kRowsAtOnce = 4;

// sum[r - first] = sum over k in row r of share[k] * score[col[k]], for the
// rows first .. last - 1 (at most kRowsAtOnce). Each row's terms are added
// in its own order, exactly as one row at a time would add them; the rows
// advance together so that their additions, each waiting on the one before
// it, overlap.
void SumRows(const std::vector<std::size_t>& row, const std::vector<int>& col,
             const std::vector<double>& share, const std::vector<double>& score, std::size_t first,
             std::size_t last, double* sum) {
  std::size_t k[kRowsAtOnce];
  std::size_t end[kRowsAtOnce];
  const std::size_t rows = last - first;
  std::size_t common = SIZE_MAX;
  for (std::size_t r = 0; r < rows; ++r) {
    sum[r] = 0;
    k[r] = row[first + r];
    end[r] = row[first + r + 1];
    common = std::min(common, end[r] - k[r]);
  }
  if (rows == kRowsAtOnce) {
    for (std::size_t step = 0; step < common; ++step) {
      for (std::size_t r = 0; r < kRowsAtOnce; ++r) {
        sum[r] += share[k[r]] * score[static_cast<std::size_t>(col[k[r]])];
        ++k[r];
      }
    }
  }
  for (std::size_t r = 0; r < rows; ++r) {
    for (; k[r] < end[r]; ++k[r]) {
      sum[r] += share[k[r]] * score[static_cast<std::size_t>(col[k[r]])];
    }
  }
}

}  // namespace

PageRankResult PageRank(const WeightedGraph& graph, const PageRankOptions& options,
                        const std::vector<double>& restart) {
  PageRankResult result;
  const std::size_t n = graph.nodes();
  if (n == 0) {
    result.converged = true;
    return result;
  }
  const std::vector<std::size_t>& row = graph.row;
  const std::vector<int>& col = graph.col;
  const std::vector<double>& weight = graph.weight;
  const bool uniform = restart.empty();
  const double d = options.damping;

  // Total edge weight of each node.
  std::vector<double> out(n, 0.0);
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t k = row[i]; k < row[i + 1]; ++k) out[i] += weight[k];
  }
  // kDampTotal: each edge (i <- j) weighted by w / out_j.
  std::vector<double> share;
  if (options.sum == PageRankSum::kDampTotal) {
    share.resize(weight.size());
    for (std::size_t k = 0; k < share.size(); ++k) {
      share[k] = weight[k] / out[static_cast<std::size_t>(col[k])];
    }
  }
  // kDampEach: d * s_j / out_j for every node j with edges, per step.
  std::vector<double> sent;
  if (options.sum == PageRankSum::kDampEach) sent.assign(n, 0.0);

  std::vector<double> score(n, 1.0 / static_cast<double>(n));
  std::vector<double> next(n);
  for (int iter = 1; iter <= options.max_iterations; ++iter) {
    double dangling = 0;
    for (std::size_t i = 0; i < n; ++i) {
      if (out[i] == 0) dangling += score[i];
    }
    const double base = 1.0 - d + d * dangling;
    if (options.sum == PageRankSum::kDampTotal) {
      for (std::size_t i = 0; i < n; i += kRowsAtOnce) {
        double sum[kRowsAtOnce];
        SumRows(row, col, share, score, i, std::min(n, i + kRowsAtOnce), sum);
        for (std::size_t r = i; r < std::min(n, i + kRowsAtOnce); ++r) {
          next[r] = (uniform ? base / static_cast<double>(n) : base * restart[r]) + d * sum[r - i];
        }
      }
    } else {
      for (std::size_t j = 0; j < n; ++j) {
        if (out[j] != 0) sent[j] = d * score[j] / out[j];
      }
      for (std::size_t i = 0; i < n; ++i) {
        double acc = uniform ? base / static_cast<double>(n) : base * restart[i];
        for (std::size_t k = row[i]; k < row[i + 1]; ++k) {
          acc += sent[static_cast<std::size_t>(col[k])] * weight[k];
        }
        next[i] = acc;
      }
    }
    double delta = 0;
    for (std::size_t i = 0; i < n; ++i) delta += std::fabs(next[i] - score[i]);
    score.swap(next);
    result.iterations = iter;
    if (delta < options.tolerance) {
      result.converged = true;
      break;
    }
  }
  result.scores = std::move(score);
  return result;
}

double TfIdfWeight(double tf, double df, double units) {
  return (1.0 + std::log(tf)) * std::log(1.0 + units / df);
}

std::size_t SharedTerms(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  std::size_t shared = 0;
  ForEachShared(a, b, [&shared](const std::string&) { ++shared; });
  return shared;
}

std::size_t SharedTerms(const std::vector<int>& a, const std::vector<int>& b) {
  std::size_t shared = 0;
  ForEachShared(a, b, [&shared](int) { ++shared; });
  return shared;
}

bool Contained(std::size_t shared, std::size_t size_a, std::size_t size_b, double containment) {
  const std::size_t smaller = std::min(size_a, size_b);
  return smaller > 0 && static_cast<double>(shared) / static_cast<double>(smaller) >= containment;
}

}  // namespace internal
}  // namespace precis
