#include "pipeline/result.h"

#include <string>
#include <utility>

#include "rank/headline.h"
#include "text/unicode.h"

namespace precis {
namespace internal {

std::size_t SpanMapper::Utf16At(std::size_t pos) {
  if (pos < byte_ && pos >= origin_ && from_origin_) {
    // Back from the last position (UTF-16 units are counted per byte, so
    // the counts of two adjacent ranges add up).
    units_ -= Utf16Length(input_.text, pos, byte_);
    byte_ = pos;
    return units_;
  }
  if (pos < byte_) {
    Reset();
    if (pos < byte_) {
      byte_ = 0;
      units_ = 0;
      from_origin_ = false;
    }
  }
  units_ += Utf16Length(input_.text, byte_, pos);
  byte_ = pos;
  return units_;
}

Span SpanMapper::Map(std::size_t begin, std::size_t end) {
  Span s;
  s.byte_start = RawOffset(input_.repairs, begin);
  s.byte_end = RawOffset(input_.repairs, end);
  s.utf16_start = Utf16At(begin);
  s.utf16_end = Utf16At(end);
  return s;
}

namespace {

void ReportRemoved(const Analysis& a, SpanMapper* spans, Result* out) {
  for (const RemovedPart& part : a.removed) {
    Removed r;
    r.text = CollapseSpace(a.text.substr(part.begin, part.end - part.begin));
    r.reason = part.reason;
    r.span = spans->Map(a.offset + part.begin, a.offset + part.end);
    out->removed.push_back(std::move(r));
  }
}

void ReportSentences(const Analysis& a, bool include_sentences, SpanMapper* spans, Result* out) {
  const Document& doc = a.doc;
  std::size_t next_chosen = 0;
  for (std::size_t i = 0; i < doc.sentences.size(); ++i) {
    const bool selected = next_chosen < a.chosen.size() && a.chosen[next_chosen] == i;
    if (!selected && !include_sentences) continue;
    const DocSentence& ds = doc.sentences[i];
    Sentence s;
    s.index = i;
    s.text = CollapseSpace(ds.Text(doc.text));
    s.score = a.ranking.scores[i];
    s.selected = selected;
    s.heading = ds.line_unit;
    s.span = spans->Map(a.offset + ds.begin, a.offset + ds.end);
    if (selected) {
      ++next_chosen;
      out->stats.summary_words += ds.words;
      out->summary.push_back(s);
    }
    if (include_sentences) out->sentences.push_back(std::move(s));
  }
}

// The typed spans of a bullet, each with its words as the bullet reads
// them; a span the bullet's tidying changed is left out rather than
// pointing at nothing. A span is looked for after the previous one, then
// inside it (a name inside a quote).
void ReportFactSpans(const Analysis& a, const FactBullet& f, SpanMapper* spans, KeyFact* fact) {
  const std::string_view text = a.doc.text;
  std::size_t prev_begin = 0;
  std::size_t prev_end = 0;
  for (const FactSpan& sp : f.spans) {
    std::string words = CollapseSpace(text.substr(sp.begin, sp.end - sp.begin));
    if (words.empty()) continue;
    std::size_t at = fact->text.find(words, prev_end);
    if (at == std::string::npos) at = fact->text.find(words, prev_begin);
    if (at == std::string::npos) continue;
    prev_begin = at;
    prev_end = at + words.size();
    TypedSpan typed;
    typed.kind = sp.kind;
    typed.span = spans->Map(a.offset + sp.begin, a.offset + sp.end);
    typed.in_text.byte_start = at;
    typed.in_text.byte_end = prev_end;
    typed.in_text.utf16_start = Utf16Length(fact->text, 0, at);
    typed.in_text.utf16_end = typed.in_text.utf16_start + Utf16Length(fact->text, at, prev_end);
    typed.text = std::move(words);
    if (sp.speaker_end > sp.speaker_begin) {
      typed.speaker =
          CollapseSpace(text.substr(sp.speaker_begin, sp.speaker_end - sp.speaker_begin));
    }
    fact->spans.push_back(std::move(typed));
  }
}

void ReportFacts(const Analysis& a, SpanMapper* spans, Result* out) {
  for (const FactBullet& f : a.facts) {
    const DocSentence& ds = a.doc.sentences[f.sentence];
    KeyFact fact;
    fact.text = f.text;
    fact.kinds = f.kinds;
    fact.group = a.fact_groups[f.sentence];
    fact.sentence_index = f.sentence;
    fact.span = spans->Map(a.offset + ds.begin, a.offset + ds.end);
    ReportFactSpans(a, f, spans, &fact);
    out->facts.push_back(std::move(fact));
  }
}

}  // namespace

void BuildResult(const Analysis& a, const RepairedInput& input, const Options& options,
                 std::size_t utf16_offset, Result* out) {
  out->language = a.language;
  {
    SpanMapper spans(input, a.offset, utf16_offset);
    ReportRemoved(a, &spans, out);
  }
  out->stats.iterations = a.ranking.iterations;
  out->stats.converged = a.ranking.converged;
  out->stats.sentences = a.doc.sentences.size();
  for (const DocSentence& s : a.doc.sentences) out->stats.words += s.words;
  {
    SpanMapper spans(input, a.offset, utf16_offset);
    ReportSentences(a, options.include_sentences, &spans, out);
  }
  out->headline = Headline(a.doc, a.ranking.scores);
  for (const KeywordCandidate& k : a.keywords) out->keywords.push_back({k.text, k.score, k.count});
  SpanMapper spans(input, a.offset, utf16_offset);
  ReportFacts(a, &spans, out);
}

}  // namespace internal
}  // namespace precis
