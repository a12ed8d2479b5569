#!/usr/bin/env python3
"""Statements of one speaker and agreements of one party, read the way the library read them before
script 0091 (from the views statement_details and agreement_details) and the way it reads them now
(from the stored tables statement_rows and agreement_rows), timed in turn in one process on one file:
each round runs a batch of each way in an order that alternates, and the report is the median per-call
time of each way and the median of the per-round ratios new / old, with the interquartile range.

    python3 bench/storedlists.py /tmp/s1m.db [rounds] [speaker] [party]

The file must be built by this release (it has both the views and the stored tables). The rows of both
ways are compared before anything is timed. Python's sqlite3 module reads the rows, the same for both.
"""
import sqlite3
import statistics
import sys
import time

path = sys.argv[1]
rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 30
speaker = sys.argv[3] if len(sys.argv) > 3 else "synth-person-0000123"
party = sys.argv[4] if len(sys.argv) > 4 else "synth-org-0000017"

PARTY = """a.agreement_id IN (
  SELECT agreement_id FROM agreement_parties WHERE country_id = :party
  UNION SELECT agreement_id FROM agreement_parties WHERE organization_id = :party
  UNION SELECT ap.agreement_id FROM organizations AS o JOIN agreement_parties AS ap ON ap.organization_id = o.organization_id WHERE o.country_id = :party)"""

CASES = {
    "statements by one speaker": (
        "SELECT s.* FROM statement_details AS s WHERE s.speaker_id = :speaker ORDER BY coalesce(s.date_earliest, s.date_latest), s.event_id, s.statement_id",
        "SELECT s.* FROM statement_rows AS s WHERE s.speaker_key = :speaker AND s.speaker_id = :speaker ORDER BY s.order_key, s.event_id, s.statement_id",
        {"speaker": speaker}, 2),
    "agreements of one organization": (
        f"SELECT a.* FROM agreement_details AS a WHERE {PARTY} ORDER BY coalesce(a.date_earliest, a.date_latest), a.agreement_id",
        f"SELECT a.* FROM agreement_rows AS a WHERE {PARTY} ORDER BY a.order_key, a.agreement_id",
        {"party": party}, 1),
}

connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
connection.execute("PRAGMA query_only = 1")


def run(sql, parameters, skip):
    # The view's columns, without the stored table's leading keys, so both ways give the same rows.
    return [row[skip:] if skip else row for row in connection.execute(sql, parameters).fetchall()]


with open("/proc/loadavg") as f:
    print(f"{rounds} rounds on {path}, load average {f.read().split()[0]} at the start")
print("| query | rows | old (views): per call | new (stored): per call | new ÷ old (IQR) |")
print("|---|---:|---:|---:|---:|")
for name, (old, new, parameters, keys) in CASES.items():
    expected = run(old, parameters, 0)
    if run(new, parameters, keys) != expected or not expected:
        sys.exit(f"{name}: the two ways give different rows, or none")
    # Warm both, then size a batch to about 20 ms of the slower way.
    start = time.perf_counter()
    calls = 0
    while time.perf_counter() - start < 1.0 or calls < 5:
        run(old, parameters, 0)
        run(new, parameters, keys)
        calls += 1
    batch = max(1, int(0.02 / ((time.perf_counter() - start) / calls)))
    times = {"old": [], "new": []}
    ratios = []
    for r in range(rounds):
        order = [("old", old, 0), ("new", new, keys)]
        if r % 2:
            order.reverse()
        this = {}
        for way, sql, skip in order:
            t = time.perf_counter()
            for _ in range(batch):
                run(sql, parameters, skip)
            this[way] = (time.perf_counter() - t) / batch
            times[way].append(this[way])
        ratios.append(this["new"] / this["old"])
    q = statistics.quantiles(ratios, n=4)
    print(f"| {name} | {len(expected)} | {statistics.median(times['old']) * 1000:.2f} ms | {statistics.median(times['new']) * 1000:.3f} ms | {statistics.median(ratios):.3f} ({q[0]:.3f}-{q[2]:.3f}) |")
