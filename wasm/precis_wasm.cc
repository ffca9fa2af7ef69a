// The JavaScript face of the core (embind):
//   summarize(text, optionsJson) -> JSON envelope string (precis::SummarizeJson)
//   summarize(text, optionsJson, onProgress) -> the same; onProgress(stage,
//       fraction) is called as the work goes on (precis::ProgressCallback);
//       returning false from it cancels: the envelope's error is "cancelled"
//   version() -> "0.1.0"
//   missingLanguageData(text, optionsJson) -> "" or the language whose data
//       the text needs and this module lacks (precis::MissingLanguageData)
//   contract() -> JSON string (precis::ContractJson): the version, limits,
//       options with their types, ranges and defaults, error codes and
//       supported languages
//
// Strings cross the boundary as UTF-16 code units, exactly as JavaScript holds
// them, and are converted to UTF-8 here: a lone surrogate (possible in a JS
// string, impossible in UTF-8) becomes U+FFFD, one code unit for one, so the
// envelope's utf16Start/utf16End offsets index the caller's own string.
//
// Nothing here throws into JavaScript (an escaping C++ exception would arrive
// as a bare number): every problem is an {"ok":false} envelope.
#include <emscripten/bind.h>
#include <emscripten/emscripten.h>
#include <emscripten/val.h>

#include <cstddef>
#include <string>

#include "precis/precis.h"

// Calls the progress callback inside a JavaScript try/catch: 1 to go on, 0
// when it returned false, -1 when it threw. An exception must not unwind
// through WebAssembly frames: their destructors would not run and the
// strings and handles of the call would leak.
// clang-format off
EM_JS(int, precis_call_progress, (emscripten::EM_VAL callback, const char* stage, double fraction), {
  try {
    return Object.is(Emval.toValue(callback)(UTF8ToString(stage), fraction), false) ? 0 : 1;
  } catch (e) {
    return -1;
  }
});
// clang-format on

namespace {

using emscripten::val;

// UTF-16 code units to UTF-8; unpaired surrogates become U+FFFD.
std::string Utf16ToUtf8(const std::u16string& in) {
  std::string out;
  out.reserve(in.size() + in.size() / 2);
  for (std::size_t i = 0; i < in.size(); ++i) {
    char32_t cp = in[i];
    if (cp >= 0xD800 && cp <= 0xDBFF && i + 1 < in.size() && in[i + 1] >= 0xDC00 &&
        in[i + 1] <= 0xDFFF) {
      cp = 0x10000 + ((cp - 0xD800) << 10) + (in[i + 1] - 0xDC00);
      ++i;
    } else if (cp >= 0xD800 && cp <= 0xDFFF) {
      cp = 0xFFFD;
    }
    if (cp < 0x80) {
      out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
      out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
      out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
      out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
      out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
      out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
      out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
  }
  return out;
}

using precis::ErrorCode;
using precis::ErrorEnvelope;
using precis::Status;

std::string SummarizeWithProgress(const val& text, const val& options, const val& on_progress) {
  std::string options_json;
  if (options.isString()) {
    options_json = Utf16ToUtf8(options.as<std::u16string>());
  } else if (!options.isUndefined() && !options.isNull()) {
    return ErrorEnvelope(Status(ErrorCode::kInvalidOptions, "options must be a JSON string"));
  }
  if (!text.isString()) {
    // A bug in the caller, which the core cannot see.
    return ErrorEnvelope(Status(ErrorCode::kInvalidInput, "text must be a string"));
  }
  // Each UTF-16 code unit takes at least one UTF-8 byte, so a string with
  // more code units than the byte limit is refused without copying it in.
  const double units = text["length"].as<double>();
  if (units > static_cast<double>(precis::Limits::kMaxInputBytes)) {
    return ErrorEnvelope(Status(ErrorCode::kInputTooLarge,
                                "input is more than " +
                                    std::to_string(precis::Limits::kMaxInputBytes) + " bytes (" +
                                    std::to_string(static_cast<unsigned long long>(units)) +
                                    " UTF-16 code units); the limit is " +
                                    std::to_string(precis::Limits::kMaxInputBytes) + " bytes"));
  }
  if (!on_progress.isUndefined() && !on_progress.isNull() &&
      on_progress.typeOf().as<std::string>() != "function") {
    return ErrorEnvelope(Status(ErrorCode::kInvalidOptions, "onProgress must be a function"));
  }
  const std::string utf8 = Utf16ToUtf8(text.as<std::u16string>());
  if (on_progress.isUndefined() || on_progress.isNull()) {
    return precis::SummarizeJson(utf8, options_json);
  }
  bool threw = false;
  std::string envelope = precis::SummarizeJson(
      utf8, options_json, [&on_progress, &threw](const char* stage, double fraction) {
        const int answer = precis_call_progress(on_progress.as_handle(), stage, fraction);
        threw = answer < 0;
        return answer > 0;
      });
  if (threw) {
    return ErrorEnvelope(
        Status(ErrorCode::kCancelled,
               "the progress callback threw an exception; the summary was stopped"));
  }
  return envelope;
}

std::string Summarize(const val& text, const val& options) {
  return SummarizeWithProgress(text, options, val::undefined());
}

// summarize(text): default options.
std::string SummarizeDefault(const val& text) { return Summarize(text, val::undefined()); }

std::string Version() { return precis::Version(); }

// missingLanguageData(text, optionsJson): "" when this module summarizes the
// text as the module with every language would (precis::MissingLanguageData).
std::string MissingLanguageData(const val& text, const val& options) {
  if (!text.isString()) return "";
  const std::string options_json =
      options.isString() ? Utf16ToUtf8(options.as<std::u16string>()) : std::string();
  return precis::MissingLanguageData(Utf16ToUtf8(text.as<std::u16string>()), options_json);
}

}  // namespace

EMSCRIPTEN_BINDINGS(precis) {
  emscripten::function("summarize", &SummarizeWithProgress);
  emscripten::function("summarize", &Summarize);
  emscripten::function("summarize", &SummarizeDefault);
  emscripten::function("version", &Version);
  emscripten::function("contract", &precis::ContractJson);
  emscripten::function("missingLanguageData", &MissingLanguageData);
}
