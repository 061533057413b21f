"""How this API writes values on the wire that JSON has no type for (copied into qonversion_client).

Qonversion v4 writes timestamps as ISO 8601 UTC with a ``Z`` and whole seconds
(``2023-11-07T05:31:56Z``); models serialise datetimes the same way, so a parsed response's
``to_dict()`` gives back exactly what the server sent.
"""

import datetime


def format_datetime(value: datetime.datetime) -> str:
    """``value`` as the API writes it; a naive datetime is refused (its instant is unknown)."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"datetime {value!r} has no time zone; use an aware datetime (e.g. tzinfo=datetime.UTC)")
    timespec = "microseconds" if value.microsecond else "seconds"
    return value.astimezone(datetime.UTC).isoformat(timespec=timespec).replace("+00:00", "Z")
