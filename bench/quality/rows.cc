// The rows of the quality table and the statistics over them.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "quality.h"

namespace precis_bench {

double Mean(const std::vector<double>& v) {
  if (v.empty()) return 0;
  double s = 0;
  for (double x : v) s += x;
  return s / static_cast<double>(v.size());
}

double Percentile95(std::vector<double> v) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  const std::size_t i =
      static_cast<std::size_t>(std::ceil(0.95 * static_cast<double>(v.size()))) - 1;
  return v[std::min(i, v.size() - 1)];
}

double Median(std::vector<double> v) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  const std::size_t n = v.size();
  return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

std::size_t WordCount(const std::vector<std::string>& sentences) {
  std::size_t n = 0;
  for (const std::string& s : sentences) {
    std::istringstream in(s);
    std::string w;
    while (in >> w) {
      if (std::any_of(w.begin(), w.end(),
                      [](char c) { return std::isalnum(static_cast<unsigned char>(c)); })) {
        ++n;
      }
    }
  }
  return n;
}

std::string PrecisWordsRow(int words) { return "precis (" + std::to_string(words) + " words)"; }
std::string LeadCutRow(int words) { return "Lead cut to " + std::to_string(words) + " words"; }
std::string LeadWholeRow(int words) {
  return "Lead whole sentences in " + std::to_string(words) + " words";
}

Row& RowFor(std::vector<Row>* rows, const std::string& system) {
  for (Row& r : *rows) {
    if (r.system == system) return r;
  }
  rows->push_back(Row{system, {}, {}, {}, 0});
  return rows->back();
}

const Row* FindRow(const DataSetResult& d, const std::string& prefix) {
  for (const Row& r : d.rows) {
    if (r.system.rfind(prefix, 0) == 0) return &r;
  }
  return nullptr;
}

void Add(Row* row, const Article& a, const Output& o, std::ofstream* dump) {
  row->scores.push_back(ScoreRouge(a.reference, o.sentences));
  row->ms.push_back(o.ms);
  row->words.push_back(static_cast<double>(WordCount(o.sentences)));
  if (dump != nullptr) {
    const RougeScores& s = row->scores.back();
    nlohmann::json j = {{"id", a.id},       {"system", row->system}, {"r1", s.rouge1.f},
                        {"r2", s.rouge2.f}, {"rl", s.rougeL.f},      {"sentences", o.sentences}};
    *dump << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  }
}

Means MeanScores(const Row& row) {
  Means m;
  for (const RougeScores& s : row.scores) {
    m.r1 += s.rouge1.f;
    m.r2 += s.rouge2.f;
    m.rl += s.rougeL.f;
  }
  const double n = static_cast<double>(std::max<std::size_t>(row.scores.size(), 1));
  m.r1 *= 100 / n;
  m.r2 *= 100 / n;
  m.rl *= 100 / n;
  return m;
}

}  // namespace precis_bench
