"""Sums the per-project summaries of `dotnet test` into "passed failed"."""
import re
import sys

passed = failed = 0
pattern = re.compile(r"(?:Passed|Failed)!\s*-\s*Failed:\s*(\d+),\s*Passed:\s*(\d+)")
with open(sys.argv[1], encoding="utf-8", errors="replace") as log:
    for line in log:
        match = pattern.search(line)
        if match:
            failed += int(match.group(1))
            passed += int(match.group(2))
print(passed, failed)
