// Sentence segmentation: one left-to-right pass per line with bounded
// look-behind (the current and previous white-space token) and bounded
// look-ahead (the next word; a quotation's closing mark within
// kMaxQuoteBytes), so the whole split is linear in the size of the input.
//
// Decisions, in order:
//   * a line is a unit of its own unless it ends a sentence; a line that
//     does not is continued by the next one only when the break looks like
//     a wrap: trailing white space before a lower-case word (or after one),
//     or a lower-case next line after a comma, a dash or four words or more.
//     Blank lines, list items and CJK lines are never joined;
//   * inline lists ("1) a 2) b", "a. x b. y", "(a) x (b) y", "• a • b") are
//     cut before each marker in sequence;
//   * full stops of scripts written without spaces (CJK, Ethiopic, Burmese,
//     Devanagari danda) and Arabic, Armenian and Greek terminators end a
//     sentence whatever follows, except inside CJK brackets;
//   * inside round or square brackets that close on the same line ("[16:
//     firma? 13:28]") no sentence ends; a bracket after a quotation that
//     ends a longer sentence is an aside on it;
//   * SplitOptions::language adds the abbreviations of that language and
//     its punctuation habits (sentence_languages.h): the Arabic comma, Greek
//     sentences that start in lower case, Kazakh "?" before lower case,
//     Japanese lines wrapped after a particle;
//   * inside a quotation that closes on the same line ("A. B," she said)
//     no sentence ends; a dash before the closing mark ends one before a
//     capital;
//   * "!" and "?" end a sentence unless a lower-case word or a comma follows;
//   * "." ends a sentence unless it belongs to an abbreviation, an initial,
//     a German ordinal, a number, a URL or an e-mail address, or a
//     lower-case word follows; after ambiguous abbreviations ("U.S.", "Inc.",
//     "Jan.") a sentence ends only before a capitalised common word ("The",
//     "How", "It"). Word lists cover English, German, Danish, Spanish,
//     Italian, French and Russian;
//   * "..." ends a sentence before a capital, ". . ." (spaced) never does;
//   * tokenized text (" . " as a token, PTB quotes `` and '') ends a sentence
//     at a free-standing terminator, which takes a free-standing closing
//     quote with it; a lower-case word after such a quote ("'' he said")
//     continues the sentence.
#include "segment/sentence_splitter.h"

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <string>
#include <unordered_map>

#include "lex/lexicon.h"
#include "segment/sentence_languages.h"
#include "text/unicode.h"

namespace precis {
namespace internal {
namespace {

bool IsLineBreak(char32_t c) {
  return c == U'\n' || c == U'\r' || c == 0x85 || c == 0x2028 || c == 0x2029;
}

// Terminators that need a following space (or end) and a look at the next
// word.
bool IsWeakTerminator(char32_t c) {
  switch (c) {
    case U'.':
    case U'!':
    case U'?':
    case 0x2026:  // … horizontal ellipsis
    case 0x203C:  // ‼
    case 0x2047:  // ⁇
    case 0x2048:  // ⁈
    case 0x2049:  // ⁉
      return true;
    default:
      return false;
  }
}

// Terminators that end a sentence whatever follows.
bool IsStrongTerminator(char32_t c) {
  switch (c) {
    case 0x3002:  // 。 ideographic full stop
    case 0xFF01:  // ！ fullwidth exclamation mark
    case 0xFF1F:  // ？ fullwidth question mark
    case 0xFF61:  // ｡ halfwidth ideographic full stop
    case 0xFE52:  // ﹒ small full stop
    case 0xFE56:  // ﹖ small question mark
    case 0xFE57:  // ﹗ small exclamation mark
    case 0x0964:  // । Devanagari danda
    case 0x0965:  // ॥ double danda
    case 0x061F:  // ؟ Arabic question mark
    case 0x06D4:  // ۔ Arabic full stop (Urdu)
    case 0x0589:  // ։ Armenian full stop
    case 0x037E:  // ; Greek question mark
    case 0x1362:  // ። Ethiopic full stop
    case 0x1367:  // ፧ Ethiopic question mark
    case 0x1368:  // ፨ Ethiopic paragraph separator
    case 0x104A:  // ၊ Burmese little section
    case 0x104B:  // ။ Burmese section
    case 0x0F0D:  // ། Tibetan shad
    case 0x17D4:  // ។ Khmer khan
    case 0x1803:  // ᠃ Mongolian full stop
    case 0x0E5A:  // ๚ Thai angkhankhu
    case 0x0700:  // ܀ Syriac end of paragraph
    case 0x0701:  // ܁ Syriac supralinear full stop
    case 0x0702:  // ܂ Syriac sublinear full stop
    case 0x07F9:  // ߹ NKo exclamation mark
    case 0xA60E:  // ꘎ Vai full stop
    case 0xA6F3:  // ꛳ Bamum full stop
      return true;
    default:
      return false;
  }
}

bool IsArmenianLetter(char32_t c) {
  return (c >= 0x0531 && c <= 0x0587) || (c >= 0xFB13 && c <= 0xFB17);
}

bool IsArabicLetter(char32_t c) {
  return (c >= 0x0620 && c <= 0x064A) || (c >= 0x066E && c <= 0x06D3) ||
         (c >= 0x06FA && c <= 0x06FF);
}

bool IsGreekLetter(char32_t c) {
  return (c >= 0x0370 && c <= 0x03FF && c != 0x037E) || (c >= 0x1F00 && c <= 0x1FFF);
}

// Characters that close a quotation or a bracket after a full stop.
bool IsCloser(char32_t c) {
  switch (c) {
    case U'"':
    case U'\'':
    case U')':
    case U']':
    case U'}':
    case 0x00BB:  // »
    case 0x203A:  // ›
    case 0x201D:  // ”
    case 0x2019:  // ’
    case 0x201C:  // “ closes a German „quotation“
    case 0x2018:  // ‘ closes a German ‚quotation‘
    case 0x300D:  // 」
    case 0x300F:  // 』
    case 0xFF09:  // ）
    case 0xFF3D:  // ］
    case 0xFF5D:  // ｝
    case 0x3011:  // 】
    case 0x3009:  // 〉
    case 0x300B:  // 》
    case 0x3015:  // 〕
    case 0x3017:  // 〗
    case 0x3019:  // 〙
    case 0x301B:  // 〛
    case 0x301E:  // 〞
    case 0x301F:  // 〟
    case 0xFF02:  // ＂
    case 0xFF07:  // ＇
      return true;
    default:
      return false;
  }
}

// Characters that may open a sentence before its first word.
bool IsOpener(char32_t c) {
  switch (c) {
    case U'"':
    case U'\'':
    case U'(':
    case U'[':
    case U'{':
    case U'`':
    case 0x00AB:  // «
    case 0x2039:  // ‹
    case 0x201C:  // “
    case 0x2018:  // ‘
    case 0x201E:  // „
    case 0x201A:  // ‚
    case 0x00BF:  // ¿
    case 0x00A1:  // ¡
    case 0x300C:  // 「
    case 0x300E:  // 『
    case 0xFF08:  // （
    case 0x3010:  // 【
    case 0x3008:  // 〈
    case 0x300A:  // 《
    case 0x3014:  // 〔
    case 0x301D:  // 〝
      return true;
    default:
      return false;
  }
}

// CJK brackets: terminators inside them do not end the sentence.
int CjkBracketDelta(char32_t c) {
  switch (c) {
    case 0x300C:
    case 0x300E:
    case 0xFF08:
    case 0x3010:
    case 0x3008:
    case 0x300A:
    case 0x3014:
    case 0x3016:
      return 1;
    case 0x300D:
    case 0x300F:
    case 0xFF09:
    case 0x3011:
    case 0x3009:
    case 0x300B:
    case 0x3015:
    case 0x3017:
      return -1;
    default:
      return 0;
  }
}

// Bullet characters that can separate list items within one line.
bool IsBullet(char32_t c) {
  switch (c) {
    case 0x2022:  // •
    case 0x2023:  // ‣
    case 0x2043:  // ⁃
    case 0x25E6:  // ◦
    case 0x25AA:  // ▪
    case 0x25CF:  // ●
    case 0x25A0:  // ■
    case 0x27A2:  // ➢
    case 0x25BA:  // ►
    case 0x2219:  // ∙
      return true;
    default:
      return false;
  }
}

char AsciiLower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

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

// Words after a time ("5 p.m. Monday") that continue the sentence, besides
// weekdays and months: time zones.
constexpr std::string_view kAfterTime[] = {
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
    Add(kAfterTime, kClassAfterTime);
    Add(kEnglishWeekdayWords, kClassAfterTime);
    Add(kEnglishMonthWords, kClassAfterTime);
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

// `word` (case-folded) belongs to the class `cls`.
bool Is(unsigned cls, std::string_view word) {
  static const WordClasses classes;
  return (classes.Of(word) & cls) != 0;
}

constexpr std::size_t kNone = std::string_view::npos;

// Decoration at the edges of a unit is not part of its text: line breaks
// escaped as text ("\\r\\n"), horizontal rules ("_____", "=====",
// "/////") and, at the end, a table-of-contents leader with its page number
// ("Chapter 2 ........ 6"). Markup is text and stays verbatim ("<p>Hi.</p>").
// Each step looks at a bounded stretch, so trimming stays linear.
constexpr std::size_t kMinRuleChars = 5;

bool IsRuleChar(char c) {
  return c == '_' || c == '=' || c == '/' || c == '~' || c == '-' || c == '#';
}

// The end of the decoration that starts at `p` (before `e`), or `p`.
std::size_t LeadingDecorationEnd(std::string_view t, std::size_t p, std::size_t e) {
  if (p >= e) return p;
  const char c = t[p];
  if (c == '\\') {
    // A token made only of escaped line breaks and tabs.
    std::size_t q = p;
    while (q + 1 < e && t[q] == '\\' && (t[q + 1] == 'r' || t[q + 1] == 'n' || t[q + 1] == 't')) {
      q += 2;
    }
    return q > p && (q >= e || t[q] == ' ' || t[q] == '\t') ? q : p;
  }
  if (IsRuleChar(c)) {
    std::size_t q = p;
    while (q < e && t[q] == c) ++q;
    return q - p >= kMinRuleChars ? q : p;
  }
  return p;
}

// The start of the decoration that ends at `e` (after `b`), or `e`.
std::size_t TrailingDecorationBegin(std::string_view t, std::size_t b, std::size_t e) {
  if (e <= b) return e;
  const char c = t[e - 1];
  if ((c == 'r' || c == 'n' || c == 't') && e - b >= 2 && t[e - 2] == '\\') {
    std::size_t q = e;
    while (q >= b + 2 && t[q - 2] == '\\' &&
           (t[q - 1] == 'r' || t[q - 1] == 'n' || t[q - 1] == 't')) {
      q -= 2;
    }
    return q == b || t[q - 1] == ' ' || t[q - 1] == '\t' ? q : e;
  }
  if (IsRuleChar(c)) {
    std::size_t q = e;
    while (q > b && t[q - 1] == c) --q;
    return e - q >= kMinRuleChars ? q : e;
  }
  if (IsAsciiDigit(c)) {
    // A leader of four dots or more, then a page number or range ("16-17").
    std::size_t q = e;
    while (q > b && e - q < 10 && (IsAsciiDigit(t[q - 1]) || t[q - 1] == '-')) --q;
    if (!IsAsciiDigit(t[q])) return e;
    std::size_t d = q;
    while (d > b && (t[d - 1] == ' ' || t[d - 1] == '\t')) --d;
    std::size_t dots = d;
    while (dots > b && t[dots - 1] == '.') --dots;
    return d - dots >= 4 ? dots : e;
  }
  return e;
}

// Longest quotation whose inner full stops are kept inside one sentence.
constexpr std::size_t kMaxQuoteBytes = 600;

bool IsDash(char32_t c) { return c == U'-' || c == 0x2013 || c == 0x2014 || c == 0x2015; }

struct Piece {
  std::size_t begin;
  std::size_t end;
  bool ended;  // closed by sentence-final punctuation
};

// Splits one logical line [begin, end) of `text` into pieces.
class LineSplitter {
 public:
  LineSplitter(std::string_view text, std::size_t begin, std::size_t end,
               const LanguageRules& rules, std::vector<Piece>* out)
      : t_(text), b_(begin), e_(end), rules_(rules), out_(out) {}

  void Run();

 private:
  struct Marker {
    bool ok = false;
    int value = 0;
    int style = 0;  // 1 "1.", 2 "1)", 3 "1.)", 4 "(1)"
    std::size_t dot = std::string_view::npos;
    std::size_t end = 0;
  };

  char32_t At(std::size_t p, int* len) const {
    char32_t c = 0;
    *len = DecodeAt(t_, p, &c);
    return c;
  }
  char32_t At(std::size_t p) const {
    int len;
    return At(p, &len);
  }
  std::size_t Next(std::size_t p) const {
    char32_t c;
    const int len = DecodeAt(t_, p, &c);
    return p + static_cast<std::size_t>(len > 0 ? len : 1);
  }
  char32_t Before(std::size_t p) const {
    if (p <= b_) return 0;
    return At(PrevCodePoint(t_, p));
  }
  std::size_t SkipSpaces(std::size_t p) const {
    while (p < e_) {
      int len;
      if (!IsSpace(At(p, &len))) break;
      p += static_cast<std::size_t>(len);
    }
    return p;
  }
  // End of the white-space delimited token starting at p.
  std::size_t TokenEnd(std::size_t p) const {
    while (p < e_) {
      int len;
      if (IsSpace(At(p, &len))) break;
      p += static_cast<std::size_t>(len);
    }
    return p;
  }

  Marker ParseMarker(std::size_t p) const;
  std::size_t EnterItem(std::size_t p, bool line_start);
  std::size_t QuoteClose(std::size_t p, char32_t c) const;
  std::size_t SingleQuoteClose(std::size_t p, char32_t c) const;
  std::size_t BracketClose(std::size_t p, char32_t c) const;
  bool NextMarkerFollows(const Marker& m) const;
  bool OpensWithEllipsis(std::size_t p) const;
  void Emit(std::size_t end, bool ended);
  // [b, e) without white space and decoration at its edges.
  void Trim(std::size_t* b, std::size_t* e) const;
  bool DotIsBoundary(std::size_t tok_begin, std::size_t dot, std::size_t next_word) const;
  bool NoSpaceBoundary(std::size_t tok_begin, std::size_t dot) const;
  std::size_t FootnoteEnd(std::size_t tok_begin, std::size_t dot) const;
  bool IsStarterAt(std::size_t p) const;
  // `word` (case-folded) belongs to the class `cls` in any language or in
  // the text's language.
  bool Has(unsigned cls, std::string_view word) const {
    return Is(cls, word) || (LanguageWordClasses(rules_, word) & cls) != 0;
  }
  std::string LowerAscii(std::size_t b, std::size_t e) const;
  std::string Fold(std::size_t b, std::size_t e) const;

  std::string_view t_;
  std::size_t b_;
  std::size_t e_;
  const LanguageRules& rules_;
  std::vector<Piece>* out_;
  std::size_t unit_ = 0;                           // start of the current unit
  std::size_t prev_tok_ = std::string_view::npos;  // previous token start
  std::size_t prev_tok_end_ = 0;
  std::size_t marker_dot_ = std::string_view::npos;
  std::size_t quote_begin_ = kNone;  // the current quotation
  std::size_t quote_end_ = kNone;
  std::size_t bracket_begin_ = kNone;  // the current bracketed aside
  std::size_t bracket_end_ = kNone;
  char32_t bullet_ = 0;  // the bullet that starts the line's items
  int expected_ = -1;    // the next list marker value, or -1
  int style_ = 0;        // its style
};

// When the double quotation mark `c` at `p` opens a quotation (after a space
// or an opener, before a non-space) that closes on this line within
// kMaxQuoteBytes, the position of the closing mark; else kNone. The scan
// stops at the next mark of the same kind, so scans never overlap.
std::size_t LineSplitter::QuoteClose(std::size_t p, char32_t c) const {
  char32_t close1 = 0;
  char32_t close2 = 0;
  switch (c) {
    case U'"':
      close1 = U'"';
      break;
    case 0x201C:  // “ ... ”
      close1 = 0x201D;
      break;
    case 0x201E:  // „ ... “ or ”
      close1 = 0x201C;
      close2 = 0x201D;
      break;
    case 0x00AB:  // « ... »
      close1 = 0x00BB;
      break;
    case 0x201A:  // ‚ ... ‘
      close1 = 0x2018;
      break;
    case U'\'':
    case 0x2018:
      return SingleQuoteClose(p, c);
    default:
      return kNone;
  }
  if (p > b_) {
    const char32_t before = Before(p);
    if (!IsSpace(before) && !IsOpener(before) && !IsDash(before)) return kNone;
  }
  int len;
  At(p, &len);
  std::size_t q = p + static_cast<std::size_t>(len);
  if (q >= e_ || IsSpace(At(q))) return kNone;
  // A mark after white space opens another quotation (a quoted paragraph
  // continued without a closing mark: `said: "One. "Two.`): no pair.
  while (q < e_ && q - p < kMaxQuoteBytes) {
    const char32_t d = At(q, &len);
    if (d == close1 || d == close2 || d == c) {
      if (IsSpace(Before(q))) return kNone;
      if (d == close1 || d == close2) return q;
    }
    q += static_cast<std::size_t>(len > 0 ? len : 1);
  }
  return kNone;
}

// Single quotation marks double as apostrophes ("they'll", "dragon’s",
// "fans'"): a quotation opens after a space and before a letter (not a
// clitic of tokenized text such as " 's"), and closes at a mark after a
// non-space and before a non-letter. The scan stops at the next opening mark.
std::size_t LineSplitter::SingleQuoteClose(std::size_t p, char32_t c) const {
  const char32_t close = c == U'\'' ? U'\'' : 0x2019;
  if (p > b_) {
    const char32_t before = Before(p);
    if (!IsSpace(before) && !IsOpener(before) && !IsDash(before)) return kNone;
  }
  int len;
  At(p, &len);
  std::size_t q = p + static_cast<std::size_t>(len);
  if (q >= e_ || !IsLetter(At(q))) return kNone;
  {
    std::size_t k = q;
    while (k < e_ && k - q < 3 && IsAsciiLetter(t_[k])) ++k;
    if (k == e_ || t_[k] == ' ') {
      const std::string w = LowerAscii(q, k);
      if (w == "s" || w == "m" || w == "d" || w == "re" || w == "ve" || w == "ll") {
        return kNone;
      }
    }
  }
  while (q < e_ && q - p < kMaxQuoteBytes) {
    const char32_t d = At(q, &len);
    const std::size_t next = q + static_cast<std::size_t>(len > 0 ? len : 1);
    if (d == close || d == c) {
      const bool space_before = IsSpace(Before(q));
      const bool letter_after = next < e_ && IsLetter(At(next));
      if (d == close && !space_before && !letter_after) return q;
      if (d == c && space_before && letter_after) return kNone;
    }
    q = next;
  }
  return kNone;
}

// When the bracket `c` at `p` ("(" or "[") closes on this line within
// kMaxQuoteBytes, the position of the closing bracket; else kNone. Inner
// brackets of another kind are skipped; the scan stops at the next bracket
// of the same kind, so scans never overlap.
std::size_t LineSplitter::BracketClose(std::size_t p, char32_t c) const {
  const char close = c == U'(' ? ')' : ']';
  const char open = static_cast<char>(c);
  for (std::size_t q = p + 1; q < e_ && q - p < kMaxQuoteBytes; ++q) {
    if (t_[q] == open) return kNone;
    if (t_[q] == close) return q;
  }
  return kNone;
}

// The marker after `m` in its sequence ("x)" after "w)") follows within
// a short distance on this line: `m` starts a list even when it is not its
// first item.
bool LineSplitter::NextMarkerFollows(const Marker& m) const {
  constexpr std::size_t kMaxItemBytes = 160;
  for (std::size_t q = m.end; q < e_ && q - m.end < kMaxItemBytes; ++q) {
    if (q > m.end && t_[q - 1] == ' ' && t_[q] != ' ') {
      const Marker n = ParseMarker(q);
      if (n.ok && n.style == m.style && n.value == m.value + 1) return true;
    }
  }
  return false;
}

// An ellipsis ("..." or "…") directly followed by a letter starts at `p`.
bool LineSplitter::OpensWithEllipsis(std::size_t p) const {
  std::size_t q = p;
  int dots = 0;
  while (q < e_ && dots < 8) {
    int len;
    const char32_t c = At(q, &len);
    if (c == U'.') {
      ++dots;
    } else if (c == 0x2026) {
      dots += 3;
    } else {
      break;
    }
    q += static_cast<std::size_t>(len);
  }
  return dots >= 3 && q < e_ && IsLetter(At(q));
}

// At the start of a unit: skips the line's bullet and a list marker in
// sequence (recording the marker's dot, which ends no sentence). Returns
// the position after them, or `p`.
std::size_t LineSplitter::EnterItem(std::size_t p, bool line_start) {
  std::size_t q = p;
  int len;
  const char32_t c = At(q, &len);
  if (bullet_ == 0 && IsBullet(c)) bullet_ = c;  // a list after a sentence
  if (bullet_ != 0 && c == bullet_) q = SkipSpaces(q + static_cast<std::size_t>(len));
  if (q >= e_) return q;
  const Marker m = ParseMarker(q);
  if (!m.ok) return q;
  if (line_start || bullet_ != 0 || m.value == 1 || m.value == 1000 + 'a' ||
      (m.value != expected_ && NextMarkerFollows(m))) {
    expected_ = m.value + 1;
    style_ = m.style;
  } else if (m.value == expected_ && m.style == style_) {
    ++expected_;
  } else if (expected_ >= 0 && m.style == style_) {  // the list restarts
    expected_ = m.value + 1;
  } else {
    return q;
  }
  marker_dot_ = m.dot;
  return m.end;
}

LineSplitter::Marker LineSplitter::ParseMarker(std::size_t p) const {
  Marker m;
  std::size_t q = p;
  const bool paren = q < e_ && t_[q] == '(';
  if (paren) ++q;
  int value = 0;
  int digits = 0;
  while (q < e_ && IsAsciiDigit(t_[q]) && digits < 4) {
    value = value * 10 + (t_[q] - '0');
    ++q;
    ++digits;
  }
  if (digits == 0) {
    if (q < e_ && IsAsciiLetter(t_[q])) {
      value = 1000 + AsciiLower(t_[q]);
      ++q;
    } else {
      return m;
    }
  } else if (digits > 3) {
    return m;
  }
  if (q >= e_) return m;
  if (paren) {
    if (t_[q] != ')') return m;
    m.style = 4;
    ++q;
  } else if (t_[q] == '.') {
    m.dot = q;
    ++q;
    if (q < e_ && t_[q] == ')') {
      m.style = 3;
      ++q;
    } else {
      m.style = 1;
    }
  } else if (t_[q] == ')') {
    m.style = 2;
    ++q;
  } else {
    return m;
  }
  if (q < e_ && !IsSpace(At(q))) return m;
  if (digits == 0 && m.style == 1) {
    // "A. B. Smith": initials, not list items.
    const std::size_t r = SkipSpaces(q);
    if (r < e_ && IsLetter(At(r)) && Next(r) < e_ && t_[Next(r)] == '.') return m;
  }
  m.ok = true;
  m.value = value;
  m.end = q;
  return m;
}

std::string LineSplitter::LowerAscii(std::size_t b, std::size_t e) const {
  std::string s;
  s.reserve(e - b);
  for (std::size_t i = b; i < e; ++i) s += AsciiLower(t_[i]);
  return s;
}

std::string LineSplitter::Fold(std::size_t b, std::size_t e) const {
  for (std::size_t i = b; i < e; ++i) {
    if (static_cast<unsigned char>(t_[i]) >= 0x80) return FoldCase(t_.substr(b, e - b));
  }
  return LowerAscii(b, e);
}

// The word at `p` is capitalised and a common sentence start.
bool LineSplitter::IsStarterAt(std::size_t p) const {
  if (p >= e_ || !IsUpper(At(p))) return false;
  std::size_t q = p;
  while (q < e_ && q - p < 24) {
    int len;
    const char32_t c = At(q, &len);
    if (!IsLetter(c)) break;
    q += static_cast<std::size_t>(len);
  }
  if (q - p >= 24) return false;
  return Has(kClassStarter, Fold(p, q));
}

void LineSplitter::Trim(std::size_t* b, std::size_t* e) const {
  std::size_t begin = *b;
  std::size_t end = *e;
  for (;;) {
    while (end > begin && IsSpace(At(PrevCodePoint(t_, end)))) end = PrevCodePoint(t_, end);
    const std::size_t d = TrailingDecorationBegin(t_, begin, end);
    if (d == end) break;
    end = d;
  }
  for (;;) {
    begin = SkipSpaces(begin);
    if (begin >= end) break;
    const std::size_t d = LeadingDecorationEnd(t_, begin, end);
    if (d == begin) break;
    begin = d;
  }
  *b = begin;
  *e = std::max(begin, end);
}

void LineSplitter::Emit(std::size_t end, bool ended) {
  std::size_t b = unit_;
  std::size_t e = end;
  Trim(&b, &e);
  if (e > b) out_->push_back(Piece{b, e, ended});
}

// Footnote numbers after a full stop ("a consultation.11 12 Take", "(type
// 2).10 This"): the end of the numbers when a capitalised word follows and
// the full stop ends a word or a bracket; else kNone.
std::size_t LineSplitter::FootnoteEnd(std::size_t tok_begin, std::size_t dot) const {
  if (dot <= tok_begin) return kNone;
  const char32_t before = Before(dot);
  if (!IsLower(before) && before != U')') return kNone;
  if (before != U')') {
    // A word of two letters or more, not an address.
    std::size_t i = dot;
    int letters = 0;
    while (i > tok_begin && letters < 3) {
      const std::size_t prev = PrevCodePoint(t_, i);
      if (!IsLetter(At(prev))) break;
      ++letters;
      i = prev;
    }
    if (letters < 2 || (i > tok_begin && At(PrevCodePoint(t_, i)) == U'.')) return kNone;
  }
  std::size_t q = dot + 1;
  std::size_t end = kNone;
  for (int group = 0; group < 4; ++group) {
    std::size_t k = q;
    while (k < e_ && k - q < 3 && IsAsciiDigit(t_[k])) ++k;
    if (k == q || (k < e_ && !IsSpace(At(k)))) return end;
    end = k;
    q = SkipSpaces(k);
    if (q >= e_) return kNone;
    if (IsUpper(At(q))) return end;
  }
  return kNone;
}

// A full stop directly followed by a capitalised word ("world.Today").
bool LineSplitter::NoSpaceBoundary(std::size_t tok_begin, std::size_t dot) const {
  // The next word: an upper-case letter followed by a lower-case one, or a
  // Roman numeral or the pronoun "I" before a space ("world.I think",
  // "жағдайы.XVIII ғасыр").
  int len1;
  const char32_t c1 = At(dot + 1, &len1);
  if (!IsUpper(c1) || dot + 1 + static_cast<std::size_t>(len1) >= e_) return false;
  bool roman = false;
  {
    std::size_t k = dot + 1;
    while (k < e_ && k - dot <= 8 && std::string_view("IVXLCDM").find(t_[k]) != kNone) ++k;
    roman = k > dot + 1 && k + 1 < e_ && t_[k] == ' ' && IsLetter(At(k + 1));
  }
  if (!roman && !IsLower(At(dot + 1 + static_cast<std::size_t>(len1)))) return false;
  // The segment before the dot: two or more letters or digits, with a
  // lower-case letter or only digits, in a token that is no address.
  std::size_t seg = dot;
  bool lower = false;
  bool letters = false;
  std::size_t chars = 0;
  while (seg > tok_begin) {
    const std::size_t prev = PrevCodePoint(t_, seg);
    const char32_t c = At(prev);
    if (c == U'.') break;
    if (IsLower(c)) lower = true;
    if (IsLetter(c)) letters = true;
    if (!IsAlnum(c) && c != U',') return false;
    seg = prev;
    ++chars;
    if (chars > 64) break;
  }
  if (chars < 2 || (letters && !lower)) return false;
  if (roman) {
    // Only after a word of lower-case letters.
    for (std::size_t i = seg; i < dot;) {
      int len;
      const char32_t c = At(i, &len);
      if (!IsLower(c)) return false;
      i += static_cast<std::size_t>(len > 0 ? len : 1);
    }
  }
  // "www.example.Com", "testurl.Awesome.com": a host name.
  if (dot - tok_begin >= 3 && AsciiLower(t_[tok_begin]) == 'w' &&
      AsciiLower(t_[tok_begin + 1]) == 'w' && AsciiLower(t_[tok_begin + 2]) == 'w') {
    return false;
  }
  {
    std::size_t q = dot + 1;
    while (q < e_ && q - dot < 64 && IsAsciiLetter(t_[q])) ++q;
    if (q + 1 < e_ && t_[q] == '.' && IsAsciiLetter(t_[q + 1])) return false;
  }
  // No addresses: look through the whole token (bounded).
  const std::size_t from = dot - tok_begin > 256 ? dot - 256 : tok_begin;
  for (std::size_t i = from; i < e_ && i < dot + 256; ++i) {
    const char ch = t_[i];
    if (i > dot && (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r')) break;
    if (ch == '@' || ch == '/' || ch == ':') return false;
  }
  const std::string w = Fold(seg, dot);
  if (Has(kClassTitle, w) || Has(kClassAmbiguous, w) || Has(kClassBeforeNumber, w) ||
      Has(kClassNeverFinal, w)) {
    return false;
  }
  return true;
}

// Decides whether the single "." at `dot`, attached to the token starting at
// `tok_begin` and followed by white space and the word at `next_word`, ends
// a sentence.
bool LineSplitter::DotIsBoundary(std::size_t tok_begin, std::size_t dot,
                                 std::size_t next_word) const {
  // Skip openers before the next word.
  std::size_t w = next_word;
  while (w < e_) {
    int len;
    const char32_t c = At(w, &len);
    if (!IsOpener(c)) break;
    w += static_cast<std::size_t>(len);
  }
  if (w >= e_) return true;
  {
    // A list that starts after a sentence ("Smith. a. here it is").
    const Marker m = ParseMarker(next_word);
    if (m.ok && (m.value == 1 || m.value == 1000 + 'a' || NextMarkerFollows(m))) {
      return true;
    }
  }
  const char32_t f = At(w);
  // A lower-case word continues the sentence; in Greek text it starts a new
  // one unless an abbreviation or an initial comes before the full stop
  // (decided below: abbreviations end a sentence only before capitals).
  if (IsLower(f) && !(rules_.stop_ends_before_lower && IsGreekLetter(f))) return false;
  // A slash marks a line break of quoted verse ("se consuela. / Y").
  if (f == U'/') return false;
  const bool digit_next = IsDigit(f);
  // "1. -3. Jahrhundert": a range, not a sentence start.
  if (IsDash(f) && w + 1 < e_ && IsAsciiDigit(t_[w + 1])) return false;

  // The word before the dot, without leading openers or an elided article
  // ("l'Ing.").
  std::size_t a = tok_begin;
  while (a < dot) {
    int len;
    const char32_t c = At(a, &len);
    if (!IsOpener(c)) break;
    a += static_cast<std::size_t>(len);
  }
  if (a >= dot) return true;
  if (dot - a > 32) return true;  // too long for an abbreviation
  for (std::size_t i = a; i < dot;) {
    int len;
    const char32_t c = At(i, &len);
    i += static_cast<std::size_t>(len > 0 ? len : 1);
    if ((c == U'\'' || c == 0x2019) && i < dot) a = i;
  }
  const std::string word = Fold(a, dot);

  if (Has(kClassTitle, word) || Has(kClassNeverFinal, word)) return false;
  if (Has(kClassBeforeNumber, word) || Has(kClassAmbiguous, word)) {
    return !digit_next && IsStarterAt(w);
  }
  // The previous word, without openers.
  std::size_t pw = kNone;
  if (prev_tok_ != kNone && prev_tok_ >= unit_) {
    pw = prev_tok_;
    while (pw < prev_tok_end_ && IsOpener(At(pw))) pw = Next(pw);
    if (pw >= prev_tok_end_) pw = kNone;
  }
  if (Has(kClassAfterNumber, word)) {
    if (digit_next) return false;
    if (pw != kNone && IsAsciiDigit(t_[pw])) return IsStarterAt(w);
  }
  if (Has(kClassOnlyBeforeNumber, word)) {
    if (digit_next) return false;
    // "ad es.", "et al.": two-word abbreviations.
    if ((word == "es" || word == "al") && pw != kNone) {
      const std::string prev = Fold(pw, prev_tok_end_);
      if (word == "es" && prev == "ad") return false;
      if (word == "al" && prev == "et") return IsStarterAt(w);
    }
  }

  // Letters only, in segments separated by dots ("U.S", "a.m", "Ph.D",
  // "Л.Н").
  std::size_t letters = 0;
  std::size_t longest = 0;
  std::size_t segment = 0;
  bool has_dot = false;
  bool only_letters = true;
  bool only_digits = true;
  char32_t first = 0;
  for (std::size_t i = a; i < dot;) {
    int len;
    const char32_t c = At(i, &len);
    i += static_cast<std::size_t>(len > 0 ? len : 1);
    if (first == 0) first = c;
    if (!IsDigit(c) && !(IsDash(c) && first == c)) only_digits = false;
    if (c == U'.') {
      if (segment == 0) only_letters = false;
      segment = 0;
      has_dot = true;
    } else if (IsLetter(c)) {
      ++letters;
      longest = std::max(longest, ++segment);
    } else {
      only_letters = false;
    }
  }
  if (only_letters && has_dot && longest <= 2) {
    if (digit_next) return false;
    // A time ends the sentence before a capitalised word other than a day,
    // a month or a time zone ("at 6 p.m. Travelers left" / "5 p.m. Monday").
    if (word == "a.m" || word == "p.m") {
      std::size_t q = w;
      while (q < e_ && q - w < 16 && IsAsciiLetter(t_[q])) ++q;
      return !Has(kClassAfterTime, LowerAscii(w, q));
    }
    return IsStarterAt(w);
  }

  // German ordinal numbers ("am 12. Juni", "im 19. Jahrhundert", "zum 01.
  // Januar"): after an article or a preposition, or before a month, a small
  // number ends a sentence only before a common sentence start. Elsewhere
  // ("the toll rose to 12. Rescue teams") it is a plain number.
  if (only_digits && dot - a <= 3 && letters == 0 && !digit_next) {
    std::size_t q = w;
    while (q < e_ && q - w < 24 && IsLetter(At(q))) q = Next(q);
    const bool month = Has(kClassMonth, Fold(w, q));
    const bool after_article = IsDash(first) ||  // the end of a range, "1. -3. Jahrhundert"
                               (pw != kNone && Has(kClassOrdinalContext, Fold(pw, prev_tok_end_)));
    if (month || after_article) return IsStarterAt(w);
  }

  // A single letter: a lower-case one is an abbreviation ("z. B.", "s.
  // oben"); a capital is an initial ("J. R. R. Tolkien", "А. И. Семенов"),
  // or the pronoun "I" or a letter ending a sentence after a lower-case word.
  if (only_letters && !has_dot && letters == 1) {
    if (IsLower(first)) return false;
    if (digit_next) return false;  // "S. 225", "Appendix A. 5"
    if (prev_tok_ == kNone || prev_tok_ < unit_) return false;
    std::size_t pa = prev_tok_;
    while (pa < prev_tok_end_) {
      int len;
      const char32_t c = At(pa, &len);
      if (!IsOpener(c)) break;
      pa += static_cast<std::size_t>(len);
    }
    if (pa >= prev_tok_end_) return false;
    if (!IsLower(At(pa))) return false;
    {
      // Another initial follows ("наук А. И. Семенов").
      int len;
      At(w, &len);
      const std::size_t after = w + static_cast<std::size_t>(len);
      if (after < e_ && t_[after] == '.') return false;
    }
    if (first == U'I') return true;
    return IsStarterAt(w);
  }
  return true;
}

void LineSplitter::Run() {
  std::size_t p = SkipSpaces(b_);
  unit_ = p;
  if (p >= e_) return;

  // Inline lists: a line that starts with a bullet or a list marker is cut
  // before the next bullet or the next marker in sequence.
  {
    int len;
    const char32_t c = At(p, &len);
    if (IsBullet(c)) bullet_ = c;
    p = EnterItem(p, true);
  }
  std::size_t tok = p;  // start of the current white-space token
  int cjk_depth = 0;
  bool after_space = false;
  while (p < e_) {
    int len;
    const char32_t c = At(p, &len);
    const std::size_t next = p + static_cast<std::size_t>(len > 0 ? len : 1);
    if (IsSpace(c)) {
      after_space = true;
      p = next;
      continue;
    }
    if (after_space) {
      after_space = false;
      prev_tok_ = tok;
      prev_tok_end_ = PrevCodePoint(t_, p);
      while (prev_tok_end_ > tok && IsSpace(At(prev_tok_end_))) {
        prev_tok_end_ = PrevCodePoint(t_, prev_tok_end_);
      }
      prev_tok_end_ = Next(prev_tok_end_);
      tok = p;
      if (p > unit_) {
        // Inline list boundaries.
        if (bullet_ != 0 && IsBullet(c)) {
          Emit(p, false);
          unit_ = p;
          bullet_ = c;
          p = EnterItem(p, false);
          continue;
        }
        if (expected_ >= 0) {
          const Marker m = ParseMarker(p);
          if (m.ok && m.style == style_ &&
              (m.value == expected_ || m.value == 1 || m.value == 1000 + 'a')) {
            Emit(p, false);
            unit_ = p;
            p = EnterItem(p, false);
            continue;
          }
        }
      } else {
        p = EnterItem(p, false);
        if (p != tok) continue;
      }
    }

    // ASCII letters and digits open, close and end nothing.
    if (c < 0x80 && (IsAsciiLetter(static_cast<char>(c)) || IsAsciiDigit(static_cast<char>(c)))) {
      p = next;
      continue;
    }

    // Brackets that close on this line within kMaxQuoteBytes.
    if ((c == U'(' || c == U'[') && (p >= bracket_end_ || bracket_end_ == kNone)) {
      const std::size_t close = BracketClose(p, c);
      if (close != kNone) {
        bracket_begin_ = p;
        bracket_end_ = close;
      }
    }
    // A quotation that closes on this line within kMaxQuoteBytes: its inner
    // full stops do not end the sentence.
    if (p >= quote_end_ || quote_end_ == kNone) {
      const std::size_t close = QuoteClose(p, c);
      if (close != kNone) {
        quote_begin_ = p;
        quote_end_ = close;
      }
    }

    // A quotation broken off with a dash ("to--\" At this moment") ends the
    // sentence before a capital.
    if (p == quote_end_ && p > b_ && IsDash(Before(p)) && next < e_ && IsSpace(At(next))) {
      const std::size_t r = SkipSpaces(next);
      if (r < e_ && IsUpper(At(r))) {
        Emit(next, true);
        unit_ = r;
        p = r;
        after_space = true;
        quote_end_ = kNone;
        continue;
      }
    }

    const int delta = CjkBracketDelta(c);
    if (delta != 0) {
      cjk_depth = std::max(0, cjk_depth + delta);
      p = next;
      continue;
    }

    bool strong = IsStrongTerminator(c);
    if (!strong && c == U':' && (IsArmenianLetter(Before(p)) || IsArabicLetter(Before(p)))) {
      strong = true;
    }
    if (!strong && c == U';' && IsGreekLetter(Before(p))) {
      const std::size_t q = SkipSpaces(next);
      strong = q > next && (q >= e_ || IsUpper(At(q)));
    }
    // The Arabic comma in Arabic text ends a sentence before white space,
    // except between one-word list items ("الدم، والقلب،").
    if (!strong && c == 0x060C && rules_.comma_ends) {
      const std::size_t q = SkipSpaces(next);
      if (q > next && q < e_) {
        const std::size_t te = TokenEnd(q);
        strong = At(PrevCodePoint(t_, te)) != 0x060C;
      }
    }
    // Fullwidth full stop: a decimal point between digits ("３．２９").
    if (!strong && c == 0xFF0E) strong = next >= e_ || !IsDigit(At(next));
    if (!strong && !IsWeakTerminator(c)) {
      p = next;
      continue;
    }
    if (p == marker_dot_) {
      p = next;
      continue;
    }

    // A run of terminators, including spaced dots (". . .").
    const std::size_t rs = p;
    const bool standalone = rs > b_ && IsSpace(Before(rs));
    std::size_t re = next;
    int dots = c == U'.' ? 1 : 0;
    bool ellipsis = c == 0x2026;
    bool exclaim = c != U'.' && c != 0x2026 && !strong;
    bool spaced = false;
    std::size_t first_dot_end = c == U'.' ? next : std::string_view::npos;
    while (re < e_) {
      int l2;
      const char32_t d = At(re, &l2);
      if (IsWeakTerminator(d) || IsStrongTerminator(d)) {
        if (d == U'.') ++dots;
        if (d == 0x2026) ellipsis = true;
        if (IsStrongTerminator(d))
          strong = true;
        else if (d != U'.' && d != 0x2026)
          exclaim = true;
        re += static_cast<std::size_t>(l2);
        continue;
      }
      if (d == U' ' && dots > 0 && re + 1 < e_ && t_[re + 1] == '.' &&
          !(re + 2 < e_ && (IsAsciiDigit(t_[re + 2]) || t_[re + 2] == '.'))) {
        spaced = true;
        re += 1;
        continue;
      }
      break;
    }
    if (dots >= 3) ellipsis = true;

    // Nothing but openers before the run: it opens the unit ("... and").
    bool at_unit_start = true;
    for (std::size_t i = unit_; i < rs && i - unit_ < 16; ++i) {
      if (!IsOpener(At(i)) && (t_[i] & 0xC0) != 0x80) {
        at_unit_start = false;
        break;
      }
    }
    if (rs - unit_ >= 16) at_unit_start = false;
    if (at_unit_start) {
      p = re;
      continue;
    }

    // Closing quotes and brackets attached to the run.
    std::size_t q = re;
    bool quote_mark = false;
    while (q < e_) {
      int l2;
      const char32_t d = At(q, &l2);
      if (!IsCloser(d)) break;
      if (CjkBracketDelta(d) == 0 && d != U')' && d != U']' && d != U'}') quote_mark = true;
      q += static_cast<std::size_t>(l2);
    }
    // Reference marks ("martyr.[1] The emperor").
    while (q + 2 < e_ && t_[q] == '[') {
      std::size_t k = q + 1;
      while (k < e_ && k - q <= 4 && IsAsciiDigit(t_[k])) ++k;
      if (k == q + 1 || k >= e_ || t_[k] != ']') break;
      q = k + 1;
    }
    if (q >= e_) {  // end of line
      p = q;
      break;
    }
    // Inside brackets that close on this line after more text ("[16: firma?
    // 13:28]", "(«Айқын», 2010 жыл. № 70)") no sentence ends.
    if (bracket_end_ != kNone && rs > bracket_begin_ && q <= bracket_end_) {
      p = q;
      continue;
    }
    if (quote_end_ != kNone && rs > quote_begin_ && q <= quote_end_) {
      p = q;  // inside a quotation that goes on after this full stop
      continue;
    }
    const char32_t after = At(q);
    bool boundary = false;
    std::size_t cut = q;
    if (!IsSpace(after)) {
      if (strong) {
        boundary = cjk_depth == 0;
      } else if (dots == 1 && !spaced && !exclaim && re == rs + 1 && q == re) {
        const std::size_t note = FootnoteEnd(tok, rs);
        if (note != kNone) {
          boundary = true;
          cut = note;
        } else {
          boundary = NoSpaceBoundary(tok, rs);
        }
      }
    } else {
      std::size_t r = SkipSpaces(q);
      bool quote_closed = q > re;
      if (r >= e_) {
        p = q;
        break;
      }
      // Tokenized text: a free-standing closing quote after a free-standing
      // terminator belongs to the sentence (" . '' He").
      if (standalone && !strong && q == re) {
        const std::size_t te = TokenEnd(r);
        bool all_closers = te > r;
        for (std::size_t i = r; i < te && all_closers;) {
          int l2;
          const char32_t d = At(i, &l2);
          if (!IsCloser(d) || d == 0x201C || d == 0x2018) all_closers = false;
          i += static_cast<std::size_t>(l2);
        }
        if (all_closers) {
          cut = te;
          quote_closed = true;
          r = SkipSpaces(te);
          if (r >= e_) {
            p = te;
            break;
          }
        }
      }
      const char32_t f = At(r);
      bool next_is_terminator = IsWeakTerminator(f) || IsStrongTerminator(f);
      // The first letter of the next word, after openers and a free-standing
      // dash ("voila! -- you have").
      std::size_t w = r;
      while (w < e_ && IsOpener(At(w))) w = Next(w);
      {
        std::size_t d = w;
        while (d < e_ && d - w < 4 && IsDash(At(d))) d = Next(d);
        if (d > w && d < e_ && IsSpace(At(d))) w = SkipSpaces(d);
      }
      const char32_t fl = w < e_ ? At(w) : 0;
      if (strong) {
        boundary = cjk_depth == 0;
      } else if (f == U',' || f == U';' || f == U':') {
        boundary = false;
      } else if (f == U'(' && quote_mark && quote_end_ != kNone && quote_end_ >= re &&
                 quote_end_ < q && quote_begin_ > unit_) {
        // A bracket after a quotation that ends in a terminator and is part
        // of a longer sentence (thought Alice, 'after ... house!' (Which
        // was true.)): an aside on the sentence. After a quotation that is
        // a sentence of its own, the bracket starts the next one.
        boundary = false;
      } else if (next_is_terminator && !ellipsis && OpensWithEllipsis(r)) {
        boundary = true;  // "raak. ...en toen"
      } else if (next_is_terminator && !(dots > 0 && f == U'.' && spaced)) {
        boundary = false;
      } else if (ellipsis) {
        if (spaced && dots == 4 && !standalone && IsUpper(fl)) {
          // "word. . . . Next": a full stop, then an ellipsis that opens
          // the next sentence.
          Emit(first_dot_end, true);
          unit_ = SkipSpaces(first_dot_end);
          p = re;
          continue;
        }
        // "[...]" marks an omission; ". . ." (three spaced dots) is an
        // ellipsis inside the sentence; "..." before a capital ends it.
        const char32_t before = Before(rs);
        if (before == U'[' || before == U'(' || (spaced && dots == 3)) {
          boundary = false;
        } else {
          boundary = IsUpper(fl) || (standalone && dots == 4 && !IsLower(fl));
        }
      } else if (standalone) {
        boundary = !(quote_closed && IsLower(fl));
      } else if (exclaim || dots != 1) {
        // In Kazakh a lower-case word right after "?" or "!" starts a new
        // sentence ("кім? не?"); after a dash it is the speaker ("бар? —
        // деді").
        boundary = !IsLower(fl) || (exclaim && rules_.question_ends_before_lower && IsLetter(f));
      } else {
        boundary = DotIsBoundary(tok, rs, r);
      }
    }
    if (boundary) {
      Emit(cut, true);
      unit_ = SkipSpaces(cut);
      p = unit_;
      if (p > cut) after_space = true;
      tok = p;
      continue;
    }
    p = q;
  }
  // The rest of the line: ended when it closes with a terminator.
  if (unit_ < e_) {
    std::size_t b = unit_;
    std::size_t e = e_;
    Trim(&b, &e);
    std::size_t k = e;
    while (k > b && IsCloser(At(PrevCodePoint(t_, k)))) k = PrevCodePoint(t_, k);
    bool ended = false;
    if (k > b) {
      const std::size_t last = PrevCodePoint(t_, k);
      const char32_t lc = At(last);
      ended = IsWeakTerminator(lc) || IsStrongTerminator(lc) ||
              (lc == U':' && IsArmenianLetter(Before(last))) ||
              (lc == U';' && IsGreekLetter(Before(last)));
      if (last == marker_dot_) ended = false;
    }
    Emit(e_, ended);
  }
}

// Physical lines of the input.
struct PhysLine {
  std::size_t begin;
  std::size_t end;  // before the line break
  bool blank;
};

class Splitter {
 public:
  Splitter(std::string_view text, const SplitOptions& options)
      : t_(text), opts_(options), rules_(RulesFor(options.language)) {}

  std::vector<SentenceUnit> Run();

 private:
  char32_t At(std::size_t p) const {
    char32_t c = 0;
    DecodeAt(t_, p, &c);
    return c;
  }
  bool EndsSentence(const PhysLine& l) const;
  bool ContinuesLine(const PhysLine& cur, const PhysLine& next) const;
  void AddPiece(const Piece& piece, std::vector<SentenceUnit>* out) const;
  std::size_t CountBreaks(std::size_t b, std::size_t e) const;

  std::string_view t_;
  SplitOptions opts_;
  const LanguageRules& rules_;
};

bool Splitter::EndsSentence(const PhysLine& l) const {
  std::size_t e = l.end;
  while (e > l.begin && IsSpace(At(PrevCodePoint(t_, e)))) e = PrevCodePoint(t_, e);
  while (e > l.begin && IsCloser(At(PrevCodePoint(t_, e)))) e = PrevCodePoint(t_, e);
  if (e <= l.begin) return false;
  const std::size_t last = PrevCodePoint(t_, e);
  const char32_t c = At(last);
  if (IsWeakTerminator(c) || IsStrongTerminator(c)) return true;
  if (last > l.begin) {
    const char32_t b = At(PrevCodePoint(t_, last));
    if (c == U':' && IsArmenianLetter(b)) return true;
    if (c == U';' && IsGreekLetter(b)) return true;
  }
  return false;
}

// A line that does not end a sentence continues on the next line when the
// break looks like a wrap: the line ends in white space (a soft wrap), or
// the next line starts with a lower-case letter after a trailing comma or
// dash or a line of four words or more. A next line that starts a list item
// is never a continuation, nor is text without spaces between words (CJK).
bool Splitter::ContinuesLine(const PhysLine& cur, const PhysLine& next) const {
  if (cur.blank || next.blank || EndsSentence(cur)) return false;
  std::size_t p = next.begin;
  char32_t c = 0;
  int len = 0;
  while (p < next.end) {
    len = DecodeAt(t_, p, &c);
    if (len <= 0 || !IsSpace(c)) break;
    p += static_cast<std::size_t>(len);
  }
  if (p < next.end && IsCjk(c) && rules_.cjk_line_wraps) {
    std::size_t e = cur.end;
    while (e > cur.begin && IsSpace(At(PrevCodePoint(t_, e)))) e = PrevCodePoint(t_, e);
    if (e > cur.begin) {
      const char32_t lc = At(PrevCodePoint(t_, e));
      if (lc == 0x3001 || lc == 0xFF0C) return true;  // 、，
      if (rules_.code == "ja") {
        switch (lc) {  // particles that never end a sentence or a heading
          case U'の':
          case U'を':
          case U'に':
          case U'が':
          case U'へ':
          case U'で':
          case U'や':
            return true;
          default:
            break;
        }
      }
    }
  }
  if (p >= next.end || IsCjk(c) || IsBullet(c)) return false;
  const std::size_t after = p + static_cast<std::size_t>(len);
  // "- item", "* item", "b. item", "c) item", "2. item", "(d) item".
  if ((c == U'-' || c == U'*' || c == 0x2013 || c == 0x2014) &&
      (after >= next.end || t_[after] == ' ' || t_[after] == '\t')) {
    return false;
  }
  {
    std::size_t q = p;
    if (t_[q] == '(') ++q;
    std::size_t k = q;
    while (k < next.end && k - q < 3 && IsAsciiDigit(t_[k])) ++k;
    if (k == q && k < next.end && IsAsciiLetter(t_[k])) ++k;
    if (k > q && k < next.end && (t_[k] == '.' || t_[k] == ')') &&
        (k + 1 >= next.end || t_[k + 1] == ' ' || t_[k + 1] == ')')) {
      return false;
    }
  }
  const std::size_t last = PrevCodePoint(t_, cur.end);
  if (IsSpace(At(last))) {
    // A soft wrap: into a lower-case word or a bracket, or after a line that
    // ends in a lower-case word ("eine möglichst problemlose \nSchwanger...").
    if (IsLower(c) || c == U'(') return true;
    // Into a capital only after plain spaces (not the no-break spaces of
    // pasted web headings) that follow a lower-case word.
    std::size_t e = last;
    while (e > cur.begin && IsSpace(At(e))) {
      if (t_[e] != ' ' && t_[e] != '\t') return false;
      e = PrevCodePoint(t_, e);
    }
    if (!IsLetter(c)) return false;
    const char32_t lc = At(e);
    if (IsLower(lc)) return true;
    // After a capitalised word or a dash, when the line is prose: four
    // words or more, one of them lower-case ("la Ingeniera LAURA LEÓN
    // \nSANDOVAL", "en Bangalore – \nIndia").
    if (!IsUpper(lc) && !IsDash(lc)) return false;
    int words = 0;
    bool lower_word = false;
    bool in_word = false;
    for (std::size_t i = cur.begin; i < cur.end;) {
      char32_t ch = 0;
      const int l = DecodeAt(t_, i, &ch);
      const bool space = IsSpace(ch);
      if (!space && !in_word) {
        ++words;
        if (IsLower(ch)) lower_word = true;
      }
      in_word = !space;
      i += static_cast<std::size_t>(l > 0 ? l : 1);
    }
    return words >= 4 && lower_word;
  }
  if (!IsLower(c)) return false;
  const char32_t lc = At(last);
  if (lc == U',' || lc == U';' || IsDash(lc)) return true;
  int words = 0;
  bool in_word = false;
  for (std::size_t i = cur.begin; i < cur.end && words < 4; ++i) {
    const unsigned char ch = static_cast<unsigned char>(t_[i]);
    const bool space = ch == ' ' || ch == '\t';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words >= 4;
}

void Splitter::AddPiece(const Piece& piece, std::vector<SentenceUnit>* out) const {
  const std::size_t max = opts_.max_unit_bytes;
  if (max == 0 || piece.end - piece.begin <= max) {
    SentenceUnit u;
    u.begin = piece.begin;
    u.end = piece.end;
    u.line_unit = !piece.ended;
    out->push_back(u);
    return;
  }
  // Cut at the last white space in the second half of the window, else at a
  // character boundary: each cut advances by at least half the limit.
  std::size_t cur = piece.begin;
  while (cur < piece.end) {
    SentenceUnit u;
    u.truncated = true;
    u.begin = cur;
    if (piece.end - cur <= max) {
      u.end = piece.end;
      out->push_back(u);
      break;
    }
    std::size_t limit = cur + max;
    while (limit > cur && (static_cast<unsigned char>(t_[limit]) & 0xC0) == 0x80) --limit;
    if (limit == cur) {  // max smaller than one character
      limit = cur + 1;
      while (limit < piece.end && (static_cast<unsigned char>(t_[limit]) & 0xC0) == 0x80) ++limit;
    }
    std::size_t cut = limit;
    const std::size_t floor = cur + max / 2;
    for (std::size_t s = limit; s > floor && s > cur + 1; --s) {
      const char ch = t_[s - 1];
      if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r') {
        cut = s - 1;
        break;
      }
    }
    std::size_t end = cut;
    while (end > cur) {
      const std::size_t prev = PrevCodePoint(t_, end);
      if (!IsSpace(At(prev))) break;
      end = prev;
    }
    if (end == cur) end = limit, cut = limit;
    u.end = end;
    out->push_back(u);
    cur = cut;
    while (cur < piece.end) {
      char32_t c = 0;
      const int len = DecodeAt(t_, cur, &c);
      if (len <= 0 || !IsSpace(c)) break;
      cur += static_cast<std::size_t>(len);
    }
  }
}

std::size_t Splitter::CountBreaks(std::size_t b, std::size_t e) const {
  std::size_t n = 0;
  for (std::size_t i = b; i < e; ++i) {
    const unsigned char ch = static_cast<unsigned char>(t_[i]);
    if (ch == '\n') {
      ++n;
    } else if (ch == '\r') {
      if (i + 1 >= t_.size() || t_[i + 1] != '\n') ++n;
    } else if (ch == 0xC2 && i + 1 < e && static_cast<unsigned char>(t_[i + 1]) == 0x85) {
      ++n;
    } else if (ch == 0xE2 && i + 2 < e && static_cast<unsigned char>(t_[i + 1]) == 0x80 &&
               (static_cast<unsigned char>(t_[i + 2]) == 0xA8 ||
                static_cast<unsigned char>(t_[i + 2]) == 0xA9)) {
      ++n;
    }
  }
  return n;
}

std::vector<SentenceUnit> Splitter::Run() {
  // Physical lines.
  std::vector<PhysLine> lines;
  std::size_t start = 0;
  bool blank = true;
  for (std::size_t p = 0; p < t_.size();) {
    char32_t c = 0;
    int len = DecodeAt(t_, p, &c);
    if (len <= 0) len = 1;
    if (IsLineBreak(c)) {
      lines.push_back(PhysLine{start, p, blank});
      p += static_cast<std::size_t>(len);
      if (c == U'\r' && p < t_.size() && t_[p] == '\n') ++p;
      start = p;
      blank = true;
      continue;
    }
    if (!IsSpace(c)) blank = false;
    p += static_cast<std::size_t>(len);
  }
  lines.push_back(PhysLine{start, t_.size(), blank});

  std::vector<SentenceUnit> out;
  std::vector<Piece> pieces;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].blank) continue;
    std::size_t j = i;
    while (j + 1 < lines.size() && ContinuesLine(lines[j], lines[j + 1])) ++j;
    pieces.clear();
    LineSplitter(t_, lines[i].begin, lines[j].end, rules_, &pieces).Run();
    for (const Piece& piece : pieces) AddPiece(piece, &out);
    i = j;
  }

  // Line and paragraph numbers.
  std::size_t line = 0;
  std::size_t pos = 0;
  int paragraph = 0;
  for (std::size_t k = 0; k < out.size(); ++k) {
    SentenceUnit& u = out[k];
    if (k == 0) {
      line = CountBreaks(0, u.begin);
    } else {
      const SentenceUnit& prev = out[k - 1];
      const std::size_t inside = CountBreaks(pos, prev.end);
      const std::size_t gap = CountBreaks(prev.end, u.begin);
      line += inside + gap;
      if (gap >= 2 || (gap >= 1 && !prev.line_unit)) ++paragraph;
    }
    pos = u.begin;
    u.line = static_cast<int>(line);
    u.paragraph = paragraph;
  }
  return out;
}

}  // namespace

std::vector<SentenceUnit> SplitSentences(std::string_view text, const SplitOptions& options) {
  return Splitter(text, options).Run();
}

}  // namespace internal
}  // namespace precis
