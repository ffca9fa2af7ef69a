#include "digest/event.h"

#include <algorithm>
#include <cstdlib>
#include <iterator>
#include <string>

namespace precis {
namespace internal {

namespace {

// Two articles whose news years are this far apart report different
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
      // News years clash when at least one of them is stated by a
      // dateline, a publication line or the opening, not only found
      // further down.
      const int yi = pieces[i].news_year;
      const int yj = pieces[j].news_year;
      p.clash[i][j] = p.clash[j][i] = yi != 0 && yj != 0 && std::abs(yi - yj) >= kYearGap &&
                                      (pieces[i].news_stated || pieces[j].news_stated);
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

// The names (people, places, organisations, countries) and figures two
// articles share.
std::size_t SharedNames(const Piece& a, const Piece& b) {
  auto names = [](const Piece& p) {
    std::vector<std::string> out;
    for (const Terms& t : p.sentence_terms) {
      out.insert(out.end(), t.names.begin(), t.names.end());
      for (const std::string& term : t.terms) {
        if (!term.empty() && ((term[0] >= '0' && term[0] <= '9') || term[0] == '@')) {
          out.push_back(term);
        }
      }
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  };
  const std::vector<std::string> na = names(a);
  const std::vector<std::string> nb = names(b);
  std::vector<std::string> shared;
  std::set_intersection(na.begin(), na.end(), nb.begin(), nb.end(), std::back_inserter(shared));
  return shared.size();
}

// Article::same_event and Article::reason of every article, in plain words.
void Explain(const std::vector<Piece>& pieces, const Pairs& pairs,
             const std::vector<std::size_t>& members, const std::vector<bool>& requested,
             std::vector<Article>* articles) {
  const std::size_t n = pieces.size();
  const auto& cos = pairs.cos;
  const auto& clash = pairs.clash;
  std::vector<bool> in(n, false);
  for (std::size_t m : members) in[m] = true;
  // The news years of the digest, for the reasons.
  int lo = 0;
  int hi = 0;
  for (std::size_t m : members) {
    const int y = pieces[m].news_year;
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
    std::size_t shared = 0;
    for (std::size_t m : members) {
      if (m == i) continue;
      if (closest == i || cos[i][m] > best) {
        best = cos[i][m];
        closest = m;
      }
      if (clash[i][m]) clashes = true;
      shared = std::max(shared, SharedNames(pieces[i], pieces[m]));
    }
    a.same_event = in[i];
    const std::string other = closest == i ? "" : "article " + std::to_string(closest + 1);
    if (in[i] && requested[i]) {
      a.reason = "included on request";
    } else if (in[i]) {
      a.reason = members.size() == 1 ? "the main article: no other article is about the same event"
                 : shared >= 2 ? "same event: names the same people, places or dates as " + other
                               : "same event: much of its wording is shared with " + other;
    } else if (pieces[i].result.sentences.empty()) {
      a.reason = "different event: no article text";
    } else if (clashes) {
      a.reason = "different event: its dates (" + std::to_string(pieces[i].news_year) +
                 ") are far from the digest's (" + digest_years + ")";
    } else if (shared == 0) {
      a.reason = "different event: shares no people, places or dates with the other articles";
    } else {
      a.reason = "different event: shares few words with the other articles";
    }
  }
}

}  // namespace

std::vector<std::size_t> ChooseEvent(const std::vector<Piece>& pieces,
                                     std::vector<Article>* articles, bool one_event,
                                     const std::vector<std::size_t>& include) {
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
  // Articles the caller asked to include join whatever their dates or
  // words (those without text cannot).
  std::vector<bool> requested(n, false);
  for (std::size_t i : include) {
    if (i >= n || pieces[i].result.sentences.empty()) continue;
    if (std::find(members.begin(), members.end(), i) == members.end()) {
      requested[i] = true;
      members.push_back(i);
    }
  }
  std::sort(members.begin(), members.end());
  Explain(pieces, pairs, members, requested, articles);
  return members;
}

}  // namespace internal
}  // namespace precis
