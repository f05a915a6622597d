# The Windows installer's own messages (src-tauri/windows/feldbuch.nsi; .ci/windows turns them
# into NSIS language strings). Plain text only: no placeables.
installer-webview2-missing = Die Microsoft Edge WebView2 Runtime fehlt auf diesem Computer. Feldbuch braucht sie für sein Fenster. Die IT installiert sie mit dem „Evergreen Standalone Installer“ von Microsoft; das Kommandozeilenprogramm feldbuch.exe arbeitet auch ohne sie.
installer-shortcut-cli = Feldbuch (Kommandozeile)
installer-data-kept = Die verschlüsselten Daten in %LOCALAPPDATA%\feldbuch bleiben erhalten. Sie werden nur gelöscht, wenn jemand den Ordner selbst löscht.
