# Üç aylık rapor (XLSX, Raporlar ekranı, `feldbuch report`).

report-title = Feldbuch – { $period } raporu
report-sheet-overview = Genel bakış
report-sheet-contacts = Görüşmeler
report-sheet-topics = Konular
report-sheet-referrals = Yönlendirmeler
report-sheet-activities = Grup etkinlikleri
report-sheet-participants = Katılımcılar
report-sheet-method = Yöntem

report-period = Raporlama dönemi
report-programme = Program
report-previous-period = Karşılaştırma dönemi
report-generated = Oluşturulma zamanı
report-total = Toplam
report-not-stated = belirtilmemiş

report-head-figure = Gösterge
report-head-change = Değişim
report-head-month = Ay
report-head-district = Semt
report-head-contact-kind = Görüşme türü
report-head-topic = Konu
report-head-partner-kind = Ortak kurum türü
report-head-activity-kind = Etkinlik türü
report-head-gender = Cinsiyet
report-head-age = Girişteki yaş
report-head-employment = Girişteki istihdam durumu
report-head-education = Girişteki eğitim düzeyi (ISCED)
report-head-household = Girişteki hane durumu
report-head-marker = Dezavantaj ölçütü
report-head-field = Zorunlu bilgi

report-col-contacts = Görüşmeler
report-col-share = Oran
report-col-activities = Etkinlikler
report-col-attendance = Katılımlar
report-col-volunteers = Gönüllüler
report-col-entries = Girişler
report-col-exits = Çıkışlar
report-col-missing = eksik olan kişi sayısı

report-figure-contacts = Görüşmeler
report-figure-volunteer-contacts = bunların gönüllülerce yapılan temasları
report-figure-persons = Ulaşılan kişiler (kayıtlı)
report-figure-anonymous-people = Anonim olarak ulaşılan kişiler
report-figure-anonymous-contacts = Anonim görüşmeler
report-figure-new-persons = Yeni kişiler
report-figure-referrals = Yönlendirmeler
report-figure-activities = Grup etkinlikleri
report-figure-attendance = Grup etkinliklerine katılımlar
report-figure-hours = Saha çalışması saatleri

report-define-contacts = Dönem içinde tüm cihazlarda kaydedilen tüm görüşmeler.
report-define-volunteer-contacts = Dönemin, gönüllülerin (entegrasyon rehberlerinin) cihazlarında kaydedilen temasları; temasların bir parçası.
report-define-persons = Dönemin en az bir görüşmesine bağlı olan, birbirinden farklı kayıtlı kişiler. Ekip sayımı için bağlanmış kişiler (aynı baş harfler, doğum yılı ve cinsiyet, çalışanlarca onaylanmış) birden fazla cihazda kayıtlı olsalar da bir kez sayılır.
report-define-anonymous-people = Dönemin tüm görüşmelerinde anonim olarak sayılan kişilerin toplamı.
report-define-anonymous-contacts = Kayıtlı hiçbir kişiye bağlı olmayan görüşmeler.
report-define-new-persons = Dönem içinde kaydı oluşturulan kişiler.
report-define-referrals = Dönem içinde yapılan yönlendirmeler, bugünkü durumlarıyla birlikte.
report-define-activities = Tarihi dönem içinde olan grup etkinlikleri.
report-define-attendance = Bu etkinliklerin kayıtlı katılımcıları ile anonim olarak sayılan ziyaretçilerinin toplamı.
report-define-hours = Görüşme sürelerinin saat cinsinden toplamı (bir ondalık basamak).

report-table-contacts-month = Aya ve çalışma yeri türüne göre görüşmeler
report-table-contacts-district = Çalışma yerinin semtine göre görüşmeler
report-table-contacts-kind = Görüşme türüne göre görüşmeler
report-table-topics = Görüşmelerin konuları
report-table-referrals = Ortak kurum türüne ve duruma göre yönlendirmeler
report-table-activities = Grup etkinlikleri, katılımlar ve gönüllüler
report-table-participants-gender = Cinsiyete göre katılımcılar
report-table-participants-age = Girişteki yaşa göre katılımcılar
report-table-participants-employment = İstihdam durumuna göre katılımcılar
report-table-participants-education = Eğitim düzeyine göre katılımcılar (ISCED)
report-table-participants-household = Hane durumuna göre katılımcılar
report-table-participants-markers = Dezavantaj ölçütü taşıyan katılımcılar (birden fazla seçilebilir)
report-table-anonymous = Anonim ulaşılan kişiler (yaş grubu ve cinsiyete göre)
report-table-participants-results = Ayrılışta sonuçlar (ESF Plus, birden fazla seçilebilir)
report-head-result = Sonuç
report-result-job-searching = İş arıyor
report-result-in-education = Eğitim veya meslek eğitiminde
report-result-qualification = Bir yeterlilik kazandı
report-result-employed = Çalışıyor (serbest çalışma dahil)
report-result-not-recorded = Sonuç kaydedilmedi
report-table-completeness = Zorunlu bilgilerin eksiksizliği

report-chart-months = Aylara göre görüşmeler
report-chart-site-kinds = Çalışma yeri türüne göre görüşmeler

report-topics-note = Bir görüşmede birden fazla konu olabilir. Oran, dönemin tüm görüşmeleri üzerinden hesaplanır.
report-participants-note = Programa (ESF Plus) girişteki özellikler. Tarihi raporlama dönemi içinde olan girişler ve çıkışlar; yalnızca katılımcı bildirimine rıza vermiş kişiler.
report-completeness-note = Dönemin, zorunlu bir bilgisi eksik olan katılımcıları. Bu kişilerin listesi yalnızca Feldbuch’un kendisinde (Raporlar) gösterilir, asla bu dosyada yer almaz.

report-age-unter-18 = 18 yaş altı
report-age-18-29 = 18–29
report-age-30-54 = 30–54
report-age-ab-55 = 55 ve üzeri

report-field-entry-date = Giriş tarihi
report-field-gender = Cinsiyet
report-field-age = Doğum yılı veya yaş grubu
report-field-employment = İstihdam durumu
report-field-education = Eğitim düzeyi (ISCED)
report-field-household = Hane durumu

report-month = { $month } { $year }
report-month-1 = Ocak
report-month-2 = Şubat
report-month-3 = Mart
report-month-4 = Nisan
report-month-5 = Mayıs
report-month-6 = Haziran
report-month-7 = Temmuz
report-month-8 = Ağustos
report-month-9 = Eylül
report-month-10 = Ekim
report-month-11 = Kasım
report-month-12 = Aralık

report-mark-small = < { $k }
report-mark-protect = x
report-method-sdc-title = Küçük sayılar
report-method-sdc = 1 ile { $k } − 1 arasındaki sayılar yayımlanmaz; bunlar “< { $k }” olarak gösterilir. Sıfırlar gösterilir.
report-method-secondary-title = İkincil gizleme
report-method-secondary = Küçük bir sayıyı korumak için gizlenen hücreler “{ report-mark-protect }” işaretini taşır: 0 ile tablonun toplamı arasında herhangi bir değere sahip olabilirler. Her rapor bir bütün olarak tam sayılı programlama ile denetlenir – satırlar ve sütunlar aynı anda, ve birden fazla tablonun paylaştığı toplamlar (görüşmeler; girişler ve çıkışlar) – ve “< { $k }” olarak gösterilen her hücre, yayımlanan tüm sayılara ve toplamlara rağmen 1 ile { $k } − 1 arasındaki her değeri hâlâ alabilene kadar başka hücreler de gizlenir.
report-method-limits-title = Sınırlar
report-method-limits = Her rapor kendi başına denetlenir; farklı dönemlerin veya eşiklerin raporlarının yan yana konması dikkate alınmaz. Bir raporun içinde toplamlar dikkate alınır, ancak bir sayının başka bir sayıyı aşamayacağı (bir konudaki görüşmeler tüm görüşmeleri, özellikler girişleri aşamaz) dikkate alınmaz. Dosya yalnızca toplulaştırılmış sayılar içerir: ad, takma ad veya not içermez.
report-definitions = Tanımlar
report-sources = Veri kaynakları (cihazlar)
report-source-device = Cihaz
report-source-team = Ekip
report-source-contacts = Dönemdeki görüşmeler
report-source-bundles = İçe aktarılan paketler
report-source-last-seq = Son paket numarası
report-source-last-import = Son içe aktarım
report-source-this-device = { $id } (bu cihaz)

report-table-own-site-kinds = Programın kendi yer türlerine göre görüşmeler
report-table-own-contact-kinds = Programın kendi görüşme türlerine göre görüşmeler
report-table-own-topics = Programın kendi konuları (birden fazla seçilebilir)
report-table-own-partner-kinds = Programın kendi ortak türlerine göre yönlendirmeler
report-table-own-markers = Programın kendi işaretlerine sahip katılımcılar (birden fazla olabilir)
report-table-own-activity-kinds = Programın kendi türlerine göre grup etkinlikleri
report-head-own-term = Kendi terim (ayrıntılandırdığı)
report-own-term = { $term } ({ $of })
report-own-rest-without = { $term } olmadan { $of }
report-own-rest = { $of }: diğer
