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
// and the first 500 articles of bbc_news_summary.jsonl (40% of the
// sentences; the gated BBC row takes 3). --ci uses every fifth of those 500
// BBC articles. --check exits with status 1 when a target is missed (see
// CheckTargets) or a gated figure falls below the --reference file (see
// CheckReference); missing data is a skip (exit 0), or a failure (exit 2)
// under CI=true.
#include <cstdio>  // before libots.h, which uses FILE without including it

#include <glib.h>
#include <ots/libots.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "gate.h"
#include "lex/tokenizer.h"
#include "pipeline/document.h"
#include "precis/precis.h"
#include "rank/ranking.h"
#include "rouge.h"
#include "text/unicode.h"

namespace {

using precis::internal::DocSentence;
using precis::internal::Document;
using precis_bench::RougeScores;
using precis_bench::ScoreRouge;

struct Article {
  std::string id;
  std::string text;
  std::vector<std::string> reference;  // one sentence a line
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

// Reads the first `limit` articles, keeping every `stride`-th one.
std::vector<Article> LoadJsonl(const std::string& path, std::size_t limit, std::size_t stride = 1) {
  std::ifstream in(path);
  if (!in) {
    std::cerr << "precis_quality: cannot read " << path << "\n";
    std::exit(2);
  }
  std::vector<Article> out;
  std::string line;
  std::size_t seen = 0;
  while (seen < limit && std::getline(in, line)) {
    if (line.empty()) continue;
    if (seen++ % stride != 0) continue;
    const nlohmann::json row = nlohmann::json::parse(line, nullptr, false);
    if (row.is_discarded()) continue;
    Article a;
    a.id = row.value("id", "");
    a.text = row.value("text", "");
    a.reference = precis_bench::SplitLines(row.value("summary", ""));
    if (a.text.empty() || a.reference.empty()) continue;
    out.push_back(std::move(a));
  }
  return out;
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

template <typename F>
double TimeMs(F&& f) {
  const auto start = std::chrono::steady_clock::now();
  f();
  const auto end = std::chrono::steady_clock::now();
  return std::chrono::duration<double, std::milli>(end - start).count();
}

// The article as precis's ranking sees it, rebuilt from the sentences that
// Summarize reports (the data sets are valid UTF-8, so its byte offsets are
// offsets into the text). A line break between two sentences starts a new
// paragraph, as in the splitter.
struct BenchDoc {
  Document doc;
  std::vector<std::string> sentence_text;
};

BenchDoc BuildDoc(const std::string& text, const precis::Result& result,
                  precis::internal::Tokenizer* tokenizer) {
  BenchDoc b;
  b.doc.text = text;
  int paragraph = 0;
  std::size_t prev_end = 0;
  for (const precis::Sentence& s : result.sentences) {
    DocSentence ds;
    ds.begin = s.span.byte_start;
    ds.end = s.span.byte_end;
    if (!b.doc.sentences.empty() && text.find('\n', prev_end) < ds.begin) {
      ++paragraph;
    }
    prev_end = ds.end;
    ds.paragraph = paragraph;
    ds.line_unit = s.heading;
    ds.tokens = tokenizer->Tokenize(text, ds.begin, ds.end);
    for (const auto& t : ds.tokens) {
      if (t.kind != precis::internal::TokenKind::kCjk) ++ds.words;
    }
    if (ds.words == 0) ds.words = ds.tokens.size();
    b.doc.sentences.push_back(std::move(ds));
    b.sentence_text.push_back(s.text);
  }
  return b;
}

std::size_t BudgetFor(const DataSet& set, const Document& doc) {
  std::size_t candidates = 0;
  for (const DocSentence& s : doc.sentences) {
    if (!s.line_unit && s.words > 0) ++candidates;
  }
  if (candidates == 0) candidates = doc.sentences.size();
  if (set.three_sentences) return std::min<std::size_t>(3, candidates);
  return precis::internal::TargetSentenceCount(precis::LengthUnit::kRatio, 0.4, candidates);
}

// ---------------------------------------------------------------------------
// Open Text Summarizer through libots, with the same sentence budget.
Output RunOts(const std::string& text, std::size_t k) {
  Output out;
  std::vector<std::string> chosen;
  out.ms = TimeMs([&] {
    OtsArticle* art = ots_new_article();
    if (!ots_load_xml_dictionary(art, reinterpret_cast<const unsigned char*>("en"))) {
      ots_free_article(art);
      std::cerr << "precis_quality: OTS has no English dictionary\n";
      std::exit(2);
    }
    ots_parse_stream(reinterpret_cast<const unsigned char*>(text.data()), text.size(), art);
    ots_grade_doc(art);
    ots_highlight_doc_lines(art, static_cast<int>(k));
    for (GList* l = art->lines; l != nullptr; l = l->next) {
      const auto* line = static_cast<const OtsSentence*>(l->data);
      if (!ots_is_line_selected(line)) continue;
      std::size_t len = 0;
      unsigned char* t = ots_get_line_text(line, TRUE, &len);
      if (t == nullptr) continue;
      std::string s(reinterpret_cast<const char*>(t), len);
      g_free(t);
      s = precis::internal::CollapseSpace(s);
      if (!s.empty()) chosen.push_back(std::move(s));
    }
    ots_free_article(art);
  });
  out.sentences = std::move(chosen);
  return out;
}

// ---------------------------------------------------------------------------
// node-summarizer: precis_quality writes the documents and their budgets,
// runs peers.js once over all of them and reads its outputs back.
using PeerOutputs = std::map<std::string, std::map<std::string, Output>>;

PeerOutputs RunNodePeers(const std::string& script, const std::string& work,
                         const std::vector<std::pair<std::string, std::string>>& docs,
                         const std::vector<std::size_t>& budgets) {
  const std::string in_path = work + "/peer-docs.jsonl";
  const std::string out_path = work + "/peer-out.jsonl";
  {
    std::ofstream out(in_path);
    for (std::size_t i = 0; i < docs.size(); ++i) {
      nlohmann::json row = {{"id", docs[i].first}, {"text", docs[i].second}, {"k", budgets[i]}};
      out << row.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    }
  }
  const std::string cmd = "node '" + script + "' '" + in_path + "' '" + out_path + "'";
  if (std::system(cmd.c_str()) != 0) {
    std::cerr << "precis_quality: the peer script failed: " << cmd << "\n";
    std::exit(2);
  }
  PeerOutputs outputs;
  std::ifstream in(out_path);
  std::string line;
  while (std::getline(in, line)) {
    const nlohmann::json row = nlohmann::json::parse(line, nullptr, false);
    if (row.is_discarded()) continue;
    Output o;
    o.ms = row.value("ms", 0.0);
    for (const auto& s : row.at("sentences")) o.sentences.push_back(s.get<std::string>());
    outputs[row.value("system", "")][row.value("id", "")] = std::move(o);
  }
  return outputs;
}

// ---------------------------------------------------------------------------
// The systems computed in process.
struct Variant {
  std::string name;
  precis::internal::RankOptions rank;
  precis::internal::SelectOptions select;
};

// Parses "key=value,key=value" over the default options: edges=cosine|
// overlap, restart (lead_restart), scale (lead_scale), boost (lead_boost),
// quality=0|1, containment (duplicate_containment), repair=0|1.
bool ParseVariant(const std::string& spec, Variant* v) {
  std::istringstream in(spec);
  std::string item;
  while (std::getline(in, item, ',')) {
    const std::size_t eq = item.find('=');
    if (eq == std::string::npos) return false;
    const std::string key = item.substr(0, eq);
    const std::string val = item.substr(eq + 1);
    char* end = nullptr;
    const double x = std::strtod(val.c_str(), &end);
    const bool number = end != val.c_str() && *end == '\0';
    if (key == "edges") {
      if (val == "cosine") {
        v->rank.edges = precis::internal::EdgeWeight::kCosine;
      } else if (val == "overlap") {
        v->rank.edges = precis::internal::EdgeWeight::kOverlap;
      } else {
        return false;
      }
    } else if (!number) {
      return false;
    } else if (key == "restart") {
      v->rank.lead_restart = x;
    } else if (key == "scale") {
      v->rank.lead_scale = x;
    } else if (key == "boost") {
      v->select.lead_boost = x;
    } else if (key == "coverage") {
      v->select.lead_coverage = x;
    } else if (key == "full") {
      v->select.lead_full_coverage = x;
    } else if (key == "fullk") {
      v->select.lead_full_sentences = x;
    } else if (key == "zerok") {
      v->select.lead_zero_sentences = x;
    } else if (key == "decay") {
      v->select.lead_decay = x;
    } else if (key == "long_words") {
      v->select.long_words = x;
    } else if (key == "long_power") {
      v->select.long_power = x;
    } else if (key == "damping") {
      v->rank.damping = x;
    } else if (key == "centroid") {
      v->rank.centroid_power = x;
    } else if (key == "quality") {
      v->rank.quality = x != 0;
    } else if (key == "containment") {
      v->select.duplicate_containment = x;
    } else if (key == "repair") {
      v->select.coherence_repair = x != 0;
    } else {
      return false;
    }
  }
  return true;
}

// The variants measured against the default, each one change away from it.
std::vector<Variant> RankingVariants(const std::vector<std::string>& extra) {
  static const char* const kSpecs[][2] = {
      {"- lead preference", "boost=0"},
      {"- length factor", "long_power=0"},
      {"- quality factors", "quality=0"},
      {"- duplicate control", "containment=2"},
      {"- coherence repair", "repair=0"},
      {"cosine edges", "edges=cosine"},
      {"+ lead prior restarts (PageRank)", "restart=0.9"},
      {"+ centroid factor", "centroid=1"},
      {"lead preference by coverage only", "fullk=0,zerok=0"},
      {"lead preference at any length", "full=1,coverage=2"},
  };
  std::vector<std::string> specs;
  for (const auto& s : kSpecs) specs.push_back(std::string(s[0]) + ":" + s[1]);
  specs.insert(specs.end(), extra.begin(), extra.end());
  std::vector<Variant> out;
  for (const std::string& s : specs) {
    Variant v;
    const std::size_t colon = s.rfind(':');
    v.name = colon == std::string::npos ? s : s.substr(0, colon);
    if (!ParseVariant(colon == std::string::npos ? s : s.substr(colon + 1), &v)) {
      std::cerr << "precis_quality: bad variant " << s << "\n";
      std::exit(2);
    }
    out.push_back(std::move(v));
  }
  return out;
}

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
  // Share of documents where precis picks exactly the Lead-3 sentences.
  double same_as_lead = 0;
  std::size_t api_mismatches = 0;  // Summarize vs rebuilt-document ranking
};

Row& RowFor(std::vector<Row>* rows, const std::string& system) {
  for (Row& r : *rows) {
    if (r.system == system) return r;
  }
  rows->push_back(Row{system, {}, {}, {}, 0});
  return rows->back();
}

// Per-document outputs and scores, one JSON object a line (--dump FILE).
std::ofstream* g_dump = nullptr;

void Add(Row* row, const Article& a, const Output& o) {
  row->scores.push_back(ScoreRouge(a.reference, o.sentences));
  row->ms.push_back(o.ms);
  row->words.push_back(static_cast<double>(WordCount(o.sentences)));
  if (g_dump != nullptr) {
    const RougeScores& s = row->scores.back();
    nlohmann::json j = {{"id", a.id},       {"system", row->system}, {"r1", s.rouge1.f},
                        {"r2", s.rouge2.f}, {"rl", s.rougeL.f},      {"sentences", o.sentences}};
    *g_dump << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  }
}

std::vector<std::string> Pick(const BenchDoc& b, const std::vector<std::size_t>& idx) {
  std::vector<std::string> out;
  for (std::size_t i : idx) out.push_back(b.sentence_text[i]);
  return out;
}

struct RunConfig {
  std::string node_script;
  std::string work = ".";
  bool ots = true;
  std::vector<std::string> variants;  // extra "name:spec" variants
  bool remove_junk = true;            // --no-junk-filter: Options::remove_junk = false
  bool degrade = false;  // --degrade-precis: precis rows take sentences 2..k+1 (a gate test)
};

// --degrade-precis: the 2nd to (k+1)th sentences as precis splits them, in
// place of its summary, to show that the gate fails on a loss.
std::vector<std::string> Degraded(const BenchDoc& b, std::size_t k) {
  std::vector<std::string> out;
  for (std::size_t i = 1; i < b.sentence_text.size() && out.size() < k; ++i) {
    if (!b.doc.sentences[i].line_unit) out.push_back(b.sentence_text[i]);
  }
  return out;
}

DataSetResult RunDataSet(const DataSet& set, const RunConfig& config) {
  DataSetResult res;
  res.name = set.name;
  res.docs = set.articles.size();
  precis::internal::Tokenizer tokenizer;
  const std::vector<Variant> variants = RankingVariants(config.variants);

  std::vector<std::pair<std::string, std::string>> peer_docs;
  std::vector<std::size_t> budgets;
  std::size_t same_as_lead = 0;
  double facts_r2 = 0, facts_words = 0, summary_r2 = 0, summary_words = 0;
  std::vector<double> facts_ms;

  RowFor(&res.rows, "precis (default)");  // first row of the table
  // Warm-up: every in-process system runs once before the timed runs.
  if (!set.articles.empty()) {
    precis::Result warm;
    (void)precis::Summarize(set.articles.front().text, precis::Options{}, &warm);
    if (config.ots) (void)RunOts(set.articles.front().text, 3);
  }
  for (const Article& a : set.articles) {
    // All sentences as precis splits them, to build baselines and budgets.
    // The rows built on precis' split time this too (prep_ms).
    precis::Options all;
    all.include_sentences = true;
    all.max_keywords = 0;
    all.max_facts = 0;
    all.remove_junk = config.remove_junk;
    precis::Result full;
    BenchDoc b;
    bool split_ok = true;
    const double prep_ms = TimeMs([&] {
      split_ok = precis::Summarize(a.text, all, &full).ok();
      b = BuildDoc(a.text, full, &tokenizer);
    });
    if (!split_ok) {
      std::cerr << "precis_quality: Summarize failed on " << a.id << "\n";
      std::exit(2);
    }
    const std::size_t k = BudgetFor(set, b.doc);
    budgets.push_back(k);
    peer_docs.emplace_back(a.id, a.text);

    const std::string lead_name = set.three_sentences ? "Lead-3" : "Lead-40%";
    // Lead from the plain splitter (gate.h), independent of precis' stages:
    // the baseline of the paired intervals.
    {
      Output o;
      o.ms = TimeMs([&] {
        std::vector<std::string> s = precis_bench::PlainSplit(a.text);
        if (s.size() > k) s.resize(k);
        o.sentences = std::move(s);
      });
      Add(&RowFor(&res.rows, lead_name + " (plain split)"), a, o);
      // BBC: also the first 3, the baseline of the gated 3-sentence row.
      if (!set.three_sentences) {
        Output three;
        three.ms = TimeMs([&] {
          std::vector<std::string> s = precis_bench::PlainSplit(a.text);
          if (s.size() > 3) s.resize(3);
          three.sentences = std::move(s);
        });
        Add(&RowFor(&res.rows, "Lead-3 (plain split)"), a, three);
      }
    }

    // Lead from precis' split: the first k sentences that are not headings.
    std::vector<std::size_t> lead_idx;
    {
      Output o;
      o.ms = prep_ms + TimeMs([&] {
               for (std::size_t i = 0; i < b.doc.sentences.size() && lead_idx.size() < k; ++i) {
                 if (!b.doc.sentences[i].line_unit) lead_idx.push_back(i);
               }
             });
      o.sentences = Pick(b, lead_idx);
      Row& row = RowFor(&res.rows, lead_name + " (precis split)");
      Add(&row, a, o);
      ++row.same_as_lead;
    }

    // precis, through the public API, as a user gets it.
    precis::Options opt;
    opt.length_unit = precis::LengthUnit::kSentences;
    opt.length = static_cast<double>(std::max<std::size_t>(k, 1));
    opt.max_keywords = 0;
    opt.max_facts = 0;
    opt.remove_junk = config.remove_junk;
    precis::Result r;
    Output mine;
    mine.ms = TimeMs([&] { (void)precis::Summarize(a.text, opt, &r); });
    std::vector<std::size_t> mine_idx;
    for (const precis::Sentence& s : r.summary) {
      mine.sentences.push_back(s.text);
      mine_idx.push_back(s.index);
    }
    if (config.degrade) mine.sentences = Degraded(b, k);
    Row& mine_row = RowFor(&res.rows, "precis (default)");
    Add(&mine_row, a, mine);
    if (mine_idx == lead_idx) {
      ++same_as_lead;
      ++mine_row.same_as_lead;
    }

    // The same ranking on the rebuilt document must agree with the API.
    {
      const auto ranking = precis::internal::RankSentences(b.doc);
      const auto idx = precis::internal::SelectSentences(
          b.doc, ranking.scores, precis::LengthUnit::kSentences, opt.length);
      if (idx != mine_idx) ++res.api_mismatches;
    }

    // Ranking variants.
    for (const Variant& v : variants) {
      Output o;
      std::vector<std::size_t> idx;
      o.ms = prep_ms + TimeMs([&] {
               const auto ranking = precis::internal::RankSentences(b.doc, v.rank);
               idx = precis::internal::SelectSentences(b.doc, ranking.scores,
                                                       precis::LengthUnit::kSentences,
                                                       static_cast<double>(k), v.select);
             });
      o.sentences = Pick(b, idx);
      Row& row = RowFor(&res.rows, v.name);
      Add(&row, a, o);
      if (idx == lead_idx) ++row.same_as_lead;
    }

    // Plain TextRank: tf-idf cosine graph, no position, top k.
    {
      Output o;
      std::vector<std::size_t> idx;
      o.ms = prep_ms + TimeMs([&] {
               const auto ranking =
                   precis::internal::RankSentences(b.doc, precis::internal::PlainTextRankOptions());
               idx = precis::internal::SelectSentences(
                   b.doc, ranking.scores, precis::LengthUnit::kSentences, static_cast<double>(k),
                   precis::internal::PlainSelectOptions());
             });
      o.sentences = Pick(b, idx);
      Add(&RowFor(&res.rows, "TextRank (cosine, no position)"), a, o);
    }

    if (config.ots) Add(&RowFor(&res.rows, "OTS 0.5.0 (libots)"), a, RunOts(a.text, k));

    // Key facts (3 bullets) against the 3-sentence summary of the same call.
    {
      precis::Options fo = opt;
      fo.length = 3;
      fo.max_facts = 3;
      precis::Result fr;
      facts_ms.push_back(TimeMs([&] { (void)precis::Summarize(a.text, fo, &fr); }));
      Output bullets;
      for (const precis::KeyFact& f : fr.facts) bullets.sentences.push_back(f.text);
      Output three;
      for (const precis::Sentence& s : fr.summary) three.sentences.push_back(s.text);
      if (config.degrade) three.sentences = Degraded(b, 3);
      three.ms = facts_ms.back();
      // The gated 3-sentence row (on CNN/DM the default row is the same).
      if (!set.three_sentences) Add(&RowFor(&res.rows, "precis (3 sentences)"), a, three);
      facts_r2 += ScoreRouge(a.reference, bullets.sentences).rouge2.f;
      facts_words += static_cast<double>(WordCount(bullets.sentences));
      summary_r2 += ScoreRouge(a.reference, three.sentences).rouge2.f;
      summary_words += static_cast<double>(WordCount(three.sentences));
      if (g_dump != nullptr) {
        Row facts_row{"key facts (3 bullets)", {}, {}, {}, 0};
        Add(&facts_row, a, bullets);
        Row three_row{"3-sentence summary", {}, {}, {}, 0};
        Add(&three_row, a, three);
      }
    }
  }

  if (!config.node_script.empty()) {
    const PeerOutputs peers = RunNodePeers(config.node_script, config.work, peer_docs, budgets);
    for (const auto& [system, by_id] : peers) {
      Row& row = RowFor(&res.rows, system);
      for (const Article& a : set.articles) {
        auto it = by_id.find(a.id);
        Add(&row, a, it == by_id.end() ? Output{} : it->second);
      }
    }
  }

  const double n = static_cast<double>(std::max<std::size_t>(res.docs, 1));
  res.same_as_lead = static_cast<double>(same_as_lead) / n;
  {
    res.has_facts = true;
    res.facts_r2 = 100 * facts_r2 / n;
    res.facts_words = facts_words / n;
    res.summary_r2 = 100 * summary_r2 / n;
    res.summary_words = summary_words / n;
    res.facts_ms = Mean(facts_ms);
  }
  return res;
}

struct Means {
  double r1 = 0, r2 = 0, rl = 0;
};

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

void PrintTable(const std::vector<DataSetResult>& results) {
  std::printf("%-16s %-34s %6s %6s %6s %9s %9s %6s %5s\n", "data set", "system", "R1", "R2", "RL",
              "mean ms", "p95 ms", "words", "=lead");
  for (const DataSetResult& d : results) {
    for (const Row& row : d.rows) {
      const Means m = MeanScores(row);
      const std::string same =
          row.same_as_lead > 0 || row.system == "precis (default)"
              ? std::to_string(std::lround(100.0 * row.same_as_lead /
                                           static_cast<double>(std::max<std::size_t>(d.docs, 1)))) +
                    "%"
              : "";
      std::printf("%-16s %-34s %6.2f %6.2f %6.2f %9.3f %9.3f %6.1f %5s\n",
                  (d.name + " (" + std::to_string(d.docs) + ")").c_str(), row.system.c_str(), m.r1,
                  m.r2, m.rl, Mean(row.ms), Percentile95(row.ms), Mean(row.words), same.c_str());
    }
  }
  for (const DataSetResult& d : results) {
    std::printf("%s: precis picks exactly the Lead sentences on %.0f%% of documents\n",
                d.name.c_str(), 100 * d.same_as_lead);
    if (d.api_mismatches > 0) {
      std::printf("%s: WARNING: %zu documents rank differently through the API\n", d.name.c_str(),
                  d.api_mismatches);
    }
    if (d.has_facts) {
      std::printf(
          "%s key facts (3 bullets): ROUGE-2 %.2f, %.1f words (mean %.3f ms) | "
          "3-sentence summary: ROUGE-2 %.2f, %.1f words\n",
          d.name.c_str(), d.facts_r2, d.facts_words, d.facts_ms, d.summary_r2, d.summary_words);
    }
  }
}

const Row* FindRow(const DataSetResult& d, const std::string& prefix) {
  for (const Row& r : d.rows) {
    if (r.system.rfind(prefix, 0) == 0) return &r;
  }
  return nullptr;
}

// The targets: on CNN/DM precis beats the precis-split Lead-3 on R1, R2 and RL without
// collapsing to it (it must pick other sentences than Lead-3 on at least a
// third of the documents), and is at least 4 R1 points above plain
// TextRank, OTS and node-summarizer, and its 3 key-fact bullets reach the
// ROUGE-2 of the 3-sentence summary in at most 75% of its words; on BBC it
// is no worse than plain TextRank minus 1 R1 point.
constexpr double kMaxSameAsLead = 2.0 / 3.0;
constexpr double kMaxFactsWordShare = 0.75;

bool CheckTargets(const std::vector<DataSetResult>& results) {
  bool ok = true;
  auto fail = [&](const std::string& why) {
    std::printf("TARGET MISSED: %s\n", why.c_str());
    ok = false;
  };
  for (const DataSetResult& d : results) {
    const Row* mine = FindRow(d, "precis (default)");
    if (mine == nullptr) continue;
    const Means m = MeanScores(*mine);
    if (d.name == "CNN/DM") {
      const Row* lead = FindRow(d, "Lead-3 (precis split)");
      if (lead != nullptr) {
        const Means l = MeanScores(*lead);
        if (!(m.r1 > l.r1)) fail("CNN/DM R1 not above Lead-3");
        if (!(m.r2 > l.r2)) fail("CNN/DM R2 not above Lead-3");
        if (!(m.rl > l.rl)) fail("CNN/DM RL not above Lead-3");
      }
      // Key-fact bullets: at least the summary's ROUGE-2 with at least 25%
      // fewer words.
      if (d.has_facts && !(d.facts_r2 >= d.summary_r2)) {
        fail("CNN/DM key facts ROUGE-2 below the 3-sentence summary");
      }
      if (d.has_facts && !(d.facts_words <= kMaxFactsWordShare * d.summary_words)) {
        char why[160];
        std::snprintf(why, sizeof why,
                      "CNN/DM key facts %.1f words, more than %.1f (25%% fewer than the "
                      "3-sentence summary)",
                      d.facts_words, kMaxFactsWordShare * d.summary_words);
        fail(why);
      }
      if (d.same_as_lead > kMaxSameAsLead) {
        fail(
            "CNN/DM: the same sentences as Lead-3 on more than two thirds of "
            "the documents");
      }
      for (const char* peer :
           {"TextRank", "OTS", "node-summarizer (frequency)", "node-summarizer (TextRank)"}) {
        const Row* r = FindRow(d, peer);
        if (r == nullptr) {
          fail(std::string("CNN/DM: no row for ") + peer);
          continue;
        }
        if (!(m.r1 >= MeanScores(*r).r1 + 4)) {
          fail(std::string("CNN/DM R1 less than 4 points above ") + peer);
        }
      }
    } else {
      const Row* tr = FindRow(d, "TextRank");
      if (tr != nullptr && !(m.r1 >= MeanScores(*tr).r1 - 1)) {
        fail(d.name + " R1 more than 1 point below plain TextRank");
      }
    }
  }
  return ok;
}

// Paired bootstrap 95% intervals of precis minus the plain-split Lead, per
// document, for R1, R2 and RL (the two rows score the same documents in the
// same order).
void PrintIntervals(const std::vector<DataSetResult>& results) {
  for (const DataSetResult& d : results) {
    const bool three = d.name == "CNN/DM";
    const Row* mine = FindRow(d, three ? "precis (default)" : "precis (3 sentences)");
    const Row* mine40 = FindRow(d, "precis (default)");
    const Row* lead40 = FindRow(d, "Lead-40% (plain split)");
    const Row* lead3 = FindRow(d, "Lead-3 (plain split)");
    // Each precis row against the plain Lead of the same budget.
    std::vector<std::pair<const Row*, const Row*>> pairs = {{mine, lead3}};
    if (!three) pairs.emplace_back(mine40, lead40);
    for (const auto& [m, lead] : pairs) {
      if (m == nullptr || lead == nullptr || m->scores.size() != lead->scores.size()) continue;
      std::vector<double> r1, r2, rl;
      for (std::size_t i = 0; i < m->scores.size(); ++i) {
        r1.push_back(100 * (m->scores[i].rouge1.f - lead->scores[i].rouge1.f));
        r2.push_back(100 * (m->scores[i].rouge2.f - lead->scores[i].rouge2.f));
        rl.push_back(100 * (m->scores[i].rougeL.f - lead->scores[i].rougeL.f));
      }
      const precis_bench::Interval a = precis_bench::PairedBootstrap(r1);
      const precis_bench::Interval b = precis_bench::PairedBootstrap(r2);
      const precis_bench::Interval c = precis_bench::PairedBootstrap(rl);
      std::printf(
          "%s %s minus %s (paired bootstrap, 1000 resamples, 95%%): R1 %+.2f [%+.2f, %+.2f]  "
          "R2 %+.2f [%+.2f, %+.2f]  RL %+.2f [%+.2f, %+.2f]\n",
          d.name.c_str(), m->system.c_str(), lead->system.c_str(), a.mean, a.lo, a.hi, b.mean, b.lo,
          b.hi, c.mean, c.lo, c.hi);
    }
  }
}

// The gated figures, by reference key: R1, R2 and RL of precis at 3
// sentences and the key-fact bullets' R2 on both sets (the BBC key names
// the sample size, as --ci reads fewer articles), junk precision and recall.
std::map<std::string, double> GatedFigures(const std::vector<DataSetResult>& results,
                                           const precis_bench::JunkScore* junk) {
  std::map<std::string, double> out;
  for (const DataSetResult& d : results) {
    const bool cnn = d.name == "CNN/DM";
    const std::string key = cnn ? "cnndm" : "bbc" + std::to_string(d.docs);
    const Row* mine = FindRow(d, cnn ? "precis (default)" : "precis (3 sentences)");
    if (mine == nullptr) continue;
    const Means m = MeanScores(*mine);
    out[key + ".precis3.r1"] = m.r1;
    out[key + ".precis3.r2"] = m.r2;
    out[key + ".precis3.rl"] = m.rl;
    if (d.has_facts) out[key + ".facts.r2"] = d.facts_r2;
  }
  if (junk != nullptr) {
    out["junk.precision"] = junk->Precision();
    out["junk.recall"] = junk->Recall();
  }
  return out;
}

// ROUGE figures fail at a loss of 0.5 points or more, junk precision and
// recall at a loss of 0.02 or more, against the committed reference.
bool CheckReference(const std::map<std::string, double>& figures,
                    const std::map<std::string, double>& reference) {
  bool ok = true;
  std::printf("%-24s %9s %9s %8s %s\n", "gated figure", "reference", "now", "change", "");
  for (const auto& [key, now] : figures) {
    const auto it = reference.find(key);
    if (it == reference.end()) {
      std::printf("%-24s %9s %9.2f %8s GATE FAILED: no reference value\n", key.c_str(), "-", now,
                  "");
      ok = false;
      continue;
    }
    const double tolerance = key.rfind("junk.", 0) == 0 ? 0.02 : 0.5;
    const double change = now - it->second;
    const bool failed = change <= -tolerance + 1e-9;
    std::printf("%-24s %9.4f %9.4f %+8.4f %s\n", key.c_str(), it->second, now, change,
                failed ? "GATE FAILED: fell by the tolerance or more" : "ok");
    ok = ok && !failed;
  }
  return ok;
}

// Whole-process times: each tool started once per document on a file (the
// first `docs` CNN/DM articles, 3 sentences), median wall time in ms.
struct ProcessTimes {
  std::string system;
  std::vector<double> ms;
  bool ok = true;
};

std::vector<ProcessTimes> TimeProcesses(const DataSet& set, std::size_t docs,
                                        const std::string& cli, const std::string& node_script,
                                        const std::string& work) {
  std::vector<ProcessTimes> out;
  std::vector<std::pair<std::string, std::string>> commands;  // name, command with FILE
  if (!cli.empty()) commands.emplace_back("precis CLI", "'" + cli + "' FILE --sentences 3");
  commands.emplace_back("ots CLI", "ots FILE");
  if (!node_script.empty()) {
    commands.emplace_back("node-summarizer (frequency)",
                          "node '" + node_script + "' --one frequency FILE 3");
    commands.emplace_back("node-summarizer (TextRank)",
                          "node '" + node_script + "' --one rank FILE 3");
  }
  for (const auto& [name, command] : commands) out.push_back(ProcessTimes{name, {}, true});
  for (std::size_t i = 0; i < docs && i < set.articles.size(); ++i) {
    const std::string file = work + "/process-doc.txt";
    {
      std::ofstream f(file, std::ios::binary);
      f << set.articles[i].text;
    }
    for (std::size_t c = 0; c < commands.size(); ++c) {
      std::string cmd = commands[c].second;
      cmd.replace(cmd.find("FILE"), 4, "'" + file + "'");
      cmd += " >/dev/null 2>&1";
      int status = 0;
      out[c].ms.push_back(TimeMs([&] { status = std::system(cmd.c_str()); }));
      if (status != 0) out[c].ok = false;
    }
  }
  return out;
}

double Median(std::vector<double> v) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  const std::size_t n = v.size();
  return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

// In-process medians (the rows of the quality table, one run per document,
// after a warm-up) beside whole-process medians, with ratios precis/peer
// from the same run.
void PrintTimingTables(const DataSetResult& d, const std::vector<ProcessTimes>& processes) {
  std::printf(
      "\nIn-process time per %s document, whole summarization from raw text "
      "(median ms; ratio precis/peer, below 1: precis faster)\n",
      d.name.c_str());
  const Row* mine = FindRow(d, "precis (default)");
  const double mine_ms = mine != nullptr ? Median(mine->ms) : 0;
  for (const char* name : {"precis (default)", "OTS 0.5.0 (libots)", "node-summarizer (frequency)",
                           "node-summarizer (TextRank)"}) {
    const Row* r = FindRow(d, name);
    if (r == nullptr) continue;
    const double ms = Median(r->ms);
    std::printf("  %-32s %9.3f %8.2f\n", name, ms, ms > 0 ? mine_ms / ms : 0.0);
  }
  if (processes.empty()) return;
  std::printf(
      "Whole process per document (%zu CNN/DM documents; start-up included; median "
      "ms; ratio precis/peer)\n",
      processes.front().ms.size());
  const double cli_ms = processes.front().system == "precis CLI" ? Median(processes.front().ms) : 0;
  for (const ProcessTimes& p : processes) {
    const double ms = Median(p.ms);
    std::printf("  %-32s %9.3f %8.2f%s\n", p.system.c_str(), ms, ms > 0 ? cli_ms / ms : 0.0,
                p.ok ? "" : "  (exited non-zero)");
  }
}

}  // namespace

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

int main(int argc, char** argv) {
  std::string data_dir;
  RunConfig config;
  bool ci = false;
  bool check = false;
  bool update_reference = false;
  std::string reference_path;
  std::string junk_labels;
  std::string cli;
  std::size_t process_docs = 20;
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
      data_dir = value();
    } else if (arg == "--node-script") {
      config.node_script = value();
    } else if (arg == "--work") {
      config.work = value();
    } else if (arg == "--variant") {
      config.variants.push_back(value());
    } else if (arg == "--dump") {
      static std::ofstream dump;
      dump.open(value());
      g_dump = &dump;
    } else if (arg == "--no-ots") {
      config.ots = false;
    } else if (arg == "--ci") {
      ci = true;
    } else if (arg == "--check") {
      check = true;
    } else if (arg == "--reference") {
      reference_path = value();
    } else if (arg == "--update-reference") {
      update_reference = true;
    } else if (arg == "--junk-labels") {
      junk_labels = value();
    } else if (arg == "--no-junk-filter") {
      config.remove_junk = false;
    } else if (arg == "--degrade-precis") {
      config.degrade = true;
    } else if (arg == "--cli") {
      cli = value();
    } else if (arg == "--process-docs") {
      process_docs = static_cast<std::size_t>(std::strtoul(value().c_str(), nullptr, 10));
    } else {
      std::cerr << "usage: precis_quality --data DIR [--ci] [--check] [--reference FILE "
                   "[--update-reference]] [--junk-labels FILE] [--node-script peers.js] "
                   "[--cli PATH [--process-docs N]] [--work DIR] [--no-ots] [--dump FILE] "
                   "[--no-junk-filter] [--degrade-precis] [--variant NAME:key=value,...]...\n";
      return 2;
    }
  }
  if (data_dir.empty()) {
    std::cerr << "precis_quality: --data DIR is required\n";
    return 2;
  }
  for (const char* f : {"/summeval_cnndm100.jsonl", "/bbc_news_summary.jsonl"}) {
    if (!Readable(data_dir + f))
      return CannotRun("no " + data_dir + f + " (set PRECIS_SHARED_DATA)");
  }
  if (!junk_labels.empty() && !Readable(junk_labels)) return CannotRun("no " + junk_labels);
  std::map<std::string, double> reference;
  if (check && !update_reference &&
      (reference_path.empty() || !precis_bench::ReadReference(reference_path, &reference))) {
    return CannotRun("--check needs a readable --reference file");
  }

  DataSet cnndm{"CNN/DM", LoadJsonl(data_dir + "/summeval_cnndm100.jsonl", 100), true};
  // --ci: every fifth of the same 500 BBC articles, so the sample spreads
  // like the full set.
  DataSet bbc{"BBC", LoadJsonl(data_dir + "/bbc_news_summary.jsonl", 500, ci ? 5 : 1), false};
  std::vector<DataSetResult> results;
  for (const DataSet* set : {&cnndm, &bbc}) {
    results.push_back(RunDataSet(*set, config));
  }
  PrintTable(results);
  PrintIntervals(results);

  std::vector<ProcessTimes> processes;
  if (!cli.empty())
    processes = TimeProcesses(cnndm, process_docs, cli, config.node_script, config.work);
  PrintTimingTables(results.front(), processes);

  // Junk removal against the labelled lines.
  precis_bench::JunkScore junk;
  bool have_junk = false;
  if (!junk_labels.empty()) {
    std::string error;
    if (!precis_bench::ScoreJunk(junk_labels, data_dir, config.remove_junk, &junk, &error)) {
      std::fprintf(stderr, "precis_quality: junk labels: %s\n", error.c_str());
      return 2;
    }
    have_junk = true;
    std::printf(
        "\nJunk removal on %d junk and %d clean labelled lines%s: precision %.3f, recall %.3f "
        "(%d of %d junk lines removed, %d clean lines removed)\n",
        junk.junk, junk.clean, config.remove_junk ? "" : " (junk filter OFF)", junk.Precision(),
        junk.Recall(), junk.removed_junk, junk.junk, junk.removed_clean);
    for (const std::string& w : junk.wrongly_removed) {
      std::printf("  clean line removed: %s\n", w.c_str());
    }
  }

  std::printf("\n");
  bool ok = CheckTargets(results);
  const std::map<std::string, double> figures = GatedFigures(results, have_junk ? &junk : nullptr);
  if (update_reference) {
    if (reference_path.empty() || !precis_bench::WriteReference(reference_path, figures)) {
      std::fprintf(stderr, "precis_quality: cannot write the reference file\n");
      return 2;
    }
    std::printf(
        "Reference values written to %s: commit them on their own, saying why they "
        "changed.\n",
        reference_path.c_str());
  } else if (!reference.empty()) {
    ok = CheckReference(figures, reference) && ok;
  }
  if (check) std::printf(ok ? "quality gate: passed\n" : "quality gate: FAILED\n");
  return check && !ok ? 1 : 0;
}
