#include "digest/places.h"

#include <algorithm>
#include <utility>

#include "lex/lexicon.h"
#include "text/ascii.h"

namespace precis {
namespace internal {

namespace {

// A token's folded form without a possessive ending ("korea's", "korea’s").
std::string_view WithoutPossessive(std::string_view norm) {
  for (std::string_view suffix : {std::string_view("'s"), std::string_view("\xE2\x80\x99s")}) {
    if (norm.size() > suffix.size() && norm.substr(norm.size() - suffix.size()) == suffix) {
      return norm.substr(0, norm.size() - suffix.size());
    }
  }
  return norm;
}

// True when only spaces or tabs separate the two tokens (or one hyphen,
// inside a name such as "Port-au-Prince").
bool JoinedInName(std::string_view text, const Token& a, const Token& b) {
  std::size_t hyphens = 0;
  for (std::size_t i = a.end; i < b.begin; ++i) {
    if (text[i] == '-') {
      ++hyphens;
    } else if (text[i] != ' ' && text[i] != '\t') {
      return false;
    }
  }
  return hyphens == 0 || (hyphens == 1 && b.begin == a.end + 1);
}

}  // namespace

// The country named by the tokens starting at `i`, longest name first; a
// name starts with a capital letter, and "US" must be written so (the
// pronoun "us" is no country).
bool MatchCountry(std::string_view text, const std::vector<Token>& tokens, std::size_t i,
                  PlaceMention* out) {
  if (!tokens[i].capitalized || tokens[i].kind != TokenKind::kWord) return false;
  std::string name;
  std::size_t best = 0;
  std::string_view key;
  bool possessive = false;
  for (std::size_t n = 1; n <= kMaxCountryNameWords && i + n <= tokens.size(); ++n) {
    const Token& t = tokens[i + n - 1];
    if (t.kind != TokenKind::kWord) break;
    if (n > 1) {
      if (!JoinedInName(text, tokens[i + n - 2], t)) break;
      name += ' ';
    }
    // Only the last word of a name may carry a possessive.
    const std::string_view bare = WithoutPossessive(t.norm);
    const std::string_view found = CountryKey(name + std::string(bare));
    if (!found.empty() && (n > 1 || bare != "us" || text.substr(t.begin, 2) == "US")) {
      best = n;
      key = found;
      possessive = bare.size() != t.norm.size();
    }
    if (bare.size() != t.norm.size()) break;
    name += t.norm;
  }
  if (best == 0) return false;
  out->key = key;
  out->first = i;
  out->words = best;
  out->possessive = possessive;
  return true;
}

// True when the text between two place mentions only lists them: commas,
// spaces, "and", "or", "&" ("Seoul, Tokyo and Paris").
bool ListGap(std::string_view gap) {
  if (gap.size() > 12) return false;
  std::string rest;
  for (char c : gap) {
    if (c != ',' && !IsAsciiSpace(c)) rest += c;
  }
  return rest.empty() || rest == "and" || rest == "or" || rest == "&";
}

std::vector<std::string> PlaceKeys(std::string_view text) {
  Tokenizer tokenizer("en");
  const std::vector<Token> tokens = tokenizer.Tokenize(text);
  std::vector<std::string> out;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    PlaceMention m;
    if (MatchCountry(text, tokens, i, &m)) {
      out.emplace_back(m.key);
      i += m.words - 1;
    }
  }
  return out;
}

}  // namespace internal
}  // namespace precis
