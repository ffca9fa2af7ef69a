#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

#include <nlohmann/json.hpp>

#include "precis/precis.h"

namespace precis {
namespace {

using nlohmann::json;

json Call(std::string_view text, std::string_view options) {
  const std::string out = SummarizeJson(text, options);
  json j = json::parse(out, nullptr, false);
  EXPECT_FALSE(j.is_discarded()) << out;
  return j;
}

std::string ErrorCodeOf(std::string_view options) {
  json j = Call("Some text. More text.", options);
  EXPECT_FALSE(j.value("ok", true)) << j.dump();
  return j["error"].value("code", "");
}

const char kArticle[] =
    "The council approved a $48 million bridge plan on Tuesday. "
    "The bridge carries 18,000 vehicles a day. "
    "Work on the bridge begins in September, the mayor said. "
    "A ferry will run every 15 minutes during the works. "
    "Cats are not allowed on the ferry.";

TEST(JsonApiTest, EnvelopeShape) {
  json j = Call(kArticle, R"({"sentences": 2})");
  ASSERT_TRUE(j["ok"].get<bool>());
  EXPECT_EQ(j["version"], Version());
  ASSERT_EQ(j["summary"].size(), 2u);
  for (const json& s : j["summary"]) {
    for (const char* key :
         {"index", "text", "score", "byteStart", "byteEnd", "utf16Start", "utf16End", "heading"}) {
      EXPECT_TRUE(s.contains(key)) << key;
    }
    const std::string text = s["text"];
    const std::size_t b = s["byteStart"], e = s["byteEnd"];
    EXPECT_EQ(std::string(kArticle).substr(b, e - b), text);
  }
  EXPECT_TRUE(j["keywords"].is_array());
  EXPECT_TRUE(j["facts"].is_array());
  EXPECT_TRUE(j["removed"].is_array());
  EXPECT_EQ(j["stats"]["sentences"], 5);
  EXPECT_FALSE(j.contains("sentences"));
  // "ok" comes first so a caller can check the prefix.
  EXPECT_EQ(SummarizeJson(kArticle, "").rfind("{\"ok\":true", 0), 0u);
}

TEST(JsonApiTest, IncludeSentences) {
  json j = Call(kArticle, R"({"sentences": 1, "includeSentences": true})");
  ASSERT_EQ(j["sentences"].size(), 5u);
  double total = 0;
  int selected = 0;
  for (const json& s : j["sentences"]) {
    total += s["score"].get<double>();
    selected += s.value("selected", true) ? 1 : 0;
  }
  EXPECT_NEAR(total, 1.0, 1e-5);
  EXPECT_EQ(selected, 1);
}

// Beside a summary the bullets lead with what it does not say; read alone
// (factsAlone) they lead with the main news, the opening sentence here.
TEST(JsonApiTest, FactsAloneLeadWithTheNews) {
  auto bullet_sources = [](const json& j) {
    std::vector<int> sources;
    for (const json& f : j["facts"]) sources.push_back(f["sentenceIndex"].get<int>());
    return sources;
  };
  json beside = Call(kArticle, R"({"sentences": 1, "facts": 2})");
  json alone = Call(kArticle, R"({"sentences": 1, "facts": 2, "factsAlone": true})");
  ASSERT_TRUE(beside["ok"].get<bool>() && alone["ok"].get<bool>());
  ASSERT_EQ(beside["summary"][0]["index"], 0);
  const std::vector<int> b = bullet_sources(beside);
  const std::vector<int> a = bullet_sources(alone);
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(std::count(b.begin(), b.end(), 0), 0);
  EXPECT_EQ(a.front(), 0);
  EXPECT_EQ(alone["summary"], beside["summary"]);
  EXPECT_EQ(ErrorCodeOf(R"({"factsAlone": 1})"), "invalid_options");
}

TEST(JsonApiTest, DefaultsForEmptyOptions) {
  for (std::string_view o : {"", "  ", "{}"}) {
    json j = Call(kArticle, o);
    EXPECT_TRUE(j["ok"].get<bool>()) << o;
    EXPECT_EQ(j["summary"].size(), 3u) << o;  // automatic length: at least 3
  }
}

TEST(JsonApiTest, InvalidOptions) {
  EXPECT_EQ(ErrorCodeOf("{"), "invalid_options");
  EXPECT_EQ(ErrorCodeOf("[1,2]"), "invalid_options");
  EXPECT_EQ(ErrorCodeOf("3"), "invalid_options");
  EXPECT_EQ(ErrorCodeOf(R"({"sentences": "3"})"), "invalid_options");
  EXPECT_EQ(ErrorCodeOf(R"({"sentences": -1})"), "invalid_options");
  EXPECT_EQ(ErrorCodeOf(R"({"sentences": 0})"), "invalid_options");
  EXPECT_EQ(ErrorCodeOf(R"({"sentences": 2.5})"), "invalid_options");
  EXPECT_EQ(ErrorCodeOf(R"({"sentences": 1e300})"), "invalid_options");
  EXPECT_EQ(ErrorCodeOf(R"({"ratio": 0})"), "invalid_options");
  EXPECT_EQ(ErrorCodeOf(R"({"ratio": 2})"), "invalid_options");
  EXPECT_EQ(ErrorCodeOf(R"({"ratio": null})"), "invalid_options");
  EXPECT_EQ(ErrorCodeOf(R"({"words": true})"), "invalid_options");
  EXPECT_EQ(ErrorCodeOf(R"({"keywords": 51})"), "invalid_options");
  EXPECT_EQ(ErrorCodeOf(R"({"facts": -2})"), "invalid_options");
  EXPECT_EQ(ErrorCodeOf(R"({"removeJunk": 1})"), "invalid_options");
  EXPECT_EQ(ErrorCodeOf(R"({"sentences": 2, "words": 10})"), "invalid_options");
  json j = Call("Text.", R"({"colour": "blue"})");
  EXPECT_NE(j["error"]["message"].get<std::string>().find("colour"), std::string::npos);
}

// Options text is screened before parsing: 160,000 keys took 24 s in the
// parser and 5M nested arrays 790 MB; options followed by a NUL byte and
// junk were read as the options before the NUL.
TEST(JsonApiTest, OversizedDeepOrNulOptionsAreRefusedBeforeParsing) {
  std::string many = "{";
  for (int i = 0; i < 160000; ++i) many += "\"k" + std::to_string(i) + "\":1,";
  many.back() = '}';
  json j = Call("Text. More text.", many);
  EXPECT_EQ(j["error"]["code"], "invalid_options");
  EXPECT_NE(j["error"]["message"].get<std::string>().find("limit is 4096"), std::string::npos);

  const std::string deep = "{\"language\":" + std::string(5'000'000, '[') + "}";
  EXPECT_EQ(ErrorCodeOf(deep), "invalid_options");
  EXPECT_EQ(ErrorCodeOf(R"({"a":[[[[1]]]]})"), "invalid_options");  // depth 5
  // Brackets inside strings do not count; depth 4 still parses (and then
  // fails only as an unknown option).
  j = Call("Text.", R"({"x[[[[[": 1})");
  EXPECT_NE(j["error"]["message"].get<std::string>().find("x[[[[["), std::string::npos);
  EXPECT_EQ(ErrorCodeOf(R"({"sentences":[[[1]]]})"), "invalid_options");

  const std::string nul = std::string(R"({"sentences":2})") + '\0' + "junk";
  j = Call("One. Two. Three.", nul);
  EXPECT_EQ(j["error"]["code"], "invalid_options");
  EXPECT_NE(j["error"]["message"].get<std::string>().find("NUL"), std::string::npos);
  // At the limit, options still parse.
  std::string padded = R"({"sentences":2})";
  padded += std::string(Limits::kMaxOptionsBytes - padded.size(), ' ');
  EXPECT_TRUE(Call(kArticle, padded)["ok"].get<bool>());
}

TEST(JsonApiTest, HugeCountsAreClampedNotErrors) {
  json j = Call(kArticle, R"({"sentences": 1000000000})");
  EXPECT_TRUE(j["ok"].get<bool>());
  EXPECT_EQ(j["summary"].size(), 5u);
  j = Call(kArticle, R"({"sentences": 3.0, "keywords": 0, "facts": 0})");
  EXPECT_EQ(j["summary"].size(), 3u);
  EXPECT_TRUE(j["keywords"].empty());
  EXPECT_TRUE(j["facts"].empty());
}

TEST(JsonApiTest, InputTooLarge) {
  std::string big(Limits::kMaxInputBytes + 1, 'x');
  json j = Call(big, "");
  EXPECT_FALSE(j["ok"].get<bool>());
  EXPECT_EQ(j["error"]["code"], "input_too_large");
}

TEST(JsonApiTest, OutputIsValidUtf8EvenForBadInput) {
  const std::string out = SummarizeJson("Bad \xC3\x28 input. \xF0\x28\x8C\x28 here.", "");
  json j = json::parse(out, nullptr, false);
  ASSERT_FALSE(j.is_discarded()) << out;
  EXPECT_TRUE(j["ok"].get<bool>());
  EXPECT_EQ(j["stats"]["repairedSequences"], 3);
}

TEST(JsonApiTest, Deterministic) {
  EXPECT_EQ(SummarizeJson(kArticle, "{}"), SummarizeJson(kArticle, "{}"));
}

TEST(JsonApiTest, ErrorCodeNames) {
  EXPECT_STREQ(ErrorCodeName(ErrorCode::kOk), "ok");
  EXPECT_STREQ(ErrorCodeName(ErrorCode::kInvalidOptions), "invalid_options");
  EXPECT_STREQ(ErrorCodeName(ErrorCode::kInputTooLarge), "input_too_large");
  EXPECT_STREQ(ErrorCodeName(ErrorCode::kInternal), "internal");
  EXPECT_STREQ(ErrorCodeName(ErrorCode::kInvalidInput), "invalid_input");
}

}  // namespace
}  // namespace precis
