# The Windows installer's own messages (src-tauri/windows/feldbuch.nsi; .ci/windows turns them
# into NSIS language strings). Plain text only: no placeables.
installer-webview2-missing = بيئة تشغيل Microsoft Edge WebView2 غير موجودة على هذا الحاسوب. يحتاجها Feldbuch لنافذته. يثبّتها قسم تقنية المعلومات باستخدام «Evergreen Standalone Installer» من Microsoft؛ ويعمل برنامج سطر الأوامر feldbuch.exe من دونها.
installer-shortcut-cli = Feldbuch (سطر الأوامر)
installer-data-kept = تبقى البيانات المشفّرة في ‎%LOCALAPPDATA%\feldbuch محفوظة. ولا تُحذف إلا إذا حذف أحدهم المجلد نفسه.
