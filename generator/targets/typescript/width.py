"""Columns as prettier counts them (its getStringWidth), for the layouts written without it.

prettier counts East Asian wide and fullwidth characters and emoji as two columns, combining and
zero-width marks and control characters as none, the rest as one. Python's `unicodedata` gives
the same answer for every character outside `unsure`; tests/typescript/test_ts_target.py checks
that against the pinned prettier, code point by code point. The unsure ones (unassigned in
Python's Unicode version, invisible, parts of emoji sequences, symbols whose emoji or wide status
varies between Unicode versions) are written as escapes in string literals (`naming.string`),
so no line of code holds one, and a line that still does goes through prettier itself.
"""

from __future__ import annotations

import unicodedata

# Characters that join others into one emoji: variation selectors, skin tones, regional
# indicators (flags), the keycap mark. prettier measures the whole sequence.
_SEQUENCE_PARTS = (
    (0xFE00, 0xFE0F),
    (0x1F3FB, 0x1F3FF),
    (0x1F1E6, 0x1F1FF),
    (0x20E3, 0x20E3),
)
# A nonspacing mark in Python 3.11's Unicode 14 that prettier's newer tables give a column.
_RECLASSIFIED = frozenset({0x1171E})


def unsure(char: str) -> bool:
    """Whether Python's Unicode data may measure `char` other than prettier does."""
    code = ord(char)
    if 0x20 <= code < 0x7F:
        return False
    category = unicodedata.category(char)
    if category[0] == "C" or category in ("Zl", "Zp") or code in _RECLASSIFIED:
        return True  # controls, format characters (zero-width joiner), unassigned, private use
    if any(low <= code <= high for low, high in _SEQUENCE_PARTS):
        return True
    # Symbols beyond Latin-1 that are not wide here: prettier may count them as emoji (two).
    return category in ("So", "No", "Sk") and code > 0xFF and unicodedata.east_asian_width(char) not in "WF"


def str_width(text: str) -> int:
    """The columns prettier gives `text` (exact for every character that is not `unsure`)."""
    if all(" " <= char <= "\x7f" for char in text):
        return len(text)  # prettier's own shortcut, which counts DEL as well
    width = 0
    for char in text:
        code = ord(char)
        if code <= 0x1F or 0x7F <= code <= 0x9F:
            continue
        if unicodedata.category(char) in ("Mn", "Me") and code not in _RECLASSIFIED:
            continue
        width += 2 if unicodedata.east_asian_width(char) in "WF" else 1
    return width
