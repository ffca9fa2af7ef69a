#include "digest/event.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace precis {
namespace internal {

namespace {

std::string Fixed2(double x) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", x);
  return buf;
}

// Two articles whose latest years are this far apart report different
// events (a follow-up a year later is still allowed).
constexpr int kYearGap = 2;
// Articles on the same event share much of their rarer vocabulary; tf-idf
// cosine below this means another subject. Measured with the CLI on pairs:
// a CNN/DM article and one of its human summaries (same event, 60 pairs)
// scored 0.21 to 0.53; two random CNN/DM articles (60 pairs) 0.01 to 0.12,
// two BBC articles of the same category (100 pairs) 0.02 to 0.12. Another
// event of the same people and places (a 2021 trip against a 2025 one)
// scores like the same event: dates tell those apart. An article joins the
// digest when it is this close to any member (the closest, not the mean:
// a short item is far from a long article of the same event); on 40 sets
// of a CNN/DM article, two human summaries and an unrelated article, 1 of
// the 40 unrelated ones got in (at 0.15) and 10 of 40 one-to-three-sentence
// summaries were left out.
constexpr double kTopicLink = 0.15;

// Cosine and date clash of every pair of articles.
struct Pairs {
  std::vector<std::vector<double>> cos;
  std::vector<std::vector<bool>> clash;
};

Pairs PairsOf(const std::vector<Piece>& pieces) {
  const std::size_t n = pieces.size();
  Pairs p;
  p.cos.assign(n, std::vector<double>(n, 0));
  p.clash.assign(n, std::vector<bool>(n, false));
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = i + 1; j < n; ++j) {
      p.cos[i][j] = p.cos[j][i] = Cosine(pieces[i].vector, pieces[j].vector);
      const int yi = pieces[i].latest_year;
      const int yj = pieces[j].latest_year;
      p.clash[i][j] = p.clash[j][i] = yi != 0 && yj != 0 && std::abs(yi - yj) >= kYearGap;
    }
  }
  return p;
}

// Every article with text is a member.
std::vector<std::size_t> AllAsOne(const std::vector<Piece>& pieces,
                                  std::vector<Article>* articles) {
  std::vector<std::size_t> members;
  for (std::size_t i = 0; i < pieces.size(); ++i) {
    Article& a = (*articles)[i];
    a.same_event = !pieces[i].result.sentences.empty();
    a.reason = a.same_event ? "same event: taken as one" : "different event: no article text";
    if (a.same_event) members.push_back(i);
  }
  if (members.empty()) {
    (*articles)[0].same_event = true;
    members.push_back(0);
  }
  return members;
}

// The seed, then the closest article to any member as long as one is close
// enough; ascending.
std::vector<std::size_t> Grow(const std::vector<Piece>& pieces, const Pairs& pairs) {
  const std::size_t n = pieces.size();
  const auto& cos = pairs.cos;
  const auto& clash = pairs.clash;
  // Seed: the article linked to most others, then the most similar overall.
  std::size_t seed = 0;
  int best_degree = -1;
  double best_sum = -1;
  for (std::size_t i = 0; i < n; ++i) {
    if (pieces[i].result.sentences.empty()) continue;
    int degree = 0;
    double sum = 0;
    for (std::size_t j = 0; j < n; ++j) {
      if (j == i || clash[i][j]) continue;
      sum += cos[i][j];
      if (cos[i][j] >= kTopicLink) ++degree;
    }
    if (degree > best_degree || (degree == best_degree && sum > best_sum + 1e-12)) {
      seed = i;
      best_degree = degree;
      best_sum = sum;
    }
  }
  std::vector<bool> in(n, false);
  std::vector<std::size_t> members;
  in[seed] = true;
  members.push_back(seed);
  for (;;) {
    // The closest article to any member joins, unless its dates clash
    // with a member's.
    std::size_t pick = n;
    double pick_sim = -1;
    for (std::size_t i = 0; i < n; ++i) {
      if (in[i] || pieces[i].result.sentences.empty()) continue;
      bool ok = true;
      double best = 0;
      for (std::size_t m : members) {
        if (clash[i][m]) ok = false;
        best = std::max(best, cos[i][m]);
      }
      if (ok && best >= kTopicLink && best > pick_sim) {
        pick = i;
        pick_sim = best;
      }
    }
    if (pick == n) break;
    in[pick] = true;
    members.push_back(pick);
  }
  std::sort(members.begin(), members.end());
  return members;
}

// Article::same_event and Article::reason of every article.
void Explain(const std::vector<Piece>& pieces, const Pairs& pairs,
             const std::vector<std::size_t>& members, std::vector<Article>* articles) {
  const std::size_t n = pieces.size();
  const auto& cos = pairs.cos;
  const auto& clash = pairs.clash;
  std::vector<bool> in(n, false);
  for (std::size_t m : members) in[m] = true;
  // The years of the digest, for the reasons.
  int lo = 0;
  int hi = 0;
  for (std::size_t m : members) {
    const int y = pieces[m].latest_year;
    if (y == 0) continue;
    lo = lo == 0 ? y : std::min(lo, y);
    hi = std::max(hi, y);
  }
  const std::string digest_years =
      lo == 0 ? ""
              : (lo == hi ? std::to_string(lo) : std::to_string(lo) + "-" + std::to_string(hi));
  for (std::size_t i = 0; i < n; ++i) {
    Article& a = (*articles)[i];
    double best = 0;
    std::size_t closest = i;
    bool clashes = false;
    for (std::size_t m : members) {
      if (m == i) continue;
      if (closest == i || cos[i][m] > best) {
        best = cos[i][m];
        closest = m;
      }
      if (clash[i][m]) clashes = true;
    }
    a.same_event = in[i];
    if (in[i]) {
      a.reason = members.size() == 1 ? "the main article: no other article is about the same event"
                                     : "same event: similarity " + Fixed2(best) + " with article " +
                                           std::to_string(closest + 1);
    } else if (pieces[i].result.sentences.empty()) {
      a.reason = "different event: no article text";
    } else if (clashes) {
      a.reason = "different event: its dates (" + std::to_string(pieces[i].latest_year) +
                 ") are far from the digest's (" + digest_years + ")";
    } else {
      a.reason = "different event: little in common with the other articles (similarity " +
                 Fixed2(best) + " at most)";
    }
  }
}

}  // namespace

std::vector<std::size_t> ChooseEvent(const std::vector<Piece>& pieces,
                                     std::vector<Article>* articles, bool one_event) {
  const std::size_t n = pieces.size();
  if (n == 0) return {};
  if (one_event) return AllAsOne(pieces, articles);
  if (n == 1) {
    (*articles)[0].same_event = true;
    (*articles)[0].reason = "the only article";
    return {0};
  }
  const Pairs pairs = PairsOf(pieces);
  std::vector<std::size_t> members = Grow(pieces, pairs);
  Explain(pieces, pairs, members, articles);
  return members;
}

}  // namespace internal
}  // namespace precis
