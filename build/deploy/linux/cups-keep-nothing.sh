#!/bin/sh
# Sets CUPS to keep nothing of a finished print job: no job history (names, times, users) and
# no copies of the printed documents, so no trace of a visitor's slip stays in the print system.
# Usage: cups-keep-nothing.sh [path to cupsd.conf]   (default /etc/cups/cupsd.conf)
# Restart CUPS afterwards (install-kiosk.sh does). CUPS keeps both by default.
set -eu
conf="${1:-/etc/cups/cupsd.conf}"
if [ ! -f "$conf" ]; then
  echo "cups-keep-nothing: $conf does not exist" >&2
  exit 1
fi
# Drop any earlier setting of either directive, then state ours once, at the top level.
tmp="$(mktemp "$conf.XXXXXX")"
grep -v -i -E '^[[:space:]]*(PreserveJobHistory|PreserveJobFiles)[[:space:]]' "$conf" > "$tmp" || true
{
  echo '# Hjelpepunkt: keep no finished jobs and no job files (cups-keep-nothing.sh).'
  echo 'PreserveJobHistory No'
  echo 'PreserveJobFiles No'
} >> "$tmp"
# World-readable, as the stock file has nothing secret: the kiosk's health view reads these two
# lines to tell staff that printing leaves no trace.
chmod 0644 "$tmp"
mv "$tmp" "$conf"
