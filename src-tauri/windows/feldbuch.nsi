; The Windows installer of Feldbuch, made by .ci/windows with makensis (NSIS 3, 64-bit stub):
;
;   makensis -DVERSION=0.1.0 -DSOURCE=<staged files> -DSTRINGS=<strings.nsh> -DOUTFILE=<setup.exe> feldbuch.nsi
;
; SOURCE holds Feldbuch.exe (the app), WebView2Loader.dll, bin\feldbuch.exe (the CLI),
; feldbuch.ico and the licences; STRINGS the language strings made from locales/*/installer.ftl.
; A machine-wide install for all users of the computer; municipal IT runs it silently:
;   Feldbuch-<version>-setup.exe /S [/D=C:\Program Files\Feldbuch]
; and removes it silently with "uninstall.exe /S". The data folder (%LOCALAPPDATA%\feldbuch of each
; user: encrypted store, key file, backups) is never touched by either.

Unicode true
Target amd64-unicode
SetCompressor /SOLID lzma

!include "MUI2.nsh"
!include "LogicLib.nsh"

!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Feldbuch"
; The WebView2 Runtime's client id (Microsoft's documented registry check).
!define WEBVIEW2 "Microsoft\EdgeUpdate\Clients\{F3017226-FE2A-4295-8BDF-00C3A9A7E4C5}"

Name "Feldbuch"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\Feldbuch"
RequestExecutionLevel admin
ManifestDPIAware true
VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "Feldbuch"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "Feldbuch Setup"
VIAddVersionKey /LANG=0 "LegalCopyright" "Feldbuch"

!define MUI_ICON "${SOURCE}\feldbuch.ico"
!define MUI_UNICON "${SOURCE}\feldbuch.ico"
!define MUI_ABORTWARNING
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "German"
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Turkish"
!insertmacro MUI_LANGUAGE "Arabic"
!insertmacro MUI_LANGUAGE "Ukrainian"
!include "${STRINGS}"

Function .onInit
  SetRegView 64
  SetShellVarContext all
FunctionEnd

Function un.onInit
  SetRegView 64
  SetShellVarContext all
FunctionEnd

Section "Feldbuch"
  SetOutPath "$INSTDIR"
  File "${SOURCE}\Feldbuch.exe"
  File "${SOURCE}\WebView2Loader.dll"
  File "${SOURCE}\feldbuch.ico"
  File "${SOURCE}\OFL.txt"
  SetOutPath "$INSTDIR\bin"
  File "${SOURCE}\bin\feldbuch.exe"
  SetOutPath "$INSTDIR"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateDirectory "$SMPROGRAMS\Feldbuch"
  CreateShortcut "$SMPROGRAMS\Feldbuch\Feldbuch.lnk" "$INSTDIR\Feldbuch.exe" "" "$INSTDIR\feldbuch.ico"
  CreateShortcut "$SMPROGRAMS\Feldbuch\$(installer_shortcut_cli).lnk" "$SYSDIR\cmd.exe" '/k cd /d "$INSTDIR\bin"'

  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "Feldbuch"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "Feldbuch"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\feldbuch.ico"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1

  ; The window needs the WebView2 Runtime (part of Windows 11 and of updated Windows 10). It is
  ; not bundled: IT deploys Microsoft's installer. Without it the CLI still works.
  ReadRegStr $0 HKLM "SOFTWARE\WOW6432Node\${WEBVIEW2}" "pv"
  ${If} $0 == ""
    ReadRegStr $0 HKLM "SOFTWARE\${WEBVIEW2}" "pv"
  ${EndIf}
  ${If} $0 == ""
    ReadRegStr $0 HKCU "Software\${WEBVIEW2}" "pv"
  ${EndIf}
  ${If} $0 == ""
  ${OrIf} $0 == "0.0.0.0"
    DetailPrint "$(installer_webview2_missing)"
    MessageBox MB_OK|MB_ICONINFORMATION "$(installer_webview2_missing)" /SD IDOK
  ${EndIf}
SectionEnd

Section "Uninstall"
  Delete "$INSTDIR\Feldbuch.exe"
  Delete "$INSTDIR\WebView2Loader.dll"
  Delete "$INSTDIR\feldbuch.ico"
  Delete "$INSTDIR\OFL.txt"
  Delete "$INSTDIR\bin\feldbuch.exe"
  RMDir "$INSTDIR\bin"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  ; The folder is Feldbuch's own; its shortcuts' names depend on the installer's language.
  RMDir /r "$SMPROGRAMS\Feldbuch"
  DeleteRegKey HKLM "${UNINSTALL_KEY}"
  DetailPrint "$(installer_data_kept)"
SectionEnd
