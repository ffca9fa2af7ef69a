// precis_segeval: measures the sentence splitter against the
// pragmatic_segmenter gold cases (shared data).
//
//   precis_segeval [FILE] [--failures] [--lang xx] [--no-language]
//                  [--min-english-golden R] [--min-rate R [--min-cases N]]
//   precis_segeval --print TEXT_FILE [--lang xx]  (the units of any text, one a line)
//   precis_segeval --time TEXT_FILE [--lang xx]   (splitting speed, CPU time)
//
// Each case passes when our units, white space collapsed, equal the gold
// sentences. Cases whose gold output is cleaned text rather than substrings
// of the input (sentences_are_ordered_substrings = false) are listed apart
// and not counted in the rates. Each case is split with the rules of its
// language (SplitOptions::language); --no-language splits every case as text
// of unknown language. Exit status: 0 (a report, or "skipped" when the data
// is missing and no gate is asked for), 1 when --min-english-golden is given
// and the English Golden Rules rate is below it, when --min-rate is given and
// a language with at least --min-cases cases (default 20) passes fewer, or
// when the data is missing and a --min-* option is given or CI=true; 2 on bad
// arguments.
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <exception>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "segment/sentence_splitter.h"
#include "text/unicode.h"

namespace {

constexpr char kDataFile[] = "pragmatic_segmenter_gold.jsonl";

struct Tally {
  int cases = 0;
  int passed = 0;
  double Rate() const { return cases > 0 ? static_cast<double>(passed) / cases : 0.0; }
};

std::vector<std::string> Split(const std::string& text, const std::string& lang) {
  precis::internal::SplitOptions options;
  options.language = lang;
  std::vector<std::string> out;
  for (const auto& u : precis::internal::SplitSentences(text, options)) {
    std::string s =
        precis::internal::CollapseSpace(std::string_view(text).substr(u.begin, u.end - u.begin));
    if (!s.empty()) out.push_back(std::move(s));
  }
  return out;
}

// JSON-quoted, shortened to about 300 bytes at a character boundary.
std::string Quote(const std::string& s) {
  constexpr std::size_t kMax = 300;
  if (s.size() <= kMax) return nlohmann::json(s).dump();
  std::size_t cut = kMax;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return nlohmann::json(s.substr(0, cut)).dump() + "...";
}

void PrintRow(const std::string& name, const Tally& t) {
  std::printf("%-22s %6d %7d %8.1f%%\n", name.c_str(), t.cases, t.passed, 100.0 * t.Rate());
}

int Usage() {
  std::fprintf(stderr,
               "usage: precis_segeval [FILE] [--failures] [--lang xx] [--no-language]\n"
               "                      [--min-english-golden R] [--min-rate R [--min-cases N]]\n"
               "       precis_segeval --print TEXT_FILE [--lang xx]\n"
               "       precis_segeval --time TEXT_FILE [--lang xx]\n");
  return 2;
}

// The repaired contents of a text file, or false.
bool ReadText(const std::string& path, std::string* text) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "segeval: cannot open %s\n", path.c_str());
    return false;
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  std::vector<precis::internal::Repair> repairs;
  precis::internal::RepairUtf8(ss.str(), text, &repairs);
  return true;
}

// Splits a text file five times; prints the best CPU time and the speed.
int TimeSplit(const std::string& path, const std::string& lang) {
  precis::internal::SplitOptions options;
  options.language = lang;
  std::string text;
  if (!ReadText(path, &text)) return 1;
  double best = 1e30;
  std::size_t units = 0;
  for (int i = 0; i < 5; ++i) {
    const std::clock_t start = std::clock();
    units = precis::internal::SplitSentences(text, options).size();
    const double seconds = static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC;
    if (seconds < best) best = seconds;
  }
  const double mb = static_cast<double>(text.size()) / (1 << 20);
  std::printf("%s: %.2f MiB, %zu units, %.3f s CPU, %.1f MiB/s\n", path.c_str(), mb, units, best,
              best > 0 ? mb / best : 0.0);
  return 0;
}

// Prints the units of a text file: paragraph, line, flags and the text.
int PrintUnits(const std::string& path, const std::string& lang) {
  std::string text;
  if (!ReadText(path, &text)) return 1;
  precis::internal::SplitOptions options;
  options.language = lang;
  for (const auto& u : precis::internal::SplitSentences(text, options)) {
    std::printf(
        "p%-3d l%-4d %s%s %s\n", u.paragraph, u.line, u.line_unit ? "L" : "-",
        u.truncated ? "T" : "-",
        precis::internal::CollapseSpace(std::string_view(text).substr(u.begin, u.end - u.begin))
            .c_str());
  }
  return 0;
}

// The command line.
struct Args {
  std::string path = std::string(PRECIS_SHARED_DATA_DIR) + "/" + kDataFile;
  bool failures = false;
  bool no_language = false;
  std::string lang_filter;
  double min_golden = -1;
  double min_rate = -1;
  std::string print_path;
  std::string time_path;
  int min_cases = 20;
};

// Parses the command line into `*a`: -1 to go on, else the exit status.
int ParseArgs(int argc, char** argv, Args* a) {
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--failures") {
      a->failures = true;
    } else if (arg == "--no-language") {
      a->no_language = true;
    } else if (arg == "--lang" && i + 1 < argc) {
      a->lang_filter = argv[++i];
    } else if (arg == "--min-english-golden" && i + 1 < argc) {
      char* end = nullptr;
      a->min_golden = std::strtod(argv[++i], &end);
      if (end == argv[i] || *end != '\0' || a->min_golden < 0 || a->min_golden > 1) {
        return Usage();
      }
    } else if (arg == "--min-rate" && i + 1 < argc) {
      char* end = nullptr;
      a->min_rate = std::strtod(argv[++i], &end);
      if (end == argv[i] || *end != '\0' || a->min_rate < 0 || a->min_rate > 1) return Usage();
    } else if (arg == "--min-cases" && i + 1 < argc) {
      char* end = nullptr;
      const long n = std::strtol(argv[++i], &end, 10);
      if (end == argv[i] || *end != '\0' || n < 1 || n > 1000000) return Usage();
      a->min_cases = static_cast<int>(n);
    } else if (arg == "--print" && i + 1 < argc) {
      a->print_path = argv[++i];
    } else if (arg == "--time" && i + 1 < argc) {
      a->time_path = argv[++i];
    } else if (arg == "--help" || arg == "-h") {
      Usage();
      return 0;
    } else if (!arg.empty() && arg[0] != '-') {
      a->path = arg;
    } else {
      return Usage();
    }
  }
  return -1;
}

// The gold data is missing. A gate that cannot run fails: with --min-* or
// under CI=true the missing data is an error; otherwise the report is
// skipped.
int MissingData(const Args& a) {
  const char* ci = std::getenv("CI");
  const bool gate =
      a.min_golden >= 0 || a.min_rate >= 0 || (ci != nullptr && std::string(ci) == "true");
  if (gate) {
    std::fprintf(stderr, "segeval: FAILED: gold data %s not found (set PRECIS_SHARED_DATA)\n",
                 a.path.c_str());
    return 1;
  }
  std::printf("segeval: skipped: gold data %s not found\n", a.path.c_str());
  return 0;
}

// The pass counts of a run.
struct Report {
  std::map<std::string, Tally> by_lang;
  Tally golden_en, golden_all, overall, cleaned;
};

// A failed case: the text (shortened) and the sentences around the first
// difference.
void PrintFailure(const nlohmann::json& j, const std::string& id, const std::string& lang,
                  const std::string& text, const std::vector<std::string>& gold,
                  const std::vector<std::string>& ours) {
  const bool is_golden = j.value("golden_rule", false);
  const bool substrings = j.value("sentences_are_ordered_substrings", true);
  std::size_t first = 0;
  while (first < gold.size() && first < ours.size() && gold[first] == ours[first]) ++first;
  const std::size_t from = first > 0 ? first - 1 : 0;
  std::printf(
      "FAIL %s [%s]%s%s %s (%zu gold, %zu ours; first difference at %zu)\n"
      "  text: %s\n",
      id.c_str(), lang.c_str(), is_golden ? " golden" : "", substrings ? "" : " (cleaned gold)",
      j.value("test_name", std::string()).c_str(), gold.size(), ours.size(), first,
      Quote(text).c_str());
  std::printf("  gold:");
  for (std::size_t k = from; k < gold.size() && k < from + 3; ++k) {
    std::printf(" %s", Quote(gold[k]).c_str());
  }
  std::printf("\n  ours:");
  for (std::size_t k = from; k < ours.size() && k < from + 3; ++k) {
    std::printf(" %s", Quote(ours[k]).c_str());
  }
  std::printf("\n");
}

// Splits every gold case of `in` and counts the passes.
void ScoreCases(std::istream& in, const Args& a, Report* r) {
  std::string line;
  int line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.empty()) continue;
    nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object() || !j.contains("text") || !j["text"].is_string() ||
        !j.contains("sentences") || !j["sentences"].is_array()) {
      std::fprintf(stderr, "segeval: line %d: not a gold case, skipped\n", line_no);
      continue;
    }
    const std::string lang = j.value("lang", std::string("?"));
    if (!a.lang_filter.empty() && lang != a.lang_filter) continue;
    const std::string text = j["text"].get<std::string>();
    std::vector<std::string> gold;
    for (const auto& s : j["sentences"]) {
      if (!s.is_string()) continue;
      std::string g = precis::internal::CollapseSpace(s.get<std::string>());
      if (!g.empty()) gold.push_back(std::move(g));
    }
    const std::vector<std::string> ours = Split(text, a.no_language ? std::string() : lang);
    const bool pass = ours == gold;
    if (!j.value("sentences_are_ordered_substrings", true)) {
      ++r->cleaned.cases;
      if (pass) ++r->cleaned.passed;
    } else {
      for (Tally* t : {&r->by_lang[lang], &r->overall}) {
        ++t->cases;
        if (pass) ++t->passed;
      }
      if (j.value("golden_rule", false)) {
        ++r->golden_all.cases;
        if (pass) ++r->golden_all.passed;
        if (lang == "en") {
          ++r->golden_en.cases;
          if (pass) ++r->golden_en.passed;
        }
      }
    }
    if (a.failures && !pass) {
      PrintFailure(j, j.value("id", std::to_string(line_no)), lang, text, gold, ours);
    }
  }
}

void PrintReport(const Report& r) {
  std::printf("%-22s %6s %7s %9s\n", "language", "cases", "passed", "rate");
  for (const auto& [lang, t] : r.by_lang) PrintRow(lang, t);
  std::printf("%s\n", std::string(46, '-').c_str());
  PrintRow("Golden Rules (en)", r.golden_en);
  PrintRow("Golden Rules (all)", r.golden_all);
  PrintRow("overall", r.overall);
  std::printf(
      "\n%d case(s) whose gold is cleaned text (not substrings of the input) "
      "are excluded from the rates above; %d of them pass anyway.\n",
      r.cleaned.cases, r.cleaned.passed);
}

// The exit status of the --min-* gates.
int CheckGates(const Args& a, const Report& r) {
  int status = 0;
  if (a.min_rate >= 0) {
    int gated = 0;
    for (const auto& [lang, t] : r.by_lang) {
      if (t.cases < a.min_cases) continue;
      ++gated;
      if (t.Rate() < a.min_rate) {
        std::printf("segeval: %s %.3f below the minimum %.3f (%d cases)\n", lang.c_str(), t.Rate(),
                    a.min_rate, t.cases);
        status = 1;
      }
    }
    if (gated == 0) {
      std::printf("segeval: no language has %d cases or more\n", a.min_cases);
      status = 1;
    }
  }
  if (a.min_golden >= 0) {
    if (r.golden_en.cases == 0) {
      std::printf("segeval: no English Golden Rules cases found\n");
      return 1;
    }
    if (r.golden_en.Rate() < a.min_golden) {
      std::printf("segeval: English Golden Rules %.3f below the minimum %.3f\n", r.golden_en.Rate(),
                  a.min_golden);
      return 1;
    }
  }
  return status;
}

int Run(int argc, char** argv) {
  Args a;
  if (const int status = ParseArgs(argc, argv, &a); status >= 0) return status;
  if (!a.print_path.empty()) return PrintUnits(a.print_path, a.lang_filter);
  if (!a.time_path.empty()) return TimeSplit(a.time_path, a.lang_filter);
  std::ifstream in(a.path);
  if (!in) return MissingData(a);
  Report r;
  ScoreCases(in, a, &r);
  PrintReport(r);
  return CheckGates(a, r);
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return Run(argc, argv);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "segeval: %s\n", e.what());
    return 1;
  }
}
