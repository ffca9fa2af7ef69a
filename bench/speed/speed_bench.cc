// The speed benchmark of the native library.
//
//   precis_speed [google benchmark flags] FILE...
//       one benchmark per FILE: Summarize() with the default options, with
//       the time of each stage (clean, split, junk, tokenize, rank, select,
//       keywords, facts) as counters in milliseconds per run;
//   precis_speed --peak-memory FILE
//       summarizes FILE once and prints "<peak resident KB> <ms>" (run it in
//       a fresh process per file: the peak is the process's);
//   precis_speed --in-process FILE RUNS [precis|ots]
//       prints {"precisMs": M} or {"otsMs": M} (ots: when built with libots):
//       the median wall time of RUNS runs in this process after one warm-up
//       run, of precis::Summarize with the default options and of Open Text
//       Summarizer through libots (English dictionary, parse, grade,
//       highlight 20% as the ots command does by default), both from the
//       raw text.
#include <sys/resource.h>

#ifdef PRECIS_SPEED_OTS
#include <cstdio>  // before libots.h, which uses FILE without including it

#include <glib.h>
#include <ots/libots.h>
#endif

#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include "pipeline/stage_times.h"
#include "precis/precis.h"

namespace {

bool ReadFile(const char* path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  *out = buffer.str();
  return true;
}

void BM_Summarize(benchmark::State& state, const std::string* text) {
  precis::Options options;
  precis::internal::StageTimes sum;
  std::size_t sentences = 0;
  for (auto _ : state) {
    precis::Result result;
    precis::internal::StageTimes t;
    const precis::Status s = precis::internal::SummarizeTimed(*text, options, &result, &t);
    if (!s.ok()) {
      state.SkipWithError(s.message().c_str());
      return;
    }
    sentences = result.stats.sentences;
    benchmark::DoNotOptimize(result);
    sum.clean += t.clean;
    sum.split += t.split;
    sum.junk += t.junk;
    sum.tokenize += t.tokenize;
    sum.rank += t.rank;
    sum.select += t.select;
    sum.keywords += t.keywords;
    sum.facts += t.facts;
  }
  const auto avg = benchmark::Counter::kAvgIterations;
  state.counters["clean_ms"] = benchmark::Counter(sum.clean, avg);
  state.counters["split_ms"] = benchmark::Counter(sum.split, avg);
  state.counters["junk_ms"] = benchmark::Counter(sum.junk, avg);
  state.counters["tokenize_ms"] = benchmark::Counter(sum.tokenize, avg);
  state.counters["rank_ms"] = benchmark::Counter(sum.rank, avg);
  state.counters["select_ms"] = benchmark::Counter(sum.select, avg);
  state.counters["keywords_ms"] = benchmark::Counter(sum.keywords, avg);
  state.counters["facts_ms"] = benchmark::Counter(sum.facts, avg);
  state.counters["sentences"] = static_cast<double>(sentences);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(text->size()));
}

int PeakMemory(const char* path) {
  std::string text;
  if (!ReadFile(path, &text)) {
    std::fprintf(stderr, "precis_speed: cannot read %s\n", path);
    return 1;
  }
  precis::Result result;
  const auto start = std::chrono::steady_clock::now();
  const precis::Status s = precis::Summarize(text, precis::Options(), &result);
  const double ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  if (!s.ok()) {
    std::fprintf(stderr, "precis_speed: %s\n", s.message().c_str());
    return 1;
  }
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  std::printf("%ld %.3f\n", usage.ru_maxrss, ms);
  return 0;
}

template <typename F>
double MedianMs(int runs, F&& f) {
  f();  // warm-up
  std::vector<double> ms;
  for (int r = 0; r < runs; ++r) {
    const auto start = std::chrono::steady_clock::now();
    f();
    ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                     .count());
  }
  std::sort(ms.begin(), ms.end());
  const std::size_t n = ms.size();
  return n % 2 == 1 ? ms[n / 2] : (ms[n / 2 - 1] + ms[n / 2]) / 2;
}

#ifdef PRECIS_SPEED_OTS
// One whole OTS summary of `text`, as the ots command makes it.
bool OtsSummary(const std::string& text) {
  OtsArticle* art = ots_new_article();
  if (!ots_load_xml_dictionary(art, reinterpret_cast<const unsigned char*>("en"))) {
    ots_free_article(art);
    return false;
  }
  ots_parse_stream(reinterpret_cast<const unsigned char*>(text.data()), text.size(), art);
  ots_grade_doc(art);
  ots_highlight_doc(art, 20);
  std::size_t len = 0;
  unsigned char* out = ots_get_doc_text(art, &len);
  g_free(out);
  ots_free_article(art);
  return true;
}
#endif

int InProcess(const char* path, int runs, const std::string& which) {
  std::string text;
  if (!ReadFile(path, &text)) {
    std::fprintf(stderr, "precis_speed: cannot read %s\n", path);
    return 1;
  }
  if (which == "ots") {
#ifdef PRECIS_SPEED_OTS
    bool ots_ok = true;
    const double ots_ms = MedianMs(runs, [&] { ots_ok = OtsSummary(text) && ots_ok; });
    if (!ots_ok) return 1;
    std::printf("{\"otsMs\":%.4f}\n", ots_ms);
    return 0;
#else
    std::fprintf(stderr, "precis_speed: built without libots\n");
    return 1;
#endif
  }
  bool ok = true;
  const double precis_ms = MedianMs(runs, [&] {
    precis::Result result;
    ok = precis::Summarize(text, precis::Options(), &result).ok() && ok;
  });
  if (!ok) return 1;
  std::printf("{\"precisMs\":%.4f}\n", precis_ms);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc == 3 && std::string(argv[1]) == "--peak-memory") {
    return PeakMemory(argv[2]);
  }
  if ((argc == 4 || argc == 5) && std::string(argv[1]) == "--in-process") {
    return InProcess(argv[2], std::max(1, std::atoi(argv[3])), argc == 5 ? argv[4] : "precis");
  }
  benchmark::Initialize(&argc, argv);
  if (argc < 2) {
    std::fprintf(stderr,
                 "usage: precis_speed [benchmark flags] FILE...\n"
                 "       precis_speed --peak-memory FILE\n"
                 "       precis_speed --in-process FILE RUNS [precis|ots]\n");
    return 2;
  }
  std::vector<std::string> texts(static_cast<std::size_t>(argc - 1));
  for (int i = 1; i < argc; ++i) {
    std::string& text = texts[static_cast<std::size_t>(i - 1)];
    if (!ReadFile(argv[i], &text)) {
      std::fprintf(stderr, "precis_speed: cannot read %s\n", argv[i]);
      return 1;
    }
  }
  for (int i = 1; i < argc; ++i) {
    benchmark::RegisterBenchmark(argv[i], BM_Summarize, &texts[static_cast<std::size_t>(i - 1)])
        ->Unit(benchmark::kMillisecond)
        ->UseRealTime();
  }
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
