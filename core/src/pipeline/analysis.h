// What the pipeline knows about one text as it runs: each stage function
// (pipeline/stages.h) reads the fields of the stages before it and fills its
// own. A digest holds one Analysis per article, all reading ranges of the
// same repaired input.
#ifndef PRECIS_CORE_PIPELINE_ANALYSIS_H_
#define PRECIS_CORE_PIPELINE_ANALYSIS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "clean/junk_filter.h"
#include "facts/key_facts.h"
#include "keywords/keywords.h"
#include "pipeline/document.h"
#include "precis/precis.h"
#include "rank/ranking.h"
#include "segment/sentence_splitter.h"
#include "text/unicode.h"

namespace precis {
namespace internal {

// The caller's input, repaired once (invalid UTF-8 replaced by U+FFFD,
// control characters by spaces). Every Analysis of a call reads a range of
// `text`; `repairs` map its offsets back to `raw`.
struct RepairedInput {
  std::string_view raw;
  std::string text;
  std::vector<Repair> repairs;
  std::size_t repaired_sequences = 0;  // invalid sequences replaced
};

// A part of the text dropped as junk: a whole unit or a unit's prefix.
struct RemovedPart {
  std::size_t begin = 0;  // byte range in Analysis::text
  std::size_t end = 0;
  const char* reason = "";  // one of the reasons of precis::Removed
};

struct Analysis {
  // The text the stages read: the whole repaired input, or one article of
  // it. Offsets of the fields below are into this view; `offset` is where it
  // starts in RepairedInput::text.
  std::string_view text;
  std::size_t offset = 0;

  // ChooseLanguage: the language the text is processed as (it also sets
  // doc.english when it is "en" or "und": the English-only rules apply).
  Language language;

  std::vector<SentenceUnit> units;  // SplitUnits
  // TokenizeUnits: the tokens of each unit tokenized on its own (offsets
  // from the unit's start); BuildDocument moves those of kept units into
  // the document.
  std::vector<std::vector<Token>> unit_tokens;
  std::vector<JunkVerdict> verdicts;       // FilterJunk: one per unit
  Document doc;                            // BuildDocument: the kept sentences
  std::vector<RemovedPart> removed;        // BuildDocument: in text order
  Ranking ranking;                         // Rank
  std::vector<std::size_t> chosen;         // Select: summary sentences, ascending
  std::vector<KeywordCandidate> keywords;  // FindKeywords: best first
  std::vector<FactBullet> facts;           // FindKeyFacts: in document order
  std::vector<std::string> fact_groups;    // FindKeyFacts: one per sentence
};

}  // namespace internal
}  // namespace precis

#endif  // PRECIS_CORE_PIPELINE_ANALYSIS_H_
