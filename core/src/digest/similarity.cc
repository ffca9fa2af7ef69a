#include "digest/similarity.h"

#include <algorithm>
#include <cstddef>
#include <unordered_map>
#include <utility>

#include "digest/merge.h"

namespace precis {
namespace internal {

namespace {

// At most this many terms of an article's vector take part in comparisons.
constexpr std::size_t kVectorTerms = 2000;
// Sentences of two articles that share this many names, and this share of
// the names of the one with fewer, tell the same news.
constexpr std::size_t kSameNewsNames = 4;
constexpr double kSameNewsShare = 0.6;

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

bool SameNews(const Terms& t, const Terms& o) {
  return SameNews(t.names, t.terms, o.names, o.terms);
}

bool SameNews(const std::vector<std::string>& t_names, const std::vector<std::string>& t_terms,
              const std::vector<std::string>& o_names, const std::vector<std::string>& o_terms) {
  const std::size_t fewer = std::min(t_names.size(), o_names.size());
  if (fewer < kSameNewsNames) return false;
  std::size_t shared = 0;
  std::size_t i = 0;
  std::size_t j = 0;
  while (i < t_names.size() && j < o_names.size()) {
    if (t_names[i] == o_names[j]) {
      ++shared;
      ++i;
      ++j;
    } else if (t_names[i] < o_names[j]) {
      ++i;
    } else {
      ++j;
    }
  }
  return shared >= kSameNewsNames &&
         static_cast<double>(shared) >= kSameNewsShare * static_cast<double>(fewer) &&
         !NumbersDisagree(t_terms, o_terms);
}

}  // namespace internal
}  // namespace precis
