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

## أنواع الشركاء (Netzwerkpartner)
partner-kind-quartiersmanagement = إدارة الحي (Quartiersmanagement)
partner-kind-verein = جمعية
partner-kind-religionsgemeinschaft = جماعة دينية
partner-kind-beratungsstelle = مركز استشارات
partner-kind-gesundheit = القطاع الصحي
partner-kind-jobcenter = مركز العمل (Jobcenter)
partner-kind-behoerde = دائرة رسمية
partner-kind-foerderer = جهة داعمة/راعٍ
partner-kind-sonstiges = أخرى

## حالة الإحالة (Vermittlung)
referral-status-vorgeschlagen = مقترحة
referral-status-vereinbart = متفق عليها
referral-status-wahrgenommen = تم الحضور
referral-status-nicht-wahrgenommen = لم يتم الحضور
referral-status-abgebrochen = ملغاة

## أنواع الأنشطة الجماعية (Gruppenangebote)
activity-kind-repair-cafe = مقهى الإصلاح (Repair-Café)
activity-kind-urban-gardening = البستنة الحضرية (Urban Gardening)
activity-kind-garten-cafe = مقهى الحديقة
activity-kind-kompetenztraining = تدريب على المهارات
activity-kind-coaching = تدريب شخصي (Coaching)
activity-kind-netzwerktreffen = اجتماع الشبكة
activity-kind-sonstiges = أخرى

## نتيجة اللقاء
outcome-informiert = تم تقديم المعلومات
outcome-beraten = تم تقديم الاستشارة
outcome-vermittelt = تمت الإحالة
outcome-begleitet = تمت المرافقة
outcome-termin-vereinbart = تم تحديد موعد
outcome-kein-bedarf = لا توجد حاجة
outcome-sonstiges = أخرى

## بيانات المشاركين (ESF Plus)
employment-erwerbstaetig = في عمل (بما في ذلك العمل الحر)
employment-arbeitslos = بلا عمل
employment-langzeitarbeitslos = بلا عمل لفترة طويلة
employment-nicht-erwerbstaetig = خارج سوق العمل
employment-in-ausbildung = في الدراسة المدرسية أو التدريب المهني أو الجامعة
education-isced-0-2 = ISCED 0–2 (حتى المرحلة الإعدادية)
education-isced-3-4 = ISCED 3–4 (المرحلة الثانوية، ما بعد الثانوية)
education-isced-5-8 = ISCED 5–8 (التعليم العالي)
household-alleinlebend = أسرة من شخص واحد
household-alleinerziehend = أحد الوالدين بمفرده مع الأطفال
household-erwerbsloser-haushalt = أسرة لا يعمل فيها أحد
household-sonstiger = أسرة من نوع آخر
household-keine-angabe = غير محدد

## فئات الاحتفاظ بالبيانات
retention-category-closed-persons = ملفات الأشخاص المغلقة
retention-category-notes = ملاحظات اللقاءات
retention-category-done-followups = المتابعات المنجزة
retention-category-closed-referrals = الإحالات المغلقة

## حالة الشخص
person-status-active = نشط
person-status-closed = مغلق

## تسميات حقول أخرى
label-yes = نعم
label-no = لا
label-status = الحالة
label-participant-entry = الدخول إلى البرنامج
label-participant-exit = الخروج من البرنامج
label-employment = الوضع الوظيفي
label-education = المستوى التعليمي
label-household = وضع الأسرة المعيشية
label-given-on = مُنحت بتاريخ
label-withdrawn-on = سُحبت بتاريخ
label-minutes = دقيقة
label-outcome = النتيجة
label-language = اللغة
label-interpreter = الترجمة الشفهية
label-done-on = أُنجزت بتاريخ
label-partner = الشريك
label-service = الخدمة
label-title = العنوان
label-volunteers = المتطوعون
label-attendance = الحضور
label-due-on = مستحقة في
label-what = ماذا

## طلب الاطلاع (DSGVO، المادة 15): تصدير كل ما هو محفوظ عن شخص ما
auskunft-title = تقرير الاطلاع على البيانات وفق المادة 15 من اللائحة العامة لحماية البيانات (GDPR) بشأن «{ $pseudonym }»
auskunft-intro = جميع البيانات المحفوظة عن هذا الشخص، أُعدّت بتاريخ { $at } (UTC).
auskunft-section-person = بيانات الشخص
auskunft-section-consents = الموافقات
auskunft-section-contacts = اللقاءات
auskunft-section-referrals = الإحالات
auskunft-section-followups = المتابعات
auskunft-section-attendance = المشاركة في الأنشطة الجماعية
auskunft-section-audit = سجل الوصول: من اطّلع على هذه البيانات ومتى

## سجل التدقيق (Protokoll)
audit-action-init = تم الإعداد
audit-action-create = تم الإنشاء
audit-action-update = تم التعديل
audit-action-delete = تم الحذف
audit-action-view = تم العرض
audit-action-unlock = تم فتح القفل
audit-action-recover = تم الاسترداد
audit-action-search = تم البحث
audit-action-export = تم التصدير
audit-action-erase = تم المحو (المادة 17)
audit-action-import = تم الاستيراد
audit-action-backup = نُسخ احتياطيًا
audit-action-restore = استُعيد من نسخة احتياطية
audit-action-revoke = أُلغي
audit-action-archive = أُرشف
audit-action-unarchive = أُخرج من الأرشيف
audit-action-hand-over = سُلِّم
audit-entity-store = مخزن البيانات
audit-entity-worker = الأخصائي الميداني
audit-entity-site = مكان العمل
audit-entity-visit-slot = موعد الزيارة
audit-entity-district = حيّ
audit-entity-programme = برنامج
audit-entity-vocabulary = المفردات
audit-entity-partner = الشريك
audit-entity-service = خدمة
audit-entity-person = الشخص
audit-entity-consent = الموافقة
audit-entity-contact = اللقاء
audit-entity-referral = الإحالة
audit-entity-activity = النشاط الجماعي
audit-entity-followup = المتابعة
audit-entity-note = الملاحظات
audit-entity-retention = الاحتفاظ بالبيانات
audit-entity-device = جهاز
audit-entity-setting = إعداد
audit-entity-bundle = حزمة تصدير
audit-entity-office-bundle = حزمة المكتب
audit-entity-report = تقرير
audit-entity-backup = نسخة احتياطية

## أيام الأسبوع (1 = الاثنين)
weekday-1 = الاثنين
weekday-2 = الثلاثاء
weekday-3 = الأربعاء
weekday-4 = الخميس
weekday-5 = الجمعة
weekday-6 = السبت
weekday-7 = الأحد

export-schedule-weekly = أسبوعيًا
export-schedule-monthly = شهريًا
export-schedule-quarterly = كل ثلاثة أشهر
backup-kind-scheduled = يومية
backup-kind-manual = يدوية
backup-kind-pre-migration = قبل التحديث
backup-kind-pre-restore = قبل الاستعادة
