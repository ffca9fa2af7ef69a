// Replays the fuzzer's seed corpus and kept regressions (fuzz/corpus,
// fuzz/regressions) through SummarizeJson the way fuzz/summarize_fuzzer.cc
// does: first line = options, rest = text. Each must give a valid envelope
// whose spans lie inside the text. Runs in the normal suite (native and
// wasm), so a fixed finding stays fixed without a fuzzing build.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "precis/precis.h"
#include "test_util.h"

namespace precis {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

std::vector<fs::path> Inputs(const char* sub) {
  std::vector<fs::path> out;
  const fs::path dir = fs::path(PRECIS_FUZZ_DIR) / sub;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->is_regular_file() && it->path().filename().string()[0] != '.') {
      out.push_back(it->path());
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

void Replay(const fs::path& path) {
  SCOPED_TRACE(path.string());
  const auto data = precis_test::ReadFile(path.string());
  ASSERT_TRUE(data.has_value());
  const std::string& input = *data;
  const std::size_t nl = input.find('\n');
  const std::string options = nl == std::string::npos ? input : input.substr(0, nl);
  const std::string text = nl == std::string::npos ? "" : input.substr(nl + 1);
  const std::string out = SummarizeJson(text, options);
  const json j = json::parse(out, nullptr, false);
  ASSERT_FALSE(j.is_discarded()) << out.substr(0, 300);
  ASSERT_TRUE(j.contains("ok"));
  if (!j["ok"].get<bool>()) {
    const std::string code = j["error"]["code"];
    EXPECT_TRUE(code == "invalid_options" || code == "input_too_large" || code == "invalid_input")
        << code;
    return;
  }
  for (const char* list : {"summary", "sentences", "facts", "removed"}) {
    if (!j.contains(list)) continue;
    for (const json& s : j[list]) {
      EXPECT_LE(s["byteStart"].get<std::size_t>(), s["byteEnd"].get<std::size_t>());
      EXPECT_LE(s["byteEnd"].get<std::size_t>(), text.size());
      EXPECT_LE(s["utf16Start"].get<std::size_t>(), s["utf16End"].get<std::size_t>());
    }
  }
  EXPECT_EQ(SummarizeJson(text, options), out);
}

TEST(FuzzReplayTest, SeedCorpus) {
  const std::vector<fs::path> inputs = Inputs("corpus");
  ASSERT_GE(inputs.size(), 5u) << "seed corpus missing in " << PRECIS_FUZZ_DIR;
  for (const fs::path& p : inputs) Replay(p);
}

TEST(FuzzReplayTest, Regressions) {
  const std::vector<fs::path> inputs = Inputs("regressions");
  if (inputs.empty()) GTEST_SKIP() << "no fuzzing regressions kept yet";
  for (const fs::path& p : inputs) Replay(p);
}

}  // namespace
}  // namespace precis
