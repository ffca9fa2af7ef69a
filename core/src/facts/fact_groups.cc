#include "facts/fact_groups.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "text/unicode.h"

namespace precis {
namespace internal {
namespace {

// A subject heading names one thing: a few capitalised words.
constexpr std::size_t kMaxHeadingWords = 4;
constexpr std::size_t kMaxHeadingBytes = 60;
// A lead "Japan: ..." must end within this many bytes of the sentence start.
constexpr std::size_t kMaxLeadBytes = 48;
// A body word that starts with a heading word of at least this many letters
// mentions it ("Japan" in "Japanese").
constexpr std::size_t kMinPrefixBytes = 4;
// A lead is followed by a sentence of at least this many words, two in five
// of them in lower case.
constexpr std::size_t kMinProseWords = 4;
// An article is organised by subject when it has this many distinct ones.
constexpr std::size_t kMinSubjects = 2;

struct Heading {
  std::string name;                // as written, without the final colon
  std::vector<std::string> words;  // case-folded content words
};

bool IsTrimmed(char ch) {
  return ch == ' ' || ch == ':' || ch == '.' || ch == '-' || ch == '*' || ch == '#' || ch == '>';
}

std::string TrimName(std::string s) {
  std::size_t b = 0;
  std::size_t e = s.size();
  while (b < e && IsTrimmed(s[b])) ++b;
  while (e > b && IsTrimmed(s[e - 1])) --e;
  return s.substr(b, e - b);
}

// The heading written in sentence `s` before byte `end`: tokens of that part
// only; each content word capitalised; no numbers.
bool ReadHeading(const Document& doc, const DocSentence& s, std::size_t end, Heading* h) {
  std::size_t count = 0;
  h->words.clear();
  for (const Token& t : s.tokens) {
    if (t.begin >= end) break;
    if (t.kind != TokenKind::kWord) return false;
    if (++count > kMaxHeadingWords) return false;
    if (count == 1 && !t.capitalized) return false;
    if (t.stopword) {
      // Only the joints of a name ("Bosnia and Herzegovina", "The Gambia",
      // "Department of Defense"); "Mr Dams said", "But" read as prose.
      if (t.norm != "and" && t.norm != "of" && t.norm != "the") return false;
      continue;
    }
    if (!t.capitalized) return false;
    h->words.push_back(t.norm);
  }
  if (h->words.empty()) return false;
  h->name = TrimName(CollapseSpace(doc.text.substr(s.begin, end - s.begin)));
  return !h->name.empty() && h->name.size() <= kMaxHeadingBytes;
}

// A lead "Japan: In Tokyo, ..." at the start of sentence `s`: the byte
// offset of its colon, or 0 when there is none.
std::size_t LeadColon(const Document& doc, const DocSentence& s) {
  const std::size_t limit = std::min(s.end, s.begin + kMaxLeadBytes);
  std::size_t last_end = 0;
  for (const Token& t : s.tokens) {
    if (t.begin >= limit) break;
    const std::size_t gap_end = t.begin;
    for (std::size_t p = last_end ? last_end : s.begin; p < gap_end; ++p) {
      if (doc.text[p] != ':') continue;
      // The colon must follow a word directly and text must follow it.
      return last_end != 0 && p == last_end ? p : 0;
    }
    last_end = t.end;
  }
  return 0;
}

// Whether the words of sentence `s` after byte `from` read as prose, not as
// a list of names ("Newcastle: Given, Carr, Boumsong, ..."): enough of them
// in lower case.
bool ReadsAsProse(const DocSentence& s, std::size_t from) {
  std::size_t words = 0;
  std::size_t lower = 0;
  for (const Token& t : s.tokens) {
    if (t.begin < from || t.kind != TokenKind::kWord) continue;
    ++words;
    lower += t.capitalized ? 0 : 1;
  }
  return words >= kMinProseWords && lower * 5 >= words * 2;
}

// Whether `s` can open a section: a sentence (not another line) whose first
// word is capitalised. A line that a broken paste cut from the middle of a
// sentence ("American" over "was the eventual winner ...") is no heading.
bool StartsSentence(const DocSentence& s) {
  if (s.line_unit || s.tokens.empty()) return false;
  const Token& t = s.tokens.front();
  return t.kind != TokenKind::kWord || t.capitalized;
}

// Whether token `t` is a label: a word right before a colon ("Booked:").
bool IsLabel(const Document& doc, const Token& t) {
  return t.end < doc.text.size() && doc.text[t.end] == ':';
}

// The names the article's sentences use: capitalised words that do not
// start a sentence and are no label, case-folded, hyphenated words also by
// part ("U.S.-Japan" gives "japan"); sorted.
std::vector<std::string> NamesInText(const Document& doc) {
  std::vector<std::string> out;
  for (const DocSentence& s : doc.sentences) {
    if (s.line_unit) continue;
    for (std::size_t k = 1; k < s.tokens.size(); ++k) {
      const Token& t = s.tokens[k];
      if (t.kind != TokenKind::kWord || !t.capitalized || IsLabel(doc, t)) continue;
      std::size_t pos = 0;
      while (pos <= t.norm.size()) {
        std::size_t dash = t.norm.find('-', pos);
        if (dash == std::string::npos) dash = t.norm.size();
        if (dash > pos) out.push_back(t.norm.substr(pos, dash - pos));
        pos = dash + 1;
      }
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// Whether the article names every word of the heading: the word itself or
// a longer word that starts with it ("Japan" in "Japanese").
bool Mentioned(const std::vector<std::string>& names, const Heading& h) {
  for (const std::string& word : h.words) {
    const auto it = std::lower_bound(names.begin(), names.end(), word);
    if (it == names.end()) return false;
    if (*it == word) continue;
    if (word.size() < kMinPrefixBytes || it->compare(0, word.size(), word) != 0) {
      return false;
    }
  }
  return true;
}

}  // namespace

std::vector<std::string> SubjectGroups(const Document& doc) {
  const std::size_t n = doc.sentences.size();
  std::vector<std::string> groups(n);
  // Headings over a section and leads ("Japan: ..."), by sentence.
  std::vector<std::pair<std::size_t, Heading>> candidates;
  // Whether they have two different names (the first one, case-folded).
  std::string first_name;
  bool several = false;
  for (std::size_t i = 0; i < n; ++i) {
    const DocSentence& s = doc.sentences[i];
    Heading h;
    bool found = false;
    if (s.line_unit) {
      // The first line is the title, not a section; a heading needs text
      // under it.
      found = i > 0 && i + 1 < n && StartsSentence(doc.sentences[i + 1]) &&
              ReadHeading(doc, s, s.end, &h);
    } else if (const std::size_t colon = LeadColon(doc, s); colon != 0) {
      found = ReadsAsProse(s, colon) && ReadHeading(doc, s, colon, &h);
    }
    if (!found) continue;
    if (!several) {
      std::string folded = FoldCase(h.name);
      if (candidates.empty()) {
        first_name = std::move(folded);
      } else if (folded != first_name) {
        several = true;
      }
    }
    candidates.emplace_back(i, std::move(h));
  }
  if (!several) return groups;

  const std::vector<std::string> names = NamesInText(doc);
  // Subjects: case-folded name -> the first spelling.
  std::unordered_map<std::string, std::string> subjects;
  std::string current;
  std::size_t next = 0;
  for (std::size_t i = 0; i < n; ++i) {
    if (doc.sentences[i].line_unit) current.clear();
    if (next < candidates.size() && candidates[next].first == i) {
      const Heading& h = candidates[next++].second;
      if (Mentioned(names, h)) {
        current = subjects.try_emplace(FoldCase(h.name), h.name).first->second;
      }
    }
    groups[i] = current;
  }
  if (subjects.size() < kMinSubjects) {
    for (std::string& g : groups) g.clear();
  }
  return groups;
}

}  // namespace internal
}  // namespace precis
