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

## Yardım metinleri (feldbuch --help)

cli-help-usage = Kullanım
cli-help-options = Seçenekler
cli-help-commands = Komutlar
cli-help-flag = Yardımı gösterir
cli-version-flag = Sürümü gösterir
cli-about = Feldbuch – saha sosyal hizmeti için şifreli kayıt tutma aracı, internet bağlantısı gerektirmez.
cli-about-init = Feldbuch’u kurar: profil, anahtarlar ve şifreli veri deposu; kurtarma anahtarını yalnızca bir kez gösterir.
cli-about-site = Çalışma yerlerini yönetir.
cli-about-site-add = Bir çalışma yeri ekler.
cli-about-site-list = Çalışma yerlerini listeler.
cli-about-contact = Görüşmeleri kaydeder ve görüntüler.
cli-about-contact-add = Bir görüşme kaydeder.
cli-about-contact-list = Görüşmeleri listeler (isteğe bağlı olarak belirli bir dönem için).
cli-about-contact-show = Tek bir görüşmeyi gösterir.
cli-about-contact-edit = Bir görüşmeyi değiştirir (kaydederken kullanılan seçeneklerin aynısı; yalnızca girilen bilgiler değişir).
cli-about-contact-delete = Bir görüşmeyi siler (veri alışverişi için bir silme kaydı bırakır).
cli-about-verify = Veritabanını, şifrelemeyi ve denetim kayıtlarının hash zincirini kontrol eder.
cli-about-seed = Veri deposunu kurgusal test verileriyle doldurur (ölçümler ve tanıtımlar için).
cli-arg-data-dir = Veri klasörü (varsayılan: sistemin veri klasörü, örn. ~/.local/share/feldbuch)
cli-arg-lang = Çıktı dili: de, en, tr, ar, uk (varsayılan: uygulamadaki ayar)
cli-arg-passphrase-file = Parolayı bu dosyadan okur (ya da FELDBUCH_PASSPHRASE değişkenini ayarlayın)
cli-arg-json = Çıktıyı JSON olarak verir
cli-arg-init-name = Adınız (ekibinizin gördüğü şekliyle)
cli-arg-initials = Kısaltmanız (yalnızca harf, en fazla 4)
cli-arg-team = Ekibiniz
cli-arg-role = Rol: worker (saha çalışanı) ya da lead (ekip lideri)
cli-arg-site-add-name = Çalışma yerinin adı
cli-arg-site-add-kind = Tür: kita, fruehe-hilfen, schule, arztpraxis, quartierszentrum, beratungsstelle, jobcenter, oeffentlicher-raum, sonstiges
cli-arg-district = Semt ya da mahalle
cli-arg-site = Çalışma yeri (ad ya da ID)
cli-arg-kind = Görüşme türü: erstkontakt, folgekontakt, beratung, begleitung, kurzkontakt, telefonat, gruppenangebot, netzwerkkontakt
cli-arg-date = Tarih YYYY-AA-GG (varsayılan: bugün)
cli-arg-start = Başlangıç saati SS:DD
cli-arg-duration = Dakika cinsinden süre
cli-arg-anonymous = Anonim olarak ulaşılan kişi sayısı
cli-arg-age-band = Anonim kişilerin yaş grubu: unter-18, 18-29, 30-54, 55-64, ab-65, unbekannt
cli-arg-gender = Anonim kişilerin cinsiyeti: weiblich, maennlich, divers, keine-angabe
cli-arg-topic = Konu (birden fazla kez girilebilir): einsamkeit, wohnen, arbeit, gesundheit, finanzen, familie, sprache, behoerden, freizeit, sonstiges
cli-arg-contact-edit-topic = Konu (birden fazla kez girilebilir); önceki tüm konuların yerini alır
cli-arg-note = Gizli not
cli-arg-contact-edit-note = Gizli not; boş bir not girilirse mevcut not silinir
cli-arg-followup = Takip tarihi YYYY-AA-GG
cli-arg-contact-add-json = Kaydedilen görüşmeyi JSON olarak yazdırır
cli-arg-contact-edit-json = Değiştirilen görüşmeyi JSON olarak yazdırır
cli-arg-from = Başlangıç tarihi YYYY-AA-GG
cli-arg-to = Bitiş tarihi YYYY-AA-GG
cli-arg-id = Görüşmenin ID’si
cli-arg-contacts = Görüşme sayısı
cli-arg-sites = Çalışma yeri sayısı
cli-arg-persons = Kişi sayısı
cli-arg-years = Verileri bugüne kadarki bu kadar yıla yayar
cli-arg-seed = Rastgele sayı üretecinin başlangıç değeri (aynı değer, aynı veriler)
