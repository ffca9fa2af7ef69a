"""precis: extractive summaries, keywords and key facts, from the C++ engine.

    import precis
    result = precis.summarize(text, sentences=3)
    for sentence in result.summary:
        print(sentence.text)
    print([fact.text for fact in result.facts], result.language.code)

``summarize`` returns a typed :class:`Result`; ``summarize_json`` returns the
engine's JSON envelope, byte for byte what ``precis --format json`` prints for
the same text and options. Failures raise :class:`PrecisError` with the
engine's error code. The engine releases the GIL while it works, so threads
summarize on several cores at once.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Mapping, Optional, Tuple, Union

from . import _precis

__all__ = [
    "Article", "Fact", "FactSpan", "Keyword", "Language", "PrecisError", "Removed", "Result",
    "Sentence", "Span", "Stats", "contract", "options_json", "summarize", "summarize_json",
    "summarize_jsonl_line", "supported_languages", "__version__", "MAX_INPUT_BYTES",
]

__version__: str = _precis.version()
MAX_INPUT_BYTES: int = _precis.MAX_INPUT_BYTES

Text = Union[str, bytes]

# Keyword arguments and the engine's option names (see "The API" in README.md).
_OPTION_NAMES = {
    "sentences": "sentences",
    "ratio": "ratio",
    "words": "words",
    "keywords": "keywords",
    "facts": "facts",
    "facts_alone": "factsAlone",
    "remove_junk": "removeJunk",
    "include_sentences": "includeSentences",
    "language": "language",
    "digest": "digest",
}


class PrecisError(Exception):
    """A failure reported by the engine. ``code`` is one of its stable error
    codes: invalid_options, input_too_large, invalid_input, cancelled,
    internal."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(f"{message} ({code})")
        self.code = code
        self.message = message


@dataclass(frozen=True)
class Span:
    """A part of the input: UTF-8 byte offsets and UTF-16 code-unit offsets."""
    byte_start: int
    byte_end: int
    utf16_start: int
    utf16_end: int

    def of(self, text: Text) -> Text:
        """The spanned part of ``text`` (the str or bytes that was summarized)."""
        if isinstance(text, bytes):
            return text[self.byte_start:self.byte_end]
        return text.encode("utf-8")[self.byte_start:self.byte_end].decode("utf-8", "replace")


@dataclass(frozen=True)
class Sentence:
    index: int
    text: str
    score: float
    heading: bool
    span: Span
    article: Optional[int] = None  # digests: the article it belongs to


@dataclass(frozen=True)
class Keyword:
    text: str
    score: float
    count: int


@dataclass(frozen=True)
class FactSpan:
    kind: str  # money, percent, quantity, date, person, place, organization, quote
    text: str
    span: Span
    in_text: Span  # where ``text`` stands in the fact's own text
    speaker: Optional[str] = None  # quotes only


@dataclass(frozen=True)
class Fact:
    text: str
    kinds: Tuple[str, ...]
    spans: Tuple[FactSpan, ...]
    group: str
    sentence_index: int
    span: Span
    article: Optional[int] = None  # digests only, from here on
    support: Optional[int] = None
    articles: Optional[Tuple[int, ...]] = None
    single_source: Optional[bool] = None


@dataclass(frozen=True)
class Removed:
    text: str
    reason: str
    span: Span


@dataclass(frozen=True)
class Language:
    code: str
    confidence: float
    source: str  # "detected" or "user"


@dataclass(frozen=True)
class Article:
    index: int
    title: str
    span: Span
    sentences: int
    words: int
    dates: Tuple[str, ...]
    same_event: bool
    reason: str


@dataclass(frozen=True)
class Stats:
    input_bytes: int
    repaired_sequences: int
    sentences: int
    words: int
    summary_words: int
    iterations: int
    converged: bool
    articles_omitted: Optional[int] = None


@dataclass(frozen=True)
class Result:
    summary: Tuple[Sentence, ...]
    headline: str
    keywords: Tuple[Keyword, ...]
    facts: Tuple[Fact, ...]
    removed: Tuple[Removed, ...]
    language: Language
    stats: Stats
    sentences: Optional[Tuple[Sentence, ...]] = None  # include_sentences=True
    articles: Optional[Tuple[Article, ...]] = None  # digest=True
    version: str = ""

    @property
    def text(self) -> str:
        """The summary's sentences joined by spaces."""
        return " ".join(s.text for s in self.summary)


def options_json(options: Optional[Mapping[str, Any]] = None, **kwargs: Any) -> str:
    """The engine's options JSON for keyword options (``sentences=3``,
    ``remove_junk=False``, ...) and/or a mapping of engine option names
    (``{"removeJunk": False}``). ``None`` leaves an option at its default.
    The engine checks the values."""
    merged = dict(options or {})
    for name, value in kwargs.items():
        if name not in _OPTION_NAMES:
            raise TypeError(f"unknown option {name!r}")
        if value is None:
            continue
        key = _OPTION_NAMES[name]
        if key in merged:
            raise TypeError(f"option {key!r} given twice")
        merged[key] = value
    return json.dumps(merged, separators=(",", ":"), allow_nan=False) if merged else ""


def _raise_for(envelope: Mapping[str, Any]) -> None:
    error = envelope.get("error") or {}
    raise PrecisError(str(error.get("code", "internal")), str(error.get("message", "unknown error")))


def _span(d: Mapping[str, Any]) -> Span:
    return Span(d["byteStart"], d["byteEnd"], d["utf16Start"], d["utf16End"])


def _sentence(d: Mapping[str, Any]) -> Sentence:
    return Sentence(d["index"], d["text"], d["score"], d["heading"], _span(d), d.get("article"))


def _fact(d: Mapping[str, Any]) -> Fact:
    spans = tuple(FactSpan(s["kind"], s["text"], _span(s), _span(s["inText"]), s.get("speaker"))
                  for s in d["spans"])
    articles = d.get("articles")
    return Fact(d["text"], tuple(d["kinds"]), spans, d.get("group", ""), d["sentenceIndex"], _span(d),
                d.get("article"), d.get("support"),
                tuple(articles) if articles is not None else None, d.get("singleSource"))


def _article(d: Mapping[str, Any]) -> Article:
    return Article(d["index"], d["title"], _span(d), d["sentences"], d["words"], tuple(d["dates"]),
                   d["sameEvent"], d["reason"])


def result_from_envelope(envelope: Union[str, Mapping[str, Any]]) -> Result:
    """The typed result of a JSON envelope (text or parsed); raises
    PrecisError for a failure envelope."""
    e = json.loads(envelope) if isinstance(envelope, str) else envelope
    if not e.get("ok"):
        _raise_for(e)
    st = e["stats"]
    lang = e["language"]
    return Result(
        summary=tuple(_sentence(s) for s in e["summary"]),
        headline=e.get("headline", ""),
        keywords=tuple(Keyword(k["text"], k["score"], k["count"]) for k in e["keywords"]),
        facts=tuple(_fact(f) for f in e["facts"]),
        removed=tuple(Removed(r["text"], r["reason"], _span(r)) for r in e["removed"]),
        language=Language(lang["code"], lang["confidence"], lang["source"]),
        stats=Stats(st["inputBytes"], st["repairedSequences"], st["sentences"], st["words"],
                    st["summaryWords"], st["iterations"], st["converged"], st.get("articlesOmitted")),
        sentences=tuple(_sentence(s) for s in e["sentences"]) if "sentences" in e else None,
        articles=tuple(_article(a) for a in e["articles"]) if "articles" in e else None,
        version=e.get("version", ""),
    )


def summarize_json(text: Text, sentences: Optional[int] = None, *, ratio: Optional[float] = None,
                   words: Optional[int] = None, keywords: Optional[int] = None,
                   facts: Optional[int] = None, facts_alone: Optional[bool] = None,
                   remove_junk: Optional[bool] = None,
                   include_sentences: Optional[bool] = None, language: Optional[str] = None,
                   digest: Optional[bool] = None,
                   options: Optional[Mapping[str, Any]] = None) -> str:
    """The engine's JSON envelope for ``text`` (str, or UTF-8 bytes): what
    ``precis --format json`` prints with the same options, without the final
    line break. A failure is an ``{"ok":false,...}`` envelope, not an
    exception (except for options that are not JSON values: TypeError or
    ValueError)."""
    oj = options_json(options, sentences=sentences, ratio=ratio, words=words, keywords=keywords,
                      facts=facts, facts_alone=facts_alone, remove_junk=remove_junk,
                      include_sentences=include_sentences,
                      language=language, digest=digest)
    return _precis.summarize_json(text, oj)


def summarize(text: Text, sentences: Optional[int] = None, *, ratio: Optional[float] = None,
              words: Optional[int] = None, keywords: Optional[int] = None,
              facts: Optional[int] = None, facts_alone: Optional[bool] = None,
              remove_junk: Optional[bool] = None,
              include_sentences: Optional[bool] = None, language: Optional[str] = None,
              digest: Optional[bool] = None,
              options: Optional[Mapping[str, Any]] = None) -> Result:
    """Summarizes ``text`` (str, or UTF-8 bytes). Length: at most one of
    ``sentences``, ``ratio`` (0 < r <= 1) and ``words``; default automatic.
    ``keywords`` (0..50, default 10), ``facts`` (0..20, default 5),
    ``facts_alone`` (default False: key facts to be read without the summary),
    ``remove_junk`` (default True), ``include_sentences`` (default False),
    ``language`` ("auto" or an ISO 639 code), ``digest`` (articles separated
    by lines of "---"). ``options`` takes the engine's option names instead.
    Raises PrecisError (``.code``: invalid_options, input_too_large, ...)."""
    return result_from_envelope(
        summarize_json(text, sentences, ratio=ratio, words=words, keywords=keywords, facts=facts,
                       facts_alone=facts_alone, remove_junk=remove_junk,
                       include_sentences=include_sentences, language=language, digest=digest,
                       options=options))


def check_options(options: Optional[Mapping[str, Any]] = None, **kwargs: Any) -> str:
    """The options JSON for the arguments (as options_json), after the engine
    has checked it; raises PrecisError when it refuses them."""
    oj = options_json(options, **kwargs)
    error = _precis.options_error(oj)
    if error:
        _raise_for(json.loads(error))
    return oj


def summarize_jsonl_line(line: Text, defaults: Optional[Mapping[str, Any]] = None) -> str:
    """The output line (no line break) for one line of a JSON Lines corpus,
    byte for byte what ``precis --jsonl`` writes for it: the envelope with
    ``"id"`` first, an error envelope for a line it cannot read, and "" for a
    blank line (which ``precis --jsonl`` skips). ``defaults`` (engine option
    names) apply to lines without ``"options"``, as the CLI's flags do."""
    oj = check_options(defaults)
    out, _ = _precis.summarize_jsonl_line(line, oj)
    return out


def contract() -> dict:
    """The API contract: limits, options with their ranges, error codes."""
    return json.loads(_precis.contract_json())


def supported_languages() -> Tuple[str, ...]:
    """The ISO 639 codes ``language=`` takes."""
    return tuple(_precis.supported_languages())
