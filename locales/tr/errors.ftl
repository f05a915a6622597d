## Hatalar. Kimlik, IPC üzerinden iletilen ve komut satırı arayüzünün yazdırdığı `code` değeridir.

error-internal = Dahili bir hata oluştu. Hiçbir şey değiştirilmedi.
error-io = Bir dosyaya ya da klasöre erişilemiyor ({ $kind }). Hiçbir şey değiştirilmedi.
error-not-initialised = Feldbuch burada henüz kurulmadı. Önce kurun (uygulamayı başlatın ya da “feldbuch init” komutunu çalıştırın).
error-already-initialised = Feldbuch burada zaten kurulu.
error-wrong-passphrase = Parola yanlış.
error-wrong-recovery-key = Kurtarma anahtarı bu veri deposuna ait değil.
error-malformed-recovery-key = Bu geçerli bir kurtarma anahtarı değil (her biri 4 karakterden oluşan 13 grup).
error-keyring-unavailable = Sistem anahtarlığına ulaşılamıyor. Feldbuch anahtarını yalnızca orada saklar ve o olmadan hiçbir şey açmaz.
error-keyring-locked = Sistem anahtarlığı kilitli. Kilidini açın (bilgisayarda oturum açarak) ve tekrar deneyin.
error-keyring-entry-missing = Anahtarlıkta bu veri deposuna ait kayıt yok. Kilidi kurtarma anahtarıyla açın.
error-locked = Feldbuch kilitli. Lütfen kilidi açın.
error-cancelled = İptal edildi. Yarım kalan hiçbir şey kaydedilmedi.
error-store-unreadable = Veri deposu bu anahtarla okunamıyor ya da hasarlı.
error-key-file-damaged = Anahtar dosyası hasarlı.
error-schema-too-new = Bu veri deposu Feldbuch’un daha yeni bir sürümüyle oluşturulmuş (şema { $found }; bu sürümün tanıdığı şema: { $known }).
error-forbidden = Bunun için yetkiniz yok.
error-verify-failed = Kontrol başarısız oldu.
error-usage = Geçersiz komut: { $detail }
error-passphrase-required = Parola girilmedi: FELDBUCH_PASSPHRASE değişkenini ayarlayın, --passphrase-file seçeneğini kullanın ya da programı bir terminalde başlatın.
error-passphrase-file = Parola dosyası okunamıyor.
error-passphrase-too-short = Parola en az { $min } karakter olmalıdır.
error-passphrase-too-long = Parola en fazla { $max } karakter olabilir.
error-passphrase-mismatch = Girilen iki parola aynı değil.
error-invalid-id = “{ $value }” geçerli bir ID değil.
error-invalid-site-kind = “{ $value }” bilinen bir çalışma yeri türü değil.
error-invalid-contact-kind = “{ $value }” bilinen bir görüşme türü değil.
error-invalid-topic = “{ $value }” bilinen bir konu değil.
error-invalid-age-band = “{ $value }” bilinen bir yaş grubu değil.
error-invalid-gender = “{ $value }” bilinen bir cinsiyet değeri değil.
error-invalid-role = “{ $value }” bilinen bir rol değil.
error-invalid-locale = “{ $value }” kullanılabilir bir dil değil.
error-invalid-initials = “{ $value }” kısaltması yalnızca harflerden oluşabilir.
error-text-required = { $field ->
    [name] Ad
    [initials] Kısaltma
    [team] Ekip
    [district] Semt
    [note] Not
    [site] Çalışma yeri
    [pseudonym] Takma ad
    [real-name] Gerçek ad
    [contact-info] İletişim bilgisi
    [title] Başlık
    [service] Hizmet
    [address] Adres
    [contact-person] İrtibat kişisi
    [what] Açıklama
    [reason] Gerekçe
    [query] Arama metni
   *[other] Bu alan
} boş bırakılamaz.
error-text-too-long = { $field ->
    [name] Ad
    [initials] Kısaltma
    [team] Ekip adı
    [district] Semt adı
    [note] Not
    [site] Çalışma yeri adı
    [pseudonym] Takma ad
    [real-name] Gerçek ad
    [contact-info] İletişim bilgisi
    [title] Başlık
    [service] Hizmet adı
    [address] Adres
    [contact-person] İrtibat kişisinin adı
    [what] Açıklama
    [reason] Gerekçe
    [query] Arama metni
   *[other] Metin
} çok uzun (en fazla { $max } karakter).
error-text-invalid = { $field ->
    [name] Ad
    [initials] Kısaltma
    [team] Ekip adı
    [district] Semt adı
    [note] Not
    [site] Çalışma yeri adı
    [pseudonym] Takma ad
    [real-name] Gerçek ad
    [contact-info] İletişim bilgisi
    [title] Başlık
    [service] Hizmet adı
    [address] Adres
    [contact-person] İrtibat kişisinin adı
    [what] Açıklama
    [reason] Gerekçe
    [query] Arama metni
   *[other] Metin
} izin verilmeyen kontrol karakterleri içeriyor.
error-invalid-date = “{ $value }” geçerli bir tarih değil (YYYY-AA-GG).
error-date-in-future = { $value } tarihi henüz gelmedi.
error-invalid-time = “{ $value }” geçerli bir saat değil (SS:DD).
error-invalid-duration = Süre { $min } ile { $max } dakika arasında olmalıdır (girilen: { $value }).
error-invalid-anonymous-count = Anonim kişi sayısı { $min } ile { $max } arasında olmalıdır (girilen: { $value }).
error-anonymous-details-without-count = Yaş grubu ve cinsiyet yalnızca anonim kişiler için geçerlidir: lütfen kişi sayısını da girin.
error-invalid-anonymous-group = “{ $value }” bir grup değil: önce sayı, sonra yaş grubu ve cinsiyet, örn. 2:unter-18:weiblich.
error-anonymous-groups-and-details = Yaş grubunu ve cinsiyeti grupların içinde girin, yanında değil.
error-anonymous-count-mismatch = Gruplar { $sum } kişi ediyor, sayı ise { $count }.
error-follow-up-before-contact = Takip tarihi ({ $value }) görüşme tarihinden önce.
error-invalid-range = Tarih aralığı geçersiz: { $from }, { $to } tarihinden sonra.
error-invalid-auto-lock = Otomatik kilit süresi { $min } ile { $max } dakika arasında olmalıdır (girilen: { $value }).
error-site-exists = “{ $name }” adlı bir çalışma yeri zaten var.
error-site-not-found = “{ $value }” adlı bir çalışma yeri bulunamadı.
error-contact-not-found = { $id } ID’li bir görüşme bulunamadı.
error-invalid-marker = “{ $value }” bilinen bir özellik değil.
error-invalid-consent-scope = “{ $value }” bilinen bir rıza kapsamı değil.
error-invalid-consent-form = “{ $value }” bilinen bir rıza biçimi değil (yazılı ya da sözlü).
error-invalid-birth-year = Doğum yılı { $min } ile { $max } arasında olmalıdır (girilen: { $value }).
error-invalid-language = “{ $value }” bir dil kodu değil (iki ya da üç küçük harf, ör. de, tr, ar).
error-consent-required = Gerçek ad ve iletişim bilgileri yalnızca belgeleme için verilmiş bir rıza varsa kaydedilebilir.
error-person-not-found = { $id } ID’li bir kişi bulunamadı.
error-consent-not-found = { $id } ID’li bir rıza bulunamadı.
error-consent-already-withdrawn = Bu rıza zaten geri alınmış.
error-invalid-withdrawal-date = Rızanın geri alınma tarihi ({ $value }) rıza tarihinden önce ya da ileri bir tarihte.
error-too-many-persons = Bir görüşmeye en fazla { $max } kişi bağlanabilir.
error-person-needs-consent = “{ $pseudonym }” için belgeleme rızası yoktur; bu kişi yalnızca anonim olarak sayılabilir.
error-consent-needs-partner = Veri aktarımı rızası belirli bir ortak kurum için geçerlidir: ortak kurumu belirtin.
error-consent-partner-only-forwarding = Ortak kurum yalnızca veri aktarımı rızasına eklenebilir.
error-invalid-partner-kind = “{ $value }” bilinen bir ortak kurum türü değil.
error-partner-exists = “{ $name }” adlı bir ortak kurum zaten var.
error-partner-not-found = “{ $value }” adlı bir ortak kurum bulunamadı.
error-service-exists = Bu ortak kurumda “{ $name }” adlı bir hizmet zaten var.
error-service-not-found = “{ $partner }” kurumunun “{ $value }” adlı bir hizmeti yok.
error-too-many-services = Bir ortak kurumun en fazla { $max } hizmeti olabilir.
error-invalid-weekday = Haftanın günü { $min } (Pazartesi) ile { $max } (Pazar) arasında olmalıdır (girilen: { $value }).
error-slot-end-before-start = Ziyaret saatinin bitişi ({ $end }) başlangıcından ({ $start }) sonra değil.
error-slot-not-found = { $id } ID’li bir ziyaret saati bulunamadı.
error-invalid-referral-status = “{ $value }” bilinen bir yönlendirme durumu değil.
error-referral-not-found = { $id } ID’li bir yönlendirme bulunamadı.
error-referral-needs-person-or-contact = Bir yönlendirme için bir kişi ya da yönlendirmenin çıktığı görüşme gereklidir.
error-referral-status-step = Bir yönlendirme “{ $from }” durumundan “{ $to }” durumuna geçemez.
error-referral-status-date = { $value } tarihi, yönlendirmenin son durumundan önce.
error-invalid-activity-kind = “{ $value }” bilinen bir grup etkinliği türü değil.
error-activity-not-found = { $id } ID’li bir grup etkinliği bulunamadı.
error-invalid-volunteers-count = Gönüllü sayısı { $min } ile { $max } arasında olmalıdır (girilen: { $value }).
error-too-many-attendees = Bir grup etkinliğine en fazla { $max } kayıtlı kişi bağlanabilir; diğerlerini anonim olarak sayın.
error-too-many-co-facilitators = Bir grup etkinliği en fazla { $max } birlikte yürüten meslektaş belirtebilir.
error-co-facilitator-unknown = Bu meslektaş bu cihazda tanınmıyor: { $id }
error-followup-not-found = { $id } ID’li bir takip bulunamadı.
error-followup-already-done = Bu takip zaten tamamlandı.
error-partner-archived = “{ $name }” ortağı arşivde: önce arşivden çıkarın.
error-service-archived = “{ $name }” hizmeti arşivde: önce arşivden çıkarın.
error-followup-not-done = Bu takip hâlâ açık.
error-invalid-outcome = “{ $value }” bilinen bir sonuç değil.
error-invalid-employment = “{ $value }” bilinen bir istihdam durumu değil.
error-invalid-education = “{ $value }” bilinen bir eğitim düzeyi değil (isced-0-2, isced-3-4, isced-5-8).
error-invalid-household = “{ $value }” bilinen bir hane durumu değil.
error-participant-needs-consent = “{ $pseudonym }” için katılımcı bildirimi rızası yok.
error-not-a-participant = “{ $pseudonym }” katılımcı olarak kayıtlı değil.
error-exit-before-entry = Çıkış tarihi ({ $value }) giriş tarihinden önce.
error-person-already-closed = Bu kişi dosyası zaten kapatılmış.
error-search-no-words = Arama metninde hiç sözcük yok.
error-search-too-many-words = Arama metni en fazla { $max } sözcük içerebilir.
error-invalid-draft = Taslak geçersiz olduğu için kaydedilmedi.
error-invalid-retention-category = “{ $value }” bilinen bir saklama kategorisi değil.
error-invalid-retention-years = Saklama süresi { $min } ile { $max } yıl arasında olmalıdır (girilen: { $value }).
error-retention-no-period = “{ $category }” için saklama süresi belirlenmemiş.
error-confirm-required = Bu işlem kalıcı olarak siler: --yes ile onaylayın.
error-revoke-confirm-required = İptal kalıcıdır: Bundan sonra bu cihazdan hiçbir şey içe aktarılmaz. --yes ile onaylayın.
error-file-exists = { $path } dosyası zaten var; üzerine yazılmayacak.
error-invalid-format = “{ $value }” bilinen bir biçim değil (text ya da json).
error-retention-years-or-none = --years ya da --none seçeneklerinden birini girin.

# Exchange with the central office
error-bundle-malformed = Dosya geçerli bir Feldbuch dışa aktarım paketi değil (hata: { $detail }).
error-bundle-bad-signature = Paketin imzası kayıtlı cihazla eşleşmiyor: paket değiştirilmiş ya da başka bir cihazdan geliyor.
error-bundle-too-large = Dışa aktarım paketi izin verilenden büyük, okunmuyor.
error-bundle-not-a-bundle = Dosya şifreli bir Feldbuch dışa aktarım paketi değil.
error-bundle-foreign = Dışa aktarım paketi bu merkezin anahtarı için şifrelenmemiş.
error-bundle-damaged = Dışa aktarım paketi hasarlı veya eksik.
error-bundle-hash-mismatch = Paketin içeriği sağlama toplamıyla uyuşmuyor: değiştirilmiş.
error-bundle-version = Dışa aktarım paketinin biçimi { $version }; Feldbuch’un bu sürümü bunu tanımıyor.
error-enrolment-malformed = Dosya geçerli bir Feldbuch cihaz kaydı değil.
error-enrolment-bad-signature = Cihaz kaydı değiştirilmiş: imzası uyuşmuyor.
error-office-key-unreadable = { $path } içinde merkez anahtarı yok.
error-office-recipient-invalid = Bu, merkezin açık anahtarı değil (“age1” ile başlar).
error-export-no-office = Dışa aktarım için merkezin açık anahtarı gerekli.
error-export-no-folder = Dışa aktarım klasörü ayarlanmamış.
error-export-folder-invalid = Dışa aktarım klasörü geçersiz.
error-enrolment-key-changed = Bu cihaz zaten başka bir anahtarla kayıtlı. Değiştirilen bir cihaz yeniden kaydolur.
error-enrolment-fingerprint-changed = Kayıt dosyasının parmak izi artık karşılaştırdığınızdan farklı. Hiçbir şey kaydedilmedi: Dosyayı yeniden kontrol edin.
error-device-revoked = { $initials } kişisinin cihazı { $date } tarihinde iptal edildi: Ondan artık hiçbir şey içe aktarılmaz ve yeniden kaydedilemez. Yerine gelen cihaz yeni bir cihaz olarak kaydolur.
error-device-not-enrolled = Bu cihaz burada kayıtlı değil.
error-on-or-off = “{ $value }” olmaz: yalnızca on veya off.
error-bundle-unknown-device = Dışa aktarım paketi burada kayıtlı olmayan bir cihazdan geliyor ({ $initials }). Önce cihazı kayıt dosyasıyla kaydedin.
error-bundle-already-imported = { $initials } kişisinin { $sequence } numaralı paketi zaten içe aktarıldı; hiçbir şeyi değiştirmez.
error-bundle-replay = { $initials } kişisinden { $sequence } numarasıyla başka bir paket zaten içe aktarıldı: bu paket reddedildi.
error-bundle-gap = { $initials } kişisinin paketleri eksik: { $expected } numara bekleniyor, bu { $found } numara. Önce eksikleri içe aktarın ya da boşluğu kabul ettiğinizi onaylayın.
error-bundle-worker-mismatch = Dışa aktarma paketi, cihazın kaydedildiği çalışandan başka bir çalışanı gösteriyor ({ $initials }): reddedildi.
error-bundle-not-owner = Dışa aktarma paketi, cihazının oluşturmadığı bir kaydı değiştirmeye çalışıyor ({ $entity }): bir cihaz yalnızca kendi oluşturduğunu yazar. Paketin tamamı reddedildi.
error-bundle-invalid-value = Dışa aktarma paketi geçersiz bir değer içeriyor ({ $field }): reddedildi.
error-enrolment-worker-taken = Bu çalışan başka bir cihazla zaten kayıtlı: bir kayıt başkasının kimliğini devralamaz.
error-invalid-quarter = “{ $value }” geçerli bir çeyrek dönem değil (ör. 2026-Q3).
error-invalid-period = { $from } ile { $to } arasındaki dönem geçerli değil: dönem başlamadan bitemez ve en fazla üç yılı kapsayabilir.
error-invalid-k = Yayımlanan en küçük sayı { $min } ile { $max } arasında olmalıdır (girilen: { $value }).

error-invalid-export-schedule = “{ $value }” bir dışa aktarma sıklığı değil (weekly, monthly veya quarterly).
error-file-unreadable = { $file } dosyası okunamıyor.
error-recovery-key-required = Kurtarma anahtarını girin (FELDBUCH_RECOVERY_KEY, --key-file veya terminalde).
error-office-identity-missing = Bu cihazda merkez ofisin anahtarı yok. Önce merkez ofisin anahtar dosyasını ekleyin.
error-import-no-bundles = Dışa aktarma paketi (*.age) bulunamadı.
error-import-some-refused = { $total } dosyadan { $refused } tanesi reddedildi; diğerlerinin hepsi içe aktarıldı.
error-path-invalid = Lütfen bir yol (dosya veya klasör) girin.
error-request-invalid = İstek bu komuta uymuyor; hiçbir şey değiştirilmedi. ({ $detail })
error-disk-full = Disk dolu. Hiçbir şey değiştirilmedi. Yer açın ve tekrar deneyin.
error-read-only = Buraya yazılamıyor (salt okunur). Hiçbir şey değiştirilmedi.
error-backup-unknown = “{ $file }” adında bir yedek yok.
error-backup-damaged = Bu yedek bozuk ya da bu veri deposuna ait değil. Hiçbir şey değiştirilmedi.
error-backup-running = Bir yedekleme zaten çalışıyor.
error-import-running = Bir içe aktarma zaten çalışıyor.
error-seed-confirm = “seed” bu veri deposuna uydurma yerler, kişiler ve görüşmeler yazar. Bunlar dışa aktarılır ve raporda sayılır; sonradan gerçek kayıtlardan ayırt edilemez. Yalnızca ölçüm ve deneme depoları için: --yes ile onaylayın.
error-not-written-here = Feldbuch yalnızca kendi yazdığı dosyaları klasörde gösterir.
error-show-in-folder-failed = Klasör açılamadı ({ $detail }).

## Merkez paketleri (ekip lideri → cihazlar)
error-office-no-recipients = Henüz hiçbir kayıtlı cihaz merkez paketi alamıyor. Önce ekibin cihazlarını kaydedin; Feldbuch'un eski bir sürümüyle kaydedilen cihazlar yeniden kaydolur.
error-office-not-office = Bu dosya bir merkez paketi değil.
error-office-bundle-own = Bu merkez paketi bu cihazda yayımlandı.
error-office-signer-changed = Bu merkez paketi, merkezinizin önceki paketlerinden farklı bir anahtarla imzalanmış. Alınmadı; ekip liderinize sorun.
error-office-fingerprint-mismatch = Bu merkez paketinin anahtarının parmak izi { $fingerprint }, girilen değil. Alınmadı; ekip liderinize sorun.
error-office-already-received = { $sequence } numaralı merkez paketi burada zaten alındı.
error-office-bundle-old = { $sequence } numaralı merkez paketi, burada zaten alınmış olandan (numara { $last }) daha eski; daha yeni değişiklikleri geri alırdı.
error-directory-office-entry = Bu kayıt merkezin dizininden geliyor; yalnızca ekip lideri değiştirebilir.
error-office-fingerprint-required = Bu, bu cihazdaki ilk merkez paketi: ekip liderinin anahtarının parmak izini, liderin sesli okuduğu gibi girin; böylece başka kimse bir paketi merkezinki gibi gösteremez.
error-district-invalid = “{ $name }” bir semt adı değil.
error-district-exists = Bu semt listede zaten var: { $name }.
error-too-many-districts = Listede zaten { $max } semt var.
error-district-unknown = Merkezin listesi “{ $name }” semtini tanımıyor. Listeden birini seçin ya da ekip liderinizden eklemesini isteyin.
error-programme-exists = Bu program zaten var: { $name }.
error-too-many-programmes = Zaten { $max } program var.
error-programme-unknown = Burada “{ $name }” adlı bir program yok.
error-site-merge-invalid = “{ $name }”, “{ $into }” ile birleştirilemez: aynı çalışma yeri ya da biri zaten birleştirilmiş veya arşivlenmiş.
error-person-handed-over = Ekip lideri bu kişiyi bir meslektaşa devretti; burada yalnızca okunabilir olarak, kendi görüşmeleriniz için kalır.
error-handover-same-device = Kişi zaten o cihazda.
error-handover-volunteer = Gönüllü cihazına vaka devredilmez.
error-handover-revoked = Bu cihaz engellendi; ona hiçbir şey devredilmez.
error-conflict-not-found = { $id } için açık bir çakışma yok.
error-conflict-no-version = { $device } cihazı bu kaydın bir sürümünü göndermedi.
error-conflict-erased = Bu sürüm bir silme; kişiyi şimdi yürüten cihaz dışında kimse silemez.
error-link-initials = Baş harfler: 2 veya 3 harf, ör. "AK".
error-link-no-secret = Ekip sayımı için anahtar henüz yok: merkezin paketiyle gelir.
error-link-match = Ekip aynı bilgilere sahip { $matches } kişiyi zaten tanıyor. Yalnızca aynı kişiyse bağlayın (--confirm ile).
error-partner-merge-invalid = "{ $name }", "{ $into }" ile birleştirilemez: aynı ortak ya da biri zaten birleştirilmiş veya arşivlenmiş.
error-vocab-kind = "{ $kind }" genişletilebilen bir sözcük listesi değil: site-kind, contact-kind, topic, activity-kind, partner-kind, outcome veya marker.
error-vocab-id = "{ $id }" kimlik olarak kullanılamaz: 2 ile 40 arası küçük harf, rakam veya tire, ör. "notunterkunft".
error-vocab-built-in = "{ $id }" zaten yerleşik.
error-vocab-parent = "{ $id }" için incelttiği yerleşik kayıt eksik (--parent; bir görüşme türü için gerekli) ya da bu listeye uymuyor (bir işaret almaz).
error-vocab-label = { $locale } dili için bir etiket (tek satır, en fazla 80 karakter) eksik; her eklemenin de, en, tr, ar ve uk etiketleri olmalı.
error-vocab-exists = "{ $id }" bu listede zaten var.
error-vocab-too-many = Bir liste en fazla { $max } kendi kaydını alır.
error-vocab-unknown = "{ $id }", { $kind } içinde ne yerleşik ne de program tarafından eklenmiş.
