#include "lang/language.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <memory>
#include <mutex>
#include <unordered_map>
#include <utility>

#include "lang/language_data.h"
#include "text/unicode.h"

namespace precis {
namespace internal {
namespace {

enum Script : int {
  kLatin,
  kGreek,
  kCyrillic,
  kArmenian,
  kHebrew,
  kArabic,
  kThaana,
  kDevanagari,
  kBengali,
  kGurmukhi,
  kGujarati,
  kOriya,
  kTamil,
  kTelugu,
  kKannada,
  kMalayalam,
  kSinhala,
  kThai,
  kLao,
  kTibetan,
  kMyanmar,
  kGeorgian,
  kHangul,
  kEthiopic,
  kKhmer,
  kKana,
  kHan,
  kScriptCount,
  kNoScript = kScriptCount,
};

struct ScriptInfo {
  const char* name;      // as in the generated profiles ("Latin", ...)
  const char* language;  // the language it names alone, or the most spoken
                         // one when profiles decide
};

constexpr ScriptInfo kScripts[kScriptCount] = {
    {"Latin", "en"},   {"Greek", "el"},    {"Cyrillic", "ru"}, {"Armenian", "hy"},
    {"Hebrew", "he"},  {"Arabic", "ar"},   {"Thaana", "dv"},   {"Devanagari", "hi"},
    {"Bengali", "bn"}, {"Gurmukhi", "pa"}, {"Gujarati", "gu"}, {"Oriya", "or"},
    {"Tamil", "ta"},   {"Telugu", "te"},   {"Kannada", "kn"},  {"Malayalam", "ml"},
    {"Sinhala", "si"}, {"Thai", "th"},     {"Lao", "lo"},      {"Tibetan", "bo"},
    {"Myanmar", "my"}, {"Georgian", "ka"}, {"Hangul", "ko"},   {"Ethiopic", "am"},
    {"Khmer", "km"},   {"Kana", "ja"},     {"Han", "zh"},
};

struct Range {
  char32_t first;
  char32_t last;
  Script script;
};

// Unicode blocks of each script, sorted by first code point.
constexpr Range kRanges[] = {
    {0x0041, 0x005A, kLatin},    {0x0061, 0x007A, kLatin},      {0x00AA, 0x00AA, kLatin},
    {0x00BA, 0x00BA, kLatin},    {0x00C0, 0x024F, kLatin},      {0x0250, 0x02AF, kLatin},
    {0x0370, 0x03FF, kGreek},    {0x0400, 0x052F, kCyrillic},   {0x0530, 0x058F, kArmenian},
    {0x0590, 0x05FF, kHebrew},   {0x0600, 0x06FF, kArabic},     {0x0750, 0x077F, kArabic},
    {0x0780, 0x07BF, kThaana},   {0x0870, 0x08FF, kArabic},     {0x0900, 0x097F, kDevanagari},
    {0x0980, 0x09FF, kBengali},  {0x0A00, 0x0A7F, kGurmukhi},   {0x0A80, 0x0AFF, kGujarati},
    {0x0B00, 0x0B7F, kOriya},    {0x0B80, 0x0BFF, kTamil},      {0x0C00, 0x0C7F, kTelugu},
    {0x0C80, 0x0CFF, kKannada},  {0x0D00, 0x0D7F, kMalayalam},  {0x0D80, 0x0DFF, kSinhala},
    {0x0E00, 0x0E7F, kThai},     {0x0E80, 0x0EFF, kLao},        {0x0F00, 0x0FFF, kTibetan},
    {0x1000, 0x109F, kMyanmar},  {0x10A0, 0x10FF, kGeorgian},   {0x1100, 0x11FF, kHangul},
    {0x1200, 0x139F, kEthiopic}, {0x1780, 0x17FF, kKhmer},      {0x19E0, 0x19FF, kKhmer},
    {0x1C80, 0x1C8F, kCyrillic}, {0x1C90, 0x1CBF, kGeorgian},   {0x1E00, 0x1EFF, kLatin},
    {0x1F00, 0x1FFF, kGreek},    {0x2C60, 0x2C7F, kLatin},      {0x2D00, 0x2D2F, kGeorgian},
    {0x2D80, 0x2DDF, kEthiopic}, {0x2DE0, 0x2DFF, kCyrillic},   {0x2E80, 0x2FDF, kHan},
    {0x3005, 0x3007, kHan},      {0x3021, 0x3029, kHan},        {0x3038, 0x303B, kHan},
    {0x3040, 0x30FF, kKana},     {0x3130, 0x318F, kHangul},     {0x31F0, 0x31FF, kKana},
    {0x3400, 0x4DBF, kHan},      {0x4E00, 0x9FFF, kHan},        {0xA640, 0xA69F, kCyrillic},
    {0xA720, 0xA7FF, kLatin},    {0xA8E0, 0xA8FF, kDevanagari}, {0xA960, 0xA97F, kHangul},
    {0xA9E0, 0xA9FF, kMyanmar},  {0xAA60, 0xAA7F, kMyanmar},    {0xAB00, 0xAB2F, kEthiopic},
    {0xAB30, 0xAB6F, kLatin},    {0xAC00, 0xD7FF, kHangul},     {0xF900, 0xFAFF, kHan},
    {0xFB00, 0xFB06, kLatin},    {0xFB13, 0xFB17, kArmenian},   {0xFB1D, 0xFB4F, kHebrew},
    {0xFB50, 0xFDFF, kArabic},   {0xFE70, 0xFEFF, kArabic},     {0xFF21, 0xFF3A, kLatin},
    {0xFF41, 0xFF5A, kLatin},    {0xFF66, 0xFF9F, kKana},       {0xFFA0, 0xFFDC, kHangul},
    {0x20000, 0x3134F, kHan},
};

Script ScriptOf(char32_t cp) {
  const Range* end = std::end(kRanges);
  const Range* r = std::upper_bound(std::begin(kRanges), end, cp,
                                    [](char32_t c, const Range& range) { return c < range.first; });
  if (r == std::begin(kRanges)) return kNoScript;
  --r;
  return cp <= r->last ? r->script : kNoScript;
}

// Rank-order distance: a trigram missing from a profile costs this much.
constexpr int kMaxRank = 300;
// Trigrams of the text that are compared (its most frequent ones).
constexpr std::size_t kTextTrigrams = 300;
// How fast confidence grows with the relative gap between the two nearest
// profiles: a gap of 4% gives about 0.63, 10% about 0.92.
constexpr double kSeparationScale = 25;
constexpr long kEnglishPriorPercent = 3;

// Scripts of the generated profiles, looked up by name.
Script ProfileScript(const TrigramProfile& profile) {
  for (int s = 0; s < kScriptCount; ++s) {
    if (std::string_view(kScripts[s].name) == profile.script) return static_cast<Script>(s);
  }
  return kNoScript;
}

// A trigram as one number: three code points of 21 bits each.
using TrigramKey = std::uint64_t;

TrigramKey Key(char32_t a, char32_t b, char32_t c) {
  return (static_cast<TrigramKey>(a) << 42) | (static_cast<TrigramKey>(b) << 21) |
         static_cast<TrigramKey>(c);
}

// The generated profiles decoded once: each profile's script, and for every
// trigram the profiles that rank it (below kMaxRank) with its rank there.
struct DecodedProfiles {
  std::vector<Script> scripts;  // one per profile
  std::unordered_map<TrigramKey, std::vector<std::pair<std::size_t, int>>> postings;
};

DecodedProfiles DecodeProfiles() {
  DecodedProfiles d;
  d.scripts.reserve(kTrigramProfileCount);
  for (std::size_t p = 0; p < kTrigramProfileCount; ++p) {
    const TrigramProfile& profile = kTrigramProfiles[p];
    d.scripts.push_back(ProfileScript(profile));
    const std::string_view all(profile.trigrams);
    int rank = 0;
    char32_t cps[3];
    int n = 0;
    for (std::size_t pos = 0; pos <= all.size() && rank < kMaxRank;) {
      char32_t cp = '|';
      int len = 1;
      if (pos < all.size()) len = DecodeAt(all, pos, &cp);
      if (len == 0) break;
      pos += static_cast<std::size_t>(len);
      if (cp != '|') {
        if (n < 3) cps[n] = cp;
        ++n;
        continue;
      }
      if (n == 3) d.postings[Key(cps[0], cps[1], cps[2])].emplace_back(p, rank);
      ++rank;
      n = 0;
    }
  }
  return d;
}

const DecodedProfiles& Profiles() {
  static const DecodedProfiles profiles = DecodeProfiles();
  return profiles;
}

// Rank-order distances of the text's trigrams (ranked, TextTrigrams) to
// every profile: each text trigram missing from a profile costs kMaxRank,
// each present one the difference of its two ranks.
std::vector<long> ProfileDistances(const std::vector<TrigramKey>& text_trigrams) {
  const DecodedProfiles& profiles = Profiles();
  std::vector<long> distance(kTrigramProfileCount,
                             static_cast<long>(text_trigrams.size()) * kMaxRank);
  for (std::size_t i = 0; i < text_trigrams.size(); ++i) {
    const auto it = profiles.postings.find(text_trigrams[i]);
    if (it == profiles.postings.end()) continue;
    for (const auto& [p, rank] : it->second) {
      distance[p] += std::labs(static_cast<long>(i) - rank) - kMaxRank;
    }
  }
  return distance;
}

char32_t Lower(char32_t cp) { return ToLower(cp); }

// Whether `cp` is a letter or mark of `script`, and its lower case (for
// `keep`); ASCII is answered without the tables.
bool KeepForTrigrams(char32_t cp, Script script, char32_t* lower) {
  if (cp < 0x80) {
    if (script != kLatin || !IsLetter(cp)) return false;
    *lower = cp | 0x20;
    return true;
  }
  if (!(IsLetter(cp) || IsMark(cp)) || ScriptOf(cp) != script) return false;
  *lower = Lower(cp);
  return true;
}

// The most frequent trigrams of the letters of `script` in `sample` (at most
// kTextTrigrams), most frequent first (ties by key, for determinism), so
// that a trigram's index is its rank. Other characters become single
// spaces; the text is padded with a space at each end.
std::vector<TrigramKey> TextTrigrams(std::string_view sample, Script script) {
  std::vector<TrigramKey> keys;
  keys.reserve(sample.size() + 1);
  char32_t a = U' ', b = 0;  // the two characters before the current one
  bool have_b = false;
  auto push = [&](char32_t c) {
    if (have_b) keys.push_back(Key(a, b, c));
    if (have_b) a = b;
    b = c;
    have_b = true;
  };
  char32_t last = U' ';
  for (std::size_t pos = 0; pos < sample.size();) {
    char32_t cp;
    const int len = DecodeAt(sample, pos, &cp);
    if (len == 0) break;
    pos += static_cast<std::size_t>(len);
    char32_t lower = 0;
    if (KeepForTrigrams(cp, script, &lower)) {
      last = lower;
      push(last);
    } else if (last != U' ') {
      last = U' ';
      push(last);
    }
  }
  if (last != U' ') push(U' ');
  // Counted by sorting: (key, count) in key order.
  std::sort(keys.begin(), keys.end());
  std::vector<std::pair<TrigramKey, int>> counts;
  for (std::size_t i = 0; i < keys.size();) {
    std::size_t e = i + 1;
    while (e < keys.size() && keys[e] == keys[i]) ++e;
    counts.emplace_back(keys[i], static_cast<int>(e - i));
    i = e;
  }
  const std::size_t kept = std::min(counts.size(), kTextTrigrams);
  std::partial_sort(counts.begin(), counts.begin() + static_cast<std::ptrdiff_t>(kept),
                    counts.end(), [](const auto& x, const auto& y) {
                      return x.second != y.second ? x.second > y.second : x.first < y.first;
                    });
  std::vector<TrigramKey> ranked(kept);
  for (std::size_t i = 0; i < kept; ++i) ranked[i] = counts[i].first;
  return ranked;
}

// Confidence from the amount of evidence: about 1 from `full` units on.
double LengthFactor(std::size_t units, double full) {
  return std::min(1.0, std::sqrt(static_cast<double>(units) / full));
}

double Round2(double v) { return std::round(v * 100) / 100; }

}  // namespace

LanguageGuess DetectLanguage(std::string_view text) {
  LanguageGuess guess;
  std::size_t limit = std::min(text.size(), kDetectionSampleBytes);
  // Do not cut a character: back up to a lead byte.
  while (limit > 0 && limit < text.size() &&
         (static_cast<unsigned char>(text[limit]) & 0xC0) == 0x80) {
    --limit;
  }
  const std::string_view sample = text.substr(0, limit);

  std::size_t counts[kScriptCount] = {};
  std::size_t letters = 0;
  for (std::size_t pos = 0; pos < sample.size();) {
    char32_t cp;
    const int len = DecodeAt(sample, pos, &cp);
    if (len == 0) break;
    pos += static_cast<std::size_t>(len);
    if (!IsLetter(cp)) continue;
    ++letters;
    const Script s = cp < 0x80 ? kLatin : ScriptOf(cp);
    if (s != kNoScript) ++counts[s];
  }
  // Japanese mixes Han and kana: they compete together.
  const std::size_t han_kana = counts[kHan] + counts[kKana];
  int best = kNoScript;
  std::size_t best_count = 0;
  for (int s = 0; s < kScriptCount; ++s) {
    const std::size_t c = (s == kHan || s == kKana) ? han_kana : counts[s];
    if (c > best_count) {
      best = s;
      best_count = c;
    }
  }
  if (best == kNoScript || letters == 0) return guess;
  if (best == kHan || best == kKana) {
    // A tenth of kana or more is Japanese; Chinese text has almost none.
    best = counts[kKana] * 10 >= han_kana ? kKana : kHan;
  }
  const Script script = static_cast<Script>(best);
  guess.script = kScripts[script].name;
  const double share = static_cast<double>(best_count) / static_cast<double>(letters);

  std::vector<std::size_t> candidates;
  for (std::size_t p = 0; p < kTrigramProfileCount; ++p) {
    if (Profiles().scripts[p] == script) candidates.push_back(p);
  }
  if (candidates.size() < 2) {
    guess.code =
        candidates.empty() ? kScripts[script].language : kTrigramProfiles[candidates[0]].code;
    const bool ideographic = script == kHan || script == kKana;
    guess.confidence = Round2(share * LengthFactor(best_count, ideographic ? 10 : 20));
    return guess;
  }

  const std::vector<TrigramKey> trigrams = TextTrigrams(sample, script);
  std::vector<long> distance = ProfileDistances(trigrams);
  // A slight prior for English, the language most pasted text is in: it
  // decides only between profiles within a few percent of each other (short
  // or mixed text), never in a text long enough to tell.
  for (std::size_t p : candidates) {
    if (std::string_view(kTrigramProfiles[p].code) == "en") {
      distance[p] -= distance[p] * kEnglishPriorPercent / 100;
    }
  }
  std::size_t first = candidates[0];
  for (std::size_t p : candidates) {
    if (distance[p] < distance[first]) first = p;
  }
  long second = -1;
  for (std::size_t p : candidates) {
    if (std::string_view(kTrigramProfiles[p].code) == kTrigramProfiles[first].code) continue;
    if (second < 0 || distance[p] < second) second = distance[p];
  }
  guess.code = kTrigramProfiles[first].code;
  // Separation of the two nearest languages, relative to the distance.
  double separation = 1;
  if (second >= 0 && distance[first] > 0) {
    const double gap =
        static_cast<double>(second - distance[first]) / static_cast<double>(distance[first]);
    separation = 1 - std::exp(-gap * kSeparationScale);
  }
  guess.confidence = Round2(share * separation * LengthFactor(trigrams.size(), 60));
  return guess;
}

namespace {

// Splits `list` at `sep` into views of the (static) literal.
std::vector<std::string_view> SplitList(std::string_view list, char sep) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  while (start < list.size()) {
    std::size_t end = list.find(sep, start);
    if (end == std::string_view::npos) end = list.size();
    if (end > start) out.push_back(list.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

const std::vector<std::string>& KnownCodes() {
  static const std::vector<std::string> codes = [] {
    std::vector<std::string> v;
    for (const ScriptInfo& s : kScripts) v.emplace_back(s.language);
    for (std::size_t p = 0; p < kTrigramProfileCount; ++p) {
      v.emplace_back(kTrigramProfiles[p].code);
    }
    for (std::size_t l = 0; l < kStopwordListCount; ++l) {
      v.emplace_back(kStopwordLists[l].code);
    }
    for (std::string_view c : SplitList(kStemmerLanguages, ' ')) v.emplace_back(c);
    for (std::string_view c : SplitList(kLanguagesLeftOut, ' ')) v.emplace_back(c);
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
    return v;
  }();
  return codes;
}

}  // namespace

bool IsKnownLanguage(std::string_view code) {
  const std::vector<std::string>& codes = KnownCodes();
  return std::binary_search(codes.begin(), codes.end(), code);
}

std::vector<std::string> KnownLanguages() { return KnownCodes(); }

const std::unordered_set<std::string_view>* StopwordsFor(std::string_view code) {
  using Set = std::unordered_set<std::string_view>;
  // Each list is parsed the first time it is asked for.
  static std::vector<std::once_flag> once(kStopwordListCount);
  static std::vector<std::unique_ptr<const Set>> sets(kStopwordListCount);
  for (std::size_t l = 0; l < kStopwordListCount; ++l) {
    if (code != kStopwordLists[l].code) continue;
    std::call_once(once[l], [l] {
      const std::vector<std::string_view> words = SplitList(kStopwordLists[l].words, '\n');
      sets[l] = std::make_unique<const Set>(words.begin(), words.end());
    });
    return sets[l].get();
  }
  return nullptr;
}

bool HasLanguageData(std::string_view code) {
  for (std::string_view c : SplitList(kLanguagesLeftOut, ' ')) {
    if (c == code) return false;
  }
  return true;
}

std::string MissingLanguageData(std::string_view text) {
  const LanguageGuess guess = DetectLanguage(text);
  // A script whose profiles are left out is named before the profiles
  // decide, so the guess's script is right even where its code is not.
  for (std::string_view s : SplitList(kScriptsLeftOut, ' ')) {
    if (s == guess.script) return guess.script;
  }
  return HasLanguageData(guess.code) ? std::string() : guess.code;
}

bool UsesCharacterBigrams(std::string_view code) {
  return code == "zh" || code == "ja" || code == "th" || code == "lo" || code == "km" ||
         code == "my";
}

}  // namespace internal
}  // namespace precis
