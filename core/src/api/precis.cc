// The summarization pipeline: repair -> split -> drop junk -> tokenize ->
// rank -> select, plus keywords and key facts.
#include "precis/precis.h"

#include <algorithm>
#include <chrono>
#include <cmath>

#include "api/options.h"
#include "clean/junk_filter.h"
#include "digest/digest.h"
#include "facts/fact_groups.h"
#include "facts/key_facts.h"
#include "keywords/keywords.h"
#include "lang/language.h"
#include "lex/tokenizer.h"
#include "pipeline/document.h"
#include "pipeline/stage_times.h"
#include "rank/ranking.h"
#include "segment/sentence_splitter.h"
#include "text/unicode.h"

namespace precis {

namespace {

using internal::DocSentence;
using internal::Document;

// Converts positions of the repaired text to spans of the caller's input.
class SpanMapper {
 public:
  SpanMapper(std::string_view fixed, const std::vector<internal::Repair>& repairs)
      : repairs_(repairs), utf16_(fixed) {}

  // Calls must come in ascending order of `begin` for linear time.
  Span Map(std::size_t begin, std::size_t end) {
    Span s;
    s.byte_start = internal::RawOffset(repairs_, begin);
    s.byte_end = internal::RawOffset(repairs_, end);
    s.utf16_start = utf16_.At(begin);
    s.utf16_end = utf16_.At(end);
    return s;
  }

 private:
  const std::vector<internal::Repair>& repairs_;
  internal::Utf16Counter utf16_;
};

// Binary data (an image, a zip file, a PDF's raw bytes) pasted or dropped by
// mistake would otherwise be "summarized" into garbage. Text has almost no
// invalid UTF-8 and no control characters besides white space; more than one
// byte in ten of either (and at least eight such bytes, so that a short text
// with a couple of damaged characters is still read) means it is not text.
Status CheckLooksLikeText(std::string_view raw, const std::vector<internal::Repair>& repairs) {
  std::size_t bad = 0;
  for (const internal::Repair& r : repairs) bad += r.raw_len;
  for (const char c : raw) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (u < 0x20 && u != '\t' && u != '\n' && u != '\r' && u != '\f' && u != '\v') {
      ++bad;
    }
  }
  if (bad * 10 <= raw.size() || bad < 8) return Status::Ok();
  return Status(ErrorCode::kInvalidInput, "the input looks like binary data, not text (" +
                                              std::to_string(bad * 100 / raw.size()) +
                                              "% of its bytes are not valid UTF-8 text)");
}

// Key facts of a text that is not English: names, places and organizations
// are found through English titles, gazetteers and capitalisation (German
// capitalises every noun), so only the language-neutral kinds stay (money,
// percentages, quantities, dates in figures, quotes). Keeps the best
// `max_facts` bullets by sentence score, in document order.
std::vector<internal::FactBullet> LanguageNeutralFacts(std::vector<internal::FactBullet> bullets,
                                                       const std::vector<double>& scores,
                                                       std::size_t max_facts) {
  std::vector<internal::FactBullet> kept;
  for (internal::FactBullet& b : bullets) {
    b.kinds.erase(std::remove_if(b.kinds.begin(), b.kinds.end(),
                                 [](const std::string& k) {
                                   return k == "person" || k == "place" || k == "organization";
                                 }),
                  b.kinds.end());
    if (!b.kinds.empty()) kept.push_back(std::move(b));
  }
  if (kept.size() > max_facts) {
    std::vector<std::size_t> order(kept.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
      return scores[kept[a].sentence] > scores[kept[b].sentence];
    });
    order.resize(max_facts);
    std::sort(order.begin(), order.end());
    std::vector<internal::FactBullet> best;
    for (std::size_t i : order) best.push_back(std::move(kept[i]));
    kept = std::move(best);
  }
  return kept;
}

}  // namespace

Status Summarize(std::string_view text, const Options& options, Result* result) {
  return internal::SummarizeTimed(text, options, result, nullptr);
}

namespace internal {

namespace {

// Adds the time since the previous call to a StageTimes field.
class StageClock {
 public:
  explicit StageClock(StageTimes* times) : times_(times) {
    if (times_ != nullptr) {
      *times_ = StageTimes();
      last_ = std::chrono::steady_clock::now();
    }
  }
  void Add(double StageTimes::*field) {
    if (times_ == nullptr) return;
    const auto now = std::chrono::steady_clock::now();
    times_->*field += std::chrono::duration<double, std::milli>(now - last_).count();
    last_ = now;
  }

 private:
  StageTimes* times_;
  std::chrono::steady_clock::time_point last_;
};

// Reports progress to Options::progress. The stages' shares of the work are
// their times in the speed benchmark on 1 MB of news text (bench/speed):
// clean 1%, split 5%, junk 27%, tokenize 17%, rank 15%, select 3%,
// keywords 11%, facts 21%.
class Progress {
 public:
  enum Stage { kClean, kSplit, kJunk, kTokenize, kRank, kSelect, kKeywords, kFacts, kDone };

  explicit Progress(const ProgressCallback& callback) : callback_(callback) {}

  // Starts `stage`; false when the caller cancelled.
  bool Enter(Stage stage) {
    stage_ = stage;
    return Report(kStart[stage]);
  }
  // `part` (0..1) of the current stage is done. Calls the callback only when
  // the fraction has grown by 0.01 since the last call.
  bool Within(double part) {
    if (!callback_) return true;
    const double f = kStart[stage_] + (kStart[stage_ + 1] - kStart[stage_]) * part;
    if (f < last_ + 0.01) return true;
    return Report(f);
  }
  static Status Cancelled() { return Status(ErrorCode::kCancelled, "the summary was cancelled"); }

 private:
  bool Report(double fraction) {
    if (!callback_) return true;
    last_ = std::max(last_, fraction);
    return callback_(kNames[stage_], last_);
  }

  static constexpr const char* kNames[] = {"clean",  "split",    "junk",  "tokenize", "rank",
                                           "select", "keywords", "facts", "done"};
  static constexpr double kStart[] = {0.0, 0.01, 0.06, 0.33, 0.50, 0.65, 0.68, 0.79, 1.0, 1.0};
  const ProgressCallback& callback_;
  Stage stage_ = kClean;
  double last_ = 0;
};

}  // namespace

Status SummarizeTimed(std::string_view text, const Options& options, Result* result,
                      StageTimes* times) {
  *result = Result();
  StageClock clock(times);
  Progress progress(options.progress);
  if (Status s = ValidateOptions(options); !s.ok()) return s;
  if (text.size() > Limits::kMaxInputBytes) {
    return Status(ErrorCode::kInputTooLarge, "input is " + std::to_string(text.size()) +
                                                 " bytes; the limit is " +
                                                 std::to_string(Limits::kMaxInputBytes) + " bytes");
  }
  if (options.digest) return internal::SummarizeDigest(text, options, result);
  if (!progress.Enter(Progress::kClean)) return Progress::Cancelled();
  Result out;
  out.stats.input_bytes = text.size();

  std::string fixed;
  std::vector<internal::Repair> repairs;
  out.stats.repaired_sequences = internal::RepairUtf8(text, &fixed, &repairs);
  const std::string_view work(fixed);
  if (Status s = CheckLooksLikeText(text, repairs); !s.ok()) return s;
  clock.Add(&StageTimes::clean);
  if (!progress.Enter(Progress::kSplit)) return Progress::Cancelled();

  // The language, detected once on the repaired text unless the caller
  // chose it; it selects the splitter's rules, the stemmer and stopwords,
  // and whether the English-only stages (junk vocabulary, name and date
  // facts) run.
  if (options.language.empty() || options.language == "auto") {
    const internal::LanguageGuess guess = internal::DetectLanguage(work);
    out.language.code = guess.code;
    out.language.confidence = guess.confidence;
  } else {
    out.language.code = options.language;
    out.language.confidence = 1;
    out.language.detected = false;
  }
  const std::string& language = out.language.code;
  const bool english = language == "en" || language == "und";
  clock.Add(&StageTimes::clean);

  internal::SplitOptions split_options;
  split_options.max_unit_bytes = Limits::kMaxSentenceBytes;
  split_options.language = language;
  const std::vector<internal::SentenceUnit> units = internal::SplitSentences(work, split_options);
  clock.Add(&StageTimes::split);
  if (!progress.Enter(Progress::kJunk)) return Progress::Cancelled();
  std::vector<internal::JunkVerdict> verdicts;
  if (options.remove_junk && english) {
    // The junk rules read English vocabulary ("Subscribe", "You are here").
    verdicts = internal::ClassifyJunk(work, units);
  }
  verdicts.resize(units.size());
  clock.Add(&StageTimes::junk);
  if (!progress.Enter(Progress::kTokenize)) return Progress::Cancelled();

  // Build the document from the units that are kept; record what was not.
  Document doc;
  doc.text = work;
  internal::Tokenizer tokenizer(language);
  SpanMapper removed_spans(work, repairs);
  for (std::size_t u = 0; u < units.size(); ++u) {
    if (!progress.Within(static_cast<double>(u) / static_cast<double>(units.size()))) {
      return Progress::Cancelled();
    }
    const internal::SentenceUnit& unit = units[u];
    const internal::JunkVerdict& verdict = verdicts[u];
    if (verdict.junk) {
      Removed r;
      r.text = internal::CollapseSpace(work.substr(unit.begin, unit.end - unit.begin));
      r.reason = verdict.reason;
      r.span = removed_spans.Map(unit.begin, unit.end);
      out.removed.push_back(std::move(r));
      continue;
    }
    DocSentence s;
    s.begin = unit.begin;
    s.end = unit.end;
    if (verdict.strip_prefix > 0 && verdict.strip_prefix < unit.end - unit.begin) {
      s.begin = unit.begin + verdict.strip_prefix;
      while (s.begin < s.end) {
        char32_t cp;
        const int len = internal::DecodeAt(work, s.begin, &cp);
        if (!internal::IsSpace(cp)) break;
        s.begin += static_cast<std::size_t>(len);
      }
      Removed r;
      r.text = internal::CollapseSpace(work.substr(unit.begin, s.begin - unit.begin));
      r.reason = *verdict.reason != '\0' ? verdict.reason : "dateline";
      r.span = removed_spans.Map(unit.begin, s.begin);
      out.removed.push_back(std::move(r));
    }
    s.paragraph = unit.paragraph;
    s.line_unit = unit.line_unit;
    s.tokens = tokenizer.Tokenize(work, s.begin, s.end);
    for (const internal::Token& t : s.tokens) {
      if (t.kind != internal::TokenKind::kCjk) ++s.words;
    }
    if (s.words == 0) {
      // CJK text has no space-separated words: count characters pairs.
      s.words = s.tokens.size();
    }
    if (s.tokens.empty()) continue;  // punctuation or symbols only
    doc.sentences.push_back(std::move(s));
  }
  clock.Add(&StageTimes::tokenize);
  if (!progress.Enter(Progress::kRank)) return Progress::Cancelled();

  const internal::Ranking ranking = internal::RankSentences(doc);
  clock.Add(&StageTimes::rank);
  if (!progress.Enter(Progress::kSelect)) return Progress::Cancelled();
  out.stats.iterations = ranking.iterations;
  out.stats.converged = ranking.converged;
  out.stats.sentences = doc.sentences.size();
  for (const DocSentence& s : doc.sentences) out.stats.words += s.words;

  const std::vector<std::size_t> chosen =
      internal::SelectSentences(doc, ranking.scores, options.length_unit, options.length);

  SpanMapper sentence_spans(work, repairs);
  std::size_t next_chosen = 0;
  for (std::size_t i = 0; i < doc.sentences.size(); ++i) {
    const bool selected = next_chosen < chosen.size() && chosen[next_chosen] == i;
    if (!selected && !options.include_sentences) continue;
    const DocSentence& ds = doc.sentences[i];
    Sentence s;
    s.index = i;
    s.text = internal::CollapseSpace(ds.Text(work));
    s.score = ranking.scores[i];
    s.selected = selected;
    s.heading = ds.line_unit;
    s.span = sentence_spans.Map(ds.begin, ds.end);
    if (selected) {
      ++next_chosen;
      out.stats.summary_words += ds.words;
      out.summary.push_back(s);
    }
    if (options.include_sentences) out.sentences.push_back(std::move(s));
  }

  clock.Add(&StageTimes::select);
  if (!progress.Enter(Progress::kKeywords)) return Progress::Cancelled();

  if (options.max_keywords > 0) {
    for (internal::KeywordCandidate& k : internal::ExtractKeywords(doc, options.max_keywords)) {
      out.keywords.push_back({std::move(k.text), k.score, k.count});
    }
  }
  clock.Add(&StageTimes::keywords);
  if (!progress.Enter(Progress::kFacts)) return Progress::Cancelled();
  if (options.max_facts > 0) {
    SpanMapper fact_spans(work, repairs);
    std::vector<internal::FactBullet> bullets = internal::ExtractKeyFacts(
        doc, ranking.scores, english ? options.max_facts : options.max_facts * 3);
    if (!english) {
      bullets = LanguageNeutralFacts(std::move(bullets), ranking.scores,
                                     static_cast<std::size_t>(options.max_facts));
    }
    const std::vector<std::string> groups = internal::SubjectGroups(doc);
    for (internal::FactBullet& f : bullets) {
      const DocSentence& ds = doc.sentences[f.sentence];
      KeyFact fact;
      fact.text = std::move(f.text);
      fact.kinds = std::move(f.kinds);
      fact.group = groups[f.sentence];
      fact.sentence_index = f.sentence;
      fact.span = fact_spans.Map(ds.begin, ds.end);
      // Each span's words as the bullet reads them; a span the bullet's
      // tidying changed is left out rather than pointing at nothing.
      // A span is looked for after the previous one, then inside it (a
      // name inside a quote).
      std::size_t prev_begin = 0;
      std::size_t prev_end = 0;
      for (const internal::FactSpan& sp : f.spans) {
        std::string words = internal::CollapseSpace(doc.text.substr(sp.begin, sp.end - sp.begin));
        if (words.empty()) continue;
        std::size_t at = fact.text.find(words, prev_end);
        if (at == std::string::npos) at = fact.text.find(words, prev_begin);
        if (at == std::string::npos) continue;
        prev_begin = at;
        prev_end = at + words.size();
        TypedSpan typed{sp.kind, std::move(words), fact_spans.Map(sp.begin, sp.end), {}};
        if (sp.speaker_end > sp.speaker_begin) {
          typed.speaker = internal::CollapseSpace(
              doc.text.substr(sp.speaker_begin, sp.speaker_end - sp.speaker_begin));
        }
        fact.spans.push_back(std::move(typed));
      }
      out.facts.push_back(std::move(fact));
    }
  }
  clock.Add(&StageTimes::facts);
  if (!progress.Enter(Progress::kDone)) return Progress::Cancelled();
  *result = std::move(out);
  return Status::Ok();
}

}  // namespace internal
}  // namespace precis
