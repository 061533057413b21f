"""Path safety: every path parameter of every endpoint goes through :func:`path_segment`.

Hand-written (not generator output), the same in every client.
The stock generator only calls ``quote(str(value), safe="")``, which still lets ``""``, ``"."`` and
``".."`` through: an empty segment changes the route (``/experiments//status``) and dot segments are
removed by URL normalisation (``/experiments/..`` becomes ``/``), so the request reaches another path.
"""

from urllib.parse import quote

_DOT_SEGMENTS = frozenset({".", ".."})


def path_segment(value: object) -> str:
    """Return ``value`` percent-encoded as exactly one path segment, or raise ``ValueError``.

    Every byte outside ``A-Z a-z 0-9 - . _ ~`` is percent-encoded (``/``, ``?``, ``#``, ``%`` and
    ``\\`` included), so the result can neither add segments nor start a query or fragment.
    """
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise ValueError(f"path parameter must be a str, not {type(value).__name__}")
    text = str(value)
    if text == "":
        raise ValueError("path parameter must not be empty")
    if text in _DOT_SEGMENTS:
        raise ValueError(f"path parameter must not be the dot segment {text!r}")
    try:
        return quote(text, safe="")
    except UnicodeEncodeError as exc:
        raise ValueError("path parameter is not valid Unicode text (lone surrogate)") from exc
