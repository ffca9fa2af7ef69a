// Key-fact selection rules through the public API: which sentences may
// become bullets and how many are kept. Each test fails when its rule is
// removed (see tests/mutations.txt and scripts/mutate.py).
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "precis/precis.h"

namespace precis {
namespace {

std::vector<KeyFact> Facts(const std::vector<std::string_view>& paragraphs, int max_facts = 5) {
  std::string text;
  for (std::string_view p : paragraphs) {
    text += p;
    text += "\n\n";
  }
  Options o;
  o.max_facts = max_facts;
  o.max_keywords = 0;
  o.remove_junk = false;
  Result r;
  const Status st = Summarize(text, o, &r);
  EXPECT_TRUE(st.ok()) << st.message();
  return r.facts;
}

std::string Texts(const std::vector<KeyFact>& facts) {
  std::string out;
  for (const KeyFact& f : facts) out += "[" + f.text + "] ";
  return out;
}

bool AnyStartsWith(const std::vector<KeyFact>& facts, std::string_view start) {
  for (const KeyFact& f : facts) {
    if (f.text.compare(0, start.size(), start) == 0) return true;
  }
  return false;
}

constexpr std::string_view kLead =
    "The harbour council approved a $48 million budget for the new bridge on Tuesday.";

TEST(FactsRulesTest, VeryShortSentencesAreNoBullets) {
  const auto facts = Facts({kLead, "Cost: $5 million."});
  EXPECT_TRUE(AnyStartsWith(facts, "The harbour council")) << Texts(facts);
  EXPECT_FALSE(AnyStartsWith(facts, "Cost")) << Texts(facts);
}

TEST(FactsRulesTest, SentencesWithUnbalancedQuotesAreNoBullets) {
  // One paragraph of a quotation that runs over several: half a quote.
  const auto facts = Facts({kLead,
                            "\xE2\x80\x9CThe bridge will cost $5 million more than planned and "
                            "open in May 2027, the mayor told reporters on Wednesday."});
  EXPECT_TRUE(AnyStartsWith(facts, "The harbour council")) << Texts(facts);
  EXPECT_EQ(facts.size(), 1u) << Texts(facts);
}

TEST(FactsRulesTest, LaterBulletsMustAddMoreThanALoneName) {
  const auto facts = Facts({
      kLead,
      "Construction will start in September 2025 and take 26 months.",
      "Mayor Anna Berg said 40 percent of the money comes from the state.",
      "The old bridge has been a landmark for generations of local residents.",
      "Several engineers from Norway attended the meeting as observers.",
  });
  // The first three are chosen like a short summary (one of the last two
  // may be among them); past them, neither of the last two adds a fact.
  EXPECT_LE(facts.size(), 4u) << Texts(facts);
  EXPECT_FALSE(AnyStartsWith(facts, "The old bridge") && AnyStartsWith(facts, "Several engineers"))
      << Texts(facts);
}

TEST(FactsRulesTest, ABulletOpeningWithAPronounLosesToOneThatSaysWho) {
  // The first sentence has the lead, the second says who.
  const auto facts = Facts({"He will pay $48 million for the bridge in May 2027.",
                            "The mayor will pay $48 million for the bridge in May 2027."},
                           1);
  ASSERT_EQ(facts.size(), 1u);
  EXPECT_TRUE(AnyStartsWith(facts, "The mayor")) << Texts(facts);
}

TEST(FactsRulesTest, ASentenceWithoutFactsLosesToOneWithFacts) {
  // The first sentence has the lead but no name, number or date.
  const auto facts = Facts({"The old bridge has been a loved landmark for generations of people.",
                            "The council will pay $48 million for a new bridge."},
                           1);
  ASSERT_EQ(facts.size(), 1u);
  EXPECT_TRUE(AnyStartsWith(facts, "The council")) << Texts(facts);
}

TEST(FactsRulesTest, AQuoteIsAttributedToThePersonBeforeTheOrganisation) {
  // The organisation is named nearer to the quote, the person further.
  const auto facts = Facts({"\xE2\x80\x9CThe bridge will open in May 2027,\xE2\x80\x9D the Harbour "
                            "Council said in a statement read by Mayor Anna Berg on Tuesday."},
                           1);
  ASSERT_EQ(facts.size(), 1u);
  std::string speakers;
  for (const TypedSpan& sp : facts[0].spans) {
    if (!sp.speaker.empty()) speakers += "[" + sp.speaker + "]";
  }
  EXPECT_NE(speakers.find("Anna Berg"), std::string::npos) << speakers << " " << Texts(facts);
}

TEST(FactsRulesTest, ARestatementIsNoSecondBullet) {
  const auto facts = Facts({kLead,
                            "On Tuesday the harbour council approved the new bridge budget of $48 "
                            "million for Port Ellis."},
                           3);
  EXPECT_EQ(facts.size(), 1u) << Texts(facts);
}

TEST(FactsRulesTest, FurtherPlacesInOneSentenceCountLittle) {
  // A list of places is not several facts: neither of the last two adds
  // enough once three bullets are chosen.
  const auto facts = Facts({
      kLead,
      "Construction will start in September 2025 and take 26 months.",
      "Mayor Anna Berg said 40 percent of the money comes from the state.",
      "Delegations from Norway, Denmark and Sweden attended the meeting as observers.",
      "Visitors came from Germany, Poland and Austria to see the old bridge.",
  });
  EXPECT_LE(facts.size(), 4u) << Texts(facts);
}

TEST(FactsRulesTest, APersonIsKnownByTheLastName) {
  // "Ms Berg" and "Anna Berg" are the mayor again: the last two add only a
  // place each once three bullets are chosen.
  const auto facts = Facts({
      kLead,
      "Construction will start in September 2025 and take 26 months.",
      "Mayor Anna Berg said 40 percent of the money comes from the state.",
      "The plan for the bridge was drawn up by Ms Berg in Oslo.",
      "The new span was first proposed by Anna Berg in Bergen.",
  });
  EXPECT_LE(facts.size(), 4u) << Texts(facts);
}

}  // namespace
}  // namespace precis
