#!/usr/bin/env bash
# Packs Copydesk and the copydesk tool into an artifacts folder, then uses only the packages, as a user would:
# - the packages carry a licence, a README, symbols and the generator just built;
# - fresh net10.0 and net8.0 projects build warning-free and run, with the generator, the schema front end and
#   YamlDotNet loading from the package's analyzer folder and schemas picked up without listing them;
# - a netstandard2.0 project and a project with C# 11 each fail with one error that says what is needed;
# - Copydesk.Markup carries its licence, README and symbols and depends on Markdig and YamlDotNet; a fresh project
#   with a Markdown schema and typed front matter builds warning-free against both packages and reads a post, and
#   its trimmed publish (and its native AOT publish, where a C toolchain is installed) gives no trim or AOT warning;
# - the tool installs from the local feed and checks a shipped schema and validates the sample article.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() { echo "package smoke: $*" >&2; exit 1; }

# An artifacts path moves every output folder: the package must still find the generator the build just made.
artifacts="$work/artifacts"
dotnet pack "$root/src/Copydesk" -c Release --artifacts-path "$artifacts" --nologo -v quiet
dotnet pack "$root/src/Copydesk.Cli" -c Release --artifacts-path "$artifacts" --nologo -v quiet
dotnet pack "$root/src/Copydesk.Markup" -c Release --artifacts-path "$artifacts" --nologo -v quiet
feed="$artifacts/package/release"

# --- What the packages carry ---
package="$feed/Copydesk.0.1.0.nupkg"
tool_package="$feed/Copydesk.Cli.0.1.0.nupkg"
for file in "$package" "$tool_package" "$feed/Copydesk.0.1.0.snupkg" "$feed/Copydesk.Cli.0.1.0.snupkg"; do
  [ -f "$file" ] || fail "missing $(basename "$file")"
done
entries=$(unzip -Z1 "$package")
for entry in LICENSE README.md build/Copydesk.props build/Copydesk.targets lib/net8.0/Copydesk.dll lib/net10.0/Copydesk.dll \
  lib/netstandard2.0/_._ analyzers/dotnet/cs/Copydesk.Generator.dll analyzers/dotnet/cs/Copydesk.Schema.dll \
  analyzers/dotnet/cs/YamlDotNet.dll analyzers/dotnet/cs/Copydesk.Content.dll analyzers/dotnet/cs/Markdig.dll copydesk.schema.json; do
  grep -qx "$entry" <<<"$entries" || fail "Copydesk.0.1.0.nupkg has no $entry"
done
grep -qx "README.md" <(unzip -Z1 "$tool_package") || fail "Copydesk.Cli.0.1.0.nupkg has no README.md"
markup_package="$feed/Copydesk.Markup.0.1.0.nupkg"
for file in "$markup_package" "$feed/Copydesk.Markup.0.1.0.snupkg"; do
  [ -f "$file" ] || fail "missing $(basename "$file")"
done
markup_entries=$(unzip -Z1 "$markup_package")
for entry in LICENSE README.md lib/net8.0/Copydesk.Markup.dll lib/net10.0/Copydesk.Markup.dll; do
  grep -qx "$entry" <<<"$markup_entries" || fail "Copydesk.Markup.0.1.0.nupkg has no $entry"
done
markup_nuspec=$(unzip -p "$markup_package" Copydesk.Markup.nuspec)
for dependency in Copydesk Markdig YamlDotNet; do
  grep -q "<dependency id=\"$dependency\"" <<<"$markup_nuspec" || fail "Copydesk.Markup.0.1.0.nupkg does not depend on $dependency"
done
unzip -p "$package" Copydesk.nuspec | grep -q '<repository type="git" url="https://github.com/copydesk/copydesk"' \
  || fail "the nuspec names no repository"
# The analyzer is the generator this pack built, byte for byte.
unzip -p "$package" analyzers/dotnet/cs/Copydesk.Generator.dll | cmp -s - "$artifacts/bin/Copydesk.Generator/release/Copydesk.Generator.dll" \
  || fail "the packed generator is not the one just built"
# README links must work on a package page, outside the repository: absolute only.
if unzip -p "$package" README.md | grep -Eo '\]\([^)]+\)' | grep -v '](https://'; then
  fail "the package README has relative links"
fi

# --- Consumers ---
# Copydesk comes from the local feed only; the framework reference packs (net8.0) from the usual source.
cat > "$work/nuget.config" <<XML
<configuration>
  <packageSources>
    <clear />
    <add key="local" value="$feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
  <packageSourceMapping>
    <packageSource key="local"><package pattern="Copydesk" /><package pattern="Copydesk.*" /></packageSource>
    <packageSource key="nuget.org"><package pattern="*" /></packageSource>
  </packageSourceMapping>
</configuration>
XML
# Keep the consumers out of the repository's Directory.*.props and out of the shared package cache.
echo "<Project />" > "$work/Directory.Build.props"
echo "<Project />" > "$work/Directory.Packages.props"
echo "<Project />" > "$work/Directory.Build.targets"

# consumer NAME TARGET_FRAMEWORK [extra properties]: a fresh project with the digest-story schema and a program.
consumer() {
  local dir="$work/$1"
  mkdir -p "$dir/schemas"
  cp "$root/schemas/digest-story.schema.yaml" "$dir/schemas/"
  cat > "$dir/$1.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>$2</TargetFramework>
    <Nullable>enable</Nullable>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
    $3
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Copydesk" Version="0.1.0" />
  </ItemGroup>
</Project>
XML
  cat > "$dir/Program.cs" <<'CS'
using Copydesk;
using Copydesk.Samples;

ParseResult<DigestStory> result = DigestStory.Parse(System.IO.File.ReadAllText(args[0]));
System.Console.WriteLine(result.GetDocumentOrThrow().Headline.Text);
return result.Document!.Validate().Count;
CS
}

build() { dotnet build "$work/$1" -c Release --nologo --packages "$work/packages" -warnaserror "${@:2}"; }

article="$root/samples/DigestReader/articles/riverside-library.txt"
expected="Riverside library reopens after two-year renovation"

consumer net10 net10.0 ""
build net10
headline=$(dotnet run --no-build -c Release --project "$work/net10" -- "$article")
[ "$headline" = "$expected" ] || fail "net10.0 consumer printed: $headline"

# The machine may have only the .NET 10 runtime: a net8.0 program runs on it by rolling forward.
consumer net8 net8.0 ""
build net8
headline=$(DOTNET_ROLL_FORWARD=Major dotnet "$work/net8/bin/Release/net8.0/net8.dll" "$article")
[ "$headline" = "$expected" ] || fail "net8.0 consumer printed: $headline"

# expect_one_error NAME ID TEXT: the build fails with exactly one error, the given id, saying TEXT.
expect_one_error() {
  local log="$work/$1.log"
  if build "$1" > "$log" 2>&1; then
    fail "$1 built; expected $2"
  fi
  local errors
  errors=$(grep -E ': error [A-Z]+[0-9]+' "$log" | sed -E 's/ \[[^]]*\]$//' | sort -u)
  if [ "$(grep -c . <<<"$errors")" -ne 1 ] || ! grep -q "error $2: .*$3" <<<"$errors"; then
    cat "$log" >&2
    fail "$1: expected one error $2 saying '$3', got: $errors"
  fi
  echo "package smoke: $1 fails with one error: ${errors##*: error }"
}

consumer standard netstandard2.0 "<OutputType>Library</OutputType><Nullable>disable</Nullable>"
rm "$work/standard/Program.cs"
expect_one_error standard CD1051 "needs .NET 8 or later"

consumer csharp11 net10.0 "<LangVersion>11</LangVersion>"
echo 'internal static class Program { private static void Main() { } }' > "$work/csharp11/Program.cs"
expect_one_error csharp11 CD1050 "needs C# 12 or later"

# --- A Markdown consumer: Copydesk and Copydesk.Markup, a Markdown schema with typed front matter ---
markdown="$work/markdown"
mkdir -p "$markdown/schemas" "$markdown/posts"
cat > "$markdown/markdown.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
    <InvariantGlobalization>true</InvariantGlobalization>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Copydesk" Version="0.1.0" />
    <PackageReference Include="Copydesk.Markup" Version="0.1.0" />
  </ItemGroup>
</Project>
XML
cat > "$markdown/schemas/site-post.schema.yaml" <<'YAML'
copydesk: 1
type: SitePost
namespace: MySite
input: markdown
frontMatter:
  fields:
    title: { type: string, required: true }
    date: { type: date, required: true }
    draft: { type: boolean, default: false }
    tags: { type: string, list: true }
lines:
  title: { block: heading, level: 1 }
  section: { block: heading, level: 2..6 }
  text: { block: [paragraph, listItem, quote, code] }
layout:
  - title: { line: title, optional: true }
  - body:
      repeat: 1+
      oneOf:
        - section: section
        - text: text
YAML
cat > "$markdown/posts/ferries.md" <<'MD'
---
title: "Night ferries return"
date: 2025-05-12
tags: [ferries, transport]
---

# Night ferries return to the harbour

The harbour board voted on Monday to bring back the night ferry
between Kessel and Arnhaven.

## What changes

- Boats leave every **40 minutes** after 22:00.
- Tickets cost the same as by day.
MD
cat > "$markdown/Program.cs" <<'CS'
using Copydesk;
using MySite;

ParseResult<SitePost> result = SitePost.Parse(System.IO.File.ReadAllText(args[0]));
SitePost post = result.GetDocumentOrThrow();
System.Console.WriteLine($"{post.FrontMatter.Title} | {post.FrontMatter.Date:yyyy-MM-dd} | {string.Join(",", post.FrontMatter.Tags)} | {post.Body.Count} blocks");
return post.Validate().Count;
CS
build markdown
expected_post="Night ferries return | 2025-05-12 | ferries,transport | 4 blocks"
printed=$(dotnet run --no-build -c Release --project "$markdown" -- "$markdown/posts/ferries.md")
[ "$printed" = "$expected_post" ] || fail "the Markdown consumer printed: $printed"

# publish_clean KIND ARGS…: publishes the Markdown consumer; any trim (IL2xxx) or AOT (IL3xxx) warning fails.
publish_clean() {
  local log="$work/publish-$1.log" out="$work/publish-$1"
  dotnet publish "$markdown" -c Release -r linux-x64 --nologo --packages "$work/packages" -o "$out" "${@:2}" > "$log" 2>&1 \
    || { cat "$log" >&2; fail "the Markdown consumer's $1 publish failed"; }
  if grep -E 'warning IL[0-9]+' "$log"; then
    fail "the Markdown consumer's $1 publish warns"
  fi
  printed=$("$out/markdown" "$markdown/posts/ferries.md")
  [ "$printed" = "$expected_post" ] || fail "the $1 Markdown consumer printed: $printed"
  echo "package smoke: the Markdown consumer's $1 publish is warning-free and reads the post"
}

if [ "$(uname -s)-$(uname -m)" = Linux-x86_64 ]; then
  publish_clean trimmed -p:PublishTrimmed=true --self-contained
  # Native AOT links with a C toolchain: the SDK calls clang; Debian installs versioned names only (clang-14, …).
  linker=$(command -v clang || compgen -c clang- | grep -E '^clang-[0-9]+$' | sort -t- -k2 -n | tail -n 1 || true)
  if [ -n "$linker" ]; then
    publish_clean native-aot -p:PublishAot=true "-p:CppCompilerAndLinker=$(basename "$linker")"
  else
    echo "package smoke: no clang here, so the native AOT publish is left out (the trimmed publish ran the same trim analysis)"
  fi
fi

# --- The tool ---
dotnet tool install Copydesk.Cli --version 0.1.0 --tool-path "$work/tools" --configfile "$work/nuget.config" > /dev/null
"$work/tools/copydesk" --version
"$work/tools/copydesk" check "$root/schemas/digest-story.schema.yaml" || fail "copydesk check failed on a shipped schema"
"$work/tools/copydesk" validate --schema "$root/schemas/digest-story.schema.yaml" "$article" \
  || fail "copydesk validate failed on the sample article"

echo "package smoke: the packages install and work in fresh net10.0 and net8.0 projects, a Markdown project (built, trimmed and published) and as a .NET tool"
