#include "rank/ranking.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <numeric>
#include <string>
#include <string_view>
#include <unordered_map>

#include "rank/graph.h"

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
// Nor to a sentence that starts more than this many bytes after it ends
// (about 400 sentences of English news), so that a text of long units, such
// as unpunctuated Thai or Chinese cut at the unit limit, is linked as
// locally as prose is and its graph stays linear in its length.
constexpr std::size_t kLinkWindowBytes = 64 * 1024;

// A unit longer than this many words, and than this many times the
// article's median sentence, is penalised as run-together text.
constexpr double kLongUnitMinWords = 40;
constexpr double kLongUnitMedians = 2.5;

// A sentence's tf-idf vector over term ids, and its number of content
// tokens (for the overlap similarity).
struct SentenceVector {
  TermVector<int> terms;
  std::size_t content_tokens = 0;
};

bool IsContent(const Token& t) { return !t.stopword; }

// Maps each sentence's content terms to ids and tf-idf weights. Ids are
// given in order of first occurrence, so they do not depend on hashing.
std::vector<SentenceVector> BuildVectors(const Document& doc,
                                         std::vector<std::vector<int>>* postings) {
  std::unordered_map<std::string_view, int> ids;
  std::vector<std::vector<std::pair<int, int>>> tf(doc.sentences.size());
  std::vector<SentenceVector> vectors(doc.sentences.size());
  std::vector<int> sentence_ids;
  for (std::size_t i = 0; i < doc.sentences.size(); ++i) {
    sentence_ids.clear();
    for (const Token& t : doc.sentences[i].tokens) {
      if (!IsContent(t)) continue;
      auto it = ids.try_emplace(std::string_view(t.term), static_cast<int>(ids.size())).first;
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
  auto df_of = [&](int term) { return (*postings)[static_cast<std::size_t>(term)].size(); };
  for (std::size_t i = 0; i < tf.size(); ++i) {
    vectors[i].terms = TfIdfVector(tf[i], n, df_of);
  }
  return vectors;
}

// The sentence graph, built sparsely through the inverted index: for each
// sentence, accumulate its similarity with the later sentences that share a
// term.
WeightedGraph BuildEdges(const Document& doc, const std::vector<SentenceVector>& vectors,
                         const std::vector<std::vector<int>>& postings, EdgeWeight kind) {
  const std::size_t n = vectors.size();
  std::vector<GraphEdge> pairs;  // ordered by a, then b
  std::vector<double> acc(n, 0.0);
  std::vector<int> touched;
  // ln(1 + content tokens) of each sentence, for the overlap weight.
  std::vector<double> log_tokens;
  if (kind == EdgeWeight::kOverlap) {
    log_tokens.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
      log_tokens[i] = std::log(1.0 + static_cast<double>(vectors[i].content_tokens));
    }
  }
  for (std::size_t i = 0; i < n; ++i) {
    touched.clear();
    for (const auto& [term, w] : vectors[i].terms.weights) {
      const std::vector<int>& list = postings[static_cast<std::size_t>(term)];
      if (list.size() > kMaxPostingsPerTerm) continue;
      // Postings are in document order: visit the sentences after i within
      // the window.
      for (auto p = std::upper_bound(list.begin(), list.end(), static_cast<int>(i));
           p != list.end(); ++p) {
        const int j = *p;
        const std::size_t uj = static_cast<std::size_t>(j);
        if (uj - i > kLinkWindow ||
            doc.sentences[uj].begin > doc.sentences[i].end + kLinkWindowBytes) {
          break;
        }
        if (acc[uj] == 0.0) touched.push_back(j);
        if (kind == EdgeWeight::kOverlap) {
          acc[uj] += 1.0;
        } else {
          // The term's weight in sentence j (vectors are sorted by id), so
          // that acc is the dot product summed in id order.
          const auto& wj = vectors[uj].terms.weights;
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
        const double denom = log_tokens[i] + log_tokens[uj];
        sim = denom > 0 ? acc[uj] / denom : 0;
      } else {
        sim = CosineOf(acc[uj], vectors[i].terms.sum_squares, vectors[uj].terms.sum_squares);
      }
      acc[uj] = 0.0;
      if (sim <= 0) continue;
      pairs.push_back({static_cast<int>(i), j, sim});
    }
  }
  return GraphFromEdges(n, pairs);
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
// "But") in the middle of the unit with only white space before it, not
// opening a title or name.
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
    // A title or name ("won for The Aviator", "told The Times"): the word
    // after is capitalised too, or the word before is a lower-case function
    // word, which does not end a sentence.
    if (k + 1 < s.tokens.size() && s.tokens[k + 1].capitalized &&
        s.tokens[k + 1].kind == TokenKind::kWord) {
      continue;
    }
    if (prev.stopword && !prev.capitalized) continue;
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

// Raw term counts as a vector (std::map keeps them sorted by term).
TermVector<std::string> CountVector(const std::map<std::string, double>& counts) {
  TermVector<std::string> v;
  v.weights.assign(counts.begin(), counts.end());
  for (const auto& [term, c] : v.weights) v.sum_squares += c * c;
  return v;
}

// Cosine of each sentence's content-term counts with the article's.
std::vector<double> CentroidSimilarity(const Document& doc) {
  std::map<std::string, double> article_counts;
  for (const DocSentence& s : doc.sentences) {
    for (const Token& t : s.tokens) {
      if (IsContent(t)) article_counts[t.term] += 1;
    }
  }
  const TermVector<std::string> article = CountVector(article_counts);
  std::vector<double> out(doc.sentences.size(), 0.0);
  for (std::size_t i = 0; i < doc.sentences.size(); ++i) {
    std::map<std::string, double> counts;
    for (const Token& t : doc.sentences[i].tokens) {
      if (IsContent(t)) counts[t.term] += 1;
    }
    out[i] = Cosine(CountVector(counts), article);
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

Ranking RankSentences(const Document& doc, const RankOptions& options) {
  Ranking ranking;
  const std::size_t n = doc.sentences.size();
  if (n == 0) return ranking;

  std::vector<std::vector<int>> postings;
  const std::vector<SentenceVector> vectors = BuildVectors(doc, &postings);
  const WeightedGraph graph = BuildEdges(doc, vectors, postings, options.edges);

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
  PageRankOptions pagerank;
  pagerank.damping = options.damping;
  pagerank.tolerance = options.tolerance;
  pagerank.max_iterations = options.max_iterations;
  pagerank.sum = PageRankSum::kDampTotal;
  PageRankResult pr = PageRank(graph, pagerank, restart);
  ranking.iterations = pr.iterations;
  ranking.converged = pr.converged;
  std::vector<double> score = std::move(pr.scores);

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
}  // namespace internal
}  // namespace precis
