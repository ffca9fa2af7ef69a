#include "gate.h"

#include <algorithm>
#include <cstring>
#include <fstream>
#include <iomanip>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>

#include "precis/precis.h"

namespace precis_bench {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

std::string Trim(const std::string& s) {
  std::size_t b = 0, e = s.size();
  while (b < e && (IsSpace(s[b]) || s[b] == '\n')) ++b;
  while (e > b && (IsSpace(s[e - 1]) || s[e - 1] == '\n')) --e;
  return s.substr(b, e - b);
}

// Length of the closing quote or bracket at `i`, or 0.
std::size_t ClosingAt(const std::string& t, std::size_t i) {
  if (i >= t.size()) return 0;
  const char c = t[i];
  if (c == '"' || c == '\'' || c == ')' || c == ']') return 1;
  if (t.compare(i, 3, "\xE2\x80\x9D") == 0 || t.compare(i, 3, "\xE2\x80\x99") == 0) return 3;
  return 0;
}

// True when a sentence may start at `i`: a capital, a digit or an opening quote.
bool StartsSentence(const std::string& t, std::size_t i) {
  if (i >= t.size()) return false;
  const char c = t[i];
  if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return true;
  if (c == '"' || c == '\'' || c == '`') return true;
  return t.compare(i, 3, "\xE2\x80\x9C") == 0 || t.compare(i, 3, "\xE2\x80\x98") == 0;
}

}  // namespace

std::vector<std::string> PlainSplit(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  auto emit = [&](std::size_t end) {
    std::string s = Trim(text.substr(start, end - start));
    if (!s.empty()) out.push_back(std::move(s));
    start = end;
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\n') {
      emit(i + 1);
      continue;
    }
    if (c != '.' && c != '!' && c != '?') continue;
    std::size_t j = i + 1;
    while (std::size_t n = ClosingAt(text, j)) j += n;
    if (j >= text.size() || !IsSpace(text[j])) continue;
    std::size_t k = j;
    while (k < text.size() && IsSpace(text[k])) ++k;
    if (StartsSentence(text, k)) {
      emit(j);
      i = j - 1;
    }
  }
  emit(text.size());
  return out;
}

Interval PairedBootstrap(const std::vector<double>& diffs, int resamples, std::uint64_t seed) {
  Interval iv;
  if (diffs.empty()) return iv;
  const std::size_t n = diffs.size();
  double sum = 0;
  for (double d : diffs) sum += d;
  iv.mean = sum / static_cast<double>(n);
  std::mt19937_64 rng(seed);
  std::uniform_int_distribution<std::size_t> pick(0, n - 1);
  std::vector<double> means;
  means.reserve(static_cast<std::size_t>(resamples));
  for (int r = 0; r < resamples; ++r) {
    double s = 0;
    for (std::size_t i = 0; i < n; ++i) s += diffs[pick(rng)];
    means.push_back(s / static_cast<double>(n));
  }
  std::sort(means.begin(), means.end());
  const auto at = [&](double q) {
    const std::size_t i = static_cast<std::size_t>(q * static_cast<double>(means.size() - 1) + 0.5);
    return means[std::min(i, means.size() - 1)];
  };
  iv.lo = at(0.025);
  iv.hi = at(0.975);
  return iv;
}

bool ReadReference(const std::string& path, std::map<std::string, double>* out) {
  std::ifstream in(path);
  if (!in) return false;
  std::string line;
  while (std::getline(in, line)) {
    const std::size_t hash = line.find('#');
    if (hash != std::string::npos) line.resize(hash);
    std::istringstream fields(line);
    std::string key;
    double value = 0;
    if (fields >> key >> value) (*out)[key] = value;
  }
  return true;
}

bool WriteReference(const std::string& path, const std::map<std::string, double>& values) {
  std::ofstream out(path);
  if (!out) return false;
  out << "# Reference figures of the quality gate (bench/quality/README.md).\n"
         "# precis_quality --check fails when a figure falls 0.5 points (ROUGE x100)\n"
         "# or 0.02 (junk precision and recall) or more below its value here.\n"
         "# Written by scripts/bench-quality.sh --ci --update-reference; a change\n"
         "# is committed on its own, its message saying why the figures moved.\n";
  for (const auto& [key, value] : values) {
    out << key << ' ' << std::fixed << std::setprecision(4) << value << '\n';
  }
  return static_cast<bool>(out);
}

namespace {

bool ReadFile(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream s;
  s << in.rdbuf();
  *out = s.str();
  return true;
}

// The texts of the data sets' documents named by the label file.
bool LoadSources(const std::string& data_dir, const std::vector<std::string>& wanted,
                 std::map<std::string, std::string>* texts, std::string* error) {
  for (const char* set : {"cnndm", "bbc"}) {
    const std::string file =
        std::string(data_dir) +
        (std::strcmp(set, "cnndm") == 0 ? "/summeval_cnndm100.jsonl" : "/bbc_news_summary.jsonl");
    bool needed = false;
    for (const std::string& w : wanted) needed = needed || w.rfind(std::string(set) + ":", 0) == 0;
    if (!needed) continue;
    std::ifstream in(file);
    if (!in) {
      *error = "cannot read " + file;
      return false;
    }
    std::string line;
    while (std::getline(in, line)) {
      const nlohmann::json row = nlohmann::json::parse(line, nullptr, false);
      if (row.is_discarded()) continue;
      const std::string key = std::string(set) + ":" + row.value("id", "");
      if (std::find(wanted.begin(), wanted.end(), key) != wanted.end()) {
        (*texts)[key] = row.value("text", "");
      }
    }
  }
  for (const std::string& w : wanted) {
    if (w.rfind("articles/", 0) == 0 && !ReadFile(data_dir + "/" + w, &(*texts)[w])) {
      *error = "cannot read " + data_dir + "/" + w;
      return false;
    }
    if (w != "host" && texts->count(w) == 0) {
      *error = "no document " + w;
      return false;
    }
  }
  return true;
}

// A clean article with room for one more paragraph after its second one.
constexpr char kHostBefore[] =
    "The city council approved a new budget for public transport on Tuesday.\n\n"
    "The plan adds twelve bus routes and extends the evening service of the tram network "
    "until midnight on weekdays.\n\n";
constexpr char kHostAfter[] =
    "\n\nCouncil members said the cost would be covered by a rise in parking fees and by a "
    "grant from the regional government.\n\n"
    "Work on the first routes is expected to start in the spring, and the full network should "
    "run by the end of next year.\n";

double RemovedShare(const precis::Result& r, std::size_t begin, std::size_t end) {
  std::size_t covered = 0;
  for (const precis::Removed& rm : r.removed) {
    const std::size_t b = std::max(begin, rm.span.byte_start);
    const std::size_t e = std::min(end, rm.span.byte_end);
    if (e > b) covered += e - b;
  }
  return end > begin ? static_cast<double>(covered) / static_cast<double>(end - begin) : 0.0;
}

}  // namespace

bool ScoreJunk(const std::string& labels_path, const std::string& data_dir, bool remove_junk,
               JunkScore* score, std::string* error) {
  std::ifstream in(labels_path);
  if (!in) {
    *error = "cannot read " + labels_path;
    return false;
  }
  struct Label {
    bool junk;
    std::string source, text;
  };
  std::vector<Label> labels;
  std::vector<std::string> sources;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    const std::size_t t1 = line.find('\t');
    const std::size_t t2 = t1 == std::string::npos ? t1 : line.find('\t', t1 + 1);
    if (t2 == std::string::npos) {
      *error = "bad label line: " + line;
      return false;
    }
    Label l{line.compare(0, t1, "junk") == 0, line.substr(t1 + 1, t2 - t1 - 1),
            line.substr(t2 + 1)};
    sources.push_back(l.source);
    labels.push_back(std::move(l));
  }
  std::map<std::string, std::string> texts;
  if (!LoadSources(data_dir, sources, &texts, error)) return false;

  precis::Options opt;
  opt.remove_junk = remove_junk;
  opt.max_keywords = 0;
  opt.max_facts = 0;
  std::map<std::string, precis::Result> results;  // one Summarize per document
  for (const Label& l : labels) {
    std::string text;
    std::size_t begin = 0;
    precis::Result host;
    const precis::Result* r = nullptr;
    if (l.source == "host") {
      text = std::string(kHostBefore) + l.text + kHostAfter;
      begin = std::strlen(kHostBefore);
      if (!precis::Summarize(text, opt, &host).ok()) {
        *error = "Summarize failed on a host document";
        return false;
      }
      r = &host;
    } else {
      text = texts[l.source];
      begin = text.find(l.text);
      if (begin == std::string::npos) {
        *error = "not found in " + l.source + ": " + l.text;
        return false;
      }
      auto it = results.find(l.source);
      if (it == results.end()) {
        it = results.emplace(l.source, precis::Result{}).first;
        if (!precis::Summarize(text, opt, &it->second).ok()) {
          *error = "Summarize failed on " + l.source;
          return false;
        }
      }
      r = &it->second;
    }
    const bool removed = RemovedShare(*r, begin, begin + l.text.size()) >= 0.5;
    if (l.junk) {
      ++score->junk;
      if (removed) ++score->removed_junk;
    } else {
      ++score->clean;
      if (removed) {
        ++score->removed_clean;
        score->wrongly_removed.push_back(l.source + ": " + l.text);
      }
    }
  }
  return true;
}

}  // namespace precis_bench
