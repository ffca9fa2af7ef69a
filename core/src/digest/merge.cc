#include "digest/merge.h"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "digest/similarity.h"
#include "lex/dates.h"
#include "lex/lexicon.h"
#include "text/ascii.h"

namespace precis {
namespace internal {

namespace {

// Two facts are the same when the weight of the content terms they share is
// at least this share of the lighter fact's weight (countries counted as
// one term however they are named, see ContentTerms). On the two shared
// articles of the January 2025 trip the same facts score 0.54 (the
// countries visited: "South Korea, Japan, and France from January 4 to 9"
// and "Seoul, Tokyo and Paris beginning Sunday"), 0.76 (the $3.64 billion
// sale) and 0.33 (the trip itself); the closest different facts 0.20.
constexpr double kFactMatch = 0.3;
// Share of a fact's term weight that one sentence of another article must
// hold for that article to count as reporting the fact.
constexpr double kSentenceSupport = 0.4;
// Facts (or a fact and a sentence) that share no name, place or number
// match only when the shared words carry this much of the weight (the
// same sentence pasted twice, a summary's close paraphrase).
// Measured with the DigestMergeData tests (PRECIS_DIGEST_PAIRS=1000): BBC
// articles of two categories taken as one event share 3 of 9014 bullets at
// 0.5 to 0.8 (all three through a shared name or place); CNN/DM articles
// with a human summary (100 pairs) share 147 bullets at 0.8, 162 at 0.6,
// 166 at 0.5; 0.6 keeps a margin above the common-word matches.
constexpr double kPlainMatch = 0.6;

// A key fact of one article, with what clustering compares.
struct FactItem {
  std::size_t piece;
  std::size_t fact;  // index into the piece's result.facts
  std::vector<std::string> terms;
  std::vector<std::string> names;
  double weight = 0;  // sum of term weights
  std::size_t words = 0;
  double values = 0;     // FactValues
  bool figures = false;  // has a date or a number
};

}  // namespace

// True when both texts hold numbers (amounts, counts, days, years) and
// share none: "$2.1 billion a year" and "$800 million a year" are other
// facts however alike their words. A number glued to letters counts by its
// digits ("'90s" and "90 's", "30mph"). Number terms sort first (digits
// before '@' and letters).
bool NumbersDisagree(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  auto numbers = [](const std::vector<std::string>& v) {
    std::vector<std::string_view> out;
    for (std::size_t n = 0; n < v.size() && IsAsciiDigit(v[n][0]); ++n) {
      std::size_t end = 0;
      while (end < v[n].size() &&
             (IsAsciiDigit(v[n][end]) || ((v[n][end] == '.' || v[n][end] == ',') &&
                                          end + 1 < v[n].size() && IsAsciiDigit(v[n][end + 1])))) {
        ++end;
      }
      out.push_back(std::string_view(v[n]).substr(0, end));
    }
    std::sort(out.begin(), out.end());
    return out;
  };
  const std::vector<std::string_view> na = numbers(a);
  const std::vector<std::string_view> nb = numbers(b);
  if (na.empty() || nb.empty()) return false;
  std::size_t i = 0;
  std::size_t j = 0;
  while (i < na.size() && j < nb.size()) {
    if (na[i] == nb[j]) return false;
    if (na[i] < nb[j]) {
      ++i;
    } else {
      ++j;
    }
  }
  return true;
}

namespace {

// A weekday name written with a capital first letter ("Monday").
bool IsCapitalizedWeekday(std::string_view w) {
  if (w.size() < 2 || w[0] < 'A' || w[0] > 'Z') return false;
  for (std::size_t i = 1; i < w.size(); ++i) {
    if (w[i] < 'a' || w[i] > 'z') return false;
  }
  std::string folded(w);
  folded[0] = AsciiLower(folded[0]);
  return EnglishWeekdays().Contains(folded);
}

// The dates, numbers and weekdays of a text.
struct TextFigures {
  std::vector<DateSpan> dates;  // FindDateSpans
  std::size_t numbers = 0;      // numbers ("3.64", "1,000", NumberEnd) outside the dates
  std::size_t weekdays = 0;     // "Monday" .. "Sunday"
};

TextFigures FindFigures(std::string_view text) {
  TextFigures out;
  out.dates = FindDateSpans(text);
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t j = i + 1;
    if (IsAsciiLetter(text[i])) {
      while (j < text.size() && IsAsciiLetter(text[j])) ++j;
      if (IsCapitalizedWeekday(text.substr(i, j - i))) ++out.weekdays;
    } else if (IsAsciiDigit(text[i])) {
      j = NumberEnd(text, i);
      bool in_date = false;
      for (const DateSpan& d : out.dates) in_date |= i >= d.begin && j <= d.end;
      if (!in_date) ++out.numbers;
    }
    i = j;
  }
  return out;
}

}  // namespace

double TextValues(std::string_view text, const std::vector<std::string>& terms,
                  const std::vector<FactKind>& kinds, bool* figures) {
  const TextFigures found = FindFigures(text);
  double v = 0;
  for (const DateSpan& d : found.dates) {
    bool digits = false;
    for (std::size_t i = d.begin; i < d.end; ++i) digits |= IsAsciiDigit(text[i]);
    v += (d.month != 0 && digits) ? 2 : 1;
  }
  v += 0.5 * static_cast<double>(found.weekdays);
  v += static_cast<double>(found.numbers);
  bool country = false;
  for (const std::string& t : terms) {
    if (t.size() > 1 && t[0] == '@' && t[1] != '{') {
      v += 1;
      country = true;
    }
  }
  for (const FactKind k : kinds) {
    if (k == FactKind::kPerson || k == FactKind::kOrganization || k == FactKind::kQuote ||
        (k == FactKind::kPlace && !country)) {
      v += 1;
    }
  }
  *figures = !found.dates.empty() || found.numbers > 0;
  return v;
}

namespace {

double FactValues(const KeyFact& fact, const std::vector<std::string>& terms, bool* figures) {
  return TextValues(fact.text, terms, fact.kinds, figures);
}

// The facts of the member articles as clustering sees them, and the
// clusters found.
struct FactClusters {
  std::vector<FactItem> items;
  std::vector<std::vector<std::size_t>> clusters;  // indices into items
  std::vector<std::size_t> reps;                   // per cluster: its bullet
  std::vector<std::vector<std::size_t>> support;   // per cluster: articles
  std::vector<bool> weak;                          // per cluster
};

void CollectItems(const std::vector<Piece>& pieces, const std::vector<std::size_t>& members,
                  const TermWeights& weights, Tokenizer* tokenizer, FactClusters* fc) {
  std::vector<FactItem>& items = fc->items;
  for (std::size_t m : members) {
    const std::vector<KeyFact>& facts = pieces[m].result.facts;
    for (std::size_t f = 0; f < facts.size(); ++f) {
      FactItem item;
      item.piece = m;
      item.fact = f;
      Terms t = ContentTerms(tokenizer, facts[f].text);
      item.terms = std::move(t.terms);
      item.names = std::move(t.names);
      item.words = t.words;
      item.weight = weights.Sum(item.terms);
      item.values = FactValues(facts[f], item.terms, &item.figures);
      items.push_back(std::move(item));
    }
  }
}

// Greedy clustering in input order, and each cluster's representative.
void Cluster(const TermWeights& weights, FactClusters* fc) {
  const std::vector<FactItem>& items = fc->items;
  std::vector<std::vector<std::size_t>>& clusters = fc->clusters;
  auto similarity = [&](const FactItem& a, const FactItem& b) {
    if (NumbersDisagree(a.terms, b.terms)) return 0.0;
    const double c = weights.Containment(a.terms, a.weight, b.terms, b.weight);
    return c >= kPlainMatch || weights.ShareAnchor(a.terms, b.terms) ? c : 0.0;
  };
  // Greedy clustering in input order: a fact joins the most similar cluster
  // that has no fact of its own article yet.
  for (std::size_t i = 0; i < items.size(); ++i) {
    std::size_t best = clusters.size();
    double best_sim = kFactMatch;
    for (std::size_t c = 0; c < clusters.size(); ++c) {
      bool own = false;
      double sim = 0;
      for (std::size_t k : clusters[c]) {
        if (items[k].piece == items[i].piece) own = true;
        sim = std::max(sim, similarity(items[k], items[i]));
      }
      if (!own && sim >= best_sim) {
        best = c;
        best_sim = sim;
      }
    }
    if (best == clusters.size()) {
      clusters.push_back({i});
    } else {
      clusters[best].push_back(i);
    }
  }
  // Clusters whose facts name mostly the same people, places and
  // organisations tell the same news (a trip told by one article's lead and
  // by another's press release quote): one cluster. Two clusters with
  // bullets of exactly the same articles stay apart: each of those articles
  // tells them as two facts (an article pasted twice keeps its bullets).
  auto pieces_of = [&items](const std::vector<std::size_t>& cluster) {
    std::vector<std::size_t> out;
    out.reserve(cluster.size());
    for (std::size_t k : cluster) out.push_back(items[k].piece);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  };
  for (std::size_t c = 0; c < clusters.size(); ++c) {
    for (std::size_t d = c + 1; d < clusters.size();) {
      bool same = pieces_of(clusters[c]) == pieces_of(clusters[d]);
      if (same) {
        ++d;
        continue;
      }
      for (std::size_t a : clusters[c]) {
        for (std::size_t b : clusters[d]) {
          same = same || SameNews(items[a].names, items[a].terms, items[b].names, items[b].terms);
        }
      }
      if (!same) {
        ++d;
        continue;
      }
      clusters[c].insert(clusters[c].end(), clusters[d].begin(), clusters[d].end());
      clusters.erase(clusters.begin() + static_cast<std::ptrdiff_t>(d));
    }
  }
  // The representative bullet of each cluster: most values, then fewest
  // words.
  std::vector<std::size_t> reps(clusters.size());
  for (std::size_t c = 0; c < clusters.size(); ++c) {
    std::size_t rep = clusters[c][0];
    for (std::size_t k : clusters[c]) {
      if (items[k].values > items[rep].values ||
          (items[k].values == items[rep].values && items[k].words < items[rep].words)) {
        rep = k;
      }
    }
    reps[c] = rep;
  }
  fc->reps = std::move(reps);
}

void FindSupport(const std::vector<Piece>& pieces, const std::vector<std::size_t>& members,
                 const TermWeights& weights, FactClusters* fc) {
  const std::vector<FactItem>& items = fc->items;
  const std::vector<std::vector<std::size_t>>& clusters = fc->clusters;
  // Support: the articles whose bullets made the cluster, plus every other
  // member article with a sentence that states most of the fact (a fact an
  // article reports outside its own top bullets is still reported by it).
  std::vector<std::vector<std::size_t>> support(clusters.size());
  for (std::size_t c = 0; c < clusters.size(); ++c) {
    std::vector<std::size_t>& sup = support[c];
    for (std::size_t k : clusters[c]) sup.push_back(items[k].piece);
    for (std::size_t m : members) {
      if (std::find(sup.begin(), sup.end(), m) != sup.end()) continue;
      // An article reports the fact when one of its sentences states most
      // of the wording of any article's bullet for it (the shortest is
      // often the core of the fact).
      bool found = false;
      for (std::size_t k : clusters[c]) {
        const FactItem& f = items[k];
        for (const Terms& t : pieces[m].sentence_terms) {
          // As a share of the fact's own weight, however long the sentence.
          if (NumbersDisagree(f.terms, t.terms)) continue;
          const double held = weights.Containment(f.terms, f.weight, t.terms, f.weight);
          if (held >= kPlainMatch ||
              (held >= kSentenceSupport && weights.ShareAnchor(f.terms, t.terms)) ||
              SameNews(f.names, f.terms, t.names, t.terms)) {
            found = true;
            break;
          }
        }
        if (found) break;
      }
      if (found) sup.push_back(m);
    }
    std::sort(sup.begin(), sup.end());
    sup.erase(std::unique(sup.begin(), sup.end()), sup.end());
  }
  fc->support = std::move(support);
}

void MarkWeak(const std::vector<Piece>& pieces, const std::vector<std::size_t>& members,
              FactClusters* fc) {
  const std::vector<FactItem>& items = fc->items;
  const std::vector<std::vector<std::size_t>>& clusters = fc->clusters;
  const std::vector<std::size_t>& reps = fc->reps;
  const std::vector<std::vector<std::size_t>>& support = fc->support;
  // Weak bullets: one article's, with no date, number or quote, and naming
  // nobody and no place that every article does not name ("The U.S. has
  // taken a cautious approach to the uncertainty."). They only fill up to
  // max_facts.
  std::vector<bool> weak(clusters.size(), false);
  if (members.size() > 1) {
    std::unordered_map<std::string, std::size_t> articles_with;  // term -> articles
    for (std::size_t m : members) {
      std::unordered_set<std::string> seen;
      for (const Terms& t : pieces[m].sentence_terms) {
        for (const std::string& term : t.names) {
          if (seen.insert(term).second) ++articles_with[term];
        }
      }
    }
    for (std::size_t c = 0; c < clusters.size(); ++c) {
      const FactItem& rep = items[reps[c]];
      const KeyFact& f = pieces[rep.piece].result.facts[rep.fact];
      if (support[c].size() > 1 || rep.figures ||
          std::find(f.kinds.begin(), f.kinds.end(), FactKind::kQuote) != f.kinds.end()) {
        continue;
      }
      bool common = true;
      for (const std::string& name : rep.names) {
        const auto it = articles_with.find(name);
        common = common && it != articles_with.end() && it->second == members.size();
      }
      weak[c] = common;
    }
  }
  fc->weak = std::move(weak);
}

}  // namespace

void MergeFacts(const std::vector<Piece>& pieces, const std::vector<std::size_t>& members,
                const TermWeights& weights, int max_facts, Tokenizer* tokenizer, Result* out) {
  FactClusters fc;
  CollectItems(pieces, members, weights, tokenizer, &fc);
  Cluster(weights, &fc);
  FindSupport(pieces, members, weights, &fc);
  MarkWeak(pieces, members, &fc);
  const std::vector<FactItem>& items = fc.items;
  const std::vector<std::vector<std::size_t>>& clusters = fc.clusters;
  const std::vector<std::size_t>& reps = fc.reps;
  const std::vector<std::vector<std::size_t>>& support = fc.support;
  const std::vector<bool>& weak = fc.weak;
  // Best supported first, then in input order (clusters are created in it);
  // weak bullets last.
  std::vector<std::size_t> order(clusters.size());
  for (std::size_t c = 0; c < order.size(); ++c) order[c] = c;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    if (weak[a] != weak[b]) return static_cast<bool>(weak[b]);
    return support[a].size() > support[b].size();
  });
  const std::size_t cap =
      std::min<std::size_t>(static_cast<std::size_t>(max_facts) * members.size(),
                            std::max<std::size_t>(static_cast<std::size_t>(max_facts), 20));
  for (std::size_t c : order) {
    if (out->facts.size() >= cap) break;
    if (weak[c] && out->facts.size() >= static_cast<std::size_t>(max_facts)) break;
    const std::size_t rep = reps[c];
    KeyFact fact = pieces[items[rep].piece].result.facts[items[rep].fact];
    fact.article = items[rep].piece;
    fact.articles = support[c];
    out->facts.push_back(std::move(fact));
  }
}

}  // namespace internal
}  // namespace precis
