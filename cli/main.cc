// precis: summarize an article from a file or standard input.
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "batch.h"
#include "precis/precis.h"

extern const char kSampleArticle[];
extern const std::size_t kSampleArticleSize;

namespace {

constexpr char kUsage[] =
    "usage: precis [options] [FILE...]\n"
    "Summarizes FILE (or standard input; '-' also means standard input).\n"
    "Several FILEs make a digest: one summary of all of them, each key fact\n"
    "with the number of articles that report it, and articles about another\n"
    "event listed apart. Each FILE is one article: its YAML front matter is\n"
    "left out and its own '---' lines do not separate articles.\n"
    "Empty input, a directory or a file over 4 MiB is an error (exit 1).\n"
    "With no FILE and a terminal on standard input, summarizes a bundled\n"
    "sample article.\n"
    "\n"
    "Length (at most one; default: automatic, about a fifth of the article):\n"
    "  --sentences N    N sentences\n"
    "  --ratio R        a fraction R of the sentences (0 < R <= 1)\n"
    "  --words W        at most W words (at least one sentence); a W that\n"
    "                   cuts into the three-sentence lede gets the lede when\n"
    "                   it runs to at most 100 words and 1.3 W\n"
    "Output:\n"
    "  --format F       text (default), markdown or json\n"
    "  --keywords       also print keywords (text and markdown)\n"
    "  --facts [N]      also print key-fact bullets (text and markdown); N\n"
    "                   (a whole number, 0..20, default 5) sets how many, also\n"
    "                   in JSON; --facts=N works too\n"
    "  --removed        also print what was dropped as page junk\n"
    "  --keep-junk      do not drop pasted-page junk\n"
    "  --language L     the article's language: auto (default, detected) or an\n"
    "                   ISO 639 code such as fr, de, zh\n"
    "  --digest         the input holds several articles separated by lines\n"
    "                   of '---': summarize them as one digest (implied by\n"
    "                   several FILEs; key facts are always printed)\n"
    "  --include N      digest: take article N (from 1, as listed) as part of\n"
    "                   the event even if it was set apart (repeatable)\n"
    "  --sample         summarize the bundled sample article\n"
    "Corpora:\n"
    "  --jsonl          FILE (or standard input) holds one JSON object a line,\n"
    "                   {\"id\": ..., \"text\": \"...\", \"options\": {...}} (the\n"
    "                   engine's options object, see the README's \"The API\";\n"
    "                   without it the flags above apply);\n"
    "                   writes one JSON envelope a line, in input order, with\n"
    "                   the line's id first; a line that cannot be read gives an\n"
    "                   error envelope and the run goes on (exit 1 at the end)\n"
    "  --jobs N         --jsonl: summarize N lines at once (default: one per core)\n"
    "  --quiet          --jsonl: no progress on standard error\n"
    "  --version, --help\n";

enum class Format { kText, kMarkdown, kJson };

struct Args {
  std::string file;
  std::vector<std::string> more_files;  // the second FILE on: a digest
  bool digest = false;
  bool sample = false;
  Format format = Format::kText;
  bool keywords = false;
  bool facts = false;
  bool removed = false;
  bool jsonl = false;
  bool format_given = false;
  int jobs = 0;  // --jsonl: 0 means one thread per core
  bool quiet = false;
  precis::Options options;  // checked by the core (precis::Summarize)
};

[[noreturn]] void UsageError(const std::string& message) {
  std::cerr << "precis: " << message << "\n"
            << "Try 'precis --help'.\n";
  std::exit(2);
}

// The value of a numeric flag, checked to be a plain decimal number (as in
// JSON: no hexadecimal, infinity or NaN). Its range is the core's to check.
double NumberArg(const std::string& flag, const char* value) {
  if (value == nullptr) UsageError(flag + " needs a value");
  char* end = nullptr;
  const double d = std::strtod(value, &end);
  if (*value == '\0' || *end != '\0' ||
      std::strspn(value, "0123456789.eE+-") != std::strlen(value)) {
    UsageError(flag + " needs a number, got '" + value + "'");
  }
  return d;
}

// The count of --facts: a whole number (its range, 0..20, is the core's to
// check).
int FactsArg(const std::string& flag, const char* value) {
  // Past 1000 the count stays out of the core's range without overflowing.
  const double d = std::min(NumberArg(flag, value), 1000.0);
  if (d < 0 || d != static_cast<double>(static_cast<int>(d))) {
    UsageError(flag + " needs a whole number, got '" + value + "'");
  }
  return static_cast<int>(d);
}

Args ParseArgs(int argc, char** argv) {
  Args args;
  int length_flags = 0;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    const char* next = i + 1 < argc ? argv[i + 1] : nullptr;
    if (a == "--help" || a == "-h") {
      std::cout << kUsage;
      std::exit(0);
    } else if (a == "--version") {
      std::cout << "precis " << precis::Version() << "\n";
      std::exit(0);
    } else if (a == "--sentences" || a == "--ratio" || a == "--words") {
      args.options.length_unit = a == "--sentences" ? precis::LengthUnit::kSentences
                                 : a == "--ratio"   ? precis::LengthUnit::kRatio
                                                    : precis::LengthUnit::kWords;
      args.options.length = NumberArg(a, next);
      ++length_flags;
      ++i;
    } else if (a == "--format") {
      if (next == nullptr) UsageError("--format needs a value");
      args.format_given = true;
      const std::string f = next;
      if (f == "text") {
        args.format = Format::kText;
      } else if (f == "markdown" || f == "md") {
        args.format = Format::kMarkdown;
      } else if (f == "json") {
        args.format = Format::kJson;
      } else {
        UsageError("unknown format '" + f + "' (text, markdown or json)");
      }
      ++i;
    } else if (a == "--keywords") {
      args.keywords = true;
    } else if (a == "--facts") {
      args.facts = true;
      // An optional count: the next argument when it is a whole number.
      if (next != nullptr && *next != '\0' &&
          std::strspn(next, "0123456789") == std::strlen(next)) {
        args.options.max_facts = FactsArg(a, next);
        ++i;
      }
    } else if (a.rfind("--facts=", 0) == 0) {
      args.facts = true;
      args.options.max_facts = FactsArg("--facts", a.c_str() + 8);
    } else if (a == "--removed") {
      args.removed = true;
    } else if (a == "--keep-junk") {
      args.options.remove_junk = false;
    } else if (a == "--language") {
      if (next == nullptr) UsageError("--language needs a value");
      const std::string code = next;
      if (code.empty() || code.size() > 16 ||
          code.find_first_not_of("abcdefghijklmnopqrstuvwxyz") != std::string::npos) {
        UsageError("--language takes auto or a lower-case ISO 639 code (got '" + code + "')");
      }
      args.options.language = code == "auto" ? "" : code;
      ++i;
    } else if (a == "--digest") {
      args.digest = true;
    } else if (a == "--include") {
      const double n = NumberArg(a, next);
      if (n < 1 || n != static_cast<double>(static_cast<long>(n))) {
        UsageError("--include takes an article number from 1");
      }
      args.options.include_articles.push_back(static_cast<std::size_t>(n) - 1);
      ++i;
    } else if (a == "--sample") {
      args.sample = true;
    } else if (a == "--jsonl") {
      args.jsonl = true;
    } else if (a == "--jobs") {
      const double n = NumberArg(a, next);
      if (n < 1 || n > 1024 || n != static_cast<double>(static_cast<int>(n))) {
        UsageError("--jobs takes a whole number from 1 to 1024");
      }
      args.jobs = static_cast<int>(n);
      ++i;
    } else if (a == "--quiet") {
      args.quiet = true;
    } else if (a.size() > 1 && a[0] == '-') {
      UsageError("unknown option '" + a + "'");
    } else if (args.file.empty()) {
      args.file = a;
    } else {
      args.more_files.push_back(a);
    }
  }
  if (args.jsonl) {
    if (!args.more_files.empty()) UsageError("--jsonl reads one FILE (or standard input)");
    if (args.sample) UsageError("--jsonl and --sample cannot be combined");
    if (args.format_given && args.format != Format::kJson) {
      UsageError("--jsonl writes JSON envelopes (--format json)");
    }
  } else if (args.jobs > 0 || args.quiet) {
    UsageError("--jobs and --quiet go with --jsonl");
  }
  if (!args.more_files.empty()) {
    args.digest = true;
    for (const std::string& f : args.more_files) {
      if (f == "-") UsageError("standard input ('-') can only be the one FILE");
    }
    if (args.file == "-") UsageError("standard input ('-') can only be the one FILE");
  }
  args.options.digest = args.digest;
  if (length_flags > 1) UsageError("give at most one of --sentences, --ratio, --words");
  if (args.sample && !args.file.empty()) UsageError("--sample takes no FILE");
  return args;
}

// Reads at most limit + 1 bytes so that an oversized input is refused by
// the core without holding more than that in memory.
bool ReadAll(std::FILE* f, std::size_t limit, std::string* out) {
  char buf[1 << 16];
  while (out->size() <= limit) {
    const std::size_t n = std::fread(buf, 1, sizeof buf, f);
    if (n == 0) break;
    out->append(buf, n);
  }
  return !std::ferror(f);
}

// Reads the rest of `f` without keeping it, adding its length to *bytes:
// the size of an input over the limit, for the error message.
void CountRest(std::FILE* f, std::size_t* bytes) {
  char buf[1 << 16];
  std::size_t n = 0;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) *bytes += n;
}

// Reads one input (a file, or standard input for "-") whole into *text.
// On failure prints the reason and returns false: a directory, a file that
// cannot be opened or read, or one over the engine's limit (with its size).
bool ReadInput(const std::string& name, std::string* text) {
  const bool is_stdin = name == "-";
  std::FILE* f = stdin;
  if (!is_stdin) {
    struct stat st {};
    if (stat(name.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) {
      std::cerr << "precis: error: '" << name << "' is a directory; give a text file\n";
      return false;
    }
    f = std::fopen(name.c_str(), "rb");
    if (f == nullptr) {
      std::cerr << "precis: error: cannot open '" << name << "': " << std::strerror(errno) << "\n";
      return false;
    }
  }
  std::string part;
  bool ok = ReadAll(f, precis::Limits::kMaxInputBytes, &part);
  std::size_t size = part.size();
  if (ok && size > precis::Limits::kMaxInputBytes) CountRest(f, &size);
  ok = ok && !std::ferror(f);
  if (!is_stdin) std::fclose(f);
  const std::string what = is_stdin ? "standard input" : "'" + name + "'";
  if (!ok) {
    std::cerr << "precis: error: cannot read " << what << "\n";
    return false;
  }
  if (size > precis::Limits::kMaxInputBytes) {
    std::cerr << "precis: error: " << what << " is " << size << " bytes; the limit is "
              << precis::Limits::kMaxInputBytes << " bytes (input_too_large)\n";
    return false;
  }
  text->append(part);
  return true;
}

// One file of several, as a digest article: a leading YAML front matter
// block ("---" to "---" or "...") is not article text and is left out, and
// a "---" line inside the file becomes a blank line, so that only the
// boundaries between files separate articles.
std::string AsOneArticle(const std::string& file) {
  std::vector<std::string> lines;
  std::size_t pos = 0;
  while (pos <= file.size()) {
    std::size_t end = file.find('\n', pos);
    if (end == std::string::npos) end = file.size();
    lines.push_back(file.substr(pos, end - pos));
    pos = end + 1;
  }
  const auto trimmed = [](std::string line) {
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) {
      line.pop_back();
    }
    line.erase(0, line.find_first_not_of(" \t"));
    return line;
  };
  std::size_t first = 0;
  std::string head = lines.empty() ? "" : lines[0];
  if (head.rfind("\xEF\xBB\xBF", 0) == 0) head.erase(0, 3);  // a byte order mark
  if (!lines.empty() && trimmed(head) == "---") {
    for (std::size_t i = 1; i < lines.size(); ++i) {
      const std::string t = trimmed(lines[i]);
      if (t == "---" || t == "...") {
        first = i + 1;
        break;
      }
    }
  }
  std::string out;
  for (std::size_t i = first; i < lines.size(); ++i) {
    if (trimmed(lines[i]) != "---") out += lines[i];
    if (i + 1 < lines.size()) out += '\n';
  }
  return out;
}

// Text for a terminal: control characters other than line breaks and tabs
// (C0, DEL and C1, such as U+009B, which terminals read as the start of an
// escape sequence) become U+FFFD.
std::string TerminalSafe(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    const bool c0 = (c < 0x20 && c != '\n' && c != '\t') || c == 0x7F;
    const bool c1 = c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) >= 0x80 &&
                    static_cast<unsigned char>(s[i + 1]) <= 0x9F;
    if (c0 || c1) {
      out += "\xEF\xBF\xBD";
      if (c1) ++i;
    } else {
      out += s[i];
    }
  }
  return out;
}

// Whether s[i] ends a line mark: a space, a tab, a line break or the end.
bool EndsMark(const std::string& s, std::size_t i) {
  return i >= s.size() || s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n';
}

// A backslash before everything Markdown would read as markup, so that the
// text renders as itself. The same rule as escapeMarkdown in
// web/lib/markdown.js (tests/js/markdown.test.mjs compares them):
//  - everywhere: \ ` * _ [ ] < > | ~
//  - at the start of a line (the text's start or after "\n"), after spaces
//    and tabs: "#", "-", "+" or "=" when followed by a space, a tab, "\r",
//    "\n", the end or the same mark; and the "." or ")" after 1 to 9 digits
//    when followed by a space, a tab, "\r", "\n" or the end.
std::string EscapeMarkdown(const std::string& s) {
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  bool line_start = true;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (line_start && c != ' ' && c != '\t') {
      line_start = false;
      if (c != '\0' && std::strchr("#-+=", c) != nullptr && (EndsMark(s, i + 1) || s[i + 1] == c)) {
        out.push_back('\\');
      } else if (c >= '0' && c <= '9') {
        std::size_t j = i;
        while (j < s.size() && j - i < 10 && s[j] >= '0' && s[j] <= '9') ++j;
        if (j - i <= 9 && j < s.size() && (s[j] == '.' || s[j] == ')') && EndsMark(s, j + 1)) {
          out.append(s, i, j - i).append("\\").push_back(s[j]);
          i = j;
          continue;
        }
      }
    }
    if (c == '\n') line_start = true;
    if (c != '\0' && std::strchr("\\`*_[]<>|~", c) != nullptr) out.push_back('\\');
    out.push_back(c);
  }
  return out;
}

// The key facts with those of one subject together: first the facts with no
// subject, then each subject in the order it first appears.
std::vector<std::pair<std::string, std::vector<const precis::KeyFact*>>> BySubject(
    const std::vector<precis::KeyFact>& facts) {
  std::vector<std::pair<std::string, std::vector<const precis::KeyFact*>>> groups;
  groups.emplace_back();
  for (const precis::KeyFact& f : facts) {
    auto it = std::find_if(groups.begin(), groups.end(),
                           [&](const auto& g) { return g.first == f.group; });
    if (it == groups.end()) it = groups.insert(groups.end(), {f.group, {}});
    it->second.push_back(&f);
  }
  if (groups.front().second.empty()) groups.erase(groups.begin());
  return groups;
}

// Key-fact bullets under their subject headings ("Korea:" or "### Korea").
void PrintFacts(const std::vector<precis::KeyFact>& facts, bool md, std::ostream& out) {
  for (const auto& [subject, members] : BySubject(facts)) {
    if (!subject.empty()) {
      out << (md ? "\n### " + EscapeMarkdown(subject) + "\n\n" : subject + ":\n");
    }
    for (const precis::KeyFact* f : members) {
      out << (md || subject.empty() ? "- " : "  - ") << (md ? EscapeMarkdown(f->text) : f->text)
          << "\n";
    }
  }
}

void PrintText(const precis::Result& r, const Args& args, std::ostream& out) {
  for (const precis::Sentence& s : r.summary) out << s.text << "\n";
  if (args.keywords && !r.keywords.empty()) {
    out << "\nKeywords: ";
    for (std::size_t i = 0; i < r.keywords.size(); ++i) {
      out << (i ? ", " : "") << r.keywords[i].text;
    }
    out << "\n";
  }
  if (args.facts && !r.facts.empty()) {
    out << "\nKey facts:\n";
    PrintFacts(r.facts, false, out);
  }
  if (args.removed && !r.removed.empty()) {
    out << "\nRemoved:\n";
    for (const precis::Removed& rm : r.removed) {
      out << "- [" << rm.reason << "] " << rm.text << "\n";
    }
  }
}

void PrintMarkdown(const precis::Result& r, const Args& args, std::ostream& out) {
  out << "## Summary\n\n";
  for (std::size_t i = 0; i < r.summary.size(); ++i) {
    out << (i ? " " : "") << EscapeMarkdown(r.summary[i].text);
  }
  out << "\n";
  if (args.keywords && !r.keywords.empty()) {
    out << "\n**Keywords:** ";
    for (std::size_t i = 0; i < r.keywords.size(); ++i) {
      out << (i ? ", " : "") << EscapeMarkdown(r.keywords[i].text);
    }
    out << "\n";
  }
  if (args.facts && !r.facts.empty()) {
    out << "\n## Key facts\n\n";
    PrintFacts(r.facts, true, out);
  }
  if (args.removed && !r.removed.empty()) {
    out << "\n## Removed\n\n";
    for (const precis::Removed& rm : r.removed) {
      out << "- *" << rm.reason << ":* " << EscapeMarkdown(rm.text) << "\n";
    }
  }
}

// How many of a digest's articles report a fact: "2/3 sources", or "only in
// article 2" for a single-source fact (as supportLabel in web/lib/markdown.js).
std::string SupportLabel(const precis::KeyFact& f, std::size_t same_event) {
  if (f.articles.size() <= 1) {
    const std::size_t article = f.articles.empty() ? f.article : f.articles.front();
    return "only in article " + std::to_string(article + 1);
  }
  return std::to_string(f.articles.size()) + "/" + std::to_string(same_event) + " sources";
}

// The digest in text or Markdown: the summary, the key facts with their
// support ("[2/3 sources]", "[only in article 1]"), the articles, and those about
// another event.
void PrintDigest(const precis::Result& r, const Args& args, std::ostream& out) {
  const bool md = args.format == Format::kMarkdown;
  auto esc = [md](const std::string& s) { return md ? EscapeMarkdown(s) : s; };
  std::size_t same = 0;
  for (const precis::Article& a : r.articles) same += a.same_event ? 1 : 0;
  out << (md ? "# " : "") << "Digest of " << r.articles.size()
      << (r.articles.size() == 1 ? " article" : " articles");
  if (same != r.articles.size()) out << " (" << same << " about the same event)";
  out << "\n\n" << (md ? "## Summary\n\n" : "Summary:\n");
  for (std::size_t i = 0; i < r.summary.size(); ++i) {
    const precis::Sentence& s = r.summary[i];
    if (md) {
      out << (i ? " " : "") << esc(s.text);
    } else {
      out << s.text << " (" << s.article + 1 << ")\n";
    }
  }
  if (md && !r.summary.empty()) out << "\n";
  if (!r.facts.empty()) {
    out << "\n" << (md ? "## Key facts\n\n" : "Key facts:\n");
    for (const precis::KeyFact& f : r.facts) {
      out << "- " << esc(f.text) << " ";
      const std::string tag = "[" + SupportLabel(f, same) + "]";
      out << (md ? "*" + tag + "*" : tag) << "\n";
    }
  }
  if (args.keywords && !r.keywords.empty()) {
    out << "\n" << (md ? "**Keywords:** " : "Keywords: ");
    for (std::size_t i = 0; i < r.keywords.size(); ++i) {
      out << (i ? ", " : "") << esc(r.keywords[i].text);
    }
    out << "\n";
  }
  out << "\n" << (md ? "## Articles\n\n" : "Articles:\n");
  for (const precis::Article& a : r.articles) {
    out << (md ? "" : "  ") << a.index + 1 << ". " << esc(a.title.empty() ? "(no text)" : a.title)
        << "\n"
        << (md ? "   " : "     ") << (a.same_event ? "" : (md ? "**" : "")) << esc(a.reason)
        << (a.same_event ? "" : (md ? "**" : "")) << "; " << a.sentences << " sentences";
    if (!a.dates.empty()) {
      out << "; dates: ";
      for (std::size_t i = 0; i < a.dates.size() && i < 6; ++i) {
        out << (i ? ", " : "") << esc(a.dates[i]);
      }
    }
    out << "\n";
  }
  if (r.stats.articles_omitted > 0) {
    out << "\n"
        << r.stats.articles_omitted
        << " more articles were not read (a digest takes at most 50).\n";
  }
  if (args.removed && !r.removed.empty()) {
    out << "\n" << (md ? "## Removed\n\n" : "Removed:\n");
    for (const precis::Removed& rm : r.removed) {
      out << "- [" << rm.reason << "] " << esc(rm.text) << "\n";
    }
  }
}

}  // namespace

int main(int argc, char** argv) {
  const Args args = ParseArgs(argc, argv);
  if (args.jsonl) {
    precis_cli::BatchArgs batch;
    batch.file = args.file;
    batch.jobs = args.jobs;
    batch.quiet = args.quiet;
    batch.defaults = args.options;
    return precis_cli::RunJsonl(batch);
  }

  std::string text;
  if (args.sample || (args.file.empty() && isatty(STDIN_FILENO))) {
    if (!args.sample) {
      std::cerr << "precis: no input given; summarizing the bundled sample "
                   "article (pass a FILE or pipe text in)\n";
    }
    text.assign(kSampleArticle, kSampleArticleSize);
  } else if (args.file.empty() || args.file == "-") {
    if (!ReadInput("-", &text)) return 1;
  } else if (args.more_files.empty()) {
    if (!ReadInput(args.file, &text)) return 1;
  } else {
    // Several files are one article each, joined with separator lines.
    std::vector<std::string> files = {args.file};
    files.insert(files.end(), args.more_files.begin(), args.more_files.end());
    for (std::size_t i = 0; i < files.size(); ++i) {
      std::string file;
      if (!ReadInput(files[i], &file)) return 1;
      if (i > 0) text += "\n---\n";
      text += AsOneArticle(file);
    }
    if (text.size() > precis::Limits::kMaxInputBytes) {
      std::cerr << "precis: error: the files are " << text.size()
                << " bytes together; the limit is " << precis::Limits::kMaxInputBytes
                << " bytes (input_too_large)\n";
      return 1;
    }
  }
  // Nothing to summarize is an error for a reader; JSON gives the engine's
  // envelope (an empty summary), exactly as the WebAssembly module does.
  if (args.format != Format::kJson && text.find_first_not_of(" \t\r\n\f\v") == std::string::npos) {
    std::cerr << "precis: error: the input is empty\n";
    return 1;
  }

  if (args.format == Format::kJson) {
    // Exactly the envelope the WebAssembly module returns.
    const std::string envelope = precis::SummarizeJson(text, args.options);
    std::cout << envelope << "\n";
    return envelope.rfind("{\"ok\":true", 0) == 0 ? 0 : 1;
  }

  precis::Result result;
  const precis::Status status = precis::Summarize(text, args.options, &result);
  if (!status.ok()) {
    std::cerr << "precis: error: " << status.message() << " ("
              << precis::ErrorCodeName(status.code()) << ")\n";
    return 1;
  }
  if (result.summary.empty()) {
    std::cerr << "precis: the input has no sentences to summarize\n";
  }
  std::ostringstream out;
  if (args.digest) {
    PrintDigest(result, args, out);
  } else if (args.format == Format::kMarkdown) {
    PrintMarkdown(result, args, out);
  } else {
    PrintText(result, args, out);
  }
  std::cout << TerminalSafe(out.str());
  return 0;
}
