#include "test_util.h"

#include <cstdlib>
#include <fstream>
#include <sstream>

namespace precis_test {

std::optional<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string TestDataPath(const std::string& name) {
  return std::string(PRECIS_TEST_DATA_DIR) + "/" + name;
}

std::string SharedDataPath(const std::string& name) {
  std::string path = std::string(PRECIS_SHARED_DATA_DIR) + "/" + name;
  std::ifstream in(path);
  return in ? path : std::string();
}

bool SharedDataRequired() {
  const char* ci = std::getenv("CI");
  return ci != nullptr && std::string(ci) == "true";
}

}  // namespace precis_test
