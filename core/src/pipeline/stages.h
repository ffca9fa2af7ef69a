// The stages of the pipeline, one function each, in the order they run:
//
//   CleanText        repair the caller's bytes once; refuse binary data
//   ChooseLanguage   detect the language (or take the caller's)
//   SplitUnits       sentence units
//   TokenizeUnits    tokens of every unit
//   FilterJunk       a junk verdict per unit (English only)
//   BuildDocument    tokens of the kept sentences; the removed parts
//   Rank             sentence scores
//   Select           the summary's sentences
//   FindKeywords     keyphrases
//   FindKeyFacts     key-fact bullets and their subject groups
//
// Each reads the Analysis fields of the stages before it and fills its own,
// so a test or a benchmark can run any prefix of the pipeline and look at
// the result. AnalyzeText runs them all with progress and timing.
#ifndef PRECIS_CORE_PIPELINE_STAGES_H_
#define PRECIS_CORE_PIPELINE_STAGES_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "pipeline/analysis.h"
#include "pipeline/progress.h"
#include "precis/precis.h"

namespace precis {
namespace internal {

// Repairs `raw` into `*input` (input->raw keeps the view).
void RepairText(std::string_view raw, RepairedInput* input);

// RepairText, then checks that the whole text looks like text
// (CheckLooksLikeText).
Status CleanText(std::string_view raw, RepairedInput* input);

// Binary data (an image, a zip file, a PDF's raw bytes) pasted or dropped by
// mistake would otherwise be "summarized" into garbage: refuses the raw
// bytes behind input.text[begin, end) when more than one in ten (and at
// least eight) are invalid UTF-8 or control characters other than white
// space.
Status CheckLooksLikeText(const RepairedInput& input, std::size_t begin, std::size_t end);

// An Analysis of input.text[begin, end), before any stage has run.
Analysis StartAnalysis(const RepairedInput& input, std::size_t begin, std::size_t end);

// The language: `requested` ("" or "auto" to detect it on a->text, else an
// ISO 639 code). It selects the splitter's rules, the stemmer and
// stopwords, and whether the English-only stages (junk vocabulary, name and
// date facts) run.
void ChooseLanguage(const std::string& requested, Analysis* a);

// Sentence units of a->text, split by the rules of a->language.
void SplitUnits(Analysis* a);

// Tokens of every unit, in the text's language: read once, by the junk
// filter and then by the document.
void TokenizeUnits(Analysis* a);

// A verdict per unit: classified when `remove_junk` and the text is English
// (the junk rules read English vocabulary), otherwise all kept. Runs
// TokenizeUnits first when it has not run.
void FilterJunk(bool remove_junk, Analysis* a);

// The document of the kept units (a unit's junk prefix cut off; units
// without tokens left out) and the parts removed; takes the units' tokens
// (TokenizeUnits, run first when it has not run). Reports progress within
// the stage when `progress` is given; false when the caller cancelled.
bool BuildDocument(Analysis* a, Progress* progress = nullptr);

// Scores of the document's sentences.
void Rank(Analysis* a);

// The summary's sentences for the requested length.
void Select(LengthUnit unit, double length, Analysis* a);

// Up to `max_keywords` keyphrases (none when 0).
void FindKeywords(int max_keywords, Analysis* a);

// Up to `max_facts` key-fact bullets (none when 0) and the subject group of
// every sentence. With `beside_summary` the bullets are chosen to be read
// beside the summary (a->chosen); without, they stand alone (an article of a
// digest, whose summary is another; Options::facts_alone).
void FindKeyFacts(int max_facts, Analysis* a, bool beside_summary = true);

// Runs the stages after CleanText on input.text[begin, end) into `*a`, as
// Summarize does: the binary-data check of that range, then ChooseLanguage
// to FindKeyFacts. The caller has entered Progress::kClean; this enters
// every later stage, kDone last. `clock` may be null. `digest_part`: the
// range is one article of a digest (see FindKeyFacts).
Status AnalyzeText(const RepairedInput& input, std::size_t begin, std::size_t end,
                   const Options& options, Progress* progress, StageClock* clock, Analysis* a,
                   bool digest_part = false);

}  // namespace internal
}  // namespace precis

#endif  // PRECIS_CORE_PIPELINE_STAGES_H_
