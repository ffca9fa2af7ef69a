#include "rank/headline.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>
#include <utility>
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

// A regular past form or participle ("approved", "boosted"), of a bare word.
bool PastForm(const std::string& bare) {
  return bare.size() > 4 && bare.compare(bare.size() - 2, 2, "ed") == 0;
}

bool Article(const std::string& bare) { return bare == "the" || bare == "a" || bare == "an"; }

bool Capitalised(std::string_view w) {
  return !w.empty() && std::isupper(static_cast<unsigned char>(w.front()));
}

// Words a headline must not end on: determiners, prepositions, conjunctions,
// relative pronouns, auxiliaries and possessives.
bool Weak(std::string_view word) {
  static const char* const kWeak[] = {
      "a",       "an",     "the",   "of",     "in",      "on",      "at",       "to",     "for",
      "and",     "or",     "but",   "nor",    "with",    "by",      "from",     "as",     "that",
      "which",   "who",    "whom",  "whose",  "is",      "are",     "was",      "were",   "be",
      "been",    "being",  "its",   "their",  "his",     "her",     "my",       "our",    "your",
      "this",    "these",  "those", "into",   "than",    "after",   "before",   "over",   "under",
      "about",   "if",     "while", "when",   "because", "since",   "although", "though", "amid",
      "despite", "during", "per",   "via",    "not",     "no",      "will",     "would",  "has",
      "have",    "had",    "can",   "could",  "should",  "may",     "might",    "must",   "do",
      "does",    "did",    "some",  "any",    "every",   "each",    "all",      "both",   "either",
      "neither", "upon",   "onto",  "toward", "towards", "against", "between",  "among",  "through",
      "without", "within", "until", "unless", "whether", "where",   "whereas",  "so",     "yet",
      "then",    "also",   "just",  "more",   "most",    "very",    "such",     "s",      "'s",
      "-",       "--",
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
  return PastForm(w);
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
    if (words[i].empty()) continue;  // a comma token whose comma was taken off
    if (!out.empty()) out += ' ';
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

// A reporting verb: at the end of a cut, its report was cut off ("has
// insisted").
bool Reporting(std::string_view word) {
  static const char* const kVerbs[] = {
      "said",      "says",     "say",      "told",    "tells",    "warned",   "warns",
      "insisted",  "insists",  "claims",   "claimed", "revealed", "admitted", "admits",
      "announced", "believes", "believed", "thinks",  "added",    "adds",     "suggested",
  };
  const std::string w = Bare(word);
  return InList(w, kVerbs, sizeof kVerbs / sizeof *kVerbs);
}

// A subject pronoun at the end of a cut opens a clause that was cut off
// ("has warned it [will go bankrupt]"). "it" and "you" are also objects
// ("heaped on it"): they count only after a word that opens a clause.
bool CutOffSubject(std::string_view word, std::string_view before) {
  static const char* const kSubjects[] = {"he", "she", "they", "we", "i"};
  const std::string w = Bare(word);
  if (InList(w, kSubjects, sizeof kSubjects / sizeof *kSubjects)) return true;
  if (w != "it" && w != "you") return false;
  return Bare(before) == "that" || CutStrength(before) == 2 || Reporting(before);
}

// A small number after a preposition or determiner: its noun was cut off
// ("for three [months]", "a member of two [Lions tours]"; not "the last
// eight", not "Sport on Five").
bool CutOffNumber(std::string_view word, std::string_view before) {
  static const char* const kNumbers[] = {"two",   "three", "four", "five", "six",
                                         "seven", "eight", "nine", "ten",  "several"};
  if (word.empty() || !std::islower(static_cast<unsigned char>(word.front()))) return false;
  return InList(Bare(word), kNumbers, sizeof kNumbers / sizeof *kNumbers) && Weak(before);
}

// For j in [0, n]: true when the double quotes of `words[0, j)` are not all
// closed.
std::vector<bool> OpenQuotes(const std::vector<std::string_view>& words, std::size_t n) {
  std::vector<bool> open(n + 1, false);
  int straight = 0, curly = 0;
  for (std::size_t i = 0; i < n && i < words.size(); ++i) {
    std::string_view w = words[i];
    straight += static_cast<int>(std::count(w.begin(), w.end(), '"'));
    for (std::size_t p = 0; p + 3 <= w.size(); ++p) {
      if (w.substr(p, 3) == "\xE2\x80\x9C") ++curly;
      if (w.substr(p, 3) == "\xE2\x80\x9D") --curly;
    }
    open[i + 1] = straight % 2 != 0 || curly > 0;
  }
  return open;
}

// A finite verb that can follow a sentence's subject: an auxiliary, a
// reporting verb in the present or past, or a regular past form.
bool Finite(std::string_view word) {
  static const char* const kFinite[] = {
      "is",    "are", "was",    "were",  "has",   "have",  "had",    "will",
      "would", "can", "could",  "may",   "might", "must",  "should", "says",
      "said",  "did", "does",   "won",   "lost",  "took",  "made",   "fell",
      "rose",  "saw", "became", "began", "wants", "plans", "faces",  "hopes",
  };
  const std::string w = Bare(word);
  if (InList(w, kFinite, sizeof kFinite / sizeof *kFinite)) return true;
  return PastForm(w);
}

// True when `words[b, e)` may be dropped as an aside between commas: an
// apposition with no finite verb ("ABN Amro, the Netherlands' largest bank,
// is ..."), a relative clause ("Rovers, who are aiming ..., face ...") or an
// attribution ("The market, former minister Michael Heseltine once said, has
// no morality").
bool Aside(const std::vector<std::string_view>& words, std::size_t b, std::size_t e) {
  if (b >= e) return false;
  const std::string first = Bare(words[b]);
  if (first == "who" || first == "which" || first == "whose") return true;
  if (Reporting(words[e - 1])) return true;
  for (std::size_t i = b; i < e; ++i) {
    // A past participle after a noun ("the company controlled by ...") is
    // part of an apposition; an auxiliary or a reporting verb is not.
    const bool participle = i > b && PastForm(Bare(words[i]));
    if ((Finite(words[i]) && !participle) || words[i].find('"') != std::string_view::npos) {
      return false;
    }
  }
  return true;
}

// `words` without the first aside between commas that sits between the
// subject and its verb: "ABN Amro, the Netherlands' largest bank, is to cut
// 2,850 jobs" -> "ABN Amro is to cut 2,850 jobs". When the part before the
// first comma is itself a description and the aside a name ("The UK's
// biggest brewer, Scottish and Newcastle, is to buy ..."), the description
// goes instead. Unchanged when there is no such aside.
std::vector<std::string_view> WithoutAside(const std::vector<std::string_view>& words) {
  const auto comma = [](std::string_view w) { return !w.empty() && w.back() == ','; };
  std::size_t first = words.size();
  for (std::size_t i = 0; i < words.size() && i < 8; ++i) {
    if (Finite(words[i])) return words;  // the verb comes before any comma
    if (comma(words[i])) {
      first = i;
      break;
    }
  }
  if (first + 1 >= words.size()) return words;
  // An aside may hold a list ("the sequel starring George Clooney, Brad
  // Pitt and ..."), but commas before a name belong to a title ("The
  // Secretary of State for Culture, Media and Sport, Tessa Jowell").
  const bool named = Capitalised(words[first + 1]);
  // A head that ends on a lower-case noun ("South West teenage singing
  // sensation") or opens with an article ("The former manager of Johnny
  // Cash") describes the name after it.
  const bool description = std::islower(static_cast<unsigned char>(words[first].front())) != 0 ||
                           Article(Bare(words[0]));
  for (std::size_t c = first + 1; c < words.size() && c <= first + 15; ++c) {
    if (!comma(words[c])) continue;
    if (c + 1 >= words.size() || !Finite(words[c + 1])) continue;
    for (std::size_t i = first + 1; i < c; ++i) {
      if (named && comma(words[i])) return words;
    }
    // The aside is words (first, c], its commas included.
    if (!Aside(words, first + 1, c + 1)) return words;
    std::vector<std::string_view> out;
    if (description && named && !Reporting(words[c])) {
      // A description, then the name: keep the name, without its comma.
      for (std::size_t i = first + 1; i < c; ++i) out.push_back(words[i]);
      std::string_view last = words[c];
      last.remove_suffix(1);
      out.push_back(last);
    } else {
      for (std::size_t i = 0; i < first; ++i) out.push_back(words[i]);
      std::string_view head = words[first];
      head.remove_suffix(1);
      out.push_back(head);
    }
    for (std::size_t i = c + 1; i < words.size(); ++i) out.push_back(words[i]);
    return out;
  }
  return words;
}

bool Adverb(std::string_view word) {
  const std::string w = Bare(word);
  return (w.size() > 4 && w.compare(w.size() - 2, 2, "ly") == 0) || w == "often" || w == "never" ||
         w == "still" || w == "already" || w == "now";
}

// A participle whose agent the cut took ("profits climb to record levels
// boosted [by ...]"), not a passive ("was arrested [by ...]").
bool CutOffParticiple(const std::vector<std::string_view>& words, std::size_t k) {
  static const char* const kAuxiliaries[] = {"is",   "are",   "was", "were", "be",
                                             "been", "being", "has", "have", "had"};
  if (k < 2 || k >= words.size() || Bare(words[k]) != "by") return false;
  if (!PastForm(Bare(words[k - 1]))) return false;
  std::size_t before = k - 2;  // past adverbs: "are often disadvantaged"
  while (before > 0 && Adverb(words[before])) --before;
  return !InList(Bare(words[before]), kAuxiliaries, sizeof kAuxiliaries / sizeof *kAuxiliaries);
}

// Where a clause is cut: the number of words kept and whether the cut left
// its end hanging (a reporting verb, a number or a subject whose clause is
// cut off).
struct Cut {
  std::size_t keep = 0;
  bool dangling = false;
};

Cut CutWords(const std::vector<std::string_view>& words, std::size_t max_words) {
  Cut cut;
  cut.keep = words.size();
  if (cut.keep <= max_words) {
    while (cut.keep > 1 && Weak(words[cut.keep - 1])) --cut.keep;
    return cut;
  }
  // The longest cut at a clause mark or clause opener, else at a phrase
  // opener, keeping at least half of the limit and, when some cut can, a
  // verb; outside quotes when some cut is; else the limit itself.
  cut.keep = max_words;
  const std::vector<bool> open_quote = OpenQuotes(words, max_words);
  for (const bool in_quotes : {false, true}) {
    std::size_t clause = 0, phrase = 0, any_clause = 0, any_phrase = 0;
    bool verb = false;
    for (std::size_t j = 1; j <= max_words; ++j) {
      verb = verb || (j > 1 && VerbLike(words[j - 1]));
      if (j < std::max<std::size_t>(max_words / 2, 1) || (!in_quotes && open_quote[j])) {
        continue;
      }
      const int strength = EndsClause(words[j - 1]) ? 2 : CutStrength(words[j]);
      if (strength == 2) (verb ? clause : any_clause) = j;
      if (strength == 1) (verb ? phrase : any_phrase) = j;
    }
    if (clause == 0 && phrase == 0) {
      clause = any_clause;
      phrase = any_phrase;
    }
    if (clause > 0 || phrase > 0) {
      cut.keep = clause > 0 ? clause : phrase;
      break;
    }
  }
  for (;;) {
    const std::size_t k = cut.keep;
    if (k <= 1) break;
    // "for up [to 20%]": a particle is kept, the "up" of "up to" is not.
    const bool up_to = Bare(words[k - 1]) == "up" && k < words.size() && Bare(words[k]) == "to";
    if (CutOffParticiple(words, k)) {
      // "an Iraqi civilian allegedly killed [by ...]": its adverb goes too.
      --cut.keep;
      while (cut.keep > 1 && Adverb(words[cut.keep - 1])) --cut.keep;
    } else if (Weak(words[k - 1]) || up_to) {
      --cut.keep;
    } else if (CutOffSubject(words[k - 1], words[k - 2]) ||
               CutOffNumber(words[k - 1], words[k - 2])) {
      --cut.keep;
      cut.dangling = true;
    } else {
      break;
    }
  }
  if (cut.keep > 0 && Reporting(words[cut.keep - 1])) cut.dangling = true;
  return cut;
}

// The start of a name after a title at the opening of `words` ("Late film
// star | Marlon Brando is ..."): two or more capitalised words directly
// followed by a verb, after at least two words of title that hold no verb
// and no clause mark; 0 when there is none.
std::size_t TitledName(const std::vector<std::string_view>& words) {
  for (std::size_t r = 2; r + 2 < words.size() && r < kHeadlineWords; ++r) {
    if (VerbLike(words[r - 1]) || EndsClause(words[r - 1])) return 0;
    if (Capitalised(words[r - 1]) || !Capitalised(words[r]) || !Capitalised(words[r + 1])) continue;
    // A title ends on a noun ("director", "star") and holds no preposition
    // but inside a name ("Lord of the Rings director"): "Shares in Royal
    // Dutch Shell" and "A close associate of former Yukos boss Mikhail
    // Khodorkovsky" are not titles of the name.
    if (Weak(words[r - 1]) || Reporting(words[r - 1])) return 0;
    for (std::size_t t = 0; t < r; ++t) {
      const std::string w = Bare(words[t]);
      if (!Weak(words[t]) || w == "and" || (t == 0 && Article(w))) {
        continue;
      }
      std::size_t before = t, after = t;
      while (before > 0 && Weak(words[before])) --before;
      while (after < r && Weak(words[after])) ++after;
      if (before == t || !Capitalised(words[before]) || !Capitalised(words[after])) return 0;
    }
    std::size_t e = r;
    while (e < words.size() && Capitalised(words[e]) && !EndsClause(words[e])) ++e;
    if (e - r >= 2 && e < words.size() && (VerbLike(words[e]) || Reporting(words[e]))) return r;
    return 0;
  }
  return 0;
}

}  // namespace

std::string CompressClause(std::string_view sentence, std::size_t max_words) {
  const std::vector<std::string_view> all = SplitWords(sentence);
  if (all.size() <= 1 && sentence.size() > 3 * max_words) {
    return CompressUnspaced(all.empty() ? sentence : all[0], 2 * max_words);
  }
  std::vector<std::string_view> words = Content(all);
  if (words.empty()) return "";
  if (words.size() > max_words) words = WithoutAside(words);
  Cut cut = CutWords(words, max_words);
  if (cut.dangling) {
    // "Veteran Labour MP and former Cabinet minister Jack Cunningham has
    // said he ...": without the title before the name the clause may fit.
    const std::size_t name = TitledName(words);
    if (name > 0) {
      std::vector<std::string_view> named(words.begin() + static_cast<std::ptrdiff_t>(name),
                                          words.end());
      const Cut shorter = CutWords(named, max_words);
      if (!shorter.dangling) {
        words = std::move(named);
        cut = shorter;
      }
    }
  }
  std::string out = Join(words, cut.keep);
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
