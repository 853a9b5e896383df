"""A reviewer in a separate process: appends decisions to a real store and prints each one committed.

Usage: python store_writer.py DB REVIEWER COUNT   (COUNT 0 = until killed)
Prints "commit <i> <decision id>" after each decision returned (i.e. after COMMIT).
"""

from __future__ import annotations

import sys

from iscg_nlp.store import ReviewStore


def main() -> None:
    db, reviewer, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    store = ReviewStore(db)
    doc_id = store.db.execute("SELECT id FROM documents ORDER BY id LIMIT 1").fetchone()[0]
    i = 0
    while count == 0 or i < count:
        res = store.decide(doc_id, "public", f"{reviewer}-{i}", reviewer, comment="x" * (i % 50))
        print(f"commit {i} {res.decision.id}", flush=True)
        i += 1
    store.close()


if __name__ == "__main__":
    main()
