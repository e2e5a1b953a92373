"""Do Werkzaam's own pseudonymisation patterns stay fast on giant lines?

Runs every pattern of ``werkzaam.pipeline.pseudonymize.PATTERNS``, and the module's other compiled
patterns (``_READBACK_TURN``, ``_SPELLED_CODE``, ...), over lines of about 8,000 to
20,000 characters that repeat the words the patterns are built from (number words, "punt",
"streepje", "apenstaartje", spelled letters, ...), alone and shuffled, and prints the slowest
patterns with their worst time. A pattern whose repeated part is unbounded and whose end can fail
backtracks quadratically: seconds per line instead of milliseconds.

    python benchmarks/pattern_speed.py [--top 10]

Measured on 2026-11-24 (two cores): the slowest pattern that runs over whole turns took 0.05 s on
the worst line (``_READBACK_TURN`` took 3 s on 18 repeats of "twee en twintig" before its words were
made atomic; it is now tried on turns of up to 200 characters only); before the repeated parts of
four patterns were bounded, those took 3 to 9 seconds. ``_PARTICLE_SURNAME`` (0.8 s) and
``_AGE_MORE`` (0.1 s) are listed too but run only on a found name and at one position.
"""
from __future__ import annotations

import argparse
import random
import re
import time

from werkzaam.pipeline import pseudonymize
from werkzaam.pipeline.pseudonymize import PATTERNS

WORDS = ("een twee drie vijfentwintig honderd nul punt streepje liggend laag underscore apenstaartje "
         "www a Jan de van maart de eerste van K- IJ , +3 12 op nummer Tien jaar oud jeden dwa en twintig bé ka "
         "maanden Nee Acht. onze mars trois cent").split()


def giant_lines(seed: int = 1) -> list[str]:
    rng = random.Random(seed)
    lines = [" ".join([w] * (8000 // len(w))) for w in WORDS]
    lines += [" ".join(rng.choice(WORDS) for _ in range(4000)) for _ in range(5)]
    lines += ["een twee drie " * 1300, "a " * 10000, "www punt " * 2500, "x apenstaartje y punt " * 900,
              "twee en twintig " * 600, "Gé, zet, vier één acht, " * 400]
    return lines


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--top", type=int, default=10)
    args = parser.parse_args()
    lines = giant_lines()
    worst = []
    patterns = [(name, re.compile(pattern)) for name, _, pattern, _ in PATTERNS]
    patterns += [(name, rx) for name, rx in vars(pseudonymize).items() if isinstance(rx, re.Pattern)]
    for name, rx in patterns:
        times = []
        for line in lines:
            start = time.perf_counter()
            for _ in rx.finditer(line):
                pass
            times.append(time.perf_counter() - start)
        worst.append((max(times), name))
    print(f"{len(patterns)} patterns, {len(lines)} lines of {min(map(len, lines)):,} to {max(map(len, lines)):,} "
          "characters; slowest patterns (worst line):")
    for seconds, name in sorted(worst, reverse=True)[:args.top]:
        print(f"  {name:28} {seconds:.3f} s")


if __name__ == "__main__":
    main()
