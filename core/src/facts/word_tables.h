// Word lists of the key-fact finder and the bullet compressor. Calendar
// words, titles and places are shared with other stages (lex/lexicon.h).
#ifndef PRECIS_CORE_FACTS_WORD_TABLES_H_
#define PRECIS_CORE_FACTS_WORD_TABLES_H_

#include <string_view>

#include "lex/word_set.h"

namespace precis {
namespace internal {
namespace keyfacts {

// Scale words and suffixes after a number ("million", "bn").
const WordSet& Scales();
// Currency names and codes ("euros", "usd").
const WordSet& Currencies();
// Words for "per cent" after a number ("percent", "pct").
const WordSet& PercentWords();
// Numbers written as words ("three", "dozens").
const WordSet& NumberWords();
// Words that qualify a title ("Finance Minister").
const WordSet& RoleQualifiers();
// Words that make a capitalised span an organisation ("Bank").
const WordSet& OrgWords();
// Words that make a capitalised span a place ("Street", "Lake").
const WordSet& PlaceWords();
// Prepositions that mark the capitalised span after them as a place.
const WordSet& PlacePreps();
// Reporting verbs ("said", "told").
const WordSet& SpeechVerbs();
// Verbs that introduce a quotation without being an attribution.
const WordSet& QuoteVerbs();
// Sentence-initial connectives dropped before a comma ("However,").
const WordSet& Connectives();
// Connectives dropped even without a comma ("And", "But").
const WordSet& BareConnectives();
// Words that open an adjunct after a complete clause ("after").
const WordSet& AdjunctWords();
// Words that open a final clause that may be dropped ("which").
const WordSet& TrailingClause();
// Words that qualify the clause after them ("even", "only").
const WordSet& Qualifiers();
// Words that cannot end a clause ("the", "that").
const WordSet& Dangling();
// Lower-case words after an aside that show the list goes on.
const WordSet& NoContinuation();
// News agencies named in a dateline ("reuters").
const WordSet& Agencies();
// Words whose complement follows them ("remain", "such").
const WordSet& Governing();
// Words after "and" that open a second verb phrase ("has").
const WordSet& ConjunctOpeners();
// Words after "as"/"since" that open a clause with a subject.
const WordSet& ClauseSubjects();
// Time spans a following "after" or "before" belongs to ("days").
const WordSet& TimeUnits();
// Time words of a relative time adjunct ("week", "season").
const WordSet& RelTimeUnits();
// Parts of a day ("morning", "night").
const WordSet& DayParts();
// Words that open a subordinate clause ("although", "while").
const WordSet& Subordinators();
// Two- and three-word connectives ("in addition", "on the other hand"),
// `phrase` folded with single spaces.
bool IsPhraseConnective(std::string_view phrase);

}  // namespace keyfacts
}  // namespace internal
}  // namespace precis

#endif  // PRECIS_CORE_FACTS_WORD_TABLES_H_
