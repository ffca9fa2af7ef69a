// Choosing the key-fact bullets: every eligible sentence is analysed and
// compressed into a candidate; a greedy pass takes the best one given what
// the chosen ones already say.
#include <algorithm>
#include <cmath>
#include <functional>
#include <utility>

#include "facts/compressor.h"
#include "facts/key_facts.h"
#include "facts/sentence_facts.h"
#include "facts/values_world.h"
#include "text/unicode.h"

namespace precis {
namespace internal {
namespace keyfacts {
namespace {

// The number of sentences analysed and of candidates kept are capped so
// that a long input stays linear.
constexpr std::size_t kMaxCandidates = 4000;
constexpr std::size_t kMaxAnalysed = 20000;
constexpr std::size_t kMaxSourceWords = 80;
// Past the first three bullets, a sentence must add at least this much new
// fact weight (more than a lone place or organisation).
constexpr double kMinExtraFact = 1.5;
constexpr double kPronounPenalty = 0.7;
constexpr double kNoFactPenalty = 0.8;
constexpr double kDuplicateNewFacts = 3.0;
// The lead preference of the sentence prior (see LeadScores).
constexpr double kLeadBoost = 8.0;
constexpr double kLeadDecay = 3.0;
constexpr double kLeadLongWords = 25.0;
// Text that is not English asks for this many times the bullets wanted
// before the names are set aside (see LanguageNeutral).
constexpr int kNonEnglishOverRequest = 3;
// No bullet is longer than kMaxBulletWords words; one longer than
// kShortBulletWords scores less.
constexpr std::size_t kMaxBulletWords = 25;
constexpr std::size_t kShortBulletWords = 18;
constexpr double kLongBulletPenalty = 0.7;

struct Candidate {
  std::size_t sentence = 0;
  std::string text;
  std::vector<Span> spans;         // the spans kept in the bullet
  std::vector<std::string> keys;   // one per span: what it refers to
  std::vector<std::string> terms;  // sorted distinct content terms
  double prior = 0;                // rank and position mix
  double lead = 0;                 // the summary's lead-weighted rank
  std::size_t words = 0;
  bool pronoun_start = false;
  bool in_summary = false;  // the source sentence is in the summary
  bool repeat = false;      // ... and the bullet is not shorter than it
};

// What a span refers to, for novelty: people by their last name word, other
// spans by their folded text.
std::string SpanKey(std::string_view text, const Span& sp) {
  std::string folded = FoldCase(text.substr(sp.begin, sp.end - sp.begin));
  if (sp.kind == FactKind::kPerson) {
    const std::size_t space = folded.find_last_of(" -");
    if (space != std::string::npos) folded = folded.substr(space + 1);
  }
  return std::to_string(static_cast<int>(sp.kind)) + ":" + folded;
}

// Fact weight of a candidate given what the chosen bullets already say: the
// first new span of a kind counts fully, further ones a quarter (a list of
// five places is not five facts); repeated ones not at all.
double FactWeight(const Candidate& c, const std::vector<std::string>& covered) {
  bool seen[kNumFactKinds] = {};
  double w = 0;
  for (std::size_t i = 0; i < c.spans.size(); ++i) {
    if (std::find(covered.begin(), covered.end(), c.keys[i]) != covered.end()) continue;
    const Span& sp = c.spans[i];
    w += seen[KindIndex(sp.kind)] ? 0.25 * sp.weight : sp.weight;
    seen[KindIndex(sp.kind)] = true;
  }
  return std::min(w, 10.0);
}

// Whether sentence `i` may give a bullet: a whole sentence of a fitting
// length, not a question, with balanced quotation marks.
bool Eligible(const Document& doc, std::size_t i) {
  const DocSentence& s = doc.sentences[i];
  if (s.line_unit) return false;
  const std::size_t words = FactWords(s);
  if (words < kMinBulletWords || words > kMaxSourceWords) return false;
  const std::string_view t = s.Text(doc.text);
  if (t.empty() || t.back() == '?') return false;
  // Fragments of a quote that spans sentences: unbalanced quotation marks.
  int open = 0;
  int close = 0;
  int straight = 0;
  for (std::size_t p = 0; p < t.size();) {
    char32_t cp;
    const int len = DecodeAt(t, p, &cp);
    if (len == 0) break;
    if (cp == 0x201C || cp == 0x201E) ++open;
    if (cp == 0x201D) ++close;
    if (cp == '"') ++straight;
    p += static_cast<std::size_t>(len);
  }
  if (open != close || straight % 2 != 0) return false;
  // Starts in lower case: a fragment.
  char32_t first;
  DecodeAt(t, 0, &first);
  if (IsLower(first)) return false;
  // A short subordinate clause on its own ("As the tactics change."): a
  // fragment left by a broken paste.
  if (!s.tokens.empty() && words < 10 && t.find(',') == std::string_view::npos) {
    if (Subordinators().Contains(s.tokens[0].norm)) return false;
  }
  return true;
}

// Share of the shorter list of sorted terms that the other one holds.
double Overlap(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.empty() || b.empty()) return 0;
  std::size_t shared = 0;
  std::size_t i = 0;
  std::size_t j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] == b[j]) {
      ++shared;
      ++i;
      ++j;
    } else if (a[i] < b[j]) {
      ++i;
    } else {
      ++j;
    }
  }
  return static_cast<double>(shared) / static_cast<double>(std::min(a.size(), b.size()));
}

// The summary's own preference for short summaries: the rank score boosted
// at the opening (news puts the essentials first) and discounted for long
// units, as a share of the best sentence's.
std::vector<double> LeadScores(const Document& doc, const std::vector<double>& scores) {
  std::vector<double> lead(doc.sentences.size(), 0.0);
  double pos = 0;
  double max_lead = 0;
  for (std::size_t i = 0; i < doc.sentences.size(); ++i) {
    const DocSentence& s = doc.sentences[i];
    if (s.line_unit) continue;
    double v = i < scores.size() ? scores[i] : 0;
    v *= 1.0 + kLeadBoost * std::exp(-pos / kLeadDecay);
    pos += 1;
    const double words = static_cast<double>(s.words);
    if (words > kLeadLongWords) v *= std::pow(kLeadLongWords / words, 1.5);
    lead[i] = v;
    max_lead = std::max(max_lead, v);
  }
  if (max_lead > 0) {
    for (double& v : lead) v /= max_lead;
  }
  return lead;
}

// The rank and position mix of sentence `i`.
struct Prior {
  const std::vector<double>& scores;
  double max_score = 0;

  double operator()(std::size_t i) const {
    const double rank = max_score > 0 && i < scores.size() ? scores[i] / max_score : 0;
    const double position = 1.0 / (1.0 + static_cast<double>(i) / 10.0);
    return 0.25 * rank + 0.15 * position;
  }
};

// The eligible sentences; on a very long document only those with the best
// prior, in document order.
std::vector<std::size_t> AnalysedSentences(const Document& doc, const Prior& prior) {
  std::vector<std::size_t> eligible;
  for (std::size_t i = 0; i < doc.sentences.size(); ++i) {
    if (Eligible(doc, i)) eligible.push_back(i);
  }
  if (eligible.size() > kMaxAnalysed) {
    std::vector<std::pair<double, std::size_t>> by_prior;
    by_prior.reserve(eligible.size());
    for (std::size_t i : eligible) by_prior.emplace_back(-prior(i), i);
    std::nth_element(by_prior.begin(), by_prior.begin() + kMaxAnalysed, by_prior.end());
    by_prior.resize(kMaxAnalysed);
    eligible.clear();
    for (const auto& p : by_prior) eligible.push_back(p.second);
    std::sort(eligible.begin(), eligible.end());
  }
  return eligible;
}

// Words as a reader counts them: the items between spaces that hold a
// letter or a digit (a lone "," or "--" of tokenised text is none); a run of
// Chinese or Japanese characters counts one word for every two characters.
std::size_t CountWords(std::string_view text) {
  std::size_t words = 0;
  std::size_t cjk_run = 0;
  bool in = false;
  bool counted = false;
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    char32_t cp = c;
    const int n = c < 0x80 ? 1 : DecodeAt(text, i, &cp);
    const std::size_t len = n > 0 ? static_cast<std::size_t>(n) : 1;
    i += len;
    if (c >= 0x80 && IsCjk(cp)) {
      ++cjk_run;
      in = false;
      continue;
    }
    words += (cjk_run + 1) / 2;
    cjk_run = 0;
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      in = false;
      continue;
    }
    if (!in) counted = false;
    in = true;
    if (!counted &&
        ((c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c >= 0x80)) {
      ++words;
      counted = true;
    }
  }
  return words + (cjk_run + 1) / 2;
}

bool FunctionWord(std::string_view w) {
  for (std::string_view f :
       {"the", "a",   "an",   "of",   "and",  "has",   "had", "have", "was",  "were",
        "is",  "are", "then", "also", "just", "later", "he",  "she",  "they", "it"}) {
    if (w == f) return true;
  }
  return false;
}

// A bullet that says nothing: a name and one verb ("Judge Arnold O. Jones
// interjected."): no digit, every word but the last capitalised or a
// function word, the last in lower case.
bool Contentless(std::string_view text) {
  std::vector<std::string_view> words;
  std::size_t p = 0;
  while (p < text.size()) {
    std::size_t e = text.find(' ', p);
    if (e == std::string_view::npos) e = text.size();
    if (e > p) words.push_back(text.substr(p, e - p));
    p = e + 1;
  }
  if (CountWords(text) < 2) return true;
  for (std::string_view w : words) {
    for (char ch : w) {
      if (ch >= '0' && ch <= '9') return false;
    }
  }
  auto upper = [](std::string_view w) { return !w.empty() && w[0] >= 'A' && w[0] <= 'Z'; };
  auto lower = [](std::string_view w) { return !w.empty() && w[0] >= 'a' && w[0] <= 'z'; };
  if (!lower(words.back())) return false;
  for (std::size_t i = 0; i + 1 < words.size(); ++i) {
    std::string_view w = words[i];
    while (!w.empty() && (w.back() == ',' || w.back() == '.')) w.remove_suffix(1);
    if (!upper(w) && !FunctionWord(FoldCase(w))) return false;
  }
  return true;
}

// What BuildCandidates shares between the candidates of one document.
struct CandidateContext {
  const Document& doc;
  const Prior& prior;
  const std::vector<std::size_t>& summary;
  std::vector<std::string> summary_texts;  // the summary's sentences as they read
  std::vector<double> lead;
  std::size_t first_body = 0;
};

// The candidate of sentence `i` with fact spans `spans`; false when its
// bullet says nothing or is too long.
bool MakeCandidate(const CandidateContext& ctx, std::size_t i, const std::vector<Span>& spans,
                   Candidate* out) {
  const Document& doc = ctx.doc;
  Candidate c;
  c.sentence = i;
  c.in_summary = std::binary_search(ctx.summary.begin(), ctx.summary.end(), i);
  // The opening keeps its words unless the summary already shows it.
  Compressor comp(doc, i, spans, i == ctx.first_body, c.in_summary);
  c.text = comp.Run(&c.spans);
  if (c.text.empty() || Contentless(c.text)) return false;
  for (const Span& sp : c.spans) c.keys.push_back(SpanKey(doc.text, sp));
  c.words = CountWords(c.text);
  if (c.words > kMaxBulletWords) return false;
  c.repeat = (c.in_summary && c.words >= CountWords(doc.sentences[i].Text(doc.text))) ||
             std::find(ctx.summary_texts.begin(), ctx.summary_texts.end(), c.text) !=
                 ctx.summary_texts.end();
  for (const Token& t : doc.sentences[i].tokens) {
    if (!t.stopword && t.kind != TokenKind::kCjk) c.terms.push_back(t.term);
  }
  std::sort(c.terms.begin(), c.terms.end());
  c.terms.erase(std::unique(c.terms.begin(), c.terms.end()), c.terms.end());
  c.prior = ctx.prior(i);
  c.lead = ctx.lead[i];
  std::size_t end = 0;
  while (end < c.text.size() && c.text[end] != ' ') ++end;
  const std::string first = FoldCase(c.text.substr(0, end));
  c.pronoun_start = first == "he" || first == "she" || first == "they" || first == "it" ||
                    first == "we" || first == "i";
  *out = std::move(c);
  return true;
}

// A candidate's standalone score, by which the most promising are kept.
double Standalone(const Candidate& c) { return FactWeight(c, {}) + 10.0 * c.prior; }

// The most a candidate of sentence `i` with fact spans `spans` can score
// standalone: its bullet keeps some of the spans, in order, and FactWeight
// counts each at most at its weight (infinity when a weight is negative).
double StandaloneBound(const Prior& prior, std::size_t i, const std::vector<Span>& spans) {
  double w = 0;
  for (const Span& sp : spans) {
    if (!(sp.weight >= 0)) return HUGE_VAL;
    w += sp.weight;
  }
  return std::min(w, 10.0) + 10.0 * prior(i);
}

// The compressed bullet of each analysed sentence, with what the selection
// needs to know about it. `summary`: the summary's sentences, ascending.
// Only the kMaxCandidates best by standalone score are kept (ties: the
// earlier sentence). Sentences are compressed in order of their bound
// (StandaloneBound); once kMaxCandidates candidates score more than a
// sentence's bound, it and the rest cannot be among the kept ones and are
// not compressed.
std::vector<Candidate> BuildCandidates(const Document& doc, const std::vector<double>& scores,
                                       const Prior& prior,
                                       const std::vector<std::size_t>& summary) {
  const CaseStats stats = BuildCaseStats(doc);
  CandidateContext ctx{doc, prior, summary, {}, LeadScores(doc, scores), doc.sentences.size()};
  for (std::size_t i = 0; i < doc.sentences.size(); ++i) {
    if (!doc.sentences[i].line_unit) {
      ctx.first_body = i;
      break;
    }
  }
  // An article may say the same sentence twice: a bullet that repeats one
  // of the summary's is known by its text.
  for (std::size_t i : summary) {
    if (i < doc.sentences.size())
      ctx.summary_texts.push_back(CollapseSpace(doc.sentences[i].Text(doc.text)));
  }
  const std::vector<std::size_t> analysed = AnalysedSentences(doc, prior);
  std::vector<std::vector<Span>> spans(analysed.size());
  std::vector<std::pair<double, std::size_t>> order(analysed.size());  // (-bound, k)
  for (std::size_t k = 0; k < analysed.size(); ++k) {
    spans[k] = SpansOf(doc, analysed[k], stats);
    order[k] = {-StandaloneBound(prior, analysed[k], spans[k]), k};
  }
  if (analysed.size() > kMaxCandidates) std::sort(order.begin(), order.end());
  std::vector<std::pair<std::size_t, Candidate>> built;  // (k, candidate)
  // The best kMaxCandidates standalone scores so far, the least on top.
  std::vector<double> best;
  for (const auto& [neg_bound, k] : order) {
    if (best.size() >= kMaxCandidates && -neg_bound < best.front()) break;
    Candidate c;
    if (!MakeCandidate(ctx, analysed[k], spans[k], &c)) continue;
    best.push_back(Standalone(c));
    std::push_heap(best.begin(), best.end(), std::greater<double>());
    if (best.size() > kMaxCandidates) {
      std::pop_heap(best.begin(), best.end(), std::greater<double>());
      best.pop_back();
    }
    built.emplace_back(k, std::move(c));
  }
  std::sort(built.begin(), built.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  // Keep the most promising candidates only (by their standalone score).
  std::vector<std::size_t> kept(built.size());
  for (std::size_t b = 0; b < kept.size(); ++b) kept[b] = b;
  if (built.size() > kMaxCandidates) {
    std::vector<double> standalone(built.size());
    for (std::size_t b = 0; b < built.size(); ++b) standalone[b] = Standalone(built[b].second);
    std::stable_sort(kept.begin(), kept.end(),
                     [&](std::size_t a, std::size_t b) { return standalone[a] > standalone[b]; });
    kept.resize(kMaxCandidates);
    std::sort(kept.begin(), kept.end());
  }
  std::vector<Candidate> cands;
  cands.reserve(kept.size());
  for (std::size_t b : kept) cands.push_back(std::move(built[b].second));
  return cands;
}

// The score of candidate `c` as bullet number `chosen` + 1, given the fact
// weight it adds. The first bullets (up to `floor`) are chosen the way a
// short summary is: the lead-weighted rank dominates, short sentences are
// preferred, fact weight breaks near ties. On CNN/DailyMail this brings
// ROUGE-2 against the highlights to the 3-sentence summary's in fewer
// words. Further bullets are chosen for the facts they add.
double CandidateScore(const Candidate& c, double fact, std::size_t chosen, std::size_t floor) {
  const double words = static_cast<double>(c.words);
  double score = chosen < floor
                     ? 0.4 * (fact / 10.0) / (1.0 + words / 12.0) +
                           (c.prior + 4.0 * c.lead) / (1.0 + words / 8.0)
                     : (fact / 10.0) / (1.0 + words / 20.0) + 0.5 * c.prior / (1.0 + words / 25.0);
  // Past kShortBulletWords a bullet must say much more to be chosen.
  if (c.words > kShortBulletWords) score *= kLongBulletPenalty;
  // A bullet that opens with a personal pronoun does not say who.
  if (c.pronoun_start) score *= kPronounPenalty;
  // A sentence with no name, number or date is no key fact.
  if (c.spans.empty()) score *= kNoFactPenalty;
  // Compare on a grid of 2^-40 so that the last bit of exp/pow (which may
  // differ between libm builds) cannot change the choice.
  return std::ldexp(static_cast<double>(std::llround(std::ldexp(score, 40))), -40);
}

// Greedy: each step takes the candidate with the best score given what is
// already said (the summary's names and values count as said);
// near-duplicates (most content words shared) are skipped. A bullet that
// repeats a summary sentence whole is taken only when no other is left.
// Returns the indices of the chosen candidates, ascending.
std::vector<std::size_t> Choose(const std::vector<Candidate>& cands, std::size_t want) {
  const std::size_t floor = std::min<std::size_t>(want, 3);
  // What the chosen bullets say, and that with what the summary says (the
  // bullets that repeat a summary sentence are weighed against the first).
  std::vector<std::string> chosen_keys;
  std::vector<std::string> said;
  for (const Candidate& c : cands) {
    if (c.in_summary) said.insert(said.end(), c.keys.begin(), c.keys.end());
  }
  std::vector<char> taken(cands.size(), 0);
  std::vector<std::size_t> chosen;
  // Phases: bullets that repeat no summary sentence weighed against what
  // the summary says, then against what the bullets say, then also the
  // bullets that repeat one.
  int phase = 0;
  while (chosen.size() < want) {
    double best = -1;
    std::size_t best_i = cands.size();
    for (std::size_t i = 0; i < cands.size(); ++i) {
      if (taken[i] || (cands[i].repeat && phase < 2)) continue;
      const double fact = FactWeight(cands[i], phase > 0 ? chosen_keys : said);
      // Beyond three bullets only sentences that add more than a lone name
      // qualify.
      if (fact < kMinExtraFact && chosen.size() >= floor) continue;
      const double score = CandidateScore(cands[i], fact, chosen.size(), floor);
      if (score > best) {
        best = score;
        best_i = i;
      }
    }
    if (best_i == cands.size()) {
      if (++phase > 2) break;
      continue;
    }
    taken[best_i] = 1;
    const Candidate& c = cands[best_i];
    // A sentence that shares most words with a chosen one but brings new
    // values ("... will visit South Korea" then "... will visit South Korea,
    // Japan, and France from January 4 to 9") is no duplicate.
    bool duplicate = false;
    if (FactWeight(c, phase > 0 ? chosen_keys : said) < kDuplicateNewFacts) {
      for (std::size_t j : chosen) {
        if (Overlap(c.terms, cands[j].terms) >= 0.5) duplicate = true;
      }
    }
    if (duplicate) continue;
    chosen.push_back(best_i);
    chosen_keys.insert(chosen_keys.end(), c.keys.begin(), c.keys.end());
    said.insert(said.end(), c.keys.begin(), c.keys.end());
  }
  std::sort(chosen.begin(), chosen.end());
  return chosen;
}

FactBullet ToBullet(const Candidate& c) {
  FactBullet b;
  b.text = c.text;
  b.sentence = c.sentence;
  bool kinds[kNumFactKinds] = {};
  for (const Span& sp : c.spans) {
    kinds[KindIndex(sp.kind)] = true;
    b.spans.push_back({sp.begin, sp.end, sp.kind, sp.speaker_begin, sp.speaker_end});
  }
  for (int k = 0; k < kNumFactKinds; ++k) {
    if (kinds[k]) b.kinds.push_back(static_cast<FactKind>(k));
  }
  std::sort(b.spans.begin(), b.spans.end(), [](const FactSpan& x, const FactSpan& y) {
    return x.begin < y.begin || (x.begin == y.begin && x.end > y.end);
  });
  return b;
}

// Key facts of a text that is not English: names, places and organisations
// are found through English titles, gazetteers and capitalisation (German
// capitalises every noun), so those kinds are left out of each bullet's
// kinds (its spans keep them) and a bullet with no other kind is dropped.
// Keeps the best `max_facts` bullets by sentence score, in document order.
std::vector<FactBullet> LanguageNeutral(std::vector<FactBullet> bullets,
                                        const std::vector<double>& scores, std::size_t max_facts) {
  std::vector<FactBullet> kept;
  for (FactBullet& b : bullets) {
    b.kinds.erase(std::remove_if(b.kinds.begin(), b.kinds.end(),
                                 [](FactKind k) {
                                   return k == FactKind::kPerson || k == FactKind::kPlace ||
                                          k == FactKind::kOrganization;
                                 }),
                  b.kinds.end());
    if (!b.kinds.empty()) kept.push_back(std::move(b));
  }
  if (kept.size() > max_facts) {
    auto score = [&](const FactBullet& b) {
      return b.sentence < scores.size() ? scores[b.sentence] : 0.0;
    };
    std::vector<std::size_t> order(kept.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return score(kept[a]) > score(kept[b]); });
    order.resize(max_facts);
    std::sort(order.begin(), order.end());
    std::vector<FactBullet> best;
    best.reserve(order.size());
    for (std::size_t i : order) best.push_back(std::move(kept[i]));
    kept = std::move(best);
  }
  return kept;
}

}  // namespace
}  // namespace keyfacts

std::vector<FactBullet> ExtractKeyFacts(const Document& doc, const std::vector<double>& scores,
                                        int max_facts, const std::vector<std::size_t>& summary) {
  std::vector<FactBullet> out;
  if (max_facts <= 0 || doc.sentences.empty()) return out;
  double max_score = 0;
  for (std::size_t i = 0; i < doc.sentences.size() && i < scores.size(); ++i) {
    max_score = std::max(max_score, scores[i]);
  }
  const keyfacts::Prior prior{scores, max_score};
  const std::vector<keyfacts::Candidate> cands =
      keyfacts::BuildCandidates(doc, scores, prior, summary);
  const int wanted = doc.english ? max_facts : max_facts * keyfacts::kNonEnglishOverRequest;
  for (std::size_t i : keyfacts::Choose(cands, static_cast<std::size_t>(wanted))) {
    out.push_back(keyfacts::ToBullet(cands[i]));
  }
  if (!doc.english) {
    out = keyfacts::LanguageNeutral(std::move(out), scores, static_cast<std::size_t>(max_facts));
  }
  return out;
}

}  // namespace internal
}  // namespace precis
