// The systems computed in process, on every article: precis through the
// public API, its ranking variants and plain TextRank over the document the
// pipeline stages build (once per article), Lead from the plain splitter and
// from precis' split, Open Text Summarizer, and the key-fact bullets; then
// the node peers over all articles.
#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "pipeline/analysis.h"
#include "pipeline/stages.h"
#include "precis/precis.h"
#include "quality.h"
#include "rank/ranking.h"
#include "rank/selection.h"
#include "text/unicode.h"

namespace precis_bench {
namespace {

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
    } else if (key == "fallback") {
      v->select.lead_fallback = x;
    } else if (key == "lede") {
      v->select.lede_words = x;
    } else if (key == "ledeover") {
      v->select.lede_overshoot = x;
    } else if (key == "extend") {
      v->select.word_extend = x;
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
    } else if (key == "repairrank") {
      v->select.repair_rank = x;
    } else {
      return false;
    }
  }
  return true;
}

// The variants measured against the default, each one change away from it.
std::vector<Variant> RankingVariants(const std::vector<std::string>& extra) {
  static const char* const kSpecs[][2] = {
      {"- lead preference", "boost=0,fallback=0"},
      {"- length factor", "long_power=0"},
      {"- quality factors", "quality=0"},
      {"- duplicate control", "containment=2"},
      {"- coherence repair", "repair=0"},
      {"cosine edges", "edges=cosine"},
      {"+ lead prior restarts (PageRank)", "restart=0.9"},
      {"+ centroid factor", "centroid=1"},
      {"lead preference by coverage only", "fullk=0,zerok=0"},
      {"- lead fallback", "fallback=0"},
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

// precis' document of one article as Summarize builds it: the input
// repaired once and the stages up to BuildDocument. Not copyable: the
// Analysis reads views of input.text.
struct PrecisDoc {
  precis::internal::RepairedInput input;
  precis::internal::Analysis analysis;
  std::vector<std::string> sentence_text;  // each document sentence as Summarize reports it

  PrecisDoc() = default;
  PrecisDoc(const PrecisDoc&) = delete;
  PrecisDoc& operator=(const PrecisDoc&) = delete;

  const precis::internal::Document& doc() const { return analysis.doc; }
};

// Runs the stages to BuildDocument with Summarize's default language
// choice; false when the text is refused (binary data).
bool AnalyzeArticle(const std::string& text, bool remove_junk, PrecisDoc* d) {
  namespace pi = precis::internal;
  if (!pi::CleanText(text, &d->input).ok()) return false;
  pi::Analysis& a = d->analysis;
  a = pi::StartAnalysis(d->input, 0, d->input.text.size());
  pi::ChooseLanguage(precis::Options{}.language, &a);
  pi::SplitUnits(&a);
  pi::TokenizeUnits(&a);
  pi::FilterJunk(remove_junk, &a);
  pi::BuildDocument(&a);
  for (const pi::DocSentence& s : a.doc.sentences) {
    d->sentence_text.push_back(precis::internal::CollapseSpace(s.Text(a.doc.text)));
  }
  return true;
}

// The sentence budget: 3, or 40% of the sentences that are not headings.
std::size_t BudgetFor(const DataSet& set, const precis::internal::Document& doc) {
  std::size_t candidates = 0;
  for (const precis::internal::DocSentence& s : doc.sentences) {
    if (!s.line_unit && s.words > 0) ++candidates;
  }
  if (candidates == 0) candidates = doc.sentences.size();
  if (set.three_sentences) return std::min<std::size_t>(3, candidates);
  return precis::internal::TargetSentenceCount(precis::LengthUnit::kRatio, 0.4, candidates);
}

std::vector<std::string> Pick(const PrecisDoc& d, const std::vector<std::size_t>& idx) {
  std::vector<std::string> out;
  for (std::size_t i : idx) out.push_back(d.sentence_text[i]);
  return out;
}

// --degrade-precis: the 2nd to (k+1)th sentences as precis splits them, in
// place of its summary, to show that the gate fails on a loss.
std::vector<std::string> Degraded(const PrecisDoc& d, std::size_t k) {
  std::vector<std::string> out;
  for (std::size_t i = 1; i < d.sentence_text.size() && out.size() < k; ++i) {
    if (!d.doc().sentences[i].line_unit) out.push_back(d.sentence_text[i]);
  }
  return out;
}

// The first k plain-split sentences.
Output PlainLead(const std::string& text, std::size_t k) {
  Output o;
  o.ms = TimeMs([&] {
    std::vector<std::string> s = PlainSplit(text);
    if (s.size() > k) s.resize(k);
    o.sentences = std::move(s);
  });
  return o;
}

// The options of a summary alone (no keywords, no key facts) of `length`
// in `unit`.
precis::Options SummaryOptions(precis::LengthUnit unit, double length, bool remove_junk) {
  precis::Options opt;
  opt.length_unit = unit;
  opt.length = length;
  opt.max_keywords = 0;
  opt.max_facts = 0;
  opt.remove_junk = remove_junk;
  return opt;
}

// One data set's run: the rows filled article by article.
class DataSetRun {
 public:
  DataSetRun(const DataSet& set, const RunConfig& config)
      : set_(set), config_(config), variants_(RankingVariants(config.variants)) {
    res_.name = set.name;
    res_.docs = set.articles.size();
    RowFor(&res_.rows, "precis (default)");  // first row of the table
  }

  DataSetResult Run();

 private:
  // One article: its document, budget and Lead-from-precis'-split choice.
  struct Doc {
    const Article& a;
    const PrecisDoc& d;
    double prep_ms;  // building the document, counted in the rows built on it
    std::size_t k;
    std::vector<std::size_t> lead_idx;
  };

  void RunArticle(const Article& a);
  void AddLeads(Doc* doc);
  precis::Options AddPrecis(const Doc& doc);
  void AddRankings(const Doc& doc);
  void AddFacts(const Doc& doc, const precis::Options& opt);
  void AddWordBudgets(const Doc& doc);
  void AddNodePeers();
  void Add(const std::string& system, const Article& a, const Output& o) {
    precis_bench::Add(&RowFor(&res_.rows, system), a, o, config_.dump);
  }

  const DataSet& set_;
  const RunConfig& config_;
  const std::vector<Variant> variants_;
  DataSetResult res_;
  std::vector<std::pair<std::string, std::string>> peer_docs_;
  std::vector<std::size_t> budgets_;
  std::size_t same_as_lead_ = 0;
  double facts_r2_ = 0, facts_words_ = 0, summary_r2_ = 0, summary_words_ = 0;
  double alone_r2_ = 0, alone_words_ = 0;
  std::vector<double> facts_ms_;
};

DataSetResult DataSetRun::Run() {
  // Warm-up: every in-process system runs once before the timed runs.
  if (!set_.articles.empty()) {
    precis::Result warm;
    (void)precis::Summarize(set_.articles.front().text, precis::Options{}, &warm);
    if (config_.ots) (void)RunOts(set_.articles.front().text, 3);
  }
  for (const Article& a : set_.articles) RunArticle(a);
  if (!config_.node_script.empty()) AddNodePeers();

  const double n = static_cast<double>(std::max<std::size_t>(res_.docs, 1));
  res_.same_as_lead = static_cast<double>(same_as_lead_) / n;
  res_.has_facts = true;
  res_.facts_r2 = 100 * facts_r2_ / n;
  res_.facts_words = facts_words_ / n;
  res_.summary_r2 = 100 * summary_r2_ / n;
  res_.summary_words = summary_words_ / n;
  res_.facts_ms = Mean(facts_ms_);
  res_.alone_r2 = 100 * alone_r2_ / n;
  res_.alone_words = alone_words_ / n;
  return std::move(res_);
}

void DataSetRun::RunArticle(const Article& a) {
  // precis' document, built once by the stages: the baselines and budgets
  // read its sentences, the ranking rows rank it. The rows built on it time
  // this too (prep_ms).
  const auto d = std::make_unique<PrecisDoc>();
  bool ok = true;
  const double prep_ms = TimeMs([&] { ok = AnalyzeArticle(a.text, config_.remove_junk, d.get()); });
  if (!ok) {
    std::cerr << "precis_quality: the text of " << a.id << " was refused\n";
    std::exit(2);
  }
  Doc doc{a, *d, prep_ms, BudgetFor(set_, d->doc()), {}};
  budgets_.push_back(doc.k);
  peer_docs_.emplace_back(a.id, a.text);
  res_.sources.push_back(a.source);

  AddLeads(&doc);
  const precis::Options opt = AddPrecis(doc);
  AddRankings(doc);
  AddWordBudgets(doc);
  if (config_.ots) Add("OTS 0.5.0 (libots)", a, RunOts(a.text, doc.k));
  AddFacts(doc, opt);
}

// Lead from the plain splitter (gate.h), independent of precis' stages: the
// baseline of the paired intervals; then Lead from precis' split, the first
// k sentences that are not headings.
void DataSetRun::AddLeads(Doc* doc) {
  const std::string lead_name = set_.three_sentences ? "Lead-3" : "Lead-40%";
  Add(lead_name + " (plain split)", doc->a, PlainLead(doc->a.text, doc->k));
  // BBC: also the first 3, the baseline of the gated 3-sentence row.
  if (!set_.three_sentences) Add("Lead-3 (plain split)", doc->a, PlainLead(doc->a.text, 3));

  const auto& sentences = doc->d.doc().sentences;
  Output o;
  o.ms = doc->prep_ms + TimeMs([&] {
           for (std::size_t i = 0; i < sentences.size() && doc->lead_idx.size() < doc->k; ++i) {
             if (!sentences[i].line_unit) doc->lead_idx.push_back(i);
           }
         });
  o.sentences = Pick(doc->d, doc->lead_idx);
  Row& row = RowFor(&res_.rows, lead_name + " (precis split)");
  precis_bench::Add(&row, doc->a, o, config_.dump);
  ++row.same_as_lead;
}

// precis through the public API, as a user gets it; the options of the call.
precis::Options DataSetRun::AddPrecis(const Doc& doc) {
  precis::Options opt =
      SummaryOptions(precis::LengthUnit::kSentences,
                     static_cast<double>(std::max<std::size_t>(doc.k, 1)), config_.remove_junk);
  precis::Result r;
  Output mine;
  mine.ms = TimeMs([&] { (void)precis::Summarize(doc.a.text, opt, &r); });
  std::vector<std::size_t> mine_idx;
  for (const precis::Sentence& s : r.summary) {
    mine.sentences.push_back(s.text);
    mine_idx.push_back(s.index);
  }
  if (config_.degrade) mine.sentences = Degraded(doc.d, doc.k);
  Row& mine_row = RowFor(&res_.rows, "precis (default)");
  precis_bench::Add(&mine_row, doc.a, mine, config_.dump);
  if (mine_idx == doc.lead_idx) {
    ++same_as_lead_;
    ++mine_row.same_as_lead;
  }

  // The Rank and Select stages on the built document must agree with the API.
  const auto ranking = precis::internal::RankSentences(doc.d.doc());
  const auto idx = precis::internal::SelectSentences(doc.d.doc(), ranking.scores,
                                                     precis::LengthUnit::kSentences, opt.length);
  if (idx != mine_idx) ++res_.api_mismatches;
  return opt;
}

// The ranking variants and plain TextRank (tf-idf cosine graph, no
// position, top k) on the document.
void DataSetRun::AddRankings(const Doc& doc) {
  const precis::internal::Document& d = doc.d.doc();
  const double k = static_cast<double>(doc.k);
  for (const Variant& v : variants_) {
    Output o;
    std::vector<std::size_t> idx;
    o.ms = doc.prep_ms + TimeMs([&] {
             const auto ranking = precis::internal::RankSentences(d, v.rank);
             idx = precis::internal::SelectSentences(d, ranking.scores,
                                                     precis::LengthUnit::kSentences, k, v.select);
           });
    o.sentences = Pick(doc.d, idx);
    Row& row = RowFor(&res_.rows, v.name);
    precis_bench::Add(&row, doc.a, o, config_.dump);
    if (idx == doc.lead_idx) ++row.same_as_lead;
  }
  Output o;
  std::vector<std::size_t> idx;
  o.ms = doc.prep_ms + TimeMs([&] {
           const auto ranking =
               precis::internal::RankSentences(d, precis::internal::PlainTextRankOptions());
           idx =
               precis::internal::SelectSentences(d, ranking.scores, precis::LengthUnit::kSentences,
                                                 k, precis::internal::PlainSelectOptions());
         });
  o.sentences = Pick(doc.d, idx);
  Add("TextRank (cosine, no position)", doc.a, o);
}

// At each word budget: precis with the budget in words, the plain-split lead
// cut to the same number of words, and the lead's whole sentences within it
// (at least the first); and the --variant rows at the same budget.
void DataSetRun::AddWordBudgets(const Doc& doc) {
  const std::vector<std::string> plain = PlainSplit(doc.a.text);
  for (int n : WordBudgets()) {
    const precis::Options opt = SummaryOptions(precis::LengthUnit::kWords, n, config_.remove_junk);
    precis::Result r;
    Output mine;
    mine.ms = TimeMs([&] { (void)precis::Summarize(doc.a.text, opt, &r); });
    for (const precis::Sentence& s : r.summary) mine.sentences.push_back(s.text);
    Add(PrecisWordsRow(n), doc.a, mine);

    Output cut, whole;
    const std::size_t budget = static_cast<std::size_t>(n);
    std::size_t cut_words = 0, whole_words = 0;
    bool whole_open = true;
    for (const std::string& s : plain) {
      const std::size_t w = WordCount({s});
      if (whole_open && (whole.sentences.empty() || whole_words + w <= budget)) {
        whole.sentences.push_back(s);
        whole_words += w;
      } else {
        whole_open = false;
      }
      if (cut_words >= budget) {
        if (!whole_open) break;
        continue;
      }
      std::istringstream in(s);
      std::string token, kept;
      while (cut_words < budget && in >> token) {
        kept += kept.empty() ? token : " " + token;
        if (WordCount({token}) > 0) ++cut_words;
      }
      cut.sentences.push_back(kept);
    }
    Add(LeadCutRow(n), doc.a, cut);
    Add(LeadWholeRow(n), doc.a, whole);

    const std::size_t extra = config_.variants.size();
    for (std::size_t v = variants_.size() - extra; v < variants_.size(); ++v) {
      const auto ranking = precis::internal::RankSentences(doc.d.doc(), variants_[v].rank);
      const auto idx = precis::internal::SelectSentences(
          doc.d.doc(), ranking.scores, precis::LengthUnit::kWords, n, variants_[v].select);
      Output o;
      o.sentences = Pick(doc.d, idx);
      Add(variants_[v].name + " (" + std::to_string(n) + " words)", doc.a, o);
    }
  }
}

// Key facts (3 bullets) against the 3-sentence summary of the same call.
void DataSetRun::AddFacts(const Doc& doc, const precis::Options& opt) {
  precis::Options fo = opt;
  fo.length = 3;
  fo.max_facts = 3;
  precis::Result fr;
  facts_ms_.push_back(TimeMs([&] { (void)precis::Summarize(doc.a.text, fo, &fr); }));
  Output bullets;
  for (const precis::KeyFact& f : fr.facts) bullets.sentences.push_back(f.text);
  Output three;
  for (const precis::Sentence& s : fr.summary) three.sentences.push_back(s.text);
  if (config_.degrade) three.sentences = Degraded(doc.d, 3);
  three.ms = facts_ms_.back();
  // The gated 3-sentence row (on CNN/DM the default row is the same).
  if (!set_.three_sentences) Add("precis (3 sentences)", doc.a, three);
  facts_r2_ += ScoreRouge(doc.a.reference, bullets.sentences).rouge2.f;
  facts_words_ += static_cast<double>(WordCount(bullets.sentences));
  summary_r2_ += ScoreRouge(doc.a.reference, three.sentences).rouge2.f;
  summary_words_ += static_cast<double>(WordCount(three.sentences));
  // The key points of the package (bullets read alone).
  fo.facts_alone = true;
  precis::Result ar;
  (void)precis::Summarize(doc.a.text, fo, &ar);
  Output alone;
  for (const precis::KeyFact& f : ar.facts) alone.sentences.push_back(f.text);
  alone_r2_ += ScoreRouge(doc.a.reference, alone.sentences).rouge2.f;
  alone_words_ += static_cast<double>(WordCount(alone.sentences));
  std::size_t ref_tokens = 0;
  for (const std::string& line : doc.a.reference) ref_tokens += RougeTokens(line, false).size();
  res_.reference_tokens.push_back(ref_tokens);
  std::size_t summary_tokens = 0;
  for (const std::string& s : three.sentences) summary_tokens += RougeTokens(s, false).size();
  res_.summary_tokens.push_back(summary_tokens);
  if (config_.dump != nullptr) {
    Row facts_row{"key facts (3 bullets)", {}, {}, {}, 0};
    precis_bench::Add(&facts_row, doc.a, bullets, config_.dump);
    Row three_row{"3-sentence summary", {}, {}, {}, 0};
    precis_bench::Add(&three_row, doc.a, three, config_.dump);
  }
}

void DataSetRun::AddNodePeers() {
  const PeerOutputs peers = RunNodePeers(config_.node_script, config_.work, peer_docs_, budgets_);
  for (const auto& [system, by_id] : peers) {
    Row& row = RowFor(&res_.rows, system);
    for (const Article& a : set_.articles) {
      auto it = by_id.find(a.id);
      precis_bench::Add(&row, a, it == by_id.end() ? Output{} : it->second, config_.dump);
    }
  }
}

}  // namespace

DataSetResult RunDataSet(const DataSet& set, const RunConfig& config) {
  return DataSetRun(set, config).Run();
}

}  // namespace precis_bench
