# Shared by the scripts in this folder: repo root, step printing, the host build.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
HOST_DIR="$ROOT/host/bin/Release/net10.0"
HOST_DLL="$HOST_DIR/BiasCompanion.Host.dll"

step() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

build_host() {
  step "building the host (Release)"
  dotnet build "$ROOT/host/BiasCompanion.Host.csproj" -c Release --nologo -v quiet -clp:ErrorsOnly >&2
}

# Replaces the shell with the host binary. appsettings.json sits beside the binary: the content root must be
# there, not the caller's folder.
exec_host() {
  ASPNETCORE_CONTENTROOT="$HOST_DIR" exec dotnet "$HOST_DLL" "$@"
}
