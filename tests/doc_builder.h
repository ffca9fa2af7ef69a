// Builds a Document directly from sentences, for tests of the stages after
// sentence splitting (ranking, keywords, key facts).
#ifndef PRECIS_TESTS_DOC_BUILDER_H_
#define PRECIS_TESTS_DOC_BUILDER_H_

#include <string>
#include <utility>
#include <vector>

#include "lex/tokenizer.h"
#include "pipeline/document.h"

namespace precis_test {

// A document with one sentence per entry of `sentences`, joined by spaces.
class DocBuilder {
 public:
  explicit DocBuilder(const std::vector<std::string>& sentences) {
    std::vector<precis::internal::DocSentence> spans;
    for (const std::string& s : sentences) {
      if (!text_.empty()) text_ += " ";
      precis::internal::DocSentence ds;
      ds.begin = text_.size();
      text_ += s;
      ds.end = text_.size();
      spans.push_back(ds);
    }
    doc_.text = text_;
    precis::internal::Tokenizer tokenizer;
    for (precis::internal::DocSentence ds : spans) {
      ds.tokens = tokenizer.Tokenize(text_, ds.begin, ds.end);
      ds.words = ds.tokens.size();
      doc_.sentences.push_back(std::move(ds));
    }
  }
  DocBuilder(const DocBuilder&) = delete;
  DocBuilder& operator=(const DocBuilder&) = delete;

  precis::internal::Document& doc() { return doc_; }
  const precis::internal::Document& doc() const { return doc_; }

 private:
  std::string text_;  // doc_.text points into it
  precis::internal::Document doc_;
};

}  // namespace precis_test

#endif  // PRECIS_TESTS_DOC_BUILDER_H_
