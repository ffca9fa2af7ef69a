// The rules of the junk filter that recognise a unit by its shape, one
// function per kind of page furniture, and the junk prefixes of kept units
// (datelines, a glued plea sentence).
#ifndef PRECIS_CORE_CLEAN_JUNK_RULES_H_
#define PRECIS_CORE_CLEAN_JUNK_RULES_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "clean/junk_features.h"
#include "clean/junk_vocabulary.h"
#include "lex/tokenizer.h"

namespace precis {
namespace internal {
namespace junk {

// Longest dateline prefix ("NEW YORK, March 10 (Reuters) — "), in bytes.
constexpr std::size_t kMaxDatelineBytes = 80;
// A plea sentence glued to the next sentence is looked for this far into a
// unit, in bytes.
constexpr std::size_t kMaxGluedPrefixBytes = 400;

// Shapes recognised on a unit; each scores on its own.
struct Shapes {
  Reason counter = kNone;  // kNone when not a counter line
  bool arithmetic = false;
  bool inline_arithmetic = false;
  bool byline = false;
  bool breadcrumb = false;
  bool photo_credit = false;
  bool copyright_sign = false;
  bool you_are_here = false;
  Reason label = kNone;  // "Read more:", "Related:", "Advertisement:"
  // A caption, a video or shopping prompt, or an offer (clean/furniture.h).
  bool furniture = false;
};

// A number, or a social counter such as "1.2k" or "3M".
bool NumberLike(const Token& t, std::string_view surface);

// Vote counts and other counters: "13 users have voted.", "1.2k shares",
// "Comments (12)". The reason of the counter, or kNone.
Reason CounterShape(std::string_view unit, const std::vector<Token>& tokens);

// Captcha: digits joined by an arithmetic operator ("1+3", "18 + 0").
bool HasArithmetic(std::string_view s);

// Captcha: a unit that is nothing but an arithmetic prompt ("18 + 0 =",
// "What is 3 + 4?").
bool ArithmeticShape(std::string_view unit, const std::vector<Token>& tokens);

// Byline: "By AFP - Mar 10,2021", "Published 10 March 2021, 12:30 GMT".
bool BylineShape(const std::vector<Token>& tokens);

// Navigation: a breadcrumb trail ("Home > World > Asia").
bool BreadcrumbShape(std::string_view unit);

// Boilerplate: a photo credit or a caption ending in one ("Photo: Reuters",
// "(AP Photo/Evan Vucci)").
bool PhotoCreditShape(std::string_view unit, const std::vector<Token>& tokens);

// Boilerplate: a copyright sign ("©", "(c) 2021").
bool CopyrightSign(std::string_view unit);

// A lead-in label of page furniture ("Read more:", "RELATED:"): its reason,
// or kNone.
Reason LabelShape(std::string_view unit, const std::vector<Token>& tokens, const Features& f);

// Every shape of `unit`; `starts_line`: nothing but white space before it
// on its line.
Shapes FindShapes(std::string_view unit, const std::vector<Token>& tokens, const Features& f,
                  bool line_unit, bool starts_line);

// Dateline: the length of a dateline prefix of `s` ("WASHINGTON — "), or 0.
// With `whole`, the dateline may be all of `s`.
std::size_t DatelinePrefix(std::string_view s, bool whole);

// Donation plea: the end of a plea sentence glued to the next one ("...all
// the difference.Secretary"), or 0.
std::size_t GluePoint(std::string_view s);

}  // namespace junk
}  // namespace internal
}  // namespace precis

#endif  // PRECIS_CORE_CLEAN_JUNK_RULES_H_
