// The terms the digest compares (content stems, one term per country and
// per list of countries) and their weights across the digest's articles.
#ifndef PRECIS_CORE_DIGEST_TERMS_H_
#define PRECIS_CORE_DIGEST_TERMS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "lex/tokenizer.h"
#include "rank/graph.h"

namespace precis {
namespace internal {

// Sorted distinct content terms (stems of non-stopwords, numbers) of a text,
// and its word count as the pipeline counts it. A country, however it is
// named (its name, an alias, its capital, a demonym), is one term "@key"; a
// list of two or more countries ("Seoul, Tokyo and Paris") adds one term for
// the set, "@{fr,jp,kr}", so that the same list written otherwise matches.
struct Terms {
  std::vector<std::string> terms;
  std::vector<std::string> names;  // terms written capitalised (not first)
  std::size_t words = 0;
};

Terms ContentTerms(Tokenizer* tokenizer, std::string_view text);
// The same from the tokens of `text` (offsets into it), as the tokenizer
// of the digest's language gives them.
Terms ContentTerms(std::string_view text, const std::vector<Token>& tokens);

// The terms the digest compares across articles (English stems): content
// stems, "@kr"-style terms for countries, and for a list of two or more
// countries one more term for the set ("@{fr,jp,kr}"). Sorted, distinct.
std::vector<std::string> MatchTerms(std::string_view text);

// Weights of content terms across the digest's articles: inverse sentence
// frequency, so that "Blinken" in every sentence weighs little and "3.64" or
// "impeach" much; names (terms mostly written capitalised inside sentences:
class TermWeights {
 public:
  // The sentence terms of each of the digest's articles.
  explicit TermWeights(const std::vector<const std::vector<Terms>*>& articles);
  // True when the two sorted sets share an anchor: a name, a place or a
  // number. Facts that share only common words ("due ... later this year")
  // are not the same fact.
  bool ShareAnchor(const std::vector<std::string>& a, const std::vector<std::string>& b) const;
  double Of(const std::string& term) const;
  double Sum(const std::vector<std::string>& terms) const;
  // Weight of the terms two sorted sets share over the lighter set's weight;
  // 0 when they share fewer than two terms.
  double Containment(const std::vector<std::string>& a, double wa,
                     const std::vector<std::string>& b, double wb) const;

 private:
  std::unordered_map<std::string, double> weights_;
  std::unordered_set<std::string> anchors_;
  double total_ = 0;
};

}  // namespace internal
}  // namespace precis

#endif  // PRECIS_CORE_DIGEST_TERMS_H_
