# Feldbuch – kullanıcı arayüzü metinleri (Türkçe).
# Yer türleri, görüşme türleri, konular, yaş grupları, cinsiyet, roller ve dil adları
# common.ftl dosyasında, hata mesajları errors.ftl dosyasındadır.

## Genel

app-title = Feldbuch
app-loading = Feldbuch yükleniyor …
app-start-failed = Feldbuch başlatılamadı.
app-retry = Tekrar dene
skip-to-content = İçeriğe geç
language-label = Dil
value-none = –

## Gezinme

nav-label = Ana menü
nav-heute = Bugün
nav-sites = Çalışma yerleri ve ortak kurumlar
nav-settings = Ayarlar
nav-lock-now = Şimdi kilitle

## İlk kurulum

setup-title = Feldbuch’a hoş geldiniz
setup-intro = Feldbuch’u bu cihazda bir kez kurun. Tüm veriler bu cihazda şifreli olarak kalır.
setup-profile-heading = Profiliniz
setup-name-label = Ad (ekibinizin gördüğü şekliyle)
setup-initials-label = Kısaltma
setup-initials-hint = Örneğin “AK”. Dışa aktarımlarda adınız yerine bu kısaltma görünür.
setup-team-label = Ekip (isteğe bağlı)
setup-role-label = Rol
setup-passphrase-heading = Parola
setup-passphrase-intro = Feldbuch’un kilidini bu parolayla açarsınız. Parola, verilerinizin anahtarını korur. Kolayca hatırlayabileceğiniz ama başkalarının tahmin edemeyeceği bir parola seçin.
setup-passphrase-label =
    { $min ->
        [one] Parola (en az bir karakter)
       *[other] Parola (en az { $min } karakter)
    }
setup-passphrase-confirm-label = Parolayı tekrarlayın
setup-submit = Feldbuch’u kur
setup-submitting = Kuruluyor …

## Kurtarma anahtarı (kurulumdan sonra bir kez gösterilir)

recovery-title = Kurtarma anahtarınızı not edin
recovery-intro = Parolanızı unutursanız verilerinize yeniden ulaşmanın tek yolu bu anahtardır. Parola ve bu anahtar olmadan verileri kimse kurtaramaz – destek ekibi de.
recovery-replaced = Az önce kilidi açtığın kurtarma anahtarı artık geçerli değil: yazıldı ve görülmüş olabilir. İşte yenisi. Eski notu imha et.
recovery-once = Anahtar yalnızca bu bir kez gösterilir.
recovery-instructions = Anahtarı şimdi eksiksiz olarak kâğıda yazın ve kâğıdı bu cihazdan ayrı, güvenli bir yerde saklayın. Dosya, fotoğraf ya da e-posta olarak kaydetmeyin.
recovery-key-label = Kurtarma anahtarınız
recovery-confirm-heading = Yazdınız mı? Kısa bir kontrol
recovery-confirm-input-label = Anahtarın son grubunu yazın (son kısa çizgiden sonraki kısım).
recovery-confirm-mismatch = Bu, anahtarın son grubu değil.
recovery-confirm-checkbox-label = Anahtarı kâğıda yazdım ve güvenli bir yerde saklayacağım.
recovery-done = Feldbuch’a devam et

## Kilit ekranı

lock-title = Feldbuch kilitli
lock-intro = Verileriniz şifreli. Çalışmaya devam etmek için parolanızı girin.
lock-passphrase-label = Parola
lock-submit = Kilidi aç
lock-submitting = Kilit açılıyor …
lock-recovery-toggle = Parolanızı mı unuttunuz? Kurtarma anahtarıyla açın
lock-passphrase-toggle = Parola girişine dön
lock-recovery-intro = Kurtarma anahtarınızı girin ve yeni bir parola belirleyin.
lock-recovery-key-label = Kurtarma anahtarı
lock-new-passphrase-label =
    { $min ->
        [one] Yeni parola (en az bir karakter)
       *[other] Yeni parola (en az { $min } karakter)
    }
lock-recovery-submit = Kilidi aç ve yeni parolayı kaydet

## Bugün

heute-heading = Bugün, { $date }
heute-contacts-heading =
    { $count ->
        [0] Bugünkü görüşmeler
        [one] Bugün { $count } görüşme
       *[other] Bugün { $count } görüşme
    }
heute-contacts-empty = Bugün henüz görüşme kaydedilmedi.
heute-contacts-earlier = Bugünün önceki görüşmelerini göster ({ $count } tane daha)
heute-followups-heading = Zamanı gelen takipler
heute-followups-empty = Zamanı gelen takip yok.
heute-followups-upcoming-heading = Önümüzdeki 7 gün
heute-followups-upcoming-empty = Önümüzdeki 7 günde hatırlatma yok.
contact-anonymous-count =
    { $count ->
        [one] { $count } anonim kişi
       *[other] { $count } anonim kişi
    }
contact-duration =
    { $minutes ->
        [one] { $minutes } dakika
       *[other] { $minutes } dakika
    }
contact-start = saat { $time }
contact-topics-label = Konular
contact-delete = Sil
contact-delete-question = Bu görüşme kaydı gerçekten silinsin mi?
contact-delete-confirm = Evet, sil
contact-delete-cancel = Vazgeç
contact-deleted = Görüşme silindi.
followup-due = son tarih: { $date }
followup-overdue = Gecikmiş

## Hızlı kayıt

qe-heading = Hızlı kayıt
qe-hint = Yalnızca klavyeyle: Tab ile ilerleyin, Ctrl+Enter ile kaydedin.
qe-date-label = Tarih
qe-date-hint = YYYY-AA-GG; varsayılan bugün, sonradan girişte daha önceki bir gün
qe-start-label = Başlangıç
qe-start-hint = SS:DD; varsayılan şimdi, saat yoksa boş bırakın
qe-site-label = Çalışma yeri
qe-site-hint = Adını yazın, ok tuşlarıyla seçin, Enter ya da Tab ile onaylayın.
qe-site-no-match = Eşleşen çalışma yeri yok.
qe-site-none-yet = Henüz çalışma yeri yok. Önce “Çalışma yerleri ve ortak kurumlar” bölümünden bir yer ekleyin.
qe-site-results =
    { $count ->
        [0] Eşleşen çalışma yeri yok.
        [one] Bir çalışma yeri bulundu.
       *[other] { $count } çalışma yeri bulundu.
    }
qe-kind-label = Görüşme türü
qe-anonymous-label = Anonim kişi sayısı
qe-age-band-label = Yaş grubu
qe-gender-label = Cinsiyet
qe-option-unset = – seçilmedi –
qe-topics-label = Konular
qe-duration-label = Süre (dakika)
qe-note-label = Not (gizli)
qe-save = Görüşmeyi kaydet
qe-saving = Kaydediliyor …
qe-saved = Görüşme kaydedildi.
qe-error-site-required = Lütfen listeden bir çalışma yeri seçin.

## Çalışma yerleri

sites-title = Çalışma yerleri ve ortak kurumlar
sites-add-heading = Yeni çalışma yeri ekle
sites-name-label = Ad
sites-kind-label = Tür
sites-district-label = Semt ya da mahalle (isteğe bağlı)
sites-add = Çalışma yeri ekle
sites-added = “{ $name }” eklendi.
sites-list-heading =
    { $count ->
        [0] Henüz çalışma yeri yok
        [one] { $count } çalışma yeri
       *[other] { $count } çalışma yeri
    }
sites-empty = İlk çalışma yerinizi “{ sites-add-heading }” formuyla ekleyin.
sites-column-name = Ad
sites-column-kind = Tür
sites-column-district = Semt

## Ayarlar

settings-title = Ayarlar
settings-language-heading = Dil
settings-language-hint = Dil, yeniden başlatmaya gerek kalmadan hemen değişir.
settings-autolock-heading = Otomatik kilit
settings-autolock-label = Bu kadar dakika işlem yapılmazsa kilitle
settings-autolock-save = Kaydet
settings-autolock-saved =
    { $minutes ->
        [one] Feldbuch, { $minutes } dakika işlem yapılmazsa kendini kilitler.
       *[other] Feldbuch, { $minutes } dakika işlem yapılmazsa kendini kilitler.
    }
settings-profile-heading = Profil
settings-profile-hint = Rolünüzü kayıt sırasında merkez belirler. Adınızı, kısaltmanızı ve ekibinizi aşağıda düzeltebilirsiniz.
settings-profile-name = Ad
settings-profile-initials = Kısaltma
settings-profile-team = Ekip
settings-profile-role = Rol
settings-profile-device = Cihaz kimliği

## Hızlı kayıt: kişiler, sonuç, takip, taslak

qe-outcome-label = Sonuç
qe-persons-label = Kişiler (takma ad)
qe-persons-hint = Takma adı yazın, ok tuşlarıyla seçin, Enter ile ekleyin. Yalnızca belgelemeye onay vermiş kişiler bağlanabilir; diğer herkesi anonim olarak sayın.
qe-follow-up-label = Takip tarihi (isteğe bağlı)
qe-follow-up-hint = Biçim YYYY-AA-GG, ör. 2026-12-01
qe-language-label = Görüşme dili
qe-language-hint = Kısaltma, ör. de, tr, ar
qe-interpreter-label = Tercüman eşliğinde
qe-draft-restored = Kaydedilmemiş bir taslak geri yüklendi.
qe-draft-discard = Taslağı at
qe-draft-failed = Taslak kaydedilemedi.

## Kişi seçimi (hızlı kayıt, grup etkinlikleri)

picker-no-match = Eşleşen kişi yok.
picker-no-consent = belgeleme onayı yok – yalnızca anonim sayılabilir
picker-results =
    { $count ->
        [0] Eşleşen kişi yok.
        [one] Bir kişi bulundu.
       *[other] { $count } kişi bulundu.
    }
picker-selected-label = Seçilen kişiler
picker-remove = “{ $pseudonym }” kaldır

## Kişiler: menü ve arama

nav-persons = Kişiler
persons-title = Kişiler
persons-search-heading = Kişi ara
persons-search-text-label = Takma ad
persons-search-district-label = Semt
persons-search-marker-label = Yaşam durumu
persons-search-any-marker = – tümü –
persons-search-include-closed = Kapatılmış dosyaları da göster
persons-search-submit = Ara
persons-results-heading =
    { $count ->
        [0] Kişi bulunamadı
        [one] { $count } kişi
       *[other] { $count } kişi
    }
persons-participant = Katılımcı
persons-select-hint = Dosyasını açmak için listeden bir kişi seçin. Her açılış kayda geçer.

## Kişiler: notlarda tam metin arama

notes-search-heading = Notlarda ara
notes-search-hint = Tüm görüşmelerin gizli notlarında arar. Her arama kayda geçer.
notes-search-label = Aranacak sözcükler
notes-search-submit = Notlarda ara
notes-search-results =
    { $count ->
        [0] Not bulunamadı.
        [one] Bir not bulundu.
       *[other] { $count } not bulundu.
    }

## Kişiler: yeni kişi

person-new-heading = Yeni kişi ekle
person-new-pseudonym-label = Takma ad
person-new-pseudonym-hint = Örneğin baş harfler ve doğum yılı (“MK-1980”). Gerçek ad yazmayın: o, dosyaya ancak rıza ile girer.
person-new-birth-year-label = Doğum yılı (isteğe bağlı)
person-new-age-band-label = Yaş grubu (isteğe bağlı, doğum yılı bilinmiyorsa)
person-new-gender-label = Cinsiyet
person-new-district-label = Semt (isteğe bağlı)
person-new-languages-label = Diller (kısaltmalar, virgülle ayrılmış)
person-new-markers-label = Yaşam durumu
person-new-submit = Kişiyi ekle
person-new-created = “{ $pseudonym }” adlı kişi eklendi.
person-new-error-pseudonym = Lütfen bir takma ad girin.

## Kişi dosyası: bilgiler, ad ve iletişim bilgileri

person-view-close = Dosyayı kapat
person-page-loading = Dosya yükleniyor …
person-details-heading = Kişiye ilişkin bilgiler
person-closed-on = kapatılma tarihi: { $date }
person-field-birth-year = Doğum yılı
person-field-languages = Diller
person-field-markers = Yaşam durumu
person-field-real-name = Gerçek ad
person-field-contact-info = İletişim bilgileri
person-identity-heading = Ad ve iletişim bilgileri
person-identity-hint = Boşaltılan alan bilgiyi siler.
person-identity-save = Adı ve iletişim bilgilerini kaydet
person-identity-saved = Ad ve iletişim bilgileri kaydedildi.
person-identity-needs-consent = Gerçek ad ve iletişim bilgileri ancak belgeleme için rıza verildikten sonra kaydedilebilir.

## Kişi dosyası: rızalar

consents-heading = Rızalar
consents-partner = alıcı: { $partner }
consents-given-on = verilme tarihi { $date } ({ $form })
consents-withdrawn-on = geri alınma tarihi { $date }
consents-withdraw = Geri al
consents-empty = Henüz rıza yok. Belgeleme rızası olmadan kişi yalnızca anonim olarak sayılabilir.
consents-give-heading = Rıza kaydet
consents-scope-label = Kapsam
consents-form-label = Biçim
consents-date-label = Verilme tarihi (boş: bugün)
consents-partner-label = Verilerin aktarılabileceği ortak kurum
consents-partner-choose = – ortak kurum seçin –
consents-give-submit = Rızayı kaydet
consents-given = Rıza kaydedildi.
consents-withdrawn = Rıza geri alındı.
consents-error-partner = Aktarım rızası belirli bir ortak kurum için geçerlidir: lütfen kurumu seçin.

## Kişi dosyası: programa katılım

enrol-heading = Katılımcı olarak kaydet
enrol-hint = Fon sağlayıcıya (ör. ESF Plus) katılımcı bildirimi için. Katılımcı bildirimi rızası bulunduğu sürece mümkündür.
enrol-entry-label = Giriş tarihi (boş: bugün)
enrol-submit = Katılımcı olarak kaydet
enrol-edit-heading = Katılım bilgileri
enrol-save = Katılım bilgilerini kaydet
enrol-saved = Katılım bilgileri kaydedildi.

## Kişi dosyası: takip ve yönlendirme ekle

followup-form-heading = Takip ekle
followup-form-due-label = Son tarih
followup-form-what-label = Ne yapılacak?
followup-form-submit = Takip ekle
followup-form-added = Takip eklendi.
followup-form-error-due = Lütfen takibin son tarihini girin.
refer-heading = Ortak kuruma yönlendir
refer-no-partners = Henüz ortak kurum yok. “Çalışma yerleri ve ortak kurumlar” bölümünden ekleyin.
refer-partner-label = Ortak kurum
refer-partner-choose = – ortak kurum seçin –
refer-service-label = Hizmet
refer-service-any = – belirli bir hizmet yok –
refer-note-label = Yönlendirmeye ilişkin not (isteğe bağlı)
refer-submit = Yönlendirme ekle
refer-done = “{ $partner }” kurumuna yönlendirme eklendi.
refer-error-partner = Lütfen bir ortak kurum seçin.
refer-from-contact = { $date } tarihli görüşmeden yönlendirme ({ $site })
refer-contact-clear = Görüşmeyle ilişkilendirmeden yönlendir

## Kişi dosyası: geçmiş

timeline-followups-heading = Takipler
timeline-followup-done = Tamamlandı
timeline-followup-done-on = tamamlanma tarihi { $date }
timeline-followups-empty = Takip yok.
timeline-referrals-heading = Yönlendirmeler
timeline-referral-since = { $date } tarihinden beri
timeline-referral-no-forwarding = aktarım rızası olmadan
timeline-referral-from-contact = { $date } tarihli görüşmeden
timeline-referral-move = “{ $partner }” yönlendirmesinin durumunu değiştir
timeline-referrals-empty = Yönlendirme yok.
timeline-contacts-heading = Görüşmeler
timeline-contacts-empty = Görüşme yok.
timeline-contact-refer = Yönlendir
timeline-attendance-heading = Grup etkinliklerine katılım
timeline-attendance-empty = Grup etkinliklerine katılım yok.

## Kişi dosyası: bilgi edinme ve silme

rights-heading = Bilgi edinme ve silme
rights-auskunft-hint = GDPR 15. madde uyarınca bilgi edinme: Bu kişi hakkında kayıtlı her şey, Belgeler klasörünüze metin dosyası olarak yazılır. İşlem kayda geçer.
rights-auskunft = Bilgi raporu oluştur
rights-auskunft-written = Bilgi raporu şuraya kaydedildi:
rights-erase-hint = GDPR 17. madde uyarınca silme: Kişi kalıcı olarak silinir; görüşmeleri istatistikte yalnızca anonim olarak kalır. Silme işlemi bir sonraki dışa aktarımla merkeze de ulaşır.
rights-erase = Kişiyi sil …
rights-erase-confirm-label = Onaylamak için “{ $pseudonym }” takma adını yazın
rights-erase-mismatch = Takma ad henüz eşleşmiyor.
rights-erase-confirm = Kalıcı olarak sil
rights-erase-cancel = Vazgeç
rights-erased-heading = “{ $pseudonym }” silindi
rights-erased-contacts = Anonimleştirilen görüşmeler
rights-erased-notes = Silinen notlar
rights-erased-followups = Silinen takipler
rights-erased-consents = Silinen rızalar
rights-erased-attendance = Anonimleştirilen katılımlar
rights-erased-hint = Silme işlemi kayda geçti ve geri alınamaz.

## Bugün: planlanan ziyaretler ve klavyeyle takipler

heute-visits-heading = Bugün planlanan ziyaretler
heute-visits-empty = Bugün için planlanmış ziyaret yok.
heute-visit-time = { $start }–{ $end }
heute-followups-keys = Bir takip üzerinde Enter ya da D tuşu onu tamamlandı olarak işaretler; ok tuşları bir sonrakine geçer.
heute-followup-done = Tamamlandı
heute-followup-contact = { $date } tarihli görüşme, { $site }
heute-followup-completed = Tamamlandı: “{ $what }”
heute-contact-persons =
    { $count ->
        [one] { $count } kişi
       *[other] { $count } kişi
    }

## Çalışma yerleri ve ortak kurumlar: ağ ortakları

partners-heading =
    { $count ->
        [0] Ortak kurumlar
        [one] { $count } ortak kurum
       *[other] { $count } ortak kurum
    }
partners-empty = Henüz ortak kurum yok.
partners-column-name = Ad
partners-column-kind = Tür
partners-column-contact = İrtibat kişisi
partners-column-services = Hizmetler
partners-add-heading = Yeni ortak kurum ekle
partners-name-label = Ad
partners-kind-label = Tür
partners-district-label = Semt (isteğe bağlı)
partners-contact-label = İrtibat kişisi (isteğe bağlı)
partners-address-label = Adres (isteğe bağlı)
partners-services-label = Hizmetler (isteğe bağlı)
partners-services-hint = Birden fazla hizmeti virgülle ayırın, ör. “Borç danışmanlığı, Danışma saati”.
partners-add = Ortak kurumu ekle
partners-added = “{ $name }” ortak kurumu eklendi.

## Çalışma yerleri ve ortak kurumlar: ziyaret saatleri

slots-heading = Düzenli ziyaret saatleri
slots-empty = Henüz ziyaret saati yok.
slots-add-heading = Ziyaret saati ekle
slots-site-label = Çalışma yeri
slots-site-choose = – çalışma yeri seçin –
slots-weekday-label = Gün
slots-start-label = Başlangıç
slots-end-label = Bitiş
slots-add = Ziyaret saatini ekle
slots-added = Ziyaret saati eklendi.
slots-error-site = Lütfen bir çalışma yeri seçin.
slots-error-times = Lütfen ziyaret saatinin başlangıcını ve bitişini girin.

## Grup etkinlikleri

nav-activities = Grup etkinlikleri
activities-title = Grup etkinlikleri
activities-add-heading = Grup etkinliği kaydet
activities-kind-label = Tür
activities-title-label = Başlık
activities-date-label = Tarih (boş: bugün)
activities-site-label = Çalışma yeri (isteğe bağlı)
activities-start-label = Başlangıç (isteğe bağlı)
activities-duration-label = Dakika olarak süre (isteğe bağlı)
activities-volunteers-label = Gönüllüler (sayı)
activities-anonymous-label = Anonim katılımcılar (sayı)
activities-persons-label = Kayıtlı kişiler (takma ad)
activities-co-facilitators-label = Birlikte yürütenler
activities-co-facilitators-none = Bu cihazda henüz tanınan bir meslektaş yok.
activities-age-band-label = Anonim katılımcıların yaş grubu
activities-gender-label = Anonim katılımcıların cinsiyeti
activities-facilitators = Yürütenler: { $initials }
activities-note-label = Not (gizli, isteğe bağlı)
activities-save = Grup etkinliğini kaydet
activities-added = “{ $title }” grup etkinliği kaydedildi.
activities-list-heading =
    { $count ->
        [0] Henüz grup etkinliği yok
        [one] { $count } grup etkinliği
       *[other] { $count } grup etkinliği
    }
activities-empty = İlk grup etkinliğini formla kaydedin.
activities-column-date = Tarih
activities-column-title = Başlık
activities-column-kind = Tür
activities-column-attendance = Toplam katılım
activities-attendance-detail = kayıtlı: { $registered } · anonim: { $anonymous } · gönüllü: { $volunteers }
activities-attendance-edit = Katılımı düzenle
activities-attendance-heading = “{ $title }” etkinliğine katılım
activities-attendance-save = Katılımı kaydet
activities-attendance-cancel = İptal
activities-attendance-saved = “{ $title }” etkinliğine katılım kaydedildi.

## Ayarlar: saklama süreleri

retention-heading = Saklama süreleri
retention-hint = Verilerin ne kadar süre saklanacağını belirleyin, süresi dolan kayıtları görün ve onayladıktan sonra silin.
retention-years-label = Yıl olarak süre
retention-no-limit = Süre sınırı yok
retention-save = Süreyi kaydet
retention-saved = Süre kaydedildi.
retention-due-none = Süre belirlenmedi: hiçbir kaydın süresi dolmaz.
retention-due =
    { $count ->
        [0] Süresi dolan kayıt yok (kesim tarihi { $date }).
        [one] Bir kayıt { $date } tarihinden eski ve süresi doldu.
       *[other] { $count } kayıt { $date } tarihinden eski ve süresi doldu.
    }
retention-apply = Süresi dolan kayıtları sil …
retention-confirm =
    “{ $category }” kategorisindeki { $count ->
        [one] bir kayıt
       *[other] { $count } kayıt
    } kalıcı olarak silinsin mi? Bu işlem geri alınamaz.
retention-apply-confirm = Evet, kalıcı olarak sil
retention-apply-cancel = Vazgeç
retention-deleted =
    { $count ->
        [one] Bir kayıt silindi.
       *[other] { $count } kayıt silindi.
    }

## Ayarlar: erişim kaydı

protocol-heading = Erişim kaydı
protocol-hint = Hangi kaydı kim, ne zaman görüntüledi, değiştirdi, dışa aktardı ya da sildi – en yeni girişler önce. Kayıt sonradan değiştirilemez.
protocol-entity-label = Yalnızca bu kayıt kimliğine ait girişler (isteğe bağlı)
protocol-filter = Göster
protocol-empty = Giriş yok.
protocol-column-time = Zaman
protocol-column-actor = Kim
protocol-column-action = İşlem
protocol-column-entity = Kayıt
protocol-column-id = ID
protocol-older = Daha eski girişleri yükle

## Raporlar

nav-reports = Raporlar
reports-title = Raporlar
reports-intro = Bir çeyrek ya da kendi belirlediğiniz bir dönem için rakamlar – XLSX dosyasındakilerle aynı. Küçük sayılar, kimse tanınamasın diye gizlenir. Her rapor kayda geçer.
reports-period-heading = Dönem ve yayımlanan en küçük sayı
reports-quarter-option = { $year } yılı { $quarter }. çeyrek
reports-quarter-option-running = { $year } yılı { $quarter }. çeyrek (devam ediyor)
reports-custom-range = Özel dönem …
reports-from-label = Başlangıç
reports-to-label = Bitiş
reports-date-placeholder = YYYY-AA-GG
reports-date-hint = Biçim YYYY-AA-GG, ör. 2026-01-05. Her iki gün de dahildir; en fazla üç yıl.
reports-k-label = Yayımlanan en küçük sayı k
reports-k-hint = 1 ile k − 1 arasındaki sayılar “< k” olarak gösterilir. İzin verilen: { $min } ile { $max } arası.
reports-show = Göster
reports-save = XLSX olarak kaydet
reports-language-hint = Rapor ve XLSX dosyası bu dilde oluşturulur. Dil, Feldbuch'un tamamı için geçerlidir.
reports-loading = Rapor oluşturuluyor …
reports-loaded = { $period } raporu gösteriliyor.
reports-saved = Rapor şuraya kaydedildi:
reports-range-required = Dönemin başlangıç ve bitiş tarihini girin (YYYY-AA-GG).
reports-empty = Bir dönem seçin ve “Göster”e tıklayın.
reports-period-range = { $from } – { $to }
reports-figures-caption = Karşılaştırma dönemine göre temel göstergeler
reports-incomplete-heading = Zorunlu bilgileri eksik olan katılımcılar
reports-incomplete-hint = Bu liste yalnızca burada görünür, XLSX dosyasında asla yer almaz. Raporu teslim etmeden önce eksik bilgileri kişinin dosyasında tamamlayın.
reports-incomplete-empty = Dönemin tüm katılımcılarında zorunlu bilgiler eksiksiz.
reports-incomplete-missing = Eksik: { $fields }
reports-sources-empty = Bu dönemde hiçbir cihazdan veri yok.

## Merkezle veri alışverişi

nav-exchange = Veri alışverişi
exchange-title = Merkezle veri alışverişi
exchange-intro = Dışa aktarım paketleri kayıtlarınızı şifreli olarak merkeze taşır – yalnızca takma adlarla, gerçek adlar ve iletişim bilgileri olmadan. Her dışa aktarım ve bu ayarlardaki her değişiklik kayda geçer.
exchange-loading = Durum yükleniyor …
exchange-status-heading = Dışa aktarım
exchange-schedule = Sıklık
exchange-last-export = Son dışa aktarım
exchange-next-due = Sonraki dışa aktarım tarihi
exchange-never = henüz yok
exchange-next-due-now = hemen (henüz dışa aktarım yok)
exchange-due = Dışa aktarım zamanı geldi: { $date } tarihinden beri bekleniyor.
exchange-due-first = Dışa aktarım zamanı geldi: Bu cihazdan henüz hiçbir şey dışa aktarılmadı.
exchange-queued =
    { $count ->
        [one] Bir dışa aktarım paketi bekliyor: Dışa aktarım klasörüne yazılamadı. Paket bir sonraki dışa aktarımla yazılacak.
       *[other] { $count } dışa aktarım paketi bekliyor: Dışa aktarım klasörüne yazılamadı. Paketler bir sonraki dışa aktarımla yazılacak.
    }
exchange-no-office-key = Dışa aktarım yapılamıyor: Merkezin açık anahtarı eksik. Anahtarı “Dışa aktarım ayarları” bölümüne girin.
exchange-no-folder = Dışa aktarım yapılamıyor: Dışa aktarım klasörü ayarlanmamış. Klasörü “Dışa aktarım ayarları” bölümünde seçin.
exchange-export-full = Yalnızca değişiklikleri değil, her şeyi dışa aktar
exchange-export-full-hint = Normalde bir dışa aktarım yalnızca sonuncusundan bu yana değişenleri içerir. Merkez bir paketi kaybettiyse her şeyi dışa aktarmak işe yarar.
exchange-export-now = Şimdi dışa aktar
exchange-exporting = Dışa aktarılıyor …
exchange-export-written =
    { $count ->
        [one] Bir kayıt içeren { $file } dışa aktarım paketi { $folder } klasörüne yazıldı.
       *[other] { $count } kayıt içeren { $file } dışa aktarım paketi { $folder } klasörüne yazıldı.
    }
exchange-export-queued =
    { $count ->
        [one] Bir kayıt içeren { $file } dışa aktarım paketi bekliyor: { $folder } klasörüne yazılamadı. Paket bir sonraki dışa aktarımla yazılacak.
       *[other] { $count } kayıt içeren { $file } dışa aktarım paketi bekliyor: { $folder } klasörüne yazılamadı. Paket bir sonraki dışa aktarımla yazılacak.
    }
exchange-export-earlier =
    { $count ->
        [one] Bekleyen bir paket de yazıldı.
       *[other] Bekleyen { $count } paket de yazıldı.
    }
exchange-settings-heading = Dışa aktarım ayarları
exchange-folder-label = Dışa aktarım klasörü
exchange-folder-saved = Dışa aktarım klasörü kaydedildi.
exchange-schedule-label = Dışa aktarım sıklığı
exchange-schedule-hint = “Bugün” ekranındaki hatırlatma buna göre gösterilir.
exchange-schedule-saved = Sıklık kaydedildi.
exchange-office-key-label = Merkezin açık anahtarı
exchange-office-key-hint = “age1” ile başlar. Anahtarı merkezden alırsınız.
exchange-office-key-set = Merkezin bir anahtarı girilmiş.
exchange-office-key-missing = Henüz merkezin anahtarı girilmedi.
exchange-office-key-save = Anahtarı kaydet
exchange-office-key-saved = Anahtar kaydedildi: { $key }
exchange-notes-label = Notları da dışa aktar
exchange-notes-warning = Notlar kişisel serbest metindir; insanlar hakkında adlar ve başka bilgiler içerebilir. Notlar bu cihazdan yalnızca bu ayar açıkken çıkar. Her değişiklik kayda geçer.
exchange-notes-on = Notlar bir sonraki dışa aktarımdan itibaren gönderilir.
exchange-notes-off = Notlar bu cihazda kalır.
exchange-history-heading = Önceki dışa aktarımlar
exchange-history-empty = Henüz dışa aktarım yok.
exchange-history-sequence = No.
exchange-history-created = Oluşturulma
exchange-history-file = Dosya
exchange-history-records = Kayıt
exchange-history-status = Durum
exchange-history-full = Tam
exchange-history-notes = Notlarla
exchange-history-written = yazıldı
exchange-history-queued = bekliyor
exchange-yes = evet
exchange-no = hayır
exchange-enrolment-heading = Ekip liderine kayıt
exchange-enrolment-hint = Ekip lideriniz dışa aktarımlarınızı içe aktarabilmek için bu dosyaya bir kez ihtiyaç duyar. Dosya adınızı, kısaltmanızı ve bu cihazın açık anahtarlarını içerir – insanlar hakkında hiçbir veri içermez.
exchange-enrolment-write = Ekip lideri için kayıt dosyası oluştur
exchange-enrolment-written = Kayıt dosyası şuraya kaydedildi:
exchange-enrolment-fingerprint = Bu cihazın parmak izi – ekip liderin cihazı kaydederken ona sesli oku; onun ekranı aynı numarayı göstermeli:

## Veri alışverişi: yalnızca ekip lideri

exchange-lead-heading = Ekip lideri: cihazları kaydet ve dışa aktarımları içe aktar
exchange-lead-hint = Ekibinizin dışa aktarım paketleri burada bir araya gelir. Her paket içe aktarılmadan önce denetlenir: imza, sağlama toplamı ve sıra.
exchange-identity-heading = Merkezin gizli anahtarı
exchange-identity-kept = Merkezin gizli anahtarı bu cihazda saklanıyor.
exchange-identity-missing = Bu cihazda henüz merkezin gizli anahtarı saklanmıyor.
exchange-identity-hint = Anahtar Feldbuch içinde şifreli olarak saklanır. Dosyanın kendisini ardından yeniden güvenli bir yerde saklayabilirsiniz.
exchange-identity-save = Anahtarı sakla
exchange-identity-saved = Anahtar saklandı. Açık anahtar:
exchange-enrol-heading = Cihaz kaydet
exchange-enrol-hint = Bir cihazın kayıt dosyasıyla o cihazın dışa aktarımlarını içe aktarabilirsiniz.
exchange-enrol-check = Dosyayı kontrol et
exchange-enrol-preview = Bu dosya { $name } ({ $initials }) kişisinin cihazını kaydeder.
exchange-enrol-preview-team = Bu dosya { $name } ({ $initials }), ekip { $team }, kişisinin cihazını kaydeder.
exchange-enrol-compare = Çalışandan ekranındaki parmak izini okumasını isteyin. Cihazı yalnızca tam olarak bu ise kaydedin:
exchange-enrol-confirm = Aynı numara: kaydet
exchange-enrol-reject = Başka numara: kaydetme
exchange-enrol-rejected = Kaydedilmedi. Dosya çalışanın cihazından gelmiyor olabilir: Yenisini yüz yüze isteyin.
exchange-enrol-done = Kaydedildi: { $name } ({ $initials })
exchange-enrol-done-team = Kaydedildi: { $name } ({ $initials }), ekip { $team }
exchange-devices-heading = Kayıtlı cihazlar
exchange-devices-hint = Bir cihaz kaybolur veya çalınırsa burada iptal edin: Kendisi hakkında ne derse desin, ondan artık hiçbir şey içe aktarılmaz. Daha önce gönderdikleri kalır. İptal kalıcıdır; yerine gelen cihaz yeniden kaydolur.
exchange-devices-none = Henüz kayıtlı cihaz yok.
exchange-devices-column-worker = Çalışan
exchange-devices-column-fingerprint = Parmak izi
exchange-devices-column-last = Son paket
exchange-devices-column-state = Durum
exchange-devices-last-bundle = No. { $sequence }, { $date }
exchange-devices-no-bundle = henüz yok
exchange-devices-enrolled = kayıt: { $date }
exchange-devices-revoked = iptal: { $date }
exchange-devices-revoke = İptal et …
exchange-devices-revoke-question = { $name } ({ $initials }) cihazı kalıcı olarak iptal edilsin mi? Bundan sonra ondan hiçbir dışa aktarım paketi içe aktarılmaz.
exchange-devices-revoke-yes = Evet, kalıcı olarak iptal et
exchange-devices-revoke-no = Vazgeç
exchange-import-heading = Dışa aktarım paketlerini içe aktar
exchange-import-paths-hint = Bir klasördeki tüm dışa aktarım paketleri (*.age) her cihaz için numara sırasıyla okunur; her paket ya tamamen ya da hiç alınmaz. Bu sırada çalışmaya devam edebilirsiniz.
exchange-import-accept-gap = Boşlukları kabul et
exchange-import-accept-gap-hint = Bir cihazın bunlardan önceki paketleri eksikse normalde hiçbiri içe aktarılmaz. Bu kutu işaretliyken yine de içe aktarılır ve boşluk not edilir.
exchange-import-no-identity = İçe aktarma yapılamıyor: Önce merkezin gizli anahtarını bu cihazda saklayın.
exchange-import-start = İçe aktar
exchange-import-progress-label = İlerleme
exchange-import-starting = Dosyalar aranıyor …
exchange-import-progress =
    { $total } dosyadan { $done }. dosya okundu, { $records ->
        [one] bir kayıt
       *[other] { $records } kayıt
    }
exchange-import-cancel = İptal et
exchange-import-cancelling = İptal ediliyor …
exchange-import-cancelled = İçe aktarma durduruldu. Durdurmadan önce tamamen alınan paketler: { $imported }. Diğer dosyalara dokunulmadı; aynı dosyaları yeniden içe aktarmak işlemi sürdürür.
exchange-import-summary =
    { $imported ->
        [one] Bir dosya içe aktarıldı
       *[other] { $imported } dosya içe aktarıldı
    }, { $refused } reddedildi.
exchange-import-conflicts =
    { $count ->
        [one] Bir kayıtta çakışma var.
       *[other] { $count } kayıtta çakışma var.
    }
exchange-import-files-caption = Dosya başına sonuç
exchange-import-col-file = Dosya
exchange-import-col-result = Sonuç
exchange-import-col-worker = Kısaltma
exchange-import-col-sequence = No.
exchange-import-col-records = Kayıt
exchange-import-col-applied = Alınan
exchange-import-col-conflicts = Çakışma
exchange-import-col-note = Not
exchange-import-imported = içe aktarıldı
exchange-import-refused = reddedildi
exchange-import-gap-note = Boşluğa rağmen içe aktarıldı: { $expected } numaralı paket bekleniyordu.
exchange-import-gap-hint = Eksik paketler artık gelmeyecekse “Boşlukları kabul et” ile yeniden içe aktarın.
exchange-import-retry-gap = Boşlukları kabul ederek yeniden içe aktar
exchange-conflicts-heading = Birleştirme çakışmaları
exchange-conflicts-hint = İki cihaz aynı kaydı farklı içerikle gönderdi – örneğin bir devirden sonra önceki cihaz. Bir sürüm geçerli; başka birini kabul edebilirsiniz.
exchange-conflicts-empty = Açık çakışma yok.
exchange-conflict-found = { $date } tarihinde bulundu
exchange-conflict-versions =
    { $count ->
        [one] bir sürüm
       *[other] { $count } sürüm
    }
exchange-conflict-details = Sürümleri karşılaştır
exchange-conflict-version = Cihaz { $device }, revizyon { $revision }
exchange-conflict-current = alındı
exchange-conflict-take = Bu sürümü kabul et
exchange-conflict-erased = silindi
exchange-conflict-resolved = Kabul edildi.
exchange-conflict-resolved-travels = Kabul edildi; sürüm, merkezin bir sonraki paketiyle kişiyi yürüten cihaza gider.
exchange-handover-heading = Vakayı devret
exchange-handover-hint = Bir kişi onayları ve açık takipleriyle bir meslektaşın cihazına geçer. Cihazlar bunu merkezin bir sonraki paketiyle öğrenir; önceki cihaz kişiyi yalnızca okunabilir olarak, gerçek adı ve iletişim bilgileri olmadan tutar.
exchange-handover-person = Kişi
exchange-handover-device = Devralan
exchange-handover-device-choose = Cihaz seçin …
exchange-handover-submit = Devret
exchange-handover-done = { $pseudonym }, { $consents } onay ve { $followups } açık takiple { $initials } adlı çalışana devredildi. Şimdi ekibin cihazları için bir paket oluşturun.
exchange-handover-pick-person = Lütfen tam olarak bir kişi seçin.
exchange-handover-pick-device = Lütfen kişiyi devralacak cihazı seçin.

## Bugün: dışa aktarım hatırlatması

today-export-due = Merkez için dışa aktarım zamanı geldi: { $date } tarihinden beri bekleniyor.
today-export-due-first = Merkez için dışa aktarım zamanı geldi: Bu cihazdan henüz hiçbir şey dışa aktarılmadı.
today-export-queued =
    { $count ->
        [one] Bir dışa aktarım paketi hâlâ dışa aktarım klasörünü bekliyor.
       *[other] { $count } dışa aktarım paketi hâlâ dışa aktarım klasörünü bekliyor.
    }
today-export-due-go = Veri alışverişine git

## Ayarlar: yedekler

backups-heading = Yedekler
backups-hint = Verilerinizin bu cihazdaki şifreli kopyaları. Feldbuch, kilidi açtıktan sonra günde bir kez arka planda kendiliğinden bir yedek oluşturur; bu sırada çalışmaya devam edebilirsiniz. Son yedi yedek saklanır.
backups-problem = Otomatik yedekleme başarısız oldu: { $message }
backups-now = Şimdi yedekle
backups-now-busy = Yedekleniyor …
backups-cancelled = Yedekleme iptal edildi. Yarım yedek saklanmadı.
backups-cancel = Yedeklemeyi iptal et
backups-running = Arka planda yedekleniyor: % { $percent }
backups-made = { $file } yedeği oluşturuldu.
backups-empty = Henüz yedek yok.
backups-column-time = Zaman
backups-column-kind = Tür
backups-column-size = Boyut
backups-column-actions = İşlemler
backups-restore = Geri yükle …
backups-confirm = Mevcut verileriniz { $date } tarihli durumla değiştirilecek. Mevcut durum yedek olarak saklanır.
backups-passphrase-label = Onay için parolanız
backups-passphrase-required = Geri yüklemeyi onaylamak için parolanızı girin.
backups-restore-confirm = Geri yükle
backups-restore-busy = Geri yükleniyor …
backups-restore-cancel = Vazgeç
backups-restored = { $date } tarihli durum geri yüklendi. Önceki durum yedek olarak saklandı.

# Verlauf (journal)
nav-journal = Geçmiş
journal-title = Geçmiş
journal-filters = Filtreler
journal-from = Başlangıç (YYYY-AA-GG)
journal-to = Bitiş (YYYY-AA-GG)
journal-site = Çalışma yeri
journal-kind = Tür
journal-topic = Konu
journal-any = – tümü –
journal-contacts = Görüşmeler
journal-activities = Grup etkinlikleri
journal-show = Göster
journal-list-heading = Kayıtlar, en yenisi önce
journal-empty = Bu seçim için kayıt yok.
journal-older = Daha eski kayıtları yükle
journal-attendance = { $count } katılımcı

# Einstellungen: keys
settings-keys-heading = Anahtarlar
settings-passphrase-heading = Parolayı değiştir
settings-passphrase-current = Mevcut parola
settings-passphrase-new = Yeni parola (en az { $min } karakter)
settings-passphrase-change = Parolayı değiştir
settings-passphrase-changed = Parola değiştirildi. Bundan sonra yenisiyle kilidi açarsın.
settings-recovery-heading = Yeni kurtarma anahtarı
settings-recovery-intro = Not ettiğin anahtar kaybolduysa veya görüldüyse: yenisi onun yerini alır, eskisi artık geçmez.
settings-recovery-passphrase = Onay için parola
settings-recovery-new = Yeni anahtar oluştur
settings-recovery-written = Not ettim

exchange-receive-heading = Merkezin paketi
exchange-receive-hint = Ekip lideriniz size merkezin paketini verir: ekibinizde kimlerin olduğu, programın çalışma yerleri ve ortakları ve merkezin anahtarı. Her yenisini alın; değişikliklerini getirir.
exchange-receive-signer = Paketler yalnızca ekip liderinizin bu anahtarıyla alınır:
exchange-receive-fingerprint-label = Ekip liderinin anahtarının parmak izi
exchange-receive-fingerprint-hint = Yalnızca ilk seferde: ekip lideriniz ekranındaki sayıyı okur; siz yazarsınız. Başka bir anahtarla gelen paket reddedilir.
exchange-receive-button = Paketi al
exchange-receive-done = { $initials } kişisinden { $sequence } numaralı paket alındı: { $team } ekip üyesi, { $sites } çalışma yeri, { $partners } ortak.
exchange-receive-key-changed = Dışa aktarımlarınız için merkezin anahtarı da alındı.
exchange-publish-heading = Ekibin cihazları için paket
exchange-publish-hint = Ekipte kimlerin olduğu, çalışma yerleri ve ortakların hizmetleriyle dizini, ziyaret saatleriniz ve merkezin anahtarı, kayıtlı her cihaz için. Dosyayı cihazlara verin; her biri «Veri alışverişi» altında alır.
exchange-publish-button = Ekip için paket oluştur
exchange-publish-written = { $devices } cihaz için { $sequence } numaralı paket şuraya kaydedildi:
exchange-publish-fingerprint = Bir cihaz ilk paketini alırken bu sayıyı okuyun:
exchange-publish-unreachable = { $count ->
    [one] Kayıtlı bir cihaz bunu açamıyor: Feldbuch'un eski bir sürümüyle kaydedildi. Yeni bir kayıt dosyasıyla yeniden kaydedin.
   *[other] Kayıtlı { $count } cihaz bunu açamıyor: Feldbuch'un eski bir sürümüyle kaydedildiler. Yeni kayıt dosyalarıyla yeniden kaydedin.
}
reports-programme-all = Tüm programlar
programme-none = Program yok
today-office-package-missing = Bu cihazda henüz merkezin paketi yok. «Veri alışverişi» altında ekip liderinize kaydedin ve paketini alın: böylece ekibiniz, programın çalışma yerleri ve ortakları ilk temasınızı kaydetmeden önce burada olur.
lists-heading = Programlar ve semtler
lists-hint = Tüm ekip için: cihazlar iki listeyi de bir sonraki merkez paketiyle alır («Veri alışverişi» altında). Bir semt listesi varsa, yazılan her semt listedeki yazılışıyla kaydedilir.
lists-programmes-heading = Programlar
lists-programmes-empty = Henüz program yok: her şey hepsine ait.
lists-programme-label = Yeni program
lists-districts-heading = Semtler
lists-districts-empty = Henüz liste yok: semtler serbest metindir.
lists-district-label = Yeni semt
lists-add = Ekle
lists-added = { $name } eklendi.
lists-name-required = Lütfen bir ad girin.
sites-merge-heading = Birleştir
sites-merge-hint = Bir cihazın dizinden önce oluşturduğu çalışma yeri için: temasları, grup etkinlikleri ve ziyaretleri seçilen yerde sayılır; cihazlar kendilerininkini bir sonraki merkez paketiyle taşır. Geri alınamaz.
sites-merge-into = Birleştirileceği yer
sites-merge-button = Birleştir …
sites-merge-choose = Lütfen bunun birleştirileceği çalışma yerini seçin.
sites-merge-question = “{ $name }”, “{ $into }” ile kalıcı olarak birleştirilsin mi?
sites-merge-yes = Evet, birleştir
sites-merge-no = Hayır
sites-merged = { $name }, { $into } ile birleştirildi.
exchange-receive-new-lead = Yeni bir ekip lideri cihazından (değiştirilen dizüstü, yeni lider): saklanan anahtar yerine onun anahtarını al
exchange-devices-no-packages = Henüz merkez paketi alamaz: Feldbuch'un eski bir sürümüyle kaydedildi. Cihaza yeni bir kayıt dosyası yazdırın ve onunla yeniden kaydedin.
person-handed-over = Ekip lideri bu kişiyi { $initials } adlı çalışana devretti. Burada yalnızca okunabilir olarak, kendi görüşmeleriniz için kalır; gerçek adı ve iletişim bilgileri bu cihazdan silindi.
person-link-heading = Ekip için bir kez say
person-link-hint = Ekip aynı kişiyle birkaç yerde karşılaşırsa, herkes bağladığında raporda bir kez sayılır. Baş harfler, doğum yılı ve cinsiyetten anahtarlı bir hash oluşur; baş harfler saklanmaz, hiçbir ad cihazdan çıkmaz.
person-link-initials = Baş harfler (ad ve soyad)
person-link-year = Doğum yılı
person-link-gender = Cinsiyet
person-link-gender-choose = lütfen seçin
person-link-submit = Bağla
person-link-linked = Ekip için bağlandı: meslektaşlar da bağlamış olsa ekip liderinin raporunda bu kişi bir kez sayılır.
person-link-remove = Bağlantıyı kaldır
person-link-question =
    { $count ->
        [one] Ekip bu bilgilere sahip bir kişiyi zaten tanıyor. Aynı kişi mi?
       *[other] Ekip bu bilgilere sahip { $count } kişiyi zaten tanıyor. Aynı kişi mi?
    }
person-link-same = Evet, aynı kişi – bağla
person-link-other = Hayır, başka biri
person-link-fields-required = Lütfen baş harfleri, doğum yılını ve cinsiyeti girin.
partners-merge-heading = Birleştir
partners-merge-hint = Bir cihazın dizinden önce oluşturduğu bir ortak için: yönlendirmeleri, onayları ve hizmetleri seçilen ortakta sayılır (aynı adlı hizmet bir olur); cihazlar kendilerininkini merkezin bir sonraki paketiyle taşır. Bu geri alınamaz.
partners-merge-into = Birleştirileceği ortak
partners-merge-button = Birleştir …
partners-merge-choose = Lütfen bu ortağın birleştirileceği ortağı seçin.
partners-merge-question = "{ $name }" kalıcı olarak "{ $into }" ile birleştirilsin mi?
partners-merge-yes = Evet, birleştir
partners-merge-no = Hayır
partners-merged = { $name }, { $into } ile birleştirildi.
dir-own-kind = Programdaki türü: { $kind }
