#include "digest/similarity.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <unordered_map>

namespace precis {
namespace internal {

namespace {

// At most this many terms of an article's vector take part in comparisons.
constexpr std::size_t kVectorTerms = 2000;
// Summary sentences: duplicates as in the single-article selection.
constexpr double kDupJaccard = 0.5;
constexpr double kDupContainment = 0.6;
// ... or whose rarer terms are mostly shared (TermWeights::Containment).
constexpr double kDupWeighted = 0.5;

}  // namespace

std::vector<ArticleVector> ArticleVectors(const std::vector<const std::vector<Terms>*>& articles) {
  const std::size_t count = articles.size();
  std::unordered_map<std::string, std::size_t> article_df;
  std::vector<std::unordered_map<std::string, double>> tf(count);
  for (std::size_t i = 0; i < count; ++i) {
    for (const Terms& t : *articles[i]) {
      for (const std::string& term : t.terms) tf[i][term] += 1;
    }
    for (const auto& [term, unused] : tf[i]) ++article_df[term];
  }
  // tf-idf vectors, the heaviest terms only.
  std::vector<ArticleVector> out(count);
  const double n = static_cast<double>(count);
  for (std::size_t i = 0; i < count; ++i) {
    ArticleVector& v = out[i];
    for (const auto& [term, tf_count] : tf[i]) {
      v.emplace_back(
          term, (1 + std::log(tf_count)) * std::log(1 + n / static_cast<double>(article_df[term])));
    }
    if (v.size() > kVectorTerms) {
      std::nth_element(v.begin(), v.begin() + kVectorTerms, v.end(),
                       [](const auto& a, const auto& b) {
                         return a.second != b.second ? a.second > b.second : a.first < b.first;
                       });
      v.resize(kVectorTerms);
    }
    std::sort(v.begin(), v.end());
  }
  return out;
}

// Sparse cosine of two vectors sorted by term.
double Cosine(const ArticleVector& a, const ArticleVector& b) {
  double dot = 0;
  double na = 0;
  double nb = 0;
  for (const auto& x : a) na += x.second * x.second;
  for (const auto& x : b) nb += x.second * x.second;
  std::size_t i = 0;
  std::size_t j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i].first < b[j].first) {
      ++i;
    } else if (b[j].first < a[i].first) {
      ++j;
    } else {
      dot += a[i].second * b[j].second;
      ++i;
      ++j;
    }
  }
  if (na <= 0 || nb <= 0) return 0;
  return dot / std::sqrt(na * nb);
}

bool Redundant(const Terms& t, const Terms& o, const TermWeights& weights) {
  const std::size_t both = SharedCount(t.terms, o.terms);
  const std::size_t uni = t.terms.size() + o.terms.size() - both;
  const std::size_t smaller = std::min(t.terms.size(), o.terms.size());
  return (uni > 0 && static_cast<double>(both) >= kDupJaccard * static_cast<double>(uni)) ||
         (smaller > 0 &&
          static_cast<double>(both) >= kDupContainment * static_cast<double>(smaller)) ||
         weights.Containment(t.terms, weights.Sum(t.terms), o.terms, weights.Sum(o.terms)) >=
             kDupWeighted;
}

}  // namespace internal
}  // namespace precis
