# Feldbuch – kayıtları düzeltme: görüşmeler, grup etkinlikleri, yönlendirmeler, takipler ve kişi
# dosyaları, listelendikleri yerde (Geçmiş, Bugün, Grup etkinlikleri, kişi dosyası).

## Genel

rec-edit = Düzenle
rec-save = Değişiklikleri kaydet
rec-cancel = Vazgeç
rec-date-hint = Biçim YYYY-AA-GG, ör. 2026-03-05; gelecekteki bir gün olamaz
rec-time-hint = SS:DD; saat yoksa boş bırakın
rec-site-archived = { $name } (arşivlendi)
rec-partner-archived = { $name } (arşivlendi)
rec-service-archived = { $name } (arşivlendi)
rec-person-unknown = (kişi artık kayıtlı değil)

## Görüşmeyi düzeltme (Geçmiş, Bugün, kişi dosyası)

rec-contact-edit-heading = { $date } tarihli { $site } görüşmesini düzenle
rec-contact-edit-hint = Yalnızca değiştirdikleriniz kaydedilir. Ctrl+Enter kaydeder, Esc vazgeçer.
rec-contact-saved = Görüşme değiştirildi.

## Görüşme: birden fazla gruptaki anonim kişiler (hızlı kayıt ve düzeltme)

rec-group-legend = Grup { $number }
rec-group-count = Sayı
rec-group-add = Başka bir grup ekle
rec-group-add-hint = Farklı yaş gruplarından veya cinsiyetlerden anonim kişiler için, ör. iki çocuklu bir anne.
rec-group-remove = Kaldır
rec-group-remove-label = Kaldır: Grup { $number }

## Grup etkinliklerini düzeltme ve arşivleme

rec-activity-edit-heading = “{ $title }” etkinliğini düzenle
rec-activity-saved = “{ $title }” grup etkinliği değiştirildi.
rec-archive = Arşivle
rec-unarchive = Arşivden çıkar
rec-archived = arşivlendi

## Kişi dosyası: yönlendirmeleri ve takipleri düzeltme

rec-referral-edit-heading = “{ $partner }” yönlendirmesini düzenle
rec-referral-saved = Yönlendirme değiştirildi.
rec-followup-reschedule = Ertele
rec-followup-rescheduled = Takip { $date } tarihine ertelendi.
rec-followup-reopen = Yeniden aç

## Kişi dosyası: kişiye ilişkin bilgileri düzeltme

rec-person-edit = Bilgileri düzelt
rec-person-edit-heading = “{ $pseudonym }” adlı kişinin bilgilerini düzelt
rec-person-edit-hint = Yalnızca değiştirdikleriniz kaydedilir; boşaltılan bir alan o bilgiyi siler. Ctrl+Enter kaydeder, Esc vazgeçer.
rec-person-saved = Kişiye ilişkin bilgiler değiştirildi.

## Kişi dosyası: kapatma ve yeniden açma

rec-case-heading = Dosyanın kapatılması
rec-case-open = Destek sona erdiğinde dosyayı kapatın. Dosya saklanır ve yeniden açılabilir.
rec-case-close = Dosyayı kapat …
rec-case-close-hint = Dosya bu tarih itibarıyla kapatılır. Gerekçe isteğe bağlıdır.
rec-case-close-date = Kapatılma tarihi
rec-case-close-reason = Gerekçe (isteğe bağlı)
rec-case-close-save = Dosyayı kapat
rec-case-closed-done = Dosya kapatıldı.
rec-case-closed-hint = Dosya kapalı. Destek devam ederse dosyayı yeniden açın.
rec-case-reopen = Dosyayı yeniden aç
rec-case-reopened = Dosya yeniden açıldı.
rec-case-reason = Kapatma gerekçesi

## Kişi dosyası: programdan çıkış (ESF Plus)

rec-exit-hint = Çıkışta ESF Plus ortak sonuç göstergelerini kaydedersiniz. Bilmedikleriniz “kaydedilmedi” olarak kalır.
rec-exit-date = Çıkış tarihi
rec-exit-unset = kaydedilmedi
rec-exit-save = Çıkışı kaydet
rec-exit-change = Çıkışı değiştir
rec-exit-saved = Çıkış kaydedildi.
qe-topics-hint = Konular arasında ok tuşlarıyla gezinin, Boşluk ile seçin.
rec-timeline-shown = { $total } görüşmeden { $shown } tanesi, en yenileri önce.
rec-timeline-all = Tüm görüşmeleri göster
