"""Ingest a corpus into a fresh store with `marsad ingest` and report time and memory.

    python bench/bench_ingest.py [--corpus ../shared/corpus/saudinewsnet] [--workers N]

Runs the real command twice (the second run must add nothing), sampling the resident memory
of the whole process tree (main process + workers) from /proc every 0.2 s.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "saudinewsnet"


def tree_rss_mb(root: int) -> float:
    """Resident memory of a process and all its descendants, in MB (Linux /proc)."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            fields = dict(line.split(":", 1) for line in status.read_text().splitlines() if ":" in line)
        except OSError:
            continue
        pid = int(status.parent.name)
        children.setdefault(int(fields["PPid"]), []).append(pid)
        rss[pid] = int(fields.get("VmRSS", "0 kB").split()[0])
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        total += rss.get(pid, 0)
        stack.extend(children.get(pid, []))
    return total / 1024


def run(command: list[str]) -> tuple[float, float, int]:
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = 0.0
    while process.poll() is None:
        peak = max(peak, tree_rss_mb(process.pid))
        time.sleep(0.2)
    return time.perf_counter() - started, peak, process.returncode


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--workers", type=int, default=0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "bench.duckdb"
        command = [sys.executable, "-m", "marsad.cli", "ingest", str(args.corpus), "--db", str(db)]
        if args.workers:
            command += ["--workers", str(args.workers)]
        first = run(command)
        second = run(command)
    print(f"first run   {first[0]:7.1f} s   peak tree RSS {first[1]:6.0f} MB   exit {first[2]}")
    print(f"second run  {second[0]:7.1f} s   peak tree RSS {second[1]:6.0f} MB   exit {second[2]}"
          f"   ({100 * second[0] / first[0]:.1f}% of the first)")


if __name__ == "__main__":
    main()
