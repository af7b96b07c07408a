"""Decode plain-text minutes: UTF-8 first, then the Windows code page, never crashing on bytes."""

from __future__ import annotations

import codecs
import re

from ..errors import ExtractionError

BINARY_SAMPLE = 8192
MAX_CONTROL_SHARE = 0.02
FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(?P<fields>(?:[a-z_][\w-]*[ \t]*:.*\r?\n"
                          r"|[ \t]+.*\r?\n|[ \t]*\r?\n){1,40}?)---[ \t]*\r?\n")
"""A Markdown file's front matter: 'key: value' lines between two '---' lines at its top, its
keys in lower case as static-site generators write them (not a ruled-off 'Present: …')."""
READER_HEADER = re.compile(
    r"\A\ufeff?Title:[ \t]*(?P<title>.*)\r?\n(?:[ \t]*\r?\n)*URL Source:[ \t]*\S*[ \t]*\r?\n"
    r"(?:(?:[ \t]*|[A-Z][\w ]{0,30}:.*)\r?\n){0,8}?Markdown Content:[ \t]*\r?\n")
"""A page saved by a web-to-Markdown reader: 'Title: …', 'URL Source: …' (and 'Published
Time: …') over 'Markdown Content:', then the page."""
FIELD = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)[ \t]*:[ \t]*(?P<value>.*?)[ \t]*$", re.M)


def decode_text(data: bytes) -> str:
    """Return the text of a plain-text file, or raise ExtractionError if it is not text."""
    if not data.strip():
        raise ExtractionError("empty file", cause="EmptyFile")
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    _refuse_binary(data[:BINARY_SAMPLE])
    # cp1252 is what Word and older council sites write; latin-1 takes the five bytes it lacks.
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def _refuse_binary(sample: bytes) -> None:
    """Raise if the sample looks like binary data rather than text."""
    if b"\x00" in sample:
        raise ExtractionError("not a text file: it contains binary data", cause="BinaryContent")
    control = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    if control > MAX_CONTROL_SHARE * len(sample):
        raise ExtractionError("not a text file: it contains binary data", cause="BinaryContent")


def split_front_matter(text: str) -> tuple[str, str]:
    """Return a text file's front matter title and the text after the front matter.

    Static-site Markdown opens with fields ('title: …', 'published: 2016-04-19'); they describe
    the page, not the meeting, so only the title is kept (as a PDF's metadata title is) and
    the rest is no part of the minutes' text. So do a web reader's fields over a page saved as
    Markdown (READER_HEADER). A file without either has no title.
    """
    reader = READER_HEADER.match(text)
    if reader is not None:
        return reader["title"].strip(), text[reader.end():]
    match = FRONT_MATTER.match(text)
    if match is None:
        return "", text
    fields = {m.group("key").lower(): m.group("value") for m in FIELD.finditer(match["fields"])}
    return fields.get("title", "").strip("'\""), text[match.end():]
