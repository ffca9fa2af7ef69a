#include "digest/summary.h"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <utility>

#include "digest/merge.h"
#include "digest/similarity.h"
#include "rank/ranking.h"

namespace precis {
namespace internal {

namespace {

// Terms in more summary sentences than this are not indexed for the
// duplicate search (they do not tell sentences apart).
constexpr std::size_t kPostingCap = 64;

// Per member: positions (in result.sentences) of its summary sentences,
// then of its other sentences (not headings) best first.
std::vector<std::vector<std::size_t>> SummaryQueues(const std::vector<Piece>& pieces,
                                                    const std::vector<std::size_t>& members) {
  std::vector<std::vector<std::size_t>> queues;
  for (std::size_t m : members) {
    std::vector<std::size_t> q;
    std::vector<std::size_t> rest;
    const std::vector<Sentence>& all = pieces[m].result.sentences;
    for (std::size_t i = 0; i < all.size(); ++i) {
      if (all[i].selected) {
        q.push_back(i);
      } else if (!all[i].heading) {
        rest.push_back(i);
      }
    }
    std::stable_sort(rest.begin(), rest.end(),
                     [&all](std::size_t a, std::size_t b) { return all[a].score > all[b].score; });
    q.insert(q.end(), rest.begin(), rest.end());
    queues.push_back(std::move(q));
  }
  return queues;
}

// The sentences chosen so far, with an inverted index of their terms.
class Chosen {
 public:
  struct Entry {
    std::size_t piece;
    std::size_t pos;
  };

  Chosen(const std::vector<Piece>& pieces, const TermWeights& weights, const Options& options)
      : pieces_(pieces), weights_(weights), options_(options) {}

  // Takes sentence `pos` of piece `m` unless it repeats a chosen one (it
  // replaces that one when it states more values) or does not fit the word
  // budget. True when it was taken.
  bool Offer(std::size_t m, std::size_t pos);

  std::vector<Entry>& entries() { return entries_; }
  std::size_t size() const { return entries_.size(); }
  std::size_t words() const { return words_; }

 private:
  const Terms& TermsOf(const Entry& e) const { return pieces_[e.piece].sentence_terms[e.pos]; }

  const std::vector<Piece>& pieces_;
  const TermWeights& weights_;
  const Options& options_;
  std::vector<Entry> entries_;
  std::unordered_map<std::string, std::vector<std::size_t>> index_;  // term -> entries
  std::size_t words_ = 0;
};

bool Chosen::Offer(std::size_t m, std::size_t pos) {
  const bool by_words = options_.length_unit == LengthUnit::kWords;
  const Terms& t = pieces_[m].sentence_terms[pos];
  if (by_words && !entries_.empty() && static_cast<double>(words_ + t.words) > options_.length) {
    return false;
  }
  // Candidates sharing an indexed term with this sentence.
  std::unordered_map<std::size_t, std::size_t> shared;
  for (const std::string& term : t.terms) {
    const auto it = index_.find(term);
    if (it == index_.end()) continue;
    for (std::size_t c : it->second) ++shared[c];
  }
  std::vector<std::size_t> dups;
  for (const auto& [c, unused] : shared) {
    const Terms& o = TermsOf(entries_[c]);
    if (Redundant(t, o, weights_) || SameNews(t, o)) {
      dups.push_back(c);
    }
  }
  std::size_t slot = entries_.size();
  if (dups.size() == 1) {
    // The same thing told by another article with more values (a date
    // where the chosen one has a weekday) takes its place.
    const Entry& old = entries_[dups[0]];
    const Terms& o = TermsOf(old);
    bool unused = false;
    const double mine = TextValues(pieces_[m].result.sentences[pos].text, t.terms, {}, &unused);
    const double theirs =
        TextValues(pieces_[old.piece].result.sentences[old.pos].text, o.terms, {}, &unused);
    const bool fits =
        !by_words || static_cast<double>(words_ - o.words + t.words) <= options_.length;
    if (old.piece == m || mine <= theirs || !fits) return false;
    slot = dups[0];
    words_ -= o.words;
  } else if (!dups.empty()) {
    return false;
  }
  for (const std::string& term : t.terms) {
    std::vector<std::size_t>& posting = index_[term];
    if (posting.size() < kPostingCap) posting.push_back(slot);
  }
  if (slot == entries_.size()) {
    entries_.push_back({m, pos});
  } else {
    entries_[slot] = {m, pos};
  }
  words_ += t.words;
  return true;
}

}  // namespace

void BuildSummary(const std::vector<Piece>& pieces, const std::vector<std::size_t>& members,
                  const TermWeights& weights, const Options& options, Result* out) {
  std::size_t candidates = 0;
  for (std::size_t m : members) candidates += pieces[m].result.sentences.size();
  const std::size_t target = TargetSentenceCount(options.length_unit, options.length, candidates);
  const std::vector<std::vector<std::size_t>> queues = SummaryQueues(pieces, members);
  Chosen chosen(pieces, weights, options);
  std::vector<std::size_t> next(queues.size(), 0);
  bool progress = true;
  while (progress && chosen.size() < target) {
    progress = false;
    for (std::size_t q = 0; q < queues.size() && chosen.size() < target; ++q) {
      while (next[q] < queues[q].size()) {
        progress = true;
        if (chosen.Offer(members[q], queues[q][next[q]++])) break;  // next article's turn
      }
    }
  }
  std::vector<Chosen::Entry>& entries = chosen.entries();
  std::sort(entries.begin(), entries.end(), [](const Chosen::Entry& a, const Chosen::Entry& b) {
    return a.piece != b.piece ? a.piece < b.piece : a.pos < b.pos;
  });
  for (const Chosen::Entry& c : entries) {
    Sentence s = pieces[c.piece].result.sentences[c.pos];
    s.selected = true;
    out->summary.push_back(s);
  }
  out->stats.summary_words = chosen.words();
  if (!options.include_sentences) return;
  std::size_t k = 0;
  for (std::size_t p = 0; p < pieces.size(); ++p) {
    for (std::size_t i = 0; i < pieces[p].result.sentences.size(); ++i) {
      Sentence s = pieces[p].result.sentences[i];
      s.selected = k < entries.size() && entries[k].piece == p && entries[k].pos == i;
      if (s.selected) ++k;
      out->sentences.push_back(std::move(s));
    }
  }
}

}  // namespace internal
}  // namespace precis
