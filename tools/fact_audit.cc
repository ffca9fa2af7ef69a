// precis_fact_audit: checks the key-fact bullets of a corpus against the
// rules a reader relies on, and lists every bullet that breaks one.
//
//   precis_fact_audit [--data DIR] [--set summeval|bbc|articles]... [--bbc N]
//                     [--quiet]
//
// Each article is summarized with the default options (automatic length,
// 5 key facts). The rules, per bullet:
//   repeat       the bullet is a sentence of the summary shown above it,
//                whole (not shortened), while the article had another fact
//                to give: the same article asked for 20 facts yields a
//                bullet that repeats no summary sentence and is not among
//                the 5
//   long         more than 25 words
//   dangling     cut at the end, it ends on a conjunction, preposition or
//                determiner ("... what impact a victory of.")
//   negation, contrast, condition, attribution, number
//                a word of that kind in the source sentence is missing from
//                the bullet: negation ("not", "never", "no") and numbers
//                inside the clause the bullet keeps (from its first to its
//                last word); contrast ("but", "however", "although") and
//                conditions ("if", "unless") after the bullet's first word
//                (a leading "However," may go); attribution ("according
//                to", "said", "told") anywhere
//   contentless  a name and one verb with nothing after it ("Judge Arnold
//                O. Jones interjected.")
// and per data set:
//   median       the median bullet has more than 18 words.
// Data sets (shared data, ../shared/data by default or PRECIS_SHARED_DATA):
// summeval_cnndm100.jsonl (100), the first N of bbc_news_summary.jsonl (all 2,225),
// and articles/*.txt. Exit status: 0 when no rule is broken, 1 when one is
// (each violation is listed: rule, data set and article, bullet), 2 on bad
// arguments; missing data is skipped, or an error (1) under CI=true.
#include <dirent.h>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "precis/precis.h"

namespace {

constexpr std::size_t kMaxWords = 25;
constexpr double kMaxMedian = 18;
constexpr int kFacts = 5;
constexpr int kManyFacts = 20;

struct Doc {
  std::string id;
  std::string text;
};

// A word of a text: its letters and digits in lower case, with the
// original form kept for case checks.
struct Word {
  std::string norm;
  std::string raw;
};

std::vector<Word> Words(const std::string& s) {
  std::vector<Word> out;
  std::istringstream in(s);
  std::string raw;
  while (in >> raw) {
    Word w;
    w.raw = raw;
    for (char ch : raw) {
      const auto c = static_cast<unsigned char>(ch);
      if (std::isalnum(c) != 0 || c >= 0x80 || ch == '\'') {
        w.norm.push_back(static_cast<char>(std::tolower(c)));
      }
    }
    // "n't" split or not: "didn't" keeps its negation in `norm`.
    while (!w.norm.empty() && w.norm.front() == '\'') w.norm.erase(0, 1);
    if (!w.norm.empty()) out.push_back(w);
  }
  return out;
}

bool In(const std::string& w, std::initializer_list<const char*> set) {
  for (const char* s : set) {
    if (w == s) return true;
  }
  return false;
}

bool Negation(const std::string& w) {
  if (w.size() > 3 && w.compare(w.size() - 3, 3, "n't") == 0) return true;
  return In(w, {"not", "no", "never", "nor", "neither", "none", "nobody", "nothing", "without",
                "cannot", "nt", "n't"});
}
bool Contrast(const std::string& w) {
  return In(w, {"but", "however", "although", "though", "yet", "whereas", "despite"});
}
bool Condition(const std::string& w) { return In(w, {"if", "unless", "provided", "whether"}); }
bool Attribution(const std::string& w) {
  return In(w, {"according", "said", "says", "say", "told", "tells", "claimed", "claims", "alleged",
                "allegedly", "reportedly", "reported", "stated", "insisted", "added", "announced",
                "confirmed"});
}
bool Number(const std::string& w) {
  for (char ch : w) {
    if (ch >= '0' && ch <= '9') return true;
  }
  return In(w,
            {"one",       "two",      "three",     "four",     "five",     "six",      "seven",
             "eight",     "nine",     "ten",       "eleven",   "twelve",   "thirteen", "fourteen",
             "fifteen",   "sixteen",  "seventeen", "eighteen", "nineteen", "twenty",   "thirty",
             "forty",     "fifty",    "sixty",     "seventy",  "eighty",   "ninety",   "hundred",
             "thousand",  "million",  "billion",   "trillion", "dozen",    "dozens",   "hundreds",
             "thousands", "millions", "billions",  "half",     "twice",    "first",    "second",
             "third"});
}
bool DanglingEnd(const std::string& w) {
  return In(w, {"and",     "or",      "but",       "nor",   "because", "although", "though",
                "whereas", "if",      "unless",    "which", "who",     "whom",     "whose",
                "of",      "to",      "for",       "with",  "by",      "from",     "into",
                "onto",    "at",      "as",        "than",  "between", "against",  "during",
                "without", "within",  "including", "via",   "toward",  "towards",  "upon",
                "among",   "despite", "the",       "a",     "an",      "these",    "those",
                "its",     "their",   "our",       "my",    "your",    "every",    "each"});
}

// Function words that may stand between the name and the verb of a
// contentless bullet.
bool Function(const std::string& w) {
  return In(w, {"the", "a",    "an",   "of",   "and",   "has",  "had", "have", "was",  "were", "is",
                "are", "then", "also", "just", "later", "then", "he",  "she",  "they", "it"});
}

struct Violation {
  std::string rule;
  std::string where;
  std::string bullet;
  std::string detail;
};

struct Audit {
  std::vector<Violation> list;
  std::map<std::string, int> counts;
  void Add(const std::string& rule, const std::string& where, const std::string& bullet,
           const std::string& detail = "") {
    list.push_back({rule, where, bullet, detail});
    ++counts[rule];
  }
};

std::string Collapse(const std::string& s) {
  std::string out;
  bool space = false;
  for (char ch : s) {
    if (ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r') {
      space = !out.empty();
    } else {
      if (space) out.push_back(' ');
      space = false;
      out.push_back(ch);
    }
  }
  return out;
}

// The bullet's words matched in order against the source sentence's words:
// for each source word, whether the bullet keeps it.
std::vector<char> Kept(const std::vector<Word>& src, const std::vector<Word>& bullet) {
  std::vector<char> kept(src.size(), 0);
  std::size_t j = 0;
  for (const Word& b : bullet) {
    std::size_t k = j;
    while (k < src.size() && src[k].norm != b.norm) ++k;
    if (k == src.size()) continue;  // a case change after a cut, or a join
    kept[k] = 1;
    j = k + 1;
  }
  return kept;
}

// A name and one verb with nothing after it: every word but the last is
// capitalised or a function word, the last is lower case, and there is no
// number.
bool Contentless(const std::vector<Word>& words) {
  if (words.size() < 2) return true;
  for (const Word& w : words) {
    if (Number(w.norm)) return false;
  }
  const Word& last = words.back();
  if (last.raw.empty() || std::isupper(static_cast<unsigned char>(last.raw[0])) != 0) return false;
  for (std::size_t i = 0; i + 1 < words.size(); ++i) {
    const auto c = static_cast<unsigned char>(words[i].raw[0]);
    if (std::isupper(c) == 0 && !Function(words[i].norm)) return false;
  }
  return true;
}

bool RepeatsSummary(const precis::KeyFact& f, const precis::Result& r) {
  const std::size_t words = Words(f.text).size();
  for (const precis::Sentence& s : r.summary) {
    if (s.index != f.sentence_index && Collapse(s.text) != Collapse(f.text)) continue;
    if (words >= Words(s.text).size()) return true;
  }
  return false;
}

void AuditDoc(const std::string& where, const std::string& text, Audit* audit,
              std::vector<std::size_t>* lengths, int* bullets) {
  precis::Options opt;
  opt.max_facts = kFacts;
  precis::Result r;
  if (!precis::Summarize(text, opt, &r).ok()) return;
  // Another fact to give: a non-repeating bullet of a 20-fact run that the
  // 5 do not hold.
  bool other_fact = false;
  {
    precis::Options many = opt;
    many.max_facts = kManyFacts;
    precis::Result rm;
    if (precis::Summarize(text, many, &rm).ok()) {
      std::set<std::size_t> have;
      for (const precis::KeyFact& f : r.facts) have.insert(f.sentence_index);
      for (const precis::KeyFact& f : rm.facts) {
        if (have.count(f.sentence_index) == 0 && !RepeatsSummary(f, rm)) other_fact = true;
      }
    }
  }
  for (const precis::KeyFact& f : r.facts) {
    ++*bullets;
    const std::vector<Word> bw = Words(f.text);
    lengths->push_back(bw.size());
    if (bw.size() > kMaxWords) audit->Add("long", where, f.text, std::to_string(bw.size()));
    if (other_fact && RepeatsSummary(f, r)) audit->Add("repeat", where, f.text);
    if (Contentless(bw)) audit->Add("contentless", where, f.text);
    const std::string source = text.substr(f.span.byte_start, f.span.byte_end - f.span.byte_start);
    const std::vector<Word> sw = Words(source);
    const std::vector<char> kept = Kept(sw, bw);
    std::size_t first = sw.size();
    std::size_t last = 0;
    for (std::size_t k = 0; k < sw.size(); ++k) {
      if (!kept[k]) continue;
      first = std::min(first, k);
      last = k;
    }
    if (first == sw.size()) continue;
    if (last + 1 < sw.size() && DanglingEnd(sw[last].norm)) {
      audit->Add("dangling", where, f.text, sw[last].norm);
    }
    std::set<std::string> seen;
    for (std::size_t k = 0; k < sw.size(); ++k) {
      if (kept[k]) continue;
      const std::string& w = sw[k].norm;
      const bool inside = k > first && k < last;
      const char* rule = nullptr;
      if (inside && Negation(w)) rule = "negation";
      if (inside && Number(w)) rule = "number";
      if (k > first && Contrast(w)) rule = "contrast";
      if (k > first && Condition(w)) rule = "condition";
      if (Attribution(w)) rule = "attribution";
      if (rule != nullptr && seen.insert(rule).second) {
        audit->Add(rule, where, f.text, "'" + sw[k].raw + "' of: " + Collapse(source));
      }
    }
  }
}

bool ReadJsonl(const std::string& path, std::size_t limit, std::vector<Doc>* docs) {
  std::ifstream in(path);
  if (!in) return false;
  std::string line;
  while (docs->size() < limit && std::getline(in, line)) {
    if (line.empty()) continue;
    const nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.contains("text")) continue;
    Doc d;
    d.id = j.contains("id") ? j["id"].dump() : std::to_string(docs->size());
    d.text = j["text"].get<std::string>();
    docs->push_back(std::move(d));
  }
  return true;
}

bool ReadArticles(const std::string& dir, std::vector<Doc>* docs) {
  DIR* d = opendir(dir.c_str());
  if (d == nullptr) return false;
  std::vector<std::string> names;
  while (dirent* e = readdir(d)) {
    const std::string n = e->d_name;
    if (n.size() > 4 && n.compare(n.size() - 4, 4, ".txt") == 0) names.push_back(n);
  }
  closedir(d);
  std::sort(names.begin(), names.end());
  for (const std::string& n : names) {
    std::string path = dir;
    path += '/';
    path += n;
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    docs->push_back({n, s.str()});
  }
  return true;
}

double Median(std::vector<std::size_t> v) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  const std::size_t m = v.size() / 2;
  return v.size() % 2 == 1 ? static_cast<double>(v[m]) : (v[m - 1] + v[m]) / 2.0;
}

[[noreturn]] void Usage() {
  std::fprintf(stderr,
               "usage: precis_fact_audit [--data DIR] [--set summeval|bbc|articles]... "
               "[--bbc N] [--quiet]\n");
  std::exit(2);
}

int Run(int argc, char** argv) {
  const char* env = std::getenv("PRECIS_SHARED_DATA");
  std::string data = env != nullptr ? env : PRECIS_SHARED_DATA_DIR;
  std::set<std::string> sets;
  std::size_t bbc = static_cast<std::size_t>(-1);  // every article
  bool quiet = false;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    const char* next = i + 1 < argc ? argv[i + 1] : nullptr;
    if (a == "--data" && next != nullptr) {
      data = next;
      ++i;
    } else if (a == "--set" && next != nullptr) {
      sets.insert(next);
      ++i;
    } else if (a == "--bbc" && next != nullptr) {
      bbc = static_cast<std::size_t>(std::strtoul(next, nullptr, 10));
      ++i;
    } else if (a == "--quiet") {
      quiet = true;
    } else {
      Usage();
    }
  }
  if (sets.empty()) sets = {"summeval", "bbc", "articles"};
  const bool ci = std::getenv("CI") != nullptr && std::strcmp(std::getenv("CI"), "true") == 0;
  Audit audit;
  bool missing = false;
  std::printf("%-10s %6s %8s %7s %7s %10s\n", "data set", "docs", "bullets", "median", "max",
              "violations");
  for (const std::string& set :
       {std::string("summeval"), std::string("bbc"), std::string("articles")}) {
    if (sets.count(set) == 0) continue;
    std::vector<Doc> docs;
    bool ok = false;
    if (set == "summeval") ok = ReadJsonl(data + "/summeval_cnndm100.jsonl", 100000, &docs);
    if (set == "bbc") ok = ReadJsonl(data + "/bbc_news_summary.jsonl", bbc, &docs);
    if (set == "articles") ok = ReadArticles(data + "/articles", &docs);
    if (!ok) {
      std::printf("%-10s skipped: data not found under %s\n", set.c_str(), data.c_str());
      missing = true;
      continue;
    }
    const std::size_t before = audit.list.size();
    std::vector<std::size_t> lengths;
    int bullets = 0;
    for (const Doc& d : docs) AuditDoc(set + " " + d.id, d.text, &audit, &lengths, &bullets);
    const double median = Median(lengths);
    if (median > kMaxMedian) {
      audit.Add("median", set, "", std::to_string(median) + " words");
    }
    const std::size_t max = lengths.empty() ? 0 : *std::max_element(lengths.begin(), lengths.end());
    std::printf("%-10s %6zu %8d %7.1f %7zu %10zu\n", set.c_str(), docs.size(), bullets, median, max,
                audit.list.size() - before);
  }
  std::printf("violations by rule:");
  for (const char* rule : {"repeat", "long", "median", "dangling", "negation", "contrast",
                           "condition", "attribution", "number", "contentless"}) {
    std::printf(" %s %d", rule, audit.counts.count(rule) != 0 ? audit.counts[rule] : 0);
  }
  std::printf("\n");
  if (!quiet) {
    for (const Violation& v : audit.list) {
      std::printf("%s\t%s\t%s%s%s\n", v.rule.c_str(), v.where.c_str(), v.bullet.c_str(),
                  v.detail.empty() ? "" : "\t", v.detail.c_str());
    }
  }
  if (missing && ci) {
    std::fprintf(stderr, "fact_audit: FAILED: data missing (CI=true)\n");
    return 1;
  }
  if (!audit.list.empty()) {
    std::printf("fact_audit: FAILED: %zu violations\n", audit.list.size());
    return 1;
  }
  std::printf("fact_audit: no violations\n");
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return Run(argc, argv);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "precis_fact_audit: %s\n", e.what());
    return 1;
  }
}
