// Helpers shared by the test suites: reading committed test data and the
// shared evaluation data (which may be absent: tests then skip).
#ifndef PRECIS_TESTS_TEST_UTIL_H_
#define PRECIS_TESTS_TEST_UTIL_H_

#include <optional>
#include <string>

namespace precis_test {

// Contents of a file, or nullopt when it cannot be read.
std::optional<std::string> ReadFile(const std::string& path);

// tests/data/<name>; fails the test when missing (committed data).
std::string TestDataPath(const std::string& name);

// ../shared/data/<name>, or "" when the shared data is not present.
std::string SharedDataPath(const std::string& name);

// True when the environment has CI=true: missing shared data is then a
// failure, not a skip.
bool SharedDataRequired();

}  // namespace precis_test

// Skips the current test with a clear message when the shared data file is
// absent (fails it under CI=true); otherwise declares `var` holding its path.
#define PRECIS_REQUIRE_SHARED_DATA(var, name)                                                  \
  const std::string var = ::precis_test::SharedDataPath(name);                                 \
  if (var.empty() && ::precis_test::SharedDataRequired())                                      \
    FAIL() << "shared data file " << (name) << " not found (CI=true; set PRECIS_SHARED_DATA)"; \
  if (var.empty())                                                                             \
  GTEST_SKIP() << "shared data file " << (name) << " not found beside the checkout (../shared/data)"

#endif  // PRECIS_TESTS_TEST_UTIL_H_
