"""Text normalisation applied to every article before extraction.

The pipeline runs on the string returned here and stores it as ``Article.text``: every
evidence offset points into it, so it must be computed once and never changed afterwards.
``normalise_text`` is idempotent (normalising twice gives the same string).
"""

from __future__ import annotations

import re

__all__ = ["normalise_text", "LONG_LINE"]

# A block whose longest line is longer than this holds one paragraph per line (web scrapes,
# exports); a block of shorter lines is taken as hard-wrapped prose and its newlines are kept.
LONG_LINE = 100

_TRANSLATE = str.maketrans(
    {
        "\u2019": "'",  # right single quotation mark (curly apostrophe)
        "\u2018": "'",  # left single quotation mark
        "\u02bc": "'",  # modifier letter apostrophe
        "\u00a0": " ",  # no-break space
        "\u202f": " ",  # narrow no-break space (French typography: « x », 3 000)
        "\u2007": " ",  # figure space
        "\u2009": " ",  # thin space
        "\u200a": " ",  # hair space
        "\u2028": "\n",  # line separator
        "\u2029": "\n\n",  # paragraph separator
        "\u00ad": None,  # soft hyphen
        "\u200b": None,  # zero-width space
        "\ufeff": None,  # byte order mark / zero-width no-break space
    }
)
_TRAILING = re.compile(r"[ \t]+(?=\n|$)")
_BLANKS = re.compile(r"\n{3,}")


def normalise_text(text: str) -> str:
    """The normalised form of ``text``.

    * curly apostrophes ``’ ‘`` become ``'``; quotation marks « » “ ” are kept as they are;
    * no-break, narrow no-break and thin spaces become plain spaces; soft hyphens,
      zero-width spaces and BOMs are removed;
    * CRLF and lone CR become LF; trailing spaces and tabs are stripped from every line;
    * runs of three or more newlines become one blank line; the text is stripped at both ends;
    * in a block of lines of which at least one is longer than ``LONG_LINE`` characters
      (one paragraph per line), single newlines become blank lines, so that paragraphs are
      always separated by a blank line. Hard-wrapped prose (all lines short) is left alone.
    """
    if not text:
        return ""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.translate(_TRANSLATE)
    text = _TRAILING.sub("", text)
    text = _BLANKS.sub("\n\n", text)
    text = text.strip("\n").rstrip()
    blocks = text.split("\n\n")
    out = []
    for block in blocks:
        lines = block.split("\n")
        if len(lines) > 1 and max(len(line) for line in lines) > LONG_LINE:
            block = "\n\n".join(line for line in lines if line.strip())
        out.append(block)
    return "\n\n".join(out)
