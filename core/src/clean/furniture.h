// Page furniture glued into the article's sentences: photo captions with
// their headings ("Ditching Wall Street: Mary Pat Christie, right, has
// quit"), video prompts ("Scroll down for video"), shopping links ("... at
// Nordstrom Visit site") and promotions ("Get 3 months of premium news for
// $1."). Pasted text often loses the line breaks around them, so they run
// into the sentence before or after; SplitOffFurniture cuts them off as
// units of their own, and FurnitureShape recognises such a unit for the junk
// filter. Both go by the shape of the text and a small vocabulary in
// several languages, never by whole sentences.
#ifndef PRECIS_CORE_CLEAN_FURNITURE_H_
#define PRECIS_CORE_CLEAN_FURNITURE_H_

#include <string_view>
#include <vector>

#include "lex/tokenizer.h"
#include "segment/sentence_splitter.h"

namespace precis {
namespace internal {

// `units` with glued furniture cut off: a video or shopping prompt becomes
// a unit (the product text before a shopping prompt stays with it), and a
// caption heading ("Word Word :" after a sentence that ran on without a full
// stop) starts a new unit. Each new unit keeps the line and paragraph of the
// unit it came from. Linear in the size of the text.
std::vector<SentenceUnit> SplitOffFurniture(std::string_view text,
                                            const std::vector<SentenceUnit>& units);

namespace junk {

enum class Furniture { kNone, kPrompt, kCaption, kPromotion };

// The kind of furniture `unit` (tokenized as `tokens`) is, or kNone: a
// prompt opening the unit ("Scroll down for video", "Click here to watch",
// "... Visit site"), a caption (a heading before a colon, "Pictured:", or a
// position marker such as ", right," or "(pictured)" in a unit without a
// full stop), or an offer ("Get 3 months of premium news for $1.").
// A heading before a colon counts at the start of a line only without a full
// stop or with a position marker ("Korea: The visit ..." leads a section).
Furniture FurnitureShape(std::string_view unit, const std::vector<Token>& tokens, bool starts_line);

}  // namespace junk
}  // namespace internal
}  // namespace precis

#endif  // PRECIS_CORE_CLEAN_FURNITURE_H_
