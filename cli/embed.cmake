# Writes INPUT as a C++ byte array `kSampleArticle` into OUTPUT.
file(READ ${INPUT} hex HEX)
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${hex}")
file(WRITE ${OUTPUT}
  "// Generated from ${INPUT}; do not edit.\n"
  "#include <cstddef>\n"
  "extern const char kSampleArticle[];\n"
  "extern const std::size_t kSampleArticleSize;\n"
  "const char kSampleArticle[] = {${bytes} '\\0'};\n"
  "const std::size_t kSampleArticleSize = sizeof(kSampleArticle) - 1;\n")
