// The JSON adaptor over Summarize(): options in, envelope out. Uses only the
// non-throwing parts of nlohmann/json (parse without exceptions, typed checks
// before every get, dump with invalid UTF-8 replaced).
#include <cmath>
#include <nlohmann/json.hpp>

#include "api/options.h"
#include "precis/precis.h"

namespace precis {
namespace {

// ordered_json keeps keys in the order written: "ok" first, stable output.
using json = nlohmann::ordered_json;

Status Invalid(const std::string& message) { return Status(ErrorCode::kInvalidOptions, message); }

// Reads the value of one option into `options`.
Status ReadOption(const internal::OptionSpec& spec, const json& v, Options* options) {
  using internal::OptionType;
  switch (spec.type) {
    case OptionType::kInteger:
    case OptionType::kNumber:
      if (!v.is_number()) return internal::OptionTypeError(spec);
      if (Status s = internal::CheckNumber(spec, v.get<double>()); !s.ok()) return s;
      break;
    case OptionType::kBoolean:
      if (!v.is_boolean()) return internal::OptionTypeError(spec);
      break;
    case OptionType::kLanguage:
      if (!v.is_string() || v.get<std::string>().empty()) return internal::OptionTypeError(spec);
      break;
    case OptionType::kIndexes:
      if (!v.is_array() || v.size() > Limits::kMaxDigestArticles) {
        return internal::OptionTypeError(spec);
      }
      for (const json& e : v) {
        if (!e.is_number() || !internal::CheckNumber(spec, e.get<double>()).ok()) {
          return internal::OptionTypeError(spec);
        }
      }
      break;
  }
  if (&spec == &internal::kSentencesOption) {
    options->length_unit = LengthUnit::kSentences;
  } else if (&spec == &internal::kRatioOption) {
    options->length_unit = LengthUnit::kRatio;
  } else if (&spec == &internal::kWordsOption) {
    options->length_unit = LengthUnit::kWords;
  } else if (&spec == &internal::kKeywordsOption) {
    options->max_keywords = v.get<int>();
  } else if (&spec == &internal::kFactsOption) {
    options->max_facts = v.get<int>();
  } else if (&spec == &internal::kFactsAloneOption) {
    options->facts_alone = v.get<bool>();
  } else if (&spec == &internal::kRemoveJunkOption) {
    options->remove_junk = v.get<bool>();
  } else if (&spec == &internal::kIncludeSentencesOption) {
    options->include_sentences = v.get<bool>();
  } else if (&spec == &internal::kDigestOption) {
    options->digest = v.get<bool>();
  } else if (&spec == &internal::kIncludeArticlesOption) {
    options->include_articles.clear();
    for (const json& e : v) options->include_articles.push_back(e.get<std::size_t>());
  } else if (&spec == &internal::kLanguageOption) {
    options->language = v.get<std::string>();
    if (options->language == "auto") options->language.clear();
  }
  if (spec.length) options->length = v.get<double>();
  return Status::Ok();
}

// Scores are rounded so that the envelope is byte-identical across
// platforms whose floating point differs in the last bits.
double Round6(double x) { return std::round(x * 1e6) / 1e6; }

json SpanJson(const Span& s, json j) {
  j["byteStart"] = s.byte_start;
  j["byteEnd"] = s.byte_end;
  j["utf16Start"] = s.utf16_start;
  j["utf16End"] = s.utf16_end;
  return j;
}

json SentenceJson(const Sentence& s, bool digest) {
  json j = json::object();
  if (digest) j["article"] = s.article;
  j["index"] = s.index;
  j["text"] = s.text;
  j["score"] = Round6(s.score);
  j["heading"] = s.heading;
  if (!s.selected) j["selected"] = false;
  return SpanJson(s.span, std::move(j));
}

json ErrorJson(const Status& status) {
  json j = json::object();
  j["ok"] = false;
  j["version"] = Version();
  j["error"] = {{"code", ErrorCodeName(status.code())}, {"message", status.message()}};
  return j;
}

std::string Dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

}  // namespace

namespace {

// Refuses options text that is too large, nested too deep or holds a NUL
// byte, before it is parsed. Sets *blank when it is only white space.
Status ScreenOptionsJson(std::string_view options_json, bool* blank) {
  if (options_json.size() > Limits::kMaxOptionsBytes) {
    return Invalid("options are " + std::to_string(options_json.size()) + " bytes; the limit is " +
                   std::to_string(Limits::kMaxOptionsBytes));
  }
  *blank = true;
  std::size_t depth = 0;
  bool in_string = false;
  bool escaped = false;
  for (char c : options_json) {
    if (c == '\0') return Invalid("options hold a NUL byte");
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') *blank = false;
    if (in_string) {
      if (escaped) {
        escaped = false;
      } else if (c == '\\') {
        escaped = true;
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
    } else if (c == '{' || c == '[') {
      if (++depth > Limits::kMaxOptionsDepth) {
        return Invalid("options are nested more than " + std::to_string(Limits::kMaxOptionsDepth) +
                       " levels deep");
      }
    } else if ((c == '}' || c == ']') && depth > 0) {
      --depth;
    }
  }
  return Status::Ok();
}

}  // namespace

Status ParseOptionsJson(std::string_view options_json, Options* options) {
  *options = Options();
  bool blank = true;
  if (Status s = ScreenOptionsJson(options_json, &blank); !s.ok()) return s;
  if (blank) return Status::Ok();
  const json j = json::parse(options_json.begin(), options_json.end(), nullptr,
                             /*allow_exceptions=*/false);
  if (j.is_discarded()) return Invalid("options are not valid JSON");
  if (!j.is_object()) return Invalid("options must be a JSON object");

  int length_keys = 0;
  for (auto it = j.begin(); it != j.end(); ++it) {
    const internal::OptionSpec* spec = internal::FindOption(it.key());
    if (spec == nullptr) return internal::UnknownOption(it.key());
    if (Status s = ReadOption(*spec, it.value(), options); !s.ok()) return s;
    if (spec->length) ++length_keys;
  }
  if (length_keys > 1) return internal::TooManyLengths();
  return Status::Ok();
}

std::string ErrorEnvelope(const Status& status) {
  try {
    return Dump(ErrorJson(status));
  } catch (const std::exception&) {
    // Only reachable on allocation failure in builds with exceptions.
    return "{\"ok\":false}";
  }
}

std::string SummarizeJson(std::string_view text, std::string_view options_json) {
  return SummarizeJson(text, options_json, ProgressCallback());
}

std::string SummarizeJson(std::string_view text, std::string_view options_json,
                          const ProgressCallback& progress) {
  try {
    Options options;
    if (Status s = ParseOptionsJson(options_json, &options); !s.ok()) return ErrorEnvelope(s);
    options.progress = progress;
    return SummarizeJson(text, options);
  } catch (const std::exception& e) {
    // Only reachable on allocation failure in builds with exceptions.
    return ErrorEnvelope(Status(ErrorCode::kInternal, e.what()));
  }
}

std::string SummarizeJson(std::string_view text, const Options& options) {
  try {
    Result r;
    if (Status s = Summarize(text, options, &r); !s.ok()) return ErrorEnvelope(s);
    json j = json::object();
    j["ok"] = true;
    j["version"] = Version();
    json summary = json::array();
    const bool digest = options.digest;
    for (const Sentence& s : r.summary) summary.push_back(SentenceJson(s, digest));
    j["summary"] = std::move(summary);
    j["headline"] = r.headline;
    json keywords = json::array();
    for (const Keyword& k : r.keywords) {
      keywords.push_back({{"text", k.text}, {"score", Round6(k.score)}, {"count", k.count}});
    }
    j["keywords"] = std::move(keywords);
    json facts = json::array();
    for (const KeyFact& f : r.facts) {
      json spans = json::array();
      for (const TypedSpan& sp : f.spans) {
        json sj = {{"kind", FactKindName(sp.kind)}, {"text", sp.text}};
        if (sp.kind == FactKind::kQuote) sj["speaker"] = sp.speaker;
        sj["inText"] = SpanJson(sp.in_text, json::object());
        spans.push_back(SpanJson(sp.span, std::move(sj)));
      }
      json kinds = json::array();
      for (const FactKind k : f.kinds) kinds.push_back(FactKindName(k));
      json fj = {{"text", f.text},
                 {"kinds", std::move(kinds)},
                 {"spans", std::move(spans)},
                 {"group", f.group},
                 {"sentenceIndex", f.sentence_index}};
      if (digest) {
        fj["article"] = f.article;
        fj["support"] = f.articles.size();
        fj["articles"] = f.articles;
        fj["singleSource"] = f.articles.size() == 1;
      }
      facts.push_back(SpanJson(f.span, std::move(fj)));
    }
    j["facts"] = std::move(facts);
    json removed = json::array();
    for (const Removed& rm : r.removed) {
      removed.push_back(SpanJson(rm.span, {{"text", rm.text}, {"reason", rm.reason}}));
    }
    j["removed"] = std::move(removed);
    if (options.include_sentences) {
      json all = json::array();
      for (const Sentence& s : r.sentences) all.push_back(SentenceJson(s, digest));
      j["sentences"] = std::move(all);
    }
    j["language"] = {{"code", r.language.code},
                     {"confidence", std::round(r.language.confidence * 100) / 100},
                     {"source", r.language.detected ? "detected" : "user"}};
    if (digest) {
      json articles = json::array();
      for (const Article& a : r.articles) {
        json aj = {{"index", a.index}, {"title", a.title}};
        aj = SpanJson(a.span, std::move(aj));
        aj["sentences"] = a.sentences;
        aj["words"] = a.words;
        aj["dates"] = a.dates;
        aj["sameEvent"] = a.same_event;
        aj["reason"] = a.reason;
        articles.push_back(std::move(aj));
      }
      j["articles"] = std::move(articles);
    }
    j["stats"] = {
        {"inputBytes", r.stats.input_bytes},     {"repairedSequences", r.stats.repaired_sequences},
        {"sentences", r.stats.sentences},        {"words", r.stats.words},
        {"summaryWords", r.stats.summary_words}, {"iterations", r.stats.iterations},
        {"converged", r.stats.converged}};
    if (digest) j["stats"]["articlesOmitted"] = r.stats.articles_omitted;
    return Dump(j);
  } catch (const std::exception& e) {
    // Only reachable on allocation failure in builds with exceptions.
    return ErrorEnvelope(Status(ErrorCode::kInternal, e.what()));
  }
}

}  // namespace precis
