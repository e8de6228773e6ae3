#!/usr/bin/env bash
# Measures the copydesk tool as users run it (docs/performance.md, "The command-line tool"): publishes it for the .NET
# runtime and as a native executable, writes the generated inputs, runs the side-by-side benchmark (the interpreter in
# process, the tool on the JIT, the native tool) and then peak memory of single runs with /usr/bin/time.
#   build/measure-cli.sh [BenchmarkDotNet arguments, e.g. --filter '*corpus-50mb*']
set -euo pipefail
cd "$(dirname "$0")/.."
out=artifacts/cli
corpus=${COPYDESK_CLI_CORPUS:-${TMPDIR:-/tmp}/copydesk-cli-corpus}

dotnet publish src/Copydesk.Cli -c Release -o "$out/jit" >/dev/null
build/publish-native.sh "$out/native" >/dev/null
dotnet run -c Release --project bench/Copydesk.Benchmarks -- --cli-corpus "$corpus"

export COPYDESK_CLI_DLL=$PWD/$out/jit/Copydesk.Cli.dll COPYDESK_CLI_NATIVE=$PWD/$out/native/copydesk COPYDESK_CLI_CORPUS=$corpus
[ $# -eq 0 ] && set -- --filter '*'
dotnet run -c Release --project bench/Copydesk.Benchmarks -- --cli "$@"

schema=schemas/digest-story.schema.yaml
echo
echo "| tool | command | input | wall s | user s | sys s | peak RSS MB |"
echo "| --- | --- | --- | ---: | ---: | ---: | ---: |"
for tool in jit native; do
  run=("$COPYDESK_CLI_NATIVE")
  [ "$tool" = jit ] && run=(dotnet "$COPYDESK_CLI_DLL")
  for case in "validate --format json article.txt" "validate --format json corpus-50mb" "validate --format json single-50mb.txt" \
              "parse --format json single-50mb.txt" "validate single-50mb.txt"; do
    read -r -a words <<< "$case"
    input=${words[-1]}
    unset 'words[-1]'
    /usr/bin/time -f "%e %U %S %M" -o "$out/time.txt" "${run[@]}" "${words[@]}" --schema "$schema" "$corpus/$input" >/dev/null || true
    read -r wall user sys rss < "$out/time.txt"
    echo "| $tool | ${words[*]} | $input | $wall | $user | $sys | $((rss / 1024)) |"
  done
done
