#!/usr/bin/env bash
# Packs Copydesk, then builds and runs a fresh project that uses only the package, as a user would:
# the generator and YamlDotNet must load from the package's analyzer folder, schemas must be picked up
# without listing them, and the build must be warning-free.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet pack "$root/src/Copydesk" -c Release -o "$work/feed" --nologo -v quiet

mkdir -p "$work/consumer/schemas"
cp "$root/schemas/digest-story.schema.yaml" "$work/consumer/schemas/"
cat > "$work/consumer/nuget.config" <<XML
<configuration>
  <packageSources>
    <clear />
    <add key="local" value="$work/feed" />
  </packageSources>
</configuration>
XML
cat > "$work/consumer/Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Copydesk" Version="0.1.0" />
  </ItemGroup>
</Project>
XML
cat > "$work/consumer/Program.cs" <<'CS'
using Copydesk;
using Copydesk.Samples;

ParseResult<DigestStory> result = DigestStory.Parse(System.IO.File.ReadAllText(args[0]));
System.Console.WriteLine(result.GetDocumentOrThrow().Headline.Text);
return result.Document!.Validate().Count;
CS
# Keep the consumer out of the repository's Directory.*.props and out of the shared package cache.
touch "$work/Directory.Build.props" "$work/Directory.Packages.props"
echo "<Project />" > "$work/Directory.Build.props"
echo "<Project />" > "$work/Directory.Packages.props"

dotnet build "$work/consumer" -c Release --nologo --packages "$work/packages" -warnaserror
headline=$(dotnet run --no-build -c Release --project "$work/consumer" -- "$root/samples/DigestReader/articles/riverside-library.txt")
if [ "$headline" != "Riverside library reopens after two-year renovation" ]; then
  echo "package smoke: unexpected output: $headline" >&2
  exit 1
fi
echo "package smoke: the packed generator and runtime work in a fresh project"
