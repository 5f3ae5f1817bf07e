#!/usr/bin/env bash
# build-aux/deps.sh: install the Debian 12 packages Mentoring needs, when any is missing.
# Sourced by run.sh and test.sh. "$@" names extra packages (test.sh adds Xvfb and checkers).
set -euo pipefail

mp_install_packages () {
  local packages=(
    meson ninja-build pkg-config gcc gettext
    libgtk-4-dev libglib2.0-dev libglib2.0-bin libsqlite3-dev libjson-glib-dev libical-dev nettle-dev
    libpango1.0-dev libcairo2-dev
    desktop-file-utils appstream
    adwaita-icon-theme fonts-dejavu-core librsvg2-common
    fonts-droid-fallback
    "$@"
  )
  local missing=()
  local p
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0

  echo "Installing: ${missing[*]}" >&2
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "Please install as root: ${missing[*]}" >&2; return 1; }
    sudo=(sudo)
  fi
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}
