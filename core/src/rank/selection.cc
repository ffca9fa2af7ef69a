#include "rank/selection.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "rank/graph.h"

namespace precis {
namespace internal {

SelectOptions PlainSelectOptions() {
  SelectOptions o;
  o.duplicate_containment = 2.0;
  o.coherence_repair = false;
  o.lead_boost = 0;
  o.long_power = 0;
  o.lead_fallback = 0;
  o.lede_words = 0;
  return o;
}

namespace {

// The first word of sentence i is one of `words`.
template <std::size_t N>
bool OpensWith(const Document& doc, std::size_t i, const char* const (&words)[N]) {
  if (i >= doc.sentences.size() || doc.sentences[i].tokens.empty()) return false;
  const std::string& first = doc.sentences[i].tokens[0].norm;
  for (const char* w : words) {
    if (first == w) return true;
  }
  return false;
}

constexpr const char* kPersonalPronouns[] = {"he",  "she", "they",  "him",  "them",  "his",
                                             "her", "its", "their", "he's", "she's", "they're"};
// Words pointing at what was said before, or at the story itself.
constexpr const char* kPointing[] = {"this", "these", "those", "that",
                                     "such", "it",    "it's",  "there's"};
constexpr const char* kConnectives[] = {
    "however",      "but",          "and",          "also",        "meanwhile",
    "still",        "yet",          "instead",      "moreover",    "furthermore",
    "additionally", "nevertheless", "nonetheless",  "so",          "thus",
    "therefore",    "hence",        "then",         "besides",     "likewise",
    "similarly",    "otherwise",    "consequently", "accordingly", "indeed",
};

}  // namespace

bool LeansOnPrevious(const Document& doc, std::size_t i) {
  return OpensWithPersonalPronoun(doc, i) || OpensWith(doc, i, kPointing) ||
         OpensWith(doc, i, kConnectives);
}

bool OpensWithPersonalPronoun(const Document& doc, std::size_t i) {
  return OpensWith(doc, i, kPersonalPronouns);
}

bool NeedsTextBefore(const Document& doc, std::size_t i) {
  if (OpensWith(doc, i, kConnectives)) return true;
  if (!OpensWithPersonalPronoun(doc, i)) return false;  // a pointing word, or nothing to lean on
  // A name of two capitalised words after the pronoun.
  const std::vector<Token>& tokens = doc.sentences[i].tokens;
  for (std::size_t k = 2; k < tokens.size(); ++k) {
    if (tokens[k].capitalized && tokens[k - 1].capitalized && !tokens[k - 1].stopword &&
        tokens[k].kind == TokenKind::kWord && tokens[k - 1].kind == TokenKind::kWord) {
      return false;
    }
  }
  return true;
}

std::size_t OpeningNewsSentence(const Document& doc) {
  const std::size_t n = doc.sentences.size();
  for (std::size_t i = 0; i < n; ++i) {
    const DocSentence& s = doc.sentences[i];
    if (s.line_unit || s.words == 0) continue;
    std::string_view text = s.Text(doc.text);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\n' || text.back() == '"' ||
                             text.back() == '\'')) {
      text.remove_suffix(1);
    }
    const bool question = !text.empty() && text.back() == '?';
    const bool full_width_question =
        text.size() >= 3 && text.substr(text.size() - 3) == "\xEF\xBC\x9F";
    if (s.words < kNewsWords || question || full_width_question || NeedsTextBefore(doc, i))
      return n;
    return i;
  }
  return n;
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

// The selectable sentences in document order: those with words that are not
// headings, or the headings when the document has nothing else.
std::vector<std::size_t> SelectableSentences(const Document& doc) {
  const std::size_t n = doc.sentences.size();
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
  return order;
}

// What a summary may hold: `target` sentences, or `word_budget` words.
struct Budget {
  std::size_t target = 0;
  bool by_words = false;
  double word_budget = 0;
};

// 1 at or below `full`, 0 at or above `zero`, linear between.
double Ramp(double x, double full, double zero) {
  if (x <= full) return 1.0;
  if (x >= zero) return 0.0;
  return (zero - x) / (zero - full);
}

// The words of the sentences `picked`.
double Words(const Document& doc, const std::vector<std::size_t>& picked) {
  double words = 0;
  for (std::size_t i : picked) words += static_cast<double>(doc.sentences[i].words);
  return words;
}

// The weight w of the lead preference (see SelectOptions): the budget's share
// of the article decides how much the opening and sentence length weigh.
double LeadWeight(const Document& doc, const std::vector<std::size_t>& order, const Budget& budget,
                  const SelectOptions& options) {
  double coverage = 1;
  double sentences_wanted = static_cast<double>(budget.target);
  if (budget.by_words) {
    const double total_words = Words(doc, order);
    coverage = total_words > 0 ? budget.word_budget / total_words : 1;
    sentences_wanted = total_words > 0 ? coverage * static_cast<double>(order.size()) : 1;
  } else if (!order.empty()) {
    coverage = static_cast<double>(budget.target) / static_cast<double>(order.size());
  }
  return std::max(Ramp(coverage, options.lead_full_coverage, options.lead_coverage),
                  Ramp(sentences_wanted, options.lead_full_sentences, options.lead_zero_sentences));
}

// The scores with the lead preference of weight `lead_weight` applied to the
// selectable sentences `order`.
std::vector<double> LeadWeighted(const Document& doc, const std::vector<double>& scores,
                                 const std::vector<std::size_t>& order, double lead_weight,
                                 const SelectOptions& options) {
  std::vector<double> adjusted(scores.begin(), scores.end());
  adjusted.resize(doc.sentences.size(), 0.0);
  if (!(lead_weight > 0)) return adjusted;
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
  return adjusted;
}

// Orders `order` best first. Scores are compared on a grid of 2^-40 (about
// 1e-12): the libm of one platform may round log/exp differently in the last
// bit from another's, and duplicated sentences must not be told apart by
// that noise, so that native and WebAssembly builds pick the same sentences.
// Ties keep document order.
void SortBestFirst(const std::vector<double>& scores, std::vector<std::size_t>* order) {
  std::vector<long long> key(scores.size());
  for (std::size_t i = 0; i < scores.size(); ++i) {
    key[i] = std::llround(std::ldexp(scores[i], 40));
  }
  std::stable_sort(order->begin(), order->end(),
                   [&](std::size_t a, std::size_t b) { return key[a] > key[b]; });
}

// The sorted, distinct content terms of each sentence in `order`, as ids
// (given in order of first appearance), and the number of those sentences
// each id occurs in.
void TermIds(const Document& doc, const std::vector<std::size_t>& order,
             std::vector<std::vector<int>>* terms, std::vector<int>* frequency) {
  std::unordered_map<std::string_view, int> ids;
  for (std::size_t i : order) {
    std::vector<int>& set = (*terms)[i];
    for (const Token& t : doc.sentences[i].tokens) {
      if (t.stopword) continue;
      const auto [it, added] = ids.try_emplace(t.term, static_cast<int>(ids.size()));
      if (added) frequency->push_back(0);
      set.push_back(it->second);
    }
    std::sort(set.begin(), set.end());
    set.erase(std::unique(set.begin(), set.end()), set.end());
    for (int id : set) ++(*frequency)[static_cast<std::size_t>(id)];
  }
}

// Greedy filling of the budget from the sentences `order`, best first.
class Picker {
 public:
  Picker(const Document& doc, const std::vector<std::size_t>& order, const Budget& budget,
         const SelectOptions& options)
      : doc_(doc),
        budget_(budget),
        options_(options),
        terms_(doc.sentences.size()),
        candidate_(doc.sentences.size(), false),
        chosen_(doc.sentences.size(), false),
        seen_(doc.sentences.size(), 0),
        position_(doc.sentences.size(), doc.sentences.size()) {
    TermIds(doc, order, &terms_, &frequency_);
    for (std::size_t r = 0; r < order.size(); ++r) position_[order[r]] = r;
    chosen_with_.resize(frequency_.size());
    for (std::size_t i : order) candidate_[i] = true;
  }

  // Pass 1 repairs dangling openings; pass 2 fills what is left of the
  // budget without that rule (the document may offer nothing else).
  void Fill(const std::vector<std::size_t>& order) {
    for (int pass = options_.coherence_repair ? 1 : 2; pass <= 2 && !Full(); ++pass) {
      for (std::size_t i : order) {
        if (Full()) break;
        if (chosen_[i]) continue;
        const double w = Words(i);
        if (!Fits(w, 1) && prefix_only_) return;
        if (!Fits(w, 1) || Duplicate(i)) continue;
        if (pass == 1 && i > 0 && LeansOnPrevious(doc_, i) && candidate_[i - 1] &&
            !chosen_[i - 1] && !FarDown(i - 1)) {
          // The previous sentence must fit too and add something new.
          const bool pair_fits = budget_.by_words ? words_ + w + Words(i - 1) <= budget_.word_budget
                                                  : picked_.size() + 2 <= budget_.target;
          if (pair_fits && !Duplicate(i - 1)) {
            Take(i - 1);
            Take(i);
          }
          continue;
        }
        Take(i);
      }
    }
  }

  // Stop at the first sentence that does not fit: the opening of the text,
  // as far as the budget reaches.
  void PrefixOnly() { prefix_only_ = true; }

  // The chosen sentences in document order.
  std::vector<std::size_t> Picked() const {
    std::vector<std::size_t> picked = picked_;
    std::sort(picked.begin(), picked.end());
    return picked;
  }

 private:
  double Words(std::size_t i) const { return static_cast<double>(doc_.sentences[i].words); }

  // True when sentence i ranks too far down to be brought in by coherence
  // repair (SelectOptions::repair_rank) and the summary already has a
  // sentence to open it.
  bool FarDown(std::size_t i) const {
    if (!(options_.repair_rank > 0) || budget_.by_words || picked_.empty()) return false;
    return static_cast<double>(position_[i]) >=
           options_.repair_rank * static_cast<double>(budget_.target);
  }

  bool Full() const {
    return budget_.by_words ? (!picked_.empty() && words_ >= budget_.word_budget)
                            : picked_.size() >= budget_.target;
  }

  bool Fits(double extra, std::size_t count) const {
    if (budget_.by_words) return picked_.empty() || words_ + extra <= budget_.word_budget;
    return picked_.size() + count <= budget_.target;
  }

  // True when sentence i says what a chosen one says. Up to kExhaustive
  // chosen sentences, every one is compared. Beyond that (a summary of a
  // whole long text), only the latest kLatestPerTerm chosen sentences
  // holding each of sentence i's kRareTerms rarest terms, so that the check
  // stays linear in the text: a sentence that repeats another shares its
  // rare terms.
  bool Duplicate(std::size_t i) {
    if (options_.duplicate_containment > 1.0) return false;  // no pair is ever one
    const std::vector<int>& terms = terms_[i];
    if (picked_.size() <= kExhaustive) {
      for (std::size_t c : picked_) {
        if (NearDuplicate(terms, terms_[c], options_.duplicate_containment)) return true;
      }
      return false;
    }
    std::vector<int> rare = terms;
    const auto by_frequency = [this](int a, int b) {
      const int fa = frequency_[static_cast<std::size_t>(a)];
      const int fb = frequency_[static_cast<std::size_t>(b)];
      return fa != fb ? fa < fb : a < b;
    };
    const std::size_t keep = std::min(rare.size(), kRareTerms);
    std::partial_sort(rare.begin(), rare.begin() + static_cast<std::ptrdiff_t>(keep), rare.end(),
                      by_frequency);
    rare.resize(keep);
    ++stamp_;
    for (int term : rare) {
      const std::vector<std::size_t>& with = chosen_with_[static_cast<std::size_t>(term)];
      const std::size_t from = with.size() > kLatestPerTerm ? with.size() - kLatestPerTerm : 0;
      for (std::size_t k = from; k < with.size(); ++k) {
        const std::size_t c = with[k];
        if (seen_[c] == stamp_) continue;
        seen_[c] = stamp_;
        if (NearDuplicate(terms, terms_[c], options_.duplicate_containment)) return true;
      }
    }
    return false;
  }

  void Take(std::size_t i) {
    chosen_[i] = true;
    picked_.push_back(i);
    words_ += Words(i);
    for (int term : terms_[i]) chosen_with_[static_cast<std::size_t>(term)].push_back(i);
  }

  static constexpr std::size_t kExhaustive = 64;
  static constexpr std::size_t kRareTerms = 3;
  static constexpr std::size_t kLatestPerTerm = 32;

  const Document& doc_;
  const Budget budget_;
  const SelectOptions& options_;
  std::vector<std::vector<int>> terms_;  // term ids of the selectable sentences
  std::vector<int> frequency_;           // sentences holding each term id
  std::vector<bool> candidate_;
  std::vector<bool> chosen_;
  std::vector<std::size_t> seen_;  // the check that last compared with each sentence
  std::size_t stamp_ = 0;
  std::vector<std::size_t> picked_;  // in the order taken
  double words_ = 0;
  bool prefix_only_ = false;
  std::vector<std::size_t> position_;  // place in the best-first order
  // The chosen sentences holding each term id, in the order taken.
  std::vector<std::vector<std::size_t>> chosen_with_;
};

// The mean score of the sentences `picked`.
double MeanScore(const std::vector<double>& scores, const std::vector<std::size_t>& picked) {
  if (picked.empty()) return 0;
  double sum = 0;
  for (std::size_t i : picked) sum += i < scores.size() ? scores[i] : 0.0;
  return sum / static_cast<double>(picked.size());
}

// The number of opening sentences (of the selectable `order`) whose words fit
// `budget`, at least 1.
std::size_t OpeningCount(const Document& doc, const std::vector<std::size_t>& order,
                         double budget) {
  double sum = 0;
  std::size_t k = 0;
  for (std::size_t i : order) {
    sum += static_cast<double>(doc.sentences[i].words);
    if (k > 0 && sum > budget) break;
    ++k;
  }
  return k;
}

// A word budget as a sentence count (SelectOptions::lede_words): the summary
// of as many sentences as the opening holds within the budget, or of the
// lede's sentences; false when none of the summaries tried fits.
bool SelectByCount(const Document& doc, const std::vector<double>& scores,
                   const std::vector<std::size_t>& order, double budget,
                   const SelectOptions& options, std::vector<std::size_t>* chosen) {
  SelectOptions counted = options;
  counted.lede_words = 0;
  const auto summary = [&](std::size_t k) {
    return SelectSentences(doc, scores, LengthUnit::kSentences, static_cast<double>(k), counted);
  };
  const std::size_t lede =
      std::min(order.size(), static_cast<std::size_t>(std::max(options.lead_full_sentences, 1.0)));
  const std::size_t opening = OpeningCount(doc, order, budget);
  // From the larger of the two counts down, a few tries (each is a full
  // selection: the tries are bounded so that a long text stays linear).
  const std::size_t first = std::max(opening, lede);
  const std::size_t last = first > 3 ? first - 3 : 1;
  std::vector<std::size_t> lede_summary;
  for (std::size_t k = first; k >= last; --k) {
    *chosen = summary(k);
    if (k > lede && options.word_extend > 0) {
      if (lede_summary.empty()) lede_summary = summary(lede);
      if (MeanScore(scores, *chosen) < options.word_extend * MeanScore(scores, lede_summary)) {
        continue;
      }
    }
    // More sentences than the opening holds within the budget: the lede
    // (or part of it) may run to lede_words, and by lede_overshoot past it.
    const double limit = k > opening
                             ? std::min(std::max(budget, options.lede_words),
                                        budget * (1 + std::max(options.lede_overshoot, 0.0)))
                             : budget;
    if (Words(doc, *chosen) <= limit) return true;
  }
  return false;
}

}  // namespace

std::vector<std::size_t> SelectSentences(const Document& doc, const std::vector<double>& scores,
                                         LengthUnit unit, double value,
                                         const SelectOptions& options) {
  std::vector<std::size_t> order = SelectableSentences(doc);
  if (unit == LengthUnit::kWords && options.lede_words > 0 && !order.empty()) {
    std::vector<std::size_t> chosen;
    if (SelectByCount(doc, scores, order, value, options, &chosen)) return chosen;
  }
  Budget budget;
  budget.target = TargetSentenceCount(unit, value, order.size());
  budget.by_words = unit == LengthUnit::kWords;
  budget.word_budget = budget.by_words ? value : 0;
  const double lead_weight = LeadWeight(doc, order, budget, options);
  if (!budget.by_words && budget.target == 1 && lead_weight > 0 && options.lead_boost > 0) {
    const std::size_t opening = OpeningNewsSentence(doc);
    if (opening < doc.sentences.size()) return {opening};
  }
  std::vector<std::size_t> by_position = order;
  SortBestFirst(LeadWeighted(doc, scores, order, lead_weight, options), &order);
  SelectOptions picking = options;
  if (lead_weight > 0) picking.repair_rank = 0;  // a short summary: every sentence reads alone
  Picker picker(doc, order, budget, picking);
  picker.Fill(order);
  std::vector<std::size_t> chosen = picker.Picked();
  if (!(options.lead_fallback > 0) || !(lead_weight > 0)) return chosen;
  Picker lead(doc, by_position, budget, picking);
  lead.PrefixOnly();
  lead.Fill(by_position);
  std::vector<std::size_t> opening = lead.Picked();
  if (chosen == opening) return chosen;
  return MeanScore(scores, chosen) >= options.lead_fallback * MeanScore(scores, opening) ? chosen
                                                                                         : opening;
}

}  // namespace internal
}  // namespace precis
