"""Runs the DigestReader sample with --format json on every shared example and compares the contract:
the document equals *.expected.json, and the issues match *.expected-issues.json in count, and each in
severity, line and path prefix."""
import json
import pathlib
import subprocess
import sys

folder = pathlib.Path(sys.argv[1])
articles = sorted(folder.glob("*.txt"))
if not articles:
    sys.exit(f"no articles in {folder}")

run = subprocess.run(
    ["dotnet", "run", "--no-build", "--project", "samples/DigestReader", "--", "--format", "json", *map(str, articles)],
    capture_output=True, text=True, encoding="utf-8")
if run.returncode not in (0, 1):
    sys.exit(f"DigestReader exited with {run.returncode}: {run.stderr}")

lines = [line for line in run.stdout.splitlines() if line.strip()]
if len(lines) != len(articles):
    sys.exit(f"expected {len(articles)} result lines, got {len(lines)}:\n{run.stdout}")

problems = []
for article, line in zip(articles, lines):
    result = json.loads(line)
    stem = article.name[: -len(".txt")]
    expected_document = json.loads((folder / f"{stem}.expected.json").read_text(encoding="utf-8"))
    expected_issues = json.loads((folder / f"{stem}.expected-issues.json").read_text(encoding="utf-8"))
    if result["file"] != str(article):
        problems.append(f"{article.name}: file is {result['file']!r}")
    if result["document"] != expected_document:
        problems.append(f"{article.name}: document differs from {stem}.expected.json")
    issues = result["issues"]
    if len(issues) != len(expected_issues):
        problems.append(f"{article.name}: {len(issues)} issues, expected {len(expected_issues)}: {issues}")
        continue
    for got, want in zip(issues, expected_issues):
        if got["severity"] != want["severity"] or got["line"] != want["line"] or not got["path"].startswith(want["path"]):
            problems.append(f"{article.name}: issue {got} does not match {want}")
    print(f"ok   {article.name}: document and {len(issues)} issue(s) match")

for problem in problems:
    print(f"FAIL {problem}")
sys.exit(1 if problems else 0)
