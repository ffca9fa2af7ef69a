#include "digest/places.h"

#include <algorithm>
#include <unordered_map>
#include <utility>

#include "digest/ascii.h"

namespace precis {
namespace internal {

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

}  // namespace

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

}  // namespace internal
}  // namespace precis
