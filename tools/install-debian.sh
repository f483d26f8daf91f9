#!/usr/bin/env bash
# Installs Debian packages a group of tests needs, once: `install-debian.sh LABEL CHECK PACKAGE…`
# runs CHECK (a shell command) and does nothing when it succeeds; otherwise installs the
# packages with apt-get (as root or with sudo -n), or says what to install when it cannot. The
# tests then skip with that reason, except under CI=true, where they fail.
set -euo pipefail
label=$1 check=$2
shift 2
packages=("$@")
have() { bash -c "$check"; }
have && exit 0
if ! command -v apt-get >/dev/null; then
    echo "$label: no apt-get here; install ${packages[*]} (or equivalents) for the $label tests" >&2
    exit 0
fi
if [ "$(id -u)" -eq 0 ]; then run=(); elif sudo -n true 2>/dev/null; then run=(sudo -n); else
    echo "$label: run 'sudo apt-get install ${packages[*]}' for the $label tests" >&2
    exit 0
fi
export DEBIAN_FRONTEND=noninteractive
"${run[@]}" apt-get install -y -q "${packages[@]}" >/dev/null 2>&1 || {
    "${run[@]}" apt-get update -q >/dev/null && "${run[@]}" apt-get install -y -q "${packages[@]}" >/dev/null
}
have && echo "$label: installed ${packages[*]}" >&2
