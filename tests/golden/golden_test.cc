// Golden tests: each case in tests/data/golden/CASES names an input text and
// the options to summarize it with; the JSON envelope must equal the
// committed <case>.expected.json byte for byte. After an intended change,
// regenerate with
//   PRECIS_UPDATE_GOLDEN=1 ctest --test-dir build -R Golden
// and review the diff.
#include <gtest/gtest.h>

#include <cctype>
#include <cstdlib>
#include <fstream>
#include <ostream>
#include <sstream>
#include <string>
#include <vector>

#include "precis/precis.h"
#include "test_util.h"

namespace {

struct GoldenCase {
  std::string name;     // file stem of the expected output
  std::string input;    // path relative to the repository root
  std::string options;  // options JSON
};

void PrintTo(const GoldenCase& c, std::ostream* os) { *os << c.name; }

std::string RepoPath(const std::string& relative) {
  return precis_test::TestDataPath("../../" + relative);
}

// CASES: one case a line, "name<TAB>input path<TAB>options json".
std::vector<GoldenCase> LoadCases() {
  std::vector<GoldenCase> cases;
  const auto text = precis_test::ReadFile(precis_test::TestDataPath("golden/CASES"));
  if (!text) return cases;
  std::istringstream lines(*text);
  std::string line;
  while (std::getline(lines, line)) {
    if (line.empty() || line[0] == '#') continue;
    const std::size_t t1 = line.find('\t');
    const std::size_t t2 = line.find('\t', t1 + 1);
    if (t1 == std::string::npos || t2 == std::string::npos) continue;
    cases.push_back({line.substr(0, t1), line.substr(t1 + 1, t2 - t1 - 1), line.substr(t2 + 1)});
  }
  return cases;
}

class GoldenTest : public ::testing::TestWithParam<GoldenCase> {};

TEST_P(GoldenTest, MatchesExpectedEnvelope) {
  const GoldenCase& c = GetParam();
  const auto input = precis_test::ReadFile(RepoPath(c.input));
  ASSERT_TRUE(input.has_value()) << "missing input " << c.input;
  const std::string actual = precis::SummarizeJson(*input, c.options) + "\n";
  const std::string expected_path =
      precis_test::TestDataPath("golden/" + c.name + ".expected.json");
  if (std::getenv("PRECIS_UPDATE_GOLDEN") != nullptr) {
    std::ofstream(expected_path, std::ios::binary) << actual;
    GTEST_SKIP() << "updated " << expected_path;
  }
  const auto expected = precis_test::ReadFile(expected_path);
  ASSERT_TRUE(expected.has_value()) << "missing " << expected_path;
  EXPECT_EQ(actual, *expected);
}

std::string CaseName(const ::testing::TestParamInfo<GoldenCase>& param_info) {
  std::string id;
  for (char ch : param_info.param.name) {
    id += std::isalnum(static_cast<unsigned char>(ch)) ? ch : '_';
  }
  return id;
}

INSTANTIATE_TEST_SUITE_P(Cases, GoldenTest, ::testing::ValuesIn(LoadCases()), CaseName);

TEST(GoldenCasesTest, ListIsNotEmpty) { EXPECT_GE(LoadCases().size(), 3u); }

}  // namespace
