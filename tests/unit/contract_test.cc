// ContractJson(), ErrorEnvelope() and the option checks they describe: the
// typed API, the JSON adaptor and the description agree.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "api/options.h"
#include "precis/precis.h"

namespace precis {
namespace {

using nlohmann::json;

json Contract() {
  json j = json::parse(ContractJson(), nullptr, false);
  EXPECT_TRUE(j.is_object());
  return j;
}

std::string MessageOf(std::string_view options_json) {
  const json j = json::parse(SummarizeJson("One sentence. Two sentences.", options_json));
  EXPECT_FALSE(j["ok"].get<bool>()) << j.dump();
  return j["error"]["message"].get<std::string>();
}

std::string MessageOf(const Options& options) {
  Result r;
  const Status s = Summarize("One sentence. Two sentences.", options, &r);
  EXPECT_EQ(s.code(), ErrorCode::kInvalidOptions);
  return s.message();
}

TEST(ContractTest, VersionLimitsAndLanguages) {
  const json c = Contract();
  EXPECT_EQ(c["version"], Version());
  EXPECT_EQ(c["limits"]["maxInputBytes"], Limits::kMaxInputBytes);
  EXPECT_EQ(c["limits"]["maxSentenceBytes"], Limits::kMaxSentenceBytes);
  EXPECT_EQ(c["limits"]["maxDigestArticles"], Limits::kMaxDigestArticles);
  EXPECT_EQ(c["languages"].get<std::vector<std::string>>(), SupportedLanguages());
  EXPECT_EQ(c["errorCodes"], json({"ok", "invalid_options", "input_too_large", "internal",
                                   "invalid_input", "cancelled"}));
}

TEST(ContractTest, OptionsMatchTheTypedDefaults) {
  const json o = Contract()["options"];
  ASSERT_EQ(o.size(), 11u);
  const Options defaults;
  EXPECT_EQ(o["keywords"], json({{"type", "integer"}, {"min", 0}, {"max", 50}, {"default", 10}}));
  EXPECT_EQ(o["facts"]["default"], defaults.max_facts);
  EXPECT_EQ(o["factsAlone"]["default"], defaults.facts_alone);
  EXPECT_EQ(o["removeJunk"]["default"], defaults.remove_junk);
  EXPECT_EQ(o["includeSentences"]["default"], defaults.include_sentences);
  EXPECT_EQ(o["digest"]["default"], defaults.digest);
  EXPECT_EQ(o["language"]["default"], "auto");
  EXPECT_EQ(o["includeArticles"],
            json({{"type", "indexes"}, {"min", 0}, {"max", 49}, {"default", json::array()}}));
  EXPECT_EQ(o["ratio"], json({{"type", "number"},
                              {"min", 0},
                              {"minExclusive", true},
                              {"max", 1},
                              {"group", "length"},
                              {"default", nullptr}}));
  EXPECT_EQ(o["sentences"]["max"], 1000000000);
}

// Every option of the contract is accepted by the JSON adaptor at its
// bounds and refused past them, with one message for both APIs.
TEST(ContractTest, RangesAreEnforcedAsDescribed) {
  const json o = Contract()["options"];
  for (auto it = o.begin(); it != o.end(); ++it) {
    const json& spec = it.value();
    const std::string name = it.key();
    if (spec["type"] == "integer" || spec["type"] == "number") {
      const json& max = spec["max"];
      EXPECT_TRUE(json::parse(SummarizeJson("A b.", json({{name, max}}).dump()))["ok"]) << name;
      const double over = max.get<double>() + 1;
      EXPECT_NE(MessageOf(json({{name, over}}).dump()).find(name), std::string::npos) << name;
    } else if (spec["type"] == "boolean") {
      EXPECT_EQ(MessageOf(json({{name, 1}}).dump()), name + " must be true or false");
    }
  }
}

TEST(ContractTest, TypedAndJsonMessagesAreTheSame) {
  Options o;
  o.length_unit = LengthUnit::kSentences;
  o.length = 0;
  EXPECT_EQ(MessageOf(o), MessageOf(R"({"sentences":0})"));
  EXPECT_EQ(MessageOf(o), "sentences must be a whole number from 1 to 1000000000");
  o.length_unit = LengthUnit::kRatio;
  o.length = 1.5;
  EXPECT_EQ(MessageOf(o), MessageOf(R"({"ratio":1.5})"));
  EXPECT_EQ(MessageOf(o), "ratio must be a number greater than 0 and at most 1");
  o = Options();
  o.max_keywords = 51;
  EXPECT_EQ(MessageOf(o), MessageOf(R"({"keywords":51})"));
  o = Options();
  o.max_facts = -1;
  EXPECT_EQ(MessageOf(o), MessageOf(R"({"facts":-1})"));
  o = Options();
  o.language = "xx";
  EXPECT_EQ(MessageOf(o), MessageOf(R"({"language":"xx"})"));
  EXPECT_EQ(MessageOf(R"({"words":3,"ratio":0.5})"),
            "give at most one of sentences, ratio and words");
  EXPECT_EQ(MessageOf(R"({"colour":1})"), "unknown option \"colour\"");
}

TEST(ContractTest, ErrorEnvelopeIsTheAdaptorsEnvelope) {
  const Status s(ErrorCode::kInvalidOptions, "keywords must be a whole number from 0 to 50");
  EXPECT_EQ(ErrorEnvelope(s), SummarizeJson("Text.", R"({"keywords":99})"));
  EXPECT_EQ(ErrorEnvelope(Status(ErrorCode::kInvalidInput, "text must be a string")),
            std::string(R"({"ok":false,"version":")") + Version() +
                R"(","error":{"code":"invalid_input","message":"text must be a string"}})");
}

TEST(ContractTest, TypedOptionsGiveTheSameEnvelope) {
  Options o;
  o.length_unit = LengthUnit::kWords;
  o.length = 12;
  o.max_keywords = 3;
  o.remove_junk = false;
  o.language = "en";
  EXPECT_EQ(SummarizeJson("The bridge opens. The ferry stops. The city pays.", o),
            SummarizeJson("The bridge opens. The ferry stops. The city pays.",
                          R"({"words":12,"keywords":3,"removeJunk":false,"language":"en"})"));
}

}  // namespace
}  // namespace precis
