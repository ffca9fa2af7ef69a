// ASCII character helpers, for scans that only look at ASCII bytes.
#ifndef PRECIS_CORE_TEXT_ASCII_H_
#define PRECIS_CORE_TEXT_ASCII_H_

namespace precis {
namespace internal {

inline char AsciiLower(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

inline bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

inline bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

// Space, tab, line feed, carriage return, form feed or vertical tab.
inline bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

}  // namespace internal
}  // namespace precis

#endif  // PRECIS_CORE_TEXT_ASCII_H_
