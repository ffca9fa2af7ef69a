// precis_quality: summary quality of precis, its ranking variants, Lead
// baselines (plain split and precis split), plain TextRank and live peer
// summarizers, on the shared evaluation data, in one run on the same
// documents. Prints one table of ROUGE-1/2/L F1 (x100, the mean over
// documents) with the mean and 95th-percentile time per document, paired
// bootstrap intervals of precis minus the plain-split Lead, in-process and
// whole-process timing tables, junk removal on labelled lines, and the gate.
//
//   precis_quality --data DIR [--ci] [--check] [--reference FILE
//                  [--update-reference]] [--junk-labels FILE]
//                  [--node-script bench/quality/peers.js] [--cli PATH
//                  [--process-docs N]] [--work DIR] [--no-ots] [--dump FILE]
//                  [--no-junk-filter] [--degrade-precis] [--variant NAME:SPEC]...
//
// --variant adds a ranking variant row; SPEC changes the default options,
// e.g. "restart=0.5,containment=0.7" (see ParseVariant).
//
// Data sets: summeval_cnndm100.jsonl (3 sentences, reference = highlights)
// and 500 articles of bbc_news_summary.jsonl, 100 from each category spread
// over it (40% of the sentences; the gated BBC row takes 3). --ci uses every
// fifth of those 500 BBC articles. --check exits with status 1 when a target is missed (see
// CheckTargets) or a gated figure falls below the --reference file (see
// CheckReference); missing data is a skip (exit 0), or a failure (exit 2)
// under CI=true.
//
// The parts: quality.h (shared types), rows.cc (rows and statistics),
// systems.cc (the in-process systems), peers.cc (live peers and timing),
// report.cc (tables, intervals, targets and the gate).
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "gate.h"
#include "quality.h"

namespace {

constexpr std::size_t kBbcPerCategory = 100;

using precis_bench::Article;
using precis_bench::DataSet;
using precis_bench::DataSetResult;

// The articles of a JSON Lines file, in file order.
std::vector<Article> LoadJsonl(const std::string& path) {
  std::ifstream in(path);
  if (!in) {
    std::cerr << "precis_quality: cannot read " << path << "\n";
    std::exit(2);
  }
  std::vector<Article> out;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    const nlohmann::json row = nlohmann::json::parse(line, nullptr, false);
    if (row.is_discarded()) continue;
    Article a;
    a.id = row.value("id", "");
    a.text = row.value("text", "");
    a.reference = precis_bench::SplitLines(row.value("summary", ""));
    a.source = row.value("category", "");
    if (a.source.empty()) a.source = a.id.substr(0, a.id.find('-'));
    if (a.text.empty() || a.reference.empty()) continue;
    out.push_back(std::move(a));
  }
  return out;
}

// `per_source` articles of each source (category), spread evenly over the
// source's articles in file order, grouped by source in order of first
// appearance; then every `stride`-th of each source's sample.
std::vector<Article> Stratified(std::vector<Article> all, std::size_t per_source,
                                std::size_t stride = 1) {
  std::vector<std::string> sources;
  std::map<std::string, std::vector<Article>> by_source;
  for (Article& a : all) {
    auto [it, added] = by_source.try_emplace(a.source);
    if (added) sources.push_back(a.source);
    it->second.push_back(std::move(a));
  }
  std::vector<Article> out;
  for (const std::string& source : sources) {
    std::vector<Article>& of = by_source[source];
    const std::size_t take = std::min(per_source, of.size());
    for (std::size_t j = 0; j < take; ++j) {
      if (j % stride != 0) continue;
      out.push_back(std::move(of[j * of.size() / take]));
    }
  }
  return out;
}

bool Readable(const std::string& path) { return static_cast<bool>(std::ifstream(path)); }

// A gate that cannot run: a failure under CI=true, else a skip.
int CannotRun(const std::string& why) {
  const char* ci = std::getenv("CI");
  if (ci != nullptr && std::string(ci) == "true") {
    std::fprintf(stderr, "precis_quality: FAILED (CI=true): %s\n", why.c_str());
    return 2;
  }
  std::printf("precis_quality: skipped: %s\n", why.c_str());
  return 0;
}

struct Args {
  std::string data_dir;
  precis_bench::RunConfig config;
  bool ci = false;
  bool check = false;
  bool update_reference = false;
  std::string reference_path;
  std::string junk_labels;
  std::string cli;
  std::size_t process_docs = 20;
  std::ofstream dump;
};

// False on an unknown argument.
bool ParseArgs(int argc, char** argv, Args* args) {
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) {
        std::cerr << "precis_quality: " << arg << " needs a value\n";
        std::exit(2);
      }
      return argv[++i];
    };
    if (arg == "--data") {
      args->data_dir = value();
    } else if (arg == "--node-script") {
      args->config.node_script = value();
    } else if (arg == "--work") {
      args->config.work = value();
    } else if (arg == "--variant") {
      args->config.variants.push_back(value());
    } else if (arg == "--dump") {
      args->dump.open(value());
      args->config.dump = &args->dump;
    } else if (arg == "--no-ots") {
      args->config.ots = false;
    } else if (arg == "--ci") {
      args->ci = true;
    } else if (arg == "--check") {
      args->check = true;
    } else if (arg == "--reference") {
      args->reference_path = value();
    } else if (arg == "--update-reference") {
      args->update_reference = true;
    } else if (arg == "--junk-labels") {
      args->junk_labels = value();
    } else if (arg == "--no-junk-filter") {
      args->config.remove_junk = false;
    } else if (arg == "--degrade-precis") {
      args->config.degrade = true;
    } else if (arg == "--cli") {
      args->cli = value();
    } else if (arg == "--process-docs") {
      args->process_docs = static_cast<std::size_t>(std::strtoul(value().c_str(), nullptr, 10));
    } else {
      return false;
    }
  }
  return true;
}

// Junk removal against the labelled lines; false when they cannot be read.
bool ReportJunk(const Args& args, precis_bench::JunkScore* junk) {
  std::string error;
  if (!precis_bench::ScoreJunk(args.junk_labels, args.data_dir, args.config.remove_junk, junk,
                               &error)) {
    std::fprintf(stderr, "precis_quality: junk labels: %s\n", error.c_str());
    return false;
  }
  std::printf(
      "\nJunk removal on %d junk and %d clean labelled lines%s: precision %.3f, recall %.3f "
      "(%d of %d junk lines removed, %d clean lines removed)\n",
      junk->junk, junk->clean, args.config.remove_junk ? "" : " (junk filter OFF)",
      junk->Precision(), junk->Recall(), junk->removed_junk, junk->junk, junk->removed_clean);
  for (const std::string& w : junk->wrongly_removed) {
    std::printf("  clean line removed: %s\n", w.c_str());
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  Args args;
  if (!ParseArgs(argc, argv, &args)) {
    std::cerr << "usage: precis_quality --data DIR [--ci] [--check] [--reference FILE "
                 "[--update-reference]] [--junk-labels FILE] [--node-script peers.js] "
                 "[--cli PATH [--process-docs N]] [--work DIR] [--no-ots] [--dump FILE] "
                 "[--no-junk-filter] [--degrade-precis] [--variant NAME:key=value,...]...\n";
    return 2;
  }
  if (args.data_dir.empty()) {
    std::cerr << "precis_quality: --data DIR is required\n";
    return 2;
  }
  const std::string& data_dir = args.data_dir;
  for (const char* f : {"/summeval_cnndm100.jsonl", "/bbc_news_summary.jsonl"}) {
    if (!Readable(data_dir + f))
      return CannotRun("no " + data_dir + f + " (set PRECIS_SHARED_DATA)");
  }
  if (!args.junk_labels.empty() && !Readable(args.junk_labels)) {
    return CannotRun("no " + args.junk_labels);
  }
  std::map<std::string, double> reference;
  if (args.check && !args.update_reference &&
      (args.reference_path.empty() ||
       !precis_bench::ReadReference(args.reference_path, &reference))) {
    return CannotRun("--check needs a readable --reference file");
  }

  DataSet cnndm{"CNN/DM", LoadJsonl(data_dir + "/summeval_cnndm100.jsonl"), true};
  // BBC: 100 articles of each of its five categories (business,
  // entertainment, politics, sport, tech), spread over each; --ci takes every
  // fifth of those.
  DataSet bbc{
      "BBC",
      Stratified(LoadJsonl(data_dir + "/bbc_news_summary.jsonl"), kBbcPerCategory, args.ci ? 5 : 1),
      false};
  std::vector<DataSetResult> results;
  for (const DataSet* set : {&cnndm, &bbc}) {
    results.push_back(precis_bench::RunDataSet(*set, args.config));
  }
  precis_bench::PrintTable(results);
  precis_bench::PrintIntervals(results);
  precis_bench::PrintSources(results);

  std::vector<precis_bench::ProcessTimes> processes;
  if (!args.cli.empty()) {
    processes = precis_bench::TimeProcesses(cnndm, args.process_docs, args.cli,
                                            args.config.node_script, args.config.work);
  }
  precis_bench::PrintTimingTables(results.front(), processes);

  precis_bench::JunkScore junk;
  const bool have_junk = !args.junk_labels.empty();
  if (have_junk && !ReportJunk(args, &junk)) return 2;

  std::printf("\n");
  bool ok = precis_bench::CheckTargets(results);
  const std::map<std::string, double> figures =
      precis_bench::GatedFigures(results, have_junk ? &junk : nullptr);
  if (args.update_reference) {
    if (args.reference_path.empty() ||
        !precis_bench::WriteReference(args.reference_path, figures)) {
      std::fprintf(stderr, "precis_quality: cannot write the reference file\n");
      return 2;
    }
    std::printf(
        "Reference values written to %s: commit them on their own, saying why they "
        "changed.\n",
        args.reference_path.c_str());
  } else if (!reference.empty()) {
    ok = precis_bench::CheckReference(figures, reference) && ok;
  }
  if (args.check) std::printf(ok ? "quality gate: passed\n" : "quality gate: FAILED\n");
  return args.check && !ok ? 1 : 0;
}
