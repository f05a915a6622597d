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
nav-sites = أماكن العمل
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
heute-followups-heading = المتابعات المستحقة
heute-followups-empty = لا توجد متابعات مستحقة.
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
qe-site-label = مكان العمل
qe-site-hint = اكتب الاسم، واختر بمفاتيح الأسهم، ثم أكّد بمفتاح Enter أو Tab.
qe-site-no-match = لا يوجد مكان عمل مطابق.
qe-site-none-yet = لا توجد أماكن عمل بعد. أضف مكانًا أولًا في قسم «أماكن العمل».
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

sites-title = أماكن العمل
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
settings-profile-hint = يُحدَّد الملف الشخصي أثناء الإعداد.
settings-profile-name = الاسم
settings-profile-initials = الأحرف الأولى
settings-profile-team = الفريق
settings-profile-role = الدور
settings-profile-device = معرّف الجهاز
