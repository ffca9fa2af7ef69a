#include "rank/headline.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

#include "rank/selection.h"

namespace precis {
namespace internal {
namespace {

std::string Lower(std::string_view w) {
  std::string out;
  for (char c : w) out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// `w` without leading and trailing punctuation (ASCII), lower-cased.
std::string Bare(std::string_view w) {
  while (!w.empty() && std::ispunct(static_cast<unsigned char>(w.front()))) w.remove_prefix(1);
  while (!w.empty() && std::ispunct(static_cast<unsigned char>(w.back()))) w.remove_suffix(1);
  return Lower(w);
}

bool InList(const std::string& w, const char* const* list, std::size_t n) {
  return std::find(list, list + n, w) != list + n;
}

// Words a headline must not end on: determiners, prepositions, conjunctions,
// relative pronouns, auxiliaries and possessives.
bool Weak(std::string_view word) {
  static const char* const kWeak[] = {
      "a",      "an",      "the",     "of",       "in",      "on",      "at",      "to",
      "for",    "and",     "or",      "but",      "nor",     "with",    "by",      "from",
      "as",     "that",    "which",   "who",      "whom",    "whose",   "is",      "are",
      "was",    "were",    "be",      "been",     "being",   "its",     "their",   "his",
      "her",    "my",      "our",     "your",     "this",    "these",   "those",   "into",
      "than",   "after",   "before",  "over",     "under",   "about",   "if",      "while",
      "when",   "because", "since",   "although", "though",  "amid",    "despite", "during",
      "per",    "via",     "not",     "no",       "will",    "would",   "has",     "have",
      "had",    "can",     "could",   "should",   "may",     "might",   "must",    "do",
      "does",   "did",     "some",    "any",      "every",   "each",    "all",     "both",
      "either", "neither", "up",      "out",      "off",     "down",    "upon",    "onto",
      "toward", "towards", "against", "between",  "among",   "through", "without", "within",
      "until",  "unless",  "whether", "where",    "whereas", "so",      "yet",     "then",
      "also",   "just",    "more",    "most",     "very",    "such",    "s",       "'s",
      "-",      "--",
  };
  const std::string w = Bare(word);
  if (w.empty()) return true;
  return InList(w, kWeak, sizeof kWeak / sizeof *kWeak);
}

// Words before which a clause or phrase may be cut off.
int CutStrength(std::string_view next) {
  static const char* const kClause[] = {
      "after",  "as",    "because",  "while",  "when",      "which",   "who",  "whose",  "but",
      "and",    "since", "although", "though", "following", "despite", "amid", "before", "until",
      "unless", "where", "whereas",  "if",     "according", "saying",  "so",
  };
  static const char* const kPhrase[] = {
      "for",    "in",   "on",   "at", "to",    "from",    "by",      "with",    "over",    "under",
      "during", "into", "than", "of", "about", "against", "between", "through", "without", "within",
  };
  const std::string w = Bare(next);
  if (InList(w, kClause, sizeof kClause / sizeof *kClause)) return 2;
  if (InList(w, kPhrase, sizeof kPhrase / sizeof *kPhrase)) return 1;
  return 0;
}

// A word that is probably a verb: an auxiliary or reporting verb, or a
// regular past form ("approved", "jumped"). A headline should hold one.
bool VerbLike(std::string_view word) {
  static const char* const kVerbs[] = {
      "is",    "are",  "was",   "were",   "has",    "have", "had",  "will", "would", "can",
      "could", "may",  "might", "must",   "should", "did",  "does", "says", "said",  "say",
      "won",   "lost", "took",  "made",   "got",    "went", "came", "gave", "fell",  "rose",
      "hit",   "left", "began", "became", "saw",    "met",  "beat", "wins", "sold",  "set",
  };
  const std::string w = Bare(word);
  if (InList(w, kVerbs, sizeof kVerbs / sizeof *kVerbs)) return true;
  return w.size() > 4 && w.compare(w.size() - 2, 2, "ed") == 0;
}

bool EndsClause(std::string_view w) {
  if (w.empty()) return false;
  const char c = w.back();
  return c == ',' || c == ';' || c == ':';
}

bool IsDash(std::string_view w) {
  return w == "-" || w == "--" || w == "\xE2\x80\x94" || w == "\xE2\x80\x93";
}

std::vector<std::string_view> SplitWords(std::string_view text) {
  std::vector<std::string_view> words;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
    const std::size_t start = i;
    while (i < text.size() && !std::isspace(static_cast<unsigned char>(text[i]))) ++i;
    if (i > start) words.push_back(text.substr(start, i - start));
  }
  return words;
}

// The words without a leading dateline (a dash within the first 8 words
// after a place name or agency in capitals or brackets) and without
// bracketed asides.
std::vector<std::string_view> Content(const std::vector<std::string_view>& all) {
  std::size_t from = 0;
  for (std::size_t i = 0; i < all.size() && i < 8; ++i) {
    if (!IsDash(all[i]) || i == 0) continue;
    bool dateline = true;
    for (std::size_t j = 0; j < i; ++j) {
      const char c = all[j].front();
      if (!(std::isupper(static_cast<unsigned char>(c)) || c == '(' || c == ',' ||
            std::isdigit(static_cast<unsigned char>(c)))) {
        dateline = false;
      }
    }
    if (dateline) from = i + 1;
    break;
  }
  std::vector<std::string_view> out;
  int depth = 0;
  for (std::size_t i = from; i < all.size(); ++i) {
    std::string_view w = all[i];
    const int opens = static_cast<int>(std::count(w.begin(), w.end(), '('));
    const int closes = static_cast<int>(std::count(w.begin(), w.end(), ')'));
    if (depth == 0 && opens == 0 && w != "-LRB-") {
      out.push_back(w);
      continue;
    }
    depth += opens - closes + (w == "-LRB-" ? 1 : 0) - (w == "-RRB-" ? 1 : 0);
    if (depth < 0) depth = 0;
  }
  return out;
}

std::string Join(const std::vector<std::string_view>& words, std::size_t n) {
  std::string out;
  for (std::size_t i = 0; i < n && i < words.size(); ++i) {
    if (i > 0) out += ' ';
    out += words[i];
  }
  return out;
}

// Trailing punctuation a headline drops.
void TrimEnd(std::string* s) {
  static const std::string_view kTrail[] = {".",
                                            ",",
                                            ";",
                                            ":",
                                            "!",
                                            " ",
                                            "-",
                                            "\xE3\x80\x82",
                                            "\xEF\xBC\x8C",
                                            "\xEF\xBC\x9B",
                                            "\xEF\xBC\x9A",
                                            "\xE2\x80\x94",
                                            "\xE2\x80\x93"};
  bool changed = true;
  while (changed && !s->empty()) {
    changed = false;
    for (std::string_view t : kTrail) {
      if (s->size() >= t.size() && std::string_view(*s).substr(s->size() - t.size()) == t) {
        s->resize(s->size() - t.size());
        changed = true;
      }
    }
  }
}

// Text without spaces: up to the first clause mark (，；：。) after at least
// 6 characters, within `max_chars` characters.
std::string CompressUnspaced(std::string_view text, std::size_t max_chars) {
  static const std::string_view kMarks[] = {"\xEF\xBC\x8C", "\xEF\xBC\x9B", "\xEF\xBC\x9A",
                                            "\xE3\x80\x82", "\xE3\x80\x81"};
  std::size_t chars = 0, i = 0, last_mark = 0;
  while (i < text.size() && chars < max_chars) {
    bool mark = false;
    for (std::string_view m : kMarks) {
      if (text.substr(i, m.size()) == m) mark = true;
    }
    if (mark && chars >= 6) {
      last_mark = i;
      if (text.substr(i, 3) != "\xE3\x80\x81") break;  // a comma of a list: keep going
    }
    std::size_t len = 1;
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= 0xF0) {
      len = 4;
    } else if (c >= 0xE0) {
      len = 3;
    } else if (c >= 0xC0) {
      len = 2;
    }
    i += len;
    ++chars;
  }
  std::string out(text.substr(0, last_mark > 0 && i < text.size() ? last_mark : i));
  TrimEnd(&out);
  return out;
}

}  // namespace

std::string CompressClause(std::string_view sentence, std::size_t max_words) {
  const std::vector<std::string_view> all = SplitWords(sentence);
  if (all.size() <= 1 && sentence.size() > 3 * max_words) {
    return CompressUnspaced(all.empty() ? sentence : all[0], 2 * max_words);
  }
  const std::vector<std::string_view> words = Content(all);
  if (words.empty()) return "";
  std::size_t keep = words.size();
  if (keep > max_words) {
    // The longest cut at a clause mark or clause opener, else at a phrase
    // opener, keeping at least half of the limit and, when some cut can, a
    // verb; else the limit itself.
    std::size_t clause = 0, phrase = 0, any_clause = 0, any_phrase = 0;
    bool verb = false;
    for (std::size_t j = 1; j <= max_words; ++j) {
      verb = verb || (j > 1 && VerbLike(words[j - 1]));
      if (j < std::max<std::size_t>(max_words / 2, 1)) continue;
      const int strength = EndsClause(words[j - 1]) ? 2 : CutStrength(words[j]);
      if (strength == 2) (verb ? clause : any_clause) = j;
      if (strength == 1) (verb ? phrase : any_phrase) = j;
    }
    if (clause == 0 && phrase == 0) {
      clause = any_clause;
      phrase = any_phrase;
    }
    keep = clause > 0 ? clause : phrase > 0 ? phrase : max_words;
  }
  while (keep > 1 && Weak(words[keep - 1])) --keep;
  std::string out = Join(words, keep);
  TrimEnd(&out);
  return out;
}

std::string Headline(const Document& doc, const std::vector<double>& scores) {
  std::size_t pick = OpeningNewsSentence(doc);
  // An opening whose pronoun points ahead to a name ("He may not be playing
  // much at Manchester United but Anders Lindegaard ...") is news, but its
  // opening clause would lose the name.
  if (pick < doc.sentences.size() && OpensWithPersonalPronoun(doc, pick)) {
    pick = doc.sentences.size();
  }
  if (pick >= doc.sentences.size()) {
    // The best-scored sentence, one that reads alone when there is one.
    double best = -1;
    bool alone = false;
    for (std::size_t i = 0; i < doc.sentences.size(); ++i) {
      const DocSentence& s = doc.sentences[i];
      const double score = i < scores.size() ? scores[i] : 0.0;
      if (s.words == 0 || s.line_unit) continue;
      const bool reads_alone = !NeedsTextBefore(doc, i);
      if ((reads_alone && !alone) || (reads_alone == alone && score > best)) {
        best = score;
        pick = i;
        alone = reads_alone;
      }
    }
  }
  if (pick >= doc.sentences.size()) {
    for (std::size_t i = 0; i < doc.sentences.size(); ++i) {
      if (doc.sentences[i].words > 0) {
        pick = i;
        break;
      }
    }
  }
  if (pick >= doc.sentences.size()) return "";
  return CompressClause(doc.sentences[pick].Text(doc.text));
}

}  // namespace internal
}  // namespace precis
