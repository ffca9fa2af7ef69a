// Shared pieces of precis_quality: the data, the rows of the quality table,
// the per-data-set results, and the functions each part of the benchmark
// provides (systems.cc: the in-process systems; peers.cc: live peers and
// whole-process timing; report.cc: tables, intervals, targets and the gate).
#ifndef PRECIS_BENCH_QUALITY_QUALITY_H_
#define PRECIS_BENCH_QUALITY_QUALITY_H_

#include <chrono>
#include <cstddef>
#include <fstream>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "gate.h"
#include "rouge.h"

namespace precis_bench {

struct Article {
  std::string id;
  std::string text;
  std::vector<std::string> reference;  // one sentence a line
  std::string source;                  // BBC: the category; CNN/DM: cnn or dm (from the id)
};

struct DataSet {
  std::string name;
  std::vector<Article> articles;
  bool three_sentences = true;  // else 40% of the sentences
};

// What one system produced for one document.
struct Output {
  std::vector<std::string> sentences;
  double ms = 0;
};

// A row of the table: a system on one data set.
struct Row {
  std::string system;
  std::vector<RougeScores> scores;
  std::vector<double> ms;
  std::vector<double> words;
  int same_as_lead = 0;  // documents where the choice equals Lead's (in process)
};

struct DataSetResult {
  std::string name;
  std::size_t docs = 0;
  std::vector<Row> rows;
  // Key-fact bullets against the 3-sentence summary (CNN/DM only).
  bool has_facts = false;
  double facts_r2 = 0;
  double facts_words = 0;
  double summary_r2 = 0;
  double summary_words = 0;
  double facts_ms = 0;
  double alone_r2 = 0;  // the same 3 bullets read alone (Options::facts_alone)
  double alone_words = 0;
  // Per document: the ROUGE tokens of the reference and of the 3-sentence
  // summary (the bound on what the bullets could reach, see report.cc).
  std::vector<std::size_t> reference_tokens;
  std::vector<std::size_t> summary_tokens;
  // Share of documents where precis picks exactly the Lead-3 sentences.
  double same_as_lead = 0;
  std::size_t api_mismatches = 0;    // Summarize vs the stages' ranking
  std::vector<std::string> sources;  // each document's Article::source, in row order
};

// The word budgets of the budget rows: precis with `--words N` against the
// lead cut to N words and the lead's whole sentences within N words.
inline const std::vector<int>& WordBudgets() {
  static const std::vector<int> kBudgets = {60, 100};
  return kBudgets;
}
// Row names of the budget rows.
std::string PrecisWordsRow(int words);
std::string LeadCutRow(int words);
std::string LeadWholeRow(int words);

struct RunConfig {
  std::string node_script;
  std::string work = ".";
  bool ots = true;
  std::vector<std::string> variants;  // extra "name:spec" variants
  bool remove_junk = true;            // --no-junk-filter: Options::remove_junk = false
  bool degrade = false;  // --degrade-precis: precis rows take sentences 2..k+1 (a gate test)
  std::ofstream* dump = nullptr;  // --dump FILE: per-document outputs and scores
};

// Statistics of per-document figures.
double Mean(const std::vector<double>& v);
double Median(std::vector<double> v);
double Percentile95(std::vector<double> v);

// Words with at least one letter or digit.
std::size_t WordCount(const std::vector<std::string>& sentences);

template <typename F>
double TimeMs(F&& f) {
  const auto start = std::chrono::steady_clock::now();
  f();
  const auto end = std::chrono::steady_clock::now();
  return std::chrono::duration<double, std::milli>(end - start).count();
}

// The row of `system`, added at the end when there is none yet.
Row& RowFor(std::vector<Row>* rows, const std::string& system);

// The first row whose system name starts with `prefix`, or null.
const Row* FindRow(const DataSetResult& d, const std::string& prefix);

// Scores `o` against the article's reference into `row`; writes the
// document's line to `dump` when given.
void Add(Row* row, const Article& a, const Output& o, std::ofstream* dump);

// Mean R1, R2 and RL F1 of a row, x100.
struct Means {
  double r1 = 0, r2 = 0, rl = 0;
};
Means MeanScores(const Row& row);

// systems.cc: every in-process system on every article of `set`, then the
// node peers over all of them.
DataSetResult RunDataSet(const DataSet& set, const RunConfig& config);

// peers.cc: Open Text Summarizer through libots, `k` sentences.
Output RunOts(const std::string& text, std::size_t k);

// peers.cc: node-summarizer through peers.js, run once over all documents
// (id, text) with their budgets; outputs by system, then by document id.
using PeerOutputs = std::map<std::string, std::map<std::string, Output>>;
PeerOutputs RunNodePeers(const std::string& script, const std::string& work,
                         const std::vector<std::pair<std::string, std::string>>& docs,
                         const std::vector<std::size_t>& budgets);

// peers.cc: whole-process times, each tool started once per document.
struct ProcessTimes {
  std::string system;
  std::vector<double> ms;
  bool ok = true;
};
std::vector<ProcessTimes> TimeProcesses(const DataSet& set, std::size_t docs,
                                        const std::string& cli, const std::string& node_script,
                                        const std::string& work);
void PrintTimingTables(const DataSetResult& d, const std::vector<ProcessTimes>& processes);

// report.cc: the quality table, the paired intervals, the targets and the
// gated figures against the reference.
void PrintTable(const std::vector<DataSetResult>& results);
void PrintIntervals(const std::vector<DataSetResult>& results);
// Per source (CNN or Daily Mail, BBC category): precis against the lead at
// each budget, with paired intervals.
void PrintSources(const std::vector<DataSetResult>& results);
bool CheckTargets(const std::vector<DataSetResult>& results);
std::map<std::string, double> GatedFigures(const std::vector<DataSetResult>& results,
                                           const JunkScore* junk);
bool CheckReference(const std::map<std::string, double>& figures,
                    const std::map<std::string, double>& reference);

}  // namespace precis_bench

#endif  // PRECIS_BENCH_QUALITY_QUALITY_H_
