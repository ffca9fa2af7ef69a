#include "rouge.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <unordered_map>

namespace precis_bench {
namespace {

constexpr const char* kDefaultWordNetDir = "/usr/share/wordnet";

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// ---------------------------------------------------------------------------
// Porter stemmer. The word is kept in a string `w`; `end` marks the length of
// the current stem candidate while suffixes are tested.
class Porter {
 public:
  explicit Porter(std::string_view word) : w_(word) {}

  std::string Run() {
    if (w_.size() <= 2) return w_;
    Step1a();
    Step1b();
    Step1c();
    Step2();
    Step3();
    Step4();
    Step5();
    return w_;
  }

 private:
  // True when w_[i] is a consonant: not a vowel, and 'y' only when it
  // follows a vowel or starts the word.
  bool Consonant(std::size_t i) const {
    switch (w_[i]) {
      case 'a':
      case 'e':
      case 'i':
      case 'o':
      case 'u':
        return false;
      case 'y':
        return i == 0 || !Consonant(i - 1);
      default:
        return true;
    }
  }

  // The number of vowel-consonant sequences in w_[0, len).
  int Measure(std::size_t len) const {
    int m = 0;
    std::size_t i = 0;
    while (i < len && Consonant(i)) ++i;
    while (i < len) {
      while (i < len && !Consonant(i)) ++i;
      if (i >= len) break;
      while (i < len && Consonant(i)) ++i;
      ++m;
    }
    return m;
  }

  bool HasVowel(std::size_t len) const {
    for (std::size_t i = 0; i < len; ++i) {
      if (!Consonant(i)) return true;
    }
    return false;
  }

  // w_[0, len) ends with a double consonant.
  bool DoubleConsonant(std::size_t len) const {
    return len >= 2 && w_[len - 1] == w_[len - 2] && Consonant(len - 1);
  }

  // w_[0, len) ends consonant-vowel-consonant, the last not w, x or y
  // ("hop", "fil", but not "snow" or "box").
  bool Cvc(std::size_t len) const {
    if (len < 3) return false;
    if (!Consonant(len - 3) || Consonant(len - 2) || !Consonant(len - 1)) {
      return false;
    }
    const char c = w_[len - 1];
    return c != 'w' && c != 'x' && c != 'y';
  }

  bool EndsWith(std::string_view suffix) const {
    return w_.size() >= suffix.size() &&
           std::string_view(w_).substr(w_.size() - suffix.size()) == suffix;
  }

  std::size_t StemLen(std::string_view suffix) const { return w_.size() - suffix.size(); }

  void Replace(std::string_view suffix, std::string_view with) {
    w_.resize(StemLen(suffix));
    w_.append(with);
  }

  void Step1a() {
    if (EndsWith("sses")) {
      Replace("sses", "ss");
    } else if (EndsWith("ies")) {
      Replace("ies", "i");
    } else if (EndsWith("ss")) {
      // unchanged
    } else if (EndsWith("s")) {
      Replace("s", "");
    }
  }

  void Step1b() {
    if (EndsWith("eed")) {
      if (Measure(StemLen("eed")) > 0) Replace("eed", "ee");
      return;
    }
    std::string_view suffix;
    if (EndsWith("ed")) {
      suffix = "ed";
    } else if (EndsWith("ing")) {
      suffix = "ing";
    } else {
      return;
    }
    if (!HasVowel(StemLen(suffix))) return;
    Replace(suffix, "");
    if (EndsWith("at") || EndsWith("bl") || EndsWith("iz")) {
      w_.push_back('e');
    } else if (DoubleConsonant(w_.size())) {
      const char c = w_.back();
      if (c != 'l' && c != 's' && c != 'z') w_.pop_back();
    } else if (Measure(w_.size()) == 1 && Cvc(w_.size())) {
      w_.push_back('e');
    }
  }

  void Step1c() {
    if (EndsWith("y") && HasVowel(StemLen("y"))) Replace("y", "i");
  }

  // Replaces the longest listed suffix when the stem before it has a
  // measure above `min_measure`. Only the longest matching suffix is tried.
  void ReplaceLongest(const std::pair<const char*, const char*>* rules, std::size_t count,
                      int min_measure) {
    std::size_t best = count;
    std::size_t best_len = 0;
    for (std::size_t r = 0; r < count; ++r) {
      const std::string_view s = rules[r].first;
      if (s.size() > best_len && EndsWith(s)) {
        best = r;
        best_len = s.size();
      }
    }
    if (best == count) return;
    if (Measure(StemLen(rules[best].first)) > min_measure) {
      Replace(rules[best].first, rules[best].second);
    }
  }

  void Step2() {
    static const std::pair<const char*, const char*> kRules[] = {
        {"ational", "ate"}, {"tional", "tion"}, {"enci", "ence"},   {"anci", "ance"},
        {"izer", "ize"},    {"bli", "ble"},     {"alli", "al"},     {"entli", "ent"},
        {"eli", "e"},       {"ousli", "ous"},   {"ization", "ize"}, {"ation", "ate"},
        {"ator", "ate"},    {"alism", "al"},    {"iveness", "ive"}, {"fulness", "ful"},
        {"ousness", "ous"}, {"aliti", "al"},    {"iviti", "ive"},   {"biliti", "ble"},
        {"logi", "log"},
    };
    ReplaceLongest(kRules, sizeof(kRules) / sizeof(kRules[0]), 0);
  }

  void Step3() {
    static const std::pair<const char*, const char*> kRules[] = {
        {"icate", "ic"}, {"ative", ""}, {"alize", "al"}, {"iciti", "ic"},
        {"ical", "ic"},  {"ful", ""},   {"ness", ""},
    };
    ReplaceLongest(kRules, sizeof(kRules) / sizeof(kRules[0]), 0);
  }

  // Strips `suffix` when w_ ends with it and the stem before it has a
  // measure above 1. Returns whether w_ ends with the suffix at all.
  bool StripIfLong(std::string_view suffix) {
    if (!EndsWith(suffix)) return false;
    if (Measure(StemLen(suffix)) > 1) Replace(suffix, "");
    return true;
  }

  // Step 4 as ROUGE-1.5.5 changes it: "ment" and "ent" are no longer
  // alternatives of the longest-suffix rule but separate passes that each
  // look at the word the pass before left, and "-ion" is tried whenever the
  // word (so far) does not end in "ent". So "agreement" loses "ent"
  // ("agreem") where the original algorithm keeps it, and "congressional"
  // loses "al" and then "ion" ("congress").
  void Step4() {
    static const char* const kSuffixes[] = {
        "al",    "ance", "ence", "er",  "ic",  "able", "ible", "ant",
        "ement", "ou",   "ism",  "ate", "iti", "ous",  "ive",  "ize",
    };
    std::string_view best;
    for (const char* s : kSuffixes) {
      const std::string_view sv = s;
      if (sv.size() > best.size() && EndsWith(sv)) best = sv;
    }
    if (!best.empty()) StripIfLong(best);
    StripIfLong("ment");
    if (StripIfLong("ent")) return;
    if (EndsWith("ion")) {
      const std::size_t len = StemLen("ion");
      if (len > 0 && (w_[len - 1] == 's' || w_[len - 1] == 't') && Measure(len) > 1) {
        Replace("ion", "");
      }
    }
  }

  void Step5() {
    if (EndsWith("e")) {
      const std::size_t len = StemLen("e");
      const int m = Measure(len);
      if (m > 1 || (m == 1 && !Cvc(len))) w_.pop_back();
    }
    if (EndsWith("ll") && Measure(w_.size()) > 1) w_.pop_back();
  }

  std::string w_;
};

// Irregular inflections mapped to their base form when WordNet's exception
// lists are not installed: a hand list of common forms. Only entries longer
// than three letters matter: shorter tokens are never stemmed.
void AddBuiltInExceptions(ExceptionTable* t) {
  // Irregular verbs: past tense and participle forms.
  const char* const kVerbs[][2] = {
      {"arose", "arise"},
      {"arisen", "arise"},
      {"awoke", "awake"},
      {"bade", "bid"},
      {"bore", "bear"},
      {"borne", "bear"},
      {"beaten", "beat"},
      {"became", "become"},
      {"began", "begin"},
      {"begun", "begin"},
      {"bent", "bend"},
      {"bound", "bind"},
      {"bitten", "bite"},
      {"bled", "bleed"},
      {"blew", "blow"},
      {"blown", "blow"},
      {"broke", "break"},
      {"broken", "break"},
      {"bred", "breed"},
      {"brought", "bring"},
      {"built", "build"},
      {"burnt", "burn"},
      {"bought", "buy"},
      {"caught", "catch"},
      {"chose", "choose"},
      {"chosen", "choose"},
      {"clung", "cling"},
      {"came", "come"},
      {"crept", "creep"},
      {"dealt", "deal"},
      {"drew", "draw"},
      {"drawn", "draw"},
      {"dreamt", "dream"},
      {"drank", "drink"},
      {"drunk", "drink"},
      {"drove", "drive"},
      {"driven", "drive"},
      {"dwelt", "dwell"},
      {"eaten", "eat"},
      {"fell", "fall"},
      {"fallen", "fall"},
      {"fed", "feed"},
      {"felt", "feel"},
      {"fought", "fight"},
      {"found", "find"},
      {"flung", "fling"},
      {"flew", "fly"},
      {"fled", "flee"},
      {"flown", "fly"},
      {"forbade", "forbid"},
      {"forbidden", "forbid"},
      {"forgot", "forget"},
      {"forgotten", "forget"},
      {"forgave", "forgive"},
      {"forgiven", "forgive"},
      {"froze", "freeze"},
      {"frozen", "freeze"},
      {"gave", "give"},
      {"given", "give"},
      {"went", "go"},
      {"gone", "go"},
      {"grew", "grow"},
      {"grown", "grow"},
      {"hung", "hang"},
      {"heard", "hear"},
      {"hidden", "hide"},
      {"held", "hold"},
      {"kept", "keep"},
      {"knelt", "kneel"},
      {"knew", "know"},
      {"known", "know"},
      {"laid", "lay"},
      {"led", "lead"},
      {"leapt", "leap"},
      {"learnt", "learn"},
      {"left", "leave"},
      {"lent", "lend"},
      {"lain", "lie"},
      {"lost", "lose"},
      {"made", "make"},
      {"meant", "mean"},
      {"paid", "pay"},
      {"rode", "ride"},
      {"ridden", "ride"},
      {"rang", "ring"},
      {"rung", "ring"},
      {"rose", "rise"},
      {"risen", "rise"},
      {"said", "say"},
      {"sought", "seek"},
      {"sold", "sell"},
      {"sent", "send"},
      {"shook", "shake"},
      {"shaken", "shake"},
      {"shone", "shine"},
      {"shot", "shoot"},
      {"shown", "show"},
      {"shrank", "shrink"},
      {"shrunk", "shrink"},
      {"sang", "sing"},
      {"sung", "sing"},
      {"sank", "sink"},
      {"sunk", "sink"},
      {"slept", "sleep"},
      {"slid", "slide"},
      {"spoke", "speak"},
      {"spoken", "speak"},
      {"sped", "speed"},
      {"spent", "spend"},
      {"spun", "spin"},
      {"sprang", "spring"},
      {"sprung", "spring"},
      {"stood", "stand"},
      {"stole", "steal"},
      {"stolen", "steal"},
      {"stuck", "stick"},
      {"stung", "sting"},
      {"stank", "stink"},
      {"struck", "strike"},
      {"strove", "strive"},
      {"swore", "swear"},
      {"sworn", "swear"},
      {"swept", "sweep"},
      {"swam", "swim"},
      {"swum", "swim"},
      {"swung", "swing"},
      {"took", "take"},
      {"taken", "take"},
      {"taught", "teach"},
      {"tore", "tear"},
      {"torn", "tear"},
      {"told", "tell"},
      {"thought", "think"},
      {"threw", "throw"},
      {"thrown", "throw"},
      {"understood", "understand"},
      {"woke", "wake"},
      {"woken", "wake"},
      {"wore", "wear"},
      {"worn", "wear"},
      {"wept", "weep"},
      {"wound", "wind"},
      {"withdrew", "withdraw"},
      {"withdrawn", "withdraw"},
      {"wrote", "write"},
      {"written", "write"},
      {"overtook", "overtake"},
      {"overtaken", "overtake"},
      {"undertook", "undertake"},
      {"undertaken", "undertake"},
      {"mistook", "mistake"},
      {"mistaken", "mistake"},
      {"became", "become"},
      {"overcame", "overcome"},
      {"upheld", "uphold"},
      {"withheld", "withhold"},
      {"beheld", "behold"},
      {"misled", "mislead"},
      {"shed", "shed"},
      {"dying", "die"},
      {"lying", "lie"},
      {"tying", "tie"},
      {"been", "be"},
      {"were", "be"},
      {"does", "do"},
      {"done", "do"},
  };
  for (const auto& e : kVerbs) (*t)[e[0]] = e[1];
  // Irregular plurals and comparatives.
  const char* const kOther[][2] = {
      {"children", "child"},
      {"women", "woman"},
      {"feet", "foot"},
      {"teeth", "tooth"},
      {"geese", "goose"},
      {"mice", "mouse"},
      {"people", "people"},
      {"lives", "life"},
      {"wives", "wife"},
      {"knives", "knife"},
      {"leaves", "leaf"},
      {"halves", "half"},
      {"wolves", "wolf"},
      {"shelves", "shelf"},
      {"thieves", "thief"},
      {"selves", "self"},
      {"loaves", "loaf"},
      {"calves", "calf"},
      {"crises", "crisis"},
      {"analyses", "analysis"},
      {"theses", "thesis"},
      {"criteria", "criterion"},
      {"phenomena", "phenomenon"},
      {"data", "datum"},
      {"media", "medium"},
      {"businessmen", "businessman"},
      {"policemen", "policeman"},
      {"chairmen", "chairman"},
      {"firemen", "fireman"},
      {"gunmen", "gunman"},
      {"spokesmen", "spokesman"},
      {"better", "well"},
      {"best", "well"},
      {"worse", "bad"},
      {"worst", "bad"},
      {"further", "far"},
      {"furthest", "far"},
      {"farther", "far"},
      {"farthest", "far"},
      {"elder", "old"},
      {"eldest", "old"},
  };
  for (const auto& e : kOther) (*t)[e[0]] = e[1];
}

// Adds the lines of one WordNet exception list ("inflected base [base...]"
// per line) to `table`: the first base form is kept and a later line for the
// same word replaces an earlier one, as in the table ROUGE-1.5.5 builds.
// Returns the number of entries read.
std::size_t AddExceptionLines(std::string_view text, ExceptionTable* table) {
  std::size_t added = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    const std::string_view line = text.substr(pos, eol - pos);
    pos = eol + 1;
    std::string_view fields[2];
    std::size_t nfields = 0;
    std::size_t i = 0;
    while (i < line.size() && nfields < 2) {
      while (i < line.size() && IsSpace(line[i])) ++i;
      const std::size_t start = i;
      while (i < line.size() && !IsSpace(line[i])) ++i;
      if (i > start) fields[nfields++] = line.substr(start, i - start);
    }
    if (nfields < 2) continue;
    (*table)[std::string(fields[0])] = std::string(fields[1]);
    ++added;
  }
  return added;
}

struct ExceptionData {
  ExceptionTable table;
  std::string source;
};

// The table RougeStem uses, loaded on first use.
const ExceptionData& Exceptions() {
  static const ExceptionData* data = [] {
    auto* d = new ExceptionData;
    const char* env = std::getenv("PRECIS_WORDNET_DIR");
    const std::string dir = env != nullptr && *env != '\0' ? std::string(env) : kDefaultWordNetDir;
    if (ReadWordNetExceptions(dir, &d->table) > 0) {
      d->source = "WordNet exception lists in " + dir;
    } else {
      d->table.clear();
      AddBuiltInExceptions(&d->table);
      d->source = "built-in list of common irregular forms";
      std::cerr << "ROUGE: no WordNet exception lists (*.exc) in " << dir
                << " (apt-get install wordnet-base, or set PRECIS_WORDNET_DIR);"
                   " stemming uses a built-in list of common irregular forms,"
                   " so stemmed scores can differ slightly from ROUGE-1.5.5\n";
    }
    return d;
  }();
  return *data;
}

void AddTokens(std::string_view text, bool stem, std::vector<std::string>* out) {
  std::string cur;
  auto flush = [&] {
    if (cur.empty()) return;
    out->push_back(stem ? RougeStem(cur) : cur);
    cur.clear();
  };
  for (const char raw : text) {
    const unsigned char c = static_cast<unsigned char>(raw);
    if (c >= 'A' && c <= 'Z') {
      cur.push_back(static_cast<char>(c - 'A' + 'a'));
    } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      cur.push_back(static_cast<char>(c));
    } else {
      flush();
      if (c == '&') out->push_back("amp");
      if (c == '<') out->push_back("lt");
      if (c == '>') out->push_back("gt");
    }
  }
  flush();
}

using NgramCounts = std::map<std::string, int>;

NgramCounts Ngrams(const std::vector<std::string>& tokens, std::size_t n, int* total) {
  NgramCounts counts;
  *total = 0;
  for (std::size_t i = 0; i + n <= tokens.size(); ++i) {
    std::string key = tokens[i];
    for (std::size_t k = 1; k < n; ++k) key += " " + tokens[i + k];
    ++counts[key];
    ++*total;
  }
  return counts;
}

PrfScore MakeScore(double hits, double candidate_total, double reference_total) {
  PrfScore s;
  if (candidate_total <= 0 || reference_total <= 0) return s;
  s.precision = hits / candidate_total;
  s.recall = hits / reference_total;
  if (s.precision + s.recall > 0) {
    s.f = 2 * s.precision * s.recall / (s.precision + s.recall);
  }
  return s;
}

PrfScore NgramScore(const std::vector<std::string>& ref, const std::vector<std::string>& cand,
                    std::size_t n) {
  int ref_total = 0;
  int cand_total = 0;
  const NgramCounts r = Ngrams(ref, n, &ref_total);
  const NgramCounts c = Ngrams(cand, n, &cand_total);
  int hits = 0;
  for (const auto& [gram, count] : c) {
    auto it = r.find(gram);
    if (it != r.end()) hits += std::min(count, it->second);
  }
  return MakeScore(hits, cand_total, ref_total);
}

// Marks in `hit` the positions of `ref` on one longest common subsequence
// with `cand`.
void MarkLcs(const std::vector<std::string>& ref, const std::vector<std::string>& cand,
             std::vector<bool>* hit) {
  const std::size_t m = ref.size();
  const std::size_t n = cand.size();
  if (m == 0 || n == 0) return;
  // table[i][j]: LCS length of ref[0, i) and cand[0, j).
  std::vector<std::vector<int>> table(m + 1, std::vector<int>(n + 1, 0));
  for (std::size_t i = 1; i <= m; ++i) {
    for (std::size_t j = 1; j <= n; ++j) {
      table[i][j] = ref[i - 1] == cand[j - 1] ? table[i - 1][j - 1] + 1
                                              : std::max(table[i - 1][j], table[i][j - 1]);
    }
  }
  std::size_t i = m;
  std::size_t j = n;
  while (i > 0 && j > 0) {
    if (ref[i - 1] == cand[j - 1]) {
      (*hit)[i - 1] = true;
      --i;
      --j;
    } else if (table[i - 1][j] >= table[i][j - 1]) {
      // On a tie the reference position moves first, as in ROUGE-1.5.5.
      --i;
    } else {
      --j;
    }
  }
}

PrfScore SummaryLcsScore(const std::vector<std::vector<std::string>>& ref,
                         const std::vector<std::vector<std::string>>& cand) {
  std::map<std::string, int> ref_left;
  std::map<std::string, int> cand_left;
  double ref_total = 0;
  double cand_total = 0;
  for (const auto& s : ref) {
    for (const auto& t : s) ++ref_left[t];
    ref_total += static_cast<double>(s.size());
  }
  for (const auto& s : cand) {
    for (const auto& t : s) ++cand_left[t];
    cand_total += static_cast<double>(s.size());
  }
  double hits = 0;
  for (const auto& r : ref) {
    std::vector<bool> hit(r.size(), false);
    for (const auto& c : cand) MarkLcs(r, c, &hit);
    for (std::size_t i = 0; i < r.size(); ++i) {
      if (!hit[i]) continue;
      int& rl = ref_left[r[i]];
      int& cl = cand_left[r[i]];
      if (rl > 0 && cl > 0) {
        --rl;
        --cl;
        hits += 1;
      }
    }
  }
  return MakeScore(hits, cand_total, ref_total);
}

}  // namespace

std::string PorterStem(std::string_view word) { return Porter(word).Run(); }

std::size_t ReadWordNetExceptions(const std::string& dir, ExceptionTable* table) {
  std::size_t files = 0;
  for (const char* name : {"adj.exc", "adv.exc", "noun.exc", "verb.exc"}) {
    std::ifstream in(dir + "/" + name, std::ios::binary);
    if (!in) continue;
    std::ostringstream text;
    text << in.rdbuf();
    if (AddExceptionLines(text.str(), table) > 0) ++files;
  }
  return files;
}

std::string RougeStem(std::string_view token) {
  if (token.size() <= 3) return std::string(token);
  const auto& table = Exceptions().table;
  auto it = table.find(std::string(token));
  if (it != table.end()) return it->second;
  return PorterStem(token);
}

const std::string& RougeExceptionSource() { return Exceptions().source; }

std::size_t RougeExceptionCount() { return Exceptions().table.size(); }

std::vector<std::string> RougeTokens(std::string_view text, bool stem) {
  std::vector<std::string> out;
  AddTokens(text, stem, &out);
  return out;
}

std::vector<std::string> SplitLines(std::string_view text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t nl = text.find('\n', start);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(start, nl - start);
    if (line.find_first_not_of(" \t\r") != std::string_view::npos) {
      lines.emplace_back(line);
    }
    start = nl + 1;
  }
  return lines;
}

RougeScores ScoreRouge(const std::vector<std::string>& reference,
                       const std::vector<std::string>& candidate, bool stem) {
  std::vector<std::vector<std::string>> ref_sents;
  std::vector<std::vector<std::string>> cand_sents;
  std::vector<std::string> ref_all;
  std::vector<std::string> cand_all;
  for (const std::string& s : reference) {
    ref_sents.push_back(RougeTokens(s, stem));
    ref_all.insert(ref_all.end(), ref_sents.back().begin(), ref_sents.back().end());
  }
  for (const std::string& s : candidate) {
    cand_sents.push_back(RougeTokens(s, stem));
    cand_all.insert(cand_all.end(), cand_sents.back().begin(), cand_sents.back().end());
  }
  RougeScores scores;
  scores.rouge1 = NgramScore(ref_all, cand_all, 1);
  scores.rouge2 = NgramScore(ref_all, cand_all, 2);
  scores.rougeL = SummaryLcsScore(ref_sents, cand_sents);
  return scores;
}

double MaxRouge2F(std::size_t reference_tokens, std::size_t candidate_tokens) {
  const double r = reference_tokens > 0 ? static_cast<double>(reference_tokens - 1) : 0;
  const double cand = candidate_tokens > 0 ? static_cast<double>(candidate_tokens - 1) : 0;
  return cand + r > 0 ? 2 * std::min(cand, r) / (cand + r) : 0.0;
}

double MaxMeanRouge2F(const std::vector<std::size_t>& reference_tokens, double total_tokens) {
  if (reference_tokens.empty()) return 0;
  // For every multiplier lambda >= 0, sum_i max_t (F_i(t) - lambda t) +
  // lambda T bounds sum_i F_i(t_i) over every allocation with sum t_i <= T;
  // the smallest over a fine grid of lambda is the bound.
  double bound = static_cast<double>(reference_tokens.size());  // F <= 1 each
  for (int step = 0; step <= 2000; ++step) {
    const double lambda = 0.5 * std::pow(10.0, -step / 250.0);  // 0.5 down to 5e-9
    double sum = lambda * total_tokens;
    for (const std::size_t rt : reference_tokens) {
      // Beyond t = rt (every reference bigram hit) F only falls.
      double best = 0;
      for (std::size_t t = 2; t <= rt; ++t) {
        best = std::max(best, MaxRouge2F(rt, t) - lambda * static_cast<double>(t));
      }
      sum += best;
    }
    bound = std::min(bound, sum);
  }
  return bound / static_cast<double>(reference_tokens.size());
}

}  // namespace precis_bench
