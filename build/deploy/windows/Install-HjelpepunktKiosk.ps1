<#
.SYNOPSIS
  Turns a Windows 10/11 Enterprise, Education or IoT Enterprise PC into a Hjelpepunkt kiosk.

.DESCRIPTION
  Run in an elevated PowerShell (Run as administrator), after installing Hjelpepunkt with its
  installer (npm run dist: "Hjelpepunkt Setup <version>.exe", installed for all users).
  What it does, and why (docs/deploy.md walks through it):
    1. Creates a standard local account, "Hjelpepunkt", that logs on automatically.
    2. Shell Launcher: that account gets the kiosk instead of the Windows desktop (no Start menu,
       taskbar or Explorer), and when the kiosk exits, Windows starts it again (DefaultAction 0).
    3. Keyboard Filter: Ctrl+Alt+Del, Ctrl+Shift+Esc, Win+L, Alt+Tab, Alt+F4 and the Windows key do
       nothing for the kiosk account (administrators keep them).
    4. Printing keeps nothing: no kept jobs on any printer, no job names in the event log.
    5. No screen sleep, no edge swipes, no error dialogs over the kiosk.
  Shell Launcher and Keyboard Filter exist only in the Enterprise, Education and IoT Enterprise
  editions; on other editions the script stops before changing anything.
  This script was written against Microsoft's documentation and could not be run where it was
  written (no Windows there): try it on a test PC first.

.PARAMETER KioskExe
  The kiosk program (default: the per-machine install location).
#>
[CmdletBinding()]
param(
  [string]$KioskExe = "$env:ProgramFiles\Hjelpepunkt\Hjelpepunkt.exe",
  [string]$KioskUser = 'Hjelpepunkt'
)
$ErrorActionPreference = 'Stop'

function Say([string]$Text) { Write-Host "`n== $Text" }

# --- 0. Checks: administrator, edition, the kiosk installed -------------------------------------
$principal = New-Object Security.Principal.WindowsPrincipal([Security.Principal.WindowsIdentity]::GetCurrent())
if (-not $principal.IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)) {
  throw 'Run this in PowerShell started with "Run as administrator".'
}
$edition = (Get-ItemProperty 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion').EditionID
if ($edition -notmatch 'Enterprise|Education|IoT') {
  throw "Windows edition '$edition' has no Shell Launcher or Keyboard Filter. Use Enterprise, Education or IoT Enterprise (docs/deploy.md)."
}
if (-not (Test-Path $KioskExe)) {
  throw "The kiosk is not installed at $KioskExe. Run the Hjelpepunkt installer first."
}

# --- 1. The kiosk account, logged on automatically -----------------------------------------------
Say "1. The kiosk account '$KioskUser'"
if (-not (Get-LocalUser -Name $KioskUser -ErrorAction SilentlyContinue)) {
  # A long random password nobody needs to know: the account only ever logs on automatically.
  $bytes = New-Object byte[] 24
  [Security.Cryptography.RandomNumberGenerator]::Create().GetBytes($bytes)
  $plain = [Convert]::ToBase64String($bytes)
  $password = ConvertTo-SecureString $plain -AsPlainText -Force
  New-LocalUser -Name $KioskUser -Password $password -PasswordNeverExpires -UserMayNotChangePassword -Description 'Hjelpepunkt kiosk' | Out-Null
  Add-LocalGroupMember -Group 'Users' -Member $KioskUser
  # Automatic logon. Winlogon keeps this password in the registry; Sysinternals Autologon stores
  # it as an LSA secret instead and is the better choice where it may be installed.
  $winlogon = 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon'
  Set-ItemProperty $winlogon -Name AutoAdminLogon -Value '1'
  Set-ItemProperty $winlogon -Name DefaultUserName -Value $KioskUser
  Set-ItemProperty $winlogon -Name DefaultDomainName -Value $env:COMPUTERNAME
  Set-ItemProperty $winlogon -Name DefaultPassword -Value $plain
}
$kioskSid = (Get-LocalUser -Name $KioskUser).SID.Value

# The kiosk's health view shows that it runs under this set-up.
[Environment]::SetEnvironmentVariable('HJELPEPUNKT_KIOSK_SERVICE', '1', 'Machine')

# --- 2. Shell Launcher: the kiosk is the kiosk account's shell, restarted when it exits ---------
Say '2. Shell Launcher'
Enable-WindowsOptionalFeature -Online -FeatureName Client-EmbeddedShellLauncher -All -NoRestart | Out-Null
$shellLauncher = [wmiclass]'\\localhost\root\standardcimv2\embedded:WESL_UserSetting'
# Return-code actions: 0 restart the shell, 1 restart the device, 2 shut down, 3 do nothing.
$restartShell = 0
# Everyone else (administrators) keeps the normal desktop.
$shellLauncher.SetDefaultShell('explorer.exe', $restartShell) | Out-Null
try { $shellLauncher.RemoveCustomShell($kioskSid) | Out-Null } catch { Write-Verbose 'no earlier kiosk shell to remove' }
$shellLauncher.SetCustomShell($kioskSid, "`"$KioskExe`"", $null, $null, $restartShell) | Out-Null
$shellLauncher.SetEnabled($true) | Out-Null

# --- 3. Keyboard Filter: no escape keys for the kiosk account -----------------------------------
Say '3. Keyboard Filter'
Enable-WindowsOptionalFeature -Online -FeatureName Client-KeyboardFilter -All -NoRestart | Out-Null
$blocked = @('Ctrl+Alt+Del', 'Ctrl+Shift+Esc', 'Win+L', 'Alt+Tab', 'Alt+F4', 'Alt+Esc', 'Ctrl+Esc', 'Windows', 'Win+Tab', 'Win+D', 'Win+E', 'Win+R', 'Win+X', 'Win+I', 'Win+A', 'Ctrl+Win+F', 'Shift+Ctrl+Esc')
foreach ($id in $blocked) {
  $key = Get-CimInstance -Namespace 'root\standardcimv2\embedded' -ClassName WEKF_PredefinedKey -Filter "Id='$id'" -ErrorAction SilentlyContinue
  if ($key) { Set-CimInstance -InputObject $key -Property @{ Enabled = $true } }
  else { Write-Warning "Keyboard Filter has no predefined key '$id' on this Windows; skipped." }
}
$filterSettings = Get-CimInstance -Namespace 'root\standardcimv2\embedded' -ClassName WEKF_Settings -Filter "Name='DisableKeyboardFilterForAdministrators'" -ErrorAction SilentlyContinue
if ($filterSettings) { Set-CimInstance -InputObject $filterSettings -Property @{ Value = 'true' } }

# --- 4. Printing keeps nothing ---------------------------------------------------------------------
Say '4. Printing keeps nothing'
foreach ($printer in Get-Printer) {
  # "Keep printed documents" off: the spooler deletes each job once it has printed.
  Set-Printer -Name $printer.Name -KeepPrintedJobs $false
}
# The PrintService operational log would record each document's name and time.
wevtutil set-log 'Microsoft-Windows-PrintService/Operational' /enabled:false

# --- 5. Nothing over the kiosk, no sleep -----------------------------------------------------------
Say '5. No sleep, no edge swipes, no error dialogs'
powercfg /change monitor-timeout-ac 0
powercfg /change standby-timeout-ac 0
powercfg /change monitor-timeout-dc 0
powercfg /change standby-timeout-dc 0
New-Item -Path 'HKLM:\SOFTWARE\Policies\Microsoft\Windows\EdgeUI' -Force | Out-Null
Set-ItemProperty 'HKLM:\SOFTWARE\Policies\Microsoft\Windows\EdgeUI' -Name AllowEdgeSwipe -Value 0 -Type DWord
Set-ItemProperty 'HKLM:\SOFTWARE\Microsoft\Windows\Windows Error Reporting' -Name DontShowUI -Value 1 -Type DWord
New-Item -Path 'HKLM:\SOFTWARE\Policies\Microsoft\Windows\Explorer' -Force | Out-Null
Set-ItemProperty 'HKLM:\SOFTWARE\Policies\Microsoft\Windows\Explorer' -Name DisableNotificationCenter -Value 1 -Type DWord

Say 'Done. Add the 80 mm printer and make it the default (docs/deploy.md, Windows step 4), then restart the PC.'
Write-Host 'After the restart the kiosk account logs on and sees only the kiosk.'
