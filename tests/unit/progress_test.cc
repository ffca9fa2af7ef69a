// The progress callback of Options: stages in order, fractions that never
// decrease and end at 1, cancellation, and output identical to a call
// without a callback.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "precis/precis.h"
#include "test_util.h"

namespace precis {
namespace {

std::string Sample() {
  auto text =
      precis_test::ReadFile(std::string(PRECIS_TEST_DATA_DIR) + "/../../samples/harbor-bridge.txt");
  EXPECT_TRUE(text.has_value());
  return text.value_or("");
}

// About 100 KB: the sample repeated, so that the tokenize stage reports
// progress within itself.
std::string Long() {
  const std::string one = Sample();
  std::string text;
  while (text.size() < 100000) text += one + "\n\n";
  return text;
}

struct Event {
  std::string stage;
  double fraction;
};

TEST(ProgressTest, StagesInOrderFractionsGrowToOne) {
  const std::string text = Long();
  std::vector<Event> events;
  Options o;
  o.progress = [&](const char* stage, double fraction) {
    events.push_back({stage, fraction});
    return true;
  };
  Result r;
  ASSERT_TRUE(Summarize(text, o, &r).ok());
  ASSERT_FALSE(r.summary.empty());
  ASSERT_GE(events.size(), 9u);
  EXPECT_EQ(events.front().stage, "clean");
  EXPECT_EQ(events.front().fraction, 0.0);
  EXPECT_EQ(events.back().stage, "done");
  EXPECT_EQ(events.back().fraction, 1.0);
  const std::vector<std::string> order = {"clean",  "split",    "junk",  "tokenize", "rank",
                                          "select", "keywords", "facts", "done"};
  std::size_t at = 0;
  int within_tokenize = 0;
  for (std::size_t i = 0; i < events.size(); ++i) {
    if (i > 0) {
      EXPECT_GE(events[i].fraction, events[i - 1].fraction) << i;
    }
    EXPECT_GE(events[i].fraction, 0.0);
    EXPECT_LE(events[i].fraction, 1.0);
    while (at < order.size() && order[at] != events[i].stage) ++at;
    ASSERT_LT(at, order.size()) << "stage out of order: " << events[i].stage;
    if (events[i].stage == "tokenize") ++within_tokenize;
  }
  EXPECT_GT(within_tokenize, 5);   // reported within the stage, not only at its start
  EXPECT_LT(events.size(), 200u);  // rate-limited
}

TEST(ProgressTest, SameResultWithAndWithoutCallback) {
  const std::string text = Long();
  const std::string plain = SummarizeJson(text, R"({"includeSentences":true})");
  int calls = 0;
  const std::string with =
      SummarizeJson(text, R"({"includeSentences":true})", [&](const char*, double) {
        ++calls;
        return true;
      });
  EXPECT_GT(calls, 0);
  EXPECT_EQ(plain, with);
}

TEST(ProgressTest, FalseCancelsAtEachStage) {
  const std::string text = Sample();
  for (const std::string stop :
       {"clean", "split", "junk", "tokenize", "rank", "select", "keywords", "facts", "done"}) {
    Options o;
    std::string last;
    o.progress = [&](const char* stage, double) {
      last = stage;
      return last != stop;
    };
    Result r;
    const Status s = Summarize(text, o, &r);
    EXPECT_EQ(s.code(), ErrorCode::kCancelled) << stop;
    EXPECT_EQ(last, stop);
    EXPECT_TRUE(r.summary.empty()) << stop;
    EXPECT_STREQ(ErrorCodeName(s.code()), "cancelled");
  }
}

TEST(ProgressTest, CancelledEnvelope) {
  const std::string out =
      SummarizeJson(Sample(), "", [](const char*, double f) { return f < 0.5; });
  EXPECT_NE(out.find(R"("ok":false)"), std::string::npos) << out;
  EXPECT_NE(out.find(R"("code":"cancelled")"), std::string::npos) << out;
}

TEST(ProgressTest, InvalidOptionsFailBeforeAnyProgress) {
  int calls = 0;
  const std::string out =
      SummarizeJson("Some text.", R"({"sentences":0})", [&](const char*, double) {
        ++calls;
        return true;
      });
  EXPECT_EQ(calls, 0);
  EXPECT_NE(out.find("invalid_options"), std::string::npos);
}

TEST(ProgressTest, EmptyInputStillEndsWithDone) {
  std::vector<std::string> stages;
  Options o;
  o.progress = [&](const char* stage, double) {
    stages.push_back(stage);
    return true;
  };
  Result r;
  ASSERT_TRUE(Summarize("", o, &r).ok());
  ASSERT_FALSE(stages.empty());
  EXPECT_EQ(stages.back(), "done");
}

}  // namespace
}  // namespace precis
