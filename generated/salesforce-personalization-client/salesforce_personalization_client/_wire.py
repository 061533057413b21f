"""How this API writes values on the wire that JSON has no type for (copied into
salesforce_personalization_client).

Salesforce REST writes dateTime values as ISO 8601 UTC with milliseconds and a ``Z``
(``2025-04-01T14:23:03.000Z``); models serialise datetimes the same way, so a parsed response's
``to_dict()`` gives back exactly what the server sent.
"""

import datetime


def format_datetime(value: datetime.datetime) -> str:
    """``value`` as the API writes it; a naive datetime is refused (its instant is unknown)."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"datetime {value!r} has no time zone; use an aware datetime (e.g. tzinfo=datetime.UTC)")
    return value.astimezone(datetime.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
