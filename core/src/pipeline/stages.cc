#include "pipeline/stages.h"

#include <algorithm>
#include <memory>
#include <utility>

#include "clean/furniture.h"
#include "facts/fact_groups.h"
#include "facts/key_facts.h"
#include "lang/language.h"
#include "lex/tokenizer.h"

namespace precis {
namespace internal {

void RepairText(std::string_view raw, RepairedInput* input) {
  input->raw = raw;
  input->text.clear();
  input->repairs.clear();
  input->repaired_sequences = RepairUtf8(raw, &input->text, &input->repairs);
}

Status CleanText(std::string_view raw, RepairedInput* input) {
  RepairText(raw, input);
  return CheckLooksLikeText(*input, 0, input->text.size());
}

Status CheckLooksLikeText(const RepairedInput& input, std::size_t begin, std::size_t end) {
  const std::size_t raw_begin = RawOffset(input.repairs, begin);
  const std::string_view raw =
      input.raw.substr(raw_begin, RawOffset(input.repairs, end) - raw_begin);
  std::size_t bad = 0;
  for (const Repair& r : input.repairs) {
    if (r.fixed_pos >= begin && r.fixed_pos < end) bad += r.raw_len;
  }
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

Analysis StartAnalysis(const RepairedInput& input, std::size_t begin, std::size_t end) {
  Analysis a;
  a.text = std::string_view(input.text).substr(begin, end - begin);
  a.offset = begin;
  a.doc.text = a.text;
  return a;
}

void ChooseLanguage(const std::string& requested, Analysis* a) {
  if (requested.empty() || requested == "auto") {
    const LanguageGuess guess = DetectLanguage(a->text);
    a->language.code = guess.code;
    a->language.confidence = guess.confidence;
    a->language.detected = true;
  } else {
    a->language.code = requested;
    a->language.confidence = 1;
    a->language.detected = false;
  }
  a->doc.english = a->language.code == "en" || a->language.code == "und";
}

void SplitUnits(Analysis* a) {
  SplitOptions split_options;
  split_options.max_unit_bytes = Limits::kMaxSentenceBytes;
  split_options.language = a->language.code;
  a->units = SplitOffFurniture(a->text, SplitSentences(a->text, split_options));
}

void TokenizeUnits(Analysis* a) {
  Tokenizer tokenizer(a->language.code);
  a->unit_tokens.assign(a->units.size(), {});
  for (std::size_t u = 0; u < a->units.size(); ++u) {
    const SentenceUnit& unit = a->units[u];
    a->unit_tokens[u] = tokenizer.Tokenize(a->text.substr(unit.begin, unit.end - unit.begin));
  }
}

void FilterJunk(bool remove_junk, Analysis* a) {
  if (a->unit_tokens.size() != a->units.size()) TokenizeUnits(a);
  a->verdicts.clear();
  if (remove_junk && a->doc.english) a->verdicts = ClassifyJunk(a->text, a->units, a->unit_tokens);
  a->verdicts.resize(a->units.size());
}

namespace {

// The tokens of text[begin, unit.end) for the document: the unit's own
// tokens moved out of `unit_tokens` (offsets made relative to `text`) when
// they cover the same range, else tokenized again. The tokenizer looks one
// character past a dotted initialism ("U.S"), so a unit followed by a
// letter is tokenized again too.
std::vector<Token> SentenceTokens(std::string_view text, const SentenceUnit& unit,
                                  std::size_t begin, std::vector<Token>* unit_tokens,
                                  std::string_view language,
                                  std::unique_ptr<Tokenizer>* tokenizer) {
  char32_t next = 0;
  const bool letter_after = DecodeAt(text, unit.end, &next) > 0 && IsLetter(next);
  if (begin != unit.begin || letter_after) {
    // Made on first use: most documents need none.
    if (*tokenizer == nullptr) *tokenizer = std::make_unique<Tokenizer>(language);
    return (*tokenizer)->Tokenize(text, begin, unit.end);
  }
  std::vector<Token> tokens = std::move(*unit_tokens);
  for (Token& t : tokens) {
    t.begin += unit.begin;
    t.end += unit.begin;
  }
  return tokens;
}

// Start of the kept part of a unit whose first `strip` bytes are junk, past
// the white space after them.
std::size_t AfterPrefix(std::string_view text, const SentenceUnit& unit, std::size_t strip) {
  std::size_t begin = unit.begin + strip;
  while (begin < unit.end) {
    char32_t cp;
    const int len = DecodeAt(text, begin, &cp);
    if (!IsSpace(cp)) break;
    begin += static_cast<std::size_t>(len);
  }
  return begin;
}

// Words of a sentence: each word or number, and each character of a script
// written without spaces (Han, kana, Thai, ...), whose bigram tokens
// overlap by one character.
std::size_t CountWords(std::string_view text, const std::vector<Token>& tokens) {
  std::size_t words = 0;
  std::size_t cjk_end = 0;
  for (const Token& t : tokens) {
    if (t.kind != TokenKind::kCjk) {
      ++words;
      continue;
    }
    for (std::size_t p = std::max(t.begin, cjk_end); p < t.end;) {
      char32_t cp;
      const int len = DecodeAt(text, p, &cp);
      if (len == 0) break;
      if (!IsMark(cp)) ++words;
      p += static_cast<std::size_t>(len);
    }
    cjk_end = t.end;
  }
  return words;
}

}  // namespace

bool BuildDocument(Analysis* a, Progress* progress) {
  const std::string_view text = a->text;
  a->doc.text = text;
  a->doc.sentences.clear();
  a->removed.clear();
  if (a->unit_tokens.size() != a->units.size()) TokenizeUnits(a);
  std::unique_ptr<Tokenizer> tokenizer;
  const std::size_t n = a->units.size();
  for (std::size_t u = 0; u < n; ++u) {
    if (progress != nullptr && !progress->Within(static_cast<double>(u) / static_cast<double>(n))) {
      return false;
    }
    const SentenceUnit& unit = a->units[u];
    const JunkVerdict& verdict = a->verdicts[u];
    if (verdict.junk) {
      a->removed.push_back({unit.begin, unit.end, verdict.reason});
      continue;
    }
    DocSentence s;
    s.begin = unit.begin;
    s.end = unit.end;
    if (verdict.strip_prefix > 0 && verdict.strip_prefix < unit.end - unit.begin) {
      s.begin = AfterPrefix(text, unit, verdict.strip_prefix);
      a->removed.push_back(
          {unit.begin, s.begin, *verdict.reason != '\0' ? verdict.reason : "dateline"});
    }
    s.paragraph = unit.paragraph;
    s.line_unit = unit.line_unit;
    s.tokens =
        SentenceTokens(text, unit, s.begin, &a->unit_tokens[u], a->language.code, &tokenizer);
    s.words = CountWords(text, s.tokens);
    if (s.tokens.empty()) continue;  // punctuation or symbols only
    a->doc.sentences.push_back(std::move(s));
  }
  return true;
}

void Rank(Analysis* a) { a->ranking = RankSentences(a->doc); }

void Select(LengthUnit unit, double length, Analysis* a) {
  a->chosen = SelectSentences(a->doc, a->ranking.scores, unit, length);
}

void FindKeywords(int max_keywords, Analysis* a) {
  a->keywords.clear();
  if (max_keywords > 0) a->keywords = ExtractKeywords(a->doc, max_keywords);
}

void FindKeyFacts(int max_facts, Analysis* a, bool beside_summary) {
  a->facts.clear();
  a->fact_groups.clear();
  if (max_facts <= 0) return;
  a->facts = ExtractKeyFacts(a->doc, a->ranking.scores, max_facts,
                             beside_summary ? a->chosen : std::vector<std::size_t>());
  a->fact_groups = SubjectGroups(a->doc);
}

Status AnalyzeText(const RepairedInput& input, std::size_t begin, std::size_t end,
                   const Options& options, Progress* progress, StageClock* clock, Analysis* a,
                   bool digest_part) {
  StageClock no_clock(nullptr);
  if (clock == nullptr) clock = &no_clock;
  *a = StartAnalysis(input, begin, end);
  if (Status s = CheckLooksLikeText(input, begin, end); !s.ok()) return s;
  clock->Add(&StageTimes::clean);
  if (!progress->Enter(Progress::kSplit)) return Progress::Cancelled();
  ChooseLanguage(options.language, a);
  clock->Add(&StageTimes::clean);
  SplitUnits(a);
  clock->Add(&StageTimes::split);
  if (!progress->Enter(Progress::kJunk)) return Progress::Cancelled();
  TokenizeUnits(a);
  clock->Add(&StageTimes::tokenize);
  FilterJunk(options.remove_junk, a);
  clock->Add(&StageTimes::junk);
  if (!progress->Enter(Progress::kTokenize)) return Progress::Cancelled();
  if (!BuildDocument(a, progress)) return Progress::Cancelled();
  clock->Add(&StageTimes::tokenize);
  if (!progress->Enter(Progress::kRank)) return Progress::Cancelled();
  Rank(a);
  clock->Add(&StageTimes::rank);
  if (!progress->Enter(Progress::kSelect)) return Progress::Cancelled();
  Select(options.length_unit, options.length, a);
  clock->Add(&StageTimes::select);
  if (!progress->Enter(Progress::kKeywords)) return Progress::Cancelled();
  FindKeywords(options.max_keywords, a);
  clock->Add(&StageTimes::keywords);
  if (!progress->Enter(Progress::kFacts)) return Progress::Cancelled();
  FindKeyFacts(options.max_facts, a, !digest_part && !options.facts_alone);
  clock->Add(&StageTimes::facts);
  if (!progress->Enter(Progress::kDone)) return Progress::Cancelled();
  return Status::Ok();
}

}  // namespace internal
}  // namespace precis
