#!/usr/bin/env bash
# Builds the programs a release ships into DIR (then: azsy release --output REL --programs DIR):
#   AzerbaijanSyria.Relations.Tool.X.Y.Z.nupkg  the .NET tool package (dotnet tool install)
#   azsy-linux-x64                              the tool as a NativeAOT executable, needing no .NET
# The native build needs clang and zlib1g-dev (Debian: apt-get install -y clang zlib1g-dev).
#   scripts/build-programs.sh DIR
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:?usage: scripts/build-programs.sh DIR}
command -v clang >/dev/null || { echo "build-programs: the native executable needs clang and zlib1g-dev (apt-get install -y clang zlib1g-dev)" >&2; exit 1; }
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet pack src/AzerbaijanSyria.Relations.Cli -c Release -o "$work/pack" -v q -nologo >/dev/null
cp "$work"/pack/AzerbaijanSyria.Relations.Tool.*.nupkg "$out/"
dotnet publish src/AzerbaijanSyria.Relations.Cli -c Release -r linux-x64 -p:PublishAot=true -o "$work/native" -v q -nologo >/dev/null
cp "$work/native/azsy" "$out/azsy-linux-x64"
ls -l "$out"
