// The contract of the core: option checks and their messages, error code
// names, the version, the supported languages, and ContractJson(), which
// describes all of them (and the limits) for other languages' callers.
#include "api/options.h"

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <string_view>

#include "lang/language.h"

namespace precis {

const char* ErrorCodeName(ErrorCode code) {
  switch (code) {
    case ErrorCode::kOk:
      return "ok";
    case ErrorCode::kInvalidOptions:
      return "invalid_options";
    case ErrorCode::kInputTooLarge:
      return "input_too_large";
    case ErrorCode::kInternal:
      return "internal";
    case ErrorCode::kInvalidInput:
      return "invalid_input";
    case ErrorCode::kCancelled:
      return "cancelled";
  }
  return "internal";
}

const char* Version() { return PRECIS_VERSION; }

std::vector<std::string> SupportedLanguages() { return internal::KnownLanguages(); }

namespace internal {
namespace {

Status Invalid(const std::string& message) { return Status(ErrorCode::kInvalidOptions, message); }

// 1000000000 rather than 1e+09: the bounds are printed as written.
std::string FormatBound(double v) {
  char buf[32];
  if (std::floor(v) == v) {
    std::snprintf(buf, sizeof buf, "%.0f", v);
  } else {
    std::snprintf(buf, sizeof buf, "%g", v);
  }
  return buf;
}

}  // namespace

const OptionSpec* FindOption(std::string_view name) {
  for (const OptionSpec* spec : kOptionSpecs) {
    if (name == spec->name) return spec;
  }
  return nullptr;
}

Status UnknownOption(std::string_view name) {
  return Invalid("unknown option \"" + std::string(name) + "\"");
}

Status OptionTypeError(const OptionSpec& spec) {
  const std::string name = spec.name;
  switch (spec.type) {
    case OptionType::kInteger:
      return Invalid(name + " must be a whole number from " + FormatBound(spec.min) + " to " +
                     FormatBound(spec.max));
    case OptionType::kNumber:
      return Invalid(name + " must be a number " +
                     (spec.min_exclusive ? "greater than " : "at least ") + FormatBound(spec.min) +
                     " and at most " + FormatBound(spec.max));
    case OptionType::kBoolean:
      return Invalid(name + " must be true or false");
    case OptionType::kLanguage:
      return Invalid(name + " must be \"auto\" or a language code such as \"fr\"");
    case OptionType::kIndexes:
      return Invalid(name + " must be a list of whole numbers from " + FormatBound(spec.min) +
                     " to " + FormatBound(spec.max));
  }
  return Invalid(name + " has an unknown type");
}

Status CheckNumber(const OptionSpec& spec, double value) {
  const bool above_min = spec.min_exclusive ? value > spec.min : value >= spec.min;
  const bool in_range = std::isfinite(value) && above_min && value <= spec.max;
  const bool whole = (spec.type != OptionType::kInteger && spec.type != OptionType::kIndexes) ||
                     std::floor(value) == value;
  return in_range && whole ? Status::Ok() : OptionTypeError(spec);
}

Status CheckLanguage(const std::string& code) {
  if (code.empty() || code == "auto" || IsKnownLanguage(code)) return Status::Ok();
  return Invalid("language \"" + code.substr(0, 20) +
                 "\" is not supported: use \"auto\" or an ISO 639 code such as \"fr\"");
}

Status TooManyLengths() {
  std::string names;
  std::size_t count = 0;
  for (const OptionSpec* spec : kOptionSpecs) count += spec->length ? 1 : 0;
  std::size_t i = 0;
  for (const OptionSpec* spec : kOptionSpecs) {
    if (!spec->length) continue;
    names += i == 0 ? "" : (i + 1 == count ? " and " : ", ");
    names += spec->name;
    ++i;
  }
  return Invalid("give at most one of " + names);
}

Status ValidateOptions(const Options& o) {
  switch (o.length_unit) {
    case LengthUnit::kAuto:
      break;
    case LengthUnit::kSentences:
      if (Status s = CheckNumber(kSentencesOption, o.length); !s.ok()) return s;
      break;
    case LengthUnit::kRatio:
      if (Status s = CheckNumber(kRatioOption, o.length); !s.ok()) return s;
      break;
    case LengthUnit::kWords:
      if (Status s = CheckNumber(kWordsOption, o.length); !s.ok()) return s;
      break;
  }
  if (Status s = CheckNumber(kKeywordsOption, o.max_keywords); !s.ok()) return s;
  if (Status s = CheckNumber(kFactsOption, o.max_facts); !s.ok()) return s;
  for (std::size_t i : o.include_articles) {
    if (i > kIncludeArticlesOption.max) return OptionTypeError(kIncludeArticlesOption);
  }
  return CheckLanguage(o.language);
}

}  // namespace internal

namespace {

using json = nlohmann::ordered_json;

// A bound as written: 1000000000 and 0 rather than 1e9 and 0.0.
json Bound(double v) {
  if (std::floor(v) == v) return static_cast<std::int64_t>(v);
  return v;
}

}  // namespace

std::string ContractJson() {
  using internal::OptionSpec;
  using internal::OptionType;
  const Options defaults;
  // The default of each option as JSON; the length options have none
  // (without them the length is automatic).
  auto default_of = [&defaults](const OptionSpec& spec) -> json {
    if (&spec == &internal::kKeywordsOption) return defaults.max_keywords;
    if (&spec == &internal::kFactsOption) return defaults.max_facts;
    if (&spec == &internal::kFactsAloneOption) return defaults.facts_alone;
    if (&spec == &internal::kRemoveJunkOption) return defaults.remove_junk;
    if (&spec == &internal::kIncludeSentencesOption) return defaults.include_sentences;
    if (&spec == &internal::kDigestOption) return defaults.digest;
    if (&spec == &internal::kIncludeArticlesOption) return json::array();
    if (&spec == &internal::kLanguageOption) {
      return defaults.language.empty() ? "auto" : defaults.language;
    }
    return nullptr;
  };
  json options = json::object();
  for (const OptionSpec* spec : internal::kOptionSpecs) {
    json o = json::object();
    switch (spec->type) {
      case OptionType::kInteger:
      case OptionType::kNumber:
        o["type"] = spec->type == OptionType::kInteger ? "integer" : "number";
        o["min"] = Bound(spec->min);
        if (spec->min_exclusive) o["minExclusive"] = true;
        o["max"] = Bound(spec->max);
        break;
      case OptionType::kBoolean:
        o["type"] = "boolean";
        break;
      case OptionType::kLanguage:
        o["type"] = "language";
        break;
      case OptionType::kIndexes:
        o["type"] = "indexes";
        o["min"] = Bound(spec->min);
        o["max"] = Bound(spec->max);
        break;
    }
    if (spec->length) o["group"] = "length";
    o["default"] = default_of(*spec);
    options[spec->name] = std::move(o);
  }
  json codes = json::array();
  for (ErrorCode code : {ErrorCode::kOk, ErrorCode::kInvalidOptions, ErrorCode::kInputTooLarge,
                         ErrorCode::kInternal, ErrorCode::kInvalidInput, ErrorCode::kCancelled}) {
    codes.push_back(ErrorCodeName(code));
  }
  json j = json::object();
  j["version"] = Version();
  j["limits"] = {{"maxInputBytes", Limits::kMaxInputBytes},
                 {"maxSentenceBytes", Limits::kMaxSentenceBytes},
                 {"maxDigestArticles", Limits::kMaxDigestArticles},
                 {"maxOptionsBytes", Limits::kMaxOptionsBytes},
                 {"maxOptionsDepth", Limits::kMaxOptionsDepth}};
  j["options"] = std::move(options);
  j["errorCodes"] = std::move(codes);
  j["languages"] = SupportedLanguages();
  return j.dump();
}

}  // namespace precis
