// ASCII character classes the digest's text scanners share.
#ifndef PRECIS_CORE_DIGEST_ASCII_H_
#define PRECIS_CORE_DIGEST_ASCII_H_

namespace precis {
namespace internal {

inline bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
inline bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
inline bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

}  // namespace internal
}  // namespace precis

#endif  // PRECIS_CORE_DIGEST_ASCII_H_
