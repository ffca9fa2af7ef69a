#include "ranking.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <string>

namespace precis {
namespace internal {
namespace {

// Terms that occur in more sentences than this are left out of the graph's
// edges: their idf is near zero, and linking every pair of sentences that
// shares them would make the graph quadratic on long inputs.
constexpr std::size_t kMaxPostingsPerTerm = 2000;

// Two sentences whose content-term sets overlap this much (Jaccard) say the
// same thing; selection keeps only the better one.
constexpr double kDuplicateJaccard = 0.7;

struct TermVector {
  std::vector<std::pair<int, double>> weights;  // (term id, tf-idf), sorted
  double norm = 0;
};

bool IsContent(const Token& t) { return !t.stopword; }

// Maps each sentence's content terms to ids and tf-idf weights.
std::vector<TermVector> BuildVectors(const Document& doc,
                                     std::vector<std::vector<int>>* postings) {
  std::map<std::string, int> ids;  // ordered: deterministic ids
  std::vector<std::map<int, int>> tf(doc.sentences.size());
  for (std::size_t i = 0; i < doc.sentences.size(); ++i) {
    for (const Token& t : doc.sentences[i].tokens) {
      if (!IsContent(t)) continue;
      auto it = ids.emplace(t.term, static_cast<int>(ids.size())).first;
      ++tf[i][it->second];
    }
  }
  postings->assign(ids.size(), {});
  for (std::size_t i = 0; i < tf.size(); ++i) {
    for (const auto& [term, count] : tf[i]) {
      (*postings)[static_cast<std::size_t>(term)].push_back(static_cast<int>(i));
    }
  }
  const double n = static_cast<double>(doc.sentences.size());
  std::vector<TermVector> vectors(tf.size());
  for (std::size_t i = 0; i < tf.size(); ++i) {
    TermVector& v = vectors[i];
    for (const auto& [term, count] : tf[i]) {
      const double df =
          static_cast<double>((*postings)[static_cast<std::size_t>(term)].size());
      // Smoothed idf: a term in every sentence still weighs a little.
      const double w = (1.0 + std::log(static_cast<double>(count))) *
                       std::log(1.0 + n / df);
      v.weights.emplace_back(term, w);
      v.norm += w * w;
    }
    v.norm = std::sqrt(v.norm);
  }
  return vectors;
}

}  // namespace

Ranking RankSentences(const Document& doc, const RankOptions& options) {
  Ranking ranking;
  const std::size_t n = doc.sentences.size();
  if (n == 0) return ranking;

  std::vector<std::vector<int>> postings;
  const std::vector<TermVector> vectors = BuildVectors(doc, &postings);

  // Sparse cosine similarity through the inverted index: for each sentence,
  // accumulate dot products with the later sentences that share a term.
  std::vector<std::vector<std::pair<int, double>>> edges(n);
  std::vector<double> acc(n, 0.0);
  std::vector<int> touched;
  for (std::size_t i = 0; i < n; ++i) {
    touched.clear();
    for (const auto& [term, w] : vectors[i].weights) {
      const std::vector<int>& list = postings[static_cast<std::size_t>(term)];
      if (list.size() > kMaxPostingsPerTerm) continue;
      for (int j : list) {
        if (static_cast<std::size_t>(j) <= i) continue;
        // Find the term's weight in sentence j (vectors are sorted by id).
        const auto& wj = vectors[static_cast<std::size_t>(j)].weights;
        auto it = std::lower_bound(
            wj.begin(), wj.end(), std::make_pair(term, -1.0),
            [](const auto& a, const auto& b) { return a.first < b.first; });
        if (acc[static_cast<std::size_t>(j)] == 0.0) touched.push_back(j);
        acc[static_cast<std::size_t>(j)] += w * it->second;
      }
    }
    std::sort(touched.begin(), touched.end());
    for (int j : touched) {
      const double denom =
          vectors[i].norm * vectors[static_cast<std::size_t>(j)].norm;
      const double sim = denom > 0 ? acc[static_cast<std::size_t>(j)] / denom : 0;
      acc[static_cast<std::size_t>(j)] = 0.0;
      if (sim <= 0) continue;
      edges[i].emplace_back(j, sim);
      edges[static_cast<std::size_t>(j)].emplace_back(static_cast<int>(i), sim);
    }
  }

  std::vector<double> out_weight(n, 0.0);
  for (std::size_t i = 0; i < n; ++i) {
    for (const auto& e : edges[i]) out_weight[i] += e.second;
  }

  // Power iteration. Sentences without edges spread their score evenly
  // (the standard treatment of dangling nodes), so scores keep summing to 1.
  const double d = options.damping;
  std::vector<double> score(n, 1.0 / static_cast<double>(n));
  std::vector<double> next(n);
  ranking.converged = false;
  for (int iter = 1; iter <= options.max_iterations; ++iter) {
    double dangling = 0;
    for (std::size_t i = 0; i < n; ++i) {
      if (out_weight[i] == 0) dangling += score[i];
    }
    const double base = (1.0 - d + d * dangling) / static_cast<double>(n);
    for (std::size_t i = 0; i < n; ++i) {
      double sum = 0;
      for (const auto& [j, w] : edges[i]) {
        sum += w / out_weight[static_cast<std::size_t>(j)] *
               score[static_cast<std::size_t>(j)];
      }
      next[i] = base + d * sum;
    }
    double delta = 0;
    for (std::size_t i = 0; i < n; ++i) delta += std::fabs(next[i] - score[i]);
    score.swap(next);
    ranking.iterations = iter;
    if (delta < options.tolerance) {
      ranking.converged = true;
      break;
    }
  }
  const double total = std::accumulate(score.begin(), score.end(), 0.0);
  if (total > 0) {
    for (double& s : score) s /= total;
  }
  ranking.scores = std::move(score);
  return ranking;
}

std::size_t TargetSentenceCount(LengthUnit unit, double value,
                                std::size_t candidates) {
  if (candidates == 0) return 0;
  double k = 0;
  switch (unit) {
    case LengthUnit::kAuto:
      // About a fifth of the article, within a range a reader takes in at a
      // glance.
      k = std::clamp(std::round(0.2 * static_cast<double>(candidates)), 3.0, 8.0);
      break;
    case LengthUnit::kSentences:
      k = value;
      break;
    case LengthUnit::kRatio:
      k = std::round(value * static_cast<double>(candidates));
      break;
    case LengthUnit::kWords:
      k = static_cast<double>(candidates);
      break;
  }
  if (!(k >= 1)) k = 1;  // also catches NaN
  if (k > static_cast<double>(candidates)) k = static_cast<double>(candidates);
  return static_cast<std::size_t>(k);
}

std::vector<std::size_t> SelectSentences(const Document& doc,
                                         const std::vector<double>& scores,
                                         LengthUnit unit, double value) {
  const std::size_t n = doc.sentences.size();
  std::vector<std::size_t> order;
  for (std::size_t i = 0; i < n; ++i) {
    if (!doc.sentences[i].line_unit && doc.sentences[i].words > 0) {
      order.push_back(i);
    }
  }
  if (order.empty()) {  // only headings: they are the content
    for (std::size_t i = 0; i < n; ++i) {
      if (doc.sentences[i].words > 0) order.push_back(i);
    }
  }
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return scores[a] > scores[b]; });

  const std::size_t target = TargetSentenceCount(unit, value, order.size());
  const bool by_words = unit == LengthUnit::kWords;
  const double word_budget = by_words ? value : 0;

  auto term_set = [&](std::size_t i) {
    std::vector<std::string> terms;
    for (const Token& t : doc.sentences[i].tokens) {
      if (!t.stopword) terms.push_back(t.term);
    }
    std::sort(terms.begin(), terms.end());
    terms.erase(std::unique(terms.begin(), terms.end()), terms.end());
    return terms;
  };
  auto jaccard = [](const std::vector<std::string>& a,
                    const std::vector<std::string>& b) {
    if (a.empty() || b.empty()) return 0.0;
    std::size_t common = 0;
    for (std::size_t x = 0, y = 0; x < a.size() && y < b.size();) {
      if (a[x] == b[y]) {
        ++common, ++x, ++y;
      } else if (a[x] < b[y]) {
        ++x;
      } else {
        ++y;
      }
    }
    return static_cast<double>(common) /
           static_cast<double>(a.size() + b.size() - common);
  };

  std::vector<std::size_t> chosen;
  std::vector<std::vector<std::string>> chosen_terms;
  double words = 0;
  for (std::size_t i : order) {
    if (!by_words && chosen.size() >= target) break;
    const double w = static_cast<double>(doc.sentences[i].words);
    if (by_words && !chosen.empty() && words + w > word_budget) continue;
    std::vector<std::string> terms = term_set(i);
    bool duplicate = false;
    for (const auto& other : chosen_terms) {
      if (jaccard(terms, other) >= kDuplicateJaccard) {
        duplicate = true;
        break;
      }
    }
    if (duplicate) continue;
    chosen.push_back(i);
    chosen_terms.push_back(std::move(terms));
    words += w;
    if (by_words && words >= word_budget) break;
  }
  std::sort(chosen.begin(), chosen.end());
  return chosen;
}

}  // namespace internal
}  // namespace precis
