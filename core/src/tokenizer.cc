#include "tokenizer.h"

#include <libstemmer.h>

#include <algorithm>
#include <iterator>
#include <unordered_map>

#include "unicode.h"
#include "word_set.h"

namespace precis {
namespace internal {
namespace {

// English function words, sorted for binary search: the classic
// information-retrieval list (articles, pronouns, auxiliaries, prepositions,
// conjunctions) plus reporting verbs ("said", "says"), which appear in most
// news sentences and carry no topic.
constexpr std::string_view kStopwords[] = {
    "'s",       "a",         "about",      "above",     "after",
    "again",    "against",   "all",        "also",      "am",
    "an",       "and",       "any",        "are",       "aren't",
    "as",       "at",        "be",         "because",   "been",
    "before",   "being",     "below",      "between",   "both",
    "but",      "by",        "can",        "can't",     "cannot",
    "could",    "couldn't",  "did",        "didn't",    "do",
    "does",     "doesn't",   "doing",      "don't",     "down",
    "during",   "each",      "even",       "ever",      "every",
    "few",      "for",       "from",       "further",   "had",
    "hadn't",   "has",       "hasn't",     "have",      "haven't",
    "having",   "he",        "he'd",       "he'll",     "he's",
    "her",      "here",      "here's",     "hers",      "herself",
    "him",      "himself",   "his",        "how",       "how's",
    "however",  "i",         "i'd",        "i'll",      "i'm",
    "i've",     "if",        "in",         "into",      "is",
    "isn't",    "it",        "it's",       "its",       "itself",
    "just",     "let's",     "may",        "me",        "might",
    "more",     "most",      "much",       "must",      "mustn't",
    "my",       "myself",    "no",         "nor",       "not",
    "now",      "of",        "off",        "on",        "once",
    "only",     "or",        "other",      "ought",     "our",
    "ours",     "ourselves", "out",        "over",      "own",
    "said",     "same",      "say",        "says",      "shall",
    "shan't",   "she",       "she'd",      "she'll",    "she's",
    "should",   "shouldn't", "since",      "so",        "some",
    "such",     "than",      "that",       "that's",    "the",
    "their",    "theirs",    "them",       "themselves", "then",
    "there",    "there's",   "these",      "they",      "they'd",
    "they'll",  "they're",   "they've",    "this",      "those",
    "though",   "through",   "to",         "too",       "under",
    "until",    "up",        "upon",       "us",        "very",
    "was",      "wasn't",    "we",         "we'd",      "we'll",
    "we're",    "we've",     "were",       "weren't",   "what",
    "what's",   "when",      "when's",     "where",     "where's",
    "whether",  "which",     "while",      "who",       "who's",
    "whom",     "why",       "why's",      "will",      "with",
    "won't",    "would",     "wouldn't",   "yet",       "you",
    "you'd",    "you'll",    "you're",     "you've",    "your",
    "yours",    "yourself",  "yourselves",
};

bool IsApostrophe(char32_t cp) { return cp == '\'' || cp == 0x2019; }

// Replaces typographic apostrophes by ASCII ones so "it’s" == "it's".
std::string AsciiApostrophes(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (i + 2 < s.size() && s.compare(i, 3, "\xE2\x80\x99") == 0) {
      out.push_back('\'');
      i += 2;
    } else {
      out.push_back(s[i]);
    }
  }
  return out;
}

}  // namespace

bool IsStopword(std::string_view folded_word) {
  static const WordSet set(kStopwords);
  return set.Contains(folded_word);
}

struct Tokenizer::Impl {
  sb_stemmer* stemmer = nullptr;
  // Stems already computed: a text repeats its words, and the stemmer is
  // deterministic. Bounded by the text's vocabulary.
  std::unordered_map<std::string, std::string> stems;
};

Tokenizer::Tokenizer() : impl_(new Impl) {
  impl_->stemmer = sb_stemmer_new("english", "UTF_8");
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
  const sb_symbol* stem = sb_stemmer_stem(
      impl_->stemmer, reinterpret_cast<const sb_symbol*>(folded_word.data()),
      static_cast<int>(folded_word.size()));
  if (stem == nullptr) return std::string(folded_word);  // out of memory
  std::string out(reinterpret_cast<const char*>(stem),
                  static_cast<std::size_t>(sb_stemmer_length(impl_->stemmer)));
  impl_->stems.emplace(std::move(key), out);
  return out;
}

std::vector<Token> Tokenizer::Tokenize(std::string_view text, std::size_t begin,
                                       std::size_t end) {
  std::vector<Token> tokens;
  end = std::min(end, text.size());
  // About one token per space: saves the vector's regrowth.
  if (begin < end) {
    tokens.reserve(static_cast<std::size_t>(
                       std::count(text.begin() + static_cast<std::ptrdiff_t>(begin),
                                  text.begin() + static_cast<std::ptrdiff_t>(end), ' ')) +
                   1);
  }
  std::size_t pos = begin;
  while (pos < end) {
    char32_t cp;
    int len = DecodeAt(text, pos, &cp);
    if (len == 0) break;

    if (IsCjk(cp) && IsLetter(cp)) {
      // A run of CJK letters becomes overlapping character bigrams.
      std::vector<std::size_t> starts;
      std::size_t p = pos;
      while (p < end) {
        char32_t c;
        const int l = DecodeAt(text, p, &c);
        if (l == 0 || !(IsCjk(c) && IsLetter(c))) break;
        starts.push_back(p);
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
        tokens.push_back(std::move(t));
      }
      pos = p;
      continue;
    }

    if (!IsAlnum(cp) || IsMark(cp)) {
      pos += static_cast<std::size_t>(len);
      continue;
    }

    // A word or number: alphanumerics joined by inner apostrophes (before a
    // letter), by '.' or ',' between digits, and by '.' in dotted initialisms
    // ("U.S.", "e.g."). Hyphens separate tokens.
    const std::size_t start = pos;
    const bool starts_with_digit = IsDigit(cp);
    bool all_digits = true;
    std::size_t tok_end = pos;
    char32_t prev = 0;
    while (pos < end) {
      len = DecodeAt(text, pos, &cp);
      if (len == 0) break;
      if (IsAlnum(cp) && !(IsCjk(cp) && IsLetter(cp))) {
        if (!IsDigit(cp) && !IsMark(cp)) all_digits = false;
        pos += static_cast<std::size_t>(len);
        tok_end = pos;
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
        if (cp == '.' && IsLetter(prev) && IsLetter(next) &&
            tok_end - start <= 2) {
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
    Token t;
    t.begin = start;
    t.end = tok_end;
    const std::string_view surface = text.substr(start, tok_end - start);
    char32_t first;
    DecodeAt(surface, 0, &first);
    t.capitalized = IsUpper(first);
    t.norm = FoldCase(surface);
    if (starts_with_digit && all_digits) {
      t.kind = TokenKind::kNumber;
      for (char ch : t.norm) {
        if (ch != ',') t.term.push_back(ch);
      }
    } else {
      t.kind = TokenKind::kWord;
      std::string ascii = AsciiApostrophes(t.norm);
      t.stopword = IsStopword(ascii);
      std::string stem_input;
      stem_input.reserve(ascii.size());
      for (char ch : ascii) {
        if (ch != '.') stem_input.push_back(ch);  // "u.s." -> "us"
      }
      t.term = t.stopword ? ascii : Stem(stem_input);
      if (ascii.find('.') != std::string::npos) t.stopword = false;
    }
    pos = std::max(pos, tok_end);
    tokens.push_back(std::move(t));
  }
  return tokens;
}

}  // namespace internal
}  // namespace precis
