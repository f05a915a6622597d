# Feldbuch – Çalışma yerleri ve ortak kurumlar: görüntüleme, düzeltme, arşivleme; ayarlarda
# kendi profiliniz. Türler ve durumlar için terimler common.ftl dosyasındadır.

## Çalışma yerleri ve ortak kurumlar: liste

dir-archived = arşivlendi
dir-archive-heading = Arşiv
dir-all-archived = Tüm kayıtlar arşivlendi: Onları arşivde bulabilirsiniz.
dir-close = Kapat
dir-address = Adres
dir-contact-person = İrtibat kişisi

## Çalışma yerleri ve ortak kurumlar: bilgileri düzeltme

dir-edit-heading = Bilgileri düzenle
dir-save = Değişiklikleri kaydet
dir-saved = Değişiklikler kaydedildi.
dir-unchanged = Hiçbir şey değişmedi.
dir-cancel = Vazgeç

## Çalışma yerleri ve ortak kurumlar: arşivleme ve geri alma

dir-archive = Arşivle
dir-unarchive = Arşivden çıkar
dir-archived-status = “{ $name }” arşivlendi.
dir-unarchived-status = “{ $name }” yeniden kullanımda.
dir-site-archive-hint = Arşivlenen çalışma yerleri artık hiçbir seçim listesinde ve ziyaret planında görünmez; görüşmeleri ise geçmişte ve raporlarda kalır.
dir-partner-archive-hint = Arşivlenen ortak kurumlara artık yönlendirme yapılamaz; önceki yönlendirmeleri kişi dosyalarında ve raporlarda kalır.

## Çalışma yerleri: bir çalışma yerinin ziyaret saatleri ve görüşmeleri

dir-slots-none = Bu çalışma yeri için düzenli ziyaret saati girilmemiş.
dir-slots-archived = Arşivlenmiş bir çalışma yerinin ziyaret saatleri, onu arşivden çıkarana kadar askıya alınır.
dir-slot-edit = Değiştir
dir-slot-edit-label = { $site } için ziyaret saatini değiştir
dir-slot-save = Ziyaret saatini kaydet
dir-slot-saved = Ziyaret saati değiştirildi.
dir-months-heading = Aylara göre görüşmeler
dir-months-empty = Bu çalışma yerinde henüz görüşme kaydedilmedi.
dir-month = Ay
dir-contacts = Görüşmeler
dir-minutes = Dakika
dir-total = Toplam

## Ortak kurumlar: hizmetler ve yönlendirmeler

dir-services-empty = Henüz hizmet yok.
dir-service-add-label = Yeni hizmet
dir-service-add = Hizmet ekle
dir-service-added = “{ $name }” hizmeti eklendi.
dir-service-rename = Yeniden adlandır
dir-service-rename-label = “{ $name }” için yeni ad
dir-service-rename-save = Adı kaydet
dir-service-renamed = Hizmetin yeni adı: “{ $name }”.
dir-referrals-heading = Bu ortak kuruma yapılan yönlendirmeler
dir-referrals-empty = Bu ortak kuruma henüz yönlendirme yapılmadı.
dir-referral-created = Oluşturulma tarihi
dir-referral-person = Kişi

## Ayarlar: profili düzenle

profile-edit-heading = Profili düzenle
profile-edit-hint = Adınız, kısaltmanız ve ekibiniz dışa aktarımlarınızda yer alır: Merkez, bir değişikliği bir sonraki dışa aktarımla görür.
profile-team-label = Ekip (isteğe bağlı)
profile-save = Profili kaydet
profile-saved = Profil kaydedildi.
