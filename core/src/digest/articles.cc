#include "digest/articles.h"

#include <algorithm>
#include <iterator>

#include "text/ascii.h"

namespace precis {
namespace internal {

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

std::size_t RepairedOffset(const std::vector<Repair>& repairs, std::size_t raw_pos) {
  // Last repair that starts at or before raw_pos.
  auto it = std::upper_bound(repairs.begin(), repairs.end(), raw_pos,
                             [](std::size_t pos, const Repair& r) { return pos < r.raw_pos; });
  if (it == repairs.begin()) return raw_pos;
  const Repair& r = *std::prev(it);
  if (raw_pos < r.raw_pos + r.raw_len) return r.fixed_pos;  // inside the sequence
  return r.fixed_pos + 3 + (raw_pos - r.raw_pos - r.raw_len);
}

}  // namespace internal
}  // namespace precis
