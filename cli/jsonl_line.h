// One line of a JSON Lines corpus: {"id": ..., "text": "...", "options": {...}}
// in, one envelope with the id out. Shared by the CLI's --jsonl mode and the
// Python module, so that both write the same bytes for the same line.
#ifndef PRECIS_CLI_JSONL_LINE_H_
#define PRECIS_CLI_JSONL_LINE_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "precis/precis.h"

namespace precis_cli {

// Longest line accepted, in bytes: an article at the engine's limit written
// with every byte escaped as \u00XX, plus room for the id and the options.
constexpr std::size_t kMaxJsonlLineBytes = 6 * precis::Limits::kMaxInputBytes + 65536;

// True for a line of only spaces, tabs and carriage returns: such lines are
// skipped and give no output.
bool IsBlankLine(std::string_view line);

// The output line (no line break) for one input line: the envelope that
// precis::SummarizeJson returns for the line's "text" with its "options"
// (or with `defaults` when the line has no "options" or null), with
// "id":<the line's id, null when absent> put first:
//   {"id":"post-1","ok":true,"version":...}
// A line that cannot be read gives an error envelope with the same layout:
// not a JSON object or no string "text" (invalid_input), options that are
// not an object or that the engine refuses (invalid_options), a line over
// kMaxJsonlLineBytes (input_too_large; the id is then null). Keys other than
// id, text and options are ignored. A blank line gives "". *ok is set to
// whether the envelope is a success (true for a blank line). Never throws.
std::string SummarizeJsonlLine(std::string_view line, const precis::Options& defaults, bool* ok);

}  // namespace precis_cli

#endif  // PRECIS_CLI_JSONL_LINE_H_
