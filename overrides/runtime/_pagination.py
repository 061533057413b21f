"""Lazy cursor pagination (``limit``/``starting_after``, stop on ``has_more: false``), sync and async.

Hand-written (not generator output), the same in every client. The endpoint
template adds ``sync_pages``/``sync_items``/``asyncio_pages``/``asyncio_items`` to every GET operation
whose spec declares both ``limit`` and ``starting_after`` query parameters; they call the operation's
plain ``sync``/``asyncio`` (so each page is retried and errors are typed) through the functions here.

The next cursor is the page's ``next_cursor`` when the server sends one, else the ``id`` of the page's
last item (what ``starting_after`` documents). A page that says ``has_more`` but would not move the
cursor forward raises instead of looping for ever.

The resource layer's ``list`` methods return :class:`SyncPage` / :class:`AsyncPage` (``.data``,
``.has_more``, ``.next_page()``; iterating one walks every item of it and of the pages after it). A page
whose next cursor repeats *any* earlier cursor of the walk raises :class:`PaginationError`.
"""

from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator, Sequence
from typing import Any, Generic, Protocol, TypeVar

from .errors import APIError
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


class PaginationError(APIError):
    """The server said ``has_more`` but gave no way to ask for the next page (or one already asked for)."""

    def __init__(self, message: str, *, path: str = "") -> None:
        super().__init__(message, method="GET", path=path)


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


def _unseen(cursor: str | None, seen: set[str]) -> str | None:
    """``cursor``, remembered; one this walk already used (a server cycling a -> b -> a) raises."""
    if cursor is not None:
        if cursor in seen:
            raise PaginationError(f"page says has_more but its cursor {cursor!r} was already used in this walk")
        seen.add(cursor)
    return cursor


def iterate_pages(fetch: Callable[[str | Unset], PageT], starting_after: str | Unset = UNSET) -> Iterator[PageT]:
    """Pages in order, each fetched only when the previous one has been consumed."""
    cursor: str | Unset | None = starting_after
    seen: set[str] = set()
    while cursor is not None:
        page = fetch(cursor)
        yield page
        cursor = _unseen(next_cursor(page, cursor), seen)


async def aiterate_pages(
    fetch: Callable[[str | Unset], Awaitable[PageT]], starting_after: str | Unset = UNSET
) -> AsyncIterator[PageT]:
    """The async twin of :func:`iterate_pages`."""
    cursor: str | Unset | None = starting_after
    seen: set[str] = set()
    while cursor is not None:
        page = await fetch(cursor)
        yield page
        cursor = _unseen(next_cursor(page, cursor), seen)


def iterate_items(pages: Iterator[Page[Item]]) -> Iterator[Item]:
    """Every item of every page, in order."""
    for page in pages:
        yield from page.data


async def aiterate_items(pages: AsyncIterator[Page[Item]]) -> AsyncIterator[Item]:
    """The async twin of :func:`iterate_items`."""
    async for page in pages:
        for item in page.data:
            yield item


T = TypeVar("T")
Fetch = Callable[[str | Unset], Any]
"""Fetch the envelope whose ``starting_after`` is the argument (UNSET: the first page)."""


def _following(envelope: Any, cursor: str | Unset, seen: frozenset[str], cursors: bool) -> str | None:
    """The cursor of the page after ``envelope``, None at the end; refuses a cursor seen before in this walk."""
    if not envelope.has_more:
        return None
    if not cursors:
        raise PaginationError("page says has_more but this list takes no cursor (starting_after)")
    following = getattr(envelope, "next_cursor", None)
    if not isinstance(following, str) or not following:
        last = envelope.data[-1] if envelope.data else None
        following = getattr(last, "id", None)
        if not isinstance(following, str) or not following:
            raise PaginationError("page says has_more but gives no next_cursor and its last item no id")
    if following == cursor or following in seen:
        raise PaginationError(f"page says has_more but its cursor {following!r} was already used in this walk")
    return following


class SyncPage(Generic[T]):
    """One page of a list: ``.data``, ``.has_more``, ``.next_page()``; ``for item in page`` walks this page
    and every page after it, each fetched only when the previous one is used up."""

    __slots__ = ("_cursor", "_cursors", "_fetch", "_seen", "envelope")

    def __init__(self, envelope: Any, fetch: Fetch, cursor: str | Unset, seen: frozenset[str], cursors: bool) -> None:
        self.envelope = envelope
        """The parsed list envelope (e.g. ``SegmentList``: ``url``, ``next_cursor``...)."""
        self._fetch, self._cursor, self._seen, self._cursors = fetch, cursor, seen, cursors

    @classmethod
    def first(cls, fetch: Fetch, starting_after: str | Unset, *, cursors: bool) -> "SyncPage[T]":
        return cls(fetch(starting_after), fetch, starting_after, frozenset(), cursors)

    @property
    def data(self) -> list[T]:
        return list(self.envelope.data)

    @property
    def has_more(self) -> bool:
        return bool(self.envelope.has_more)

    def next_page(self) -> "SyncPage[T] | None":
        """The page after this one (fetched now), or None when this is the last."""
        following = _following(self.envelope, self._cursor, self._seen, self._cursors)
        if following is None:
            return None
        seen = self._seen | {self._cursor} if isinstance(self._cursor, str) else self._seen
        return type(self)(self._fetch(following), self._fetch, following, seen, self._cursors)

    def __iter__(self) -> Iterator[T]:
        page: SyncPage[T] | None = self
        while page is not None:
            yield from page.envelope.data
            page = page.next_page()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(data=<{len(self.envelope.data)} items>, has_more={self.has_more})"


class AsyncPage(Generic[T]):
    """The async twin of :class:`SyncPage`: ``await page.next_page()``, ``async for item in page``."""

    __slots__ = ("_cursor", "_cursors", "_fetch", "_seen", "envelope")

    def __init__(self, envelope: Any, fetch: Fetch, cursor: str | Unset, seen: frozenset[str], cursors: bool) -> None:
        self.envelope = envelope
        self._fetch, self._cursor, self._seen, self._cursors = fetch, cursor, seen, cursors

    @property
    def data(self) -> list[T]:
        return list(self.envelope.data)

    @property
    def has_more(self) -> bool:
        return bool(self.envelope.has_more)

    async def next_page(self) -> "AsyncPage[T] | None":
        following = _following(self.envelope, self._cursor, self._seen, self._cursors)
        if following is None:
            return None
        seen = self._seen | {self._cursor} if isinstance(self._cursor, str) else self._seen
        return type(self)(await self._fetch(following), self._fetch, following, seen, self._cursors)

    async def __aiter__(self) -> AsyncIterator[T]:
        page: AsyncPage[T] | None = self
        while page is not None:
            for item in page.envelope.data:
                yield item
            page = await page.next_page()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(data=<{len(self.envelope.data)} items>, has_more={self.has_more})"


class AsyncPager(Generic[T]):
    """What an async ``list`` returns: ``await`` it for the first :class:`AsyncPage`, or ``async for`` over
    it for every item of every page (nothing is sent until then)."""

    __slots__ = ("_cursors", "_fetch", "_starting_after")

    def __init__(self, fetch: Fetch, starting_after: str | Unset, *, cursors: bool) -> None:
        self._fetch, self._starting_after, self._cursors = fetch, starting_after, cursors

    async def _first(self) -> AsyncPage[T]:
        envelope = await self._fetch(self._starting_after)
        return AsyncPage(envelope, self._fetch, self._starting_after, frozenset(), self._cursors)

    def __await__(self) -> Generator[Any, None, AsyncPage[T]]:
        return self._first().__await__()

    async def __aiter__(self) -> AsyncIterator[T]:
        async for item in await self._first():
            yield item
