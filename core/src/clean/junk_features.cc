// The features of one unit: vocabulary, pronouns, quotations, calls to
// action.
#include "clean/junk_features.h"

#include <string>

#include "clean/junk_vocabulary.h"
#include "text/unicode.h"

namespace precis {
namespace internal {
namespace junk {

void CountCase(std::string_view s, int* upper, int* lower) {
  *upper = 0;
  *lower = 0;
  std::size_t pos = 0;
  char32_t cp;
  while (int len = DecodeAt(s, pos, &cp)) {
    if (IsUpper(cp)) ++*upper;
    if (IsLower(cp)) ++*lower;
    pos += static_cast<std::size_t>(len);
  }
}

bool IsAllCaps(std::string_view s) {
  int upper, lower;
  CountCase(s, &upper, &lower);
  return upper >= 2 && lower == 0;
}

bool EndsSentence(std::string_view s) {
  std::size_t pos = s.size();
  while (pos > 0) {
    const std::size_t prev = PrevCodePoint(s, pos);
    char32_t cp;
    DecodeAt(s, prev, &cp);
    if (cp == '"' || cp == '\'' || cp == ')' || cp == ']' || cp == 0x201D || cp == 0x2019 ||
        cp == 0xBB || IsSpace(cp)) {
      pos = prev;
      continue;
    }
    return cp == '.' || cp == '!' || cp == '?' || cp == 0x2026 || cp == 0x3002 || cp == 0xFF01 ||
           cp == 0xFF1F;
  }
  return false;
}

std::vector<std::pair<std::size_t, std::size_t>> QuotedRanges(std::string_view s,
                                                              QuoteState* state) {
  std::vector<std::pair<std::size_t, std::size_t>> ranges;
  std::size_t start = 0;
  bool was_open = state->open();
  char32_t prev = ' ';
  std::size_t pos = 0;
  char32_t cp;
  while (int len = DecodeAt(s, pos, &cp)) {
    const std::size_t next = pos + static_cast<std::size_t>(len);
    // The character after a quote mark (read for '"' and U+2019 only).
    auto after_of = [&]() {
      char32_t after = 0;
      DecodeAt(s, next, &after);
      return after;
    };
    if (cp == '"') {
      const char32_t after = after_of();
      // A straight quote opens after a space or bracket and before a word,
      // and closes after a word; a new quoted paragraph may open without the
      // previous one closing ("...unacceptable. "The rule of law ...").
      const bool after_space = IsSpace(prev) || prev == '(' || prev == '[' || pos == 0 ||
                               prev == 0x2014 || prev == 0x2013;
      const bool before_space = after == 0 || IsSpace(after);
      if (after_space && !before_space) {
        state->in_double = true;
      } else if (before_space && !after_space) {
        state->in_double = false;
      } else {
        state->in_double = !state->in_double;
      }
    } else if (cp == 0x201C || cp == 0x201E || cp == 0xAB) {
      state->in_double = true;
    } else if (cp == 0x201D || cp == 0xBB) {
      state->in_double = false;
    } else if (cp == 0x2018 && (IsSpace(prev) || IsPunctuation(prev))) {
      state->in_single = true;
    } else if (cp == 0x2019 && state->in_single && !IsLetter(after_of())) {
      state->in_single = false;
    }
    const bool is_open = state->open();
    if (is_open && !was_open) start = pos;
    if (!is_open && was_open) ranges.emplace_back(start, next);
    was_open = is_open;
    prev = cp;
    pos = next;
  }
  if (was_open) ranges.emplace_back(start, s.size());
  return ranges;
}

// An imperative in a unit of at most this many tokens needs no object.
constexpr std::size_t kMaxBareImperativeTokens = 4;

std::uint32_t CallToAction(const std::vector<Token>& tokens, const std::vector<bool>& in_quote,
                           std::size_t* index) {
  const Vocabulary& v = Vocab();
  if (tokens.empty() || in_quote[0]) return 0;
  std::size_t k = 0;
  // "Please subscribe": look past a courtesy word.
  if (tokens[0].norm == "please" && tokens.size() > 1) k = 1;
  const std::uint32_t cta = v.cta.Classes(tokens[k].norm);
  if (cta == 0) return 0;
  // An imperative is followed by its object or a particle ("Share this",
  // "Sign up", "Follow us") or stands in a short line ("Add new comment").
  // Words that are not also nouns may instead sit in a unit about their
  // topic ("Get top stories and blog posts emailed to you").
  bool ok = tokens.size() <= kMaxBareImperativeTokens ||
            (k + 1 < tokens.size() && v.imperative_followers.Contains(tokens[k + 1].norm));
  if (!(cta & kNounLike)) {
    for (std::size_t j = k + 1; !ok && j < tokens.size(); ++j) {
      ok = v.topic.Classes(AsciiApostrophes(tokens[j].norm)) != 0;
    }
  }
  if (!ok) return 0;
  *index = k;
  return cta & ~kNounLike;
}

Features Analyze(std::string_view unit, const std::vector<Token>& tokens,
                 const std::vector<std::pair<std::size_t, std::size_t>>& quoted) {
  const Vocabulary& v = Vocab();
  Features f;
  f.terminal = EndsSentence(unit);
  f.all_function = !tokens.empty();
  std::vector<bool> in_quote(tokens.size(), false);
  std::size_t q = 0;
  int quoted_tokens = 0;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    while (q < quoted.size() && quoted[q].second <= tokens[i].begin) ++q;
    in_quote[i] = q < quoted.size() && quoted[q].first <= tokens[i].begin;
    if (in_quote[i]) ++quoted_tokens;
  }
  std::size_t cta_index = tokens.size();
  f.cta = CallToAction(tokens, in_quote, &cta_index);

  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    ++f.words;
    const std::string norm = AsciiApostrophes(t.norm);
    const bool number = t.kind == TokenKind::kNumber;
    if (!t.stopword) f.all_function = false;
    if (!t.stopword && !number) ++f.nonstop;
    if (v.auxiliaries.Contains(norm)) f.has_aux = true;
    if (in_quote[i]) continue;

    const std::uint32_t classes = v.topic.Classes(norm);
    if (!t.stopword && !number) {
      if (classes != 0 || (f.cta != 0 && i <= cta_index)) {
        ++f.vocab;  // a topic word, the imperative or its "please"
      } else {
        ++f.content;
      }
    }
    if (classes != 0) f.topic_classes.push_back(classes);
    const std::string_view surface = unit.substr(t.begin, t.end - t.begin);
    if (v.reader.Contains(norm)) {
      ++f.reader;
      if ((norm == "your" || norm == "yours") && i + 1 < tokens.size() && !in_quote[i + 1]) {
        f.direct |= v.topic.Classes(AsciiApostrophes(tokens[i + 1].norm));
      }
    } else if (v.publisher.Contains(norm) && !(norm == "us" && IsAllCaps(surface))) {
      ++f.publisher;  // "US" in capitals is the country
    }
  }
  f.quoted_all = !tokens.empty() && quoted_tokens == f.words;
  return f;
}

}  // namespace junk
}  // namespace internal
}  // namespace precis
