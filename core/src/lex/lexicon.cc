#include "lex/lexicon.h"

#include <algorithm>
#include <unordered_map>

namespace precis {
namespace internal {
namespace {

constexpr std::string_view kMonthNames[12] = {"january",   "february", "march",    "april",
                                              "may",       "june",     "july",     "august",
                                              "september", "october",  "november", "december"};
constexpr std::string_view kMonthAbbreviations[12] = {"jan", "feb", "mar", "apr", "may", "jun",
                                                      "jul", "aug", "sep", "oct", "nov", "dec"};

constexpr std::string_view kTitleWords[] = {"admiral",      "ambassador",
                                            "archbishop",   "attorney",
                                            "bishop",       "ceo",
                                            "chair",        "chairman",
                                            "chairwoman",   "chancellor",
                                            "chief",        "coach",
                                            "col",          "colonel",
                                            "commander",    "commissioner",
                                            "congressman",  "congresswoman",
                                            "councillor",   "councilman",
                                            "councilwoman", "captain",
                                            "deputy",       "director",
                                            "dr",           "emperor",
                                            "envoy",        "founder",
                                            "gen",          "general",
                                            "gov",          "governor",
                                            "judge",        "justice",
                                            "king",         "leader",
                                            "lieutenant",   "lord",
                                            "lt",           "manager",
                                            "mayor",        "minister",
                                            "mp",           "mr",
                                            "mrs",          "ms",
                                            "officer",      "pope",
                                            "premier",      "president",
                                            "prince",       "princess",
                                            "prof",         "professor",
                                            "prosecutor",   "queen",
                                            "rep",          "representative",
                                            "secretary",    "sen",
                                            "senator",      "sergeant",
                                            "sgt",          "sheikh",
                                            "sir",          "speaker",
                                            "spokesman",    "spokesperson",
                                            "spokeswoman",  "sultan"};
constexpr std::string_view kDottedTitleWords[] = {"col", "dr",   "gen", "gov", "lt",  "mr", "mrs",
                                                  "ms",  "prof", "rep", "sen", "sgt", "st"};

// Places that are not a country's name or capital: continents, regions,
// seas, states and large cities.
constexpr std::string_view kOtherPlaces[] = {
    "africa",    "alaska",       "americas",   "antarctica",  "arctic",      "asia",
    "atlantic",  "busan",        "california", "caribbean",   "dubai",       "england",
    "eu",        "europe",       "florida",    "gaza",        "guam",        "hawaii",
    "hiroshima", "indo-pacific", "istanbul",   "los angeles", "middle east", "mumbai",
    "new york",  "osaka",        "pacific",    "scotland",    "shanghai",    "sydney",
    "tel aviv",  "texas",        "toronto",    "wales",       "west bank"};

struct CountryEntry {
  std::string_view key;
  // '|'-separated folded names (see CountryNameKind).
  std::string_view places;
  std::string_view aliases;
  std::string_view demonyms;
};

// Ambiguous short forms that are also common words or first names
// ("polish", "sofia", "chad") are left out.
constexpr CountryEntry kCountries[] = {
    {"af", "afghanistan|kabul", "", "afghan"},
    {"al", "albania", "tirana", "albanian"},
    {"dz", "algeria", "algiers", "algerian"},
    {"ar", "argentina", "buenos aires", "argentine|argentinian"},
    {"am", "armenia", "yerevan", "armenian"},
    {"au", "australia", "canberra", "australian"},
    {"at", "austria|vienna", "", "austrian"},
    {"az", "azerbaijan", "baku", "azerbaijani"},
    {"bh", "bahrain", "manama", "bahraini"},
    {"bd", "bangladesh", "dhaka", "bangladeshi"},
    {"by", "belarus|minsk", "", "belarusian"},
    {"be", "belgium|brussels", "", "belgian"},
    {"bo", "bolivia", "la paz", "bolivian"},
    {"ba", "bosnia", "bosnia and herzegovina|sarajevo", "bosnian"},
    {"br", "brazil", "brasilia|brasília", "brazilian"},
    {"bg", "bulgaria", "", "bulgarian"},
    {"kh", "cambodia", "phnom penh", "cambodian"},
    {"cm", "cameroon", "yaounde", "cameroonian"},
    {"ca", "canada|ottawa", "", "canadian"},
    {"cl", "chile", "santiago", "chilean"},
    {"cn", "china|beijing", "prc", "chinese"},
    {"co", "colombia", "bogota|bogotá", "colombian"},
    {"cd", "congo", "kinshasa", "congolese"},
    {"hr", "croatia", "zagreb", "croatian"},
    {"cu", "cuba|havana", "", "cuban"},
    {"cy", "cyprus", "nicosia", "cypriot"},
    {"cz", "czechia", "czech republic|prague", "czech"},
    {"dk", "denmark", "copenhagen", "danish"},
    {"ec", "ecuador", "quito", "ecuadorian"},
    {"eg", "egypt|cairo", "", "egyptian"},
    {"ee", "estonia", "tallinn", "estonian"},
    {"et", "ethiopia", "addis ababa", "ethiopian"},
    {"fi", "finland|helsinki", "", "finnish"},
    {"fr", "france|paris", "", "french"},
    {"ge", "georgia", "tbilisi", "georgian"},
    {"de", "germany|berlin", "", "german"},
    {"gh", "ghana", "accra", "ghanaian"},
    {"gr", "greece|athens", "", "greek"},
    {"ht", "haiti", "port-au-prince", "haitian"},
    {"hu", "hungary|budapest", "", "hungarian"},
    {"is", "iceland", "reykjavik", "icelandic"},
    {"in", "india|new delhi|delhi", "", "indian"},
    {"id", "indonesia|jakarta", "", "indonesian"},
    {"ir", "iran|tehran", "", "iranian"},
    {"iq", "iraq|baghdad", "", "iraqi"},
    {"ie", "ireland", "dublin", "irish"},
    {"il", "israel|jerusalem", "", "israeli"},
    {"it", "italy|rome", "", "italian"},
    {"jp", "japan|tokyo", "", "japanese"},
    {"jo", "jordan", "amman", "jordanian"},
    {"kz", "kazakhstan", "astana", "kazakh"},
    {"ke", "kenya", "nairobi", "kenyan"},
    {"xk", "kosovo", "pristina", ""},
    {"kw", "kuwait", "", "kuwaiti"},
    {"la", "laos", "vientiane", "laotian"},
    {"lv", "latvia", "riga", "latvian"},
    {"lb", "lebanon|beirut", "", "lebanese"},
    {"ly", "libya", "tripoli", "libyan"},
    {"lt", "lithuania", "vilnius", "lithuanian"},
    {"my", "malaysia", "kuala lumpur", "malaysian"},
    {"mx", "mexico", "mexico city", "mexican"},
    {"mn", "mongolia", "ulaanbaatar", "mongolian"},
    {"ma", "morocco", "rabat", "moroccan"},
    {"mm", "myanmar", "burma|naypyidaw", ""},
    {"np", "nepal", "kathmandu", "nepalese|nepali"},
    {"nl", "netherlands|amsterdam", "the netherlands|holland", "dutch"},
    {"nz", "new zealand", "wellington", ""},
    {"ng", "nigeria", "abuja", "nigerian"},
    {"kp", "north korea|pyongyang", "dprk", "north korean"},
    {"no", "norway", "oslo", "norwegian"},
    {"om", "oman", "muscat", "omani"},
    {"pk", "pakistan|islamabad", "", "pakistani"},
    {"ps", "palestine", "ramallah", "palestinian"},
    {"pa", "panama", "panama city", "panamanian"},
    {"pe", "peru", "lima", "peruvian"},
    {"ph", "philippines|manila", "", "filipino|philippine"},
    {"pl", "poland|warsaw", "", ""},
    {"pt", "portugal|lisbon", "", "portuguese"},
    {"qa", "qatar", "doha", "qatari"},
    {"ro", "romania", "bucharest", "romanian"},
    {"ru", "russia|moscow", "kremlin", "russian"},
    {"rw", "rwanda", "kigali", "rwandan"},
    {"sa", "saudi arabia|riyadh", "", "saudi"},
    {"rs", "serbia", "belgrade", "serbian"},
    {"sg", "singapore", "", "singaporean"},
    {"sk", "slovakia", "bratislava", "slovak"},
    {"si", "slovenia", "ljubljana", "slovenian"},
    {"so", "somalia", "mogadishu", "somali"},
    {"za", "south africa", "pretoria", "south african"},
    {"kr", "south korea|korea|seoul", "republic of korea|rok", "south korean|korean"},
    {"es", "spain|madrid", "", "spanish"},
    {"lk", "sri lanka", "colombo", "sri lankan"},
    {"sd", "sudan", "khartoum", "sudanese"},
    {"se", "sweden|stockholm", "", "swedish"},
    {"ch", "switzerland", "bern", "swiss"},
    {"sy", "syria|damascus", "", "syrian"},
    {"tw", "taiwan|taipei", "", "taiwanese"},
    {"th", "thailand|bangkok", "", "thai"},
    {"tn", "tunisia", "tunis", "tunisian"},
    {"tr", "turkey|ankara", "türkiye", "turkish"},
    {"ae", "uae", "u.a.e|united arab emirates|abu dhabi", "emirati"},
    {"ug", "uganda", "kampala", "ugandan"},
    {"ua", "ukraine|kyiv|kiev", "", "ukrainian"},
    {"gb", "united kingdom|uk|u.k|london", "britain|great britain", "british"},
    {"us", "united states|us|u.s|u.s.a|usa|america|washington", "united states of america",
     "american"},
    {"uy", "uruguay", "montevideo", "uruguayan"},
    {"uz", "uzbekistan", "tashkent", "uzbek"},
    {"ve", "venezuela", "caracas", "venezuelan"},
    {"vn", "vietnam|hanoi", "", "vietnamese"},
    {"ye", "yemen", "sanaa", "yemeni"},
    {"zm", "zambia", "lusaka", "zambian"},
    {"zw", "zimbabwe", "harare", "zimbabwean"},
};

// Calls `f(name)` for each name of a '|'-separated list.
template <typename F>
void ForEachName(std::string_view names, F f) {
  std::size_t pos = 0;
  while (pos < names.size()) {
    std::size_t bar = names.find('|', pos);
    if (bar == std::string_view::npos) bar = names.size();
    if (bar > pos) f(names.substr(pos, bar - pos));
    pos = bar + 1;
  }
}

std::vector<CountryName> BuildCountryNames() {
  std::vector<CountryName> out;
  for (const CountryEntry& c : kCountries) {
    const std::pair<std::string_view, CountryNameKind> lists[] = {
        {c.places, CountryNameKind::kPlace},
        {c.aliases, CountryNameKind::kAlias},
        {c.demonyms, CountryNameKind::kDemonym}};
    for (const auto& list : lists) {
      const CountryNameKind kind = list.second;
      ForEachName(list.first, [&](std::string_view n) {
        std::string name(n);
        std::replace(name.begin(), name.end(), '-', ' ');
        out.push_back({std::move(name), c.key, kind});
      });
    }
  }
  return out;
}

// The gazetteer: the countries' place names and the other places.
std::vector<std::string_view> BuildPlaceNames() {
  std::vector<std::string_view> out(std::begin(kOtherPlaces), std::end(kOtherPlaces));
  for (const CountryEntry& c : kCountries) {
    ForEachName(c.places, [&](std::string_view n) { out.push_back(n); });
  }
  return out;
}

}  // namespace

int EnglishMonthNumber(std::string_view folded, bool* full) {
  for (int m = 0; m < 12; ++m) {
    if (folded == kMonthNames[m]) {
      if (full != nullptr) *full = true;
      return m + 1;
    }
  }
  for (int m = 0; m < 12; ++m) {
    if (folded == kMonthAbbreviations[m] || (m == 8 && folded == "sept")) {
      if (full != nullptr) *full = false;
      return m + 1;
    }
  }
  return 0;
}

const WordSet& EnglishMonths() {
  static const WordSet s(kEnglishMonthWords);
  return s;
}

const WordSet& EnglishWeekdays() {
  static const WordSet s(kEnglishWeekdayWords);
  return s;
}

bool IsEnglishCalendarWord(std::string_view folded) {
  static const WordSet abbreviations(kEnglishWeekdayAbbreviations);
  return EnglishMonths().Contains(folded) || EnglishWeekdays().Contains(folded) ||
         abbreviations.Contains(folded);
}

const WordSet& PersonalTitles() {
  static const WordSet s(kTitleWords);
  return s;
}

const WordSet& DottedTitles() {
  static const WordSet s(kDottedTitleWords);
  return s;
}

const WordSet& PlaceNames() {
  static const std::vector<std::string_view> names = BuildPlaceNames();
  static const WordSet s(names);
  return s;
}

const std::vector<CountryName>& CountryNames() {
  static const std::vector<CountryName> names = BuildCountryNames();
  return names;
}

std::string_view CountryKey(std::string_view folded_name) {
  static const std::unordered_map<std::string_view, std::string_view> index = [] {
    std::unordered_map<std::string_view, std::string_view> m;
    for (const CountryName& c : CountryNames()) m.emplace(c.name, c.key);
    return m;
  }();
  const auto it = index.find(folded_name);
  return it == index.end() ? std::string_view() : it->second;
}

}  // namespace internal
}  // namespace precis
