#include "rank/ranking.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <numeric>
#include <string>
#include <string_view>
#include <unordered_map>

namespace precis {
namespace internal {
namespace {

// Terms that occur in more sentences than this are left out of the graph's
// edges: their idf is near zero, and linking every pair of sentences that
// shares them would make the graph quadratic on long inputs.
constexpr std::size_t kMaxPostingsPerTerm = 2000;
// A sentence is linked only to sentences at most this far away in the
// document. Articles are far shorter, so this changes nothing for them; on a
// book it keeps the graph linear in its length (each sentence has at most
// 2 * kLinkWindow neighbours) while centrality stays meaningful locally.
constexpr std::size_t kLinkWindow = 400;

// A unit longer than this many words, and than this many times the
// article's median sentence, is penalised as run-together text.
constexpr double kLongUnitMinWords = 40;
constexpr double kLongUnitMedians = 2.5;

struct TermVector {
  std::vector<std::pair<int, double>> weights;  // (term id, weight), sorted
  double norm = 0;
  std::size_t content_tokens = 0;
};

bool IsContent(const Token& t) { return !t.stopword; }

// Maps each sentence's content terms to ids and tf-idf weights. Ids are
// given in order of first occurrence, so they do not depend on hashing.
std::vector<TermVector> BuildVectors(const Document& doc, std::vector<std::vector<int>>* postings) {
  std::unordered_map<std::string_view, int> ids;
  std::vector<std::vector<std::pair<int, int>>> tf(doc.sentences.size());
  std::vector<TermVector> vectors(doc.sentences.size());
  std::vector<int> sentence_ids;
  for (std::size_t i = 0; i < doc.sentences.size(); ++i) {
    sentence_ids.clear();
    for (const Token& t : doc.sentences[i].tokens) {
      if (!IsContent(t)) continue;
      auto it = ids.emplace(std::string_view(t.term), static_cast<int>(ids.size())).first;
      sentence_ids.push_back(it->second);
      ++vectors[i].content_tokens;
    }
    // (term id, count) sorted by id.
    std::sort(sentence_ids.begin(), sentence_ids.end());
    for (std::size_t k = 0; k < sentence_ids.size();) {
      std::size_t e = k;
      while (e < sentence_ids.size() && sentence_ids[e] == sentence_ids[k]) ++e;
      tf[i].emplace_back(sentence_ids[k], static_cast<int>(e - k));
      k = e;
    }
  }
  postings->assign(ids.size(), {});
  for (std::size_t i = 0; i < tf.size(); ++i) {
    for (const auto& [term, count] : tf[i]) {
      (*postings)[static_cast<std::size_t>(term)].push_back(static_cast<int>(i));
    }
  }
  const double n = static_cast<double>(doc.sentences.size());
  for (std::size_t i = 0; i < tf.size(); ++i) {
    TermVector& v = vectors[i];
    v.weights.reserve(tf[i].size());
    for (const auto& [term, count] : tf[i]) {
      const double df = static_cast<double>((*postings)[static_cast<std::size_t>(term)].size());
      // Smoothed idf: a term in every sentence still weighs a little.
      const double w = (1.0 + std::log(static_cast<double>(count))) * std::log(1.0 + n / df);
      v.weights.emplace_back(term, w);
      v.norm += w * w;
    }
    v.norm = std::sqrt(v.norm);
  }
  return vectors;
}

// Symmetric weighted edges in compressed rows: the neighbours of sentence i
// are col[row[i]] .. col[row[i + 1] - 1], in increasing order, with their
// weights in `weight`.
struct Graph {
  std::vector<std::size_t> row;
  std::vector<int> col;
  std::vector<double> weight;
};

// Built sparsely through the inverted index: for each sentence, accumulate
// its similarity with the later sentences that share a term.
Graph BuildEdges(const std::vector<TermVector>& vectors,
                 const std::vector<std::vector<int>>& postings, EdgeWeight kind) {
  const std::size_t n = vectors.size();
  struct Edge {
    int i;
    int j;  // i < j
    double sim;
  };
  std::vector<Edge> pairs;  // ordered by i, then j
  std::vector<std::size_t> degree(n, 0);
  std::vector<double> acc(n, 0.0);
  std::vector<int> touched;
  for (std::size_t i = 0; i < n; ++i) {
    touched.clear();
    for (const auto& [term, w] : vectors[i].weights) {
      const std::vector<int>& list = postings[static_cast<std::size_t>(term)];
      if (list.size() > kMaxPostingsPerTerm) continue;
      // Postings are in document order: visit the sentences after i within
      // the window.
      for (auto p = std::upper_bound(list.begin(), list.end(), static_cast<int>(i));
           p != list.end(); ++p) {
        const int j = *p;
        const std::size_t uj = static_cast<std::size_t>(j);
        if (uj - i > kLinkWindow) break;
        if (acc[uj] == 0.0) touched.push_back(j);
        if (kind == EdgeWeight::kOverlap) {
          acc[uj] += 1.0;
        } else {
          // The term's weight in sentence j (vectors are sorted by id).
          const auto& wj = vectors[uj].weights;
          auto it =
              std::lower_bound(wj.begin(), wj.end(), std::make_pair(term, -1.0),
                               [](const auto& a, const auto& b) { return a.first < b.first; });
          acc[uj] += w * it->second;
        }
      }
    }
    std::sort(touched.begin(), touched.end());
    for (int j : touched) {
      const std::size_t uj = static_cast<std::size_t>(j);
      double sim = 0;
      if (kind == EdgeWeight::kOverlap) {
        const double denom = std::log(1.0 + static_cast<double>(vectors[i].content_tokens)) +
                             std::log(1.0 + static_cast<double>(vectors[uj].content_tokens));
        sim = denom > 0 ? acc[uj] / denom : 0;
      } else {
        const double denom = vectors[i].norm * vectors[uj].norm;
        sim = denom > 0 ? acc[uj] / denom : 0;
      }
      acc[uj] = 0.0;
      if (sim <= 0) continue;
      pairs.push_back({static_cast<int>(i), j, sim});
      ++degree[i];
      ++degree[uj];
    }
  }
  // Each row gets its earlier neighbours (from pairs (j, i)) before its
  // later ones (pairs (i, j)); both come in increasing order.
  Graph g;
  g.row.assign(n + 1, 0);
  for (std::size_t i = 0; i < n; ++i) g.row[i + 1] = g.row[i] + degree[i];
  g.col.resize(g.row[n]);
  g.weight.resize(g.row[n]);
  std::vector<std::size_t> fill(g.row.begin(), g.row.end() - 1);
  for (const Edge& e : pairs) {
    const std::size_t ui = static_cast<std::size_t>(e.i);
    const std::size_t uj = static_cast<std::size_t>(e.j);
    g.col[fill[ui]] = e.j;
    g.weight[fill[ui]++] = e.sim;
    g.col[fill[uj]] = e.i;
    g.weight[fill[uj]++] = e.sim;
  }
  return g;
}

// The lead prior: 1 / (1 + rank / scale) over the sentences that are not
// headings, counted in document order; headings get the smallest value.
std::vector<double> LeadPrior(const Document& doc, double scale) {
  const std::size_t n = doc.sentences.size();
  std::vector<double> prior(n, 0.0);
  std::size_t rank = 0;
  for (std::size_t i = 0; i < n; ++i) {
    if (doc.sentences[i].line_unit) continue;
    prior[i] = 1.0 / (1.0 + static_cast<double>(rank) / std::max(scale, 1e-9));
    ++rank;
  }
  const double floor = 1.0 / (1.0 + static_cast<double>(rank) / std::max(scale, 1e-9));
  for (std::size_t i = 0; i < n; ++i) {
    if (doc.sentences[i].line_unit) prior[i] = floor;
  }
  return prior;
}

bool IsQuoteMark(std::string_view s) {
  static const char* const kQuotes[] = {"\"", "'", "`", "\xE2\x80\x9C", "\xE2\x80\x98", "\xC2\xAB"};
  for (const char* q : kQuotes) {
    if (s.substr(0, std::char_traits<char>::length(q)) == q) return true;
  }
  return false;
}

bool HasWord(const DocSentence& s, std::initializer_list<std::string_view> words) {
  for (const Token& t : s.tokens) {
    for (std::string_view w : words) {
      if (t.norm == w) return true;
    }
  }
  return false;
}

// True when the sentence carries a photo-caption cue: a parenthesised
// position such as "(left)", "(far right)", "(pictured)", or the word
// "pictured". Captions pasted with an article often lose their full stop and
// run into the next sentence.
bool HasCaptionCue(const DocSentence& s, std::string_view text) {
  static const char* const kCues[] = {"left",  "right", "centre", "center", "pictured", "above",
                                      "below", "inset", "top",    "bottom", "file"};
  for (const Token& t : s.tokens) {
    if (t.norm == "pictured") return true;
  }
  for (std::size_t open = text.find('('); open != std::string_view::npos;
       open = text.find('(', open + 1)) {
    const std::size_t close = text.find(')', open);
    if (close == std::string_view::npos || close - open > 24) continue;
    std::string inner;
    for (char c : text.substr(open + 1, close - open - 1)) {
      inner += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    for (const char* cue : kCues) {
      const std::size_t at = inner.find(cue);
      if (at == std::string::npos) continue;
      const std::size_t end = at + std::char_traits<char>::length(cue);
      const bool starts = at == 0 || !std::isalpha(static_cast<unsigned char>(inner[at - 1]));
      const bool ends =
          end == inner.size() || !std::isalpha(static_cast<unsigned char>(inner[end]));
      if (starts && ends) return true;
    }
  }
  return false;
}

// Places where two sentences (often a photo caption and the text) were run
// together without punctuation: a capitalised function word ("The", "He",
// "But") in the middle of the unit with only white space before it.
int RunTogetherBoundaries(const DocSentence& s, std::string_view text) {
  static const char* const kOpeners[] = {"the", "a",     "an",    "he",    "she",   "it",    "they",
                                         "his", "her",   "their", "its",   "this",  "these", "but",
                                         "and", "in",    "on",    "at",    "after", "as",    "we",
                                         "i",   "there", "when",  "while", "now"};
  int count = 0;
  for (std::size_t k = 1; k < s.tokens.size(); ++k) {
    const Token& t = s.tokens[k];
    if (!t.capitalized || t.kind != TokenKind::kWord) continue;
    const Token& prev = s.tokens[k - 1];
    if (prev.kind != TokenKind::kWord && prev.kind != TokenKind::kNumber) continue;
    // Only white space between the two words.
    bool bare = true;
    for (std::size_t c = prev.end; c < t.begin; ++c) {
      const char ch = text[c - s.begin];
      if (ch != ' ' && ch != '\t' && ch != '\n' && ch != '\r') {
        bare = false;
        break;
      }
    }
    if (!bare || t.begin == prev.end) continue;
    // "I" is always capitalised.
    if (t.norm == "i") continue;
    for (const char* w : kOpeners) {
      if (t.norm == w) {
        ++count;
        break;
      }
    }
  }
  return count;
}

// The median number of words of the document's sentences.
double MedianWords(const Document& doc) {
  std::vector<std::size_t> words;
  for (const DocSentence& s : doc.sentences) {
    if (!s.line_unit) words.push_back(s.words);
  }
  if (words.empty()) return 0;
  std::nth_element(words.begin(), words.begin() + words.size() / 2, words.end());
  return static_cast<double>(words[words.size() / 2]);
}

// How well a sentence stands on its own in a summary, in (0, 1].
// `median_words` is the document's median sentence length.
double QualityFactor(const Document& doc, std::size_t i, double median_words) {
  const DocSentence& s = doc.sentences[i];
  const std::string_view text = s.Text(doc.text);
  double q = 1.0;
  const double words = static_cast<double>(s.words);
  // Fragments carry little.
  if (words < 6) {
    q *= 0.35;
  } else if (words < 10) {
    q *= 0.7;
  }
  // A unit far longer than the article's sentences is usually several of
  // them, or captions, run together.
  const double long_unit = std::max(kLongUnitMinWords, kLongUnitMedians * median_words);
  if (words > long_unit) q *= std::pow(long_unit / words, 2.0);
  if (HasCaptionCue(s, text)) q *= 0.5;
  q *= std::pow(0.5, RunTogetherBoundaries(s, text));
  // Questions ask rather than tell.
  std::size_t last = text.find_last_not_of(" \t\r\n\"'`)");
  if (last != std::string_view::npos && text[last] == '?') q *= 0.6;
  // A quote with no speaker in the sentence needs its context.
  if (IsQuoteMark(text) &&
      !HasWord(s, {"said", "says", "say", "told", "tells", "according", "added", "explained",
                   "insisted", "claimed", "wrote", "asked"})) {
    q *= 0.7;
  }
  // Bylines and credits: "By Jane Smith", "Picture: ...".
  if (!s.tokens.empty() && words < 14 &&
      (s.tokens[0].norm == "by" || s.tokens[0].norm == "picture" || s.tokens[0].norm == "photo" ||
       s.tokens[0].norm == "image")) {
    q *= 0.3;
  }
  return q;
}

// Cosine of each sentence's content-term counts with the article's.
std::vector<double> CentroidSimilarity(const Document& doc) {
  std::map<std::string, double> article;
  for (const DocSentence& s : doc.sentences) {
    for (const Token& t : s.tokens) {
      if (IsContent(t)) article[t.term] += 1;
    }
  }
  double article_norm = 0;
  for (const auto& [term, c] : article) article_norm += c * c;
  article_norm = std::sqrt(article_norm);
  std::vector<double> out(doc.sentences.size(), 0.0);
  for (std::size_t i = 0; i < doc.sentences.size(); ++i) {
    std::map<std::string, double> counts;
    for (const Token& t : doc.sentences[i].tokens) {
      if (IsContent(t)) counts[t.term] += 1;
    }
    double dot = 0;
    double norm = 0;
    for (const auto& [term, c] : counts) {
      dot += c * article[term];
      norm += c * c;
    }
    if (norm > 0 && article_norm > 0) out[i] = dot / (std::sqrt(norm) * article_norm);
  }
  return out;
}

}  // namespace

RankOptions PlainTextRankOptions() {
  RankOptions o;
  o.edges = EdgeWeight::kCosine;
  o.lead_restart = 0;
  o.quality = false;
  return o;
}

SelectOptions PlainSelectOptions() {
  SelectOptions o;
  o.duplicate_jaccard = 2.0;
  o.duplicate_containment = 2.0;
  o.coherence_repair = false;
  o.lead_boost = 0;
  o.long_power = 0;
  return o;
}

bool LeansOnPrevious(const Document& doc, std::size_t i) {
  if (i >= doc.sentences.size()) return false;
  const DocSentence& s = doc.sentences[i];
  if (s.tokens.empty()) return false;
  static const char* const kOpeners[] = {
      "he",           "she",          "it",          "they",     "him",       "them",
      "his",          "her",          "its",         "their",    "this",      "these",
      "those",        "such",         "however",     "but",      "and",       "also",
      "meanwhile",    "still",        "yet",         "instead",  "moreover",  "furthermore",
      "additionally", "nevertheless", "nonetheless", "so",       "thus",      "therefore",
      "hence",        "then",         "besides",     "likewise", "similarly", "otherwise",
      "consequently", "accordingly",  "indeed",      "that",     "there's",   "it's",
      "he's",         "she's",        "they're",
  };
  const std::string& first = s.tokens[0].norm;
  for (const char* w : kOpeners) {
    if (first == w) return true;
  }
  return false;
}

Ranking RankSentences(const Document& doc, const RankOptions& options) {
  Ranking ranking;
  const std::size_t n = doc.sentences.size();
  if (n == 0) return ranking;

  std::vector<std::vector<int>> postings;
  const std::vector<TermVector> vectors = BuildVectors(doc, &postings);
  const Graph graph = BuildEdges(vectors, postings, options.edges);

  std::vector<double> out_weight(n, 0.0);
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t k = graph.row[i]; k < graph.row[i + 1]; ++k) {
      out_weight[i] += graph.weight[k];
    }
  }
  // Each edge (i <- j) weighted by w / out_weight[j], as the power
  // iteration uses it.
  std::vector<double> share(graph.weight.size());
  for (std::size_t k = 0; k < share.size(); ++k) {
    share[k] = graph.weight[k] / out_weight[static_cast<std::size_t>(graph.col[k])];
  }
  const std::vector<std::size_t>& row = graph.row;
  const std::vector<int>& from = graph.col;

  // Where the random surfer restarts: evenly, or partly by the lead prior.
  const std::vector<double> prior = LeadPrior(doc, options.lead_scale);
  std::vector<double> restart(n, 1.0 / static_cast<double>(n));
  const double lead_share = std::clamp(options.lead_restart, 0.0, 1.0);
  if (lead_share > 0) {
    const double total = std::accumulate(prior.begin(), prior.end(), 0.0);
    for (std::size_t i = 0; i < n; ++i) {
      restart[i] = (1 - lead_share) / static_cast<double>(n) + lead_share * prior[i] / total;
    }
  }

  // Power iteration. Sentences without edges hand their score to the
  // restart distribution (the standard treatment of dangling nodes), so
  // scores keep summing to 1.
  const double d = options.damping;
  std::vector<double> score(n, 1.0 / static_cast<double>(n));
  std::vector<double> next(n);
  ranking.converged = false;
  for (int iter = 1; iter <= options.max_iterations; ++iter) {
    double dangling = 0;
    for (std::size_t i = 0; i < n; ++i) {
      if (out_weight[i] == 0) dangling += score[i];
    }
    for (std::size_t i = 0; i < n; ++i) {
      double sum = 0;
      for (std::size_t k = row[i]; k < row[i + 1]; ++k) {
        sum += share[k] * score[static_cast<std::size_t>(from[k])];
      }
      next[i] = (1.0 - d + d * dangling) * restart[i] + d * sum;
    }
    double delta = 0;
    for (std::size_t i = 0; i < n; ++i) delta += std::fabs(next[i] - score[i]);
    score.swap(next);
    ranking.iterations = iter;
    if (delta < options.tolerance) {
      ranking.converged = true;
      break;
    }
  }

  if (options.quality) {
    const double median_words = MedianWords(doc);
    for (std::size_t i = 0; i < n; ++i) {
      score[i] *= QualityFactor(doc, i, median_words);
    }
  }
  if (options.centroid_power > 0) {
    const std::vector<double> centroid = CentroidSimilarity(doc);
    for (std::size_t i = 0; i < n; ++i) {
      score[i] *= std::pow(centroid[i], options.centroid_power);
    }
  }
  const double total = std::accumulate(score.begin(), score.end(), 0.0);
  if (total > 0) {
    for (double& s : score) s /= total;
  }
  ranking.scores = std::move(score);
  return ranking;
}

std::size_t TargetSentenceCount(LengthUnit unit, double value, std::size_t candidates) {
  if (candidates == 0) return 0;
  double k = 0;
  switch (unit) {
    case LengthUnit::kAuto:
      // About a fifth of the article, within a range a reader takes in at a
      // glance.
      k = std::clamp(std::round(0.2 * static_cast<double>(candidates)), 3.0, 8.0);
      break;
    case LengthUnit::kSentences:
      k = value;
      break;
    case LengthUnit::kRatio:
      k = std::round(value * static_cast<double>(candidates));
      break;
    case LengthUnit::kWords:
      k = static_cast<double>(candidates);
      break;
  }
  if (!(k >= 1)) k = 1;  // also catches NaN
  if (k > static_cast<double>(candidates)) k = static_cast<double>(candidates);
  return static_cast<std::size_t>(k);
}

namespace {

std::vector<std::string> TermSet(const DocSentence& s) {
  std::vector<std::string> terms;
  for (const Token& t : s.tokens) {
    if (!t.stopword) terms.push_back(t.term);
  }
  std::sort(terms.begin(), terms.end());
  terms.erase(std::unique(terms.begin(), terms.end()), terms.end());
  return terms;
}

std::size_t Common(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  std::size_t common = 0;
  for (std::size_t x = 0, y = 0; x < a.size() && y < b.size();) {
    if (a[x] == b[y]) {
      ++common, ++x, ++y;
    } else if (a[x] < b[y]) {
      ++x;
    } else {
      ++y;
    }
  }
  return common;
}

double Jaccard(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.empty() || b.empty()) return 0.0;
  const std::size_t common = Common(a, b);
  return static_cast<double>(common) / static_cast<double>(a.size() + b.size() - common);
}

}  // namespace

std::vector<std::size_t> SelectSentences(const Document& doc, const std::vector<double>& scores,
                                         LengthUnit unit, double value,
                                         const SelectOptions& options) {
  const std::size_t n = doc.sentences.size();
  std::vector<bool> candidate(n, false);
  std::vector<std::size_t> order;
  for (std::size_t i = 0; i < n; ++i) {
    if (!doc.sentences[i].line_unit && doc.sentences[i].words > 0) {
      order.push_back(i);
    }
  }
  if (order.empty()) {  // only headings: they are the content
    for (std::size_t i = 0; i < n; ++i) {
      if (doc.sentences[i].words > 0) order.push_back(i);
    }
  }
  for (std::size_t i : order) candidate[i] = true;
  const std::size_t target = TargetSentenceCount(unit, value, order.size());
  const bool by_words = unit == LengthUnit::kWords;
  const double word_budget = by_words ? value : 0;

  // The budget's share of the article decides how much the opening and
  // sentence length weigh (see SelectOptions).
  double coverage = 1;
  double sentences_wanted = static_cast<double>(target);
  if (by_words) {
    double total_words = 0;
    for (std::size_t i : order) total_words += static_cast<double>(doc.sentences[i].words);
    coverage = total_words > 0 ? word_budget / total_words : 1;
    sentences_wanted = total_words > 0 ? coverage * static_cast<double>(order.size()) : 1;
  } else if (!order.empty()) {
    coverage = static_cast<double>(target) / static_cast<double>(order.size());
  }
  // 1 at or below `full`, 0 at or above `zero`, linear between.
  auto ramp = [](double x, double full, double zero) {
    if (x <= full) return 1.0;
    if (x >= zero) return 0.0;
    return (zero - x) / (zero - full);
  };
  const double lead_weight =
      std::max(ramp(coverage, options.lead_full_coverage, options.lead_coverage),
               ramp(sentences_wanted, options.lead_full_sentences, options.lead_zero_sentences));
  std::vector<double> adjusted(scores.begin(), scores.end());
  adjusted.resize(n, 0.0);
  if (lead_weight > 0) {
    std::vector<std::size_t> by_position = order;
    std::sort(by_position.begin(), by_position.end());
    for (std::size_t rank = 0; rank < by_position.size(); ++rank) {
      const std::size_t i = by_position[rank];
      adjusted[i] *=
          1.0 + lead_weight * options.lead_boost *
                    std::exp(-static_cast<double>(rank) / std::max(options.lead_decay, 1e-9));
      const double words = static_cast<double>(doc.sentences[i].words);
      if (options.long_power > 0 && options.long_words > 0 && words > options.long_words) {
        adjusted[i] *= std::pow(options.long_words / words, lead_weight * options.long_power);
      }
    }
  }
  // Compare scores on a grid of 2^-40 (about 1e-12): the libm of one
  // platform may round log/exp differently in the last bit from another's,
  // and duplicated sentences must not be told apart by that noise, so that
  // native and WebAssembly builds pick the same sentences. Ties keep document
  // order.
  std::vector<long long> key(n);
  for (std::size_t i = 0; i < n; ++i) {
    key[i] = std::llround(std::ldexp(adjusted[i], 40));
  }
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return key[a] > key[b]; });

  std::vector<std::vector<std::string>> terms(n);
  for (std::size_t i : order) terms[i] = TermSet(doc.sentences[i]);

  std::vector<bool> chosen(n, false);
  std::vector<std::size_t> picked;
  double words = 0;
  auto full = [&] {
    return by_words ? (!picked.empty() && words >= word_budget) : picked.size() >= target;
  };
  auto fits = [&](double extra, std::size_t count) {
    if (by_words) return picked.empty() || words + extra <= word_budget;
    return picked.size() + count <= target;
  };
  auto duplicate = [&](std::size_t i) {
    for (std::size_t c : picked) {
      if (Jaccard(terms[i], terms[c]) >= options.duplicate_jaccard) return true;
      const std::size_t smaller = std::min(terms[i].size(), terms[c].size());
      if (smaller > 0 &&
          static_cast<double>(Common(terms[i], terms[c])) / static_cast<double>(smaller) >=
              options.duplicate_containment) {
        return true;
      }
    }
    return false;
  };
  auto take = [&](std::size_t i) {
    chosen[i] = true;
    picked.push_back(i);
    words += static_cast<double>(doc.sentences[i].words);
  };

  // Pass 1 repairs dangling openings; pass 2 fills what is left of the
  // budget without that rule (the document may offer nothing else).
  for (int pass = options.coherence_repair ? 1 : 2; pass <= 2 && !full(); ++pass) {
    for (std::size_t i : order) {
      if (full()) break;
      if (chosen[i]) continue;
      const double w = static_cast<double>(doc.sentences[i].words);
      if (!fits(w, 1) || duplicate(i)) continue;
      if (pass == 1 && i > 0 && LeansOnPrevious(doc, i) && candidate[i - 1] && !chosen[i - 1]) {
        const double wp = static_cast<double>(doc.sentences[i - 1].words);
        // The previous sentence must fit too and add something new.
        const bool pair_fits =
            by_words ? words + w + wp <= word_budget : picked.size() + 2 <= target;
        if (pair_fits && !duplicate(i - 1)) {
          take(i - 1);
          take(i);
        }
        continue;
      }
      take(i);
    }
  }
  std::sort(picked.begin(), picked.end());
  return picked;
}

}  // namespace internal
}  // namespace precis
