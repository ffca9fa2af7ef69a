// Amounts, percentages and counts written with Chinese, Japanese or Korean
// units glued to the number ("34.2万亿元", "三千億円", "4.9％", "5000억 원",
// "五十座"), found on the raw text of a sentence, and the currency symbols
// the value finders share. Internal to facts/.
#ifndef PRECIS_CORE_FACTS_VALUES_WORLD_H_
#define PRECIS_CORE_FACTS_VALUES_WORLD_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "facts/sentence_facts.h"

namespace precis {
namespace internal {
namespace keyfacts {

struct ValueSpan {
  std::size_t begin = 0;  // byte offsets into the text
  std::size_t end = 0;
  FactKind kind = FactKind::kMoney;  // money, a percentage or a quantity
};

// A currency symbol ("$", "€", "£", "¥", "₩", "₹", "₽", "₺", "￥", "￡").
bool IsCurrencySymbol(char32_t cp);

// The values in text[begin, end) whose number (digits of any script, or
// Chinese numerals) is followed by a unit of those scripts: a scale
// (十 百 千 万 萬 亿 億 兆, 만 억 조 천), then a currency (元, 円, 美元, ドル,
// 원, 달러, …), a percent sign or word (％, パーセント, 퍼센트) or a counter
// (人, 名, 座, 件, 명, 개, …); and "百分之" before a number. In order.
std::vector<ValueSpan> GluedValues(std::string_view text, std::size_t begin, std::size_t end);

// Adds `v` to `spans` when none of the first `n` tokens of `s` it overlaps
// is in `used`, and marks them.
void AddRaw(const DocSentence& s, std::size_t n, const ValueSpan& v, std::vector<char>* used,
            std::vector<Span>* spans);

// The words of sentence `s` for the bullet length rules: its words and
// numbers, and one word for every two characters of scripts written
// without spaces (Chinese, Japanese, Thai: one per two bigram tokens).
std::size_t FactWords(const DocSentence& s);

}  // namespace keyfacts
}  // namespace internal
}  // namespace precis

#endif  // PRECIS_CORE_FACTS_VALUES_WORLD_H_
