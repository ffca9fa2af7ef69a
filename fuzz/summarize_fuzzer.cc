// libFuzzer target over the public JSON API. The first line of the input is
// the options JSON, the rest is the article text, so the fuzzer explores both
// (and corpus files stay readable). Besides the sanitizers, it checks the
// envelope's invariants: SummarizeJson returns one valid JSON object with
// "ok", an error code from the documented set, spans inside the text, byte
// and UTF-16 offsets that agree (for valid UTF-8 text: the UTF-16 offset is
// the length in UTF-16 units of the text before the byte offset), and typed
// fact spans whose offsets in the bullet cut the span's own text.
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

// The number of UTF-16 units of valid UTF-8 bytes: one per sequence, two
// for a four-byte one.
std::size_t Utf16Units(std::string_view s) {
  std::size_t units = 0;
  for (unsigned char c : s) {
    if ((c & 0xC0) != 0x80) ++units;  // a lead byte
    if (c >= 0xF0) ++units;           // a surrogate pair
  }
  return units;
}

// Whether `s` is well-formed UTF-8 (no overlongs, surrogates or values over
// U+10FFFF). Written here rather than taken from the core, so that the
// check does not share a mistake with the code it checks.
bool ValidUtf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    std::size_t n = 0;
    unsigned char lo = 0x80;
    unsigned char hi = 0xBF;
    if (c < 0x80) {
      ++i;
      continue;
    } else if (c >= 0xC2 && c <= 0xDF) {
      n = 1;
    } else if (c >= 0xE0 && c <= 0xEF) {
      n = 2;
      if (c == 0xE0) lo = 0xA0;
      if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      n = 3;
      if (c == 0xF0) lo = 0x90;
      if (c == 0xF4) hi = 0x8F;
    } else {
      return false;
    }
    for (std::size_t k = 1; k <= n; ++k) {
      if (i + k >= s.size()) return false;
      const unsigned char t = static_cast<unsigned char>(s[i + k]);
      if (k == 1 ? (t < lo || t > hi) : (t < 0x80 || t > 0xBF)) return false;
    }
    i += n + 1;
  }
  return true;
}

// A span's offsets inside `text` (of `text_bytes` bytes); when the text is
// valid UTF-8, its UTF-16 offsets must count the same characters.
void CheckSpan(const nlohmann::json& item, std::string_view text, bool valid) {
  const auto start = item.at("byteStart").get<std::size_t>();
  const auto end = item.at("byteEnd").get<std::size_t>();
  Check(start <= end && end <= text.size());
  const auto u16_start = item.at("utf16Start").get<std::size_t>();
  const auto u16_end = item.at("utf16End").get<std::size_t>();
  Check(u16_start <= u16_end);
  if (valid) {
    Check(u16_start == Utf16Units(text.substr(0, start)));
    Check(u16_end - u16_start == Utf16Units(text.substr(start, end - start)));
  }
}

// A key fact: its spans lie in the input, and each span's offsets inside the
// bullet (inText) cut the span's text out of the bullet.
void CheckFact(const nlohmann::json& fact, std::string_view text, bool valid) {
  CheckSpan(fact, text, valid);
  const std::string bullet = fact.at("text").get<std::string>();
  Check(ValidUtf8(bullet));
  for (const auto& span : fact.at("spans")) {
    CheckSpan(span, text, valid);
    const auto& in = span.at("inText");
    CheckSpan(in, bullet, true);
    const auto b = in.at("byteStart").get<std::size_t>();
    const auto e = in.at("byteEnd").get<std::size_t>();
    Check(bullet.substr(b, e - b) == span.at("text").get<std::string>());
  }
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
  const bool valid = ValidUtf8(text);
  for (const auto& s : j.at("summary")) CheckSpan(s, text, valid);
  if (j.contains("sentences")) {
    for (const auto& s : j.at("sentences")) CheckSpan(s, text, valid);
  }
  for (const auto& f : j.at("facts")) CheckFact(f, text, valid);
  for (const auto& r : j.at("removed")) CheckSpan(r, text, valid);
  // The same input gives the same output (no hidden state, no uninitialized
  // reads that would make it vary).
  Check(precis::SummarizeJson(text, options) == out);
  return 0;
}
