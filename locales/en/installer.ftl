# The Windows installer's own messages (src-tauri/windows/feldbuch.nsi; .ci/windows turns them
# into NSIS language strings). Plain text only: no placeables.
installer-webview2-missing = The Microsoft Edge WebView2 Runtime is missing on this computer. Feldbuch needs it for its window. IT installs it with Microsoft's “Evergreen Standalone Installer”; the command-line program feldbuch.exe works without it.
installer-shortcut-cli = Feldbuch (command line)
installer-data-kept = The encrypted data in %LOCALAPPDATA%\feldbuch is kept. It is only deleted if someone deletes the folder itself.
