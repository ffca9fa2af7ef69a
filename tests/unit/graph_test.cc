#include "rank/graph.h"

#include <gtest/gtest.h>

#include <numeric>
#include <string>
#include <vector>

namespace precis {
namespace internal {
namespace {

double Sum(const std::vector<double>& v) { return std::accumulate(v.begin(), v.end(), 0.0); }

TEST(GraphTest, GraphFromEdgesListsNeighboursInOrder) {
  const WeightedGraph g = GraphFromEdges(4, {{0, 2, 1.5}, {0, 3, 2.0}, {1, 2, 0.5}});
  ASSERT_EQ(g.nodes(), 4u);
  EXPECT_EQ(g.row, (std::vector<std::size_t>{0, 2, 3, 5, 6}));
  EXPECT_EQ(g.col, (std::vector<int>{2, 3, 2, 0, 1, 0}));
  EXPECT_EQ(g.weight, (std::vector<double>{1.5, 2.0, 0.5, 1.5, 0.5, 2.0}));
}

TEST(GraphTest, EmptyGraph) {
  const PageRankResult r = PageRank(WeightedGraph{}, PageRankOptions{});
  EXPECT_TRUE(r.scores.empty());
  EXPECT_TRUE(r.converged);
  EXPECT_EQ(r.iterations, 0);
}

TEST(GraphTest, SymmetricGraphGivesUniformScores) {
  // A ring of five nodes with equal weights.
  const WeightedGraph g =
      GraphFromEdges(5, {{0, 1, 1.0}, {0, 4, 1.0}, {1, 2, 1.0}, {2, 3, 1.0}, {3, 4, 1.0}});
  for (PageRankSum sum : {PageRankSum::kDampTotal, PageRankSum::kDampEach}) {
    PageRankOptions o;
    o.sum = sum;
    const PageRankResult r = PageRank(g, o);
    ASSERT_EQ(r.scores.size(), 5u);
    EXPECT_TRUE(r.converged);
    for (double s : r.scores) EXPECT_NEAR(s, 0.2, 1e-12);
  }
}

TEST(GraphTest, StarCentreRanksFirst) {
  const WeightedGraph g = GraphFromEdges(5, {{0, 1, 1.0}, {0, 2, 1.0}, {0, 3, 1.0}, {0, 4, 1.0}});
  for (PageRankSum sum : {PageRankSum::kDampTotal, PageRankSum::kDampEach}) {
    PageRankOptions o;
    o.sum = sum;
    const PageRankResult r = PageRank(g, o);
    EXPECT_TRUE(r.converged);
    EXPECT_NEAR(Sum(r.scores), 1.0, 1e-12);
    for (std::size_t i = 1; i < 5; ++i) {
      EXPECT_GT(r.scores[0], r.scores[i]);
      EXPECT_NEAR(r.scores[i], r.scores[1], 1e-12);
    }
    // The fixed point: c = 0.15 / 5 + 0.85 * 4 l, l = 0.15 / 5 + 0.85 * c / 4.
    const double d = 0.85;
    const double centre = (0.03 + d * 4 * 0.03) / (1 - d * d);
    EXPECT_NEAR(r.scores[0], centre, 1e-5);
  }
}

TEST(GraphTest, BothSumsAgreeUpToRounding) {
  const WeightedGraph g =
      GraphFromEdges(6, {{0, 1, 2.0}, {0, 2, 1.0}, {1, 2, 3.0}, {2, 3, 0.5}, {3, 4, 1.0}});
  PageRankOptions total;
  PageRankOptions each;
  each.sum = PageRankSum::kDampEach;
  const PageRankResult a = PageRank(g, total);
  const PageRankResult b = PageRank(g, each);
  ASSERT_EQ(a.scores.size(), b.scores.size());
  for (std::size_t i = 0; i < a.scores.size(); ++i) EXPECT_NEAR(a.scores[i], b.scores[i], 1e-12);
}

TEST(GraphTest, DanglingNodesKeepTheSumAtOne) {
  // Node 3 has no edges: it gets the restart share only.
  const WeightedGraph g = GraphFromEdges(4, {{0, 1, 1.0}, {1, 2, 1.0}});
  const PageRankResult r = PageRank(g, PageRankOptions{});
  EXPECT_NEAR(Sum(r.scores), 1.0, 1e-12);
  EXPECT_LT(r.scores[3], r.scores[0]);
  EXPECT_GT(r.scores[1], r.scores[0]);
}

TEST(GraphTest, PersonalisationShiftsMass) {
  const WeightedGraph g =
      GraphFromEdges(4, {{0, 1, 1.0}, {0, 3, 1.0}, {1, 2, 1.0}, {2, 3, 1.0}});  // a ring
  const PageRankResult even = PageRank(g, PageRankOptions{});
  const PageRankResult toward =
      PageRank(g, PageRankOptions{}, std::vector<double>{0.7, 0.1, 0.1, 0.1});
  EXPECT_NEAR(Sum(toward.scores), 1.0, 1e-12);
  EXPECT_GT(toward.scores[0], even.scores[0] + 0.05);
  // Its neighbours gain over the node opposite.
  EXPECT_GT(toward.scores[1], toward.scores[2]);
  EXPECT_NEAR(toward.scores[1], toward.scores[3], 1e-12);
  // A uniform restart vector is the empty one, up to rounding.
  const PageRankResult uniform = PageRank(g, PageRankOptions{}, std::vector<double>(4, 0.25));
  for (std::size_t i = 0; i < 4; ++i) EXPECT_NEAR(uniform.scores[i], even.scores[i], 1e-15);
}

TEST(GraphTest, IterationCapAndConvergenceFlag) {
  const WeightedGraph g = GraphFromEdges(3, {{0, 1, 1.0}, {1, 2, 4.0}});
  PageRankOptions o;
  o.max_iterations = 2;
  PageRankResult r = PageRank(g, o);
  EXPECT_FALSE(r.converged);
  EXPECT_EQ(r.iterations, 2);
  EXPECT_NEAR(Sum(r.scores), 1.0, 1e-12);
  o.max_iterations = 0;
  r = PageRank(g, o);
  EXPECT_FALSE(r.converged);
  EXPECT_EQ(r.iterations, 0);
  EXPECT_EQ(r.scores, std::vector<double>(3, 1.0 / 3));
  o.max_iterations = 100;
  r = PageRank(g, o);
  EXPECT_TRUE(r.converged);
  EXPECT_LT(r.iterations, 100);
  // A looser tolerance stops sooner.
  o.tolerance = 1e-2;
  EXPECT_LT(PageRank(g, o).iterations, r.iterations);
}

TEST(GraphTest, TfIdfWeight) {
  // A term in every unit still weighs ln 2; a repeated term 1 + ln tf.
  EXPECT_DOUBLE_EQ(TfIdfWeight(1, 4, 4), std::log(2.0));
  EXPECT_DOUBLE_EQ(TfIdfWeight(3, 1, 4), (1 + std::log(3.0)) * std::log(5.0));
  EXPECT_GT(TfIdfWeight(1, 1, 10), TfIdfWeight(1, 5, 10));
}

TermVector<std::string> Vector(const std::vector<std::pair<std::string, int>>& counts) {
  return TfIdfVector(counts, 3.0, [](const std::string&) { return 1; });
}

TEST(GraphTest, CosineOfIdenticalAndDisjointVectors) {
  const TermVector<std::string> a = Vector({{"bridge", 2}, {"budget", 1}, {"council", 1}});
  const TermVector<std::string> b = Vector({{"cat", 1}, {"sleep", 3}});
  EXPECT_NEAR(Cosine(a, a), 1.0, 1e-15);
  EXPECT_EQ(Cosine(a, b), 0.0);
  EXPECT_EQ(Cosine(a, TermVector<std::string>{}), 0.0);
  const TermVector<std::string> c = Vector({{"bridge", 2}, {"cat", 1}});
  const double cos = Cosine(a, c);
  EXPECT_GT(cos, 0.0);
  EXPECT_LT(cos, 1.0);
  EXPECT_DOUBLE_EQ(cos, Cosine(c, a));
  EXPECT_DOUBLE_EQ(cos, CosineOf(Dot(a, c), a.sum_squares, c.sum_squares));
}

TEST(GraphTest, TfIdfVectorUsesDocumentFrequency) {
  const std::vector<std::pair<int, int>> counts = {{0, 1}, {1, 2}};
  const std::vector<int> df = {4, 1};
  const TermVector<int> v = TfIdfVector(counts, 4.0, [&](int key) { return df[key]; });
  ASSERT_EQ(v.weights.size(), 2u);
  EXPECT_DOUBLE_EQ(v.weights[0].second, TfIdfWeight(1, 4, 4));
  EXPECT_DOUBLE_EQ(v.weights[1].second, TfIdfWeight(2, 1, 4));
  EXPECT_DOUBLE_EQ(v.sum_squares, v.weights[0].second * v.weights[0].second +
                                      v.weights[1].second * v.weights[1].second);
}

TEST(GraphTest, KeepHeaviestKeepsKeyOrder) {
  TermVector<std::string> v;
  v.weights = {{"a", 1.0}, {"b", 3.0}, {"c", 2.0}, {"d", 3.0}};
  for (const auto& e : v.weights) v.sum_squares += e.second * e.second;
  KeepHeaviest(&v, 4);
  EXPECT_EQ(v.weights.size(), 4u);
  KeepHeaviest(&v, 2);
  EXPECT_EQ(v.weights, (std::vector<std::pair<std::string, double>>{{"b", 3.0}, {"d", 3.0}}));
  EXPECT_DOUBLE_EQ(v.sum_squares, 18.0);
  // Ties go to the smaller key.
  KeepHeaviest(&v, 1);
  EXPECT_EQ(v.weights[0].first, "b");
}

TEST(GraphTest, SharedCountAndContainmentBoundaries) {
  const std::vector<std::string> a = {"a", "b", "c", "d", "e"};
  const std::vector<std::string> b = {"a", "b", "c", "x", "y", "z"};
  EXPECT_EQ(SharedTerms(a, b), 3u);
  EXPECT_EQ(SharedTerms(a, {}), 0u);
  // 3 of the smaller set's 5 terms: exactly the 0.6 threshold.
  EXPECT_TRUE(Contained(3, 5, 6, kDuplicateContainment));
  EXPECT_TRUE(NearDuplicate(a, b));
  EXPECT_FALSE(Contained(2, 5, 6, kDuplicateContainment));
  EXPECT_FALSE(NearDuplicate({"a", "b", "x", "y", "z"}, a));
  // Empty sets are never duplicates.
  EXPECT_FALSE(Contained(0, 0, 5, kDuplicateContainment));
  EXPECT_FALSE(NearDuplicate(std::vector<std::string>(), std::vector<std::string>()));
  // Term ids count the same way.
  const std::vector<int> ia = {1, 2, 3, 4, 5};
  const std::vector<int> ib = {1, 2, 3, 7, 8, 9};
  EXPECT_EQ(SharedTerms(ia, ib), 3u);
  EXPECT_TRUE(NearDuplicate(ia, ib));
  EXPECT_FALSE(NearDuplicate(std::vector<int>{1, 2, 7, 8, 9}, ia));
  // Above 1 turns the test off.
  EXPECT_FALSE(NearDuplicate(a, a, 2.0));
  EXPECT_TRUE(NearDuplicate(a, a, 1.0));
}

TEST(GraphTest, JaccardAtOneHalfImpliesContainment) {
  // shared / (|A| + |B| - shared) >= 1/2 gives shared >= 2/3 of the smaller
  // set, above the containment threshold: a Jaccard test adds nothing.
  for (std::size_t sa = 1; sa <= 60; ++sa) {
    for (std::size_t sb = 1; sb <= 60; ++sb) {
      for (std::size_t s = 0; s <= std::min(sa, sb); ++s) {
        const double jaccard = static_cast<double>(s) / static_cast<double>(sa + sb - s);
        if (jaccard >= 0.5) {
          EXPECT_TRUE(Contained(s, sa, sb, kDuplicateContainment)) << s << " " << sa << " " << sb;
        }
      }
    }
  }
}

TEST(GraphTest, WeightedContainment) {
  auto weight = [](const std::string& t) { return t == "rare" ? 4.0 : 1.0; };
  const std::vector<std::string> a = {"common", "rare", "word"};
  const std::vector<std::string> b = {"other", "rare", "word"};
  // Shared: rare (4) + word (1) over the lighter set (6).
  EXPECT_DOUBLE_EQ(WeightedContainment(a, 6.0, b, 7.0, weight), 5.0 / 6.0);
  // Fewer than two shared terms give 0.
  EXPECT_EQ(WeightedContainment(a, 6.0, {"rare"}, 4.0, weight), 0.0);
  EXPECT_EQ(WeightedContainment(a, 0.0, b, 7.0, weight), 0.0);
  EXPECT_GE(WeightedContainment(a, 6.0, b, 7.0, weight), kDuplicateWeighted);
}

}  // namespace
}  // namespace internal
}  // namespace precis
