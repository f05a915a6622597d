# Feldbuch – danışanlar ve merkez için belgeler: Feldbuch'un dosya olarak yazdıkları (rıza
# teyidi, katılım listesi, katılımcı formu PDF olarak, bilgi raporu), sistemin kaydetme
# penceresinin onları nereye koyduğu ve ardından „Klasörde göster“. PDF dosyalarının içindeki
# metinler print.ftl dosyasındadır.

## Genel: bir dosya yazıldıktan sonra

doc-show-in-folder = Klasörde göster

## Kişi dosyası: rızalar

doc-consent-print = Teyidi yazdır …
doc-consent-locale-label = Teyidin dili
doc-consent-locale-hint = Teyit önce Almanca, ardından bu dilde yer alır. Kişinin Feldbuch'un bildiği ilk dili önceden seçilidir.
doc-consent-save-title = Rıza teyidini PDF olarak kaydet
doc-consent-printed = Teyit şuraya kaydedildi:

## Kişi dosyası: katılımcı formu (ESF Plus)

doc-stammblatt-heading = Katılımcı formu (ESF Plus)
doc-stammblatt-hint = Giriş ve çıkıştaki bilgiler PDF olarak, kontrol edip imzalamak için.
doc-stammblatt-print = Katılımcı formunu yazdır …
doc-stammblatt-save-title = Katılımcı formunu PDF olarak kaydet
doc-stammblatt-printed = Katılımcı formu şuraya kaydedildi:

## Kişi dosyası: seçilen biçimde bilgi raporu

doc-auskunft-save-heading = Bilgi raporunu farklı kaydet …
doc-auskunft-save-hint = Biçimi ve dili seçin; ardından Feldbuch dosyanın nereye kaydedileceğini sorar. İşlem kayda geçer.
doc-auskunft-format-label = Biçim
doc-auskunft-format-text = Metin (.txt)
doc-auskunft-format-json = JSON (.json, makinece okunabilir)
doc-auskunft-format-pdf = PDF (.pdf, yazdırmak için)
doc-auskunft-locale-label = Bilgi raporunun dili
doc-auskunft-save-as = Farklı kaydet …
doc-auskunft-save-title = Bilgi raporunu kaydet

## Grup etkinlikleri: katılım listesi

doc-attendance-print = Katılım listesi …
doc-attendance-save-title = Katılım listesini PDF olarak kaydet
doc-attendance-printed = Katılım listesi şuraya kaydedildi:
