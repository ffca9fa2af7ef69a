// Hostile inputs through the JSON API, as a table: each row names the input,
// the options and the expected outcome (an error code, or properties of the
// summary). Every row also checks what holds for any input: the envelope is
// valid JSON (so valid UTF-8), spans lie inside the input and the output is
// the same when the call is repeated. Runs natively and under node (wasm).
#include <gtest/gtest.h>

#include <functional>
#include <ostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "precis/precis.h"

namespace precis {
namespace {

using nlohmann::json;

// Outcome of a row: an error code, or "ok" plus a check of the envelope.
struct Row {
  const char* name;
  std::function<std::string()> text;
  std::string options;
  const char* expected_code;  // "ok" or an ErrorCodeName
  std::function<void(const json&, const std::string& text)> check;
};

std::string Repeat(const std::string& s, std::size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (std::size_t i = 0; i < n; ++i) out += s;
  return out;
}

std::vector<std::string> Texts(const json& sentences) {
  std::vector<std::string> out;
  for (const json& s : sentences) out.push_back(s["text"].get<std::string>());
  return out;
}

bool Contains(const std::string& hay, const std::string& needle) {
  return hay.find(needle) != std::string::npos;
}

void SummaryEmpty(const json& j, const std::string&) {
  EXPECT_TRUE(j["summary"].empty());
  EXPECT_TRUE(j["keywords"].empty());
  EXPECT_EQ(j["stats"]["sentences"], 0);
}

void SummaryNotEmpty(const json& j, const std::string&) { EXPECT_FALSE(j["summary"].empty()); }

const char kHtml[] =
    "<p>Hello <script>alert(1)</script> world.</p> "
    "<img src=x onerror=\"alert(2)\"> is an image tag. "
    "<a href=\"javascript:alert(3)\">click here</a> for more.";

const std::vector<Row>& Table() {
  static const std::vector<Row> rows = {
      {"empty", [] { return std::string(); }, "", "ok", SummaryEmpty},
      {"whitespace_only", [] { return std::string(" \t\n\r\n\f\v   \n"); }, "", "ok", SummaryEmpty},
      {"nul_bytes_in_text",
       [] { return std::string("Alpha beta gamma.\0\0 Delta epsilon zeta.", 40); }, "", "ok",
       [](const json& j, const std::string&) {
         ASSERT_FALSE(j["summary"].empty());
         for (const std::string& t : Texts(j["summary"])) {
           EXPECT_FALSE(Contains(t, std::string(1, '\0'))) << t;
         }
       }},
      {"mostly_nul_bytes_is_binary", [] { return std::string("Text.") + std::string(200, '\0'); },
       "", "invalid_input", nullptr},
      {"invalid_utf8_is_repaired",
       [] { return std::string("Caf\xe9 au lait \xff\xfe is fine. Second sentence here."); },
       R"({"sentences": 2})", "ok",
       [](const json& j, const std::string&) {
         EXPECT_EQ(j["stats"]["repairedSequences"], 3);
         ASSERT_EQ(j["summary"].size(), 2u);
         EXPECT_TRUE(Contains(j["summary"][0]["text"], "\xef\xbf\xbd"));
       }},
      {"overlong_utf8_never_decodes",
       // Overlong encodings of '/' and '<', and an encoded surrogate.
       [] {
         return std::string(
             "The path a\xc0\xaf b\xe0\x80\xaf c\xc0\xbc d\xed\xa0\x80 ends the "
             "first sentence of this article. The second sentence "
             "follows it and is plain text.");
       },
       "", "ok",
       [](const json& j, const std::string&) {
         EXPECT_GE(j["stats"]["repairedSequences"].get<int>(), 4);
         for (const std::string& t : Texts(j["summary"])) {
           EXPECT_FALSE(Contains(t, "/")) << t;
           EXPECT_FALSE(Contains(t, "<")) << t;
         }
       }},
      {"ten_thousand_combining_marks",
       [] { return "a" + Repeat("\xcc\x81", 10000) + ". Next sentence here."; },
       R"({"includeSentences": true})", "ok",
       [](const json& j, const std::string&) {
         for (const std::string& t : Texts(j["sentences"])) {
           EXPECT_LE(t.size(), Limits::kMaxSentenceBytes);
         }
         const auto texts = Texts(j["sentences"]);
         EXPECT_EQ(texts.back(), "Next sentence here.");
       }},
      {"rtl_and_mixed_scripts",
       [] {
         return std::string(
             "\xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d \xd7\xa2\xd7\x95\xd7\x9c\xd7\x9d. "  // Hebrew
             "\xd9\x85\xd8\xb1\xd8\xad\xd8\xa8\xd8\xa7 "
             "\xd8\xa8\xd8\xa7\xd9\x84\xd8\xb9\xd8\xa7\xd9\x84\xd9\x85. "  // Arabic
             "\xe2\x80\xae override text \xe2\x80\xac here. "              // RLO ... PDF
             "Hello \xe4\xb8\x96\xe7\x95\x8c\xe3\x80\x82"                  // 世界。
             "\xd0\x9f\xd1\x80\xd0\xb8\xd0\xb2\xd0\xb5\xd1\x82 \xd0\xbc\xd0\xb8\xd1\x80!");
       },
       R"({"ratio": 1})", "ok",
       [](const json& j, const std::string&) {
         EXPECT_GE(j["summary"].size(), 4u);
         EXPECT_EQ(j["stats"]["repairedSequences"], 0);
       }},
      {"emoji_only", [] { return Repeat("\xf0\x9f\x98\x80\xf0\x9f\x8e\x89 ", 200); }, "", "ok",
       [](const json& j, const std::string&) {
         EXPECT_EQ(j["stats"]["words"], 0);
         EXPECT_TRUE(j["summary"].empty());
       }},
      {"line_without_punctuation_at_the_size_limit",
       [] {
         std::string s;
         s.reserve(Limits::kMaxInputBytes);
         for (int i = 0; s.size() < Limits::kMaxInputBytes - 16; ++i) {
           s += "word" + std::to_string(i % 4000) + ' ';
         }
         return s;
       },
       "", "ok",
       [](const json& j, const std::string&) {
         ASSERT_FALSE(j["summary"].empty());
         EXPECT_LE(j["summary"].size(), 8u);
         for (const std::string& t : Texts(j["summary"])) {
           EXPECT_LE(t.size(), Limits::kMaxSentenceBytes);
         }
       }},
      {"hundred_thousand_one_word_lines",
       [] {
         std::string s;
         for (int i = 0; i < 100000; ++i) s += "w" + std::to_string(i) + '\n';
         return s;
       },
       "", "ok",
       [](const json& j, const std::string&) {
         EXPECT_GE(j["summary"].size(), 3u);
         EXPECT_LE(j["summary"].size(), 8u);
       }},
      {"every_sentence_identical", [] { return Repeat("The cat sat on the mat. ", 500); },
       R"({"sentences": 5})", "ok",
       [](const json& j, const std::string&) {
         // The same sentence is not repeated in the summary.
         ASSERT_EQ(j["summary"].size(), 1u);
         EXPECT_EQ(j["summary"][0]["text"], "The cat sat on the mat.");
       }},
      {"numbers_only", [] { return Repeat("1 2 3. 4.5 6 7. 8,9 10. ", 30); }, "", "ok",
       SummaryNotEmpty},
      {"control_characters_and_bom",
       [] {
         return std::string(
             "\xef\xbb\xbfHello \x1b[31mred\x1b[0m world. Bell\x07 here.\r\nLine two.\rLine "
             "three.\f");
       },
       R"({"ratio": 1})", "ok",
       [](const json& j, const std::string&) {
         for (const std::string& t : Texts(j["summary"])) {
           for (char c : t) EXPECT_GE(static_cast<unsigned char>(c), 0x20) << t;
         }
       }},
      {"html_is_text_never_markup", [] { return std::string(kHtml); }, R"({"ratio": 1})", "ok",
       [](const json& j, const std::string&) {
         std::string all;
         for (const std::string& t : Texts(j["summary"])) all += t + ' ';
         // Verbatim: nothing stripped, decoded or rewritten.
         EXPECT_TRUE(Contains(all, "<script>alert(1)</script>")) << all;
         EXPECT_TRUE(Contains(all, "<img src=x onerror=\"alert(2)\">")) << all;
         EXPECT_TRUE(Contains(all, "<a href=\"javascript:alert(3)\">")) << all;
         // In the envelope the quotes are JSON-escaped, so the markup cannot
         // end the string it sits in.
         const std::string raw = j.dump();
         EXPECT_TRUE(Contains(raw, "onerror=\\\"alert(2)\\\"")) << raw;
       }},
      {"input_over_the_limit", [] { return std::string(Limits::kMaxInputBytes + 1, 'a'); }, "",
       "input_too_large", nullptr},
      // Options.
      {"options_not_json", [] { return std::string("Text."); }, "{sentences: 3", "invalid_options",
       nullptr},
      {"options_not_an_object", [] { return std::string("Text."); }, "[1, 2]", "invalid_options",
       nullptr},
      {"options_null", [] { return std::string("Text."); }, "null", "invalid_options", nullptr},
      {"options_deeply_nested", [] { return std::string("Text."); },
       Repeat("[", 20000) + Repeat("]", 20000), "invalid_options", nullptr},
      {"options_unclosed_nesting", [] { return std::string("Text."); }, Repeat("{\"a\":", 20000),
       "invalid_options", nullptr},
      {"options_with_nul", [] { return std::string("Text."); },
       std::string("{\"sentences\":\0 1}", 17), "invalid_options", nullptr},
      {"sentences_as_string", [] { return std::string("Text."); }, R"({"sentences": "3"})",
       "invalid_options", nullptr},
      {"sentences_fractional", [] { return std::string("Text."); }, R"({"sentences": 2.5})",
       "invalid_options", nullptr},
      {"ratio_as_bool", [] { return std::string("Text."); }, R"({"ratio": true})",
       "invalid_options", nullptr},
      {"remove_junk_as_number", [] { return std::string("Text."); }, R"({"removeJunk": 1})",
       "invalid_options", nullptr},
      {"keywords_as_array", [] { return std::string("Text."); }, R"({"keywords": [5]})",
       "invalid_options", nullptr},
      {"unknown_option", [] { return std::string("Text."); }, R"({"sentences": 2, "lang": "en"})",
       "invalid_options",
       [](const json& j, const std::string&) {
         EXPECT_TRUE(Contains(j["error"]["message"], "lang"));
       }},
      {"two_length_options", [] { return std::string("Text."); },
       R"({"sentences": 2, "words": 10})", "invalid_options", nullptr},
      {"negative_sentences", [] { return std::string("Text."); }, R"({"sentences": -1})",
       "invalid_options", nullptr},
      {"negative_words", [] { return std::string("Text."); }, R"({"words": -50})",
       "invalid_options", nullptr},
      {"negative_ratio", [] { return std::string("Text."); }, R"({"ratio": -0.5})",
       "invalid_options", nullptr},
      {"negative_keywords", [] { return std::string("Text."); }, R"({"keywords": -1})",
       "invalid_options", nullptr},
      {"zero_sentences", [] { return std::string("Text."); }, R"({"sentences": 0})",
       "invalid_options", nullptr},
      {"huge_sentences_within_range", [] { return std::string("One here. Two here. Three here."); },
       R"({"sentences": 1000000000})", "ok",
       [](const json& j, const std::string&) { EXPECT_EQ(j["summary"].size(), 3u); }},
      {"huge_words_within_range", [] { return std::string("One here. Two here. Three here."); },
       R"({"words": 1e9})", "ok",
       [](const json& j, const std::string&) { EXPECT_EQ(j["summary"].size(), 3u); }},
      {"sentences_over_range", [] { return std::string("Text."); }, R"({"sentences": 10000000000})",
       "invalid_options", nullptr},
      {"words_overflowing_double", [] { return std::string("Text."); }, R"({"words": 1e400})",
       "invalid_options", nullptr},
      {"sentences_beyond_int64", [] { return std::string("Text."); },
       R"({"sentences": 99999999999999999999999999})", "invalid_options", nullptr},
      {"ratio_over_one", [] { return std::string("Text."); }, R"({"ratio": 1.5})",
       "invalid_options", nullptr},
      {"keywords_over_range", [] { return std::string("Text."); }, R"({"keywords": 51})",
       "invalid_options", nullptr},
  };
  return rows;
}

// Lengths in UTF-16 code units of valid UTF-8.
std::size_t Utf16Length(const std::string& s) {
  std::size_t n = 0;
  for (unsigned char c : s) {
    if ((c & 0xC0) != 0x80) n += c >= 0xF0 ? 2 : 1;
  }
  return n;
}

// Test names show the row's name instead of a byte dump.
void PrintTo(const Row& row, std::ostream* os) { *os << row.name; }

class HostileInputTest : public testing::TestWithParam<Row> {};

TEST_P(HostileInputTest, ExpectedOutcome) {
  const Row& row = GetParam();
  const std::string text = row.text();
  const std::string out = SummarizeJson(text, row.options);
  const json j = json::parse(out, nullptr, false);
  ASSERT_FALSE(j.is_discarded()) << "not valid JSON: " << out.substr(0, 300);
  ASSERT_TRUE(j.contains("ok"));
  if (std::string(row.expected_code) == "ok") {
    ASSERT_TRUE(j["ok"].get<bool>()) << out.substr(0, 300);
    for (const char* list : {"summary", "sentences", "facts", "removed"}) {
      if (!j.contains(list)) continue;
      for (const json& s : j[list]) {
        const std::size_t b = s["byteStart"], e = s["byteEnd"];
        ASSERT_LE(b, e);
        ASSERT_LE(e, text.size());
        const std::size_t u16 =
            s["utf16End"].get<std::size_t>() - s["utf16Start"].get<std::size_t>();
        if (j["stats"]["repairedSequences"] == 0) {
          EXPECT_EQ(u16, Utf16Length(text.substr(b, e - b))) << list;
        }
      }
    }
  } else {
    ASSERT_FALSE(j["ok"].get<bool>()) << out.substr(0, 300);
    EXPECT_EQ(j["error"]["code"], row.expected_code) << out;
    EXPECT_FALSE(j["error"]["message"].get<std::string>().empty());
  }
  if (row.check) row.check(j, text);
  if (text.size() < (1u << 20)) {
    EXPECT_EQ(SummarizeJson(text, row.options), out) << "not deterministic";
  }
}

INSTANTIATE_TEST_SUITE_P(Table, HostileInputTest, testing::ValuesIn(Table()),
                         [](const testing::TestParamInfo<Row>& param) {
                           return std::string(param.param.name);
                         });

}  // namespace
}  // namespace precis
