"""The demo database: accounts for each role and synthetic history, made on first use."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from callhandler.progress import NoProgress, Progress
from callhandler.services import accounts
from callhandler.services.context import system_actor
from callhandler.storage.engine import Database
from callhandler.storage.models import Incident, User

DEMO_INCIDENTS = 20_000
DEMO_SEED = 2014


@dataclass(frozen=True)
class DemoAccount:
    username: str
    password: str
    display_name: str
    role: str


DEMO_ACCOUNTS = (
    DemoAccount("handler", "handler-demo", "Sam Handler (demo)", "handler"),
    DemoAccount("handler2", "handler2-demo", "Alex Second (demo)", "handler"),
    DemoAccount("inspector", "inspector-demo", "Insp. Jo Inspector (demo)", "inspector"),
    DemoAccount("admin", "admin-demo", "Admin (demo)", "admin"),
)


def ensure_demo(
    db: Database, *, incidents: int = DEMO_INCIDENTS, progress: Progress | None = None
) -> bool:
    """Create the demo accounts and history if the database has none; True if it did."""
    from callhandler.seeding import seed  # seeding pulls in faker: only when needed

    with db.read() as session:
        users = session.execute(select(func.count()).select_from(User)).scalar_one()
        history = session.execute(select(func.count()).select_from(Incident)).scalar_one()
    created = False
    if users == 0:
        actor = system_actor("demo")
        for account in DEMO_ACCOUNTS:
            accounts.create_user(
                db, actor, account.username, account.display_name, account.role, account.password
            )
        created = True
    if history == 0:
        seed(db, incidents, seed=DEMO_SEED, progress=progress or NoProgress())
        created = True
    return created


def describe_accounts() -> str:
    lines = ["Demo accounts (synthetic data only):"]
    for a in DEMO_ACCOUNTS:
        lines.append(f"  {a.role:<10} username {a.username:<10} password {a.password}")
    return "\n".join(lines)
