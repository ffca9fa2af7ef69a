#include "digest/terms.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include "digest/places.h"
#include "rank/graph.h"
#include "text/ascii.h"

namespace precis {
namespace internal {

namespace {

// Weight factor of names in fact comparisons.
constexpr double kNameBoost = 1.5;

}  // namespace

Terms ContentTerms(Tokenizer* tokenizer, std::string_view text) {
  return ContentTerms(text, tokenizer->Tokenize(text));
}

Terms ContentTerms(std::string_view text, const std::vector<Token>& tokens) {
  Terms out;
  std::vector<std::string_view> list;  // keys of the current list of places
  std::size_t list_end = 0;            // byte end of its last mention
  auto close_list = [&] {
    std::sort(list.begin(), list.end());
    list.erase(std::unique(list.begin(), list.end()), list.end());
    if (list.size() >= 2) {
      std::string set = "@{";
      for (std::size_t k = 0; k < list.size(); ++k) {
        if (k > 0) set += ',';
        set += list[k];
      }
      set += '}';
      out.terms.push_back(set);
      out.names.push_back(std::move(set));
    }
    list.clear();
  };
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    PlaceMention place;
    if (MatchCountry(text, tokens, i, &place)) {
      out.words += place.words;
      std::string term = "@" + std::string(place.key);
      out.terms.push_back(term);
      out.names.push_back(std::move(term));
      if (!list.empty() &&
          (t.begin < list_end || !ListGap(text.substr(list_end, t.begin - list_end)))) {
        close_list();
      }
      list.push_back(place.key);
      list_end = tokens[i + place.words - 1].end;
      // The dot of "U.S." ends the name, not the list.
      if (list_end < text.size() && text[list_end] == '.' &&
          tokens[i + place.words - 1].norm.find('.') != std::string::npos) {
        ++list_end;
      }
      if (place.possessive) close_list();  // "Korea's Seoul office"
      i += place.words - 1;
      continue;
    }
    if (t.kind != TokenKind::kCjk) ++out.words;
    if (t.stopword || t.term.empty()) continue;
    out.terms.push_back(t.term);
    if (i > 0 && t.capitalized) out.names.push_back(t.term);
  }
  close_list();
  if (out.words == 0) out.words = tokens.size();
  for (std::vector<std::string>* v : {&out.terms, &out.names}) {
    std::sort(v->begin(), v->end());
    v->erase(std::unique(v->begin(), v->end()), v->end());
  }
  return out;
}

std::vector<std::string> MatchTerms(std::string_view text) {
  Tokenizer tokenizer("en");
  return ContentTerms(&tokenizer, text).terms;
}

TermWeights::TermWeights(const std::vector<const std::vector<Terms>*>& articles) {
  std::unordered_map<std::string, std::pair<std::size_t, std::size_t>> df;
  std::size_t total = 0;
  for (const std::vector<Terms>* sentences : articles) {
    for (const Terms& t : *sentences) {
      ++total;
      for (const std::string& term : t.terms) ++df[term].first;
      for (const std::string& term : t.names) ++df[term].second;
    }
  }
  total_ = static_cast<double>(total);
  for (const auto& [term, counts] : df) {
    const bool name = 2 * counts.second > counts.first;
    weights_[term] =
        std::log(1.0 + total_ / static_cast<double>(counts.first)) * (name ? kNameBoost : 1.0);
    if (name || IsAsciiDigit(term[0]) || term[0] == '@') anchors_.insert(term);
  }
}

bool TermWeights::ShareAnchor(const std::vector<std::string>& a,
                              const std::vector<std::string>& b) const {
  bool found = false;
  ForEachShared(a, b, [&](const std::string& term) { found = found || anchors_.count(term) > 0; });
  return found;
}

double TermWeights::Of(const std::string& term) const {
  const auto it = weights_.find(term);
  return it != weights_.end() ? it->second : std::log(1.0 + total_);
}

double TermWeights::Sum(const std::vector<std::string>& terms) const {
  double w = 0;
  for (const std::string& t : terms) w += Of(t);
  return w;
}

double TermWeights::Containment(const std::vector<std::string>& a, double wa,
                                const std::vector<std::string>& b, double wb) const {
  return WeightedContainment(a, wa, b, wb, [this](const std::string& x) { return Of(x); });
}

}  // namespace internal
}  // namespace precis
