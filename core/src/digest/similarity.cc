#include "digest/similarity.h"

#include <algorithm>
#include <cstddef>
#include <unordered_map>
#include <utility>

namespace precis {
namespace internal {

namespace {

// At most this many terms of an article's vector take part in comparisons.
constexpr std::size_t kVectorTerms = 2000;

}  // namespace

std::vector<TermVector<std::string>> ArticleVectors(
    const std::vector<const std::vector<Terms>*>& articles) {
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
  std::vector<TermVector<std::string>> out(count);
  const double n = static_cast<double>(count);
  for (std::size_t i = 0; i < count; ++i) {
    std::vector<std::pair<std::string, double>> counts(tf[i].begin(), tf[i].end());
    std::sort(counts.begin(), counts.end());
    out[i] = TfIdfVector(counts, n, [&](const std::string& t) { return article_df.at(t); });
    KeepHeaviest(&out[i], kVectorTerms);
  }
  return out;
}

bool Redundant(const Terms& t, const Terms& o, const TermWeights& weights) {
  return Contained(SharedTerms(t.terms, o.terms), t.terms.size(), o.terms.size(),
                   kDuplicateContainment) ||
         weights.Containment(t.terms, weights.Sum(t.terms), o.terms, weights.Sum(o.terms)) >=
             kDuplicateWeighted;
}

}  // namespace internal
}  // namespace precis
