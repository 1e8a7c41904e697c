"""Open a database (SQLite or PostgreSQL) with safe settings and hand out sessions.

SQLite: WAL, foreign keys, a busy timeout, file mode 0600, and every write session
starts with ``BEGIN IMMEDIATE`` so two writers queue instead of failing half-way.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.pool import QueuePool

from callhandler.errors import BadInput, DatabaseError, DatabaseLocked

DEFAULT_BUSY_TIMEOUT_MS = 5000
ENCRYPTED_CACHE_KIB = 16_384
# Plain SQLite files are read through a memory map (SQLite's mmap_size, a ceiling, not an
# allocation): a look-up's pages are read without a system call each (issue 18). SQLCipher
# never maps an encrypted file, so only the page cache helps there.
MMAP_BYTES = 1 << 30
TRIGRAM_THRESHOLD = 0.4
PREPARED_STATEMENTS = 512
SUPPORTED = "sqlite:///PATH or postgresql+psycopg://USER@HOST/DBNAME"


def parse_url(url: str) -> URL:
    """Validate a database URL; an unknown scheme is bad input with the accepted forms."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise BadInput(f"Cannot read the database URL {url!r}: use {SUPPORTED}.") from exc
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        if parsed.drivername not in ("sqlite", "sqlite+pysqlite"):
            raise BadInput(f"Unsupported SQLite driver {parsed.drivername!r}: use {SUPPORTED}.")
        return parsed
    if backend == "postgresql":
        if parsed.drivername in ("postgresql", "postgres", "postgresql+psycopg"):
            return parsed.set(drivername="postgresql+psycopg")
        raise BadInput(
            f"Unsupported PostgreSQL driver {parsed.drivername!r}: use postgresql+psycopg://."
        )
    raise BadInput(f"Unknown database scheme {parsed.drivername!r}: use {SUPPORTED}.")


def safe_url(url: URL | str) -> str:
    """The URL with any password hidden, for messages and logs."""
    return make_url(url).render_as_string(hide_password=True)


def _raw_key(key: str) -> str:
    """A 256-bit key as 64 hex digits (nothing else may reach the PRAGMA)."""
    text = key.strip().lower()
    if len(text) != 64 or any(c not in "0123456789abcdef" for c in text):
        raise BadInput("A cache key must be 64 hexadecimal digits (256 bits).")
    return text


def _prepare_sqlite_file(url: URL) -> None:
    """Create the database file with mode 0600 before SQLite does (it would use the umask)."""
    database = url.database
    if not database or database == ":memory:" or database.startswith("file:"):
        return
    path = Path(database)
    if not path.parent.exists():
        raise DatabaseError(
            f"The folder {path.parent} for the database does not exist: create it or choose "
            "another path with --db."
        )
    if path.exists():
        if path.is_dir():
            raise DatabaseError(f"{path} is a folder, not a database file: choose a file path.")
        return
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        return
    except OSError as exc:
        raise DatabaseError(
            f"Cannot create the database file {path}: {exc.strerror}. Check the folder's "
            "permissions and free space."
        ) from exc
    os.close(fd)


class Database:
    """One database: its engine and the sessions the services use.

    Thread rules: the object is shared; each ``read()``/``write()`` gives a new session
    that belongs to the calling thread until the ``with`` block ends.
    """

    def __init__(
        self,
        url: str,
        *,
        busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
        cipher_key: str | None = None,
    ) -> None:
        """``cipher_key`` (64 hex digits) opens an SQLite file encrypted with SQLCipher."""
        self.url = parse_url(url)
        self.backend = self.url.get_backend_name()
        self.busy_timeout_ms = busy_timeout_ms
        self.encrypted = cipher_key is not None
        if cipher_key is not None and self.backend != "sqlite":
            raise BadInput("Only an SQLite file can be encrypted with a cache key.")
        if self.backend == "sqlite":
            _prepare_sqlite_file(self.url)
            # A look-up's statements differ by the length of their IN lists: keep more
            # of them prepared than the driver's default 128 (history_raw).
            connect_args: dict[str, Any] = {
                "timeout": busy_timeout_ms / 1000,
                "cached_statements": PREPARED_STATEMENTS,
            }
            engine_url = self.url
            pool_args: dict[str, Any] = {}
            if cipher_key is not None:
                # SQLAlchemy's pysqlcipher dialect (sqlcipher3) runs ``PRAGMA key`` first on
                # every connection; "x'…'" is SQLCipher's raw-key form (no slow passphrase
                # derivation). Pooled like plain SQLite files, not one connection a thread.
                engine_url = self.url.set(
                    drivername="sqlite+pysqlcipher", password=f"x'{_raw_key(cipher_key)}'"
                )
                connect_args["check_same_thread"] = False
                pool_args["poolclass"] = QueuePool
            self.engine = create_engine(engine_url, connect_args=connect_args, **pool_args)
            self._install_sqlite_hooks(self.engine)
        else:
            self.engine = create_engine(self.url, pool_pre_ping=True)
            self._install_postgres_hooks(self.engine)
        self._write_engine: Engine = self.engine.execution_options(sqlite_begin="IMMEDIATE")

    @property
    def is_sqlite(self) -> bool:
        return self.backend == "sqlite"

    @property
    def sqlite_path(self) -> Path | None:
        if self.is_sqlite and self.url.database and self.url.database != ":memory:":
            return Path(self.url.database)
        return None

    def describe(self) -> str:
        return safe_url(self.url)

    @staticmethod
    def _install_postgres_hooks(engine: Engine) -> None:
        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn: Any, _record: Any) -> None:
            # Fuzzy address candidates (pg_trgm's % operator) from a trigram similarity of
            # 0.4, not 0.3: a third of the time on 100,000 incidents and the same matches
            # (rapidfuzz keeps only scores of 80 and above). Committed: SET is transactional.
            dbapi_conn.execute(f"SET pg_trgm.similarity_threshold = {TRIGRAM_THRESHOLD}")
            dbapi_conn.commit()

    def _install_sqlite_hooks(self, engine: Engine) -> None:
        timeout = self.busy_timeout_ms
        encrypted = self.encrypted

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
            # (For an encrypted file the dialect has already given the key.)
            # We issue BEGIN ourselves (below); pysqlite's implicit BEGIN would be DEFERRED.
            dbapi_conn.isolation_level = None
            cursor = dbapi_conn.cursor()
            if encrypted:  # a wrong key is reported by our message, not SQLCipher's log
                cursor.execute("PRAGMA cipher_log_level = NONE")
                # Every page read from disk is decrypted: keeping 16 MB of decrypted pages
                # per connection halves fuzzy look-ups on a 100,000-incident cache.
                cursor.execute(f"PRAGMA cache_size = -{ENCRYPTED_CACHE_KIB}")
            else:
                cursor.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
            cursor.execute(f"PRAGMA busy_timeout = {int(timeout)}")
            cursor.execute("PRAGMA foreign_keys = ON")
            mode = cursor.execute("PRAGMA journal_mode = WAL").fetchone()
            if mode and str(mode[0]).lower() not in ("wal", "memory"):
                cursor.close()
                raise sqlite3.OperationalError(f"could not switch to WAL (got {mode[0]})")
            cursor.execute("PRAGMA synchronous = NORMAL")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _on_begin(conn: Any) -> None:
            mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
            conn.exec_driver_sql(f"BEGIN {mode}")

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """A session for looking things up; rolled back at the end."""
        with translate_errors(self), Session(self.engine, expire_on_commit=False) as session:
            try:
                yield session
            finally:
                session.rollback()

    @contextlib.contextmanager
    def read_connection(self) -> Iterator[Connection]:
        """A plain connection for hot read paths (no ORM session overhead); rolled back."""
        with translate_errors(self), self.engine.connect() as conn:
            try:
                yield conn
            finally:
                conn.rollback()

    @contextlib.contextmanager
    def driver_transaction(self, *, write: bool) -> Iterator[Any]:
        """The driver's own connection (sqlite3 or psycopg) in one transaction, for hot
        paths (a look-up and its audit) that SQLAlchemy's machinery would slow down.
        ``write``: SQLite ``BEGIN IMMEDIATE`` and a commit at the end of the block (a
        rollback on any error); otherwise a snapshot for reading, rolled back."""
        with translate_errors(self):
            pooled = self.engine.raw_connection()
            try:
                driver = pooled.driver_connection
                assert driver is not None  # a checked-out connection always has one
                if self.is_sqlite:
                    driver.execute("BEGIN IMMEDIATE" if write else "BEGIN")
                yield driver
                if write:
                    pooled.commit()
                else:
                    pooled.rollback()
            except BaseException:
                pooled.rollback()
                raise
            finally:
                pooled.close()  # back to the pool

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """A session that commits at the end of the block, or rolls back on any error."""
        with translate_errors(self), Session(self._write_engine, expire_on_commit=False) as s:
            try:
                yield s
                s.commit()
            except BaseException:
                s.rollback()
                raise

    def dispose(self) -> None:
        self.engine.dispose()


@contextlib.contextmanager
def translate_errors(db: Database) -> Iterator[None]:
    """Turn driver errors about the file or server into messages a user can act on."""
    driver_error: Any = getattr(db.engine.dialect, "loaded_dbapi", None)
    driver_errors = (driver_error.Error,) if driver_error is not None else ()
    try:
        yield
    except (OperationalError, DBAPIError) as exc:
        raise describe_db_failure(db, exc) from exc
    except driver_errors as exc:  # raised on a driver cursor (the look-up's hot path)
        raise describe_db_failure(db, exc) from exc


def describe_db_failure(db: Database, exc: Exception) -> DatabaseError:
    text = str(getattr(exc, "orig", exc)).lower()
    where = str(db.sqlite_path) if db.sqlite_path else db.describe()
    if "locked" in text or "busy" in text:
        return DatabaseLocked(
            f"The database {where} is locked by another program. Nothing was saved by this "
            "action and nothing saved before is lost; close the other program or try again."
        )
    if "readonly" in text or "read-only" in text:
        return DatabaseError(
            f"The database {where} is read-only: nothing can be saved. Check the file's "
            "permissions (it should be writable by you) and try again."
        )
    if "disk is full" in text or "disk full" in text or "no space" in text:
        return DatabaseError(
            f"The disk holding {where} is full: this action was not saved; everything saved "
            "before is intact. Free some space and try again."
        )
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return DatabaseError(
            f"The file {where} is not a readable callhandler database (damaged or another "
            "kind of file). It was not changed. Restore it from a backup or move it aside "
            "to start a new one."
        )
    if "unable to open" in text:
        return DatabaseError(
            f"Cannot open the database {where}: check that the folder exists and is writable."
        )
    if "connection" in text or "could not connect" in text or "server" in text:
        return DatabaseError(
            f"Cannot reach the database server {where}: {str(getattr(exc, 'orig', exc)).strip()}"
        )
    return DatabaseError(f"Database error on {where}: {str(getattr(exc, 'orig', exc)).strip()}")
