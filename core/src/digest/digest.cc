// Multi-article digests. Each article is summarized on its own (the single
// article pipeline, unchanged); the digest then
//   1. decides which articles are about the same event: content similarity
//      (tf-idf cosine of their content stems) and the years they mention;
//      the largest group of mutually consistent articles is the digest, the
//      others are reported as different events and left out;
//   2. clusters the key facts of the digest's articles: two facts from
//      different articles are the same fact when the rare content stems they
//      share (names, numbers such as "3.64", events such as "impeach") carry
//      most of the weight of the shorter one, their numbers agree, and they
//      share a name, a place or a number (or nearly all their words); a
//      country is one term however it is named ("Seoul", "South Korea",
//      "Korea", "South Korean"), and a list of countries one more term for
//      the set; each cluster becomes one bullet (the member stating the
//      most values, a date above a weekday, then the shortest) with the
//      articles that support it; a single-source bullet with no figure,
//      quote or name of its own only fills up to the bullet count;
//   3. builds the summary round-robin from the articles' own summaries,
//      skipping sentences that repeat one already chosen.
// Work is bounded: at most kMaxDigestArticles articles, facts and summary
// sentences compared through capped inverted indexes or small sets.
#include "digest/digest.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "lex/tokenizer.h"
#include "rank/ranking.h"
#include "text/unicode.h"

namespace precis {
namespace internal {

namespace {

bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

}  // namespace

std::vector<ArticlePart> SplitArticles(std::string_view text, std::size_t max_parts,
                                       std::size_t* omitted) {
  std::vector<ArticlePart> parts;
  std::size_t dropped = 0;
  auto add = [&](std::size_t begin, std::size_t end) {
    while (begin < end && IsAsciiSpace(text[begin])) ++begin;
    while (end > begin && IsAsciiSpace(text[end - 1])) --end;
    if (begin == end) return;
    if (parts.size() < max_parts) {
      parts.push_back({begin, end});
    } else {
      ++dropped;
    }
  };
  std::size_t part_start = 0;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    std::size_t line_end = text.find('\n', pos);
    if (line_end == std::string_view::npos) line_end = text.size();
    std::size_t a = pos;
    std::size_t b = line_end;
    while (a < b && (text[a] == ' ' || text[a] == '\t')) ++a;
    while (b > a && (text[b - 1] == ' ' || text[b - 1] == '\t' || text[b - 1] == '\r')) {
      --b;
    }
    if (text.substr(a, b - a) == "---") {
      add(part_start, pos);
      part_start = std::min(line_end + 1, text.size());
    }
    pos = line_end + 1;
  }
  add(part_start, text.size());
  if (omitted != nullptr) *omitted = dropped;
  return parts;
}

// ---------------------------------------------------------------------------
// Dates.

namespace {

struct Lexeme {
  std::size_t begin;
  std::size_t end;
  char kind;  // 'w' ASCII letters, 'n' digits (with inner , or .), 'o' other
};

std::vector<Lexeme> Lex(std::string_view s) {
  std::vector<Lexeme> out;
  std::size_t i = 0;
  while (i < s.size()) {
    const char c = s[i];
    if (IsAsciiAlpha(c)) {
      std::size_t j = i;
      while (j < s.size() && IsAsciiAlpha(s[j])) ++j;
      out.push_back({i, j, 'w'});
      i = j;
    } else if (IsAsciiDigit(c)) {
      std::size_t j = i;
      // Inner separators: "3.64", and "1,000" (a comma before exactly
      // three digits; "10,2021" is a day and a year).
      for (;;) {
        while (j < s.size() && IsAsciiDigit(s[j])) ++j;
        if (j + 1 < s.size() && s[j] == '.' && IsAsciiDigit(s[j + 1])) {
          ++j;
          continue;
        }
        if (j + 3 < s.size() + 0 && s[j] == ',' && IsAsciiDigit(s[j + 1]) &&
            IsAsciiDigit(s[j + 2]) && IsAsciiDigit(s[j + 3]) &&
            (j + 4 >= s.size() || !IsAsciiDigit(s[j + 4]))) {
          ++j;
          continue;
        }
        break;
      }
      out.push_back({i, j, 'n'});
      i = j;
    } else if (IsAsciiSpace(c)) {
      ++i;
    } else {
      out.push_back({i, i + 1, 'o'});
      ++i;
    }
  }
  return out;
}

// 1..12 for a month name or abbreviation written with a capital first
// letter; `*full` tells a full name ("March") from an abbreviation.
int MonthNumber(std::string_view w, bool* full) {
  static constexpr std::string_view kFull[] = {"January",   "February", "March",    "April",
                                               "May",       "June",     "July",     "August",
                                               "September", "October",  "November", "December"};
  static constexpr std::string_view kShort[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  for (int m = 0; m < 12; ++m) {
    if (w == kFull[m]) {
      *full = true;
      return m + 1;
    }
    if (w == kShort[m] || (m == 8 && w == "Sept")) {
      *full = false;
      return m + 1;
    }
  }
  return 0;
}

int SmallNumber(std::string_view s, const Lexeme& l) {
  if (l.kind != 'n' || l.end - l.begin > 2) return 0;
  return std::atoi(std::string(s.substr(l.begin, l.end - l.begin)).c_str());
}

int Year(std::string_view s, const Lexeme& l) {
  if (l.kind != 'n' || l.end - l.begin != 4) return 0;
  const int y = std::atoi(std::string(s.substr(l.begin, l.end - l.begin)).c_str());
  return (y >= 1900 && y <= 2099) ? y : 0;
}

bool IntroducesYear(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "in",     "In",      "since",   "Since", "by",     "By",     "from",   "From",   "until",
      "till",   "of",      "year",    "early", "late",   "mid",    "during", "During", "before",
      "after",  "through", "between", "and",   "to",     "spring", "summer", "autumn", "fall",
      "winter", "around",  "circa",   "Until", "Before", "After",  "end",    "start"};
  for (std::string_view k : kWords) {
    if (w == k) return true;
  }
  return false;
}

// True when only spaces or tabs separate a and b.
bool Adjacent(std::string_view s, const Lexeme& a, const Lexeme& b) {
  for (std::size_t i = a.end; i < b.begin; ++i) {
    if (s[i] != ' ' && s[i] != '\t') return false;
  }
  return true;
}

}  // namespace

std::vector<DateMention> FindDates(std::string_view s) {
  std::vector<DateMention> out;
  const std::vector<Lexeme> lx = Lex(s);
  std::vector<bool> used(lx.size(), false);
  auto text_of = [&](const Lexeme& l) { return s.substr(l.begin, l.end - l.begin); };
  for (std::size_t i = 0; i < lx.size(); ++i) {
    if (lx[i].kind != 'w') continue;
    // A letter run glued to letters of a non-ASCII word is not a month.
    if (lx[i].begin > 0 && static_cast<unsigned char>(s[lx[i].begin - 1]) >= 0x80) continue;
    if (lx[i].end < s.size() && static_cast<unsigned char>(s[lx[i].end]) >= 0x80) continue;
    bool full = false;
    const int month = MonthNumber(text_of(lx[i]), &full);
    if (month == 0) continue;
    DateMention d;
    d.month = month;
    d.begin = lx[i].begin;
    d.end = lx[i].end;
    bool day = false;
    std::size_t j = i + 1;
    // "Jan." abbreviation dot.
    if (!full && j < lx.size() && text_of(lx[j]) == "." && lx[j].begin == lx[i].end) ++j;
    // Day first: "4 January".
    if (i > 0 && !used[i - 1] && Adjacent(s, lx[i - 1], lx[i])) {
      const int n = SmallNumber(s, lx[i - 1]);
      if (n >= 1 && n <= 31) {
        d.begin = lx[i - 1].begin;
        day = true;
        used[i - 1] = true;
      }
    }
    // Day after: "January 4", "Jan 4th", "January 4 to 9", "January 4-9".
    if (!day && j < lx.size() && Adjacent(s, lx[j - 1], lx[j])) {
      const int n = SmallNumber(s, lx[j]);
      if (n >= 1 && n <= 31 && Year(s, lx[j]) == 0) {
        day = true;
        d.end = lx[j].end;
        ++j;
        if (j < lx.size() && lx[j].begin == lx[j - 1].end && lx[j].kind == 'w') {
          const std::string_view suf = text_of(lx[j]);
          if (suf == "st" || suf == "nd" || suf == "rd" || suf == "th") {
            d.end = lx[j].end;
            ++j;
          }
        }
        // A range: "to 9", "-9", "–9" (a multi-byte dash is three 'o' bytes).
        std::size_t k = j;
        if (k < lx.size() && text_of(lx[k]) == "to") {
          ++k;
        } else {
          while (k < lx.size() && lx[k].kind == 'o' &&
                 (text_of(lx[k]) == "-" || static_cast<unsigned char>(s[lx[k].begin]) >= 0x80) &&
                 k < j + 3) {
            ++k;
          }
        }
        if (k > j && k < lx.size()) {
          const int n2 = SmallNumber(s, lx[k]);
          if (n2 > n && n2 <= 31) {
            d.end = lx[k].end;
            j = k + 1;
          }
        }
      }
    }
    // Year: "December 3, 2024", "Mar 10,2021", "May 2020", "4 January 2025".
    std::size_t k = j;
    if (day && k < lx.size() && text_of(lx[k]) == ",") ++k;
    if (k < lx.size() && (k == j ? Adjacent(s, lx[k - 1], lx[k]) : true)) {
      const int y = Year(s, lx[k]);
      if (y != 0 && (k == j || Adjacent(s, lx[k - 1], lx[k]))) {
        d.year = y;
        d.end = lx[k].end;
        used[k] = true;
      }
    }
    // "May" and abbreviations alone are too often something else.
    if (!day && d.year == 0 && (!full || month == 5)) continue;
    used[i] = true;
    out.push_back(d);
  }
  // Years on their own: "in 2021", "(2019)", "2024." ...
  for (std::size_t i = 0; i < lx.size(); ++i) {
    if (used[i]) continue;
    const int y = Year(s, lx[i]);
    if (y == 0) continue;
    // Not part of a longer token: "2021-22" is fine, "A2021" or "2021x" not.
    if (lx[i].begin > 0 && !IsAsciiSpace(s[lx[i].begin - 1]) &&
        std::string_view("([\"'").find(s[lx[i].begin - 1]) == std::string_view::npos) {
      continue;
    }
    if (lx[i].end < s.size() && (IsAsciiAlpha(s[lx[i].end]) || s[lx[i].end] == '%')) {
      continue;
    }
    const bool after_word = i > 0 && lx[i - 1].kind == 'w' && Adjacent(s, lx[i - 1], lx[i]) &&
                            IntroducesYear(text_of(lx[i - 1]));
    const bool before_mark =
        i + 1 == lx.size() ||
        (lx[i + 1].kind == 'o' &&
         std::string_view(".,;:)]\"'").find(s[lx[i + 1].begin]) != std::string_view::npos);
    if (!after_word && !before_mark) continue;
    DateMention d;
    d.begin = lx[i].begin;
    d.end = lx[i].end;
    d.year = y;
    out.push_back(d);
  }
  std::sort(out.begin(), out.end(),
            [](const DateMention& a, const DateMention& b) { return a.begin < b.begin; });
  return out;
}

// ---------------------------------------------------------------------------
// Places for cross-article matching: one key per country, reached from its
// names, aliases, capital and demonyms, so that "Seoul, Tokyo and Paris" and
// "South Korea, Japan and France" name the same places. Used only to compare
// texts; bullet text is never changed.

namespace {

struct CountryNames {
  std::string_view key;
  // Case-folded names separated by '|'; multi-word names with single spaces.
  std::string_view names;
};

// The countries of the key-fact place list. Ambiguous short forms that are
// also common words or first names ("polish", "sofia", "chad") are left out.
constexpr CountryNames kCountries[] = {
    {"af", "afghanistan|kabul|afghan"},
    {"al", "albania|tirana|albanian"},
    {"dz", "algeria|algiers|algerian"},
    {"ar", "argentina|buenos aires|argentine|argentinian"},
    {"am", "armenia|yerevan|armenian"},
    {"au", "australia|canberra|australian"},
    {"at", "austria|vienna|austrian"},
    {"az", "azerbaijan|baku|azerbaijani"},
    {"bh", "bahrain|manama|bahraini"},
    {"bd", "bangladesh|dhaka|bangladeshi"},
    {"by", "belarus|minsk|belarusian"},
    {"be", "belgium|brussels|belgian"},
    {"bo", "bolivia|la paz|bolivian"},
    {"ba", "bosnia|bosnia and herzegovina|sarajevo|bosnian"},
    {"br", "brazil|brasilia|brasília|brazilian"},
    {"bg", "bulgaria|bulgarian"},
    {"kh", "cambodia|phnom penh|cambodian"},
    {"cm", "cameroon|yaounde|cameroonian"},
    {"ca", "canada|ottawa|canadian"},
    {"cl", "chile|santiago|chilean"},
    {"cn", "china|beijing|chinese|prc"},
    {"co", "colombia|bogota|bogotá|colombian"},
    {"cd", "congo|kinshasa|congolese"},
    {"hr", "croatia|zagreb|croatian"},
    {"cu", "cuba|havana|cuban"},
    {"cy", "cyprus|nicosia|cypriot"},
    {"cz", "czechia|czech republic|prague|czech"},
    {"dk", "denmark|copenhagen|danish"},
    {"ec", "ecuador|quito|ecuadorian"},
    {"eg", "egypt|cairo|egyptian"},
    {"ee", "estonia|tallinn|estonian"},
    {"et", "ethiopia|addis ababa|ethiopian"},
    {"fi", "finland|helsinki|finnish"},
    {"fr", "france|paris|french"},
    {"ge", "georgia|tbilisi|georgian"},
    {"de", "germany|berlin|german"},
    {"gh", "ghana|accra|ghanaian"},
    {"gr", "greece|athens|greek"},
    {"ht", "haiti|port-au-prince|haitian"},
    {"hu", "hungary|budapest|hungarian"},
    {"is", "iceland|reykjavik|icelandic"},
    {"in", "india|new delhi|delhi|indian"},
    {"id", "indonesia|jakarta|indonesian"},
    {"ir", "iran|tehran|iranian"},
    {"iq", "iraq|baghdad|iraqi"},
    {"ie", "ireland|dublin|irish"},
    {"il", "israel|jerusalem|israeli"},
    {"it", "italy|rome|italian"},
    {"jp", "japan|tokyo|japanese"},
    {"jo", "jordan|amman|jordanian"},
    {"kz", "kazakhstan|astana|kazakh"},
    {"ke", "kenya|nairobi|kenyan"},
    {"xk", "kosovo|pristina"},
    {"kw", "kuwait|kuwaiti"},
    {"la", "laos|vientiane|laotian"},
    {"lv", "latvia|riga|latvian"},
    {"lb", "lebanon|beirut|lebanese"},
    {"ly", "libya|tripoli|libyan"},
    {"lt", "lithuania|vilnius|lithuanian"},
    {"my", "malaysia|kuala lumpur|malaysian"},
    {"mx", "mexico|mexico city|mexican"},
    {"mn", "mongolia|ulaanbaatar|mongolian"},
    {"ma", "morocco|rabat|moroccan"},
    {"mm", "myanmar|burma|naypyidaw"},
    {"np", "nepal|kathmandu|nepalese|nepali"},
    {"nl", "netherlands|the netherlands|holland|amsterdam|dutch"},
    {"nz", "new zealand|wellington"},
    {"ng", "nigeria|abuja|nigerian"},
    {"kp", "north korea|pyongyang|north korean|dprk"},
    {"no", "norway|oslo|norwegian"},
    {"om", "oman|muscat|omani"},
    {"pk", "pakistan|islamabad|pakistani"},
    {"ps", "palestine|ramallah|palestinian"},
    {"pa", "panama|panama city|panamanian"},
    {"pe", "peru|lima|peruvian"},
    {"ph", "philippines|manila|filipino|philippine"},
    {"pl", "poland|warsaw"},
    {"pt", "portugal|lisbon|portuguese"},
    {"qa", "qatar|doha|qatari"},
    {"ro", "romania|bucharest|romanian"},
    {"ru", "russia|moscow|russian|kremlin"},
    {"rw", "rwanda|kigali|rwandan"},
    {"sa", "saudi arabia|riyadh|saudi"},
    {"rs", "serbia|belgrade|serbian"},
    {"sg", "singapore|singaporean"},
    {"sk", "slovakia|bratislava|slovak"},
    {"si", "slovenia|ljubljana|slovenian"},
    {"so", "somalia|mogadishu|somali"},
    {"za", "south africa|pretoria|south african"},
    {"kr", "south korea|korea|republic of korea|rok|seoul|south korean|korean"},
    {"es", "spain|madrid|spanish"},
    {"lk", "sri lanka|colombo|sri lankan"},
    {"sd", "sudan|khartoum|sudanese"},
    {"se", "sweden|stockholm|swedish"},
    {"ch", "switzerland|bern|swiss"},
    {"sy", "syria|damascus|syrian"},
    {"tw", "taiwan|taipei|taiwanese"},
    {"th", "thailand|bangkok|thai"},
    {"tn", "tunisia|tunis|tunisian"},
    {"tr", "turkey|türkiye|ankara|turkish"},
    {"ae", "uae|u.a.e|united arab emirates|abu dhabi|emirati"},
    {"ug", "uganda|kampala|ugandan"},
    {"ua", "ukraine|kyiv|kiev|ukrainian"},
    {"gb", "united kingdom|uk|u.k|britain|great britain|british|london"},
    {"us", "united states|united states of america|us|u.s|u.s.a|usa|america|american|washington"},
    {"uy", "uruguay|montevideo|uruguayan"},
    {"uz", "uzbekistan|tashkent|uzbek"},
    {"ve", "venezuela|caracas|venezuelan"},
    {"vn", "vietnam|hanoi|vietnamese"},
    {"ye", "yemen|sanaa|yemeni"},
    {"zm", "zambia|lusaka|zambian"},
    {"zw", "zimbabwe|harare|zimbabwean"},
};

// Longest country name, in words.
constexpr std::size_t kMaxCountryWords = 4;

// Folded name -> key; multi-word names joined by single spaces (hyphens too:
// "port-au-prince" is matched as "port au prince", as tokens split there).
const std::unordered_map<std::string, std::string_view>& CountryIndex() {
  static const std::unordered_map<std::string, std::string_view> index = [] {
    std::unordered_map<std::string, std::string_view> m;
    for (const CountryNames& c : kCountries) {
      std::size_t pos = 0;
      while (pos <= c.names.size()) {
        std::size_t bar = c.names.find('|', pos);
        if (bar == std::string_view::npos) bar = c.names.size();
        std::string name(c.names.substr(pos, bar - pos));
        std::replace(name.begin(), name.end(), '-', ' ');
        m.emplace(std::move(name), c.key);
        pos = bar + 1;
      }
    }
    return m;
  }();
  return index;
}

// A token's folded form without a possessive ending ("korea's", "korea’s").
std::string_view WithoutPossessive(std::string_view norm) {
  for (std::string_view suffix : {std::string_view("'s"), std::string_view("\xE2\x80\x99s")}) {
    if (norm.size() > suffix.size() && norm.substr(norm.size() - suffix.size()) == suffix) {
      return norm.substr(0, norm.size() - suffix.size());
    }
  }
  return norm;
}

// True when only spaces or tabs separate the two tokens (or one hyphen,
// inside a name such as "Port-au-Prince").
bool JoinedInName(std::string_view text, const Token& a, const Token& b) {
  std::size_t hyphens = 0;
  for (std::size_t i = a.end; i < b.begin; ++i) {
    if (text[i] == '-') {
      ++hyphens;
    } else if (text[i] != ' ' && text[i] != '\t') {
      return false;
    }
  }
  return hyphens == 0 || (hyphens == 1 && b.begin == a.end + 1);
}

// A country named at tokens [first, first + words).
struct PlaceMention {
  std::string_view key;
  std::size_t first = 0;
  std::size_t words = 0;
  bool possessive = false;  // "Korea's"
};

// The country named by the tokens starting at `i`, longest name first; a
// name starts with a capital letter, and "US" must be written so (the
// pronoun "us" is no country).
bool MatchCountry(std::string_view text, const std::vector<Token>& tokens, std::size_t i,
                  PlaceMention* out) {
  if (!tokens[i].capitalized || tokens[i].kind != TokenKind::kWord) return false;
  const auto& index = CountryIndex();
  std::string name;
  std::size_t best = 0;
  std::string_view key;
  bool possessive = false;
  for (std::size_t n = 1; n <= kMaxCountryWords && i + n <= tokens.size(); ++n) {
    const Token& t = tokens[i + n - 1];
    if (t.kind != TokenKind::kWord) break;
    if (n > 1) {
      if (!JoinedInName(text, tokens[i + n - 2], t)) break;
      name += ' ';
    }
    // Only the last word of a name may carry a possessive.
    const std::string_view bare = WithoutPossessive(t.norm);
    const auto it = index.find(name + std::string(bare));
    if (it != index.end() && (n > 1 || bare != "us" || text.substr(t.begin, 2) == "US")) {
      best = n;
      key = it->second;
      possessive = bare.size() != t.norm.size();
    }
    if (bare.size() != t.norm.size()) break;
    name += t.norm;
  }
  if (best == 0) return false;
  out->key = key;
  out->first = i;
  out->words = best;
  out->possessive = possessive;
  return true;
}

// True when the text between two place mentions only lists them: commas,
// spaces, "and", "or", "&" ("Seoul, Tokyo and Paris").
bool ListGap(std::string_view gap) {
  if (gap.size() > 12) return false;
  std::string rest;
  for (char c : gap) {
    if (c != ',' && !IsAsciiSpace(c)) rest += c;
  }
  return rest.empty() || rest == "and" || rest == "or" || rest == "&";
}

}  // namespace

std::vector<std::string> PlaceKeys(std::string_view text) {
  Tokenizer tokenizer("en");
  const std::vector<Token> tokens = tokenizer.Tokenize(text);
  std::vector<std::string> out;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    PlaceMention m;
    if (MatchCountry(text, tokens, i, &m)) {
      out.emplace_back(m.key);
      i += m.words - 1;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------
// The digest.

namespace {

// Sorted distinct content terms (stems of non-stopwords, numbers) of a text,
// and its word count as the pipeline counts it. A country, however it is
// named (its name, an alias, its capital, a demonym), is one term "@key"; a
// list of two or more countries ("Seoul, Tokyo and Paris") adds one term for
// the set, "@{fr,jp,kr}", so that the same list written otherwise matches.
struct Terms {
  std::vector<std::string> terms;
  std::vector<std::string> names;  // terms written capitalised (not first)
  std::size_t words = 0;
};

Terms ContentTerms(Tokenizer* tokenizer, std::string_view text) {
  Terms out;
  const std::vector<Token> tokens = tokenizer->Tokenize(text);
  std::vector<std::string_view> list;  // keys of the current list of places
  std::size_t list_end = 0;            // byte end of its last mention
  auto close_list = [&] {
    std::sort(list.begin(), list.end());
    list.erase(std::unique(list.begin(), list.end()), list.end());
    if (list.size() >= 2) {
      std::string set = "@{";
      for (std::size_t k = 0; k < list.size(); ++k) {
        if (k > 0) set += ',';
        set += list[k];
      }
      set += '}';
      out.terms.push_back(set);
      out.names.push_back(std::move(set));
    }
    list.clear();
  };
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    PlaceMention place;
    if (MatchCountry(text, tokens, i, &place)) {
      out.words += place.words;
      std::string term = "@" + std::string(place.key);
      out.terms.push_back(term);
      out.names.push_back(std::move(term));
      if (!list.empty() &&
          (t.begin < list_end || !ListGap(text.substr(list_end, t.begin - list_end)))) {
        close_list();
      }
      list.push_back(place.key);
      list_end = tokens[i + place.words - 1].end;
      // The dot of "U.S." ends the name, not the list.
      if (list_end < text.size() && text[list_end] == '.' &&
          tokens[i + place.words - 1].norm.find('.') != std::string::npos) {
        ++list_end;
      }
      if (place.possessive) close_list();  // "Korea's Seoul office"
      i += place.words - 1;
      continue;
    }
    if (t.kind != TokenKind::kCjk) ++out.words;
    if (t.stopword || t.term.empty()) continue;
    out.terms.push_back(t.term);
    if (i > 0 && t.capitalized) out.names.push_back(t.term);
  }
  close_list();
  if (out.words == 0) out.words = tokens.size();
  for (std::vector<std::string>* v : {&out.terms, &out.names}) {
    std::sort(v->begin(), v->end());
    v->erase(std::unique(v->begin(), v->end()), v->end());
  }
  return out;
}

}  // namespace

std::vector<std::string> MatchTerms(std::string_view text) {
  Tokenizer tokenizer("en");
  return ContentTerms(&tokenizer, text).terms;
}

namespace {

// Calls `shared(term)` for each term two sorted term lists have in common.
template <typename Fn>
void ForEachShared(const std::vector<std::string>& a, const std::vector<std::string>& b,
                   Fn shared) {
  std::size_t i = 0;
  std::size_t j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] < b[j]) {
      ++i;
    } else if (b[j] < a[i]) {
      ++j;
    } else {
      shared(a[i]);
      ++i;
      ++j;
    }
  }
}

std::size_t SharedCount(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  std::size_t n = 0;
  ForEachShared(a, b, [&](const std::string&) { ++n; });
  return n;
}

// UTF-16 length of raw input bytes, counting each invalid sequence as one
// U+FFFD (as the pipeline's offsets do).
std::size_t RawUtf16Length(std::string_view raw) {
  std::string fixed;
  std::vector<Repair> repairs;
  RepairUtf8(raw, &fixed, &repairs);
  return Utf16Length(fixed, 0, fixed.size());
}

void Shift(Span* s, std::size_t bytes, std::size_t utf16) {
  s->byte_start += bytes;
  s->byte_end += bytes;
  s->utf16_start += utf16;
  s->utf16_end += utf16;
}

std::string ShortTitle(const std::string& text) {
  constexpr std::size_t kMax = 100;
  if (text.size() <= kMax) return text;
  std::size_t cut = text.rfind(' ', kMax);
  if (cut == std::string::npos || cut < kMax / 2) {
    cut = kMax;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  }
  return text.substr(0, cut) + "\xE2\x80\xA6";  // …
}

// One article while the digest is built.
struct Piece {
  ArticlePart part;
  std::size_t utf16_base = 0;
  Result result;                      // offsets already shifted into the whole input
  std::vector<Terms> sentence_terms;  // one per result.sentences
  std::vector<std::pair<std::string, double>> vector;  // tf-idf, sorted by term
  int latest_year = 0;                                 // latest year mentioned, 0 if none
};

// Sparse cosine of two vectors sorted by term.
double Cosine(const std::vector<std::pair<std::string, double>>& a,
              const std::vector<std::pair<std::string, double>>& b) {
  double dot = 0;
  double na = 0;
  double nb = 0;
  for (const auto& x : a) na += x.second * x.second;
  for (const auto& x : b) nb += x.second * x.second;
  std::size_t i = 0;
  std::size_t j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i].first < b[j].first) {
      ++i;
    } else if (b[j].first < a[i].first) {
      ++j;
    } else {
      dot += a[i].second * b[j].second;
      ++i;
      ++j;
    }
  }
  if (na <= 0 || nb <= 0) return 0;
  return dot / std::sqrt(na * nb);
}

std::string Fixed2(double x) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", x);
  return buf;
}

// Two articles whose latest years are this far apart report different
// events (a follow-up a year later is still allowed).
constexpr int kYearGap = 2;
// Articles on the same event share much of their rarer vocabulary; tf-idf
// cosine below this means another subject. Measured with the CLI on pairs:
// a CNN/DM article and one of its human summaries (same event, 60 pairs)
// scored 0.21 to 0.53; two random CNN/DM articles (60 pairs) 0.01 to 0.12,
// two BBC articles of the same category (100 pairs) 0.02 to 0.12. Another
// event of the same people and places (a 2021 trip against a 2025 one)
// scores like the same event: dates tell those apart. An article joins the
// digest when it is this close to any member (the closest, not the mean:
// a short item is far from a long article of the same event); on 40 sets
// of a CNN/DM article, two human summaries and an unrelated article, 1 of
// the 40 unrelated ones got in (at 0.15) and 10 of 40 one-to-three-sentence
// summaries were left out.
constexpr double kTopicLink = 0.15;
// Two facts are the same when the weight of the content terms they share is
// at least this share of the lighter fact's weight (countries counted as
// one term however they are named, see ContentTerms). On the two shared
// articles of the January 2025 trip the same facts score 0.54 (the
// countries visited: "South Korea, Japan, and France from January 4 to 9"
// and "Seoul, Tokyo and Paris beginning Sunday"), 0.76 (the $3.64 billion
// sale) and 0.33 (the trip itself); the closest different facts 0.20.
constexpr double kFactMatch = 0.3;
// Share of a fact's term weight that one sentence of another article must
// hold for that article to count as reporting the fact.
constexpr double kSentenceSupport = 0.4;
// Facts (or a fact and a sentence) that share no name, place or number
// match only when the shared words carry this much of the weight (the
// same sentence pasted twice, a summary's close paraphrase).
// Measured with the DigestMergeData tests (PRECIS_DIGEST_PAIRS=1000): BBC
// articles of two categories taken as one event share 3 of 9014 bullets at
// 0.5 to 0.8 (all three through a shared name or place); CNN/DM articles
// with a human summary (100 pairs) share 147 bullets at 0.8, 162 at 0.6,
// 166 at 0.5; 0.6 keeps a margin above the common-word matches.
constexpr double kPlainMatch = 0.6;
// Weight factor of names in fact comparisons.
constexpr double kNameBoost = 1.5;
// Summary sentences: duplicates as in the single-article selection.
constexpr double kDupJaccard = 0.5;
constexpr double kDupContainment = 0.6;
// ... or whose rarer terms are mostly shared (TermWeights::Containment).
constexpr double kDupWeighted = 0.5;
// Terms in more summary sentences than this are not indexed for the
// duplicate search (they do not tell sentences apart).
constexpr std::size_t kPostingCap = 64;
// At most this many terms of an article's vector take part in comparisons.
constexpr std::size_t kVectorTerms = 2000;

// Decides Article::same_event for every piece; returns the members.
std::vector<std::size_t> ChooseEvent(const std::vector<Piece>& pieces,
                                     std::vector<Article>* articles, bool one_event) {
  const std::size_t n = pieces.size();
  std::vector<std::size_t> members;
  if (n == 0) return members;
  if (one_event) {
    for (std::size_t i = 0; i < n; ++i) {
      Article& a = (*articles)[i];
      a.same_event = !pieces[i].result.sentences.empty();
      a.reason = a.same_event ? "same event: taken as one" : "different event: no article text";
      if (a.same_event) members.push_back(i);
    }
    if (members.empty()) {
      (*articles)[0].same_event = true;
      members.push_back(0);
    }
    return members;
  }
  if (n == 1) {
    (*articles)[0].same_event = true;
    (*articles)[0].reason = "the only article";
    members.push_back(0);
    return members;
  }
  std::vector<std::vector<double>> cos(n, std::vector<double>(n, 0));
  std::vector<std::vector<bool>> clash(n, std::vector<bool>(n, false));
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = i + 1; j < n; ++j) {
      cos[i][j] = cos[j][i] = Cosine(pieces[i].vector, pieces[j].vector);
      const int yi = pieces[i].latest_year;
      const int yj = pieces[j].latest_year;
      clash[i][j] = clash[j][i] = yi != 0 && yj != 0 && std::abs(yi - yj) >= kYearGap;
    }
  }
  // Seed: the article linked to most others, then the most similar overall.
  std::size_t seed = 0;
  int best_degree = -1;
  double best_sum = -1;
  for (std::size_t i = 0; i < n; ++i) {
    if (pieces[i].result.sentences.empty()) continue;
    int degree = 0;
    double sum = 0;
    for (std::size_t j = 0; j < n; ++j) {
      if (j == i || clash[i][j]) continue;
      sum += cos[i][j];
      if (cos[i][j] >= kTopicLink) ++degree;
    }
    if (degree > best_degree || (degree == best_degree && sum > best_sum + 1e-12)) {
      seed = i;
      best_degree = degree;
      best_sum = sum;
    }
  }
  std::vector<bool> in(n, false);
  in[seed] = true;
  members.push_back(seed);
  for (;;) {
    // The closest article to any member joins, unless its dates clash
    // with a member's.
    std::size_t pick = n;
    double pick_sim = -1;
    for (std::size_t i = 0; i < n; ++i) {
      if (in[i] || pieces[i].result.sentences.empty()) continue;
      bool ok = true;
      double best = 0;
      for (std::size_t m : members) {
        if (clash[i][m]) ok = false;
        best = std::max(best, cos[i][m]);
      }
      if (ok && best >= kTopicLink && best > pick_sim) {
        pick = i;
        pick_sim = best;
      }
    }
    if (pick == n) break;
    in[pick] = true;
    members.push_back(pick);
  }
  std::sort(members.begin(), members.end());
  // The years of the digest, for the reasons.
  int lo = 0;
  int hi = 0;
  for (std::size_t m : members) {
    const int y = pieces[m].latest_year;
    if (y == 0) continue;
    lo = lo == 0 ? y : std::min(lo, y);
    hi = std::max(hi, y);
  }
  const std::string digest_years =
      lo == 0 ? ""
              : (lo == hi ? std::to_string(lo) : std::to_string(lo) + "-" + std::to_string(hi));
  for (std::size_t i = 0; i < n; ++i) {
    Article& a = (*articles)[i];
    double best = 0;
    std::size_t closest = i;
    bool clashes = false;
    for (std::size_t m : members) {
      if (m == i) continue;
      if (closest == i || cos[i][m] > best) {
        best = cos[i][m];
        closest = m;
      }
      if (clash[i][m]) clashes = true;
    }
    a.same_event = in[i];
    if (in[i]) {
      a.reason = members.size() == 1 ? "the main article: no other article is about the same event"
                                     : "same event: similarity " + Fixed2(best) + " with article " +
                                           std::to_string(closest + 1);
    } else if (pieces[i].result.sentences.empty()) {
      a.reason = "different event: no article text";
    } else if (clashes) {
      a.reason = "different event: its dates (" + std::to_string(pieces[i].latest_year) +
                 ") are far from the digest's (" + digest_years + ")";
    } else {
      a.reason = "different event: little in common with the other articles (similarity " +
                 Fixed2(best) + " at most)";
    }
  }
  return members;
}

// Weights of content terms across the digest's articles: inverse sentence
// frequency, so that "Blinken" in every sentence weighs little and "3.64" or
// "impeach" much; names (terms mostly written capitalised inside sentences:
// people, places, organisations) weigh more, facts being about who and where.
class TermWeights {
 public:
  TermWeights(const std::vector<Piece>& pieces, const std::vector<std::size_t>& members) {
    std::unordered_map<std::string, std::pair<std::size_t, std::size_t>> df;
    std::size_t total = 0;
    for (std::size_t m : members) {
      for (const Terms& t : pieces[m].sentence_terms) {
        ++total;
        for (const std::string& term : t.terms) ++df[term].first;
        for (const std::string& term : t.names) ++df[term].second;
      }
    }
    total_ = static_cast<double>(total);
    for (const auto& [term, counts] : df) {
      const bool name = 2 * counts.second > counts.first;
      weights_[term] =
          std::log(1.0 + total_ / static_cast<double>(counts.first)) * (name ? kNameBoost : 1.0);
      if (name || IsAsciiDigit(term[0]) || term[0] == '@') anchors_.insert(term);
    }
  }
  // True when the two sorted sets share an anchor: a name, a place or a
  // number. Facts that share only common words ("due ... later this year")
  // are not the same fact.
  bool ShareAnchor(const std::vector<std::string>& a, const std::vector<std::string>& b) const {
    bool found = false;
    ForEachShared(a, b,
                  [&](const std::string& term) { found = found || anchors_.count(term) > 0; });
    return found;
  }
  double Of(const std::string& term) const {
    const auto it = weights_.find(term);
    return it != weights_.end() ? it->second : std::log(1.0 + total_);
  }
  double Sum(const std::vector<std::string>& terms) const {
    double w = 0;
    for (const std::string& t : terms) w += Of(t);
    return w;
  }
  // Weight of the terms two sorted sets share over the lighter set's weight;
  // 0 when they share fewer than two terms.
  double Containment(const std::vector<std::string>& a, double wa,
                     const std::vector<std::string>& b, double wb) const {
    double shared = 0;
    std::size_t count = 0;
    ForEachShared(a, b, [&](const std::string& term) {
      shared += Of(term);
      ++count;
    });
    const double lighter = std::min(wa, wb);
    if (count < 2 || lighter <= 0) return 0.0;
    return shared / lighter;
  }

 private:
  std::unordered_map<std::string, double> weights_;
  std::unordered_set<std::string> anchors_;
  double total_ = 0;
};

// A key fact of one article, with what clustering compares.
struct FactItem {
  std::size_t piece;
  std::size_t fact;  // index into the piece's result.facts
  std::vector<std::string> terms;
  std::vector<std::string> names;
  double weight = 0;  // sum of term weights
  std::size_t words = 0;
  double values = 0;     // FactValues
  bool figures = false;  // has a date or a number
};

// True when both texts hold numbers (amounts, counts, days, years) and
// share none: "$2.1 billion a year" and "$800 million a year" are other
// facts however alike their words. A number glued to letters counts by its
// digits ("'90s" and "90 's", "30mph"). Number terms sort first (digits
// before '@' and letters).
bool NumbersDisagree(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  auto numbers = [](const std::vector<std::string>& v) {
    std::vector<std::string_view> out;
    for (std::size_t n = 0; n < v.size() && IsAsciiDigit(v[n][0]); ++n) {
      std::size_t end = 0;
      while (end < v[n].size() &&
             (IsAsciiDigit(v[n][end]) || ((v[n][end] == '.' || v[n][end] == ',') &&
                                          end + 1 < v[n].size() && IsAsciiDigit(v[n][end + 1])))) {
        ++end;
      }
      out.push_back(std::string_view(v[n]).substr(0, end));
    }
    std::sort(out.begin(), out.end());
    return out;
  };
  const std::vector<std::string_view> na = numbers(a);
  const std::vector<std::string_view> nb = numbers(b);
  if (na.empty() || nb.empty()) return false;
  std::size_t i = 0;
  std::size_t j = 0;
  while (i < na.size() && j < nb.size()) {
    if (na[i] == nb[j]) return false;
    if (na[i] < nb[j]) {
      ++i;
    } else {
      ++j;
    }
  }
  return true;
}

bool IsWeekday(std::string_view w) {
  static constexpr std::string_view kDays[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                               "Friday", "Saturday", "Sunday"};
  return std::find(std::begin(kDays), std::end(kDays), w) != std::end(kDays);
}

// How many values a bullet (or a sentence, without `kinds`) states, to
// choose the best-worded member of a cluster: a date with a day or a year counts 2, a month alone
// 1, a weekday 0.5 (so "from January 4 to 9" beats "Friday ... beginning Sunday"), every other
// number 1, every country 1 (or 1 for other places: "in Zurich"), and a person, an organisation and
// a quote 1 each. `*figures` tells whether it holds a date or a number.
double TextValues(std::string_view text, const std::vector<std::string>& terms,
                  const std::vector<FactKind>& kinds, bool* figures) {
  const std::vector<DateMention> dates = FindDates(text);
  double v = 0;
  for (const DateMention& d : dates) {
    bool digits = false;
    for (std::size_t i = d.begin; i < d.end; ++i) digits |= IsAsciiDigit(text[i]);
    v += (d.month != 0 && digits) ? 2 : 1;
  }
  std::size_t numbers = 0;
  for (const Lexeme& l : Lex(text)) {
    if (l.kind == 'w' && IsWeekday(text.substr(l.begin, l.end - l.begin))) {
      v += 0.5;
    }
    if (l.kind != 'n') continue;
    bool in_date = false;
    for (const DateMention& d : dates) in_date |= l.begin >= d.begin && l.end <= d.end;
    if (!in_date) ++numbers;
  }
  v += static_cast<double>(numbers);
  bool country = false;
  for (const std::string& t : terms) {
    if (t.size() > 1 && t[0] == '@' && t[1] != '{') {
      v += 1;
      country = true;
    }
  }
  for (const FactKind k : kinds) {
    if (k == FactKind::kPerson || k == FactKind::kOrganization || k == FactKind::kQuote ||
        (k == FactKind::kPlace && !country)) {
      v += 1;
    }
  }
  *figures = !dates.empty() || numbers > 0;
  return v;
}

double FactValues(const KeyFact& fact, const std::vector<std::string>& terms, bool* figures) {
  return TextValues(fact.text, terms, fact.kinds, figures);
}

// Clusters the facts of the member articles; fills result->facts.
void MergeFacts(const std::vector<Piece>& pieces, const std::vector<std::size_t>& members,
                const TermWeights& weights, int max_facts, Tokenizer* tokenizer, Result* out) {
  std::vector<FactItem> items;
  for (std::size_t m : members) {
    const std::vector<KeyFact>& facts = pieces[m].result.facts;
    for (std::size_t f = 0; f < facts.size(); ++f) {
      FactItem item;
      item.piece = m;
      item.fact = f;
      Terms t = ContentTerms(tokenizer, facts[f].text);
      item.terms = std::move(t.terms);
      item.names = std::move(t.names);
      item.words = t.words;
      item.weight = weights.Sum(item.terms);
      item.values = FactValues(facts[f], item.terms, &item.figures);
      items.push_back(std::move(item));
    }
  }
  auto similarity = [&](const FactItem& a, const FactItem& b) {
    if (NumbersDisagree(a.terms, b.terms)) return 0.0;
    const double c = weights.Containment(a.terms, a.weight, b.terms, b.weight);
    return c >= kPlainMatch || weights.ShareAnchor(a.terms, b.terms) ? c : 0.0;
  };
  // Greedy clustering in input order: a fact joins the most similar cluster
  // that has no fact of its own article yet.
  std::vector<std::vector<std::size_t>> clusters;
  for (std::size_t i = 0; i < items.size(); ++i) {
    std::size_t best = clusters.size();
    double best_sim = kFactMatch;
    for (std::size_t c = 0; c < clusters.size(); ++c) {
      bool own = false;
      double sim = 0;
      for (std::size_t k : clusters[c]) {
        if (items[k].piece == items[i].piece) own = true;
        sim = std::max(sim, similarity(items[k], items[i]));
      }
      if (!own && sim >= best_sim) {
        best = c;
        best_sim = sim;
      }
    }
    if (best == clusters.size()) {
      clusters.push_back({i});
    } else {
      clusters[best].push_back(i);
    }
  }
  // The representative bullet of each cluster: most values, then fewest
  // words.
  std::vector<std::size_t> reps(clusters.size());
  for (std::size_t c = 0; c < clusters.size(); ++c) {
    std::size_t rep = clusters[c][0];
    for (std::size_t k : clusters[c]) {
      if (items[k].values > items[rep].values ||
          (items[k].values == items[rep].values && items[k].words < items[rep].words)) {
        rep = k;
      }
    }
    reps[c] = rep;
  }
  // Support: the articles whose bullets made the cluster, plus every other
  // member article with a sentence that states most of the fact (a fact an
  // article reports outside its own top bullets is still reported by it).
  std::vector<std::vector<std::size_t>> support(clusters.size());
  for (std::size_t c = 0; c < clusters.size(); ++c) {
    std::vector<std::size_t>& sup = support[c];
    for (std::size_t k : clusters[c]) sup.push_back(items[k].piece);
    const FactItem& rep = items[reps[c]];
    for (std::size_t m : members) {
      if (std::find(sup.begin(), sup.end(), m) != sup.end()) continue;
      for (const Terms& t : pieces[m].sentence_terms) {
        // As a share of the fact's own weight, however long the sentence.
        if (NumbersDisagree(rep.terms, t.terms)) continue;
        const double held = weights.Containment(rep.terms, rep.weight, t.terms, rep.weight);
        if (held >= kPlainMatch ||
            (held >= kSentenceSupport && weights.ShareAnchor(rep.terms, t.terms))) {
          sup.push_back(m);
          break;
        }
      }
    }
    std::sort(sup.begin(), sup.end());
  }
  // Weak bullets: one article's, with no date, number or quote, and naming
  // nobody and no place that every article does not name ("The U.S. has
  // taken a cautious approach to the uncertainty."). They only fill up to
  // max_facts.
  std::vector<bool> weak(clusters.size(), false);
  if (members.size() > 1) {
    std::unordered_map<std::string, std::size_t> articles_with;  // term -> articles
    for (std::size_t m : members) {
      std::unordered_set<std::string> seen;
      for (const Terms& t : pieces[m].sentence_terms) {
        for (const std::string& term : t.names) {
          if (seen.insert(term).second) ++articles_with[term];
        }
      }
    }
    for (std::size_t c = 0; c < clusters.size(); ++c) {
      const FactItem& rep = items[reps[c]];
      const KeyFact& f = pieces[rep.piece].result.facts[rep.fact];
      if (support[c].size() > 1 || rep.figures ||
          std::find(f.kinds.begin(), f.kinds.end(), FactKind::kQuote) != f.kinds.end()) {
        continue;
      }
      bool common = true;
      for (const std::string& name : rep.names) {
        const auto it = articles_with.find(name);
        common = common && it != articles_with.end() && it->second == members.size();
      }
      weak[c] = common;
    }
  }
  // Best supported first, then in input order (clusters are created in it);
  // weak bullets last.
  std::vector<std::size_t> order(clusters.size());
  for (std::size_t c = 0; c < order.size(); ++c) order[c] = c;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    if (weak[a] != weak[b]) return static_cast<bool>(weak[b]);
    return support[a].size() > support[b].size();
  });
  const std::size_t cap =
      std::min<std::size_t>(static_cast<std::size_t>(max_facts) * members.size(),
                            std::max<std::size_t>(static_cast<std::size_t>(max_facts), 20));
  for (std::size_t c : order) {
    if (out->facts.size() >= cap) break;
    if (weak[c] && out->facts.size() >= static_cast<std::size_t>(max_facts)) break;
    const std::size_t rep = reps[c];
    KeyFact fact = pieces[items[rep].piece].result.facts[items[rep].fact];
    fact.article = items[rep].piece;
    fact.articles = support[c];
    out->facts.push_back(std::move(fact));
  }
}

// Round-robin over the members' own summaries, skipping repeats.
void BuildSummary(std::vector<Piece>& pieces, const std::vector<std::size_t>& members,
                  const TermWeights& weights, const Options& options, Result* out) {
  std::size_t candidates = 0;
  for (std::size_t m : members) candidates += pieces[m].result.sentences.size();
  const bool by_words = options.length_unit == LengthUnit::kWords;
  const std::size_t target = TargetSentenceCount(options.length_unit, options.length, candidates);
  // Per member: positions (in result.sentences) of its summary sentences,
  // then of its other sentences (not headings) best first.
  std::vector<std::vector<std::size_t>> queues;
  for (std::size_t m : members) {
    std::vector<std::size_t> q;
    std::vector<std::size_t> rest;
    const std::vector<Sentence>& all = pieces[m].result.sentences;
    for (std::size_t i = 0; i < all.size(); ++i) {
      if (all[i].selected) {
        q.push_back(i);
      } else if (!all[i].heading) {
        rest.push_back(i);
      }
    }
    std::stable_sort(rest.begin(), rest.end(),
                     [&all](std::size_t a, std::size_t b) { return all[a].score > all[b].score; });
    q.insert(q.end(), rest.begin(), rest.end());
    queues.push_back(std::move(q));
  }
  struct Chosen {
    std::size_t piece;
    std::size_t pos;
  };
  std::vector<Chosen> chosen;
  std::unordered_map<std::string, std::vector<std::size_t>> index;  // term -> chosen
  std::size_t words = 0;
  std::vector<std::size_t> next(queues.size(), 0);
  bool progress = true;
  while (progress && chosen.size() < target) {
    progress = false;
    for (std::size_t q = 0; q < queues.size() && chosen.size() < target; ++q) {
      while (next[q] < queues[q].size()) {
        const std::size_t m = members[q];
        const std::size_t pos = queues[q][next[q]++];
        progress = true;
        const Terms& t = pieces[m].sentence_terms[pos];
        if (by_words && !chosen.empty() && static_cast<double>(words + t.words) > options.length) {
          continue;
        }
        // Candidates sharing an indexed term with this sentence.
        std::unordered_map<std::size_t, std::size_t> shared;
        for (const std::string& term : t.terms) {
          const auto it = index.find(term);
          if (it == index.end()) continue;
          for (std::size_t c : it->second) ++shared[c];
        }
        std::vector<std::size_t> dups;
        for (const auto& [c, unused] : shared) {
          const Terms& o = pieces[chosen[c].piece].sentence_terms[chosen[c].pos];
          const std::size_t both = SharedCount(t.terms, o.terms);
          const std::size_t uni = t.terms.size() + o.terms.size() - both;
          const std::size_t smaller = std::min(t.terms.size(), o.terms.size());
          if ((uni > 0 && static_cast<double>(both) >= kDupJaccard * static_cast<double>(uni)) ||
              (smaller > 0 &&
               static_cast<double>(both) >= kDupContainment * static_cast<double>(smaller)) ||
              weights.Containment(t.terms, weights.Sum(t.terms), o.terms, weights.Sum(o.terms)) >=
                  kDupWeighted) {
            dups.push_back(c);
          }
        }
        std::size_t slot = chosen.size();
        if (dups.size() == 1) {
          // The same thing told by another article with more values (a date
          // where the chosen one has a weekday) takes its place.
          const Chosen& old = chosen[dups[0]];
          const Terms& o = pieces[old.piece].sentence_terms[old.pos];
          bool unused = false;
          const double mine =
              TextValues(pieces[m].result.sentences[pos].text, t.terms, {}, &unused);
          const double theirs =
              TextValues(pieces[old.piece].result.sentences[old.pos].text, o.terms, {}, &unused);
          const bool fits =
              !by_words || static_cast<double>(words - o.words + t.words) <= options.length;
          if (old.piece == m || mine <= theirs || !fits) continue;
          slot = dups[0];
          words -= o.words;
        } else if (!dups.empty()) {
          continue;
        }
        for (const std::string& term : t.terms) {
          std::vector<std::size_t>& posting = index[term];
          if (posting.size() < kPostingCap) posting.push_back(slot);
        }
        if (slot == chosen.size()) {
          chosen.push_back({m, pos});
        } else {
          chosen[slot] = {m, pos};
        }
        words += t.words;
        break;  // next article's turn
      }
    }
  }
  std::sort(chosen.begin(), chosen.end(), [](const Chosen& a, const Chosen& b) {
    return a.piece != b.piece ? a.piece < b.piece : a.pos < b.pos;
  });
  for (const Chosen& c : chosen) {
    Sentence s = pieces[c.piece].result.sentences[c.pos];
    s.selected = true;
    out->summary.push_back(s);
  }
  out->stats.summary_words = words;
  if (options.include_sentences) {
    std::size_t k = 0;
    for (std::size_t p = 0; p < pieces.size(); ++p) {
      for (std::size_t i = 0; i < pieces[p].result.sentences.size(); ++i) {
        Sentence s = pieces[p].result.sentences[i];
        s.selected = k < chosen.size() && chosen[k].piece == p && chosen[k].pos == i;
        if (s.selected) ++k;
        out->sentences.push_back(std::move(s));
      }
    }
  }
}

// Keywords of the members, merged by case-folded text.
void MergeKeywords(const std::vector<Piece>& pieces, const std::vector<std::size_t>& members,
                   int max_keywords, Result* out) {
  std::vector<Keyword> merged;
  std::unordered_map<std::string, std::size_t> at;
  for (std::size_t m : members) {
    for (const Keyword& k : pieces[m].result.keywords) {
      const std::string key = FoldCase(k.text);
      const auto it = at.find(key);
      if (it == at.end()) {
        at.emplace(key, merged.size());
        merged.push_back(k);
      } else {
        merged[it->second].score += k.score;
        merged[it->second].count += k.count;
      }
    }
  }
  const double scale = members.empty() ? 1 : 1.0 / static_cast<double>(members.size());
  for (Keyword& k : merged) k.score *= scale;
  std::stable_sort(merged.begin(), merged.end(),
                   [](const Keyword& a, const Keyword& b) { return a.score > b.score; });
  if (merged.size() > static_cast<std::size_t>(max_keywords)) {
    merged.resize(static_cast<std::size_t>(max_keywords));
  }
  out->keywords = std::move(merged);
}

}  // namespace

Status SummarizeDigest(std::string_view text, const Options& options, Result* result,
                       const DigestTuning& tuning) {
  *result = Result();
  Result out;
  out.stats.input_bytes = text.size();
  std::vector<ArticlePart> parts =
      SplitArticles(text, kMaxDigestArticles, &out.stats.articles_omitted);

  Options per = options;
  per.digest = false;
  per.include_sentences = true;
  std::vector<Piece> pieces;
  std::size_t prev = 0;
  std::size_t utf16 = 0;
  for (const ArticlePart& part : parts) {
    Piece p;
    p.part = part;
    utf16 += RawUtf16Length(text.substr(prev, part.begin - prev));
    p.utf16_base = utf16;
    const std::string_view body = text.substr(part.begin, part.end - part.begin);
    if (Status s = Summarize(body, per, &p.result); !s.ok()) return s;
    utf16 += RawUtf16Length(body);
    prev = part.end;
    Result& r = p.result;
    for (Sentence& s : r.summary) Shift(&s.span, part.begin, p.utf16_base);
    for (Sentence& s : r.sentences) Shift(&s.span, part.begin, p.utf16_base);
    for (KeyFact& f : r.facts) {
      Shift(&f.span, part.begin, p.utf16_base);
      for (TypedSpan& sp : f.spans) Shift(&sp.span, part.begin, p.utf16_base);
      f.group.clear();  // one article's sections do not organise the digest
    }
    for (Removed& rm : r.removed) Shift(&rm.span, part.begin, p.utf16_base);
    pieces.push_back(std::move(p));
  }

  // The digest speaks the language of its first article (each article was
  // detected on its own, or all were told the caller's language).
  if (!pieces.empty()) out.language = pieces[0].result.language;
  Tokenizer tokenizer(out.language.code);

  // Per article: info, sentence terms, dates.
  std::unordered_map<std::string, std::size_t> article_df;
  std::vector<std::unordered_map<std::string, double>> tf(pieces.size());
  for (std::size_t i = 0; i < pieces.size(); ++i) {
    Piece& p = pieces[i];
    Result& r = p.result;
    for (Sentence& s : r.sentences) s.article = i;
    for (Sentence& s : r.summary) s.article = i;
    for (KeyFact& f : r.facts) {
      f.article = i;
      f.articles = {i};
    }
    Article a;
    a.index = i;
    a.span.byte_start = p.part.begin;
    a.span.byte_end = p.part.end;
    a.span.utf16_start = p.utf16_base;
    a.span.utf16_end =
        p.utf16_base + RawUtf16Length(text.substr(p.part.begin, p.part.end - p.part.begin));
    a.sentences = r.stats.sentences;
    a.words = r.stats.words;
    if (!r.sentences.empty()) a.title = ShortTitle(r.sentences[0].text);
    // Dates: the article's sentences and its bylines and datelines.
    std::vector<std::pair<std::size_t, const std::string*>> texts;
    for (const Sentence& s : r.sentences) texts.emplace_back(s.span.byte_start, &s.text);
    for (const Removed& rm : r.removed) {
      if (rm.reason == "byline" || rm.reason == "dateline") {
        texts.emplace_back(rm.span.byte_start, &rm.text);
      }
    }
    std::sort(texts.begin(), texts.end());
    for (const auto& [unused, t] : texts) {
      for (const DateMention& d : FindDates(*t)) {
        if (a.dates.size() < 50) a.dates.push_back(t->substr(d.begin, d.end - d.begin));
        p.latest_year = std::max(p.latest_year, d.year);
      }
    }
    for (const Sentence& s : r.sentences) {
      Terms t = ContentTerms(&tokenizer, s.text);
      for (const std::string& term : t.terms) tf[i][term] += 1;
      p.sentence_terms.push_back(std::move(t));
    }
    for (const auto& [term, unused] : tf[i]) ++article_df[term];
    out.articles.push_back(std::move(a));
  }
  // tf-idf vectors, the heaviest terms only.
  const double n = static_cast<double>(pieces.size());
  for (std::size_t i = 0; i < pieces.size(); ++i) {
    std::vector<std::pair<std::string, double>>& v = pieces[i].vector;
    for (const auto& [term, count] : tf[i]) {
      v.emplace_back(
          term, (1 + std::log(count)) * std::log(1 + n / static_cast<double>(article_df[term])));
    }
    if (v.size() > kVectorTerms) {
      std::nth_element(v.begin(), v.begin() + kVectorTerms, v.end(),
                       [](const auto& a, const auto& b) {
                         return a.second != b.second ? a.second > b.second : a.first < b.first;
                       });
      v.resize(kVectorTerms);
    }
    std::sort(v.begin(), v.end());
  }

  const std::vector<std::size_t> members = ChooseEvent(pieces, &out.articles, tuning.one_event);

  // Summary, facts, keywords from the members; removed and stats from all.
  if (members.size() == 1) {
    Result& r = pieces[members[0]].result;
    out.summary = r.summary;
    out.stats.summary_words = r.stats.summary_words;
    if (options.include_sentences) {
      for (std::size_t p = 0; p < pieces.size(); ++p) {
        for (Sentence& s : pieces[p].result.sentences) {
          if (p != members[0]) s.selected = false;
          out.sentences.push_back(s);
        }
      }
    }
  }
  const TermWeights weights(pieces, members);
  if (members.size() > 1) BuildSummary(pieces, members, weights, options, &out);
  if (options.max_facts > 0) {
    MergeFacts(pieces, members, weights, options.max_facts, &tokenizer, &out);
  }
  if (options.max_keywords > 0) {
    if (members.size() == 1) {
      out.keywords = pieces[members[0]].result.keywords;
    } else {
      MergeKeywords(pieces, members, options.max_keywords, &out);
    }
  }
  for (Piece& p : pieces) {
    for (Removed& rm : p.result.removed) out.removed.push_back(std::move(rm));
    out.stats.repaired_sequences += p.result.stats.repaired_sequences;
    out.stats.sentences += p.result.stats.sentences;
    out.stats.words += p.result.stats.words;
    out.stats.iterations = std::max(out.stats.iterations, p.result.stats.iterations);
    out.stats.converged = out.stats.converged && p.result.stats.converged;
  }
  *result = std::move(out);
  return Status::Ok();
}

}  // namespace internal
}  // namespace precis
