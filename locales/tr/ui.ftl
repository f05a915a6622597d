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
nav-sites = Çalışma yerleri
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
heute-followups-heading = Zamanı gelen takipler
heute-followups-empty = Zamanı gelen takip yok.
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
qe-site-label = Çalışma yeri
qe-site-hint = Adını yazın, ok tuşlarıyla seçin, Enter ya da Tab ile onaylayın.
qe-site-no-match = Eşleşen çalışma yeri yok.
qe-site-none-yet = Henüz çalışma yeri yok. Önce “Çalışma yerleri” bölümünden bir yer ekleyin.
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

sites-title = Çalışma yerleri
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
settings-profile-hint = Profil, kurulum sırasında belirlenir.
settings-profile-name = Ad
settings-profile-initials = Kısaltma
settings-profile-team = Ekip
settings-profile-role = Rol
settings-profile-device = Cihaz kimliği
