// The headline: the article's opening news sentence (or, when the opening is
// not news, its most central sentence) compressed to its main clause, at most
// kHeadlineWords words, never cut with an ellipsis and never ending on a
// function word.
#ifndef PRECIS_CORE_RANK_HEADLINE_H_
#define PRECIS_CORE_RANK_HEADLINE_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/document.h"

namespace precis {
namespace internal {

inline constexpr std::size_t kHeadlineWords = 12;

// The opening clause of `sentence` in at most `max_words` words: a leading
// dateline ("LONDON (Reuters) -", "(CNN) --") and bracketed asides are
// dropped, then the text is cut before the last clause boundary (a comma,
// semicolon or colon, or a conjunction, relative pronoun or preposition that
// opens a phrase) within the limit, outside quotes when it can be, and
// function words ("the", "of", "and", "has", ...) are taken off its end, as
// are a subject or a small number whose clause or noun the cut took ("has
// warned it", "for three"). When a cut leaves a clause hanging that way and
// the sentence opens with a title before a name ("Late film star Marlon
// Brando is said to ..."), the title is dropped if the clause then fits.
// Before any cut, an aside between the subject and its verb goes ("ABN
// Amro, the Netherlands' largest bank, is to cut ..."; of a description
// and a name, the name stays), and a cut keeps a verb's particle ("step
// down") but not a participle whose agent it took ("levels boosted [by
// ...]"). Text without spaces (Chinese, Japanese) is cut at its first
// clause mark within 2 * max_words characters. The sentence's final
// punctuation is dropped.
std::string CompressClause(std::string_view sentence, std::size_t max_words = kHeadlineWords);

// The headline of `doc` with sentence scores `scores`: the opening news
// sentence (OpeningNewsSentence) compressed, else the best-scored selectable
// sentence compressed; empty for a document without sentences.
std::string Headline(const Document& doc, const std::vector<double>& scores);

}  // namespace internal
}  // namespace precis

#endif  // PRECIS_CORE_RANK_HEADLINE_H_
