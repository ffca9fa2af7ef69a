// The live peers (Open Text Summarizer through libots, node-summarizer
// through peers.js) and the timing tables, in process and whole process.
#include <cstdio>  // before libots.h, which uses FILE without including it

#include <glib.h>
#include <ots/libots.h>

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>

#include "quality.h"
#include "text/unicode.h"

namespace precis_bench {

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

// node-summarizer: precis_quality writes the documents and their budgets,
// runs peers.js once over all of them and reads its outputs back.

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

// Whole-process times: each tool started once per document on a file (the
// first `docs` CNN/DM articles, 3 sentences), median wall time in ms.
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

}  // namespace precis_bench
