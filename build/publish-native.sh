#!/usr/bin/env bash
# Publishes the copydesk tool as one self-contained native executable (native AOT) for this machine's platform:
#   build/publish-native.sh [output folder]     (default: artifacts/cli/native)
# Needs the .NET SDK, a C toolchain (clang, or clang-NN) and zlib's headers: on Debian and Ubuntu,
# `apt-get install clang zlib1g-dev`. The native compiler package comes from NuGet like any other package.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-artifacts/cli/native}

case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) rid=linux-x64 ;;
  Linux-aarch64) rid=linux-arm64 ;;
  Darwin-arm64) rid=osx-arm64 ;;
  Darwin-x86_64) rid=osx-x64 ;;
  *) echo "publish-native: no native build for $(uname -s) $(uname -m); use the .NET tool instead." >&2; exit 2 ;;
esac

args=()
# The SDK calls "clang"; Debian installs versioned names only (clang-14, …) unless the "clang" package is there too.
if [ "$(uname -s)" = Linux ] && ! command -v clang >/dev/null; then
  versioned=$(compgen -c clang- | grep -E '^clang-[0-9]+$' | sort -t- -k2 -n | tail -n 1 || true)
  if [ -z "$versioned" ]; then
    echo "publish-native: no C compiler: install clang and zlib1g-dev (apt-get install clang zlib1g-dev)." >&2
    exit 2
  fi
  args+=("-p:CppCompilerAndLinker=$versioned")
fi

dotnet publish src/Copydesk.Cli -p:PublishProfile=native-aot -r "$rid" -o "$out" "${args[@]}"
echo "publish-native: $out/copydesk"
