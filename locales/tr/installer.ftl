# The Windows installer's own messages (src-tauri/windows/feldbuch.nsi; .ci/windows turns them
# into NSIS language strings). Plain text only: no placeables.
installer-webview2-missing = Bu bilgisayarda Microsoft Edge WebView2 Runtime eksik. Feldbuch penceresi için buna ihtiyaç duyar. BT bunu Microsoft'un “Evergreen Standalone Installer” ile kurar; komut satırı programı feldbuch.exe onsuz da çalışır.
installer-shortcut-cli = Feldbuch (komut satırı)
installer-data-kept = %LOCALAPPDATA%\feldbuch içindeki şifreli veriler korunur. Yalnızca biri klasörün kendisini silerse silinir.
