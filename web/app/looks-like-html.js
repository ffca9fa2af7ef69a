// Whether pasted plain text is HTML source rather than prose: the one test
// the page makes at paste time, apart from text-import.js (which it loads
// only when a file is opened or HTML is pasted).
export function looksLikeHtml(text) {
  const head = text.slice(0, 2000).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return true;
  if (!head.startsWith('<')) return false;
  const tags = text.slice(0, 20000).match(/<\/?(p|div|h[1-6]|article|section|span|a|li|body|br)\b[^>]*>/gi);
  return (tags?.length ?? 0) >= 5;
}
