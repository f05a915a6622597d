## Komut satırı arayüzü (feldbuch)

cli-error = Hata: { $message }
cli-passphrase-prompt = Parola:
cli-new-passphrase-prompt = Yeni parola (en az 8 karakter):
cli-repeat-passphrase-prompt = Parolayı tekrarlayın:
cli-init-done = Feldbuch, { $name } için { $dir } konumunda kuruldu.
cli-recovery-key-intro = Kurtarma anahtarınız. Şimdi kâğıda yazın ve güvenli bir yerde saklayın – bir daha gösterilmeyecek:
cli-site-added = “{ $name }” çalışma yeri eklendi ({ $id }).
cli-no-sites = Henüz çalışma yeri yok.
cli-contact-added = Görüşme kaydedildi: { $id }
cli-contact-updated = Görüşme değiştirildi: { $id } (revizyon { $revision })
cli-contact-deleted = Görüşme silindi: { $id }
cli-no-contacts = Bu dönemde görüşme yok.
cli-contacts-count = { $count ->
    [one] { $count } görüşme
   *[other] { $count } görüşme
}
cli-verify-ok = Kontrol başarılı: veritabanı ve şifreleme sağlam, { $entries } denetim kaydı, hash zinciri kesintisiz.
cli-verify-problem = Kontrol BAŞARISIZ: veritabanı { $integrity }, şifreleme { $cipher }, yabancı anahtarlar { $fk }, hash zinciri { $chain }.
cli-check-ok = sorunsuz
cli-check-failed = HATALI
cli-seed-done = { $seconds } sn içinde { $contacts } görüşme, { $sites } çalışma yeri ve { $persons } kişi oluşturuldu.
