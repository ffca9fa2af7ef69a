// The word lists of the sentence splitter that serve every language (see
// sentence_languages.cc for the lists of one language), and their lookup.
#include "segment/abbreviations.h"

#include <algorithm>
#include <cstddef>
#include <unordered_map>

#include "lex/lexicon.h"
#include "segment/sentence_languages.h"

namespace precis {
namespace internal {
namespace {

// Word lists, case-folded (FoldCase). Entries are matched against the token
// before a full stop (without the stop) or the word after it.

// Titles before a name: never the end of a sentence.
constexpr std::string_view kTitles[] = {
    // English
    "mr", "mrs", "ms", "mx", "messrs", "mmes", "dr", "drs", "prof", "profs", "gov", "sen", "sens",
    "rep", "reps", "gen", "gens", "col", "lt", "sgt", "capt", "cpl", "pvt", "rev", "hon", "pres",
    "supt", "cmdr", "cdr", "adm", "maj", "brig", "insp", "atty", "amb", "det", "msgr", "spc", "pfc",
    "ens", "rt", "ald", "fr", "sr", "sra", "srta",
    // German, Danish, Dutch
    "hr", "hrn", "frl", "med", "phil", "rer", "nat", "dipl", "skt", "dhr", "mevr", "mw", "ir",
    // Spanish, Italian, French
    "dra", "lic", "ing", "arq", "ud", "uds", "dña", "sig", "sigg", "dott", "avv", "arch", "geom",
    "rag", "egr", "gent", "spett", "psicol", "dir", "mme", "mlle", "mm", "pr",
    // Russian
    "г-н", "г-жа", "проф", "акад", "д-р", "доц", "тов", "св", "г", "гг"};

// Abbreviations that never end a sentence.
constexpr std::string_view kNeverFinal[] = {
    "e.g", "i.e",  "vs",   "cf",   "viz", "z.b", "d.h", "u.a", "vgl",  "bzw", "sog", "resp", "bspw",
    "ggf", "evtl", "inkl", "zzgl", "fx",  "ad",  "т.е", "т.к", "напр", "см",  "ср",  "т.н"};

// Abbreviations usually followed by a number ("No. 5", "p. 55").
constexpr std::string_view kBeforeNumber[] = {
    "no",   "nos",  "nr",  "nrn",  "p",    "pp",   "fig",   "figs", "vol",    "vols", "arts",
    "ch",   "chap", "sec", "sect", "para", "tel",  "ed",    "eq",   "approx", "ca",   "c",
    "n°",   "op",   "pt",  "pts",  "ll",   "abs",  "anm",   "rs",   "nrs",    "bd",   "str",
    "kap",  "cra",  "ext", "pág",  "págs", "párr", "párrf", "núm",  "num",    "pag",  "pagg",
    "n",    "kl",   "tlf", "ст",   "стр",  "ул",   "кв",    "д",    "корп",   "тел",  "рис",
    "табл", "гл",   "п",   "пп",   "ч",    "т",    "вып",   "пл",   "бул"};

// Abbreviations that are also common words ("a work of art."): they only
// keep a following number in the sentence ("art. 4", "mind. 5").
constexpr std::string_view kOnlyBeforeNumber[] = {"art",  "par", "cap", "ex",  "tab", "ref",
                                                  "mind", "max", "min", "reg", "ord", "sch",
                                                  "es",   "env", "ag",  "al",  "est"};

// Month names that are also words ("years ago."): abbreviations only after
// a number ("30 Ago. 1984").
constexpr std::string_view kAfterNumber[] = {"ago", "set", "sett", "ott", "lug",
                                             "giu", "dom", "mag",  "lun"};

// Abbreviations that may end a sentence: they do before a capitalised
// common word.
constexpr std::string_view kAmbiguous[] = {
    // English
    "etc", "inc", "co", "corp", "ltd", "llc", "plc", "bros", "jr", "esq", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "ave", "blvd", "rd", "st", "mt",
    "ft", "dept", "univ", "assn", "intl", "govt", "misc", "mfg", "hwy", "pl", "sq", "ct", "ph.d",
    // German, Danish
    "usw", "cie", "gmbh", "mär", "okt", "dez", "kath", "evang", "ev", "mio", "mrd", "tsd", "jh",
    "jhd", "jhdt", "gegr", "geb", "gest", "verh", "allg", "engl", "franz", "dt", "ehem", "mht",
    "osv", "mv", "dvs",
    // Spanish, Italian, French
    "ene", "abr", "dic", "mié", "jue", "vie", "sáb", "ee", "uu", "aprox", "depto", "av", "avda",
    "gral", "cía", "admón", "ecc", "amm", "janv", "févr", "avr", "juil", "déc",
    // Russian
    "млн", "млрд", "тыс", "руб", "коп", "пгт", "обл", "р-н", "им", "вв", "пр"};

// Capitalised common words that start sentences: after an ambiguous
// abbreviation they mark a sentence end ("in the U.S. The president").
constexpr std::string_view kStarters[] = {
    // English
    "a", "an", "the", "it", "its", "he", "she", "they", "we", "i", "you", "his", "her", "their",
    "our", "my", "your", "this", "that", "these", "those", "there", "here", "how", "what", "when",
    "where", "why", "who", "whom", "which", "whose", "but", "and", "or", "so", "yet", "nor", "in",
    "on", "at", "for", "if", "as", "after", "before", "while", "although", "though", "because",
    "since", "then", "however", "meanwhile", "also", "still", "now", "today", "yesterday",
    "tomorrow", "some", "many", "most", "all", "both", "each", "every", "not", "one", "such",
    "other", "another", "last", "next", "later", "earlier", "instead", "despite", "during", "with",
    "without", "from", "to", "by", "of", "under", "over", "among", "between", "is", "are", "was",
    "were", "do", "does", "did", "can", "could", "will", "would", "should", "may", "might", "must",
    "has", "have", "had", "please", "let", "yes", "thus", "therefore", "hence", "indeed",
    "moreover", "furthermore", "besides", "otherwise", "nevertheless", "nonetheless", "perhaps",
    "maybe", "according", "only", "even", "just", "again", "once", "unlike", "like", "about",
    "against", "through", "into", "until", "unless", "whether", "first", "second", "finally",
    "overall", "me", "us", "them", "him", "more", "few", "several", "any", "no", "none", "nobody",
    "everyone", "someone", "nothing", "millions", "thousands", "hundreds", "dozens", "officials",
    "police", "being", "separately", "elsewhere",
    // German
    "der", "die", "das", "ein", "eine", "es", "er", "sie", "wir", "ich", "ihr", "dies", "diese",
    "dieser", "im", "auch", "aber", "und", "doch", "dann", "da", "als", "wenn", "wie", "was", "wer",
    "wo", "warum", "nach", "bei", "mit", "von", "zu", "für", "auf", "aus", "um", "nicht", "kein",
    "keine", "dort", "hier", "heute", "jetzt", "damals", "deshalb", "daher", "trotzdem", "außerdem",
    "zudem", "denn",
    // Danish, Norwegian, Swedish, Dutch
    "de", "det", "den", "jeg", "vi", "han", "hun", "hvad", "hvor", "hvorfor", "og", "så", "en",
    "et", "på", "til", "med", "som", "efter", "nu", "het", "een", "ik", "wij", "hij", "zij", "dit",
    "dat", "maar",
    // Spanish, Italian, French
    "el", "la", "los", "las", "un", "una", "se", "pero", "y", "hay", "hoy", "este", "esta", "esto",
    "eso", "ese", "él", "ella", "ellos", "yo", "qué", "cómo", "cuando", "donde", "por", "para",
    "con", "sin", "también", "luego", "después", "il", "lo", "gli", "le", "uno", "è", "ma", "e",
    "non", "per", "questo", "questa", "oggi", "poi", "dopo", "io", "lui", "lei", "noi", "les",
    "une", "elle", "ils", "nous", "je", "on", "ce", "cette", "mais", "dans", "avec", "après",
    // Russian
    "в", "на", "и", "но", "он", "она", "они", "это", "мы", "я", "по", "с", "к", "однако", "когда",
    "после", "так", "также", "как", "что"};

// Words before a German ordinal number ("am 12.", "im 19. Jahrhundert").
constexpr std::string_view kOrdinalContext[] = {
    "am",    "vom",   "zum",  "im",    "dem",    "den",    "der",   "die",   "das",
    "des",   "ab",    "bis",  "seit",  "zur",    "beim",   "ins",   "ihr",   "ihre",
    "ihrem", "ihren", "sein", "seine", "seinem", "seinen", "jeden", "jedem", "jeder"};

// Words after a time ("5 p.m. Monday") that continue the sentence, with
// the English weekdays and months of the lexicon.
constexpr std::string_view kTimeZones[] = {
    "et",  "est",  "edt",   "ct",      "cst",     "cdt",     "mt",      "mst",  "mdt",
    "pt",  "pst",  "pdt",   "gmt",     "utc",     "bst",     "cet",     "cest", "ist",
    "jst", "aest", "local", "eastern", "central", "pacific", "mountain"};

// Word classes of the lists above (WordClass), found with one hash lookup.
class WordClasses {
 public:
  WordClasses() {
    Add(kTitles, kClassTitle);
    Add(kNeverFinal, kClassNeverFinal);
    Add(kBeforeNumber, kClassBeforeNumber);
    Add(kOnlyBeforeNumber, kClassOnlyBeforeNumber);
    Add(kAfterNumber, kClassAfterNumber);
    Add(kAmbiguous, kClassAmbiguous);
    Add(kStarters, kClassStarter);
    Add(kEnglishWeekdayWords, kClassAfterTime);
    Add(kEnglishMonthWords, kClassAfterTime);
    Add(kTimeZones, kClassAfterTime);
    // German: before a month a number is an ordinal ("am 12. Juni").
    Add(kGermanMonthWords, kClassMonth);
    Add(kOrdinalContext, kClassOrdinalContext);
  }
  unsigned Of(std::string_view word) const {
    if (word.size() > longest_) return 0;
    const auto it = map_.find(word);
    return it == map_.end() ? 0 : it->second;
  }

 private:
  template <std::size_t N>
  void Add(const std::string_view (&list)[N], unsigned cls) {
    for (std::string_view w : list) {
      map_[w] |= cls;
      longest_ = std::max(longest_, w.size());
    }
  }
  std::unordered_map<std::string_view, unsigned> map_;
  std::size_t longest_ = 0;
};

}  // namespace

bool InSharedWordClass(unsigned cls, std::string_view word) {
  static const WordClasses classes;
  return (classes.Of(word) & cls) != 0;
}

}  // namespace internal
}  // namespace precis
