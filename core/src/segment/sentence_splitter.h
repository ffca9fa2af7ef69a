// Sentence segmentation of valid UTF-8 text.
//
// The text is cut into units: sentences, and lines that do not end a sentence
// (headings, list items, captions), which are never glued to the next
// paragraph. Units are byte ranges of the input, trimmed of surrounding white
// space and decoration (horizontal rules "_____", line breaks escaped as text
// "\r\n", table-of-contents leaders "..... 12"); together with the gaps
// between them they cover the input ("gap unit gap unit ... gap"), so no word
// is lost or reordered. Markup is text: "<p>" stays in its unit.
#ifndef PRECIS_CORE_SEGMENT_SENTENCE_SPLITTER_H_
#define PRECIS_CORE_SEGMENT_SENTENCE_SPLITTER_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace precis {
namespace internal {

struct SentenceUnit {
  std::size_t begin = 0;  // byte offsets, [begin, end), trimmed
  std::size_t end = 0;
  int paragraph = 0;  // 0-based; a blank line or a line break after a
                      // sentence-ending unit starts a new paragraph
  int line = 0;       // 0-based index of the input line the unit starts on
  // The unit ends at a line break without sentence-final punctuation
  // (title, heading, list item, "Conclusion:").
  bool line_unit = false;
  // The unit was cut because it exceeded Limits::kMaxSentenceBytes.
  bool truncated = false;
};

struct SplitOptions {
  // Cut units longer than this many bytes (see Limits::kMaxSentenceBytes);
  // 0 means no limit. A unit is never cut inside a UTF-8 character.
  std::size_t max_unit_bytes = 3000;
  // ISO 639-1 code of the text's language ("de", "el", "ar", ...); empty or
  // unknown: rules and word lists that suit most languages. A known language
  // adds its own abbreviations and punctuation rules.
  std::string language;
};

// Splits valid UTF-8 `text` into units in document order. Linear in the size
// of the input.
std::vector<SentenceUnit> SplitSentences(std::string_view text, const SplitOptions& options = {});

}  // namespace internal
}  // namespace precis

#endif  // PRECIS_CORE_SEGMENT_SENTENCE_SPLITTER_H_
