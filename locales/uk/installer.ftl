# The Windows installer's own messages (src-tauri/windows/feldbuch.nsi; .ci/windows turns them
# into NSIS language strings). Plain text only: no placeables.
installer-webview2-missing = На цьому комп’ютері немає Microsoft Edge WebView2 Runtime. Feldbuch потребує її для свого вікна. ІТ-служба встановлює її за допомогою «Evergreen Standalone Installer» від Microsoft; програма командного рядка feldbuch.exe працює і без неї.
installer-shortcut-cli = Feldbuch (командний рядок)
installer-data-kept = Зашифровані дані в %LOCALAPPDATA%\feldbuch зберігаються. Їх буде видалено, лише якщо хтось видалить саму папку.
