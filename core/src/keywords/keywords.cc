#include "keywords/keywords.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdint>
#include <iterator>
#include <map>
#include <string_view>
#include <unordered_map>

#include "keywords/cjk_words.h"
#include "keywords/names.h"
#include "lex/word_set.h"
#include "rank/graph.h"
#include "text/unicode.h"

namespace precis {
namespace internal {
namespace {

// Work caps so that a very large input stays linear and fast: the word graph
// is built from at most this many content tokens (the start of the text).
constexpr std::size_t kMaxGraphTokens = 300000;
// Content words are linked to the next kWindow - 1 content words of the same
// sentence.
constexpr std::size_t kWindow = 3;
// Longest phrase merged from adjacent top words.
constexpr std::size_t kMaxPhraseWords = 4;
constexpr std::size_t kMaxCjkPhraseWords = 1;
// Longest name a keyword is widened to.
constexpr std::size_t kMaxNameWords = 6;
// From a text of this many content tokens on, keywords must occur at least
// twice.
constexpr std::size_t kMinTokensForRepeats = 60;
constexpr double kDamping = 0.85;
constexpr double kTolerance = 1e-6;
constexpr int kMaxIterations = 100;

// Words that pass the stopword list but never make a useful keyword: generic
// news vocabulary, vague quantities, calendar words and number words.
constexpr std::string_view kWeakWords[] = {
    "according", "across",   "added",     "ago",       "ahead",     "almost",    "along",
    "already",   "although", "among",     "another",   "anyone",    "anything",  "april",
    "around",    "asked",    "august",    "away",      "back",      "became",    "become",
    "began",     "behind",   "besides",   "beyond",    "billion",   "called",    "came",
    "certain",   "come",     "comes",     "current",   "currently", "day",       "days",
    "december",  "despite",  "discuss",   "discussed", "discusses", "done",      "e.g",
    "early",     "eight",    "either",    "else",      "end",       "enough",    "etc",
    "february",  "fifth",    "first",     "five",      "former",    "four",      "fourth",
    "friday",    "get",      "gets",      "getting",   "give",      "given",     "go",
    "goes",      "going",    "gone",      "got",       "great",     "half",      "hundred",
    "i.e",       "include",  "included",  "includes",  "including", "instead",   "january",
    "july",      "june",     "know",      "known",     "large",     "last",      "late",
    "later",     "latest",   "least",     "less",      "like",      "likely",    "little",
    "long",      "lot",      "lots",      "made",      "make",      "makes",     "making",
    "many",      "march",    "maybe",     "meanwhile", "million",   "monday",    "month",
    "months",    "near",     "nearly",    "need",      "never",     "new",       "next",
    "nine",      "none",     "november",  "october",   "often",     "one",       "ones",
    "part",      "past",     "per",       "percent",   "perhaps",   "put",       "quite",
    "rather",    "really",   "recent",    "recently",  "remain",    "remains",   "right",
    "saturday",  "saying",   "second",    "see",       "seen",      "september", "seven",
    "several",   "six",      "something", "sometimes", "soon",      "still",     "sunday",
    "take",      "taken",    "takes",     "taking",    "ten",       "thing",     "things",
    "third",     "thousand", "three",     "thursday",  "thus",      "time",      "times",
    "today",     "told",     "tomorrow",  "took",      "toward",    "towards",   "trillion",
    "tuesday",   "two",      "unlike",    "use",       "used",      "uses",      "using",
    "via",       "want",     "wants",     "way",       "ways",      "wednesday", "week",
    "weeks",     "well",     "went",      "whatever",  "whose",     "within",    "without",
    "year",      "years",    "yesterday", "yet",
};

bool IsWeakWord(std::string_view folded) {
  static const WordSet set(kWeakWords);
  return set.Contains(folded);
}

// Number of code points of `s` that are letters.
std::size_t LetterCount(std::string_view s) {
  std::size_t n = 0;
  for (std::size_t p = 0; p < s.size();) {
    char32_t cp;
    const int len = DecodeAt(s, p, &cp);
    if (len == 0) break;
    if (IsLetter(cp)) ++n;
    p += static_cast<std::size_t>(len);
  }
  return n;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// Past-tense verbs and participles ("declared", "approved") and manner
// adverbs ("virtually", "quickly") rarely name a topic: TextRank keeps
// nouns and adjectives, and these suffixes are the cheap part of that
// filter. Names keep them ("United").
bool VerbOrAdverbShape(const Token& t, bool name_position) {
  if (name_position) return false;
  const std::string& n = t.norm;
  if (n.size() >= 6 && EndsWith(n, "ed") && !EndsWith(n, "eed")) return true;
  if (n.size() >= 7) {
    for (std::string_view suffix : {"ally", "ously", "ively", "ently", "antly", "ately", "ckly",
                                    "ghly", "ssly", "tely", "ily"}) {
      if (EndsWith(n, suffix) && !(suffix == "ily" && EndsWith(n, "family"))) return true;
    }
  }
  return false;
}

bool IsContentToken(const Token& t, bool name_position) {
  if (t.kind == TokenKind::kNumber) return false;
  if (t.kind == TokenKind::kCjk) return !t.stopword;
  if (t.stopword) return false;
  if (VerbOrAdverbShape(t, name_position)) return false;
  // Words that start with a digit ("5m", "21st") and very short words are
  // not keywords on their own.
  char32_t first;
  if (DecodeAt(t.norm, 0, &first) == 0 || !IsLetter(first)) return false;
  if (LetterCount(t.norm) < 2) return false;
  std::string ascii;
  ascii.reserve(t.norm.size());
  for (char ch : t.norm) {
    if (ch != '.') ascii.push_back(ch);
  }
  return !IsWeakWord(t.norm) && !IsWeakWord(ascii) && !IsTitleWord(ascii);
}

// The surface text of tokens [first, last] with white space collapsed; a
// final dot of an initialism ("U.S.") is kept.
std::string Surface(std::string_view text, const Token& first, const Token& last) {
  std::size_t end = std::max(last.end, first.end);
  end -= PossessiveSuffix(text, last);
  if (last.norm.find('.') != std::string::npos && end < text.size() && text[end] == '.') {
    ++end;
  }
  return CollapseSpace(text.substr(first.begin, end - first.begin));
}

// Lower-cases the first code point of `s` (for words capitalised only
// because they start a sentence).
std::string LowerFirst(const std::string& s) {
  char32_t cp;
  const int len = DecodeAt(s, 0, &cp);
  if (len == 0 || !IsUpper(cp)) return s;
  std::string folded = FoldCase(s.substr(0, static_cast<std::size_t>(len)));
  return folded + s.substr(static_cast<std::size_t>(len));
}

struct SurfaceCounts {
  // surface -> (count, first occurrence order)
  std::map<std::string, std::pair<int, std::size_t>> forms;
  std::string initial_form;  // seen only at a sentence start
  std::size_t initial_order = 0;
  int initial_count = 0;

  void Add(const std::string& form, bool sentence_initial, std::size_t order) {
    if (sentence_initial) {
      if (initial_count++ == 0) {
        initial_form = form;
        initial_order = order;
      }
      return;
    }
    auto it = forms.find(form);
    if (it == forms.end()) {
      forms.emplace(form, std::make_pair(1, order));
    } else {
      ++it->second.first;
    }
  }

  std::string Best() const {
    if (forms.empty()) {
      // Only ever seen at the start of a sentence: lower-case it unless it
      // looks like a name (capitalised inside too is unknowable; keep
      // initialisms and words whose later letters are capitals).
      std::string rest = initial_form;
      bool inner_upper = false;
      for (std::size_t p = 0; p < rest.size();) {
        char32_t cp;
        const int len = DecodeAt(rest, p, &cp);
        if (len == 0) break;
        if (p > 0 && IsUpper(cp)) inner_upper = true;
        p += static_cast<std::size_t>(len);
      }
      return inner_upper ? initial_form : LowerFirst(initial_form);
    }
    const std::pair<const std::string, std::pair<int, std::size_t>>* best = nullptr;
    for (const auto& f : forms) {
      if (best == nullptr || f.second.first > best->second.first ||
          (f.second.first == best->second.first && f.second.second < best->second.second)) {
        best = &f;
      }
    }
    return best->first;
  }
};

// Where a candidate occurs: tokens [first, last] of a sentence.
struct Occurrence {
  std::size_t sentence;
  std::size_t first;
  std::size_t last;
};

// Surface forms are read from at most this many occurrences per candidate.
constexpr std::size_t kMaxSurfaceSamples = 64;

struct Candidate {
  std::vector<int> nodes;  // word nodes, in text order
  double score = 0;
  int count = 0;
  std::size_t first = 0;  // order of first occurrence
  std::vector<Occurrence> samples;
  int name_count = 0;  // occurrences written as a name ("Millbrook Public Library")
};

struct NodesHash {
  std::size_t operator()(const std::vector<int>& v) const {
    std::uint64_t h = 1469598103934665603ull;  // FNV-1a
    for (int x : v) h = (h ^ static_cast<std::uint32_t>(x)) * 1099511628211ull;
    return static_cast<std::size_t>(h);
  }
};

// The document as keywords read it: the sentences' tokens, with Han and
// kana text cut into words.
struct KeywordText {
  const Document& doc;
  CjkWords cjk;
  const std::vector<Token>& Tokens(std::size_t s) const {
    return cjk.sentences.empty() ? doc.sentences[s].tokens : cjk.sentences[s];
  }
};

// 1. Candidate words: one node per distinct term, numbered by first
// occurrence, and the content tokens in text order.
struct WordSlot {
  std::size_t sentence;
  std::size_t token;
  int node;
};

struct CandidateWords {
  std::vector<WordSlot> slots;  // at most kMaxGraphTokens
  std::size_t nodes = 0;
  // The text's length in content tokens, Han and kana text counted in the
  // tokenizer's character bigrams (so the length does not depend on how
  // that text is cut into words).
  std::size_t length = 0;
};

CandidateWords CollectWords(const KeywordText& kt) {
  const Document& doc = kt.doc;
  CandidateWords words;
  std::unordered_map<std::string, int> node_of;
  for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
    if (words.slots.size() >= kMaxGraphTokens) break;
    const std::vector<Token>& tokens = kt.Tokens(s);
    for (std::size_t k = 0; k < tokens.size(); ++k) {
      const Token& t = tokens[k];
      if (!IsContentToken(t, t.capitalized && k > 0)) continue;
      auto it = node_of.find(t.term);
      if (it == node_of.end()) it = node_of.emplace(t.term, static_cast<int>(node_of.size())).first;
      const int id = it->second;
      words.slots.push_back({s, k, id});
      if (t.kind != TokenKind::kCjk || kt.cjk.sentences.empty()) ++words.length;
      if (words.slots.size() >= kMaxGraphTokens) break;
    }
  }
  words.nodes = node_of.size();
  for (std::size_t s = 0;
       s < doc.sentences.size() && !kt.cjk.sentences.empty() && words.length < kMinTokensForRepeats;
       ++s) {
    for (const Token& t : doc.sentences[s].tokens) {
      if (t.kind == TokenKind::kCjk && !t.stopword) ++words.length;
    }
  }
  return words;
}

// 2. Word graph: co-occurrence within the window, inside one sentence,
// weighted by the number of co-occurrences. Pairs are packed, sorted and
// counted, which keeps memory flat and the order deterministic.
WeightedGraph BuildWordGraph(const CandidateWords& words) {
  const std::vector<WordSlot>& slots = words.slots;
  std::vector<std::uint64_t> pairs;
  pairs.reserve(slots.size() * (kWindow - 1));
  for (std::size_t i = 0; i < slots.size(); ++i) {
    for (std::size_t j = i + 1; j < slots.size() && j < i + kWindow; ++j) {
      if (slots[j].sentence != slots[i].sentence) break;
      std::uint32_t a = static_cast<std::uint32_t>(slots[i].node);
      std::uint32_t b = static_cast<std::uint32_t>(slots[j].node);
      if (a == b) continue;
      if (a > b) std::swap(a, b);
      pairs.push_back((static_cast<std::uint64_t>(a) << 32) | b);
    }
  }
  std::sort(pairs.begin(), pairs.end());
  std::vector<GraphEdge> edges;
  for (std::size_t i = 0; i < pairs.size();) {
    std::size_t j = i;
    while (j < pairs.size() && pairs[j] == pairs[i]) ++j;
    edges.push_back({static_cast<int>(pairs[i] >> 32), static_cast<int>(pairs[i] & 0xffffffffu),
                     static_cast<double>(j - i)});
    i = j;
  }
  return GraphFromEdges(words.nodes, edges);
}

// 3. Ranking: weighted PageRank over the word graph, then the top words: a
// third of the vocabulary, at least enough for the requested keywords, at
// most a few hundred. Returns the scores; `top` marks the top words.
std::vector<double> RankWords(const WeightedGraph& graph, std::size_t want,
                              std::vector<char>* top) {
  PageRankOptions options;
  options.damping = kDamping;
  options.tolerance = kTolerance;
  options.max_iterations = kMaxIterations;
  options.sum = PageRankSum::kDampEach;
  std::vector<double> score = PageRank(graph, options).scores;
  const std::size_t n = score.size();
  std::vector<int> order(n);
  for (std::size_t v = 0; v < n; ++v) order[v] = static_cast<int>(v);
  std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
    return score[static_cast<std::size_t>(a)] > score[static_cast<std::size_t>(b)];
  });
  std::size_t top_count = std::max<std::size_t>(n / 3, want * 2);
  top_count = std::min<std::size_t>({top_count, n, std::max<std::size_t>(want * 6, 60)});
  top->assign(n, 0);
  for (std::size_t r = 0; r < top_count; ++r) (*top)[static_cast<std::size_t>(order[r])] = 1;
  return score;
}

// 4. Phrase merging: maximal runs of adjacent top words become phrases;
// every top word is also a single-word candidate.
struct Phrases {
  std::vector<Candidate> candidates;
  std::unordered_map<std::vector<int>, std::size_t, NodesHash> candidate_of;
  std::size_t occurrences = 0;

  void Add(const std::vector<int>& key, const Occurrence& where, bool name,
           const std::vector<double>& score) {
    auto it = candidate_of.find(key);
    if (it == candidate_of.end()) {
      it = candidate_of.emplace(key, candidates.size()).first;
      Candidate c;
      c.nodes = key;
      c.first = occurrences;
      for (int v : key) c.score += score[static_cast<std::size_t>(v)];
      candidates.push_back(std::move(c));
    }
    Candidate& c = candidates[it->second];
    ++c.count;
    if (name) ++c.name_count;
    if (c.samples.size() < kMaxSurfaceSamples) c.samples.push_back(where);
    ++occurrences;
  }
};

// Adds every part of the run of top words slots[i, j) up to kMaxPhraseWords
// long. A part is written as a name when its first word is capitalised (not
// only because it starts the sentence) and so is every later word that is
// not joined by a hyphen ("Choi Sang-mok").
void AddRunParts(std::string_view text, const std::vector<Token>& tokens,
                 const std::vector<WordSlot>& slots, std::size_t i, std::size_t j,
                 const std::vector<double>& score, Phrases* phrases) {
  for (std::size_t a = i; a < j; ++a) {
    std::vector<int> key;
    bool name = tokens[slots[a].token].capitalized && slots[a].token > 0;
    // Not the tail of a longer name with "of" ("Secretary of State
    // Antony Blinken" does not give "State Antony Blinken").
    if (name && slots[a].token >= 2 && tokens[slots[a].token - 1].norm == "of" &&
        tokens[slots[a].token - 2].capitalized) {
      name = false;
    }
    // Words of Han and kana text stand next to each other without a space;
    // their compounds that make a keyword are words already.
    const std::size_t max_words =
        tokens[slots[a].token].kind == TokenKind::kCjk ? kMaxCjkPhraseWords : kMaxPhraseWords;
    for (std::size_t b = a; b < j && b - a < max_words; ++b) {
      const int node = slots[b].node;
      if (std::find(key.begin(), key.end(), node) != key.end()) break;
      key.push_back(node);
      if (b > a) {
        const Token& t = tokens[slots[b].token];
        const Token& prev = tokens[slots[b - 1].token];
        const bool hyphen = GapBetween(text, prev, t).find('-') != std::string_view::npos;
        name = name && (t.capitalized || hyphen);
      }
      phrases->Add(key, {slots[a].sentence, slots[a].token, slots[b].token}, name, score);
    }
  }
}

Phrases MergePhrases(const KeywordText& kt, const std::vector<WordSlot>& slots,
                     const std::vector<double>& score, const std::vector<char>& top) {
  const std::string_view text = kt.doc.text;
  Phrases phrases;
  for (std::size_t i = 0; i < slots.size();) {
    const std::vector<Token>& tokens = kt.Tokens(slots[i].sentence);
    if (!top[static_cast<std::size_t>(slots[i].node)]) {
      ++i;
      continue;
    }
    // A maximal run of top words that are the very next token and joinable;
    // a possessive ("Korea's") ends it.
    std::size_t j = i + 1;
    while (j < slots.size() && slots[j].sentence == slots[i].sentence &&
           slots[j].token == slots[j - 1].token + 1 &&
           top[static_cast<std::size_t>(slots[j].node)] &&
           PossessiveSuffix(text, tokens[slots[j - 1].token]) == 0 &&
           Joinable(text, tokens[slots[j - 1].token].end, tokens[slots[j].token].begin)) {
      ++j;
    }
    AddRunParts(text, tokens, slots, i, j, score, &phrases);
    i = j;
  }
  return phrases;
}

// Cohesion of a phrase: how often it occurs relative to its most frequent
// word. "Choi Sang-mok" (always together) keeps its full summed score;
// "Choi Sang-mok defended" (once, while "Choi" occurs three times) is
// dropped. In an article of some length a keyword occurs at least twice,
// unless it is a multi-word name. Returns the kept candidates, best first,
// ties by first occurrence.
std::vector<Candidate*> RankPhrases(Phrases* phrases, int min_count) {
  std::vector<Candidate*> ranked;
  for (Candidate& c : phrases->candidates) {
    const bool name = c.nodes.size() > 1 && 2 * c.name_count >= c.count;
    if (c.count < min_count && !name) continue;
    if (c.nodes.size() > 1 && !name) {
      int max_word = 1;
      for (int v : c.nodes) {
        auto it = phrases->candidate_of.find({v});
        if (it != phrases->candidate_of.end()) {
          max_word = std::max(max_word, phrases->candidates[it->second].count);
        }
      }
      const double cohesion = static_cast<double>(c.count) / max_word;
      if (cohesion < 0.5) continue;
      c.score *= cohesion;
    }
    ranked.push_back(&c);
  }
  std::sort(ranked.begin(), ranked.end(), [](const Candidate* a, const Candidate* b) {
    if (a->score != b->score) return a->score > b->score;
    return a->first < b->first;
  });
  return ranked;
}

// 5. Surface forms: the keyword as most often written. A name that the
// text writes inside a longer name ("York Yankees" in "New York Yankees")
// becomes that whole name when most of its occurrences (headings aside)
// stand in it; one that stands in different longer names, or in titles and
// names the run does not hold (PartOfLongerName), and seldom alone is no
// keyword (returns false).
bool SurfaceForm(const KeywordText& kt, const Candidate& c, InnerCapitals* inner_capitals,
                 KeywordCandidate* k, bool* widened) {
  *widened = false;
  const Document& doc = kt.doc;
  SurfaceCounts surfaces;
  std::map<std::string, std::pair<int, std::size_t>> wider;  // name -> (count, first)
  int alone = 0;
  int total = 0;
  for (std::size_t i = 0; i < c.samples.size(); ++i) {
    const Occurrence& o = c.samples[i];
    const std::vector<Token>& tokens = kt.Tokens(o.sentence);
    surfaces.Add(Surface(doc.text, tokens[o.first], tokens[o.last]), o.first == 0, i);
    if (doc.sentences[o.sentence].line_unit) continue;
    ++total;
    const TokenSpan name = WholeNameSpan(doc.text, tokens, {o.first, o.last}, inner_capitals);
    if (name.first == o.first && name.last == o.last) {
      if (!PartOfLongerName(doc.text, tokens, name)) ++alone;
    } else {
      auto it = wider
                    .emplace(Surface(doc.text, tokens[name.first], tokens[name.last]),
                             std::make_pair(0, i))
                    .first;
      ++it->second.first;
    }
  }
  k->text = surfaces.Best();
  k->score = c.score;
  k->count = c.count;
  if (wider.empty()) return 2 * alone >= total;
  const std::pair<const std::string, std::pair<int, std::size_t>>* best = nullptr;
  for (const auto& w : wider) {
    if (best == nullptr || w.second.first > best->second.first ||
        (w.second.first == best->second.first && w.second.second < best->second.second)) {
      best = &w;
    }
  }
  const std::size_t name_words =
      static_cast<std::size_t>(std::count(best->first.begin(), best->first.end(), ' ')) + 1;
  if (2 * best->second.first >= total && name_words <= kMaxNameWords) {
    k->text = best->first;
    *widened = true;
    return true;
  }
  return 2 * alone >= total;
}

// Whether `whole` holds `part` as whole words.
bool HoldsWords(const std::string& whole, const std::string& part) {
  auto word_char = [](char ch) { return std::isalnum(static_cast<unsigned char>(ch)) != 0; };
  for (std::size_t at = whole.find(part); at != std::string::npos; at = whole.find(part, at + 1)) {
    const std::size_t end = at + part.size();
    if ((at == 0 || !word_char(whole[at - 1])) && (end == whole.size() || !word_char(whole[end]))) {
      return true;
    }
  }
  return false;
}

// Best first; a candidate whose words are all inside an already chosen
// phrase (or that contains a chosen word and adds only weaker ones) is
// skipped so "Choi Sang-mok" and "Choi" do not both appear, and so is one
// whose surface form is already chosen.
std::vector<KeywordCandidate> ChooseKeywords(const KeywordText& kt,
                                             const std::vector<Candidate*>& ranked,
                                             std::size_t want) {
  std::vector<const Candidate*> chosen;
  std::vector<KeywordCandidate> out;
  std::vector<bool> widened_names;  // per keyword of `out`
  InnerCapitals inner_capitals(
      kt.doc.sentences.size(),
      [&kt](std::size_t s) -> const std::vector<Token>& { return kt.Tokens(s); });
  for (const Candidate* c : ranked) {
    if (chosen.size() >= want) break;
    bool redundant = false;
    for (const Candidate* p : chosen) {
      std::size_t shared = 0;
      for (int v : c->nodes) {
        shared += std::count(p->nodes.begin(), p->nodes.end(), v) > 0 ? 1 : 0;
      }
      if (2 * shared > std::min(c->nodes.size(), p->nodes.size())) {
        redundant = true;
        break;
      }
    }
    if (redundant) continue;
    KeywordCandidate k;
    bool widened = false;
    if (!SurfaceForm(kt, *c, &inner_capitals, &k, &widened)) continue;
    // Not the same keyword twice, nor a name next to the whole name it was
    // widened to ("State Department" and "US State Department").
    bool repeated = false;
    for (std::size_t i = 0; i < out.size() && !repeated; ++i) {
      repeated = out[i].text == k.text || (widened_names[i] && HoldsWords(out[i].text, k.text)) ||
                 (widened && HoldsWords(k.text, out[i].text));
    }
    if (repeated) continue;
    chosen.push_back(c);
    widened_names.push_back(widened);
    out.push_back(std::move(k));
  }
  return out;
}

}  // namespace

std::vector<KeywordCandidate> ExtractKeywords(const Document& doc, int max_keywords) {
  if (max_keywords <= 0) return {};
  const KeywordText kt{doc, FindCjkWords(doc)};
  const CandidateWords words = CollectWords(kt);
  if (words.nodes == 0) return {};
  const std::size_t want = static_cast<std::size_t>(max_keywords);
  std::vector<char> top;
  const std::vector<double> score = RankWords(BuildWordGraph(words), want, &top);
  Phrases phrases = MergePhrases(kt, words.slots, score, top);
  const int min_count = words.length >= kMinTokensForRepeats ? 2 : 1;
  return ChooseKeywords(kt, RankPhrases(&phrases, min_count), want);
}

}  // namespace internal
}  // namespace precis
