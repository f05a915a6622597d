## واجهة سطر الأوامر (feldbuch)

cli-error = خطأ: { $message }
cli-passphrase-prompt = كلمة المرور:
cli-new-passphrase-prompt = كلمة المرور الجديدة (8 أحرف على الأقل):
cli-repeat-passphrase-prompt = أعد إدخال كلمة المرور:
cli-init-done = تم إعداد Feldbuch للمستخدم { $name } في المجلد { $dir }.
cli-recovery-key-intro = هذا مفتاح الاسترداد الخاص بك. اكتبه الآن على ورقة واحفظه في مكان آمن – لن يُعرض مرة أخرى أبدًا:
cli-site-added = تمت إضافة مكان العمل «{ $name }» ({ $id }).
cli-no-sites = لا توجد أماكن عمل بعد.
cli-contact-added = تم حفظ اللقاء: { $id }
cli-contact-updated = تم تعديل اللقاء: { $id } (المراجعة { $revision })
cli-contact-deleted = تم حذف اللقاء: { $id }
cli-no-contacts = لا توجد لقاءات في هذه الفترة.
cli-contacts-count = { $count ->
    [zero] لا توجد لقاءات
    [one] لقاء واحد
    [two] لقاءان
    [few] { $count } لقاءات
    [many] { $count } لقاءً
   *[other] { $count } لقاء
}
cli-verify-ok = نجح الفحص: قاعدة البيانات والتشفير سليمان، عدد إدخالات سجل التدقيق: { $entries }، سلسلة التجزئة غير منقطعة.
cli-verify-problem = لم ينجح الفحص: قاعدة البيانات { $integrity }، التشفير { $cipher }، المفاتيح الخارجية { $fk }، سلسلة التجزئة { $chain }.
cli-check-ok = سليم
cli-check-failed = به أخطاء
cli-seed-done = تم الإنشاء في { $seconds } ث: اللقاءات { $contacts }، أماكن العمل { $sites }، الأشخاص { $persons }.

## نصوص المساعدة (feldbuch --help)

cli-help-usage = الاستخدام
cli-help-options = الخيارات
cli-help-commands = الأوامر
cli-help-flag = عرض المساعدة
cli-version-flag = عرض الإصدار
cli-about = Feldbuch – توثيق مشفّر للعمل الاجتماعي الميداني، دون الحاجة إلى اتصال بالإنترنت.
cli-about-init = إعداد Feldbuch: الملف الشخصي والمفاتيح ومخزن البيانات المشفّر؛ ويُعرض مفتاح الاسترداد مرة واحدة فقط.
cli-about-site = إدارة أماكن العمل.
cli-about-site-add = إضافة مكان عمل.
cli-about-site-list = عرض قائمة أماكن العمل.
cli-about-contact = تسجيل اللقاءات وعرضها.
cli-about-contact-add = تسجيل لقاء.
cli-about-contact-list = عرض قائمة اللقاءات، لفترة محددة إن أردت.
cli-about-contact-show = عرض لقاء واحد.
cli-about-contact-edit = تعديل لقاء (بالخيارات نفسها المستخدمة عند التسجيل؛ لا يتغيّر إلا ما تُدخله).
cli-about-contact-delete = حذف لقاء (يبقى سجلّ بالحذف لأغراض تبادل البيانات).
cli-about-verify = فحص قاعدة البيانات والتشفير وسلسلة التجزئة في سجل التدقيق.
cli-about-seed = ملء مخزن البيانات ببيانات اختبار وهمية (لأغراض القياس والعروض التوضيحية).
cli-arg-data-dir = مجلد البيانات (الافتراضي: مجلد بيانات النظام، مثل ~/.local/share/feldbuch)
cli-arg-lang = لغة المخرجات: de، en، tr، ar، uk (الافتراضي: إعداد التطبيق)
cli-arg-passphrase-file = قراءة كلمة المرور من هذا الملف (أو عيّن FELDBUCH_PASSPHRASE)
cli-arg-json = الإخراج بصيغة JSON
cli-arg-init-name = اسمك كما يراه فريقك
cli-arg-initials = الأحرف الأولى من اسمك (حروف فقط، 4 على الأكثر)
cli-arg-team = فريقك
cli-arg-role = الدور: worker (أخصائي ميداني)، lead (رئيس الفريق) أو volunteer (مرشد اندماج متطوع)
cli-arg-site-add-name = اسم مكان العمل
cli-arg-site-add-kind = النوع: kita، fruehe-hilfen، schule، arztpraxis، quartierszentrum، beratungsstelle، jobcenter، oeffentlicher-raum، sonstiges
cli-arg-district = الحي أو المنطقة
cli-arg-site = مكان العمل (الاسم أو ID)
cli-arg-kind = نوع اللقاء: erstkontakt، folgekontakt، beratung، begleitung، kurzkontakt، telefonat، gruppenangebot، netzwerkkontakt
cli-arg-date = التاريخ YYYY-MM-DD (الافتراضي: اليوم)
cli-arg-start = وقت البدء HH:MM
cli-arg-duration = المدة بالدقائق
cli-arg-anonymous = عدد الأشخاص مجهولي الهوية الذين تم الوصول إليهم
cli-arg-age-band = الفئة العمرية للأشخاص مجهولي الهوية: unter-18، 18-29، 30-54، 55-64، ab-65، unbekannt
cli-arg-gender = جنس الأشخاص مجهولي الهوية: weiblich، maennlich، divers، keine-angabe
cli-arg-topic = الموضوع (يمكن تكراره): einsamkeit، wohnen، arbeit، gesundheit، finanzen، familie، sprache، behoerden، freizeit، sonstiges
cli-arg-contact-edit-topic = الموضوع (يمكن تكراره)؛ يحلّ محلّ جميع المواضيع السابقة
cli-arg-note = ملاحظة سرية
cli-arg-contact-edit-note = ملاحظة سرية؛ إدخال ملاحظة فارغة يحذف الملاحظة الحالية
cli-arg-followup = موعد المتابعة YYYY-MM-DD
cli-arg-contact-add-json = طباعة اللقاء المحفوظ بصيغة JSON
cli-arg-contact-edit-json = طباعة اللقاء المعدَّل بصيغة JSON
cli-arg-from = من تاريخ YYYY-MM-DD
cli-arg-to = إلى تاريخ YYYY-MM-DD
cli-arg-id = معرّف اللقاء (ID)
cli-arg-contacts = عدد اللقاءات
cli-arg-sites = عدد أماكن العمل
cli-arg-persons = عدد الأشخاص
cli-arg-years = توزيع البيانات على هذا العدد من السنوات حتى اليوم
cli-arg-seed = القيمة الابتدائية لمولّد الأرقام العشوائية (القيمة نفسها تعطي البيانات نفسها)

## الأشخاص والموافقة (feldbuch person …، feldbuch consent …)

cli-person-added = تمت إضافة الشخص «{ $pseudonym }» ({ $id }).
cli-person-updated = تم تعديل بيانات الشخص: { $id } (المراجعة { $revision })
cli-no-persons = لا يوجد أشخاص بعد.
cli-consent-given = تم تسجيل الموافقة: { $id }
cli-consent-withdrawn = تم سحب الموافقة { $id }؛ وحُذفت البيانات المتعلقة بـ«{ $pseudonym }» التي كانت تشملها هذه الموافقة.
cli-consent-line = { $scope }، { $form }، مُنحت في { $given }
cli-consent-line-withdrawn = { $scope }، { $form }، مُنحت في { $given }، سُحبت في { $withdrawn }
label-pseudonym = الاسم المستعار
label-birth-year = سنة الميلاد
label-languages = اللغات
label-markers = السمات
label-real-name = الاسم الحقيقي
label-contact-info = بيانات الاتصال
label-consents = الموافقات
cli-about-person = إدارة الأشخاص (بأسماء مستعارة؛ ولا تُحفظ الأسماء الحقيقية إلا بموافقة).
cli-about-person-add = إضافة شخص.
cli-about-person-list = عرض قائمة الأشخاص (الأسماء المستعارة فقط).
cli-about-person-show = عرض بيانات شخص (يُسجَّل هذا الاطلاع في سجل التدقيق).
cli-about-person-edit = تعديل بيانات شخص (لا يتغيّر إلا ما تُدخله).
cli-about-consent = إدارة موافقات الشخص.
cli-about-consent-give = تسجيل موافقة.
cli-about-consent-withdraw = سحب موافقة؛ وتُحذف البيانات التي كانت تشملها هذه الموافقة.
cli-arg-pseudonym = الاسم المستعار، مثل الأحرف الأولى من الاسم وسنة الميلاد
cli-arg-birth-year = سنة الميلاد
cli-arg-person-add-age-band = الفئة العمرية: unter-18، 18-29، 30-54، 55-64، ab-65، unbekannt
cli-arg-person-edit-age-band = الفئة العمرية: unter-18، 18-29، 30-54، 55-64، ab-65، unbekannt
cli-arg-person-add-gender = الجنس: weiblich، maennlich، divers، keine-angabe
cli-arg-person-edit-gender = الجنس: weiblich، maennlich، divers، keine-angabe
cli-arg-language = رمز اللغة (يمكن تكراره)، مثل de، tr، ar
cli-arg-marker = السمة (يمكن تكرارها): wohnungslos، grundsicherung، alleinerziehend، fluchterfahrung، behinderung، einsam، drittstaatsangehoerig، migrationshintergrund، minderheit
cli-arg-real-name = الاسم الحقيقي (فقط بموافقة على التوثيق)
cli-arg-contact-info = بيانات الاتصال (فقط بموافقة على التوثيق)
cli-arg-person-show-id = معرّف الشخص (ID)
cli-arg-person-edit-id = معرّف الشخص (ID)
cli-arg-person = معرّف الشخص (ID)
cli-arg-scope = النطاق: documentation، forwarding، participant-reporting
cli-arg-form = الشكل: written (كتابية) أو verbal (شفهية)
cli-arg-consent-give-on = تاريخ منح الموافقة YYYY-MM-DD (الافتراضي: اليوم)
cli-arg-consent-withdraw-on = تاريخ سحب الموافقة YYYY-MM-DD (الافتراضي: اليوم)
cli-arg-consent = معرّف الموافقة (ID)
label-contacts = اللقاءات
cli-arg-contact-add-person = الشخص الذي تم الوصول إليه (ID، يمكن تكراره؛ يتطلب موافقة على التوثيق)
cli-arg-contact-edit-person = الشخص الذي تم الوصول إليه (ID، يمكن تكراره)؛ يحل محل جميع الأشخاص المرتبطين سابقًا

## سير العمل الميداني (site slot، partner، referral، activity، followup، search، auskunft، erase، retention، audit)

cli-slot-added = تمت إضافة موعد الزيارة: { $id }
cli-slot-removed = تمت إزالة موعد الزيارة: { $id }
cli-partner-added = تمت إضافة الشريك «{ $name }» ({ $id }).
cli-referral-added = تمت إضافة الإحالة: { $id }
cli-activity-added = تم تسجيل النشاط الجماعي: { $id }
cli-attendance = عدد الحاضرين: { $total } (مسجّلون: { $registered }، مجهولو الهوية: { $anonymous })
cli-followup-added = تمت إضافة المتابعة: { $id }
cli-overdue = متأخرة
cli-no-hits = لم يتم العثور على شيء.
cli-auskunft-written = تمت كتابة تقرير الاطلاع على البيانات: { $path }
cli-erased = تم محو الشخص { $id }؛ عدد اللقاءات التي تحتسبه الآن بشكل مجهول الهوية: { $contacts }.
cli-retention-years = { $years ->
    [zero] { $years } سنة
    [one] سنة واحدة
    [two] سنتان
    [few] { $years } سنوات
    [many] { $years } سنة
   *[other] { $years } سنة
}
cli-retention-unlimited = دون حد زمني
cli-retention-set = تم حفظ مدة الاحتفاظ لفئة «{ $category }».
cli-retention-due = { $category }: المستحق للحذف { $count } (قبل { $cutoff })
cli-retention-erased = { $category }: المحذوف { $count }
cli-about-site-slot = مواعيد الزيارة المنتظمة لأماكن العمل.
cli-about-site-slot-add = إضافة موعد زيارة.
cli-about-site-slot-list = عرض قائمة مواعيد الزيارة.
cli-about-site-slot-remove = إزالة موعد زيارة.
cli-about-partner = شركاء الشبكة وخدماتهم.
cli-about-partner-add = إضافة شريك.
cli-about-partner-list = عرض قائمة الشركاء.
cli-about-referral = الإحالات إلى خدمات الشركاء.
cli-about-referral-add = إحالة شخص أو لقاء إلى شريك.
cli-about-referral-list = عرض قائمة الإحالات.
cli-about-referral-status = نقل الإحالة إلى حالتها التالية.
cli-about-activity = الأنشطة الجماعية والحضور.
cli-about-activity-add = تسجيل نشاط جماعي.
cli-about-activity-list = عرض قائمة الأنشطة الجماعية.
cli-about-activity-show = عرض نشاط جماعي.
cli-about-activity-attend = تحديد الحضور (يحلّ محلّ الحضور المسجّل سابقًا).
cli-about-followup = المتابعات.
cli-about-followup-list = عرض قائمة المتابعات (المستحقة، أو غيرها باستخدام --open أو --done).
cli-about-followup-add = إضافة متابعة.
cli-about-followup-done = تعليم متابعة على أنها منجزة.
cli-about-search = البحث عن أشخاص أو في الملاحظات.
cli-about-search-persons = البحث عن أشخاص حسب الاسم المستعار والحي والسمة.
cli-about-search-notes = البحث في النص الكامل لملاحظات اللقاءات.
cli-about-auskunft = كتابة كل ما يتعلق بشخص في ملف (حق الاطلاع وفق المادة 15 من اللائحة العامة لحماية البيانات GDPR).
cli-about-erase = محو شخص (المادة 17 من اللائحة العامة لحماية البيانات GDPR)؛ ويبقى سجلّ بالحذف.
cli-about-retention = مدد الاحتفاظ بالبيانات، وما انتهت مدته، وحذفه.
cli-about-retention-show = عرض مدد الاحتفاظ بالبيانات.
cli-about-retention-set = تحديد مدة الاحتفاظ لفئة بالسنوات (أو إلغاؤها باستخدام --none).
cli-about-retention-due = عرض قائمة بما تجاوز مدة الاحتفاظ به.
cli-about-retention-apply = حذف ما تجاوز مدة الاحتفاظ به.
cli-about-retention-log = عرض سجل الحذف.
cli-about-audit = سجل الوصول: من اطّلع على ماذا أو عدّله.
cli-about-person-close = إغلاق ملف شخص.
cli-about-person-reopen = إعادة فتح ملف شخص مغلق.
cli-about-person-enrol = تسجيل شخص بوصفه مشاركًا في البرنامج (بيانات ESF Plus).
cli-about-person-exit = تسجيل خروج مشارك من البرنامج.
cli-arg-weekday = يوم الأسبوع: 1 = الاثنين … 7 = الأحد
cli-arg-end = وقت الانتهاء HH:MM
cli-arg-site-slot-remove-id = معرّف موعد الزيارة (ID)
cli-arg-partner-add-name = اسم الشريك
cli-arg-partner-add-kind = النوع: quartiersmanagement، verein، religionsgemeinschaft، beratungsstelle، gesundheit، jobcenter، behoerde، foerderer، sonstiges
cli-arg-address = العنوان البريدي
cli-arg-contact-person = الشخص المسؤول عن التواصل
cli-arg-partner-add-service = خدمة يقدّمها الشريك (يمكن تكرارها)
cli-arg-partner = الشريك (الاسم أو ID)
cli-arg-referral-add-service = خدمة الشريك (الاسم أو ID)
cli-arg-contact = معرّف اللقاء (ID)
cli-arg-referral-list-open = الإحالات المفتوحة فقط
cli-arg-referral-status-id = معرّف الإحالة (ID)
cli-arg-status = الحالة الجديدة: vereinbart، wahrgenommen، nicht-wahrgenommen، abgebrochen
cli-arg-on = التاريخ YYYY-MM-DD (الافتراضي: اليوم)
cli-arg-activity-add-kind = النوع: repair-cafe، urban-gardening، garten-cafe، kompetenztraining، coaching، netzwerktreffen، sonstiges
cli-arg-title = العنوان
cli-arg-volunteers = عدد المتطوعين
cli-arg-activity-add-person = شخص مسجّل مشارك (ID، يمكن تكراره)
cli-arg-activity-show-id = معرّف النشاط الجماعي (ID)
cli-arg-activity-attend-id = معرّف النشاط الجماعي (ID)
cli-arg-activity-attend-person = شخص مسجّل مشارك (ID، يمكن تكراره)
cli-arg-followup-list-open = جميع المتابعات المفتوحة، بما فيها المستحقة لاحقًا
cli-arg-done = المنجزة فقط
cli-arg-due = تاريخ الاستحقاق YYYY-MM-DD
cli-arg-what = ما يجب فعله
cli-arg-followup-done-id = معرّف المتابعة (ID)
cli-arg-text = جزء من الاسم المستعار
cli-arg-search-persons-marker = السمة: wohnungslos، grundsicherung، alleinerziehend، fluchterfahrung، behinderung، einsam، drittstaatsangehoerig، migrationshintergrund، minderheit
cli-arg-closed = تضمين ملفات الأشخاص المغلقة أيضًا
cli-arg-query = كلمات البحث (يجب أن ترد جميعها، ولو في بداية كلمة)
cli-arg-out = الملف الهدف
cli-arg-format = الصيغة: text أو json
cli-arg-yes = التأكيد
cli-arg-category = الفئة: closed-persons، notes، done-followups، closed-referrals
cli-arg-retention-set-years = المدة بالسنوات (1–30)
cli-arg-none = إلغاء المدة (الاحتفاظ دون حد زمني)
cli-arg-retention-apply-category = هذه الفئة فقط (يمكن تكرارها)
cli-arg-entity = الإدخالات المتعلقة بهذا النوع من السجلات فقط (person، contact، …)
cli-arg-audit-id = الإدخالات المتعلقة بهذا المعرّف (ID) فقط
cli-arg-action = هذا الإجراء فقط (view، create، update، erase، …)
cli-arg-limit = الحد الأقصى لعدد الإدخالات
cli-arg-person-close-id = معرّف الشخص (ID)
cli-arg-reason = السبب
cli-arg-person-reopen-id = معرّف الشخص (ID)
cli-arg-person-enrol-id = معرّف الشخص (ID)
cli-arg-entry = تاريخ الدخول YYYY-MM-DD (الافتراضي: اليوم)
cli-arg-employment = الوضع الوظيفي: erwerbstaetig، arbeitslos، langzeitarbeitslos، nicht-erwerbstaetig، in-ausbildung
cli-arg-education = التعليم: isced-0-2، isced-3-4، isced-5-8
cli-arg-household = الأسرة المعيشية: alleinlebend، alleinerziehend، erwerbsloser-haushalt، sonstiger، keine-angabe
cli-arg-person-exit-id = معرّف الشخص (ID)
cli-arg-contact-add-language = لغة الحديث (رمز، مثل tr)
cli-arg-contact-edit-language = لغة الحديث (رمز، مثل tr)
cli-arg-interpreter = بمساعدة مترجم شفهي
cli-arg-contact-edit-interpreter = بمساعدة مترجم شفهي: true أو false
cli-arg-outcome = النتيجة: informiert، beraten، vermittelt، begleitet، termin-vereinbart، kein-bedarf، sonstiges

# Exchange with the central office
cli-office-created = تم إنشاء مفتاح المكتب في { $path } (احفظه سرًّا!). المفتاح العام للأجهزة:
cli-office-key-set = تم حفظ المفتاح العام للمكتب: { $key }
cli-office-key-none = لم يتم تعيين مفتاح للمكتب بعد.
cli-enrolment-written = تمت كتابة ملف تسجيل الجهاز { $device } في { $path }.
cli-enrolment-fingerprint = بصمة مفتاح الجهاز: { $fingerprint } – قارناها بصوت عالٍ: يجب أن يرى الموظف ورئيس الفريق الرقم نفسه.
cli-device-enrolled = تم تسجيل الجهاز { $device } الخاص بـ { $name } ({ $initials }).
cli-about-enrol-list = الأجهزة المسجَّلة هنا، مع تمييز الملغاة (رئيس الفريق).
cli-about-enrol-revoke = إلغاء جهاز مسجَّل: لن تُستورد حزم تصديره بعد الآن (رئيس الفريق).
cli-arg-enrol-revoke-device = معرّف الجهاز
cli-devices-none = لا يوجد جهاز مسجَّل هنا بعد.
cli-device-revoked = أُلغي الجهاز { $device } ({ $initials }): لن تُستورد حزم تصديره بعد الآن؛ ويبقى ما أرسله من قبل.
cli-device-last-bundle = آخر حزمة رقم { $sequence } بتاريخ { $date }
cli-device-no-bundle = لا حزمة بعد
cli-device-state-enrolled = مسجَّل بتاريخ { $date }
cli-device-state-revoked = ملغى بتاريخ { $date }
cli-export-written = تمت كتابة التصدير رقم { $sequence } الذي يضم { $records } سجلًّا باسم { $file } في { $folder }.
cli-export-queued = التصدير رقم { $sequence } الذي يضم { $records } سجلًّا في الانتظار: لا يمكن الوصول إلى المجلد { $folder }. سيكتبه التصدير التالي.
cli-export-folder-set = مجلد التصدير: { $folder }
cli-export-notes-on = ستُضمَّن الملاحظات في عمليات التصدير من الآن (تم التسجيل).
cli-export-notes-off = لن تُضمَّن الملاحظات في عمليات التصدير (تم التسجيل).
cli-export-history-written = { $sequence }  { $date }  { $file }  { $records } سجلًّا
cli-export-history-queued = { $sequence }  { $date }  { $file }  { $records } سجلًّا – في الانتظار
cli-about-office = مفتاح المكتب: إنشاؤه (في المكتب) أو اعتماد جزئه العام (الأجهزة).
cli-about-office-init = إنشاء زوج مفاتيح المكتب: المفتاح السري في الملف، والمفتاح العام على الشاشة.
cli-about-office-key = اعتماد المفتاح العام للمكتب (age1… أو ملف يحتويه).
cli-about-office-show = عرض المفتاح العام للمكتب الذي تُشفَّر له عمليات التصدير.
cli-about-enrol = تسجيل الأجهزة: كتابة ملف هذا الجهاز، أو تسجيل جهاز، أو عرض الأجهزة المسجَّلة، أو إلغاء أحدها (رئيس الفريق).
cli-about-enrol-export = كتابة ملف تسجيل هذا الجهاز لرئيس الفريق.
cli-about-enrol-import = تسجيل جهاز بواسطة ملف تسجيله (رئيس الفريق).
cli-about-export = تصدير ما تغيّر منذ آخر تصدير مشفّرًا للمكتب؛ الإعدادات والسجل.
cli-about-export-folder = تحديد المجلد الذي يُكتب فيه التصدير.
cli-about-export-notes = تضمين الملاحظات في التصدير (on) أو عدم تضمينها (off، الافتراضي)؛ يُسجَّل التغيير.
cli-about-export-history = عرض عمليات التصدير السابقة.
cli-arg-office-init-out = ملف المفتاح السري للمكتب (لا يُكتب فوقه أبدًا)
cli-arg-office-key-key = المفتاح العام (age1…) أو ملف يحتويه
cli-arg-enrol-export-out = ملف التسجيل
cli-arg-enrol-import-file = ملف تسجيل جهاز
cli-arg-enrol-import-fingerprint = البصمة التي يعرضها جهاز الأخصائي: لا يُسجَّل الجهاز إلا إذا كانت لمفتاح الملف
cli-arg-export-full = تصدير كل شيء، لا ما تغيّر منذ آخر تصدير فقط
cli-arg-export-folder-folder = مجلد التصدير (قد يتعذّر الوصول إليه الآن: عندها تنتظر عمليات التصدير)
cli-arg-export-notes-setting = on أو off
cli-imported = { $file }: تم استيراد الحزمة رقم { $sequence } من { $initials }، { $records } سجلًّا، { $conflicts } تعارضًا.
cli-conflict = { $entity } { $id }: { $versions } نسخ مختلفة
cli-about-import = استيراد حزم التصدير من الأجهزة المسجَّلة (رئيس الفريق): التحقق والدمج والإبلاغ عن الفجوات والتعارضات.
cli-about-conflicts = سجلات أرسلها جهازان بمحتوى مختلف.
cli-arg-import-files = ملفات الحزم أو مجلدات تحتويها (*.age)؛ لكل جهاز بترتيب الأرقام، وجميعها كعملية واحدة
cli-arg-import-identity = ملف مفتاح المكتب المركزي (من office init)؛ بدونه يُستخدم المفتاح المحفوظ بـ office identity
cli-arg-import-accept-gap = الاستيراد حتى عند نقص حزم سابقة من جهاز

# التقرير
cli-about-report = التقرير عن ربع سنة أو عن نطاق زمني: ملف XLSX أو JSON أو ملخص. دون تحديد فترة: آخر ربع سنة مكتمل.
cli-arg-report-quarter = ربع السنة، مثلًا 2026-Q3
cli-arg-report-from = أول يوم في الفترة (YYYY-MM-DD)
cli-arg-report-to = آخر يوم في الفترة (YYYY-MM-DD)
cli-arg-report-out = ملف XLSX الذي يُكتب فيه التقرير
cli-arg-report-k = أصغر عدد يُنشر كما هو (تظهر الأعداد الأصغر بالشكل «< k»)
cli-report-written = تمت كتابة تقرير { $period }: { $path }
cli-report-summary = تقرير { $period } (الفترة وفترة المقارنة):
cli-about-office-identity = احفظ المفتاح السري للمكتب المركزي (ملف مفتاحه) مشفّرًا في هذا المخزن لأغراض الاستيراد (رئيس الفريق).
cli-arg-office-identity-file = ملف مفتاح المكتب المركزي (من office init)
cli-office-identity-set = تم حفظ مفتاح المكتب المركزي؛ المفتاح العام: { $key }
cli-about-export-schedule = عدد مرات استحقاق التصدير: weekly أو monthly (الافتراضي) أو quarterly.
cli-arg-export-schedule-schedule = weekly أو monthly أو quarterly
cli-about-export-status = اعرض الجدول الزمني وآخر تصدير وموعد التصدير التالي والحزم المنتظرة.
cli-export-schedule-set = جدول التصدير: { $schedule }
cli-export-status-due = حان موعد التصدير ({ $schedule }؛ آخر تصدير: { $last }؛ مستحق منذ: { $next }؛ حزم منتظرة: { $queued }).
cli-export-status-not-due = لم يحن موعد التصدير ({ $schedule }؛ آخر تصدير: { $last }؛ الموعد التالي: { $next }؛ حزم منتظرة: { $queued }).
cli-import-progress = { $done } من { $total } ملفات
cli-import-refused = { $file }: مرفوض: { $message }
cli-about-backup = نسخ احتياطية مشفّرة للمخزن: إنشاء نسخة، وعرض النسخ، واستعادة نسخة.
cli-about-backup-now = أنشئ نسخة احتياطية الآن (تُنشأ تلقائيًا مرة في اليوم عند فتح القفل).
cli-about-backup-list = اعرض النسخ الاحتياطية، الأحدث أولًا.
cli-about-backup-restore = استبدل المخزن بنسخة احتياطية (تُحفظ الحالة الحالية نسخةً احتياطية).
cli-arg-backup-restore-file = اسم ملف النسخة الاحتياطية كما يعرضه «backup list»
cli-backup-made = أُنشئت النسخة الاحتياطية { $file } ({ $size }).
cli-backup-none = لا توجد نسخ احتياطية بعد.
cli-backup-restored = استُعيد المخزن من { $file }. حُفظت الحالة السابقة نسخةً احتياطية.
cli-backup-failed = تحذير: فشل النسخ الاحتياطي اليومي: { $message }

# Journal (Verlauf)
cli-about-journal = السجل: كل الاتصالات والأنشطة الجماعية، الأحدث أولاً، مع التصفية.
cli-arg-journal-site = في موقع العمل هذا فقط (الاسم أو المعرّف)
cli-arg-journal-person = مع هذا الشخص فقط (المعرّف)
cli-arg-journal-kind = هذا النوع فقط: نوع اتصال (فالاتصالات فقط) أو نوع نشاط (فالأنشطة فقط)
cli-arg-journal-topic = الاتصالات بهذا الموضوع فقط: einsamkeit, wohnen, arbeit, gesundheit, finanzen, familie, sprache, behoerden, freizeit, sonstiges
cli-arg-limit = هذا العدد من الإدخالات على الأكثر (الافتراضي 50، والحد الأقصى 200)
cli-journal-empty = لا توجد إدخالات.
cli-journal-more = توجد إدخالات أقدم: ضيّق النطاق باستخدام --to أو --limit.

# Keys: passphrase and recovery key
cli-about-passphrase = عبارة المرور.
cli-about-passphrase-change = تغيير عبارة المرور: الحالية كالمعتاد (FELDBUCH_PASSPHRASE أو --passphrase-file أو الإدخال)، والجديدة من FELDBUCH_NEW_PASSPHRASE أو --new-passphrase-file أو الإدخال.
cli-arg-passphrase-change-new-passphrase-file = قراءة عبارة المرور الجديدة من هذا الملف
cli-about-recovery-key = مفتاح الاسترداد.
cli-about-recovery-key-new = إنشاء مفتاح استرداد جديد وعرضه مرة واحدة؛ يتوقف المفتاح القديم عن العمل.
cli-arg-recovery-key-new-yes = تأكيد: مفتاح الاسترداد المدوَّن حتى الآن لن يفتح مخزن البيانات بعد الآن
cli-passphrase-changed = تم تغيير عبارة المرور.
