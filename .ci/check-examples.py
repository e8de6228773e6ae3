"""Runs the DigestReader sample and the copydesk CLI with --format json on every shared example and compares
the contract: the document equals *.expected.json, and the issues match *.expected-issues.json in count, and
each in severity, line and path prefix."""
import json
import pathlib
import subprocess
import sys

folder = pathlib.Path(sys.argv[1])
articles = sorted(folder.glob("*.txt"))
if not articles:
    sys.exit(f"no articles in {folder}")

PROGRAMS = {
    "DigestReader": ["samples/DigestReader", "--format", "json"],
    "copydesk parse": ["src/Copydesk.Cli", "parse", "--schema", "schemas/digest-story.schema.yaml", "--format", "json"],
}


def check(name, project, *arguments):
    """The problems with one program's contract lines for every article."""
    run = subprocess.run(
        ["dotnet", "run", "--no-build", "--project", project, "--", *arguments, *map(str, articles)],
        capture_output=True, text=True, encoding="utf-8")
    if run.returncode not in (0, 1):
        return [f"{name} exited with {run.returncode}: {run.stderr}"]

    lines = [line for line in run.stdout.splitlines() if line.strip()]
    if len(lines) != len(articles):
        return [f"{name}: expected {len(articles)} result lines, got {len(lines)}:\n{run.stdout}"]

    problems = []
    for article, line in zip(articles, lines):
        result = json.loads(line)
        known = len(problems)
        stem = article.name[: -len(".txt")]
        expected_document = json.loads((folder / f"{stem}.expected.json").read_text(encoding="utf-8"))
        expected_issues = json.loads((folder / f"{stem}.expected-issues.json").read_text(encoding="utf-8"))
        if result["file"] != str(article):
            problems.append(f"{name}, {article.name}: file is {result['file']!r}")
        if result["document"] != expected_document:
            problems.append(f"{name}, {article.name}: document differs from {stem}.expected.json")
        issues = result["issues"]
        if len(issues) != len(expected_issues):
            problems.append(f"{name}, {article.name}: {len(issues)} issues, expected {len(expected_issues)}: {issues}")
            continue
        for got, want in zip(issues, expected_issues):
            if got["severity"] != want["severity"] or got["line"] != want["line"] or not got["path"].startswith(want["path"]):
                problems.append(f"{name}, {article.name}: issue {got} does not match {want}")
        if len(problems) == known:
            print(f"ok   {name}, {article.name}: document and {len(issues)} issue(s) match")
    return problems


problems = [problem for name, (project, *arguments) in PROGRAMS.items() for problem in check(name, project, *arguments)]
for problem in problems:
    print(f"FAIL {problem}")
sys.exit(1 if problems else 0)
