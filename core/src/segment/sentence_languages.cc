// Per-language abbreviations and punctuation rules of the sentence splitter.
//
// Each language lists, space-separated and without the final full stop, the
// abbreviations that are written with a full stop in that language, by how
// they behave before the next word. The lists only add to the shared lists
// of abbreviations.cc, which serve text of unknown language.
#include "segment/sentence_languages.h"

#include <array>
#include <string>
#include <unordered_map>
#include <vector>

#include "text/ascii.h"
#include "text/unicode.h"

namespace precis {
namespace internal {
namespace {

struct LanguageTable {
  LanguageRules rules;
  // Titles before a name ("Hr. Jensen", "Sig. Rossi").
  std::string_view titles;
  // Abbreviations that do not end a sentence ("z.B.", "f.eks.", "π.χ.").
  std::string_view never_final;
  // Abbreviations usually followed by a number ("Nr. 5", "S. 12").
  std::string_view before_number;
  // Abbreviations that may end a sentence ("usw.", "osv.", "κλπ.").
  std::string_view ambiguous;
  // Month names and abbreviations, before which a number is an ordinal.
  std::string_view months;
  // Words before an ordinal number ("den 3.", "am 3.").
  std::string_view ordinal_context;
  // Capitalised common words that start a sentence.
  std::string_view starters;
};

LanguageRules Rules(std::string_view code) {
  LanguageRules r;
  r.code = code;
  return r;
}

// The lists of German, the Scandinavian languages and Dutch.
// Returns false for other codes.
bool SetGermanicLists(std::string_view code, LanguageTable* t) {
  if (code == "de") {
    t->titles = "hr hrn fr frl dr prof dipl ing mag st sankt";
    t->never_final =
        "z.b z.t d.h d.i o.g v.a i.a i.d.r i.e.s u.u vgl bzw bzgl sog ggf "
        "evtl inkl exkl zzgl gem lt allg einschl insb ehem geb gest verh ca "
        "zit";
    t->before_number = "nr s abs abschn art bd kap str tel fax aufl jg jh jhd jhdt hft";
    t->ambiguous =
        "usw etc ff f ebd mio mrd tsd chr v.chr n.chr v.u.z u.z u.ä o.ä s.o "
        "s.u hrsg hg";
    t->months =
        "januar jänner februar märz april mai juni juli august september "
        "oktober november dezember jan feb mär apr jun jul aug sep sept okt "
        "nov dez";
    t->ordinal_context =
        "am vom zum im dem den der die das des ab bis seit zur beim ins ihr "
        "ihre ihrem ihren sein seine seinem seinen jeden jedem jeder vor "
        "nach um";
    t->starters =
        "der die das ein eine einer es er sie wir ich ihr dies diese dieser "
        "im auch aber und doch dann da als wenn wie was wer wo warum nach bei "
        "mit von zu für auf aus um nicht kein keine dort hier heute jetzt "
        "damals deshalb daher trotzdem außerdem zudem denn man so noch nur "
        "schon bereits inzwischen später seitdem dabei darauf danach zuvor";
  } else if (code == "da" || code == "no" || code == "nb" || code == "nn" || code == "sv") {
    t->titles = "hr fru frk dr prof sr";
    t->never_final =
        "f.eks bl.a jf jvf dvs pga vedr ifm iflg ift mht vha ca inkl ekskl "
        "evt t.o.m f.o.m m.h.t p.g.a d.v.s t.ex s.k d.ä";
    t->before_number = "nr kl tlf s stk afd årg bd kap nr pkt";
    t->ambiguous = "osv etc m.m m.fl mv mfl mia mio mrd o.a odg pct pr usv o.l o.lign";
    t->months =
        "januar februar marts april maj juni juli august september oktober "
        "november december jan feb mar apr jun jul aug sep sept okt nov dec";
    t->ordinal_context = "den d fra til i på siden inden efter";
    t->starters =
        "de det den der jeg vi han hun hvad hvor hvorfor og så en et på til "
        "med som efter nu i du man men hvis når da dette disse her";
  } else if (code == "nl") {
    t->titles = "dhr mevr mw mej ir drs mr dr prof ing ds";
    t->never_final =
        "bijv bv d.w.z m.a.w m.b.t n.a.v t.a.v t.o.v i.p.v i.v.m z.g zgn "
        "vgl resp ca o.a incl excl";
    t->before_number = "nr blz art no p pag afb fig hfdst";
    t->ambiguous = "enz etc e.d e.a jl v.chr n.chr";
    t->starters =
        "de het een ik wij we hij zij ze dit dat maar en of in op er die deze "
        "toen nu daar hier als";
  } else {
    return false;
  }
  return true;
}

// The lists of French, Spanish and Italian.
// Returns false for other codes.
bool SetRomanceLists(std::string_view code, LanguageTable* t) {
  if (code == "fr") {
    t->titles = "m mm mme mmes mlle mlles mgr me pr dr st ste";
    t->never_final = "cf p.ex c.-à-d c.à.d env resp";
    t->before_number = "n° no nos p pp vol chap art fig éd t ch al tél";
    t->ambiguous = "etc av apr j.-c janv févr avr juil sept oct nov déc";
    t->starters =
        "le la les un une il elle ils elles on nous vous je ce cette ces "
        "mais et dans avec après avant pour par en au aux";
  } else if (code == "es") {
    t->titles =
        "sr sra srta srs sres dña ud uds vd vds lic ing arq prof dr dra "
        "mtro mtra gral sto sta";
    t->never_final = "p.ej ej vid cfr";
    t->before_number = "n° núm nº pág págs p pp art cap vol tel tfno apdo c cra av avda";
    t->ambiguous =
        "etc cía ee.uu s.a s.l ltda ene feb mar abr may jun jul ago sep sept "
        "oct nov dic a.c d.c izq dcha aprox";
    t->starters =
        "el la los las un una se pero y hay hoy este esta esto eso ese él "
        "ella ellos yo qué cómo cuando donde por para con sin también luego "
        "después en no es lo al del";
  } else if (code == "it") {
    t->titles =
        "sig sigg sig.ra sig.na dott dott.ssa prof prof.ssa avv ing arch "
        "geom rag on sen egr gent spett mons";
    t->never_final = "ad es p.es cfr vd";
    t->before_number = "n pag pagg art cap tel fig vol ca";
    t->ambiguous = "ecc a.c d.c gen feb mar apr mag giu lug ago sett ott nov dic";
    t->starters =
        "il lo la i gli le un uno una è ma e non per questo questa oggi poi "
        "dopo io lui lei noi in nel nella si ci";
  } else {
    return false;
  }
  return true;
}

// The lists and rules of Polish, the Cyrillic languages, Greek, Kazakh,
// Arabic, the Devanagari languages, Japanese and Chinese.
// Returns false for other codes.
bool SetOtherLists(std::string_view code, LanguageTable* t) {
  if (code == "pl") {
    t->titles = "p prof dr hab inż mgr lek płk gen ks";
    t->never_final = "np tzn tj m.in ws wg zob por";
    t->before_number = "nr ul al pl os tel s str art ust pkt poz godz";
    t->ambiguous = "itd itp r ok tys mln mld zł gr w";
    t->starters = "w na i ale to on ona oni my ja nie po z do jest jak gdy kiedy";
  } else if (code == "ru" || code == "uk" || code == "be") {
    t->titles = "г-н г-жа проф акад д-р доц тов св";
    t->never_final = "т.е т.к т.н напр см ср и.о зам";
    t->before_number = "ст стр ул кв д корп тел рис табл гл п пп ч т вып пл пер просп наб";
    t->ambiguous = "млн млрд трлн тыс руб коп долл г гг в вв обл р-н им др пр н.э т.д т.п";
    t->starters =
        "в на и но он она они это мы я вы ты по с к о у из от до за для при "
        "однако когда после так также как что потом затем тогда теперь уже "
        "ещё еще здесь там сегодня вчера завтра если хотя поэтому кроме все "
        "всё его её их этот эта эти тот та те не нет да вот кто где почему "
        "какой который наш мой ваш";
  } else if (code == "bg") {
    t->titles = "г-н г-жа г-ца проф акад д-р доц инж ген полк";
    t->never_final = "т.е т.нар напр вж ср вкл";
    t->before_number = "ул бул пл бл вх ет ап стр с т чл ал кв ж.к";
    t->ambiguous = "млн млрд хил лв ст г гр др пр.н.е сл.н.е н.е";
  } else if (code == "el") {
    t->rules.stop_ends_before_lower = true;
    t->titles = "κ κα δρ καθ αγ";
    t->never_final = "π.χ δηλ βλ λ.χ";
    t->before_number = "αρ σελ τηλ παρ άρθ κεφ οδ";
    t->ambiguous =
        "κλπ κτλ π.χ μ.χ π.μ μ.μ χλμ εκ χιλ εκατ δισ ιαν φεβ μαρ απρ ιουν "
        "ιουλ αυγ σεπτ οκτ νοεμ δεκ";
  } else if (code == "kk") {
    t->rules.question_ends_before_lower = true;
    t->never_final = "мыс";
    t->before_number = "б бет с т";
    t->ambiguous = "ж жж ғ ғғ млн млрд б.з.б б.з т.б т.с.с";
  } else if (code == "ar") {
    // Arabic: the shared rules. The Arabic comma "،" joins clauses and ends
    // no sentence; a colon ends one only after a label at the start of a
    // line (sentence_boundary.cc).
  } else if (code == "hi" || code == "mr" || code == "ne") {
    // Devanagari titles written with a full stop: "डॉ." (Dr.), "प्रो." (Prof.).
    t->titles = "डॉ डा प्रो";
  } else if (code == "ja" || code == "zh") {
    t->rules.cjk_line_wraps = true;
  } else {
    return false;
  }
  return true;
}

LanguageTable MakeTable(std::string_view code) {
  LanguageTable t;
  t.rules = Rules(code);
  if (!SetGermanicLists(code, &t) && !SetRomanceLists(code, &t)) SetOtherLists(code, &t);
  return t;
}

constexpr std::string_view kCodes[] = {"de", "da", "no", "nb", "nn", "sv", "nl", "fr",
                                       "es", "it", "pl", "ru", "uk", "be", "bg", "el",
                                       "kk", "ar", "hi", "mr", "ne", "ja", "zh"};

// The word lists of every language in one map from "code word" to its
// classes; the keys point into one arena string that is never reallocated.
class Tables {
 public:
  Tables() {
    std::vector<LanguageTable> tables;
    std::size_t bytes = 0;
    for (std::string_view code : kCodes) {
      tables.push_back(MakeTable(code));
      rules_.push_back(tables.back().rules);
      for (std::string_view list : Lists(tables.back()))
        bytes += 4 * (list.size() + code.size() + 1);
    }
    arena_.reserve(bytes);
    for (const LanguageTable& t : tables) {
      const std::string_view code = t.rules.code;
      const unsigned classes[] = {kClassTitle,     kClassNeverFinal, kClassBeforeNumber,
                                  kClassAmbiguous, kClassMonth,      kClassOrdinalContext,
                                  kClassStarter};
      const auto lists = Lists(t);
      for (std::size_t k = 0; k < lists.size(); ++k) Add(code, lists[k], classes[k]);
    }
  }

  const LanguageRules& Rules(std::string_view code) const {
    for (const LanguageRules& r : rules_) {
      if (r.code == code) return r;
    }
    return default_;
  }

  unsigned Classes(std::string_view code, std::string_view word) const {
    if (code.empty() || word.size() > longest_) return 0;
    std::string key(code);
    key += ' ';
    key += word;
    const auto it = words_.find(key);
    return it == words_.end() ? 0 : it->second;
  }

 private:
  static std::array<std::string_view, 7> Lists(const LanguageTable& t) {
    return {t.titles, t.never_final,     t.before_number, t.ambiguous,
            t.months, t.ordinal_context, t.starters};
  }

  void Add(std::string_view code, std::string_view list, unsigned cls) {
    std::size_t i = 0;
    while (i < list.size()) {
      while (i < list.size() && list[i] == ' ') ++i;
      std::size_t j = i;
      while (j < list.size() && list[j] != ' ') ++j;
      if (j > i) {
        const std::string word = FoldCase(list.substr(i, j - i));
        // The arena must not grow: keys already added point into it.
        if (arena_.size() + code.size() + 1 + word.size() > arena_.capacity()) return;
        const std::size_t start = arena_.size();
        arena_ += code;
        arena_ += ' ';
        arena_ += word;
        words_[std::string_view(arena_).substr(start)] |= cls;
        if (word.size() > longest_) longest_ = word.size();
      }
      i = j;
    }
  }

  std::vector<LanguageRules> rules_;
  std::string arena_;
  std::unordered_map<std::string_view, unsigned> words_;
  std::size_t longest_ = 0;
  LanguageRules default_;
};

const Tables& GetTables() {
  static const Tables tables;
  return tables;
}

}  // namespace

const LanguageRules& RulesFor(std::string_view code) {
  if (code.empty() || code.size() > 16) return GetTables().Rules("");
  // "de-AT", "pt_BR": the language part, lower-cased.
  std::string lang;
  for (char c : code) {
    if (c == '-' || c == '_') break;
    lang += AsciiLower(c);
  }
  return GetTables().Rules(lang);
}

unsigned LanguageWordClasses(const LanguageRules& rules, std::string_view word) {
  return GetTables().Classes(rules.code, word);
}

}  // namespace internal
}  // namespace precis
