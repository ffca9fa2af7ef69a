// precis_growth: the worst-case time suite. Summarizes generated inputs of
// every script family (Latin, CJK, Thai, Arabic, ...) and of the shapes that
// make stages slow (one-word lines summarized whole, one endless sentence,
// identical sentences, unpunctuated Chinese, combining marks, many-article
// digests) at a size x, 2x and 4x, and checks that each stage's time grows
// by less than --max-ratio (default 2.8) per doubling of the input (the
// geometric mean over the two doublings): a stage that is quadratic in some
// input fails. Times are CPU times of the measuring
// thread, the fastest of --runs runs (other work on the machine only adds
// time), the two sizes measured in turn.
//
//   precis_growth [--bytes N] [--runs N] [--max-ratio R] [--min-ms M]
//                 [--case NAME] [--list] [--stages]
//   precis_growth --compare BYTES   (each case's time at BYTES against
//                                    English news of the same size)
//
// Only a stage that takes at least --min-ms (default 4 ms) at the largest
// size is checked: below that, timer noise decides the ratio. Exit status:
// 0 when every ratio is under the limit, 1 when one is not, 2 on bad
// arguments.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/stage_times.h"
#include "precis/precis.h"
#include "text/unicode.h"

namespace {

using precis::internal::StageTimes;

// A small deterministic generator, so that every run sees the same text.
class Random {
 public:
  explicit Random(unsigned seed) : state_(seed) {}
  std::size_t Below(std::size_t n) {
    state_ = state_ * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<std::size_t>((state_ >> 33) % n);
  }
  template <typename T>
  const T& Pick(const std::vector<T>& items) {
    return items[Below(items.size())];
  }

 private:
  unsigned long long state_;
};

std::vector<std::string> Words(const char* list) {
  std::vector<std::string> out;
  std::string word;
  for (const char* p = list;; ++p) {
    if (*p == ' ' || *p == '\0') {
      if (!word.empty()) out.push_back(word);
      word.clear();
      if (*p == '\0') break;
    } else {
      word += *p;
    }
  }
  return out;
}

std::string Utf8(char32_t c) {
  std::string out;
  precis::internal::AppendUtf8(c, &out);
  return out;
}

// The words of a text: a list of common words (half of all picks) and a
// long tail of made-up words picked by Zipf's law, as in real text, so that
// the sentence graph has rare terms to link by at every size.
class Vocabulary {
 public:
  Vocabulary(std::vector<std::string> common, const std::function<std::string(Random*)>& make,
             std::size_t size)
      : common_(std::move(common)) {
    Random random(static_cast<unsigned>(size));
    double total = 0;
    for (std::size_t r = 0; r < size; ++r) {
      tail_.push_back(make(&random));
      total += 1.0 / static_cast<double>(r + 1);
      cumulative_.push_back(total);
    }
  }
  const std::string& Pick(Random* random) const {
    if (random->Below(2) == 0) return random->Pick(common_);
    const double u = static_cast<double>(random->Below(1u << 30)) / (1u << 30) * cumulative_.back();
    const auto it = std::upper_bound(cumulative_.begin(), cumulative_.end(), u);
    return tail_[std::min<std::size_t>(static_cast<std::size_t>(it - cumulative_.begin()),
                                       tail_.size() - 1)];
  }

 private:
  std::vector<std::string> common_;
  std::vector<std::string> tail_;
  std::vector<double> cumulative_;
};

// Made-up words of each script.
std::string LatinWord(Random* r) {
  static const char* const kSyllables[] = {"ba", "ke", "ri", "mo", "tu", "la", "ne",
                                           "si", "po", "gu", "da", "fe", "vi", "zo",
                                           "ru", "ha", "je", "wi", "yo", "cu"};
  std::string w;
  for (std::size_t k = 0, n = 2 + r->Below(3); k < n; ++k) w += kSyllables[r->Below(20)];
  if (r->Below(8) == 0) w[0] = static_cast<char>(w[0] - 'a' + 'A');  // a name
  return w;
}
std::string HanWord(Random* r) {
  std::string w;
  for (std::size_t k = 0, n = 1 + r->Below(2); k < n; ++k) w += Utf8(0x4E00 + r->Below(3000));
  return w;
}
std::string ThaiWord(Random* r) {
  static const char32_t kVowels[] = {0x0E32, 0x0E34, 0x0E35, 0x0E38, 0x0E31, 0x0E36};
  std::string w;
  for (std::size_t k = 0, n = 1 + r->Below(3); k < n; ++k) {
    w += Utf8(0x0E01 + r->Below(46));
    w += Utf8(kVowels[r->Below(6)]);
    if (r->Below(2) == 0) w += Utf8(0x0E01 + r->Below(46));
  }
  return w;
}
std::string ArabicWord(Random* r) {
  std::string w;
  for (std::size_t k = 0, n = 3 + r->Below(4); k < n; ++k) w += Utf8(0x0628 + r->Below(19));
  return w;
}

// Sentences of `min_words`..`min_words + spread` words, each ending with
// `stop`, words joined by `space`, a comma now and then, until `bytes`
// bytes; a blank line every few sentences.
std::string Prose(std::size_t bytes, unsigned seed, const Vocabulary& words,
                  const std::string& space, const std::string& comma, const std::string& stop,
                  std::size_t min_words, std::size_t spread) {
  Random random(seed);
  std::string out;
  std::size_t sentence = 0;
  while (out.size() < bytes) {
    const std::size_t n = min_words + random.Below(spread + 1);
    for (std::size_t w = 0; w < n; ++w) {
      std::string word = words.Pick(&random);
      if (w == 0 && !word.empty() && word[0] >= 'a' && word[0] <= 'z') word[0] -= 'a' - 'A';
      out += word;
      if (w + 1 < n) out += (w == n / 2 && random.Below(2) == 0) ? comma : space;
    }
    out += stop;
    out += (++sentence % 5 == 0) ? "\n\n" : space;
  }
  return out;
}

const char kEnglish[] =
    "the council approved a new bridge plan on Monday after months of debate said Mayor "
    "Anna Lopez of Springfield which will cost $4.2 million and open in March 2027 "
    "officials expect 12,000 cars a day while residents worried about noise and traffic "
    "near the river school where 340 pupils study police closed two roads for 15% of "
    "the week according to a report by the state transport office in Ohio";
const char kChinese[] =
    "国务院 今天 发布 经济 数据 显示 全年 增长 百分之 五 投资 消费 出口 城市 农村 "
    "居民 收入 提高 政府 计划 改革 市场 企业 科技 创新 发展 北京 上海 银行 央行 "
    "宣布 利率 下调 房地产 就业 人数 万 亿元 记者 报道 专家 认为";
const char kJapanese[] =
    "政府 は 今日 新しい 経済 対策 を 発表 し た 東京 大阪 の 企業 が 投資 を "
    "増やす と 見 られる 首相 は 記者 会見 で 賃金 の 引き上げ を 求め た 円 "
    "三千億 物価 上昇 率 日銀 銀行";
const char kThai[] =
    "รัฐบาล ประกาศ แผน เศรษฐกิจ ใหม่ วันนี้ นายกรัฐมนตรี กล่าว ว่า การลงทุน จะ "
    "เพิ่มขึ้น ใน กรุงเทพ และ เชียงใหม่ ประชาชน รายได้ ธนาคาร แห่ง ประเทศไทย "
    "อัตรา ดอกเบี้ย ล้าน บาท ผู้สื่อข่าว รายงาน";
const char kArabic[] =
    "أعلنت الحكومة اليوم عن خطة اقتصادية جديدة وقال رئيس الوزراء إن الاستثمار "
    "سيرتفع في القاهرة والرياض والمواطنين الدخل البنك المركزي سعر الفائدة مليون "
    "دولار وأضاف المراسل أن الوزارة";

struct Case {
  const char* name;
  const char* about;
  std::function<std::string(std::size_t bytes)> make;
  std::function<void(precis::Options*)> options;
};

void Full(precis::Options* o) {
  o->max_keywords = 10;
  o->max_facts = 5;
}
void Whole(precis::Options* o) {
  Full(o);
  o->length_unit = precis::LengthUnit::kRatio;
  o->length = 1.0;
}

std::vector<Case> Cases() {
  constexpr std::size_t kTail = 20000;
  const Vocabulary english(Words(kEnglish), LatinWord, kTail);
  const Vocabulary chinese(Words(kChinese), HanWord, kTail);
  const Vocabulary japanese(Words(kJapanese), HanWord, kTail);
  const Vocabulary thai(Words(kThai), ThaiWord, kTail);
  const Vocabulary arabic(Words(kArabic), ArabicWord, kTail);
  std::vector<Case> cases;
  cases.push_back({"latin-news", "English prose",
                   [english](std::size_t b) { return Prose(b, 1, english, " ", ", ", ".", 8, 22); },
                   Full});
  cases.push_back({"latin-whole", "English prose summarized whole (--ratio 1)",
                   [english](std::size_t b) { return Prose(b, 2, english, " ", ", ", ".", 8, 22); },
                   Whole});
  cases.push_back({"latin-lines", "one-word lines summarized whole",
                   [english](std::size_t b) {
                     Random random(3);
                     std::string out;
                     while (out.size() < b) out += english.Pick(&random) + "\n";
                     return out;
                   },
                   Whole});
  cases.push_back({"latin-one-sentence", "one endless sentence",
                   [english](std::size_t b) {
                     Random random(4);
                     std::string out;
                     while (out.size() < b) out += english.Pick(&random) + " ";
                     return out;
                   },
                   Whole});
  cases.push_back({"latin-identical", "one sentence repeated",
                   [](std::size_t b) {
                     std::string out;
                     while (out.size() < b)
                       out += "The council approved the bridge plan on Monday. ";
                     return out;
                   },
                   Whole});
  cases.push_back(
      {"zh", "Chinese prose",
       [chinese](std::size_t b) { return Prose(b, 5, chinese, "", "，", "。", 10, 25); }, Whole});
  cases.push_back({"zh-unpunctuated", "Chinese with no punctuation",
                   [chinese](std::size_t b) { return Prose(b, 6, chinese, "", "", "", 10, 25); },
                   Whole});
  cases.push_back(
      {"ja", "Japanese prose",
       [japanese](std::size_t b) { return Prose(b, 7, japanese, "", "、", "。", 10, 25); }, Whole});
  cases.push_back({"th", "Thai (spaces between phrases, no full stops)",
                   [thai](std::size_t b) { return Prose(b, 8, thai, "", "", " ", 4, 10); }, Whole});
  cases.push_back({"ar", "Arabic prose",
                   [arabic](std::size_t b) { return Prose(b, 9, arabic, " ", "، ", ".", 8, 22); },
                   Whole});
  cases.push_back({"combining", "combining marks on one letter",
                   [](std::size_t b) {
                     std::string out = "a";
                     while (out.size() < b) out += "\xCC\x81";  // U+0301
                     return out;
                   },
                   Full});
  cases.push_back({"digest", "a digest: articles of 8 KB, as many as the size holds (2 to 50)",
                   [english](std::size_t b) {
                     const std::size_t count =
                         std::clamp<std::size_t>(b / 8192, 2, precis::Limits::kMaxDigestArticles);
                     std::string out;
                     for (std::size_t a = 0; a < count; ++a) {
                       if (a > 0) out += "\n---\n";
                       out += Prose(b / count, 10 + static_cast<unsigned>(a), english, " ", ", ",
                                    ".", 8, 22);
                     }
                     return out;
                   },
                   [](precis::Options* o) {
                     Full(o);
                     o->digest = true;
                   }});
  return cases;
}

// One run: the stage times and the whole call through the JSON interface
// (which adds option handling and the envelope), in milliseconds.
struct Timing {
  StageTimes stages;
  double total = 0;
};

// CPU time of this thread: other work on the machine slows it far less
// than it slows the wall clock.
double CpuMs() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

Timing Measure(const std::string& text, const precis::Options& options) {
  Timing t;
  t.stages.clock_ms = CpuMs;
  precis::Result result;
  precis::internal::SummarizeTimed(text, options, &result, &t.stages);
  const double start = CpuMs();
  const std::string json = precis::SummarizeJson(text, options);
  t.total = CpuMs() - start;
  if (json.find("\"ok\":true") == std::string::npos) {
    std::fprintf(stderr, "precis_growth: the engine refused a generated input: %.200s\n",
                 json.c_str());
    std::exit(1);
  }
  return t;
}

constexpr int kStages = 9;
const char* const kStageNames[kStages] = {"clean",  "split",    "junk",  "tokenize", "rank",
                                          "select", "keywords", "facts", "total"};
double Stage(const Timing& t, int k) {
  const StageTimes& s = t.stages;
  const double values[kStages] = {s.clean,  s.split,    s.junk,  s.tokenize, s.rank,
                                  s.select, s.keywords, s.facts, t.total};
  return values[k];
}

// The fastest run: other work on the machine only ever adds time.
double Fastest(const std::vector<double>& v) {
  return v.empty() ? 0 : *std::min_element(v.begin(), v.end());
}

struct Args {
  std::size_t bytes = 256 * 1024;
  int runs = 5;
  // n log n work over hash maps and sorts that outgrow the CPU caches grows
  // 2.5 to 2.7 times per doubling at these sizes; a quadratic stage 4 times.
  double max_ratio = 2.8;
  double min_ms = 4;
  std::string only;
  std::size_t compare = 0;
  bool list = false;
  bool stages = false;
};

bool ParseArgs(int argc, char** argv, Args* a) {
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    const bool has_value = i + 1 < argc;
    if (arg == "--list") {
      a->list = true;
    } else if (arg == "--stages") {
      a->stages = true;
    } else if (arg == "--bytes" && has_value) {
      a->bytes = std::strtoull(argv[++i], nullptr, 10);
    } else if (arg == "--compare" && has_value) {
      a->compare = std::strtoull(argv[++i], nullptr, 10);
    } else if (arg == "--runs" && has_value) {
      a->runs = std::atoi(argv[++i]);
    } else if (arg == "--max-ratio" && has_value) {
      a->max_ratio = std::atof(argv[++i]);
    } else if (arg == "--min-ms" && has_value) {
      a->min_ms = std::atof(argv[++i]);
    } else if (arg == "--case" && has_value) {
      a->only = argv[++i];
    } else {
      return false;
    }
  }
  return a->bytes >= 1024 && a->runs >= 1 && a->max_ratio > 1 &&
         4 * a->bytes <= precis::Limits::kMaxInputBytes &&
         a->compare <= precis::Limits::kMaxInputBytes;
}

// The fastest time of each stage over `runs` runs of each text, measured in
// turn.
std::vector<std::vector<double>> Times(const std::vector<std::string>& texts,
                                       const precis::Options& options, int runs) {
  std::vector<std::vector<std::vector<double>>> samples(texts.size(),
                                                        std::vector<std::vector<double>>(kStages));
  for (int r = 0; r < runs; ++r) {
    for (std::size_t i = 0; i < texts.size(); ++i) {
      const Timing t = Measure(texts[i], options);
      for (int k = 0; k < kStages; ++k) samples[i][k].push_back(Stage(t, k));
    }
  }
  std::vector<std::vector<double>> out(texts.size(), std::vector<double>(kStages));
  for (std::size_t i = 0; i < texts.size(); ++i) {
    for (int k = 0; k < kStages; ++k) out[i][k] = Fastest(samples[i][k]);
  }
  return out;
}

// Growth per doubling of a stage from x to 4x: sqrt(time(4x) / time(x)),
// the geometric mean of its two doublings, so that a cache or allocator
// threshold crossed once between two sizes does not decide alone (a
// quadratic stage grows 4 times per doubling however it is measured).
double PerDoubling(const std::vector<std::vector<double>>& m, int k) {
  return std::sqrt(m[2][k] / std::max(m[0][k], 1e-3));
}

// Each case at args.bytes, twice and four times that; returns the number of
// failures.
int Growth(const std::vector<Case>& cases, const Args& args) {
  std::printf("%-20s %9s %9s %9s %9s  %s\n", "case", "ms at x", "at 2x", "at 4x", "growth",
              "fastest-growing stage (growth)");
  int failures = 0;
  for (const Case& c : cases) {
    precis::Options options;
    c.options(&options);
    const auto m = Times({c.make(args.bytes), c.make(2 * args.bytes), c.make(4 * args.bytes)},
                         options, args.runs);
    int worst = kStages - 1;
    double worst_ratio = 0;
    bool failed = false;
    for (int k = 0; k < kStages; ++k) {
      if (m[2][k] < args.min_ms) continue;  // too short to time
      const double ratio = PerDoubling(m, k);
      if (ratio > worst_ratio) {
        worst_ratio = ratio;
        worst = k;
      }
      failed |= ratio > args.max_ratio;
    }
    const int t = kStages - 1;
    std::printf("%-20s %9.1f %9.1f %9.1f %9.2f  %s (%.2f)%s\n", c.name, m[0][t], m[1][t], m[2][t],
                PerDoubling(m, t), kStageNames[worst], worst_ratio,
                failed ? "  FAIL: over the limit" : "");
    failures += failed ? 1 : 0;
    for (int k = 0; args.stages && k + 1 < kStages; ++k) {
      std::printf("  %-18s %9.1f %9.1f %9.1f %9.2f\n", kStageNames[k], m[0][k], m[1][k], m[2][k],
                  PerDoubling(m, k));
    }
  }
  std::printf(
      "limit: growth per doubling <= %.2f for every stage over %.0f ms at 4x; x = %zu bytes: %s\n",
      args.max_ratio, args.min_ms, args.bytes, failures == 0 ? "met" : "not met");
  return failures;
}

// Each case's time at args.compare bytes against English news of that size.
int Compare(const std::vector<Case>& cases, const Args& args) {
  precis::Options news_options;
  cases[0].options(&news_options);
  const double news = Times({cases[0].make(args.compare)}, news_options, args.runs)[0][kStages - 1];
  std::printf("%-20s %10s %8s  (English news of the same size: %.1f ms)\n", "case", "ms", "x news",
              news);
  int over = 0;
  for (const Case& c : cases) {
    precis::Options options;
    c.options(&options);
    const double ms = Times({c.make(args.compare)}, options, args.runs)[0][kStages - 1];
    const double ratio = ms / std::max(news, 1e-3);
    over += ratio > 2 ? 1 : 0;
    std::printf("%-20s %10.1f %8.2f%s\n", c.name, ms, ratio, ratio > 2 ? "  over 2x" : "");
  }
  std::printf("target: every case within 2x of English news of the same size: %s\n",
              over == 0 ? "met" : "not met");
  return over;
}

}  // namespace

int main(int argc, char** argv) {
  Args args;
  if (!ParseArgs(argc, argv, &args)) {
    std::fprintf(stderr,
                 "usage: precis_growth [--bytes N] [--runs N] [--max-ratio R] [--min-ms M] "
                 "[--case NAME] [--list] [--stages] | --compare BYTES\n");
    return 2;
  }
  std::vector<Case> cases = Cases();
  if (args.list) {
    for (const Case& c : cases) std::printf("%-20s %s\n", c.name, c.about);
    return 0;
  }
  if (!args.only.empty()) {
    const Case news = cases[0];
    cases.erase(std::remove_if(cases.begin(), cases.end(),
                               [&](const Case& c) { return args.only != c.name; }),
                cases.end());
    if (cases.empty()) {
      std::fprintf(stderr, "precis_growth: no case named %s (try --list)\n", args.only.c_str());
      return 2;
    }
    if (args.compare > 0) cases.insert(cases.begin(), news);
  }
  if (args.compare > 0) return Compare(cases, args) > 0 ? 1 : 0;
  return Growth(cases, args) > 0 ? 1 : 0;
}
