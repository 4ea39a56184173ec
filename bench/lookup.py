#!/usr/bin/env python
"""Address lookup speed through the full Django request cycle (test client, no network).

    .venv/bin/python bench/lookup.py [--count 2000]

Prints p50/p95/max in milliseconds for /api/zustaendigkeit and the HTML page /zustaendigkeit/
over random official addresses, typed the way people type them. Goal: p95 ≤ 5 ms (API)."""

import argparse
import csv
import random
import re
import time

from _setup import PROJECT, django_with_data, percentile

UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def typed_variants(row, rng):
    street, number, suffix, postcode = row["strasse"], row["hausnummer"], row["zusatz"], row["plz"]
    house = f"{number}{rng.choice(['', ' '])}{suffix.lower() if rng.random() < 0.5 else suffix}"
    variants = [
        (street, house),
        (re.sub(r"(S|s)traße$", r"\1tr.", street), house),
        (street.lower().translate(UMLAUTS), house),
        (street.replace("-", " ").upper(), house),
        (f"{street} {house}".strip(), ""),
        (f"{street} {house}, {postcode} Berlin".strip(), ""),
        (street, ""),  # the street alone: every Planungsraum it touches
    ]
    return rng.choice(variants)


def measure(client, path, queries):
    timings = []
    statuses = {}
    for street, number in queries:
        start = time.perf_counter()
        response = client.get(path, {"strasse": street, "hausnummer": number})
        timings.append((time.perf_counter() - start) * 1000)
        statuses[response.status_code] = statuses.get(response.status_code, 0) + 1
    timings.sort()
    return timings, statuses


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    options = parser.parse_args()

    django_with_data()
    from django.test import Client

    with (PROJECT / "fixtures" / "addresses.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    rng = random.Random(options.seed)
    queries = [typed_variants(rng.choice(rows), rng) for _ in range(options.count)]
    client = Client(HTTP_HOST="localhost")
    measure(client, "/api/zustaendigkeit", queries[:100])  # warm-up: imports, caches

    print(f"address lookups: {options.count} random official addresses, typed variants")
    for path in ["/api/zustaendigkeit", "/zustaendigkeit/"]:
        timings, statuses = measure(client, path, queries)
        print(
            f"{path:24} p50 {percentile(timings, 0.50):6.2f} ms   "
            f"p95 {percentile(timings, 0.95):6.2f} ms   max {timings[-1]:6.2f} ms   "
            f"status {dict(sorted(statuses.items()))}"
        )


if __name__ == "__main__":
    main()
