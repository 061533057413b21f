"""Lazy cursor pagination (``limit``/``starting_after``, stop on ``has_more: false``), sync and async.

Hand-written (not generator output), the same in every client. The endpoint
template adds ``sync_pages``/``sync_items``/``asyncio_pages``/``asyncio_items`` to every GET operation
whose spec declares both ``limit`` and ``starting_after`` query parameters; they call the operation's
plain ``sync``/``asyncio`` (so each page is retried and errors are typed) through the functions here.

The next cursor is the page's ``next_cursor`` when the server sends one, else the ``id`` of the page's
last item (what ``starting_after`` documents). A page that says ``has_more`` but would not move the
cursor forward raises instead of looping for ever.
"""

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from typing import Protocol, TypeVar

from .types import UNSET, Unset


class Identified(Protocol):
    @property
    def id(self) -> str: ...


ItemT = TypeVar("ItemT", bound=Identified, covariant=True)


class Page(Protocol[ItemT]):
    """What a list envelope model (``data``, ``has_more``, ``next_cursor``) looks like to the paginator."""

    @property
    def data(self) -> Sequence[ItemT]: ...

    @property
    def has_more(self) -> bool: ...

    @property
    def next_cursor(self) -> str | Unset | None: ...


PageT = TypeVar("PageT", bound=Page[Identified])
Item = TypeVar("Item", bound=Identified)


class PaginationError(RuntimeError):
    """The server said ``has_more`` but gave no way to ask for the next page."""


def next_cursor(page: Page[Identified], previous: str | Unset) -> str | None:
    """The ``starting_after`` of the page after ``page``, or None when ``page`` is the last one."""
    if not page.has_more:
        return None
    cursor = page.next_cursor
    if not isinstance(cursor, str) or not cursor:
        if not page.data:
            raise PaginationError("page says has_more but is empty and has no next_cursor")
        cursor = page.data[-1].id
    if cursor == previous:
        raise PaginationError(f"page says has_more but the cursor did not advance ({cursor!r})")
    return cursor


def iterate_pages(fetch: Callable[[str | Unset], PageT], starting_after: str | Unset = UNSET) -> Iterator[PageT]:
    """Pages in order, each fetched only when the previous one has been consumed."""
    cursor: str | Unset | None = starting_after
    while cursor is not None:
        page = fetch(cursor)
        yield page
        cursor = next_cursor(page, cursor)


async def aiterate_pages(
    fetch: Callable[[str | Unset], Awaitable[PageT]], starting_after: str | Unset = UNSET
) -> AsyncIterator[PageT]:
    """The async twin of :func:`iterate_pages`."""
    cursor: str | Unset | None = starting_after
    while cursor is not None:
        page = await fetch(cursor)
        yield page
        cursor = next_cursor(page, cursor)


def iterate_items(pages: Iterator[Page[Item]]) -> Iterator[Item]:
    """Every item of every page, in order."""
    for page in pages:
        yield from page.data


async def aiterate_items(pages: AsyncIterator[Page[Item]]) -> AsyncIterator[Item]:
    """The async twin of :func:`iterate_items`."""
    async for page in pages:
        for item in page.data:
            yield item
