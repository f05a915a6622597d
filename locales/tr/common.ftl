## Tüm ekranların, komut satırı arayüzünün ve raporların ortak kelime dağarcığı.
## Kimlikler, veri deposundaki kebab-case kimlikleri izler: <prefix>-<id>.

## Çalışma yeri türleri
site-kind-kita = Kreş (KiTa)/aile merkezi
site-kind-fruehe-hilfen = Erken destek (Frühe Hilfen)
site-kind-schule = Okul
site-kind-arztpraxis = Doktor muayenehanesi
site-kind-quartierszentrum = Mahalle merkezi
site-kind-beratungsstelle = Danışma merkezi
site-kind-jobcenter = Jobcenter
site-kind-oeffentlicher-raum = Kamusal alan/sokak
site-kind-sonstiges = Diğer

## Görüşme türleri
contact-kind-erstkontakt = İlk görüşme
contact-kind-folgekontakt = Takip görüşmesi
contact-kind-beratung = Danışmanlık
contact-kind-begleitung = Refakat
contact-kind-kurzkontakt = Kısa görüşme/ayaküstü sohbet
contact-kind-telefonat = Telefon görüşmesi
contact-kind-gruppenangebot = Grup etkinliği
contact-kind-netzwerkkontakt = Ağ ortağıyla görüşme

## Konular
topic-einsamkeit = Yalnızlık/sosyal izolasyon
topic-wohnen = Barınma
topic-arbeit = İş/Jobcenter
topic-gesundheit = Sağlık
topic-finanzen = Maddi durum/borçlar
topic-familie = Aile/çocuklar
topic-sprache = Dil/uyum
topic-behoerden = Resmî kurumlar/başvurular
topic-freizeit = Boş zaman/buluşma
topic-sonstiges = Diğer

## Yaş grupları
age-band-unter-18 = 18 yaş altı
age-band-18-29 = 18–29
age-band-30-54 = 30–54
age-band-55-64 = 55–64
age-band-ab-65 = 65 ve üzeri
age-band-unbekannt = bilinmiyor

## Cinsiyet
gender-weiblich = kadın
gender-maennlich = erkek
gender-divers = diğer (divers)
gender-keine-angabe = belirtilmemiş

## Roller
role-worker = Saha çalışanı
role-lead = Ekip lideri
role-volunteer = Gönüllü uyum rehberi

## Dil adları (her biri kendi dilinde)
locale-name-de = Deutsch
locale-name-en = English
locale-name-tr = Türkçe
locale-name-ar = العربية
locale-name-uk = Українська

## Alan etiketleri
label-id = ID
label-date = Tarih
label-start = Başlangıç
label-duration = Süre (dk)
label-site = Çalışma yeri
label-kind = Tür
label-anonymous = Anonim
label-age-band = Yaş grubu
label-gender = Cinsiyet
label-topics = Konular
label-note = Not
label-follow-up = Takip
label-revision = Revizyon
label-name = Ad
label-district = Semt
label-worker = Saha çalışanı
anonymous-people = { $count ->
    [one] { $count } anonim kişi
   *[other] { $count } anonim kişi
}

## Kişi özellikleri (yaşam durumu ve fon sağlayıcının dezavantaj ölçütleri)
marker-wohnungslos = evsiz
marker-grundsicherung = temel gelir desteği/SGB II
marker-alleinerziehend = tek ebeveyn
marker-fluchterfahrung = mültecilik deneyimi
marker-behinderung = engellilik
marker-einsam = kendini yalnız hissediyor
marker-drittstaatsangehoerig = üçüncü ülke vatandaşlığı
marker-migrationshintergrund = yabancı köken
marker-minderheit = azınlık

## Rıza
consent-scope-documentation = Kişisel verilerin belgelenmesi
consent-scope-forwarding = Bir ortak kuruma aktarım
consent-scope-participant-reporting = Fon sağlayıcıya katılımcı bildirimi
consent-form-written = yazılı
consent-form-verbal = sözlü

## Ortak kurum türleri (Netzwerkpartner)
partner-kind-quartiersmanagement = Mahalle yönetimi (Quartiersmanagement)
partner-kind-verein = Dernek
partner-kind-religionsgemeinschaft = Dinî topluluk
partner-kind-beratungsstelle = Danışma merkezi
partner-kind-gesundheit = Sağlık hizmetleri
partner-kind-jobcenter = Jobcenter
partner-kind-behoerde = Resmî kurum
partner-kind-foerderer = Destekçi/sponsor
partner-kind-sonstiges = Diğer

## Yönlendirme durumu (Vermittlung)
referral-status-vorgeschlagen = önerildi
referral-status-vereinbart = ayarlandı
referral-status-wahrgenommen = katıldı
referral-status-nicht-wahrgenommen = katılmadı
referral-status-abgebrochen = iptal edildi

## Grup etkinliği türleri (Gruppenangebote)
activity-kind-repair-cafe = Tamir kafe (Repair-Café)
activity-kind-urban-gardening = Kent bahçeciliği (Urban Gardening)
activity-kind-garten-cafe = Bahçe kafe
activity-kind-kompetenztraining = Beceri eğitimi
activity-kind-coaching = Koçluk
activity-kind-netzwerktreffen = Ağ toplantısı
activity-kind-sonstiges = Diğer

## Görüşmenin sonucu
outcome-informiert = bilgilendirildi
outcome-beraten = danışmanlık verildi
outcome-vermittelt = yönlendirildi
outcome-begleitet = refakat edildi
outcome-termin-vereinbart = randevu alındı
outcome-kein-bedarf = ihtiyaç yok
outcome-sonstiges = diğer

## Katılımcı bilgileri (ESF Plus)
employment-erwerbstaetig = çalışıyor (serbest meslek dâhil)
employment-arbeitslos = işsiz
employment-langzeitarbeitslos = uzun süreli işsiz
employment-nicht-erwerbstaetig = işgücü dışında
employment-in-ausbildung = okulda, meslek eğitiminde ya da yükseköğretimde
education-isced-0-2 = ISCED 0–2 (ortaokula kadar)
education-isced-3-4 = ISCED 3–4 (lise, lise sonrası)
education-isced-5-8 = ISCED 5–8 (yükseköğretim)
household-alleinlebend = yalnız yaşıyor
household-alleinerziehend = çocuklarıyla yaşayan tek ebeveyn
household-erwerbsloser-haushalt = çalışan kimsenin olmadığı hane
household-sonstiger = diğer hane
household-keine-angabe = belirtilmemiş

## Saklama kategorileri
retention-category-closed-persons = kapatılmış kişi dosyaları
retention-category-notes = görüşme notları
retention-category-done-followups = tamamlanmış takipler
retention-category-closed-referrals = kapanmış yönlendirmeler

## Kişi durumu
person-status-active = aktif
person-status-closed = kapatıldı

## Diğer alan etiketleri
label-yes = evet
label-no = hayır
label-status = Durum
label-participant-entry = Programa giriş
label-participant-exit = Programdan çıkış
label-employment = İstihdam durumu
label-education = Eğitim düzeyi
label-household = Hane durumu
label-given-on = verilme tarihi
label-withdrawn-on = geri alınma tarihi
label-minutes = dk
label-outcome = Sonuç
label-language = Dil
label-interpreter = Tercüman
label-done-on = tamamlanma tarihi
label-partner = Ortak kurum
label-service = Hizmet
label-title = Başlık
label-volunteers = Gönüllüler
label-attendance = Katılım
label-due-on = son tarih
label-what = Ne

## Bilgi talebi (GDPR/DSGVO md. 15): bir kişi hakkında tutulan tüm verilerin dışa aktarımı
auskunft-title = GDPR 15. madde uyarınca “{ $pseudonym }” hakkında bilgi raporu
auskunft-intro = Bu kişi hakkında kayıtlı tüm veriler; oluşturulma: { $at } (UTC).
auskunft-section-person = Kişisel bilgiler
auskunft-section-consents = Rızalar
auskunft-section-contacts = Görüşmeler
auskunft-section-referrals = Yönlendirmeler
auskunft-section-followups = Takipler
auskunft-section-attendance = Grup etkinliklerine katılım
auskunft-section-audit = Erişim kaydı: bu verilere kim, ne zaman erişti

## Denetim kaydı (Protokoll)
audit-action-init = kuruldu
audit-action-create = oluşturuldu
audit-action-update = değiştirildi
audit-action-delete = silindi
audit-action-view = görüntülendi
audit-action-unlock = kilidi açıldı
audit-action-recover = kurtarıldı
audit-action-search = arandı
audit-action-export = dışa aktarıldı
audit-action-erase = kalıcı olarak silindi (md. 17)
audit-action-import = içe aktarıldı
audit-action-backup = yedeklendi
audit-action-restore = yedekten geri yüklendi
audit-action-revoke = iptal edildi
audit-action-archive = arşivlendi
audit-action-unarchive = arşivden çıkarıldı
audit-action-hand-over = devredildi
audit-entity-store = Veri deposu
audit-entity-worker = Saha çalışanı
audit-entity-site = Çalışma yeri
audit-entity-visit-slot = Ziyaret saati
audit-entity-district = Semt
audit-entity-programme = Program
audit-entity-vocabulary = sözcük listesi
audit-entity-partner = Ortak kurum
audit-entity-service = Hizmet
audit-entity-person = Kişi
audit-entity-consent = Rıza
audit-entity-contact = Görüşme
audit-entity-referral = Yönlendirme
audit-entity-activity = Grup etkinliği
audit-entity-followup = Takip
audit-entity-note = Notlar
audit-entity-retention = Saklama
audit-entity-device = Cihaz
audit-entity-setting = Ayar
audit-entity-bundle = Dışa aktarım paketi
audit-entity-office-bundle = Merkez paketi
audit-entity-report = Rapor
audit-entity-backup = Yedek

## Haftanın günleri (1 = Pazartesi)
weekday-1 = Pazartesi
weekday-2 = Salı
weekday-3 = Çarşamba
weekday-4 = Perşembe
weekday-5 = Cuma
weekday-6 = Cumartesi
weekday-7 = Pazar

export-schedule-weekly = haftalık
export-schedule-monthly = aylık
export-schedule-quarterly = üç aylık
backup-kind-scheduled = günlük
backup-kind-manual = elle
backup-kind-pre-migration = güncellemeden önce
backup-kind-pre-restore = geri yüklemeden önce
