#!/usr/bin/env python3
"""Writes a fixed mixed file of questions for measuring `rolecall ask --json -` throughput.

Usage: python3 scripts/mixed-questions.py [LINES] > mix.txt   (LINES defaults to 100000)

The questions are the distinct ones of the project's labelled sets in eval/, in an order fixed
by a seeded shuffle. Past the first pass each line has letters upper-cased at random (seeded
too), so no line repeats and the binary cannot answer a repeat from its cache: every line is
read and answered. The same LINES always gives the same file.
"""
import glob
import json
import os
import random
import sys

lines = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "eval")
questions = []
seen = set()
for path in sorted(glob.glob(os.path.join(root, "*.jsonl"))):
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                q = json.loads(line)["question"].replace("\n", " ")
                if q not in seen:
                    seen.add(q)
                    questions.append(q)
rng = random.Random(10)
rng.shuffle(questions)
written = set()
out = sys.stdout
for i in range(lines):
    q = questions[i % len(questions)]
    while q in written:
        chars = list(q)
        letters = [k for k, c in enumerate(chars) if c.islower()]
        for k in rng.sample(letters, max(1, len(letters) * 15 // 100)) if letters else []:
            chars[k] = chars[k].upper()
        q = "".join(chars) if letters else q + " " + str(i)
    written.add(q)
    out.write(q + "\n")
