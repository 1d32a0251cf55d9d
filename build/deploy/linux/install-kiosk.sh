#!/bin/bash
# Turns a fresh Debian 12 (or Ubuntu 24.04) machine into a Hjelpepunkt kiosk: installs the kiosk
# package read-only under /opt/Hjelpepunkt, makes a kiosk user that cannot log in, starts the
# kiosk on the screen at boot under cage (and again whenever it stops), turns screen blanking and
# the power button off, and sets CUPS to keep nothing of a printed slip. Step by step, and why:
# docs/deploy.md. Run as root:  sudo bash install-kiosk.sh ./hjelpepunkt_0.1.0_amd64.deb
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
package="${1:-}"
kiosk_user=hjelpepunkt
data_dir=/var/lib/hjelpepunkt
install_dir=/opt/Hjelpepunkt

say() { printf '\n== %s\n' "$*"; }

if [ "$(id -u)" -ne 0 ]; then
  echo "Run this as root (sudo bash $0 PACKAGE.deb)." >&2
  exit 1
fi
if [ -z "$package" ] || [ ! -f "$package" ]; then
  echo "Usage: sudo bash $0 ./hjelpepunkt_<version>_amd64.deb   (made by npm run dist)" >&2
  exit 1
fi

say "1. The kiosk compositor (cage) and the print system (CUPS)"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq cage cups

say "2. The kiosk program, read-only under $install_dir"
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$(realpath "$package")"
chown -R root:root "$install_dir"
chmod -R go-w "$install_dir"

say "3. A kiosk user that cannot log in"
if ! id "$kiosk_user" >/dev/null 2>&1; then
  useradd --system --home-dir "$data_dir" --no-create-home --shell /usr/sbin/nologin "$kiosk_user"
fi
# Screen, input devices and sound for the compositor (logind also grants them to the session).
for group in video input render audio; do
  getent group "$group" >/dev/null && usermod -a -G "$group" "$kiosk_user"
done
install -d -o "$kiosk_user" -g "$kiosk_user" -m 0700 "$data_dir"

say "4. The kiosk on tty1 at every boot, restarted whenever it stops"
install -m 0644 "$here/hjelpepunkt-kiosk.service" /etc/systemd/system/hjelpepunkt-kiosk.service
install -d /etc/systemd/logind.conf.d
install -m 0644 "$here/logind-kiosk.conf" /etc/systemd/logind.conf.d/hjelpepunkt.conf
# A desktop's login screen would sit on top of (or beside) the kiosk.
if systemctl is-enabled display-manager.service >/dev/null 2>&1; then
  systemctl disable display-manager.service
fi
systemctl disable getty@tty1.service >/dev/null 2>&1 || true
systemctl set-default graphical.target
systemctl daemon-reload
systemctl enable hjelpepunkt-kiosk.service

say "5. No screen blanking on the text console either"
install -d /etc/default/grub.d
echo 'GRUB_CMDLINE_LINUX_DEFAULT="$GRUB_CMDLINE_LINUX_DEFAULT consoleblank=0"' > /etc/default/grub.d/hjelpepunkt.cfg
if command -v update-grub >/dev/null; then update-grub; fi

say "6. CUPS keeps no job history and no job files"
bash "$here/cups-keep-nothing.sh" /etc/cups/cupsd.conf
systemctl restart cups

say "Done. Next: connect the 80 mm printer and add it (docs/deploy.md, step 7), then reboot."
echo "The kiosk starts on the screen after the reboot; its first screen asks for the staff PIN."
