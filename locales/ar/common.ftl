## مفردات مشتركة بين جميع الشاشات وواجهة سطر الأوامر والتقارير.
## تتبع المعرّفات معرّفات kebab-case في مخزن البيانات: <prefix>-<id>.

## أنواع أماكن العمل
site-kind-kita = روضة أطفال/مركز عائلي (KiTa)
site-kind-fruehe-hilfen = الدعم المبكر (Frühe Hilfen)
site-kind-schule = مدرسة
site-kind-arztpraxis = عيادة طبيب
site-kind-quartierszentrum = مركز الحي
site-kind-beratungsstelle = مركز استشارات
site-kind-jobcenter = مركز العمل (Jobcenter)
site-kind-oeffentlicher-raum = مكان عام/الشارع
site-kind-sonstiges = أخرى

## أنواع اللقاءات
contact-kind-erstkontakt = لقاء أول
contact-kind-folgekontakt = لقاء متابعة
contact-kind-beratung = استشارة
contact-kind-begleitung = مرافقة
contact-kind-kurzkontakt = لقاء قصير/عابر
contact-kind-telefonat = مكالمة هاتفية
contact-kind-gruppenangebot = نشاط جماعي
contact-kind-netzwerkkontakt = تواصل مع شريك في الشبكة

## المواضيع
topic-einsamkeit = الوحدة/العزلة الاجتماعية
topic-wohnen = السكن
topic-arbeit = العمل/مركز العمل (Jobcenter)
topic-gesundheit = الصحة
topic-finanzen = الأمور المالية/الديون
topic-familie = الأسرة/الأطفال
topic-sprache = اللغة/الاندماج
topic-behoerden = الدوائر الرسمية/الطلبات
topic-freizeit = أوقات الفراغ/اللقاءات
topic-sonstiges = أخرى

## الفئات العمرية
age-band-unter-18 = أقل من 18
age-band-18-29 = 18–29
age-band-30-54 = 30–54
age-band-55-64 = 55–64
age-band-ab-65 = 65 فأكثر
age-band-unbekannt = غير معروفة

## الجنس
gender-weiblich = أنثى
gender-maennlich = ذكر
gender-divers = آخر (divers)
gender-keine-angabe = غير محدد

## الأدوار
role-worker = أخصائي ميداني
role-lead = رئيس الفريق
role-volunteer = مرشد اندماج متطوع

## أسماء اللغات (كل منها بلغتها)
locale-name-de = Deutsch
locale-name-en = English
locale-name-tr = Türkçe
locale-name-ar = العربية
locale-name-uk = Українська

## تسميات الحقول
label-id = المعرّف
label-date = التاريخ
label-start = وقت البدء
label-duration = المدة (بالدقائق)
label-site = مكان العمل
label-kind = النوع
label-anonymous = مجهول الهوية
label-age-band = الفئة العمرية
label-gender = الجنس
label-topics = المواضيع
label-note = ملاحظة
label-follow-up = المتابعة
label-revision = المراجعة
label-name = الاسم
label-district = الحي
label-worker = الأخصائي الميداني
anonymous-people = { $count ->
    [zero] لا يوجد أشخاص مجهولو الهوية
    [one] شخص واحد مجهول الهوية
    [two] شخصان مجهولا الهوية
    [few] { $count } أشخاص مجهولو الهوية
    [many] { $count } شخصًا مجهول الهوية
   *[other] { $count } شخص مجهول الهوية
}

## سمات الشخص (الوضع المعيشي وسمات الحرمان وفق معايير الجهة المانحة)
marker-wohnungslos = بلا مسكن
marker-grundsicherung = الضمان الأساسي/SGB II
marker-alleinerziehend = تربية الأطفال دون شريك
marker-fluchterfahrung = تجربة لجوء
marker-behinderung = إعاقة
marker-einsam = الشعور بالوحدة
marker-drittstaatsangehoerig = جنسية دولة ثالثة
marker-migrationshintergrund = أصول أجنبية
marker-minderheit = أقلية

## الموافقة
consent-scope-documentation = توثيق البيانات الشخصية
consent-scope-forwarding = نقل البيانات إلى شريك
consent-scope-participant-reporting = الإبلاغ عن المشاركين إلى الجهة المانحة
consent-form-written = كتابية
consent-form-verbal = شفهية
