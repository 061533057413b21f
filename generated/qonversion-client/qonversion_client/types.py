"""Contains some shared types for properties"""

from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

from attrs import define, fields


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus | int
    """ An HTTPStatus member, or the plain int for a code that is not registered (e.g. 499) """
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None
    retries: int = 0
    """ How many times the request was retried before this response """


def set_fields_repr(model: Any) -> str:
    """``Segment(id='vip', name='VIP')``: a model's repr with only the fields that are set (no ``UNSET``),
    and its additional properties when it has any."""
    shown = [
        f"{field.name}={getattr(model, field.name)!r}"
        for field in fields(type(model))
        if field.name != "additional_properties" and not isinstance(getattr(model, field.name), Unset)
    ]
    extra = getattr(model, "additional_properties", None)
    if extra:
        shown.append(f"additional_properties={extra!r}")
    return f"{type(model).__name__}({', '.join(shown)})"


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset", "set_fields_repr"]
