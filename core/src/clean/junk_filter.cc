#include "clean/junk_filter.h"

#include <algorithm>
#include <array>
#include <string>
#include <utility>
#include <vector>

#include "clean/junk_features.h"
#include "clean/junk_rules.h"
#include "clean/junk_vocabulary.h"
#include "lex/tokenizer.h"

namespace precis {
namespace internal {
namespace junk {
namespace {

// ---------------------------------------------------------------------------
// Weights. All evidence is on one scale: kStrongScore (1.0) makes a unit junk
// on its own, kWeakScore (0.45) makes it junk next to junk. The values were
// set by hand against the junk in the three shared pasted articles and the
// hand-written samples in tests/data/junk_*, then checked for false positives
// on the BBC News Summary articles (junk_filter_test measures both). The
// guiding rule: no single ordinary feature reaches kStrongScore; it takes
// topic vocabulary together with a second, independent sign (the reader or
// publisher addressed, an imperative, a short line made of such words, a
// position outside the article body).

// Per word of a reason's topic vocabulary, counted up to kLexCap words, so
// three topic words alone (0.9) stay below kStrongScore.
constexpr double kLexWeight = 0.3;
constexpr int kLexCap = 3;
// Per reader-addressing pronoun (you, your) outside quotes, up to two.
constexpr double kReaderWeight = 0.4;
// Per publisher-voice pronoun (we, our, us) outside quotes, up to two; lower
// than the reader's because reported speech without quotation marks uses it.
constexpr double kPublisherWeight = 0.3;
constexpr int kPronounCap = 2;
// Added once when a unit both addresses someone and talks about the topic:
// "your donation", "our journalism".
constexpr double kTopicAddressBonus = 0.2;
// ... but only when topic words make up this share of the unit's words:
// "Your support makes all the difference." (1 of 3) is about support, "we
// benefit enormously from our membership of the EU, ..." (1 of 15) is not.
constexpr double kMinAddressedTopicShare = 0.15;
// "your" directly followed by a topic word ("your support", "your email").
constexpr double kDirectAddressBonus = 0.3;
// An imperative call to action opening the unit ("Subscribe to ...").
constexpr double kCtaWeight = 0.5;
// ... or when it stands in a line of at most this many words ("Sign up").
constexpr int kCtaLineMaxWords = 4;
// A short unit made (mostly) of topic words: "Advertisement", "Read more",
// "Related articles", "5 min read".
constexpr double kPureLineBonus = 0.75;
constexpr int kPureLineMaxWords = 5;
// Before the first or after the last body sentence, where page furniture
// sits. Only added to units that already carry some evidence.
constexpr double kEdgeBonus = 0.3;
// Long sentences are prose: beyond kLongUnitWords content words each further
// one takes this much off.
constexpr int kLongUnitWords = 25;
constexpr double kLongUnitPenalty = 0.03;
// Scores of shapes that are junk by themselves.
constexpr double kShapeScore = 1.2;
constexpr double kArithmeticScore = 1.5;
// "1+3" inside a unit: captcha instructions ("E.g. for 1+3, enter 4.").
constexpr double kInlineArithmeticScore = 0.5;
// "©" or "(c) 2021": copyright notices.
constexpr double kCopyrightSignScore = 0.6;
// A short line without a verb in the page furniture (a menu entry, a tag).
constexpr double kShortEdgeLineScore = 0.5;
constexpr int kShortEdgeLineMaxWords = 3;
// Units with more words than this are prose, never junk (the longest plea
// sentence in the shared articles has 47 words).
constexpr int kMaxJunkWords = 80;
// A body sentence (delimiting the top and bottom page furniture) has at least
// this many words, ends with sentence punctuation and carries no evidence.
constexpr int kBodySentenceMinWords = 8;
// Units between two donation-plea units (one of them junk on its own) are
// dropped with them when there are at most this many.
constexpr int kMaxPleaGap = 2;

struct Scored {
  Reason reason = kNone;
  double score = 0;
};

Scored ScoreUnit(const Features& f, const Shapes& s, bool line_unit) {
  std::array<double, kNumReasons> score{};
  if (f.words == 0 || f.words > kMaxJunkWords || f.quoted_all) return {};

  const bool short_unit = f.words <= kPureLineMaxWords;
  const bool is_line = line_unit || !f.terminal;
  for (const ReasonVocabulary& rv : kReasonVocabulary) {
    const int reader = rv.reader ? std::min(f.reader, kPronounCap) : 0;
    const int publisher = rv.publisher ? std::min(f.publisher, kPronounCap) : 0;
    const std::uint32_t core_mask = rv.core | (publisher > 0 ? rv.voiced : 0);
    int core = 0;
    int support = 0;
    int pure = 0;
    for (std::uint32_t c : f.topic_classes) {
      if (c & core_mask) {
        ++core;
      } else if (c & rv.support) {
        ++support;
      }
      if (c & rv.pure) ++pure;
    }
    const int topic = core > 0 ? core + support : 0;
    double x = kLexWeight * std::min(topic, kLexCap);
    // Addressing someone is evidence when the unit is about the topic, not
    // when a topic word passes by in a long sentence.
    const double address = kReaderWeight * reader + kPublisherWeight * publisher;
    if (topic > 0 && address > 0 && topic >= kMinAddressedTopicShare * std::max(f.nonstop, 1)) {
      x += address + kTopicAddressBonus;
    }
    if (rv.reader && (f.direct & rv.core)) x += kDirectAddressBonus;
    // An imperative counts when the unit is about its topic or is a short
    // line ("Sign up", "Read more").
    const bool cta_topic = (f.cta & (rv.core | rv.support)) != 0 && topic > 0;
    const bool cta_line = (f.cta & (rv.core | rv.pure)) != 0 && f.words <= kCtaLineMaxWords;
    if (cta_topic || cta_line) x += kCtaWeight;
    // A short unit made of such words: on a line of its own at least half of
    // its words, in a full sentence all of them and at least two ("All
    // rights reserved.", not "I agree.").
    if (short_unit && (pure > 0 || cta_line) && f.vocab > 0) {
      const bool mostly = is_line ? 2 * f.vocab >= f.nonstop : f.vocab == f.nonstop && f.vocab >= 2;
      if (mostly) x += kPureLineBonus;
    }
    if (f.content > kLongUnitWords) {
      x -= kLongUnitPenalty * (f.content - kLongUnitWords);
    }
    score[rv.reason] = std::max(0.0, x);
  }
  auto raise = [&score](Reason r, double v) { score[r] = std::max(score[r], v); };
  if (s.counter != kNone) raise(s.counter, kShapeScore);
  if (s.label != kNone) raise(s.label, kShapeScore);
  if (s.arithmetic) raise(kCaptcha, kArithmeticScore);
  if (s.inline_arithmetic) score[kCaptcha] += kInlineArithmeticScore;
  if (s.byline) raise(kByline, kShapeScore);
  if (s.breadcrumb || s.you_are_here) raise(kNavigation, kShapeScore);
  if (s.photo_credit) raise(kBoilerplate, kShapeScore);
  if (s.furniture) raise(kBoilerplate, kShapeScore);
  if (s.copyright_sign) score[kBoilerplate] += kCopyrightSignScore;

  Scored best;
  for (int r = 1; r < kNumReasons; ++r) {
    if (score[r] > best.score) {
      best.score = score[r];
      best.reason = static_cast<Reason>(r);
    }
  }
  return best;
}

// A sentence's full evaluation: tokens, quotes, features, shapes, score.
struct UnitEval {
  Features features;
  Scored scored;
  bool short_verbless_line = false;
};

UnitEval Evaluate(std::string_view unit, const std::vector<Token>& tokens, bool line_unit,
                  bool starts_line, QuoteState* quotes) {
  UnitEval e;
  const auto quoted = QuotedRanges(unit, quotes);
  e.features = Analyze(unit, tokens, quoted);
  const Shapes shapes = FindShapes(unit, tokens, e.features, line_unit, starts_line);
  e.scored = ScoreUnit(e.features, shapes, line_unit);
  e.short_verbless_line = (line_unit || !e.features.terminal) && e.features.words > 0 &&
                          e.features.words <= kShortEdgeLineMaxWords && !e.features.has_aux;
  return e;
}

// One classification of the units of a text: their own evidence, then the
// article body, position and neighbours, then the prefixes of kept units.
class Classifier {
 public:
  Classifier(std::string_view text, const std::vector<SentenceUnit>& units,
             const std::vector<std::vector<Token>>& unit_tokens)
      : text_(text),
        units_(units),
        unit_tokens_(unit_tokens),
        n_(units.size()),
        verdicts_(n_),
        evals_(n_),
        analyzed_(n_, false),
        score_(n_, 0.0),
        reason_(n_, kNone),
        junk_(n_, false),
        strong_(n_, false) {}

  std::vector<JunkVerdict> Run() {
    if (n_ == 0) return verdicts_;
    EvaluateUnits();
    FindBody();
    FindHeadline();
    ScoreByPosition();
    JoinNeighbours();
    FillPleaGaps();
    for (std::size_t i = 0; i < n_; ++i) {
      if (junk_[i]) {
        verdicts_[i].junk = true;
        verdicts_[i].reason = kReasonNames[reason_[i]];
      }
    }
    StripGluedPleas();
    StripDateline();
    return std::move(verdicts_);
  }

 private:
  // The unit's own evidence, with the quotation state carried through each
  // paragraph.
  void EvaluateUnits() {
    QuoteState quotes;
    for (std::size_t i = 0; i < n_; ++i) {
      const SentenceUnit& u = units_[i];
      if (i > 0 && u.paragraph != units_[i - 1].paragraph) quotes = QuoteState();
      if (u.begin >= u.end || u.end > text_.size() || u.end - u.begin > kMaxAnalyzedUnitBytes) {
        quotes = QuoteState();  // unknown after an unexamined unit
        continue;
      }
      evals_[i] = Evaluate(text_.substr(u.begin, u.end - u.begin), unit_tokens_[i], u.line_unit,
                           StartsLine(u.begin), &quotes);
      analyzed_[i] = true;
    }
  }

  // Nothing but white space before `begin` on its line (the units are
  // trimmed, so the look back stops at the previous unit).
  bool StartsLine(std::size_t begin) const {
    std::size_t p = begin;
    while (p > 0 && (text_[p - 1] == ' ' || text_[p - 1] == '\t')) --p;
    return p == 0 || text_[p - 1] == '\n' || text_[p - 1] == '\r';
  }

  // The article body runs from the first to the last plain sentence; what
  // lies outside is page furniture territory.
  bool IsBody(std::size_t i) const {
    const UnitEval& e = evals_[i];
    return analyzed_[i] && !units_[i].line_unit && e.features.terminal &&
           e.features.words >= kBodySentenceMinWords && e.scored.score < kWeakScore;
  }

  void FindBody() {
    body_first_ = n_;
    body_last_ = n_;
    for (std::size_t i = 0; i < n_; ++i) {
      if (IsBody(i)) {
        if (body_first_ == n_) body_first_ = i;
        body_last_ = i;
      }
    }
    has_body_ = body_first_ < n_;
  }

  // The headline: the longest line before the body that is not junk by
  // itself. Context never takes it.
  void FindHeadline() {
    headline_ = n_;
    if (!has_body_) return;
    int best_words = 0;
    for (std::size_t i = 0; i < body_first_; ++i) {
      if (!analyzed_[i] || evals_[i].scored.score >= kStrongScore) continue;
      if (evals_[i].features.words > best_words) {
        best_words = evals_[i].features.words;
        headline_ = i;
      }
    }
  }

  // Evidence outside the body counts more (kEdgeBonus).
  void ScoreByPosition() {
    for (std::size_t i = 0; i < n_; ++i) {
      if (!analyzed_[i]) continue;
      const UnitEval& e = evals_[i];
      score_[i] = e.scored.score;
      reason_[i] = e.scored.reason;
      verdicts_[i].score = e.scored.score;
      const bool top = has_body_ && i < body_first_;
      const bool bottom = has_body_ && i > body_last_;
      if ((top || bottom) && score_[i] > 0) score_[i] += kEdgeBonus;
      // Below the article, short verbless lines are tags and link labels.
      // Above it they are as often the venue or place of the story, so they
      // are left to their own evidence there.
      if (bottom && e.short_verbless_line && score_[i] < kShortEdgeLineScore) {
        score_[i] = kShortEdgeLineScore;
        if (reason_[i] == kNone) reason_[i] = kBoilerplate;
      }
      strong_[i] = score_[i] >= kStrongScore;
      junk_[i] = strong_[i];
    }
  }

  // Weak evidence next to junk joins it, in both directions, so a run of
  // page furniture goes together.
  void JoinNeighbours() {
    auto join = [this](std::size_t i, std::size_t from) {
      if (junk_[i] || i == headline_ || score_[i] < kWeakScore) return;
      junk_[i] = true;
      if (reason_[i] == kNone) reason_[i] = reason_[from];
    };
    for (std::size_t i = 1; i < n_; ++i) {
      if (junk_[i - 1]) join(i, i - 1);
    }
    for (std::size_t i = n_ - 1; i-- > 0;) {
      if (junk_[i + 1]) join(i, i + 1);
    }
  }

  // A donation plea is a block: units between plea units go with them.
  void FillPleaGaps() {
    std::size_t last_plea = n_;
    for (std::size_t i = 0; i < n_; ++i) {
      if (!junk_[i] || reason_[i] != kDonationPlea) continue;
      if (last_plea != n_ && i - last_plea > 1 &&
          i - last_plea - 1 <= static_cast<std::size_t>(kMaxPleaGap) &&
          (strong_[i] || strong_[last_plea])) {
        for (std::size_t k = last_plea + 1; k < i; ++k) {
          if (k == headline_) continue;
          junk_[k] = true;
          reason_[k] = kDonationPlea;
        }
      }
      last_plea = i;
    }
  }

  // A plea sentence glued to the first sentence after a plea block.
  void StripGluedPleas() {
    for (std::size_t i = 1; i < n_; ++i) {
      if (junk_[i] || !junk_[i - 1] || reason_[i - 1] != kDonationPlea) continue;
      const SentenceUnit& u = units_[i];
      if (u.begin >= u.end || u.end > text_.size()) continue;
      const std::string_view s = text_.substr(u.begin, u.end - u.begin);
      const std::size_t glue = GluePoint(s);
      if (glue == 0) continue;
      QuoteState fresh;
      const std::string_view prefix = s.substr(0, glue);
      const UnitEval e = Evaluate(prefix, Tokenizer().Tokenize(prefix), false, true, &fresh);
      if (e.scored.reason == kDonationPlea && e.scored.score >= kWeakScore) {
        verdicts_[i].strip_prefix = glue;
        verdicts_[i].reason = kReasonNames[kDonationPlea];
      }
    }
  }

  // A dateline opens the first sentence of the body; one on a line of its
  // own before the body is junk.
  void StripDateline() {
    for (std::size_t i = 0; i < n_; ++i) {
      const SentenceUnit& u = units_[i];
      if (junk_[i] || u.begin >= u.end || u.end > text_.size()) continue;
      std::string_view s = text_.substr(u.begin, u.end - u.begin);
      if (u.line_unit) {
        if (has_body_ && i < body_first_ && i != headline_ &&
            DatelinePrefix(s, /*whole=*/true) == s.size()) {
          verdicts_[i].junk = true;
          verdicts_[i].reason = kReasonNames[kDateline];
        }
        continue;
      }
      const std::size_t skip = verdicts_[i].strip_prefix;
      const std::size_t prefix = DatelinePrefix(s.substr(skip), false);
      if (prefix > 0 && skip + prefix < s.size()) {
        verdicts_[i].strip_prefix = skip + prefix;
        if (skip == 0) verdicts_[i].reason = kReasonNames[kDateline];
      }
      break;
    }
  }

  std::string_view text_;
  const std::vector<SentenceUnit>& units_;
  const std::vector<std::vector<Token>>& unit_tokens_;
  const std::size_t n_;
  std::vector<JunkVerdict> verdicts_;
  std::vector<UnitEval> evals_;
  std::vector<bool> analyzed_;
  std::vector<double> score_;  // with position and the short-line floor
  std::vector<Reason> reason_;
  std::vector<bool> junk_;
  std::vector<bool> strong_;  // junk on its own
  std::size_t body_first_ = 0;
  std::size_t body_last_ = 0;
  bool has_body_ = false;
  std::size_t headline_ = 0;
};

}  // namespace
}  // namespace junk

std::vector<JunkVerdict> ClassifyJunk(std::string_view text,
                                      const std::vector<SentenceUnit>& units) {
  Tokenizer tokenizer;
  std::vector<std::vector<Token>> unit_tokens(units.size());
  for (std::size_t i = 0; i < units.size(); ++i) {
    const SentenceUnit& u = units[i];
    if (u.begin < u.end && u.end <= text.size()) {
      unit_tokens[i] = tokenizer.Tokenize(text.substr(u.begin, u.end - u.begin));
    }
  }
  return ClassifyJunk(text, units, unit_tokens);
}

std::vector<JunkVerdict> ClassifyJunk(std::string_view text, const std::vector<SentenceUnit>& units,
                                      const std::vector<std::vector<Token>>& unit_tokens) {
  return junk::Classifier(text, units, unit_tokens).Run();
}

}  // namespace internal
}  // namespace precis
