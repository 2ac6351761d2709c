"""Bytes of an HTML page -> text: which character encoding to believe.

The rule, in this order; the first rule that applies wins:

1. A byte-order mark (UTF-8, UTF-16).
2. Bytes that are valid UTF-8 are UTF-8, whatever the page declares. Text in a
   legacy encoding (GBK, Latin-1) with any non-ASCII character is practically
   never valid UTF-8 by accident, whereas servers that announce
   `charset=ISO-8859-1` for UTF-8 pages are common; believing the declaration
   would turn every Chinese character into two or three Latin-1 ones.
3. A declared charset under which the bytes decode without error, tried in the
   order: the HTTP header's charset, the `<meta charset>` /
   `<meta http-equiv="Content-Type">` charset, and last the HTTP header's
   charset when it is ISO-8859-1, Windows-1252 or ASCII. Those three are what
   servers and frameworks send by default, so the author's meta outranks them;
   any other header charset was chosen on purpose and outranks the meta.
   GB2312 and GBK are read as GB18030, their superset (as browsers do).
4. GB18030 if the bytes decode under it (Chinese sites without declarations).
5. UTF-8 with U+FFFD for the bytes that are not.

A declared label that is not a character encoding is ignored with a warning:
Python's codec registry also holds byte transforms (`zlib`, `base64`, `rot13`),
a codec that always fails (`undefined`) and escape decoders (`unicode_escape`,
`utf-7`) that no web page is written in; a page declaring one of those must not
end the crawl, nor have its text rewritten by it.

A page whose only declaration is a Latin-1 header while its bytes are GBK is
read as Latin-1 (rule 3): nothing in the bytes proves such a header wrong
without guessing the language.
"""

from __future__ import annotations

import codecs
import re
from typing import Literal, NamedTuple

__all__ = ["Decoded", "content_type", "decode_html", "looks_like_html", "meta_charset"]


class Decoded(NamedTuple):
    text: str
    encoding: str  # Python codec name actually used
    source: Literal["bom", "utf-8", "header", "meta", "fallback"]
    # Why the page's text may not be what its author wrote (a bogus charset
    # label, bytes no encoding accepts); None when nothing is wrong.
    warning: str | None = None


_META_CHARSET = re.compile(
    rb"<meta\b[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9._:-]+)", re.IGNORECASE
)
_GB_LABELS = frozenset({"gb2312", "gbk", "x-gbk", "cp936", "csgb2312", "chinese", "gb_2312-80"})
_DEFAULT_CHARSETS = frozenset({"iso8859-1", "cp1252", "ascii"})
# Text codecs Python has that are not character encodings of web pages.
_NOT_CHARSETS = frozenset(
    {
        "undefined",
        "unicode-escape",
        "raw-unicode-escape",
        "punycode",
        "idna",
        "utf-7",
        "mbcs",
        "oem",
    }
)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class _Label(NamedTuple):
    label: str  # as declared
    codec: str | None  # Python codec name; None when the label is no charset


def _codec(label: str | None) -> _Label | None:
    """A declared charset label -> its codec (None inside when it is bogus)."""
    if not label or not label.strip().strip("\"'"):
        return None
    name = label.strip().strip("\"'").lower()
    if name in _GB_LABELS:
        return _Label(label, "gb18030")
    try:
        info = codecs.lookup(name)
    except LookupError:
        return _Label(label, None)
    # `_is_text_encoding` is how bytes.decode itself tells byte transforms
    # (zlib, base64) from text codecs; a missing attribute means a text codec.
    if not getattr(info, "_is_text_encoding", True) or info.name in _NOT_CHARSETS:
        return _Label(label, None)
    return _Label(label, info.name)


def meta_charset(body: bytes) -> str | None:
    """The charset a page declares in `<meta>` within its first 4 KB."""
    match = _META_CHARSET.search(body[:4096])
    return match.group(1).decode("ascii") if match else None


def decode_html(body: bytes, header_charset: str | None = None) -> Decoded:
    """Bytes of an HTML page -> text, by the rule in the module docstring.
    Never raises: a bogus declaration or undecodable bytes give a warning."""
    for bom, codec in _BOMS:
        if body.startswith(bom):
            return Decoded(body.decode(codec, errors="replace"), codec, "bom")
    header = _codec(header_charset)
    meta = _codec(meta_charset(body))
    bogus = [
        f"{where} declares charset={d.label!r}, which is not a character encoding"
        for where, d in (("the Content-Type header", header), ("the page's <meta>", meta))
        if d is not None and d.codec is None
    ]
    decoded = _decode(body, header.codec if header else None, meta.codec if meta else None)
    problems = [*bogus]
    if decoded.source == "fallback" and decoded.encoding == "utf-8":
        problems.append("its bytes are valid in no declared charset, UTF-8 or GB18030")
    if not problems:
        return decoded
    read_as = f"read as {decoded.encoding}"
    if decoded.source == "fallback" and decoded.encoding == "utf-8":
        read_as += " with U+FFFD for the invalid bytes"
    return decoded._replace(warning="; ".join(problems) + f"; {read_as}")


def _decode(body: bytes, header: str | None, meta: str | None) -> Decoded:
    try:
        return Decoded(body.decode("utf-8"), "utf-8", "utf-8")
    except UnicodeDecodeError:
        pass
    candidates: list[tuple[str | None, Literal["header", "meta"]]] = []
    if header not in _DEFAULT_CHARSETS:
        candidates.append((header, "header"))
    candidates.append((meta, "meta"))
    if header in _DEFAULT_CHARSETS:
        candidates.append((header, "header"))
    for declared, source in candidates:
        if declared is None or declared == "utf-8":
            continue  # UTF-8 already failed above
        try:
            return Decoded(body.decode(declared), declared, source)
        except (UnicodeError, LookupError):
            continue
    try:
        return Decoded(body.decode("gb18030"), "gb18030", "fallback")
    except UnicodeDecodeError:
        return Decoded(body.decode("utf-8", errors="replace"), "utf-8", "fallback")


def content_type(value: str | None) -> tuple[str | None, str | None]:
    """`text/html; charset=GBK` -> ("text/html", "GBK")."""
    if not value:
        return None, None
    mime, _, rest = value.partition(";")
    charset = None
    for param in rest.split(";"):
        key, _, val = param.partition("=")
        if key.strip().lower() == "charset" and val.strip():
            charset = val.strip().strip("\"'")
    return mime.strip().lower() or None, charset


def looks_like_html(body: bytes) -> bool:
    head = body[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<html" in head
