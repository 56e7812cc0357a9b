"""The CalDAV calendar collection a timeline is published to, through the ``caldav`` package.

``caldav`` (python-caldav, maintained since 2010 and tested against some twenty servers)
builds and reads the WebDAV XML, negotiates Basic or Digest authentication and keeps one
connection open; kztimeline only says which requests to make. It is the optional extra
``kztimeline[publish]`` (it brings niquests and lxml), loaded when a timeline is published and
never by ``load``, ``list`` or ``validate``.

Every failure becomes one :class:`~kztimeline.errors.PublishError` naming the server (never
its credentials), the object and what to do.
"""

from __future__ import annotations

import getpass
import netrc
import os
import sys
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, urljoin, urlsplit, urlunsplit

from kztimeline.errors import PublishError
from kztimeline.publishing.plan import Stored, value_of

if TYPE_CHECKING:
    from caldav.davclient import DAVClient
    from caldav.elements.base import BaseElement

__all__ = ("Calendar", "credentials", "server_name")


def _nest(parent: BaseElement, *children: BaseElement) -> BaseElement:
    """A WebDAV XML element of caldav's holding ``children`` (its elements nest with +)."""
    return parent + list(children)


def server_name(url: str) -> str:
    """``scheme://host:port`` of ``url``, without a user name or password in it."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    return f"{parts.scheme}://{host}" + (f":{parts.port}" if parts.port else "")


def credentials(
    url: str, user: str | None, password_env: str | None, *, ask: bool = True
) -> tuple[str | None, str | None]:
    """The user name and password for ``url``: the password from the variable
    ``password_env``, else from ``~/.netrc`` (which may give the user too), else asked for
    on a terminal; (None, None) when there is none to be had. Never printed or written."""
    if password_env is not None:
        if password_env not in os.environ:
            raise PublishError(
                f"--password-env {password_env}: no such environment variable; "
                f"set it to the password of {server_name(url)}"
            )
        return user, os.environ[password_env]
    host = urlsplit(url).hostname or ""
    try:
        found = netrc.netrc().authenticators(host)
    except OSError:
        found = None  # no ~/.netrc: ask instead
    except netrc.NetrcParseError as err:
        raise PublishError(f"~/.netrc cannot be read: {err.msg} on line {err.lineno}") from err
    if found is not None and (user is None or found[0] == user):
        return found[0] or user, found[2]
    if user is not None and ask and sys.stdin.isatty():
        return user, getpass.getpass(f"password of {user} at {server_name(url)}: ")
    return user, None


class Calendar:
    """One calendar collection on a CalDAV server."""

    def __init__(
        self, url: str, user: str | None, password: str | None, *, timeout: float = 30
    ) -> None:
        try:
            # The CalDAV client (an optional extra) loads only when a timeline is published.
            from caldav.davclient import DAVClient
        except ImportError as err:
            raise PublishError.needs_extra() from err
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise PublishError(
                f"{url!r} is not the URL of a calendar; give one such as "
                "https://cloud.example.org/remote.php/dav/calendars/anna/team/"
            )
        self.url = url if url.endswith("/") else url + "/"
        self.server = server_name(url)
        # A user and password in the URL itself are taken out of it, so no message shows them.
        user = user or parts.username
        password = password or parts.password
        self.url = urlunsplit(parts._replace(netloc=parts.netloc.rpartition("@")[2]))
        self.url += "" if self.url.endswith("/") else "/"
        self.client: DAVClient = DAVClient(
            url=self.url,
            username=user,
            password=password,
            timeout=int(timeout),
            enable_rfc6764=False,
        )

    def __enter__(self) -> Calendar:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.client.close()  # the connection kept open between requests

    def href_of(self, uid: str) -> str:
        """The URL of a new object: ``<uid>.ics`` in the collection."""
        return urljoin(self.url, quote(uid, safe="@") + ".ics")

    def _send(self, method: str, url: str, subject: str, body: str = "", **headers: str) -> Any:
        """Make one request; a failure to reach the server or to log in is a PublishError."""
        # The CalDAV client (an optional extra) loads only when a timeline is published.
        from caldav.lib.error import AuthorizationError
        from niquests.exceptions import RequestException, Timeout

        try:
            return self.client.request(url, method, body, headers)
        except AuthorizationError as err:
            if err.status == 403:
                self._check(403, subject, url)
            if self.client.password is None:
                raise PublishError(
                    f"{self.server} asks for a password ({subject}); give --user and "
                    "--password-env VAR, a line for the server in ~/.netrc, or run on a terminal"
                ) from err
            raise PublishError(
                f"{self.server} refused the user name or password ({subject}, HTTP 401); "
                "check --user and the password given by --password-env, ~/.netrc or the prompt"
            ) from err
        except Timeout as err:
            raise PublishError(
                f"{self.server} did not answer in time ({subject}); try again later"
            ) from err
        except RequestException as err:
            raise PublishError(
                f"cannot reach {self.server} ({subject}): {_reason(err)}; check the URL "
                "and that the server is running"
            ) from err

    def exists(self) -> bool:
        """Whether the collection is there (PROPFIND), checking the credentials on the way."""
        # The CalDAV client (an optional extra) loads only when a timeline is published.
        from caldav.elements import cdav, dav

        body = str(_nest(dav.Propfind(), _nest(dav.Prop(), dav.ResourceType())))
        response = self._send("PROPFIND", self.url, "reading the calendar", body, Depth="0")
        if response.status == 404:
            return False
        self._check(response.status, "reading the calendar", self.url)
        # Some servers (xandikos) answer 207 with a 404 inside for a collection not there.
        kinds = [
            found.properties[dav.ResourceType.tag]
            for found in response.parse_propfind()
            if found.status < 300 and dav.ResourceType.tag in found.properties
        ]
        if not kinds:
            return False
        if all(cdav.Calendar.tag not in kind for kind in kinds):
            raise PublishError(
                f"{urlsplit(self.url).path} on {self.server} is not a calendar; give the URL "
                "of a calendar collection, or of one to be created"
            )
        return True

    def create(self, title: str, description: str | None) -> None:
        """Make the collection (MKCALENDAR) with the timeline's title and description."""
        # The CalDAV client (an optional extra) loads only when a timeline is published.
        from caldav.elements import cdav, dav

        names: list[BaseElement] = [dav.DisplayName(title)]
        if description:
            names.append(cdav.CalendarDescription(description))
        body = str(_nest(cdav.Mkcalendar(), _nest(dav.Set(), _nest(dav.Prop(), *names))))
        response = self._send("MKCALENDAR", self.url, "creating the calendar", body)
        self._check(response.status, "creating the calendar", self.url)

    def objects(self) -> dict[str, Stored]:
        """Every event object of the collection, by the UID of its first VEVENT."""
        # The CalDAV client (an optional extra) loads only when a timeline is published.
        from caldav.elements import cdav, dav

        events = _nest(cdav.CompFilter("VCALENDAR"), cdav.CompFilter("VEVENT"))
        query = _nest(
            cdav.CalendarQuery(),
            _nest(dav.Prop(), dav.GetEtag(), cdav.CalendarData()),
            _nest(cdav.Filter(), events),
        )
        response = self._send("REPORT", self.url, "reading the calendar", str(query), Depth="1")
        self._check(response.status, "reading the calendar", self.url)
        stored = {}
        for found in response.parse_calendar_query():
            uid = value_of(found.calendar_data or "", "UID")
            if uid is not None and found.status < 300:
                text = found.calendar_data or ""
                stored[uid] = Stored(urljoin(self.url, found.href), found.etag, text)
        return stored

    def put(self, href: str, uid: str, text: str, etag: str | None) -> None:
        """PUT one object: If-Match its ETag, or If-None-Match: * for a new one."""
        condition = {"If-Match": etag} if etag else {"If-None-Match": "*"}
        headers = {"Content-Type": "text/calendar; charset=utf-8", **condition}
        response = self._send("PUT", href, f"object {uid}", text, **headers)
        self._check(response.status, f"object {uid}", href)

    def delete(self, href: str, uid: str, etag: str | None) -> None:
        """DELETE one object, If-Match its ETag."""
        headers = {"If-Match": etag} if etag else {}
        response = self._send("DELETE", href, f"object {uid}", **headers)
        self._check(response.status, f"object {uid}", href)

    def _check(self, status: int, subject: str, url: str) -> None:
        if status < 300:
            return
        path = urlsplit(url).path
        if status == 404:
            problem = f"there is no {path} on {self.server}; check the calendar's URL"
        elif status == 412:
            problem = (
                f"{path} changed on the server while publishing ({subject}, HTTP 412); "
                "publish again"
            )
        elif status == 409:
            parent = path.rstrip("/").rsplit("/", 1)[0] + "/"
            problem = (
                f"{self.server} has no folder {parent} to hold {path} ({subject}, HTTP 409); "
                "check the calendar's URL, or create that folder with the server's own tools"
            )
        elif status == 507:
            problem = f"{self.server} has no room left for {subject} (HTTP 507); free some space"
        elif status in (401, 403):
            problem = (
                f"{self.server} does not let this user write {path} ({subject}, HTTP "
                f"{status}); check --user and the calendar's sharing"
            )
        else:
            problem = (
                f"{self.server} refused {subject} at {path} (HTTP {status}); the server's "
                "log says why"
            )
        raise PublishError(problem)


def _reason(err: BaseException) -> str:
    """Why a connection failed, in the system's words (``connection refused``, ``name or
    service not known``): those of the deepest system error in the chain, else the name."""
    reason = type(err).__name__
    seen: BaseException | None = err
    while seen is not None:
        if type(seen).__module__ in ("builtins", "socket") and isinstance(seen, OSError):
            words = seen.strerror or (str(seen.args[0]) if seen.args else "")
            reason = words.split(":")[0].strip().lower() or reason
        seen = seen.__cause__ or seen.__context__
    return reason
