// Digests judged by the articles' news dates, with source counts checked
// by hand, plain-word reasons, "include anyway" and no fact or summary
// sentence told twice.
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "precis/precis.h"
#include "test_util.h"

namespace precis {
namespace {

std::string Read(const std::string& name) {
  auto text = precis_test::ReadFile(precis_test::TestDataPath("digest/" + name));
  EXPECT_TRUE(text.has_value()) << name;
  return text.value_or("");
}

// The three bridge articles (a wire story with a dateline, a local story
// with a publication line, a feature that mentions 1925 and 2019 in
// passing) and an unrelated one.
std::string BridgeDigest() {
  return Read("harbor-bridge-wire.txt") + "\n---\n" + Read("harbor-bridge-local.txt") + "\n---\n" +
         Read("harbor-bridge-history.txt") + "\n---\n" + Read("springfield-library.txt");
}

Result Digest(const std::string& text, Options options = {}) {
  options.digest = true;
  Result r;
  const Status s = Summarize(text, options, &r);
  EXPECT_TRUE(s.ok()) << s.message();
  return r;
}

const KeyFact* FactWith(const Result& r, const std::string& needle) {
  for (const KeyFact& f : r.facts) {
    if (f.text.find(needle) != std::string::npos) return &f;
  }
  return nullptr;
}

TEST(DigestNewsDates, OlderYearsInPassingDoNotSetAnArticleApart) {
  const Result r = Digest(BridgeDigest());
  ASSERT_EQ(r.articles.size(), 4u);
  // The feature's 1925 and 2019 are background, not its news date (the
  // other two are dated March 14, 2025).
  EXPECT_TRUE(r.articles[0].same_event) << r.articles[0].reason;
  EXPECT_TRUE(r.articles[1].same_event) << r.articles[1].reason;
  EXPECT_TRUE(r.articles[2].same_event) << r.articles[2].reason;
  EXPECT_FALSE(r.articles[3].same_event);
  EXPECT_EQ(r.articles[3].reason,
            "different event: shares no people, places or dates with the other articles");
  for (const Article& a : r.articles) {
    EXPECT_EQ(a.reason.find("similarity"), std::string::npos) << a.reason;
    EXPECT_EQ(a.reason.find("0."), std::string::npos) << a.reason;
  }
}

TEST(DigestNewsDates, SourceCountsMatchACountByHand) {
  const Result r = Digest(BridgeDigest());
  // Counted by hand in tests/data/digest/harbor-bridge-*.txt:
  //   the opening on Friday: wire, local ("opened the Kestrel Bridge ... on
  //     Friday"), feature ("crossed the new Kestrel Bridge ... on Friday");
  //   the mayor: all three ("Mayor Linda Okafor cut the ribbon", "opened");
  //   $420 million: wire and local;
  //   the ferry's 12,000 passengers and the 1925 proposal: one each.
  const KeyFact* opened = FactWith(r, "opened the new Kestrel Bridge");
  ASSERT_NE(opened, nullptr);
  EXPECT_EQ(opened->articles, (std::vector<std::size_t>{0, 1, 2}));
  const KeyFact* mayor = FactWith(r, "Linda Okafor");
  ASSERT_NE(mayor, nullptr);
  EXPECT_EQ(mayor->articles, (std::vector<std::size_t>{0, 1, 2}));
  const KeyFact* cost = FactWith(r, "$420 million");
  ASSERT_NE(cost, nullptr);
  EXPECT_EQ(cost->articles, (std::vector<std::size_t>{0, 1}));
  const KeyFact* ferry = FactWith(r, "12,000 passengers");
  ASSERT_NE(ferry, nullptr);
  EXPECT_EQ(ferry->articles, (std::vector<std::size_t>{0}));
  const KeyFact* plans = FactWith(r, "1925");
  ASSERT_NE(plans, nullptr);
  EXPECT_EQ(plans->articles, (std::vector<std::size_t>{2}));
  // Nothing of the unrelated article.
  for (const KeyFact& f : r.facts) {
    for (std::size_t a : f.articles) EXPECT_NE(a, 3u) << f.text;
  }
}

TEST(DigestNewsDates, NoFactOrSummarySentenceTwice) {
  const Result r = Digest(BridgeDigest());
  // One bullet for the opening and one for the mayor, however many
  // articles tell them.
  int opening = 0;
  int mayor = 0;
  for (const KeyFact& f : r.facts) {
    opening += f.text.find("Kestrel Bridge") != std::string::npos &&
                       f.text.find("Friday") != std::string::npos
                   ? 1
                   : 0;
    mayor += f.text.find("Okafor") != std::string::npos ? 1 : 0;
  }
  EXPECT_EQ(opening, 1);
  EXPECT_EQ(mayor, 1);
  int opening_told = 0;
  std::set<std::string> seen;
  for (const Sentence& s : r.summary) {
    EXPECT_TRUE(seen.insert(s.text).second) << s.text;
    opening_told += s.text.find("on Friday") != std::string::npos ? 1 : 0;
  }
  EXPECT_EQ(opening_told, 1);
}

TEST(DigestNewsDates, AStatedNewsYearStillSetsAnOldStoryApart) {
  // The 2019 talks (dated in their opening) against the 2025 bridge.
  const Result r =
      Digest(Read("harbor-bridge-wire.txt") + "\n---\n" + Read("harbor-bridge-local.txt") +
             "\n---\n" + Read("acme-talks-2019.txt"));
  ASSERT_EQ(r.articles.size(), 3u);
  EXPECT_FALSE(r.articles[2].same_event);
}

// The shared articles of the January 2025 trip with a wire story of the same
// trip that mentions the 2022 invasion of Ukraine in passing: the story is
// kept, the 2021 trip is not, and the trip, the sale and the impeachment
// are reported by all three (counted by hand).
TEST(DigestNewsDates, SharedArticlesWithAWireStory) {
  PRECIS_REQUIRE_SHARED_DATA(korea, "articles/blinken-trip-koreatimes.txt");
  auto shared = [](const std::string& name) {
    return precis_test::ReadFile(precis_test::SharedDataPath("articles/" + name)).value_or("");
  };
  const Result r = Digest(shared("blinken-trip-koreatimes.txt") + "\n---\n" +
                          shared("blinken-trip-with-donation-plea.txt") + "\n---\n" +
                          shared("blinken-austin-2021-with-comments.txt") + "\n---\n" +
                          Read("blinken-trip-wire.txt"));
  ASSERT_EQ(r.articles.size(), 4u);
  EXPECT_FALSE(r.articles[2].same_event);
  EXPECT_TRUE(r.articles[3].same_event) << r.articles[3].reason;
  // The trip is told as "South Korea, Japan, and France" by one article and
  // "Seoul, Tokyo and Paris" by another: either wording may be the bullet.
  const KeyFact* trip = FactWith(r, "Japan, and France");
  if (trip == nullptr) trip = FactWith(r, "Seoul, Tokyo and Paris");
  ASSERT_NE(trip, nullptr);
  EXPECT_EQ(trip->articles, (std::vector<std::size_t>{0, 1, 3})) << trip->text;
  for (const char* needle : {"$3.64 billion", "impeachment"}) {
    const KeyFact* f = FactWith(r, needle);
    ASSERT_NE(f, nullptr) << needle;
    EXPECT_EQ(f->articles, (std::vector<std::size_t>{0, 1, 3})) << f->text;
  }
}

TEST(DigestInclude, AnExcludedArticleCanBeIncludedAnyway) {
  Options o;
  o.include_articles = {3};
  const Result r = Digest(BridgeDigest(), o);
  ASSERT_EQ(r.articles.size(), 4u);
  EXPECT_TRUE(r.articles[3].same_event);
  EXPECT_EQ(r.articles[3].reason, "included on request");
  bool library = false;
  for (const Sentence& s : r.summary) library = library || s.article == 3;
  for (const KeyFact& f : r.facts) {
    for (std::size_t a : f.articles) library = library || a == 3;
  }
  EXPECT_TRUE(library);
}

TEST(DigestInclude, JsonOptionAndChecks) {
  std::string text = BridgeDigest();
  const std::string with = SummarizeJson(text, R"({"digest":true,"includeArticles":[3]})");
  EXPECT_NE(with.find("\"included on request\""), std::string::npos);
  const std::string bad = SummarizeJson(text, R"({"digest":true,"includeArticles":[1.5]})");
  EXPECT_NE(bad.find("includeArticles must be a list of whole numbers from 0 to 49"),
            std::string::npos)
      << bad;
  EXPECT_NE(SummarizeJson(text, R"({"digest":true,"includeArticles":3})").find("invalid_options"),
            std::string::npos);
  // An index past the articles is ignored.
  EXPECT_NE(SummarizeJson(text, R"({"digest":true,"includeArticles":[40]})").find("\"ok\":true"),
            std::string::npos);
}

}  // namespace
}  // namespace precis
