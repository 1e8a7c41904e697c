"""The witness file is kept open between checkpoints (a look-up a keystroke appends one),
yet every checkpoint still lands in the file ``audit verify`` reads: one removed, moved
aside or replaced is opened afresh, and a workstation that has used many data folders does
not hold a file open for each."""

from __future__ import annotations

import json
import os
from pathlib import Path

from sqlalchemy import text
from test_audit_chain import WITNESS, tampering, write_events

from callhandler.paths import AppPaths
from callhandler.services import audit, audit_witness
from callhandler.services.audit_key import AuditKey
from callhandler.storage.engine import Database


def seqs(path: Path) -> list[int]:
    return [json.loads(line)["seq"] for line in path.read_text().splitlines()]


def test_a_removed_witness_is_written_again_and_a_later_cut_is_still_reported(
    db: Database, private_folders: Path
) -> None:
    write_events(db, 3)
    (private_folders / WITNESS).unlink()  # removed while this process holds it open
    write_events(db, 3)
    assert seqs(private_folders / WITNESS) == [4, 5, 6]
    with tampering(db) as conn:
        conn.execute(text("DELETE FROM audit_events WHERE seq > 4"))
    result = audit.verify(db)
    assert not result.ok and result.first_broken_seq == 5


def test_a_witness_moved_aside_or_replaced_gets_the_next_checkpoints(
    db: Database, private_folders: Path
) -> None:
    write_events(db, 2)
    witness = private_folders / WITNESS
    witness.rename(private_folders / "old-witness.jsonl")
    write_events(db, 1)
    assert seqs(witness) == [3]
    assert seqs(private_folders / "old-witness.jsonl") == [1, 2]
    kept = witness.read_text()
    replacement = private_folders / "replacement.jsonl"
    replacement.write_text(kept)
    os.replace(replacement, witness)  # same name, another file
    write_events(db, 1)
    assert seqs(witness) == [3, 4]


def test_many_data_folders_do_not_each_keep_a_file_open(tmp_path: Path) -> None:
    key = AuditKey(b"k" * 32, "test")
    audit_witness.close_all()
    before = len(os.listdir("/proc/self/fd"))
    for n in range(20):
        paths = AppPaths(
            data_dir=tmp_path / f"d{n}", config_dir=tmp_path / f"c{n}", log_dir=tmp_path / f"l{n}"
        )
        head = audit_witness.Head(1, 1, "h" * 64, 0)
        audit_witness.append(paths, key, f"sqlite:/x{n}", head, "write")
        assert seqs(tmp_path / f"d{n}" / WITNESS) == [1]
    assert len(os.listdir("/proc/self/fd")) - before <= 4
    audit_witness.close_all()
    assert len(os.listdir("/proc/self/fd")) == before
