// MissingLanguageData: whether this build holds the language data a summary
// needs. It follows the pipeline's choice of language: the caller's
// language when given, else detection on the repaired text of the whole
// input or, for a digest, of each article.
#include <exception>

#include "digest/articles.h"
#include "lang/language.h"
#include "pipeline/stages.h"
#include "precis/precis.h"

namespace precis {

std::string MissingLanguageData(std::string_view text, std::string_view options_json) try {
  Options options;
  // Refused options or input are refused the same way by every build.
  if (!ParseOptionsJson(options_json, &options).ok()) return "";
  if (text.size() > Limits::kMaxInputBytes) return "";
  if (!options.language.empty() && options.language != "auto") {
    return internal::HasLanguageData(options.language) ? "" : options.language;
  }
  internal::RepairedInput input;
  internal::RepairText(text, &input);
  if (!options.digest) return internal::MissingLanguageData(input.text);
  std::size_t omitted = 0;
  for (const internal::ArticlePart& part :
       internal::SplitArticles(text, internal::kMaxDigestArticles, &omitted)) {
    const std::size_t begin = internal::RepairedOffset(input.repairs, part.begin);
    const std::size_t end = internal::RepairedOffset(input.repairs, part.end);
    std::string missing =
        internal::MissingLanguageData(std::string_view(input.text).substr(begin, end - begin));
    if (!missing.empty()) return missing;
  }
  return "";
} catch (const std::exception&) {
  return "und";  // cannot tell: the build with every language is safe
}

}  // namespace precis
