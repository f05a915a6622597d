# Feldbuch – نصوص واجهة المستخدم (العربية).
# أنواع الأماكن وأنواع اللقاءات والمواضيع والفئات العمرية والجنس والأدوار وأسماء اللغات
# موجودة في common.ftl، ورسائل الأخطاء في errors.ftl.

## عام

app-title = Feldbuch
app-loading = جارٍ تحميل Feldbuch …
app-start-failed = تعذّر تشغيل Feldbuch.
app-retry = إعادة المحاولة
skip-to-content = الانتقال إلى المحتوى
language-label = اللغة
value-none = –

## التنقل

nav-label = القائمة الرئيسية
nav-heute = اليوم
nav-sites = أماكن العمل والشركاء
nav-settings = الإعدادات
nav-lock-now = القفل الآن

## الإعداد الأول

setup-title = مرحبًا بك في Feldbuch
setup-intro = اضبط Feldbuch مرة واحدة على هذا الجهاز. تبقى جميع البيانات مشفّرة على هذا الجهاز.
setup-profile-heading = ملفك الشخصي
setup-name-label = الاسم (كما يراه فريقك)
setup-initials-label = الأحرف الأولى من الاسم
setup-initials-hint = مثلًا «AK». تظهر الأحرف الأولى في ملفات التصدير بدلًا من اسمك.
setup-team-label = الفريق (اختياري)
setup-role-label = الدور
setup-passphrase-heading = كلمة المرور
setup-passphrase-intro = بكلمة المرور هذه تفتح قفل Feldbuch، وهي تحمي مفتاح بياناتك. اختر كلمة يسهل عليك تذكّرها ويصعب على غيرك تخمينها.
setup-passphrase-label =
    { $min ->
        [one] كلمة المرور (حرف واحد على الأقل)
        [two] كلمة المرور (حرفان على الأقل)
        [few] كلمة المرور ({ $min } أحرف على الأقل)
        [many] كلمة المرور ({ $min } حرفًا على الأقل)
       *[other] كلمة المرور ({ $min } حرف على الأقل)
    }
setup-passphrase-confirm-label = أعد إدخال كلمة المرور
setup-submit = إعداد Feldbuch
setup-submitting = جارٍ الإعداد …

## مفتاح الاسترداد (يُعرض مرة واحدة بعد الإعداد)

recovery-title = اكتب مفتاح الاسترداد
recovery-intro = إذا نسيت كلمة المرور، فهذا المفتاح هو الطريقة الوحيدة للوصول إلى بياناتك من جديد. من دون كلمة المرور ومن دون هذا المفتاح لا يستطيع أحد استعادة البيانات، ولا حتى فريق الدعم.
recovery-replaced = مفتاح الاسترداد الذي فتحت به القفل للتو لم يعد صالحًا: فقد كُتب وربما رآه أحد. هذا مفتاحك الجديد. أتلف الورقة القديمة.
recovery-once = يُعرض المفتاح هذه المرة فقط.
recovery-instructions = انسخه الآن كاملًا على ورقة، واحفظ الورقة في مكان آمن بعيدًا عن هذا الجهاز. لا تحفظه في ملف أو صورة أو رسالة بريد إلكتروني.
recovery-key-label = مفتاح الاسترداد الخاص بك
recovery-confirm-heading = هل كتبته؟ تحقّق سريع
recovery-confirm-input-label = اكتب المجموعة الأخيرة من المفتاح (بعد آخر شَرطة).
recovery-confirm-mismatch = هذه ليست المجموعة الأخيرة من المفتاح بعد.
recovery-confirm-checkbox-label = لقد كتبت المفتاح على ورقة وسأحتفظ بها في مكان آمن.
recovery-done = المتابعة إلى Feldbuch

## شاشة القفل

lock-title = Feldbuch مقفل
lock-intro = بياناتك مشفّرة. أدخل كلمة المرور لمتابعة العمل.
lock-passphrase-label = كلمة المرور
lock-submit = فتح القفل
lock-submitting = جارٍ فتح القفل …
lock-recovery-toggle = نسيت كلمة المرور؟ افتح القفل بمفتاح الاسترداد
lock-passphrase-toggle = العودة إلى إدخال كلمة المرور
lock-recovery-intro = أدخل مفتاح الاسترداد واختر كلمة مرور جديدة.
lock-recovery-key-label = مفتاح الاسترداد
lock-new-passphrase-label =
    { $min ->
        [one] كلمة المرور الجديدة (حرف واحد على الأقل)
        [two] كلمة المرور الجديدة (حرفان على الأقل)
        [few] كلمة المرور الجديدة ({ $min } أحرف على الأقل)
        [many] كلمة المرور الجديدة ({ $min } حرفًا على الأقل)
       *[other] كلمة المرور الجديدة ({ $min } حرف على الأقل)
    }
lock-recovery-submit = فتح القفل وحفظ كلمة المرور الجديدة

## اليوم

heute-heading = اليوم، { $date }
heute-contacts-heading =
    { $count ->
        [0] لقاءات اليوم
        [one] لقاء واحد اليوم
        [two] لقاءان اليوم
        [few] { $count } لقاءات اليوم
        [many] { $count } لقاءً اليوم
       *[other] { $count } لقاء اليوم
    }
heute-contacts-empty = لم يُسجَّل أي لقاء اليوم بعد.
heute-contacts-earlier = عرض لقاءات اليوم السابقة (المتبقي: { $count })
heute-followups-heading = المتابعات المستحقة
heute-followups-empty = لا توجد متابعات مستحقة.
heute-followups-upcoming-heading = الأيام السبعة القادمة
heute-followups-upcoming-empty = لا توجد متابعات في الأيام السبعة القادمة.
contact-anonymous-count =
    { $count ->
        [zero] لا يوجد أشخاص مجهولو الهوية
        [one] شخص واحد مجهول الهوية
        [two] شخصان مجهولا الهوية
        [few] { $count } أشخاص مجهولي الهوية
        [many] { $count } شخصًا مجهول الهوية
       *[other] { $count } شخص مجهول الهوية
    }
contact-duration =
    { $minutes ->
        [one] دقيقة واحدة
        [two] دقيقتان
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    }
contact-start = الساعة { $time }
contact-topics-label = المواضيع
contact-delete = حذف
contact-delete-question = هل تريد حقًا حذف هذا اللقاء؟
contact-delete-confirm = نعم، احذف
contact-delete-cancel = إلغاء
contact-deleted = تم حذف اللقاء.
followup-due = مستحقة في { $date }
followup-overdue = متأخرة

## الإدخال السريع

qe-heading = إدخال سريع
qe-hint = كل شيء بلوحة المفاتيح: Tab للانتقال، وCtrl+Enter للحفظ.
qe-date-label = التاريخ
qe-date-hint = YYYY-MM-DD؛ اليوم افتراضيًا، ويوم سابق للإدخال المتأخر
qe-start-label = البداية
qe-start-hint = HH:MM؛ الآن افتراضيًا، واتركه فارغًا بلا وقت
qe-site-label = مكان العمل
qe-site-hint = اكتب الاسم، واختر بمفاتيح الأسهم، ثم أكّد بمفتاح Enter أو Tab.
qe-site-no-match = لا يوجد مكان عمل مطابق.
qe-site-none-yet = لا توجد أماكن عمل بعد. أضف مكانًا أولًا في قسم «أماكن العمل والشركاء».
qe-site-results =
    { $count ->
        [0] لا يوجد مكان عمل مطابق.
        [one] تم العثور على مكان عمل واحد.
        [two] تم العثور على مكانَي عمل.
        [few] تم العثور على { $count } أماكن عمل.
        [many] تم العثور على { $count } مكانَ عمل.
       *[other] تم العثور على { $count } مكان عمل.
    }
qe-kind-label = نوع اللقاء
qe-anonymous-label = عدد الأشخاص مجهولي الهوية
qe-age-band-label = الفئة العمرية
qe-gender-label = الجنس
qe-option-unset = – غير محدد –
qe-topics-label = المواضيع
qe-duration-label = المدة بالدقائق
qe-note-label = ملاحظة (سرية)
qe-save = حفظ اللقاء
qe-saving = جارٍ الحفظ …
qe-saved = تم حفظ اللقاء.
qe-error-site-required = يُرجى اختيار مكان عمل من القائمة.

## أماكن العمل

sites-title = أماكن العمل والشركاء
sites-add-heading = إضافة مكان عمل جديد
sites-name-label = الاسم
sites-kind-label = النوع
sites-district-label = الحي أو المنطقة (اختياري)
sites-add = إضافة مكان العمل
sites-added = تمت إضافة مكان العمل «{ $name }».
sites-list-heading =
    { $count ->
        [0] لا توجد أماكن عمل بعد
        [one] مكان عمل واحد
        [two] مكانا عمل
        [few] { $count } أماكن عمل
        [many] { $count } مكانَ عمل
       *[other] { $count } مكان عمل
    }
sites-empty = أضف أول مكان عمل لك من خلال نموذج «{ sites-add-heading }».
sites-column-name = الاسم
sites-column-kind = النوع
sites-column-district = الحي

## الإعدادات

settings-title = الإعدادات
settings-language-heading = اللغة
settings-language-hint = تتغير اللغة فورًا دون إعادة التشغيل.
settings-autolock-heading = القفل التلقائي
settings-autolock-label = القفل بعد هذا العدد من الدقائق دون استخدام
settings-autolock-save = حفظ
settings-autolock-saved =
    { $minutes ->
        [one] يُقفل Feldbuch نفسه بعد دقيقة واحدة دون استخدام.
        [two] يُقفل Feldbuch نفسه بعد دقيقتين دون استخدام.
        [few] يُقفل Feldbuch نفسه بعد { $minutes } دقائق دون استخدام.
        [many] يُقفل Feldbuch نفسه بعد { $minutes } دقيقة دون استخدام.
       *[other] يُقفل Feldbuch نفسه بعد { $minutes } دقيقة دون استخدام.
    }
settings-profile-heading = الملف الشخصي
settings-profile-hint = يحدّد المكتب المركزي دورك عند التسجيل. يمكنك تصحيح اسمك وأحرفك الأولى وفريقك أدناه.
settings-profile-name = الاسم
settings-profile-initials = الأحرف الأولى
settings-profile-team = الفريق
settings-profile-role = الدور
settings-profile-device = معرّف الجهاز

## الإدخال السريع: الأشخاص والنتيجة والمتابعة والمسودة

qe-outcome-label = النتيجة
qe-persons-label = الأشخاص (الاسم المستعار)
qe-persons-hint = اكتب الاسم المستعار، واختر بمفاتيح الأسهم، ثم أضف بمفتاح Enter. لا يمكن ربط إلا الأشخاص الذين وافقوا على التوثيق؛ أما الآخرون فيُحتسبون دون ذكر الهوية.
qe-follow-up-label = موعد المتابعة (اختياري)
qe-follow-up-hint = الصيغة YYYY-MM-DD، مثل 2026-12-01
qe-language-label = لغة المحادثة
qe-language-hint = رمز اللغة، مثل de أو tr أو ar
qe-interpreter-label = بحضور مترجم شفهي
qe-draft-restored = تمت استعادة مسودة لم تُحفظ.
qe-draft-discard = تجاهل المسودة
qe-draft-failed = تعذّر حفظ المسودة.

## اختيار الأشخاص (الإدخال السريع، الأنشطة الجماعية)

picker-no-match = لا يوجد شخص مطابق.
picker-no-consent = لا توجد موافقة على التوثيق – يُحتسب دون ذكر الاسم فقط
picker-results =
    { $count ->
        [0] لا يوجد شخص مطابق.
        [one] تم العثور على شخص واحد.
        [two] تم العثور على شخصين.
        [few] تم العثور على { $count } أشخاص.
        [many] تم العثور على { $count } شخصًا.
       *[other] تم العثور على { $count } شخص.
    }
picker-selected-label = الأشخاص المختارون
picker-remove = إزالة «{ $pseudonym }»

## الأشخاص: التنقل والبحث

nav-persons = الأشخاص
persons-title = الأشخاص
persons-search-heading = البحث عن شخص
persons-search-text-label = الاسم المستعار
persons-search-district-label = الحي
persons-search-marker-label = الوضع المعيشي
persons-search-any-marker = – الكل –
persons-search-include-closed = تضمين الملفات المغلقة
persons-search-submit = بحث
persons-results-heading =
    { $count ->
        [0] لم يُعثر على أي شخص
        [one] شخص واحد
        [two] شخصان
        [few] { $count } أشخاص
        [many] { $count } شخصًا
       *[other] { $count } شخص
    }
persons-participant = مشارك/مشاركة
persons-select-hint = اختر شخصًا من القائمة لفتح ملفه. يُسجَّل كل فتح للملف.

## الأشخاص: البحث في نصوص الملاحظات

notes-search-heading = البحث في الملاحظات
notes-search-hint = يبحث في الملاحظات السرية لجميع اللقاءات. يُسجَّل كل بحث.
notes-search-label = كلمات البحث
notes-search-submit = البحث في الملاحظات
notes-search-results =
    { $count ->
        [0] لم يُعثر على أي ملاحظة.
        [one] تم العثور على ملاحظة واحدة.
        [two] تم العثور على ملاحظتين.
        [few] تم العثور على { $count } ملاحظات.
        [many] تم العثور على { $count } ملاحظة.
       *[other] تم العثور على { $count } ملاحظة.
    }

## الأشخاص: شخص جديد

person-new-heading = إضافة شخص جديد
person-new-pseudonym-label = الاسم المستعار
person-new-pseudonym-hint = مثلًا الأحرف الأولى وسنة الميلاد («MK-1980»). لا تكتب الاسم الحقيقي: فهو لا يُضاف إلى الملف إلا بموافقة.
person-new-birth-year-label = سنة الميلاد (اختياري)
person-new-age-band-label = الفئة العمرية (اختياري، إذا كانت سنة الميلاد غير معروفة)
person-new-gender-label = الجنس
person-new-district-label = الحي (اختياري)
person-new-languages-label = اللغات (رموز مفصولة بفواصل)
person-new-markers-label = الوضع المعيشي
person-new-submit = إضافة الشخص
person-new-created = تمت إضافة الشخص «{ $pseudonym }».
person-new-error-pseudonym = يُرجى إدخال اسم مستعار.

## ملف الشخص: البيانات والاسم وبيانات الاتصال

person-view-close = إغلاق الملف
person-page-loading = جارٍ تحميل الملف …
person-details-heading = بيانات الشخص
person-closed-on = أُغلق بتاريخ { $date }
person-field-birth-year = سنة الميلاد
person-field-languages = اللغات
person-field-markers = الوضع المعيشي
person-field-real-name = الاسم الحقيقي
person-field-contact-info = بيانات الاتصال
person-identity-heading = الاسم وبيانات الاتصال
person-identity-hint = إفراغ الحقل يحذف البيان.
person-identity-save = حفظ الاسم وبيانات الاتصال
person-identity-saved = تم حفظ الاسم وبيانات الاتصال.
person-identity-needs-consent = لا يمكن حفظ الاسم الحقيقي وبيانات الاتصال إلا بعد وجود موافقة على التوثيق.

## ملف الشخص: الموافقات

consents-heading = الموافقات
consents-partner = إلى { $partner }
consents-given-on = مُنحت بتاريخ { $date } ({ $form })
consents-withdrawn-on = سُحبت بتاريخ { $date }
consents-withdraw = سحب الموافقة
consents-empty = لا توجد موافقة بعد. بدون موافقة على التوثيق لا يمكن احتساب الشخص إلا بشكل مجهول الهوية.
consents-give-heading = تسجيل موافقة
consents-scope-label = نطاق الموافقة
consents-form-label = شكل الموافقة
consents-date-label = تاريخ المنح (فارغ: اليوم)
consents-partner-label = الشريك الذي يجوز نقل البيانات إليه
consents-partner-choose = – اختر شريكًا –
consents-give-submit = حفظ الموافقة
consents-given = تم حفظ الموافقة.
consents-withdrawn = تم سحب الموافقة.
consents-error-partner = تنطبق الموافقة على نقل البيانات على شريك محدد: يُرجى اختياره.

## ملف الشخص: المشاركة في البرنامج

enrol-heading = التسجيل كمشارك/مشاركة
enrol-hint = لأغراض الإبلاغ عن المشاركين إلى الجهة المانحة (مثل ESF Plus). ممكن ما دامت هناك موافقة على الإبلاغ عن المشاركين.
enrol-entry-label = تاريخ الدخول (فارغ: اليوم)
enrol-submit = التسجيل كمشارك/مشاركة
enrol-edit-heading = بيانات المشاركة
enrol-save = حفظ بيانات المشاركة
enrol-saved = تم حفظ بيانات المشاركة.

## ملف الشخص: إضافة متابعة أو إحالة

followup-form-heading = إضافة متابعة
followup-form-due-label = تاريخ الاستحقاق
followup-form-what-label = ما المطلوب فعله؟
followup-form-submit = إضافة المتابعة
followup-form-added = تمت إضافة المتابعة.
followup-form-error-due = يُرجى تحديد موعد استحقاق المتابعة.
refer-heading = الإحالة إلى شريك
refer-no-partners = لا يوجد شركاء بعد. أضفهم في قسم «أماكن العمل والشركاء».
refer-partner-label = الشريك
refer-partner-choose = – اختر شريكًا –
refer-service-label = الخدمة
refer-service-any = – بدون خدمة محددة –
refer-note-label = ملاحظة حول الإحالة (اختياري)
refer-submit = إضافة الإحالة
refer-done = تمت إضافة الإحالة إلى «{ $partner }».
refer-error-partner = يُرجى اختيار شريك.
refer-from-contact = إحالة من اللقاء بتاريخ { $date } ({ $site })
refer-contact-clear = الإحالة دون ربطها باللقاء

## ملف الشخص: السجل

timeline-followups-heading = المتابعات
timeline-followup-done = تم الإنجاز
timeline-followup-done-on = أُنجزت بتاريخ { $date }
timeline-followups-empty = لا توجد متابعات.
timeline-referrals-heading = الإحالات
timeline-referral-since = منذ { $date }
timeline-referral-no-forwarding = دون موافقة على نقل البيانات
timeline-referral-from-contact = من اللقاء بتاريخ { $date }
timeline-referral-move = تغيير حالة الإحالة إلى «{ $partner }»
timeline-referrals-empty = لا توجد إحالات.
timeline-contacts-heading = اللقاءات
timeline-contacts-empty = لا توجد لقاءات.
timeline-contact-refer = إحالة
timeline-attendance-heading = المشاركة في الأنشطة الجماعية
timeline-attendance-empty = لا توجد مشاركة في الأنشطة الجماعية.

## ملف الشخص: الاطلاع على البيانات ومحوها

rights-heading = الاطلاع على البيانات ومحوها
rights-auskunft-hint = الاطلاع على البيانات وفق المادة 15 من اللائحة العامة لحماية البيانات: يُكتب كل ما هو محفوظ عن هذا الشخص في ملف نصي داخل مجلد المستندات لديك. تُسجَّل هذه العملية.
rights-auskunft = إنشاء تقرير الاطلاع
rights-auskunft-written = تم حفظ تقرير الاطلاع في:
rights-erase-hint = المحو وفق المادة 17 من اللائحة العامة لحماية البيانات: يُحذف الشخص نهائيًا، وتبقى لقاءاته في الإحصاءات بشكل مجهول الهوية فقط. ويصل المحو أيضًا إلى المكتب المركزي مع التصدير التالي.
rights-erase = محو الشخص …
rights-erase-confirm-label = للتأكيد، اكتب الاسم المستعار «{ $pseudonym }»
rights-erase-mismatch = الاسم المستعار غير مطابق بعد.
rights-erase-confirm = المحو نهائيًا
rights-erase-cancel = إلغاء
rights-erased-heading = تم محو «{ $pseudonym }»
rights-erased-contacts = لقاءات أصبحت مجهولة الهوية
rights-erased-notes = ملاحظات محذوفة
rights-erased-followups = متابعات محذوفة
rights-erased-consents = موافقات محذوفة
rights-erased-attendance = مشاركات أصبحت مجهولة الهوية
rights-erased-hint = تم تسجيل المحو ولا يمكن التراجع عنه.

## اليوم: الزيارات المخططة والمتابعات عبر لوحة المفاتيح

heute-visits-heading = الزيارات المخططة اليوم
heute-visits-empty = لا توجد زيارات مخططة لهذا اليوم.
heute-visit-time = { $start }–{ $end }
heute-followups-keys = الضغط على Enter أو D فوق متابعة يجعلها منجزة، ومفاتيح الأسهم تنقلك إلى المتابعة التالية.
heute-followup-done = تم الإنجاز
heute-followup-contact = لقاء بتاريخ { $date } في { $site }
heute-followup-completed = تم الإنجاز: «{ $what }»
heute-contact-persons =
    { $count ->
        [zero] لا يوجد أشخاص
        [one] شخص واحد
        [two] شخصان
        [few] { $count } أشخاص
        [many] { $count } شخصًا
       *[other] { $count } شخص
    }

## أماكن العمل والشركاء: شركاء الشبكة

partners-heading =
    { $count ->
        [0] شركاء الشبكة
        [one] شريك واحد
        [two] شريكان
        [few] { $count } شركاء
        [many] { $count } شريكًا
       *[other] { $count } شريك
    }
partners-empty = لا يوجد شركاء بعد.
partners-column-name = الاسم
partners-column-kind = النوع
partners-column-contact = الشخص المسؤول عن التواصل
partners-column-services = الخدمات
partners-add-heading = إضافة شريك جديد
partners-name-label = الاسم
partners-kind-label = النوع
partners-district-label = الحي (اختياري)
partners-contact-label = الشخص المسؤول عن التواصل (اختياري)
partners-address-label = العنوان (اختياري)
partners-services-label = الخدمات (اختياري)
partners-services-hint = افصل بين الخدمات بفواصل، مثل «استشارات الديون، ساعات الاستقبال».
partners-add = إضافة الشريك
partners-added = تمت إضافة الشريك «{ $name }».

## أماكن العمل والشركاء: مواعيد الزيارات

slots-heading = مواعيد الزيارات المنتظمة
slots-empty = لا توجد مواعيد زيارات بعد.
slots-add-heading = إضافة موعد زيارة
slots-site-label = مكان العمل
slots-site-choose = – اختر مكان العمل –
slots-weekday-label = يوم الأسبوع
slots-start-label = من
slots-end-label = إلى
slots-add = إضافة موعد الزيارة
slots-added = تمت إضافة موعد الزيارة.
slots-error-site = يُرجى اختيار مكان عمل.
slots-error-times = يُرجى تحديد بداية موعد الزيارة ونهايته.

## الأنشطة الجماعية

nav-activities = الأنشطة الجماعية
activities-title = الأنشطة الجماعية
activities-add-heading = تسجيل نشاط جماعي
activities-kind-label = النوع
activities-title-label = العنوان
activities-date-label = التاريخ (فارغ: اليوم)
activities-site-label = مكان العمل (اختياري)
activities-start-label = وقت البدء (اختياري)
activities-duration-label = المدة بالدقائق (اختياري)
activities-volunteers-label = المتطوعون (العدد)
activities-anonymous-label = المشاركون مجهولو الهوية (العدد)
activities-persons-label = الأشخاص المسجلون (الاسم المستعار)
activities-co-facilitators-label = شارك في إدارته أيضًا
activities-co-facilitators-none = لا يوجد زميل معروف على هذا الجهاز بعد.
activities-age-band-label = الفئة العمرية للمشاركين مجهولي الهوية
activities-gender-label = جنس المشاركين مجهولي الهوية
activities-facilitators = أداره { $initials }
activities-note-label = ملاحظة (سرية، اختياري)
activities-save = حفظ النشاط الجماعي
activities-added = تم حفظ النشاط الجماعي «{ $title }».
activities-list-heading =
    { $count ->
        [0] لا توجد أنشطة جماعية بعد
        [one] نشاط جماعي واحد
        [two] نشاطان جماعيان
        [few] { $count } أنشطة جماعية
        [many] { $count } نشاطًا جماعيًا
       *[other] { $count } نشاط جماعي
    }
activities-empty = سجّل أول نشاط جماعي باستخدام النموذج.
activities-column-date = التاريخ
activities-column-title = العنوان
activities-column-kind = النوع
activities-column-attendance = إجمالي الحضور
activities-attendance-detail = مسجلون: { $registered } · مجهولو الهوية: { $anonymous } · متطوعون: { $volunteers }
activities-attendance-edit = تعديل الحضور
activities-attendance-heading = الحضور في «{ $title }»
activities-attendance-save = حفظ الحضور
activities-attendance-cancel = إلغاء
activities-attendance-saved = تم حفظ الحضور في «{ $title }».

## الإعدادات: مدد الاحتفاظ

retention-heading = مدد الاحتفاظ بالبيانات
retention-hint = حدّد مدة الاحتفاظ بالبيانات، واطّلع على السجلات التي تجاوزت مدتها، واحذفها بعد التأكيد.
retention-years-label = المدة بالسنوات
retention-no-limit = بلا حد زمني
retention-save = حفظ المدة
retention-saved = تم حفظ المدة.
retention-due-none = لم تُحدَّد مدة: لن يستحق أي سجل الحذف.
retention-due =
    { $count ->
        [0] لا يوجد ما يستحق الحذف (التاريخ المرجعي { $date }).
        [one] سجل واحد أقدم من { $date } ويستحق الحذف.
        [two] سجلان أقدم من { $date } ويستحقان الحذف.
        [few] { $count } سجلات أقدم من { $date } وتستحق الحذف.
        [many] { $count } سجلًا أقدم من { $date } وتستحق الحذف.
       *[other] { $count } سجل أقدم من { $date } وتستحق الحذف.
    }
retention-apply = حذف السجلات المستحقة …
retention-confirm =
    هل تريد حذف { $count ->
        [one] سجل واحد
        [two] سجلين
        [few] { $count } سجلات
        [many] { $count } سجلًا
       *[other] { $count } سجل
    } من فئة «{ $category }» نهائيًا؟ لا يمكن التراجع عن ذلك.
retention-apply-confirm = نعم، احذف نهائيًا
retention-apply-cancel = إلغاء
retention-deleted =
    { $count ->
        [one] تم حذف سجل واحد.
        [two] تم حذف سجلين.
        [few] تم حذف { $count } سجلات.
        [many] تم حذف { $count } سجلًا.
       *[other] تم حذف { $count } سجل.
    }

## الإعدادات: سجل الوصول

protocol-heading = سجل الوصول
protocol-hint = من اطّلع على أي سجل أو عدّله أو صدّره أو حذفه، ومتى – الأحدث أولًا. لا يمكن تعديل هذا السجل لاحقًا.
protocol-entity-label = الإدخالات الخاصة بمعرّف السجل هذا فقط (اختياري)
protocol-filter = عرض
protocol-empty = لا توجد إدخالات.
protocol-column-time = الوقت
protocol-column-actor = من
protocol-column-action = الإجراء
protocol-column-entity = السجل
protocol-column-id = المعرّف
protocol-older = تحميل إدخالات أقدم

## التقارير

nav-reports = التقارير
reports-title = التقارير
reports-intro = أرقام لربع سنة أو لفترة تحددها بنفسك – وهي نفسها الموجودة في ملف XLSX. تُخفى الأعداد الصغيرة حتى لا يمكن التعرّف على أي شخص. يُسجَّل كل تقرير.
reports-period-heading = الفترة وأصغر عدد منشور
reports-quarter-option = الربع { $quarter } من عام { $year }
reports-quarter-option-running = الربع { $quarter } من عام { $year } (لم ينتهِ بعد)
reports-custom-range = فترة مخصّصة …
reports-from-label = من
reports-to-label = إلى
reports-date-placeholder = YYYY-MM-DD
reports-date-hint = الصيغة YYYY-MM-DD، مثل 2026-01-05. يُحتسب اليومان كلاهما؛ ثلاث سنوات كحدّ أقصى.
reports-k-label = أصغر عدد منشور k
reports-k-hint = تُعرض الأعداد من 1 إلى k − 1 بالشكل «< k». المسموح: من { $min } إلى { $max }.
reports-show = عرض
reports-save = حفظ بصيغة XLSX
reports-language-hint = يُنشأ التقرير وملف XLSX بهذه اللغة، وهي تسري على Feldbuch بالكامل.
reports-loading = جارٍ إنشاء التقرير …
reports-loaded = يُعرض الآن تقرير { $period }.
reports-saved = تم حفظ التقرير في:
reports-range-required = أدخل بداية الفترة ونهايتها (YYYY-MM-DD).
reports-empty = اختر فترة ثم انقر على «عرض».
reports-period-range = من { $from } إلى { $to }
reports-figures-caption = المؤشرات الرئيسية مقارنةً بفترة المقارنة
reports-incomplete-heading = مشاركون تنقصهم بيانات إلزامية
reports-incomplete-hint = تظهر هذه القائمة هنا فقط، ولا تظهر أبدًا في ملف XLSX. أكمل البيانات الناقصة في ملف الشخص قبل تسليم التقرير.
reports-incomplete-empty = البيانات الإلزامية مكتملة لدى جميع مشاركي الفترة.
reports-incomplete-missing = ينقص: { $fields }
reports-sources-empty = لا توجد بيانات من أي جهاز في هذه الفترة.

## التبادل مع المكتب المركزي

nav-exchange = التبادل
exchange-title = التبادل مع المكتب المركزي
exchange-intro = تنقل حزم التصدير إدخالاتك مشفّرةً إلى المكتب المركزي – بأسماء مستعارة فقط، دون أسماء حقيقية أو بيانات اتصال. يُسجَّل كل تصدير وكل تغيير في هذه الإعدادات.
exchange-loading = جارٍ تحميل الحالة …
exchange-status-heading = التصدير
exchange-schedule = الوتيرة
exchange-last-export = آخر تصدير
exchange-next-due = موعد التصدير التالي
exchange-never = لا يوجد بعد
exchange-next-due-now = الآن (لا يوجد تصدير بعد)
exchange-due = حان موعد التصدير منذ { $date }.
exchange-due-first = حان موعد التصدير: لم يُصدَّر أي شيء من هذا الجهاز بعد.
exchange-queued =
    { $count ->
        [one] حزمة تصدير واحدة تنتظر: تعذّرت الكتابة في مجلد التصدير. ستُكتب مع التصدير التالي.
        [two] حزمتا تصدير تنتظران: تعذّرت الكتابة في مجلد التصدير. ستُكتبان مع التصدير التالي.
        [few] { $count } حزم تصدير تنتظر: تعذّرت الكتابة في مجلد التصدير. ستُكتب مع التصدير التالي.
        [many] { $count } حزمة تصدير تنتظر: تعذّرت الكتابة في مجلد التصدير. ستُكتب مع التصدير التالي.
       *[other] { $count } حزمة تصدير تنتظر: تعذّرت الكتابة في مجلد التصدير. ستُكتب مع التصدير التالي.
    }
exchange-no-office-key = التصدير غير ممكن: المفتاح العام للمكتب المركزي غير موجود. أدخله في «إعدادات التصدير».
exchange-no-folder = التصدير غير ممكن: لم يُحدَّد مجلد للتصدير. اختره في «إعدادات التصدير».
exchange-export-full = تصدير كل شيء، لا التغييرات فقط
exchange-export-full-hint = عادةً لا يتضمن التصدير إلا ما تغيّر منذ التصدير السابق. يفيد تصدير كل شيء إذا فقد المكتب المركزي حزمة.
exchange-export-now = صدِّر الآن
exchange-exporting = جارٍ التصدير …
exchange-export-written =
    { $count ->
        [0] كُتبت حزمة التصدير { $file } بلا سجلات في { $folder }.
        [one] كُتبت حزمة التصدير { $file } وفيها سجل واحد في { $folder }.
        [two] كُتبت حزمة التصدير { $file } وفيها سجلان في { $folder }.
        [few] كُتبت حزمة التصدير { $file } وفيها { $count } سجلات في { $folder }.
        [many] كُتبت حزمة التصدير { $file } وفيها { $count } سجلًا في { $folder }.
       *[other] كُتبت حزمة التصدير { $file } وفيها { $count } سجل في { $folder }.
    }
exchange-export-queued =
    { $count ->
        [0] حزمة التصدير { $file } بلا سجلات تنتظر: تعذّرت الكتابة في مجلد التصدير { $folder }. ستُكتب مع التصدير التالي.
        [one] حزمة التصدير { $file } وفيها سجل واحد تنتظر: تعذّرت الكتابة في مجلد التصدير { $folder }. ستُكتب مع التصدير التالي.
        [two] حزمة التصدير { $file } وفيها سجلان تنتظر: تعذّرت الكتابة في مجلد التصدير { $folder }. ستُكتب مع التصدير التالي.
        [few] حزمة التصدير { $file } وفيها { $count } سجلات تنتظر: تعذّرت الكتابة في مجلد التصدير { $folder }. ستُكتب مع التصدير التالي.
        [many] حزمة التصدير { $file } وفيها { $count } سجلًا تنتظر: تعذّرت الكتابة في مجلد التصدير { $folder }. ستُكتب مع التصدير التالي.
       *[other] حزمة التصدير { $file } وفيها { $count } سجل تنتظر: تعذّرت الكتابة في مجلد التصدير { $folder }. ستُكتب مع التصدير التالي.
    }
exchange-export-earlier =
    { $count ->
        [one] وكُتبت معها حزمة كانت تنتظر.
        [two] وكُتبت معها حزمتان كانتا تنتظران.
        [few] وكُتبت معها { $count } حزم كانت تنتظر.
        [many] وكُتبت معها { $count } حزمة كانت تنتظر.
       *[other] وكُتبت معها { $count } حزمة كانت تنتظر.
    }
exchange-settings-heading = إعدادات التصدير
exchange-folder-label = مجلد التصدير
exchange-folder-saved = تم حفظ مجلد التصدير.
exchange-schedule-label = وتيرة التصدير
exchange-schedule-hint = يتبعها التذكير في شاشة «اليوم».
exchange-schedule-saved = تم حفظ الوتيرة.
exchange-office-key-label = المفتاح العام للمكتب المركزي
exchange-office-key-hint = يبدأ بـ «age1». تحصل عليه من المكتب المركزي.
exchange-office-key-set = تم إدخال مفتاح للمكتب المركزي.
exchange-office-key-missing = لم يُدخَل مفتاح للمكتب المركزي بعد.
exchange-office-key-save = حفظ المفتاح
exchange-office-key-saved = تم حفظ المفتاح: { $key }
exchange-notes-label = تضمين الملاحظات في التصدير
exchange-notes-warning = الملاحظات نص حرّ شخصي وقد تحتوي على أسماء وبيانات أخرى عن أشخاص. لا تغادر هذا الجهاز إلا عندما يكون هذا الإعداد مفعّلًا. يُسجَّل كل تغيير.
exchange-notes-on = ستُرسل الملاحظات بدءًا من التصدير التالي.
exchange-notes-off = تبقى الملاحظات على هذا الجهاز.
exchange-history-heading = عمليات التصدير السابقة
exchange-history-empty = لا توجد عمليات تصدير بعد.
exchange-history-sequence = الرقم
exchange-history-created = تاريخ الإنشاء
exchange-history-file = الملف
exchange-history-records = السجلات
exchange-history-status = الحالة
exchange-history-full = كامل
exchange-history-notes = مع الملاحظات
exchange-history-written = مكتوبة
exchange-history-queued = تنتظر
exchange-yes = نعم
exchange-no = لا
exchange-enrolment-heading = التسجيل لدى رئيس الفريق
exchange-enrolment-hint = يحتاج رئيس فريقك إلى هذا الملف مرة واحدة ليتمكن من استيراد عمليات تصديرك. يحتوي على اسمك واختصارك والمفاتيح العامة لهذا الجهاز – ولا يحتوي على أي بيانات عن أشخاص.
exchange-enrolment-write = إنشاء ملف التسجيل لرئيس الفريق
exchange-enrolment-written = تم حفظ ملف التسجيل في:
exchange-enrolment-fingerprint = بصمة هذا الجهاز – اقرأها لقائد فريقك عندما يسجّل الجهاز؛ يجب أن تُظهر شاشته الرقم نفسه:

## التبادل: لرئيس الفريق فقط

exchange-lead-heading = رئيس الفريق: تسجيل الأجهزة واستيراد عمليات التصدير
exchange-lead-hint = هنا تجتمع حزم التصدير الخاصة بفريقك. تُفحص كل حزمة قبل استيرادها: التوقيع والمجموع الاختباري والترتيب.
exchange-identity-heading = المفتاح السري للمكتب المركزي
exchange-identity-kept = المفتاح السري للمكتب المركزي محفوظ على هذا الجهاز.
exchange-identity-missing = لم يُحفظ المفتاح السري للمكتب المركزي على هذا الجهاز بعد.
exchange-identity-hint = يُحفظ المفتاح مشفّرًا داخل Feldbuch. بعد ذلك يمكنك إعادة الملف نفسه إلى مكان آمن.
exchange-identity-save = حفظ المفتاح
exchange-identity-saved = تم حفظ المفتاح. المفتاح العام:
exchange-enrol-heading = تسجيل جهاز
exchange-enrol-hint = بملف تسجيل الجهاز يمكنك استيراد عمليات تصديره.
exchange-enrol-check = افحص الملف
exchange-enrol-preview = هذا الملف يسجّل جهاز { $name } ({ $initials }).
exchange-enrol-preview-team = هذا الملف يسجّل جهاز { $name } ({ $initials })، الفريق { $team }.
exchange-enrol-compare = اطلب من الأخصائي قراءة البصمة الظاهرة على شاشته. لا تسجّل الجهاز إلا إذا كانت هي نفسها تمامًا:
exchange-enrol-confirm = الرقم نفسه: سجِّل
exchange-enrol-reject = رقم آخر: لا تسجِّل
exchange-enrol-rejected = لم يُسجَّل. ربما لا يأتي الملف من جهاز الأخصائي: اطلب ملفًا جديدًا منه شخصيًا.
exchange-enrol-done = تم التسجيل: { $name } ({ $initials })
exchange-enrol-done-team = تم التسجيل: { $name } ({ $initials })، الفريق { $team }
exchange-devices-heading = الأجهزة المسجَّلة
exchange-devices-hint = إذا فُقد جهاز أو سُرق فألغِه هنا: لن يُستورد منه شيء بعد ذلك، مهما قال عن نفسه. ويبقى ما أرسله من قبل. الإلغاء نهائي؛ والجهاز البديل يُسجَّل من جديد.
exchange-devices-none = لا يوجد جهاز مسجَّل بعد.
exchange-devices-column-worker = الأخصائي
exchange-devices-column-fingerprint = البصمة
exchange-devices-column-last = آخر حزمة
exchange-devices-column-state = الحالة
exchange-devices-last-bundle = رقم { $sequence }، { $date }
exchange-devices-no-bundle = لا شيء بعد
exchange-devices-enrolled = مسجَّل بتاريخ { $date }
exchange-devices-revoked = ملغى بتاريخ { $date }
exchange-devices-revoke = إلغاء …
exchange-devices-revoke-question = إلغاء جهاز { $name } ({ $initials }) نهائيًا؟ لن تُستورد منه أي حزمة تصدير بعد ذلك.
exchange-devices-revoke-yes = نعم، ألغِه نهائيًا
exchange-devices-revoke-no = تراجع
exchange-import-heading = استيراد حزم التصدير
exchange-import-paths-hint = تُقرأ من المجلد كل حزم التصدير (*.age)، لكل جهاز بترتيب الأرقام؛ تُستورد كل حزمة كاملةً أو لا تُستورد. يمكنك متابعة العمل أثناء ذلك.
exchange-import-accept-gap = قبول الفجوات
exchange-import-accept-gap-hint = إذا نقصت حزم من جهاز قبل هذه الحزم، فلا يُستورد أي منها عادةً. عند تحديد هذا الخيار تُستورد مع ذلك وتُدوَّن الفجوة.
exchange-import-no-identity = الاستيراد غير ممكن: احفظ أولًا المفتاح السري للمكتب المركزي على هذا الجهاز.
exchange-import-start = استيراد
exchange-import-progress-label = التقدّم
exchange-import-starting = جارٍ البحث عن الملفات …
exchange-import-progress =
    تمت قراءة الملف { $done } من { $total }، { $records ->
        [0] بلا سجلات
        [one] سجل واحد
        [two] سجلان
        [few] { $records } سجلات
        [many] { $records } سجلًا
       *[other] { $records } سجل
    }
exchange-import-cancel = إلغاء
exchange-import-cancelling = جارٍ الإلغاء …
exchange-import-cancelled = توقف الاستيراد. الحزم المستوردة كاملةً قبل التوقف: { $imported }. لم تُمسّ الملفات الأخرى؛ استيراد الملفات نفسها مرة أخرى يُكمل العملية.
exchange-import-summary =
    { $imported ->
        [0] لم يُستورد أي ملف
        [one] استُورد ملف واحد
        [two] استُورد ملفان
        [few] استُوردت { $imported } ملفات
        [many] استُورد { $imported } ملفًا
       *[other] استُورد { $imported } ملف
    }، ورُفض { $refused }.
exchange-import-conflicts =
    { $count ->
        [one] في سجل واحد تعارض.
        [two] في سجلين تعارض.
        [few] في { $count } سجلات تعارض.
        [many] في { $count } سجلًا تعارض.
       *[other] في { $count } سجل تعارض.
    }
exchange-import-files-caption = النتيجة لكل ملف
exchange-import-col-file = الملف
exchange-import-col-result = النتيجة
exchange-import-col-worker = الاختصار
exchange-import-col-sequence = الرقم
exchange-import-col-records = السجلات
exchange-import-col-applied = المعتمدة
exchange-import-col-conflicts = التعارضات
exchange-import-col-note = ملاحظة
exchange-import-imported = استُورد
exchange-import-refused = رُفض
exchange-import-gap-note = استُورد رغم وجود فجوة: كان المتوقع الرقم { $expected }.
exchange-import-gap-hint = إذا لم تعد الحزم الناقصة قادمة، فاستورد مرة أخرى مع «قبول الفجوات».
exchange-import-retry-gap = الاستيراد مرة أخرى مع قبول الفجوات
exchange-conflicts-heading = تعارضات الدمج
exchange-conflicts-hint = أرسل جهازان السجل نفسه بمحتوى مختلف – مثلًا الجهاز السابق بعد تسليم. تُعتمد نسخة واحدة؛ ويمكنك اعتماد غيرها.
exchange-conflicts-empty = لا توجد تعارضات مفتوحة.
exchange-conflict-found = وُجد في { $date }
exchange-conflict-versions =
    { $count ->
        [one] نسخة واحدة
        [two] نسختان
        [few] { $count } نسخ
        [many] { $count } نسخة
       *[other] { $count } نسخة
    }
exchange-conflict-details = مقارنة النسخ
exchange-conflict-version = الجهاز { $device }، المراجعة { $revision }
exchange-conflict-current = معتمدة
exchange-conflict-take = اعتماد هذه النسخة
exchange-conflict-erased = محذوف
exchange-conflict-resolved = اعتُمدت.
exchange-conflict-resolved-travels = اعتُمدت؛ تصل النسخة إلى الجهاز الذي يتابع الشخص مع الحزمة التالية من المكتب.
exchange-handover-heading = تسليم حالة
exchange-handover-hint = ينتقل شخص مع موافقاته ومتابعاته المفتوحة إلى جهاز زميل أو زميلة. تعلم الأجهزة بذلك مع الحزمة التالية من المكتب؛ ويحتفظ الجهاز السابق بالشخص للقراءة فقط، دون الاسم الحقيقي وبيانات الاتصال.
exchange-handover-person = الشخص
exchange-handover-device = يتسلّمه
exchange-handover-device-choose = اختر جهازًا …
exchange-handover-submit = تسليم
exchange-handover-done = سُلّم { $pseudonym } إلى { $initials } مع { $consents } موافقات و{ $followups } متابعات مفتوحة. أنشئ الآن حزمة لأجهزة الفريق.
exchange-handover-pick-person = يرجى اختيار شخص واحد بالضبط.
exchange-handover-pick-device = يرجى اختيار الجهاز الذي يتسلّم الشخص.

## اليوم: تذكير بالتصدير

today-export-due = حان موعد تصدير البيانات إلى المكتب المركزي منذ { $date }.
today-export-due-first = حان موعد تصدير البيانات إلى المكتب المركزي: لم يُصدَّر أي شيء من هذا الجهاز بعد.
today-export-queued =
    { $count ->
        [one] ما زالت حزمة تصدير واحدة تنتظر مجلد التصدير.
        [two] ما زالت حزمتا تصدير تنتظران مجلد التصدير.
        [few] ما زالت { $count } حزم تصدير تنتظر مجلد التصدير.
        [many] ما زالت { $count } حزمة تصدير تنتظر مجلد التصدير.
       *[other] ما زالت { $count } حزمة تصدير تنتظر مجلد التصدير.
    }
today-export-due-go = الانتقال إلى التبادل

## الإعدادات: النسخ الاحتياطية

backups-heading = النسخ الاحتياطية
backups-hint = نسخ مشفّرة من بياناتك على هذا الجهاز. يُنشئ Feldbuch نسخة تلقائيًا في الخلفية مرة في اليوم بعد فتح القفل، ويمكنك متابعة العمل أثناء ذلك. يُحتفظ بآخر سبع نسخ.
backups-problem = فشل النسخ الاحتياطي التلقائي: { $message }
backups-now = أنشئ نسخة الآن
backups-now-busy = جارٍ إنشاء النسخة …
backups-cancelled = أُلغي النسخ الاحتياطي. لم تُحفظ نسخة غير مكتملة.
backups-cancel = إلغاء النسخ الاحتياطي
backups-running = يجري النسخ الاحتياطي في الخلفية: { $percent } %
backups-made = أُنشئت النسخة الاحتياطية { $file }.
backups-empty = لا توجد نسخ احتياطية بعد.
backups-column-time = الوقت
backups-column-kind = النوع
backups-column-size = الحجم
backups-column-actions = الإجراءات
backups-restore = استعادة …
backups-confirm = ستُستبدل بياناتك الحالية بالحالة التي كانت عليها في { $date }. تُحفظ الحالة الحالية نسخةً احتياطية.
backups-passphrase-label = كلمة المرور للتأكيد
backups-passphrase-required = أدخل كلمة المرور لتأكيد الاستعادة.
backups-restore-confirm = استعادة
backups-restore-busy = جارٍ الاستعادة …
backups-restore-cancel = إلغاء
backups-restored = استُعيدت الحالة التي كانت عليها في { $date }. حُفظت الحالة السابقة نسخةً احتياطية.

# Verlauf (journal)
nav-journal = السجل
journal-title = السجل
journal-filters = عوامل التصفية
journal-from = من (YYYY-MM-DD)
journal-to = إلى (YYYY-MM-DD)
journal-site = موقع العمل
journal-kind = النوع
journal-topic = الموضوع
journal-any = – الكل –
journal-contacts = الاتصالات
journal-activities = الأنشطة الجماعية
journal-show = عرض
journal-list-heading = الإدخالات، الأحدث أولاً
journal-empty = لا توجد إدخالات لهذا الاختيار.
journal-older = تحميل إدخالات أقدم
journal-attendance = { $count } مشاركين

# Einstellungen: keys
settings-keys-heading = المفاتيح
settings-passphrase-heading = تغيير عبارة المرور
settings-passphrase-current = عبارة المرور الحالية
settings-passphrase-new = عبارة المرور الجديدة ({ $min } أحرف على الأقل)
settings-passphrase-change = تغيير عبارة المرور
settings-passphrase-changed = تم تغيير عبارة المرور. من الآن تفتح القفل بالجديدة.
settings-recovery-heading = مفتاح استرداد جديد
settings-recovery-intro = إذا ضاع المفتاح المدوَّن أو رآه أحد: يحل محله مفتاح جديد، ويتوقف القديم عن العمل.
settings-recovery-passphrase = عبارة المرور للتأكيد
settings-recovery-new = إنشاء مفتاح جديد
settings-recovery-written = لقد دوّنته

exchange-receive-heading = حزمة المكتب
exchange-receive-hint = تعطيك رئاسة فريقك حزمة المكتب: من في فريقك، وأماكن عمل البرنامج وشركاؤه، ومفتاح المكتب. اعتمد كل حزمة جديدة؛ فهي تحمل تغييراتها.
exchange-receive-signer = لا تُعتمد الحزم إلا بهذا المفتاح لرئاسة فريقك:
exchange-receive-fingerprint-label = بصمة مفتاح رئاسة الفريق
exchange-receive-fingerprint-hint = في المرة الأولى فقط: تقرأ رئاسة فريقك الرقم الظاهر على شاشتها؛ اكتبه. تُرفض الحزمة الموقَّعة بمفتاح آخر.
exchange-receive-button = اعتماد الحزمة
exchange-receive-done = اعتُمدت الحزمة رقم { $sequence } من { $initials }: { $team } من أعضاء الفريق، { $sites } من أماكن العمل، { $partners } من الشركاء.
exchange-receive-key-changed = واعتُمد أيضًا مفتاح المكتب لتصديراتك.
exchange-publish-heading = حزمة لأجهزة الفريق
exchange-publish-hint = من في الفريق، ودليل أماكن العمل والشركاء مع خدماتهم، وأوقات زياراتك، ومفتاح المكتب، لكل جهاز مسجَّل. سلِّم الملف إلى الأجهزة؛ يعتمده كل جهاز في «التبادل».
exchange-publish-button = إنشاء حزمة للفريق
exchange-publish-written = حُفظت الحزمة رقم { $sequence } لعدد { $devices } من الأجهزة في:
exchange-publish-fingerprint = اقرأ هذا الرقم بصوت عالٍ حين يعتمد جهاز أول حزمة له:
exchange-publish-unreachable = { $count ->
    [one] جهاز مسجَّل واحد لا يستطيع فتحها: سُجِّل بإصدار أقدم من Feldbuch. سجِّله من جديد بملف تسجيل جديد.
   *[other] { $count } من الأجهزة المسجَّلة لا تستطيع فتحها: سُجِّلت بإصدار أقدم من Feldbuch. سجِّلها من جديد بملفات تسجيل جديدة.
}
reports-programme-all = كل البرامج
programme-none = بلا برنامج
today-office-package-missing = لا توجد على هذا الجهاز حزمة من المكتب بعد. سجِّله لدى رئاسة فريقك في «التبادل» واعتمد حزمتها: عندها يكون فريقك وأماكن عمل البرنامج وشركاؤه هنا قبل أن تسجّل أول اتصال.
lists-heading = البرامج والأحياء
lists-hint = للفريق كله: تستلم الأجهزة القائمتين مع حزمة المكتب التالية (في «التبادل»). إن وُجدت قائمة أحياء، يُحفظ كل حيّ مكتوب كما تكتبه القائمة.
lists-programmes-heading = البرامج
lists-programmes-empty = لا برنامج بعد: كل شيء يخص الجميع.
lists-programme-label = برنامج جديد
lists-districts-heading = الأحياء
lists-districts-empty = لا قائمة بعد: الأحياء نص حرّ.
lists-district-label = حيّ جديد
lists-add = إضافة
lists-added = أُضيف { $name }.
lists-name-required = يرجى إدخال اسم.
sites-merge-heading = دمج
sites-merge-hint = لمكان عمل أنشأه جهاز قبل أن يصله الدليل: تُحسب اتصالاته وأنشطته وزياراته عندها في المكان المختار؛ وتنقل الأجهزة سجلاتها مع حزمة المكتب التالية. لا يمكن التراجع عن ذلك.
sites-merge-into = الدمج في
sites-merge-button = دمج …
sites-merge-choose = يرجى اختيار مكان العمل الذي يُدمج فيه هذا المكان.
sites-merge-question = هل تريد دمج «{ $name }» في «{ $into }» نهائيًا؟
sites-merge-yes = نعم، ادمج
sites-merge-no = لا
sites-merged = دُمج { $name } في { $into }.
exchange-receive-new-lead = من جهاز جديد لرئاسة الفريق (حاسوب مستبدل أو رئاسة جديدة): اعتماد مفتاحه بدل المفتاح المحفوظ
exchange-devices-no-packages = لا يستطيع استلام حزمة المكتب بعد: سُجِّل بإصدار أقدم من Feldbuch. اطلب من الجهاز كتابة ملف تسجيل جديد وسجِّله به من جديد.
person-handed-over = سلّمت رئاسة الفريق هذا الشخص إلى { $initials }. يبقى هنا للقراءة فقط، من أجل اتصالاتك؛ وحُذف الاسم الحقيقي وبيانات الاتصال من هذا الجهاز.
person-link-heading = العدّ مرة واحدة للفريق
person-link-hint = إذا التقى الفريق الشخص نفسه في عدة أماكن، يُعدّ في التقرير مرة واحدة إذا ربطه الجميع. تُكوَّن من الأحرف الأولى وسنة الميلاد والجنس تجزئة بمفتاح؛ لا تُحفظ الأحرف الأولى ولا يغادر أي اسم الجهاز.
person-link-initials = الأحرف الأولى (الاسم واسم العائلة)
person-link-year = سنة الميلاد
person-link-gender = الجنس
person-link-gender-choose = يرجى الاختيار
person-link-submit = ربط
person-link-linked = مربوط للفريق: يُعدّ هذا الشخص مرة واحدة في تقرير رئاسة الفريق، حتى لو ربطه زملاء أيضًا.
person-link-remove = إزالة الربط
person-link-question =
    { $count ->
        [one] يعرف الفريق بالفعل شخصًا واحدًا بهذه البيانات. هل هو الشخص نفسه؟
       *[other] يعرف الفريق بالفعل { $count } أشخاص بهذه البيانات. هل هو الشخص نفسه؟
    }
person-link-same = نعم، الشخص نفسه – اربط
person-link-other = لا، شخص آخر
person-link-fields-required = يرجى إدخال الأحرف الأولى وسنة الميلاد والجنس.
partners-merge-heading = دمج
partners-merge-hint = لشريك أنشأه جهاز قبل وصول الدليل: تُحتسب إحالاته وموافقاته وخدماته عند الشريك المختار (وتصبح الخدمة ذات الاسم نفسه واحدة)؛ وتنقل الأجهزة سجلاتها مع الحزمة التالية من المكتب. لا يمكن التراجع عن ذلك.
partners-merge-into = الدمج في
partners-merge-button = دمج …
partners-merge-choose = يرجى اختيار الشريك الذي يُدمج فيه هذا الشريك.
partners-merge-question = دمج "{ $name }" في "{ $into }" نهائيًا؟
partners-merge-yes = نعم، ادمج
partners-merge-no = لا
partners-merged = دُمج { $name } في { $into }.
dir-own-kind = النوع في البرنامج: { $kind }
