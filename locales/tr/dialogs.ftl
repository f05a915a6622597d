# Feldbuch – dosya ve klasör seçimi: Her yol sistemin kendi penceresinde seçilir, asla elle
# yazılmaz (Değişim, Ayarlar, Raporlar). Başlıklar pencerenin başlık çubuğunda, filtreler dosya
# türü seçiminde görünür.

## Genel

dlg-no-folder = Henüz klasör seçilmedi
dlg-no-file = Henüz dosya seçilmedi
dlg-file-required = Önce bir dosya seçin.
dlg-filter-bundles = Dışa aktarım paketleri (*.age)
dlg-filter-enrolment = Kayıt dosyaları (*.json)
dlg-filter-xlsx = Excel çalışma kitapları (*.xlsx)
dlg-filter-pdf = PDF belgeleri (*.pdf)
dlg-filter-text = Metin dosyaları (*.txt)
dlg-filter-json = JSON dosyaları (*.json)

## Değişim ve Ayarlar: dışa aktarım klasörü

dlg-export-folder-choose = Dışa aktarım klasörünü seç …
dlg-export-folder-title = Dışa aktarım klasörünü seçin
dlg-export-folder-hint = Örneğin bir USB bellekte ya da ağ sürücüsünde bir klasör. Seçtiğiniz klasör hemen kaydedilir.

## Değişim: merkezin gizli anahtarı

dlg-office-identity-label = Merkezin anahtar dosyası
dlg-office-identity-choose = Anahtar dosyasını seç …
dlg-office-identity-title = Merkezin anahtar dosyasını seçin

## Değişim: cihaz kaydet

dlg-enrol-label = Kayıt dosyası
dlg-enrol-choose = Kayıt dosyasını seç …
dlg-enrol-title = Bir cihazın kayıt dosyasını seçin

## Değişim: dışa aktarım paketlerini içe aktar

dlg-import-label = Seçilen dışa aktarım paketleri ve klasörler
dlg-import-none = Henüz bir şey seçilmedi.
dlg-import-required = En az bir dışa aktarım paketi veya klasör seçin.
dlg-import-choose-files = Dışa aktarım paketlerini seç …
dlg-import-choose-folder = Klasör seç …
dlg-import-files-title = İçe aktarılacak dışa aktarım paketlerini seçin
dlg-import-folder-title = Dışa aktarım paketlerinin bulunduğu klasörü seçin
dlg-import-remove = Kaldır
dlg-import-remove-label = Kaldır: { $name }

## Raporlar

dlg-report-save-as = Farklı kaydet …
dlg-report-save-title = Raporu XLSX olarak kaydet
dlg-office-bundle-label = Merkezin paketi
dlg-office-bundle-choose = Paket seç …
dlg-office-bundle-title = Merkezin paketini seçin
