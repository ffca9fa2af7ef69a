#include "keywords/cjk_words.h"

#include <algorithm>
#include <cstdint>
#include <string_view>

#include "lex/word_set.h"
#include "text/unicode.h"

namespace precis {
namespace internal {
namespace {

// Substring statistics are read from at most this many characters (the
// start of the text, several long articles); later text is cut with the
// words found there. Keeps the table of substrings under about 12 MB.
constexpr std::size_t kMaxStatChars = 30000;
// Longest word found from repeated substrings (names of bodies such as
// "上海市文化和旅游局" are long).
constexpr std::size_t kMaxWordChars = 10;
// Longest run of kanji or katakana taken whole as one word.
constexpr std::size_t kMaxRunWordChars = 10;

enum class Script : std::uint8_t { kHan, kHiragana, kKatakana };

Script ScriptOf(char32_t cp) {
  if (cp >= 0x3041 && cp <= 0x309F) return Script::kHiragana;
  if ((cp >= 0x30A0 && cp <= 0x30FF) || (cp >= 0x31F0 && cp <= 0x31FF) ||
      (cp >= 0xFF66 && cp <= 0xFF9F)) {
    return Script::kKatakana;
  }
  return Script::kHan;
}

bool IsNumeral(char32_t cp) {
  constexpr std::u32string_view kNumerals = U"一二三四五六七八九十百千万亿億兆零两〇";
  return kNumerals.find(cp) != std::u32string_view::npos;
}

// Chinese function characters: particles, prepositions, conjunctions,
// pronouns and adverbs. A word neither starts nor ends with one of kEdge;
// it does not start with one of kStart nor end with one of kEnd.
constexpr std::u32string_view kZhEdge = U"的了着是在和与及或吗呢吧啊也把被之而并又很與並著嗎";
constexpr std::u32string_view kZhStart =
    U"这那每各该其此哪个们等他她它我你将从于向但还让给已曾再才只不没更最第座些批辆张這們個將從於還"
    U"讓給該沒";
constexpr std::u32string_view kZhEnd =
    U"们将从于向但还让给已曾到以每各该这那其此个等再才只不没更最可們將從於還讓給該這個沒";
// Kanji that start a Japanese phrase without being part of its word
// ("約", "第", "同社" = "the company").
constexpr std::u32string_view kJaPrefix = U"約第各毎同今昨翌計";

bool Has(std::u32string_view set, char32_t cp) { return set.find(cp) != std::u32string_view::npos; }

// Words of this kind that are found but never make a keyword: reporting
// verbs and generic time words.
constexpr std::string_view kWeakWords[] = {
    "表示",   "认为",   "指出",   "报道",   "记者", "今年", "去年", "明年",   "目前",   "其中",
    "已经",   "可以",   "可能",   "没有",   "进行", "以及", "如果", "因为",   "所以",   "但是",
    "还是",   "就是",   "同时",   "此外",   "今天", "昨天", "明天", "周一",   "周二",   "周三",
    "周四",   "周五",   "周六",   "周日",   "星期", "日前", "近日", "方面",   "一些",   "一个",
    "自己",   "发表",   "発表",   "今年",   "昨年", "来年", "今回", "月曜日", "火曜日", "水曜日",
    "木曜日", "金曜日", "土曜日", "日曜日", "午前", "午後", "一方", "以上",   "以下",   "場合",
    "必要",   "関係",   "百分",   "同比",   "有望", "目指", "显示", "宣布",   "公布",   "介绍",
    "预计",   "顯示",   "宣佈",
};

bool IsWeakWord(std::string_view w) {
  static const WordSet set(kWeakWords);
  return set.Contains(w);
}

// A character with its combining marks: bytes [begin, end) of the text.
struct Char {
  std::size_t begin;
  std::size_t end;
  char32_t cp;
  Script script;
};

// A run of Han and kana bigram tokens of one sentence: tokens
// [first_token, end_token) and characters [first_char, end_char).
struct Run {
  std::size_t sentence;
  std::size_t first_token;
  std::size_t end_token;
  std::size_t first_char;
  std::size_t end_char;
};

// A part of a run cut where the script changes (Japanese) or the whole run.
struct Chunk {
  std::size_t first;
  std::size_t end;
};

// Statistics of one substring: how often it occurs and whether its left and
// right neighbours vary (a run edge counts as varied).
struct Gram {
  std::uint64_t key = 0;
  int count = 0;
  char32_t left = 0;
  char32_t right = 0;
  bool left_varied = false;
  bool right_varied = false;
};

constexpr std::uint64_t kHashSeed = 1469598103934665603ull;  // FNV-1a

std::uint64_t Mix(std::uint64_t h, char32_t cp) { return (h ^ cp) * 1099511628211ull; }

std::uint64_t Finish(std::uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  return h | 1;  // 0 marks an empty slot
}

// Open addressing by the 64-bit hash of the substring's characters.
class GramTable {
 public:
  const Gram* Find(std::uint64_t key) const {
    if (slots_.empty()) return nullptr;
    for (std::size_t i = key & mask_;; i = (i + 1) & mask_) {
      if (slots_[i].key == key) return &slots_[i];
      if (slots_[i].key == 0) return nullptr;
    }
  }

  Gram* Insert(std::uint64_t key) {
    if (2 * (size_ + 1) > slots_.size()) Grow();
    for (std::size_t i = key & mask_;; i = (i + 1) & mask_) {
      if (slots_[i].key == key) return &slots_[i];
      if (slots_[i].key == 0) {
        slots_[i].key = key;
        ++size_;
        return &slots_[i];
      }
    }
  }

 private:
  void Grow() {
    std::vector<Gram> old;
    old.swap(slots_);
    slots_.assign(std::max<std::size_t>(1024, old.size() * 2), Gram());
    mask_ = slots_.size() - 1;
    for (const Gram& g : old) {
      if (g.key == 0) continue;
      std::size_t i = g.key & mask_;
      while (slots_[i].key != 0) i = (i + 1) & mask_;
      slots_[i] = g;
    }
  }

  std::vector<Gram> slots_;
  std::size_t mask_ = 0;
  std::size_t size_ = 0;
};

class Finder {
 public:
  explicit Finder(const Document& doc) : doc_(doc) {}

  CjkWords Find();

 private:
  void CollectRuns();
  std::vector<Chunk> ChunksOf(const Run& run) const;
  void CountGrams();
  void SegmentChunk(const Chunk& c, std::vector<Token>* out);
  void AddStretch(std::size_t first, std::size_t end, std::vector<Token>* out) const;
  void AddWord(std::size_t first, std::size_t end, std::vector<Token>* out) const;
  bool Known(const Gram* g, std::size_t first, std::size_t len) const;
  bool GoodEdges(std::size_t first, std::size_t end) const;

  std::string_view Text(std::size_t first, std::size_t end) const {
    return doc_.text.substr(chars_[first].begin, chars_[end - 1].end - chars_[first].begin);
  }

  const Document& doc_;
  std::vector<Char> chars_;
  std::vector<Run> runs_;
  GramTable grams_;
  bool japanese_ = false;
  std::vector<std::size_t> best_;  // SegmentChunk's scores and steps
  std::vector<std::size_t> step_;
};

void Finder::CollectRuns() {
  std::size_t kana = 0;
  const std::string_view text = doc_.text;
  for (std::size_t s = 0; s < doc_.sentences.size(); ++s) {
    const std::vector<Token>& tokens = doc_.sentences[s].tokens;
    for (std::size_t k = 0; k < tokens.size();) {
      char32_t cp = 0;
      if (tokens[k].kind != TokenKind::kCjk || DecodeAt(text, tokens[k].begin, &cp) == 0 ||
          !IsCjk(cp)) {
        ++k;
        continue;
      }
      std::size_t e = k + 1;
      while (e < tokens.size() && tokens[e].kind == TokenKind::kCjk &&
             tokens[e].begin < tokens[e - 1].end) {
        ++e;
      }
      Run run{s, k, e, chars_.size(), 0};
      for (std::size_t p = tokens[k].begin; p < tokens[e - 1].end;) {
        const int len = DecodeAt(text, p, &cp);
        if (len == 0) break;
        const std::size_t next = p + static_cast<std::size_t>(len);
        if (IsMark(cp) && !chars_.empty() && chars_.size() > run.first_char) {
          chars_.back().end = next;
        } else {
          const Script script = ScriptOf(cp);
          if (script != Script::kHan) ++kana;
          chars_.push_back({p, next, cp, script});
        }
        p = next;
      }
      run.end_char = chars_.size();
      if (run.end_char > run.first_char) runs_.push_back(run);
      k = e;
    }
  }
  japanese_ = kana * 10 > chars_.size();
}

std::vector<Chunk> Finder::ChunksOf(const Run& run) const {
  std::vector<Chunk> chunks;
  if (!japanese_) {
    chunks.push_back({run.first_char, run.end_char});
    return chunks;
  }
  for (std::size_t i = run.first_char; i < run.end_char;) {
    std::size_t e = i + 1;
    while (e < run.end_char && chars_[e].script == chars_[i].script) ++e;
    chunks.push_back({i, e});
    i = e;
  }
  return chunks;
}

// Counts the substrings of 2 to kMaxWordChars characters of the chunks
// (not hiragana) of the first kMaxStatChars characters.
void Finder::CountGrams() {
  for (const Run& run : runs_) {
    if (run.first_char >= kMaxStatChars) break;
    for (const Chunk& c : ChunksOf(run)) {
      if (chars_[c.first].script == Script::kHiragana) continue;
      for (std::size_t i = c.first; i < c.end; ++i) {
        std::uint64_t h = Mix(kHashSeed, chars_[i].cp);
        for (std::size_t j = i + 1; j < c.end && j - i < kMaxWordChars; ++j) {
          h = Mix(h, chars_[j].cp);
          Gram* g = grams_.Insert(Finish(h));
          ++g->count;
          if (i == c.first) {
            g->left_varied = true;
          } else if (g->left == 0) {
            g->left = chars_[i - 1].cp;
          } else if (g->left != chars_[i - 1].cp) {
            g->left_varied = true;
          }
          if (j + 1 == c.end) {
            g->right_varied = true;
          } else if (g->right == 0) {
            g->right = chars_[j + 1].cp;
          } else if (g->right != chars_[j + 1].cp) {
            g->right_varied = true;
          }
        }
      }
    }
  }
}

// Whether characters [first, end) may start and end a word.
bool Finder::GoodEdges(std::size_t first, std::size_t end) const {
  const char32_t a = chars_[first].cp;
  const char32_t z = chars_[end - 1].cp;
  if (chars_[first].script == Script::kHiragana || chars_[end - 1].script == Script::kHiragana) {
    return false;
  }
  if (Has(kZhEdge, a) || Has(kZhEdge, z) || Has(kZhStart, a) || Has(kZhEnd, z)) return false;
  std::size_t numerals = 0;
  for (std::size_t i = first; i < end; ++i) {
    if (chars_[i].cp == U'之') return false;  // "百分之三", "之间": never inside a word
    numerals += IsNumeral(chars_[i].cp) ? 1 : 0;
  }
  if (2 * numerals > end - first) return false;
  // Nor starts or ends with a generic word ("投资同比", "数据显示").
  if (end - first > 2 && (IsWeakWord(Text(first, first + 2)) || IsWeakWord(Text(end - 2, end)))) {
    return false;
  }
  return !IsWeakWord(Text(first, end));
}

// Whether `g`, the statistics of the `len` characters from `first`, make
// a word: repeated, in varied contexts, with good edges.
bool Finder::Known(const Gram* g, std::size_t first, std::size_t len) const {
  return g != nullptr && g->count >= 2 && g->left_varied && g->right_varied &&
         GoodEdges(first, first + len);
}

void Finder::AddWord(std::size_t first, std::size_t end, std::vector<Token>* out) const {
  Token t;
  t.begin = chars_[first].begin;
  t.end = chars_[end - 1].end;
  t.kind = TokenKind::kCjk;
  t.norm = std::string(doc_.text.substr(t.begin, t.end - t.begin));  // no case
  t.term = t.norm;
  out->push_back(std::move(t));
}

// Characters [first, end) that no known word covers: cut at function
// characters; pieces of two or three characters with good edges are words,
// one of four is two words of two, longer ones are left out.
void Finder::AddStretch(std::size_t first, std::size_t end, std::vector<Token>* out) const {
  std::size_t i = first;
  while (i < end) {
    const char32_t cp = chars_[i].cp;
    if (Has(kZhEdge, cp) || Has(kZhStart, cp) || Has(kZhEnd, cp)) {
      ++i;
      continue;
    }
    std::size_t e = i + 1;
    while (e < end) {
      const char32_t c = chars_[e].cp;
      if (Has(kZhEdge, c) || Has(kZhStart, c) || Has(kZhEnd, c)) break;
      ++e;
    }
    if (e - i == 4) {  // most often two words of two characters
      if (GoodEdges(i, i + 2)) AddWord(i, i + 2, out);
      if (GoodEdges(i + 2, e)) AddWord(i + 2, e, out);
    } else if (e - i >= 2 && e - i <= 3 && GoodEdges(i, e)) {
      AddWord(i, e, out);
    }
    i = e;
  }
}

// Cut of a chunk into known words, longest first (the sum of squared word
// lengths is maximal): a repeated compound ("经济学家", "国家统计局新闻发言人")
// stays whole rather than leaving a fragment; a run of kanji or katakana of
// Japanese text is one word.
void Finder::SegmentChunk(const Chunk& c, std::vector<Token>* out) {
  std::size_t first = c.first;
  if (japanese_) {
    if (chars_[first].script == Script::kHiragana) return;
    while (first < c.end && chars_[first].script == Script::kHan &&
           Has(kJaPrefix, chars_[first].cp)) {
      ++first;
    }
    if (c.end - first < 2) return;
    if (c.end - first <= kMaxRunWordChars) {
      if (GoodEdges(first, c.end)) AddWord(first, c.end, out);
      return;
    }
  }
  const std::size_t n = c.end - first;
  std::vector<std::size_t>& best = best_;
  std::vector<std::size_t>& step = step_;  // length of the last word, 1: none
  best.assign(n + 1, 0);
  step.assign(n + 1, 1);
  for (std::size_t j = 0; j < n; ++j) {
    if (best[j] > best[j + 1]) {
      best[j + 1] = best[j];
      step[j + 1] = 1;
    }
    std::uint64_t h = Mix(kHashSeed, chars_[first + j].cp);
    for (std::size_t len = 2; len <= std::min(n - j, kMaxWordChars); ++len) {
      h = Mix(h, chars_[first + j + len - 1].cp);
      const Gram* g = grams_.Find(Finish(h));
      if (g == nullptr || g->count < 2) continue;
      const std::size_t weight = len * len;
      if (best[j] + weight > best[j + len] && Known(g, first + j, len)) {
        best[j + len] = best[j] + weight;
        step[j + len] = len;
      }
    }
  }
  std::vector<std::pair<std::size_t, std::size_t>> known;  // from the end
  for (std::size_t i = n; i > 0;) {
    if (step[i] == 1) {
      --i;
      continue;
    }
    known.emplace_back(i - step[i], i);
    i -= step[i];
  }
  std::reverse(known.begin(), known.end());
  std::size_t pos = 0;
  for (const auto& w : known) {
    AddStretch(first + pos, first + w.first, out);
    AddWord(first + w.first, first + w.second, out);
    pos = w.second;
  }
  AddStretch(first + pos, first + n, out);
}

CjkWords Finder::Find() {
  CjkWords out;
  CollectRuns();
  if (runs_.empty()) return out;
  CountGrams();
  out.sentences.resize(doc_.sentences.size());
  std::size_t r = 0;
  for (std::size_t s = 0; s < doc_.sentences.size(); ++s) {
    const std::vector<Token>& tokens = doc_.sentences[s].tokens;
    std::vector<Token>& dst = out.sentences[s];
    dst.reserve(tokens.size());
    for (std::size_t k = 0; k < tokens.size();) {
      if (r < runs_.size() && runs_[r].sentence == s && runs_[r].first_token == k) {
        for (const Chunk& c : ChunksOf(runs_[r])) SegmentChunk(c, &dst);
        k = runs_[r].end_token;
        ++r;
        continue;
      }
      dst.push_back(tokens[k]);
      ++k;
    }
  }
  return out;
}

}  // namespace

CjkWords FindCjkWords(const Document& doc) { return Finder(doc).Find(); }

}  // namespace internal
}  // namespace precis
