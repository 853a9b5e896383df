"""Share of words that look garbled: flags bad scans and broken font encodings for review."""

from __future__ import annotations

import re

_WORD = re.compile(r"\S+")
_VOWELS = set("aeiouyàâäéèêëîïôöùûüÿœæAEIOUYÀÂÄÉÈÊËÎÏÔÖÙÛÜŸŒÆ")
_OK_PUNCT = set(".,;:!?'\"()[]«»-–—/%€°&+*=§…•|")


_SAMPLE_WINDOWS = 40
_WINDOW = 5_000


def garbled_ratio(text: str) -> float:
    """Garbled words / words. Garbled: a replacement character, several junk symbols mixed with
    letters, or 5+ lower-case letters without a vowel (acronyms in capitals are not garbled).

    A long text is estimated on evenly spaced windows (200 000 characters in all): a ratio does not
    need every word, and a 400-page annex must not cost seconds here."""
    if len(text) <= _SAMPLE_WINDOWS * _WINDOW:
        return _ratio(text)
    step = len(text) // _SAMPLE_WINDOWS
    sample = " ".join(text[i * step:i * step + _WINDOW] for i in range(_SAMPLE_WINDOWS))
    return _ratio(sample)


def _ratio(text: str) -> float:
    words = 0
    bad = 0
    for m in _WORD.finditer(text):
        w = m.group(0)
        letters = [c for c in w if c.isalpha()]
        if not letters and "\ufffd" not in w:
            continue
        words += 1
        if "\ufffd" in w:
            bad += 1
            continue
        junk = sum(1 for c in w if not c.isalnum() and c not in _OK_PUNCT)
        if junk >= 2 or (junk == 1 and len(w) <= 3):
            bad += 1
            continue
        core = "".join(letters)
        if len(core) >= 5 and not core.isupper() and not any(c in _VOWELS for c in core):
            bad += 1
    return round(bad / words, 4) if words else 0.0
