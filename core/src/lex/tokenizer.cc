#include "lex/tokenizer.h"

#include <libstemmer.h>

#include <algorithm>
#include <iterator>
#include <unordered_map>

#include "lang/language.h"
#include "lex/word_set.h"
#include "text/unicode.h"

namespace precis {
namespace internal {
namespace {

// English function words, sorted for binary search: the classic
// information-retrieval list (articles, pronouns, auxiliaries, prepositions,
// conjunctions) plus reporting verbs ("said", "says"), which appear in most
// news sentences and carry no topic.
constexpr std::string_view kStopwords[] = {
    "'s",        "a",          "about",   "above",    "after",   "again",      "against",
    "all",       "also",       "am",      "an",       "and",     "any",        "are",
    "aren't",    "as",         "at",      "be",       "because", "been",       "before",
    "being",     "below",      "between", "both",     "but",     "by",         "can",
    "can't",     "cannot",     "could",   "couldn't", "did",     "didn't",     "do",
    "does",      "doesn't",    "doing",   "don't",    "down",    "during",     "each",
    "even",      "ever",       "every",   "few",      "for",     "from",       "further",
    "had",       "hadn't",     "has",     "hasn't",   "have",    "haven't",    "having",
    "he",        "he'd",       "he'll",   "he's",     "her",     "here",       "here's",
    "hers",      "herself",    "him",     "himself",  "his",     "how",        "how's",
    "however",   "i",          "i'd",     "i'll",     "i'm",     "i've",       "if",
    "in",        "into",       "is",      "isn't",    "it",      "it's",       "its",
    "itself",    "just",       "let's",   "may",      "me",      "might",      "more",
    "most",      "much",       "must",    "mustn't",  "my",      "myself",     "no",
    "nor",       "not",        "now",     "of",       "off",     "on",         "once",
    "only",      "or",         "other",   "ought",    "our",     "ours",       "ourselves",
    "out",       "over",       "own",     "said",     "same",    "say",        "says",
    "shall",     "shan't",     "she",     "she'd",    "she'll",  "she's",      "should",
    "shouldn't", "since",      "so",      "some",     "such",    "than",       "that",
    "that's",    "the",        "their",   "theirs",   "them",    "themselves", "then",
    "there",     "there's",    "these",   "they",     "they'd",  "they'll",    "they're",
    "they've",   "this",       "those",   "though",   "through", "to",         "too",
    "under",     "until",      "up",      "upon",     "us",      "very",       "was",
    "wasn't",    "we",         "we'd",    "we'll",    "we're",   "we've",      "were",
    "weren't",   "what",       "what's",  "when",     "when's",  "where",      "where's",
    "whether",   "which",      "while",   "who",      "who's",   "whom",       "why",
    "why's",     "will",       "with",    "won't",    "would",   "wouldn't",   "yet",
    "you",       "you'd",      "you'll",  "you're",   "you've",  "your",       "yours",
    "yourself",  "yourselves",
};

bool IsApostrophe(char32_t cp) { return cp == '\'' || cp == 0x2019; }

// Letters of the scripts written without spaces between words: Han, kana,
// Thai, Lao, Khmer and Myanmar. Hangul is written with spaces: words.
bool IsBigramLetter(char32_t cp) {
  if (cp < 0x0E00) return false;
  const bool block = (cp >= 0x0E00 && cp <= 0x0EFF) ||  // Thai, Lao
                     (cp >= 0x1000 && cp <= 0x109F) ||  // Myanmar
                     (cp >= 0x1780 && cp <= 0x17FF) ||  // Khmer
                     (IsCjk(cp) && !(cp >= 0xAC00 && cp <= 0xD7AF));
  return block && IsLetter(cp);
}

// Combining vowel signs and tone marks of those scripts (Thai "กิ"): they
// stay with the letter before them.
bool IsBigramMark(char32_t cp) {
  return IsMark(cp) && ((cp >= 0x0E00 && cp <= 0x0EFF) || (cp >= 0x1000 && cp <= 0x109F) ||
                        (cp >= 0x1780 && cp <= 0x17FF) || (cp >= 0x3099 && cp <= 0x309A));
}

bool IsHiragana(char32_t cp) { return cp >= 0x3041 && cp <= 0x309F; }

// Length of the elided article or pronoun before an apostrophe in French,
// Italian and Catalan ("l'", "d'", "qu'", "dell'", "all'"), or 0.
std::size_t ElisionPrefix(std::string_view ascii_folded) {
  const std::size_t apostrophe = ascii_folded.find('\'');
  if (apostrophe == std::string_view::npos || apostrophe == 0 || apostrophe > 6 ||
      apostrophe + 1 >= ascii_folded.size()) {
    return 0;
  }
  return apostrophe + 1;
}

// The byte offset in `surface` of the word after an elided article
// ("l'État": 2), given its ASCII-apostrophe fold `ascii`; 0 when none.
std::size_t ElidedWordStart(std::string_view ascii, std::string_view surface) {
  const std::size_t prefix = ElisionPrefix(ascii);
  std::size_t cut = 0;
  for (std::size_t i = 0; prefix > 0 && i < surface.size(); ++i) {
    if (surface[i] == '\'') {
      cut = i + 1;
      break;
    }
    if (i + 2 < surface.size() && surface.compare(i, 3, "\xE2\x80\x99") == 0) {
      cut = i + 3;
      break;
    }
  }
  return prefix > 0 && cut > 0 && cut < surface.size() ? cut : 0;
}

// A word or number found by ScanWord.
struct WordSpan {
  std::size_t end;   // the end of the token
  std::size_t next;  // where the scan stopped (>= the last joiner)
  bool all_digits;   // digits (and marks) only
};

// A word or number from `pos`: alphanumerics joined by inner apostrophes
// (before a letter), by '.' or ',' between digits, and by '.' in dotted
// initialisms ("U.S.", "e.g."). Hyphens separate tokens.
WordSpan ScanWord(std::string_view text, std::size_t pos, std::size_t end) {
  const std::size_t start = pos;
  WordSpan span{pos, pos, true};
  char32_t prev = 0;
  while (pos < end) {
    char32_t cp;
    const int len = DecodeAt(text, pos, &cp);
    if (len == 0) break;
    if (IsAlnum(cp) && !IsBigramLetter(cp)) {
      if (!IsDigit(cp) && !IsMark(cp)) span.all_digits = false;
      pos += static_cast<std::size_t>(len);
      span.end = pos;
      prev = cp;
      continue;
    }
    char32_t next = 0;
    const int next_len = DecodeAt(text, pos + static_cast<std::size_t>(len), &next);
    if (next_len > 0 && pos + static_cast<std::size_t>(len) < end) {
      if (IsApostrophe(cp) && IsLetter(next) && IsLetter(prev)) {
        pos += static_cast<std::size_t>(len);
        continue;
      }
      if ((cp == '.' || cp == ',') && IsDigit(prev) && IsDigit(next)) {
        pos += static_cast<std::size_t>(len);
        continue;
      }
      if (cp == '.' && IsLetter(prev) && IsLetter(next) && span.end - start <= 2) {
        // Dotted initialism: single letters separated by periods.
        char32_t after = 0;
        DecodeAt(text, pos + static_cast<std::size_t>(len + next_len), &after);
        if (after == '.' || !IsLetter(after)) {
          pos += static_cast<std::size_t>(len);
          continue;
        }
      }
    }
    break;
  }
  span.next = pos;
  return span;
}

}  // namespace

bool IsStopword(std::string_view folded_word) {
  static const WordSet set(kStopwords);
  return set.Contains(folded_word);
}

struct Tokenizer::Impl {
  sb_stemmer* stemmer = nullptr;
  bool english = true;
  bool elision = false;   // French, Italian, Catalan
  bool japanese = false;  // bigrams of hiragana only are function words
  // Non-English stopwords (language.h), or nullptr.
  const std::unordered_set<std::string_view>* stopwords = nullptr;
  // Stems already computed: a text repeats its words, and the stemmer is
  // deterministic. Bounded by the text's vocabulary.
  std::unordered_map<std::string, std::string> stems;
};

Tokenizer::Tokenizer() : impl_(new Impl) { impl_->stemmer = sb_stemmer_new("english", "UTF_8"); }

Tokenizer::Tokenizer(std::string_view language) : impl_(new Impl) {
  if (language.empty() || language == "en" || language == "und") {
    impl_->stemmer = sb_stemmer_new("english", "UTF_8");
    return;
  }
  impl_->english = false;
  impl_->elision = language == "fr" || language == "it" || language == "ca";
  impl_->japanese = language == "ja";
  impl_->stopwords = StopwordsFor(language);
  // libstemmer takes ISO 639-1 codes as algorithm names; null when it has
  // no stemmer for the language.
  const std::string name(language);
  impl_->stemmer = sb_stemmer_new(name.c_str(), "UTF_8");
}

bool Tokenizer::BigramIsStopword(std::string_view text, std::size_t begin, std::size_t middle,
                                 std::size_t end, const std::string& norm) const {
  if (impl_->japanese) {
    bool all_hiragana = true;
    for (std::size_t p = begin; p < end;) {
      char32_t c;
      const int l = DecodeAt(text, p, &c);
      if (l == 0) break;
      if (!IsHiragana(c)) all_hiragana = false;
      p += static_cast<std::size_t>(l);
    }
    if (all_hiragana) return true;
  }
  if (impl_->stopwords == nullptr) return false;
  if (impl_->stopwords->count(norm) != 0) return true;
  if (middle >= end) return false;  // a single character
  // Two characters that are each a function word ("的" + "是"). Letters of
  // these scripts have no case, so the text is looked up as it is.
  return impl_->stopwords->count(text.substr(begin, middle - begin)) != 0 &&
         impl_->stopwords->count(text.substr(middle, end - middle)) != 0;
}

bool Tokenizer::IsLanguageStopword(std::string_view folded_word) const {
  if (impl_->english) return IsStopword(folded_word);
  return impl_->stopwords != nullptr && impl_->stopwords->count(folded_word) != 0;
}

Tokenizer::~Tokenizer() {
  if (impl_->stemmer != nullptr) sb_stemmer_delete(impl_->stemmer);
}

std::string Tokenizer::Stem(std::string_view folded_word) {
  if (impl_->stemmer == nullptr || folded_word.empty()) {
    return std::string(folded_word);
  }
  std::string key(folded_word);
  auto cached = impl_->stems.find(key);
  if (cached != impl_->stems.end()) return cached->second;
  const sb_symbol* stem =
      sb_stemmer_stem(impl_->stemmer, reinterpret_cast<const sb_symbol*>(folded_word.data()),
                      static_cast<int>(folded_word.size()));
  if (stem == nullptr) return std::string(folded_word);  // out of memory
  std::string out(reinterpret_cast<const char*>(stem),
                  static_cast<std::size_t>(sb_stemmer_length(impl_->stemmer)));
  impl_->stems.emplace(std::move(key), out);
  return out;
}

std::vector<Token> Tokenizer::Tokenize(std::string_view text, std::size_t begin, std::size_t end) {
  std::vector<Token> tokens;
  end = std::min(end, text.size());
  // About one token per space: saves the vector's regrowth.
  if (begin < end) {
    tokens.reserve(
        static_cast<std::size_t>(std::count(text.begin() + static_cast<std::ptrdiff_t>(begin),
                                            text.begin() + static_cast<std::ptrdiff_t>(end), ' ')) +
        1);
  }
  std::size_t pos = begin;
  while (pos < end) {
    char32_t cp;
    const int len = DecodeAt(text, pos, &cp);
    if (len == 0) break;
    if (IsBigramLetter(cp)) {
      pos = AddBigrams(text, pos, end, &tokens);
      continue;
    }
    if (!IsAlnum(cp) || IsMark(cp)) {
      pos += static_cast<std::size_t>(len);
      continue;
    }
    const WordSpan span = ScanWord(text, pos, end);
    tokens.push_back(WordToken(text, pos, span.end, IsDigit(cp) && span.all_digits));
    pos = std::max(span.next, span.end);
  }
  return tokens;
}

// A run of letters of a script written without spaces becomes overlapping
// bigrams of characters (a letter with its marks). Returns the end of the
// run.
std::size_t Tokenizer::AddBigrams(std::string_view text, std::size_t pos, std::size_t end,
                                  std::vector<Token>* tokens) const {
  std::vector<std::size_t> starts;
  std::size_t p = pos;
  while (p < end) {
    char32_t c;
    const int l = DecodeAt(text, p, &c);
    if (l == 0) break;
    if (IsBigramLetter(c)) {
      starts.push_back(p);
    } else if (!IsBigramMark(c)) {
      break;
    }
    p += static_cast<std::size_t>(l);
  }
  starts.push_back(p);
  const std::size_t chars = starts.size() - 1;
  for (std::size_t i = 0; i + 1 < starts.size(); ++i) {
    if (chars > 1 && i + 2 >= starts.size()) break;
    Token t;
    t.begin = starts[i];
    t.end = chars > 1 ? starts[i + 2] : starts[i + 1];
    t.kind = TokenKind::kCjk;
    t.norm = FoldCase(text.substr(t.begin, t.end - t.begin));
    t.term = t.norm;
    t.stopword = BigramIsStopword(text, t.begin, chars > 1 ? starts[i + 1] : t.end, t.end, t.norm);
    tokens->push_back(std::move(t));
  }
  return p;
}

// The word or number text[start, end) as a token: case-folded, stemmed,
// and without an elided article in French, Italian and Catalan.
Token Tokenizer::WordToken(std::string_view text, std::size_t start, std::size_t end, bool number) {
  Token t;
  t.begin = start;
  t.end = end;
  const std::string_view surface = text.substr(start, end - start);
  char32_t first;
  DecodeAt(surface, 0, &first);
  t.capitalized = IsUpper(first);
  t.norm = FoldCase(surface);
  if (number) {
    t.kind = TokenKind::kNumber;
    for (char ch : t.norm) {
      if (ch != ',') t.term.push_back(ch);
    }
    return t;
  }
  t.kind = TokenKind::kWord;
  std::string ascii = AsciiApostrophes(t.norm);
  if (impl_->elision) {
    // "l'État" is matched as "État"; the token starts after the
    // apostrophe, so keywords show the word alone.
    const std::size_t cut = ElidedWordStart(ascii, surface);
    if (cut > 0) {
      t.begin = start + cut;
      char32_t after;
      DecodeAt(surface, cut, &after);
      t.capitalized = IsUpper(after);
      t.norm = FoldCase(surface.substr(cut));
      ascii = AsciiApostrophes(t.norm);
    }
  }
  t.stopword = IsLanguageStopword(ascii);
  std::string stem_input;
  stem_input.reserve(ascii.size());
  for (char ch : ascii) {
    if (ch != '.') stem_input.push_back(ch);  // "u.s." -> "us"
  }
  t.term = t.stopword ? ascii : Stem(stem_input);
  if (ascii.find('.') != std::string::npos) t.stopword = false;
  return t;
}

}  // namespace internal
}  // namespace precis
