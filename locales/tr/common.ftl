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
