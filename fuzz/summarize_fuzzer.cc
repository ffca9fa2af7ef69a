// libFuzzer target over the public JSON API. The first line of the input is
// the options JSON, the rest is the article text, so the fuzzer explores both
// (and corpus files stay readable). Besides the sanitizers, it checks the
// envelope's invariants: SummarizeJson returns one valid JSON object with
// "ok", an error code from the documented set, and spans inside the text.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "precis/precis.h"

namespace {

void Check(bool condition) {
  if (!condition) std::abort();
}

void CheckSpan(const nlohmann::json& item, std::size_t text_bytes) {
  const auto start = item.at("byteStart").get<std::size_t>();
  const auto end = item.at("byteEnd").get<std::size_t>();
  Check(start <= end && end <= text_bytes);
  Check(item.at("utf16Start").get<std::size_t>() <= item.at("utf16End").get<std::size_t>());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const std::size_t newline = input.find('\n');
  const std::string_view options =
      newline == std::string_view::npos ? input : input.substr(0, newline);
  const std::string_view text =
      newline == std::string_view::npos ? std::string_view() : input.substr(newline + 1);

  const std::string out = precis::SummarizeJson(text, options);
  const nlohmann::json j = nlohmann::json::parse(out, nullptr, false);
  Check(!j.is_discarded() && j.is_object() && j.contains("ok"));
  if (!j["ok"].get<bool>()) {
    const std::string code = j.at("error").at("code").get<std::string>();
    Check(code == "invalid_options" || code == "input_too_large" || code == "invalid_input");
    Check(!j.at("error").at("message").get<std::string>().empty());
    return 0;
  }
  for (const auto& s : j.at("summary")) CheckSpan(s, text.size());
  if (j.contains("sentences")) {
    for (const auto& s : j.at("sentences")) CheckSpan(s, text.size());
  }
  for (const auto& f : j.at("facts")) CheckSpan(f, text.size());
  for (const auto& r : j.at("removed")) CheckSpan(r, text.size());
  // The same input gives the same output (no hidden state, no uninitialized
  // reads that would make it vary).
  Check(precis::SummarizeJson(text, options) == out);
  return 0;
}
