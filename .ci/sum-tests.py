"""Sums the per-project summaries of `dotnet test` in the given logs into "passed failed"."""
import re
import sys

passed = failed = 0
pattern = re.compile(r"(?:Passed|Failed)!\s*-\s*Failed:\s*(\d+),\s*Passed:\s*(\d+)")
for path in sys.argv[1:]:
    with open(path, encoding="utf-8", errors="replace") as log:
        for line in log:
            match = pattern.search(line)
            if match:
                failed += int(match.group(1))
                passed += int(match.group(2))
print(passed, failed)
