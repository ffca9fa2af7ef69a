#include "clean/furniture.h"

#include <cstddef>
#include <string>

#include "segment/punctuation.h"
#include "text/ascii.h"
#include "text/unicode.h"

namespace precis {
namespace internal {
namespace {

enum class PromptKind { kVideo, kShop };

struct Prompt {
  std::string_view words;  // lower case; ASCII letters match either case
  PromptKind kind;
};

// Prompts of page furniture: video prompts and links (cut off on both
// sides) and shopping links (the product text before them goes with them).
constexpr Prompt kPrompts[] = {
    {"scroll down for video", PromptKind::kVideo},
    {"scroll down for videos", PromptKind::kVideo},
    {"scroll down to watch", PromptKind::kVideo},
    {"scroll down to see", PromptKind::kVideo},
    {"scroll down for more", PromptKind::kVideo},
    {"watch the video", PromptKind::kVideo},
    {"watch video", PromptKind::kVideo},
    {"see the video", PromptKind::kVideo},
    {"video below", PromptKind::kVideo},
    {"click here", PromptKind::kVideo},
    {"tap here", PromptKind::kVideo},
    {"klicken sie hier", PromptKind::kVideo},
    {"hier klicken", PromptKind::kVideo},
    {"video ansehen", PromptKind::kVideo},
    {"cliquez ici", PromptKind::kVideo},
    {"regardez la vidéo", PromptKind::kVideo},
    {"voir la vidéo", PromptKind::kVideo},
    {"haga clic aquí", PromptKind::kVideo},
    {"haz clic aquí", PromptKind::kVideo},
    {"mira el vídeo", PromptKind::kVideo},
    {"mira el video", PromptKind::kVideo},
    {"clicca qui", PromptKind::kVideo},
    {"guarda il video", PromptKind::kVideo},
    {"klik hier", PromptKind::kVideo},
    {"bekijk de video", PromptKind::kVideo},
    {"kliknij tutaj", PromptKind::kVideo},
    {"clique aqui", PromptKind::kVideo},
    {"visit site", PromptKind::kShop},
    {"visit website", PromptKind::kShop},
    {"shop now", PromptKind::kShop},
    {"buy now", PromptKind::kShop},
    {"buy it now", PromptKind::kShop},
    {"buy it here", PromptKind::kShop},
    {"shop the look", PromptKind::kShop},
    {"jetzt kaufen", PromptKind::kShop},
    {"hier kaufen", PromptKind::kShop},
    {"acheter maintenant", PromptKind::kShop},
    {"comprar ahora", PromptKind::kShop},
    {"acquista ora", PromptKind::kShop},
    {"koop nu", PromptKind::kShop},
    {"kup teraz", PromptKind::kShop},
    {"compre agora", PromptKind::kShop},
};

// Words that never close a sentence or a caption: a capitalised word after
// one is a name inside running prose ("met with President Obama:").
constexpr std::string_view kFunctionWords[] = {
    "a",     "an",     "the",    "of",       "to",        "in",      "on",     "at",      "by",
    "for",   "with",   "from",   "and",      "or",        "but",     "as",     "than",    "that",
    "this",  "these",  "those",  "its",      "his",       "her",     "their",  "our",     "my",
    "your",  "is",     "was",    "are",      "were",      "be",      "been",   "has",     "have",
    "had",   "about",  "into",   "over",     "under",     "after",   "before", "between", "during",
    "via",   "like",   "not",    "if",       "when",      "while",   "where",  "who",     "which",
    "what",  "how",    "said",   "says",     "told",      "added",   "wrote",  "asked",   "called",
    "named", "dubbed", "titled", "entitled", "including", "against", "without"};

// Verbs that introduce speech: "Bruce insisted: 'Everyone ...'" is no caption.
constexpr std::string_view kSpeechVerbs[] = {
    "said",    "says",      "say",       "told",    "tells",     "added",    "adds",     "wrote",
    "writes",  "insisted",  "explained", "tweeted", "asked",     "replied",  "admitted", "revealed",
    "claimed", "continued", "warned",    "stated",  "announced", "declared", "joked",    "posted"};

// Openers of speech or prose, not of a caption heading.
constexpr std::string_view kNoHeadingStart[] = {"but", "and", "he",   "she",  "they",  "it", "we",
                                                "i",   "you", "this", "that", "there", "so"};

// Words at the start of a caption before its colon ("Pictured: ...",
// "Above: ...", "Left to right: ...").
constexpr std::string_view kCaptionLeads[] = {"pictured", "above", "below", "left", "right",
                                              "top",      "inset", "main",  "im",   "photo",
                                              "picture",  "pic",   "bild",  "foto"};

// Position words of a caption, between commas or in brackets: "Mary Pat
// Christie, right, has quit", "Arsene Wenger ( right )", "(pictured)",
// "(left to right)", "(far left)".
constexpr std::string_view kPositionWords[] = {
    "right", "left",   "centre", "center", "pictured",  "above",  "below",
    "top",   "bottom", "inset",  "middle", "circled",   "links",  "rechts",
    "oben",  "unten",  "gauche", "droite", "izquierda", "derecha"};
// Present-tense caption verbs: "The young star is pictured wearing ...".
constexpr std::string_view kCaptionVerbs[] = {"pictured", "seen", "shown"};

// Offers: an imperative, a price and a term ("Get 3 months of premium news
// for $1.", "Try it free for 30 days").
constexpr std::string_view kOfferVerbs[] = {
    "get",      "try",     "start",     "unlock", "save",    "claim",
    "enjoy",    "join",    "subscribe", "testen", "sichern", "holen",
    "profitez", "essayez", "abonnez",   "obtén",  "prueba",  "suscríbete"};
constexpr std::string_view kOfferTerms[] = {
    "month", "months", "year",    "years",        "week",   "weeks", "day",
    "days",  "trial",  "premium", "subscription", "access", "issue", "issues",
    "monat", "monate", "jahr",    "abo",          "mois",   "an",    "abonnement",
    "mes",   "meses",  "año",     "suscripción"};
constexpr std::string_view kFreeWords[] = {"free", "gratis", "kostenlos", "gratuit", "gratuito"};

template <std::size_t N>
bool InList(const std::string_view (&list)[N], std::string_view w) {
  for (std::string_view x : list) {
    if (x == w) return true;
  }
  return false;
}

char Lower(char c) { return AsciiLower(c); }

// `s` at `p` matches `words` (ASCII letters in either case) and the match
// ends at a word end.
bool MatchAt(std::string_view s, std::size_t p, std::string_view words) {
  if (p + words.size() > s.size()) return false;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (Lower(s[p + i]) != words[i]) return false;
  }
  const std::size_t e = p + words.size();
  if (e == s.size()) return true;
  char32_t c = 0;
  DecodeAt(s, e, &c);
  return !IsLetter(c) && !IsDigit(c);
}

// The prompt that starts at `p` (a word start), or nullptr.
const Prompt* PromptAt(std::string_view s, std::size_t p) {
  const char first = Lower(s[p]);
  for (const Prompt& prompt : kPrompts) {
    if (prompt.words[0] == first && MatchAt(s, p, prompt.words)) return &prompt;
  }
  return nullptr;
}

bool WordStart(std::string_view s, std::size_t p) {
  if (p == 0) return true;
  char32_t c = 0;
  DecodeAt(s, PrevCodePoint(s, p), &c);
  return IsSpace(c) || IsOpener(c);
}

std::size_t SkipSpace(std::string_view s, std::size_t p) {
  while (p < s.size()) {
    char32_t c = 0;
    const int len = DecodeAt(s, p, &c);
    if (len <= 0 || !IsSpace(c)) break;
    p += static_cast<std::size_t>(len);
  }
  return p;
}

// The end of the word at `p`: letters, digits, hyphens and apostrophes.
std::size_t WordEnd(std::string_view s, std::size_t p) {
  std::size_t q = p;
  while (q < s.size()) {
    char32_t c = 0;
    const int len = DecodeAt(s, q, &c);
    if (len <= 0 || !(IsLetter(c) || IsDigit(c) || c == U'-' || c == U'\'' || c == 0x2019)) break;
    q += static_cast<std::size_t>(len);
  }
  return q;
}

// The word [p, end) folded to lower case (ASCII letters).
std::string LowerWord(std::string_view s, std::size_t p, std::size_t* end) {
  *end = WordEnd(s, p);
  std::string w(s.substr(p, *end - p));
  for (char& ch : w) ch = Lower(ch);
  return w;
}

bool UpperAt(std::string_view s, std::size_t p) {
  char32_t c = 0;
  return p < s.size() && DecodeAt(s, p, &c) > 0 && IsUpper(c);
}

char32_t CodePointAt(std::string_view s, std::size_t p) {
  char32_t c = 0;
  if (p >= s.size() || DecodeAt(s, p, &c) <= 0) return 0;
  return c;
}

bool AsciiSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// A caption heading at `p`: one to four words, the first capitalised and
// none a speech verb, then a colon and a capital or a digit ("Ditching Wall
// Street: Mary", "No clue : Local"). Returns the position after the colon,
// or npos.
std::size_t HeadingEnd(std::string_view s, std::size_t p) {
  constexpr int kMaxHeadingWords = 4;
  if (!UpperAt(s, p)) return std::string_view::npos;
  std::size_t q = p;
  for (int words = 0; words < kMaxHeadingWords; ++words) {
    std::size_t e = q;
    const std::string w = LowerWord(s, q, &e);
    if (w.empty() || InList(kSpeechVerbs, w)) return std::string_view::npos;
    if (words == 0 && (InList(kNoHeadingStart, w) || w.size() < 2)) return std::string_view::npos;
    std::size_t r = e;
    while (r < s.size() && s[r] == ' ') ++r;
    if (r < s.size() && s[r] == ':') {
      const std::size_t after = SkipSpace(s, r + 1);
      if (after == r + 1 || after >= s.size()) return std::string_view::npos;
      char32_t c = 0;
      DecodeAt(s, after, &c);
      return IsUpper(c) || IsDigit(c) ? r + 1 : std::string_view::npos;
    }
    if (r == e || r >= s.size()) return std::string_view::npos;
    q = r;
  }
  return std::string_view::npos;
}

// A position word in brackets within five words of `p` ("Pjanic ( second
// left ) celebrates"): a caption that starts at `p`.
bool MarkerAhead(std::string_view s, std::size_t p) {
  constexpr int kMaxWords = 5;
  int words = 0;
  bool open = false;
  for (std::size_t q = p; q < s.size() && words <= kMaxWords;) {
    if (s[q] == '(') open = true;
    if (s[q] == ')' || s[q] == ',' || s[q] == '.') return false;
    if (!IsAsciiLetter(s[q])) {
      ++q;
      continue;
    }
    std::size_t e = q;
    const std::string w = LowerWord(s, q, &e);
    ++words;
    if (open && InList(kPositionWords, w) && w != "pictured") {
      const std::size_t r = SkipSpace(s, e);
      return r < s.size() && s[r] == ')';
    }
    q = e > q ? e : q + 1;
  }
  return false;
}

// The cuts inside one unit's text `s`, in order.
void FindCuts(std::string_view s, std::vector<std::size_t>* cuts) {
  std::size_t prev_word = std::string_view::npos;  // start of the previous word
  std::size_t prev_end = 0;
  int words_before = 0;
  for (std::size_t p = 0; p < s.size();) {
    char32_t c = 0;
    const int len = DecodeAt(s, p, &c);
    const std::size_t next = p + static_cast<std::size_t>(len > 0 ? len : 1);
    if (!IsLetter(c) || !WordStart(s, p)) {
      p = next;
      continue;
    }
    const std::size_t word_end = WordEnd(s, p);
    if (IsUpper(c)) {
      const Prompt* prompt = PromptAt(s, p);
      if (prompt != nullptr) {
        const std::size_t e = p + prompt->words.size();
        const std::size_t after = SkipSpace(s, e);
        const char32_t f = CodePointAt(s, after);
        const bool ends_here =
            after >= s.size() || (after > e && (IsUpper(f) || IsDigit(f) || IsOpener(f)));
        if (ends_here) {
          if (prompt->kind == PromptKind::kVideo && p > 0) cuts->push_back(p);
          if (after < s.size()) cuts->push_back(after);
          p = after;
          prev_word = std::string_view::npos;
          words_before = 0;
          continue;
        }
      }
      // A caption heading after a run-on sentence ending in a lower-case
      // word that is no function word.
      if (prev_word != std::string_view::npos && words_before >= 3 && p == prev_end + 1 &&
          s[prev_end] == ' ') {
        std::size_t pe = prev_word;
        const std::string pw = LowerWord(s, prev_word, &pe);
        const bool lower_word = !pw.empty() && IsLower(CodePointAt(s, prev_word)) && pe == prev_end;
        if (lower_word && !InList(kFunctionWords, pw) &&
            (HeadingEnd(s, p) != std::string_view::npos || MarkerAhead(s, p))) {
          cuts->push_back(p);
          words_before = 0;
        }
      }
    }
    ++words_before;
    prev_word = p;
    prev_end = word_end;
    p = word_end > p ? word_end : next;
  }
}

}  // namespace

std::vector<SentenceUnit> SplitOffFurniture(std::string_view text,
                                            const std::vector<SentenceUnit>& units) {
  std::vector<SentenceUnit> out;
  out.reserve(units.size());
  std::vector<std::size_t> cuts;
  for (const SentenceUnit& u : units) {
    cuts.clear();
    if (u.end > u.begin && u.end <= text.size()) {
      FindCuts(text.substr(u.begin, u.end - u.begin), &cuts);
    }
    std::size_t begin = u.begin;
    for (std::size_t k = 0; k <= cuts.size(); ++k) {
      std::size_t end = k < cuts.size() ? u.begin + cuts[k] : u.end;
      std::size_t b = begin;
      while (end > b && AsciiSpace(text[end - 1])) --end;
      if (end > b) {
        SentenceUnit piece = u;
        piece.begin = b;
        piece.end = end;
        piece.line_unit = k == cuts.size() && u.line_unit;
        piece.truncated = u.truncated;
        out.push_back(piece);
      }
      if (k < cuts.size()) begin = u.begin + cuts[k];
    }
  }
  return out;
}

namespace junk {
namespace {

bool StartsWithPrompt(std::string_view unit) {
  return !unit.empty() && PromptAt(unit, 0) != nullptr;
}

// "... at Nordstrom Visit site": a shopping prompt closing the unit.
bool EndsWithShoppingPrompt(std::string_view unit) {
  std::size_t end = unit.size();
  while (end > 0 && (unit[end - 1] == ' ' || unit[end - 1] == '.' || unit[end - 1] == '!')) --end;
  for (const Prompt& prompt : kPrompts) {
    if (prompt.kind != PromptKind::kShop || prompt.words.size() > end) continue;
    const std::size_t p = end - prompt.words.size();
    if (WordStart(unit, p) && MatchAt(unit.substr(0, end), p, prompt.words)) return true;
  }
  return false;
}

bool CaptionLead(std::string_view unit) {
  std::size_t e = 0;
  const std::string w = LowerWord(unit, 0, &e);
  if (!InList(kCaptionLeads, w) || !UpperAt(unit, 0)) return false;
  std::size_t r = e;
  while (r < unit.size() && unit[r] == ' ') ++r;
  if (r < unit.size() && unit[r] == ':') return true;
  return w == "pictured" && r > e && r < unit.size() && (UpperAt(unit, r) || unit[r] == ',');
}

// The first non-space character before `p` (or after `p` with `forward`), or 0.
char NeighbourChar(std::string_view s, std::size_t p, bool forward) {
  if (forward) {
    while (p < s.size() && s[p] == ' ') ++p;
    return p < s.size() ? s[p] : '\0';
  }
  while (p > 0 && s[p - 1] == ' ') --p;
  return p > 0 ? s[p - 1] : '\0';
}

// A caption verb in the present: "is pictured", "are seen here".
bool HasCaptionVerb(const std::vector<Token>& tokens) {
  for (std::size_t i = 1; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (InList(kCaptionVerbs, t.norm) &&
        (tokens[i - 1].norm == "is" || tokens[i - 1].norm == "are") &&
        (t.norm == "pictured" || (i + 1 < tokens.size() && tokens[i + 1].norm == "here"))) {
      return true;
    }
  }
  return false;
}

// A position word closed by a comma or bracket and opened, at most two
// words before, by one ("( left to right )", ", far left ,").
bool HasPositionMarker(std::string_view unit, const std::vector<Token>& tokens,
                       std::size_t within = std::string_view::npos) {
  constexpr std::size_t kMaxMarkerWords = 3;
  for (std::size_t i = 0; i < tokens.size() && i < within; ++i) {
    const Token& t = tokens[i];
    if (!InList(kPositionWords, t.norm)) continue;
    if (within != std::string_view::npos && t.norm == "pictured") continue;
    const char after = NeighbourChar(unit, t.end, true);
    if (after != ',' && after != ')') continue;
    for (std::size_t j = i + 1; j-- > 0 && i - j < kMaxMarkerWords;) {
      const char before = NeighbourChar(unit, tokens[j].begin, false);
      if (before == '(' || (before == ',' && after == ',')) return true;
      if (!IsAsciiLetter(before)) break;
    }
  }
  return false;
}

bool OfferShape(std::string_view unit, const std::vector<Token>& tokens) {
  constexpr std::size_t kMaxOfferTokens = 16;
  if (tokens.size() < 3 || tokens.size() > kMaxOfferTokens || !tokens[0].capitalized) return false;
  if (!InList(kOfferVerbs, tokens[0].norm)) return false;
  bool price = false;
  bool term = false;
  for (std::size_t i = 1; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (InList(kFreeWords, t.norm)) price = true;
    if (InList(kOfferTerms, t.norm)) term = true;
    if (t.kind == TokenKind::kNumber && t.begin > 0) {
      const unsigned char before = static_cast<unsigned char>(unit[t.begin - 1]);
      // $, £ (C2 A3), € (E2 82 AC), ¥ (C2 A5)
      if (before == '$' || before == 0xA3 || before == 0xAC || before == 0xA5) price = true;
    }
  }
  return price && term;
}

}  // namespace

Furniture FurnitureShape(std::string_view unit, const std::vector<Token>& tokens,
                         bool starts_line) {
  constexpr std::size_t kMaxPromptTokens = 12;
  constexpr std::size_t kMaxShoppingTokens = 25;
  constexpr std::size_t kMaxCaptionTokens = 80;
  constexpr std::size_t kMaxLeadMarkerTokens = 6;
  if (tokens.empty()) return Furniture::kNone;
  if (StartsWithPrompt(unit) && tokens.size() <= kMaxPromptTokens) return Furniture::kPrompt;
  if (tokens.size() <= kMaxShoppingTokens && EndsWithShoppingPrompt(unit)) {
    return Furniture::kPrompt;
  }
  if (tokens.size() <= kMaxCaptionTokens) {
    if (CaptionLead(unit) || HasCaptionVerb(tokens)) return Furniture::kCaption;
    std::size_t k = unit.size();
    while (k > 0 &&
           (AsciiSpace(unit[k - 1]) || IsCloser(CodePointAt(unit, PrevCodePoint(unit, k))))) {
      k = PrevCodePoint(unit, k);
    }
    const bool terminal = k > 0 && (unit[k - 1] == '.' || unit[k - 1] == '!' || unit[k - 1] == '?');
    const bool marker = HasPositionMarker(unit, tokens);
    // A sentence of the article may name who stands where in the photo
    // ("Wenger ( right ) is delighted ... ."): the marker alone counts in a
    // unit without a full stop, a caption's shape.
    if (marker && (!terminal || HasPositionMarker(unit, tokens, kMaxLeadMarkerTokens))) {
      return Furniture::kCaption;
    }
    if (HeadingEnd(unit, 0) != std::string_view::npos && (!starts_line || !terminal || marker)) {
      return Furniture::kCaption;
    }
  }
  if (OfferShape(unit, tokens)) return Furniture::kPromotion;
  return Furniture::kNone;
}

}  // namespace junk
}  // namespace internal
}  // namespace precis
