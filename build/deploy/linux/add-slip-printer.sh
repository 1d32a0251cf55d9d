#!/bin/sh
# Adds the 80 mm receipt printer as the default CUPS queue "slip80", with 80 mm wide paper, so
# the kiosk's slips come out at the right size. Usage (as root):
#   sh add-slip-printer.sh DEVICE-URI [PPD-FILE]
# DEVICE-URI: from `lpinfo -v` (e.g. usb://EPSON/TM-T20III?serial=…). PPD-FILE: the printer
# maker's driver for CUPS; without one the queue uses IPP Everywhere, which CUPS allows only for
# a printer it reaches over IPP (ipp:// or ipps://: a network printer, or a USB one through ipp-usb).
set -eu
uri="${1:?DEVICE-URI from lpinfo -v}"
ppd="${2:-}"
case "$ppd:$uri" in
  :ipp://* | :ipps://*) ;;
  :*)
    echo "Without the maker's driver file (PPD), only a printer reached over IPP (ipp:// or ipps://) can be added." >&2
    echo "Give the PPD file after the address: sh $0 '$uri' /path/to/maker-driver.ppd" >&2
    exit 2
    ;;
esac
if [ -n "$ppd" ]; then
  lpadmin -p slip80 -E -v "$uri" -P "$ppd"
else
  lpadmin -p slip80 -E -v "$uri" -m everywhere
fi
# The queue's default paper decides the page Chromium and Electron print on.
lpadmin -p slip80 -o PageSize-default=Custom.80x200mm
# Never keep a copy of a job on the queue either (server-wide settings: cups-keep-nothing.sh).
lpadmin -p slip80 -o job-sheets-default=none,none
lpadmin -d slip80
echo "slip80 is the default printer. Print a test slip from the kiosk's setup or settings."
